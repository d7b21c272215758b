//! `numcheck extract PATH...`: every quantity found, as a table or one JSON document.

use std::io::{self, Write};

use numcheck::{Quantity, Value, line_column};
use rayon::prelude::*;
use serde_json::json;

use super::check::{read, read_stdin_if_needed, run_batch, select};
use super::walk::Input;
use super::{ExtractArgs, ExtractFormat, Status, batch, error_line, json, load_config};

struct Found {
    name: String,
    text: String,
    quantities: Vec<Quantity>,
}

/// Runs `numcheck extract`.
pub fn run(args: &ExtractArgs) -> Status {
    if args.input.jsonl {
        return run_batch(batch::Mode::Extract, &Default::default());
    }
    let config = match load_config(&args.input) {
        Ok(c) => c,
        Err(e) => {
            error_line(&e);
            return Status::Trouble;
        }
    };
    let (inputs, mut errors) = match select(&args.input, &config) {
        Ok(found) => found,
        Err(e) => {
            error_line(&e);
            return Status::Trouble;
        }
    };
    let stdin_text = read_stdin_if_needed(&inputs);
    let results: Vec<Result<Found, (String, String)>> = inputs
        .par_iter()
        .map(|input| {
            let text = read(input, &stdin_text).map_err(|e| (input.display(), e))?;
            Ok(extract_one(input, text))
        })
        .collect();
    let mut found = Vec::new();
    for result in results {
        match result {
            Ok(f) => found.push(f),
            Err(e) => errors.push(e),
        }
    }
    for (path, reason) in &errors {
        error_line(&format!("{path}: {reason}"));
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match args.format {
        ExtractFormat::Table => write_table(&found, &mut out),
        ExtractFormat::Json => write_json(&found, &errors, &mut out),
    }
    .and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            error_line(&format!("cannot write: {e}"));
        }
        return Status::Trouble;
    }
    if errors.is_empty() {
        Status::Clean
    } else {
        Status::Trouble
    }
}

fn extract_one(input: &Input, text: String) -> Found {
    let prose = numcheck::prose(&text, input.format());
    let quantities = numcheck::extract_all(&prose).quantities;
    Found {
        name: input.display(),
        text,
        quantities,
    }
}

/// One JSON document, streamed: a file's quantities are serialised, written and dropped
/// before the next, so memory stays flat on a large tree. One file a line.
fn write_json(
    found: &[Found],
    errors: &[(String, String)],
    out: &mut impl Write,
) -> io::Result<()> {
    out.write_all(b"{\"schema\":1,\"files\":[")?;
    for (i, f) in found.iter().enumerate() {
        let file = json::FileQuantities {
            path: &f.name,
            quantities: f
                .quantities
                .iter()
                .map(|q| json::quantity(&f.text, q))
                .collect(),
        };
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &file)?;
    }
    let errors: Vec<_> = errors
        .iter()
        .map(|(path, error)| json!({"path": path, "error": error}))
        .collect();
    out.write_all(b"\n],\"errors\":")?;
    serde_json::to_writer(&mut *out, &errors)?;
    out.write_all(b"}\n")
}

/// One row per quantity: where, kind, figure, value and unit, qualifiers, noun.
fn write_table(found: &[Found], out: &mut impl Write) -> io::Result<()> {
    let mut rows: Vec<[String; 6]> = Vec::new();
    for f in found {
        for q in &f.quantities {
            let (line, column) = line_column(&f.text, q.span.start);
            let value = match &q.value {
                Value::Number(n) => n.to_string(),
                Value::Range { low, high } => format!("{low}..{high}"),
                Value::Date(d) => d.iso(),
            };
            let value = match q.unit {
                Some(unit) => format!("{value} {}", unit.code),
                None => value,
            };
            let mut qualifiers = Vec::new();
            if q.approximate {
                qualifiers.push("approximate");
            }
            if let Some(bound) = q.bound {
                qualifiers.push(bound.as_str());
            }
            rows.push([
                format!("{}:{line}:{column}", f.name),
                q.kind.as_str().to_string(),
                q.text(&f.text).replace('\n', " "),
                value,
                qualifiers.join(","),
                q.noun(&f.text).unwrap_or_default().into_owned(),
            ]);
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    let header = ["LOCATION", "KIND", "TEXT", "VALUE", "QUALIFIERS", "NOUN"].map(String::from);
    let mut widths = [0usize; 6];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
