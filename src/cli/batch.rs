//! `--jsonl` batch mode: JSON Lines in on standard input, exactly one JSON line out for each
//! line in, flushed as it is written, so the command works as a long-running filter.
//!
//! A bad line (not JSON, no string `text`, a bad `as_of` or `format`) gets an error line and
//! the batch goes on; only a failure to read standard input itself stops it.

use std::io::{self, BufRead, Write};

use chrono::NaiveDate;
use numcheck::{CheckOptions, Checker, Format};
use serde_json::{Value as Json, json};

use super::json;

/// What each document is turned into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `{"id", "quantities"}`.
    Extract,
    /// `{"id", "diagnostics"}`.
    Check,
}

/// One input line, read and validated.
struct Document {
    id: Json,
    text: String,
    as_of: Option<NaiveDate>,
    format: Format,
}

/// Runs the batch over `input`, writing to `output`. `base` holds the rule levels and the
/// default as-of date. Fails only when reading `input` or writing `output` fails.
pub fn run(
    mode: Mode,
    base: &CheckOptions,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<()> {
    let mut input = input;
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        match parse_line(&line) {
            Ok(doc) => answer(mode, base, doc, &mut output)?,
            Err((id, error)) => {
                serde_json::to_writer(&mut output, &json!({"id": id, "error": error}))?;
            }
        }
        output.write_all(b"\n")?;
        output.flush()?;
    }
}

/// Writes the answer for one document (without its newline).
fn answer(
    mode: Mode,
    base: &CheckOptions,
    doc: Document,
    output: &mut impl Write,
) -> serde_json::Result<()> {
    match mode {
        Mode::Extract => {
            let prose = numcheck::prose(&doc.text, doc.format);
            let extraction = numcheck::extract_all(&prose);
            let line = json::ExtractLine {
                id: &doc.id,
                quantities: extraction
                    .quantities
                    .iter()
                    .map(|q| json::quantity(&doc.text, q))
                    .collect(),
            };
            serde_json::to_writer(output, &line)
        }
        Mode::Check => {
            let options = CheckOptions {
                as_of: doc.as_of.or(base.as_of),
                levels: base.levels.clone(),
                format: doc.format,
            };
            let answer = match Checker::new(options) {
                Ok(checker) => {
                    let diagnostics: Vec<Json> = checker
                        .check(&doc.text)
                        .iter()
                        .map(|d| json::diagnostic(&doc.text, d))
                        .collect();
                    json!({"id": doc.id, "diagnostics": diagnostics})
                }
                Err(e) => json!({"id": doc.id, "error": e.to_string()}),
            };
            serde_json::to_writer(output, &answer)
        }
    }
}

/// Reads one line; on failure, the id if one could be read, and what is wrong.
fn parse_line(line: &[u8]) -> Result<Document, (Json, String)> {
    let line = strip_newline(line);
    let line =
        std::str::from_utf8(line).map_err(|e| (Json::Null, format!("line is not UTF-8: {e}")))?;
    if line.trim().is_empty() {
        return Err((Json::Null, "empty line: expected a JSON object".into()));
    }
    let value: Json =
        serde_json::from_str(line).map_err(|e| (Json::Null, format!("invalid JSON: {e}")))?;
    let Json::Object(mut object) = value else {
        return Err((Json::Null, "expected a JSON object".into()));
    };
    let id = object.remove("id").unwrap_or(Json::Null);
    let fail = |message: String| (id.clone(), message);
    let text = match object.remove("text") {
        Some(Json::String(text)) => text,
        Some(_) => return Err(fail("`text` must be a string".into())),
        None => return Err(fail("missing `text`".into())),
    };
    let as_of = match object.get("as_of") {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) => Some(
            parse_date(s)
                .ok_or_else(|| fail(format!("bad `as_of` {s:?}: expected a date YYYY-MM-DD")))?,
        ),
        Some(other) => {
            return Err(fail(format!(
                "bad `as_of` {other}: expected a date string YYYY-MM-DD"
            )));
        }
    };
    let format = match object.get("format") {
        None | Some(Json::Null) => Format::Text,
        Some(Json::String(s)) => parse_format(s).ok_or_else(|| {
            fail(format!(
                "bad `format` {s:?}: expected \"text\" or \"markdown\""
            ))
        })?,
        Some(other) => {
            return Err(fail(format!(
                "bad `format` {other}: expected \"text\" or \"markdown\""
            )));
        }
    };
    Ok(Document {
        id,
        text,
        as_of,
        format,
    })
}

fn strip_newline(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A strict `YYYY-MM-DD` date that exists.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `text` or `markdown` (also `md`).
pub fn parse_format(s: &str) -> Option<Format> {
    match s {
        "text" | "plain" | "txt" => Some(Format::Text),
        "markdown" | "md" => Some(Format::Markdown),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_lines(mode: Mode, input: &str) -> Vec<Json> {
        let mut out = Vec::new();
        run(mode, &CheckOptions::default(), input.as_bytes(), &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn one_line_out_for_each_line_in() {
        let input =
            "{\"id\":1,\"text\":\"a\"}\n\nnot json\n{\"id\":\"x\"}\n{\"id\":[2],\"text\":\"b\"}";
        let out = run_lines(Mode::Check, input);
        assert_eq!(out.len(), 5);
        assert_eq!(out[0], json!({"id": 1, "diagnostics": []}));
        assert_eq!(out[1]["id"], Json::Null);
        assert!(out[1]["error"].is_string());
        assert!(
            out[2]["error"]
                .as_str()
                .unwrap()
                .starts_with("invalid JSON")
        );
        assert_eq!(out[3]["id"], "x");
        assert_eq!(out[3]["error"], "missing `text`");
        assert_eq!(out[4], json!({"id": [2], "diagnostics": []}));
    }

    #[test]
    fn bad_fields_name_the_problem_and_keep_the_id() {
        let input = concat!(
            "{\"id\":1,\"text\":5}\n",
            "{\"id\":2,\"text\":\"a\",\"as_of\":\"2025-02-30\"}\n",
            "{\"id\":3,\"text\":\"a\",\"as_of\":20250101}\n",
            "{\"id\":4,\"text\":\"a\",\"format\":\"rst\"}\n",
            "[1,2]\n",
        );
        let out = run_lines(Mode::Extract, input);
        assert_eq!(out[0], json!({"id": 1, "error": "`text` must be a string"}));
        assert!(out[1]["error"].as_str().unwrap().contains("as_of"));
        assert_eq!(out[1]["id"], 2);
        assert!(out[2]["error"].as_str().unwrap().contains("as_of"));
        assert!(out[3]["error"].as_str().unwrap().contains("format"));
        assert_eq!(
            out[4],
            json!({"id": null, "error": "expected a JSON object"})
        );
    }

    #[test]
    fn good_lines_answer_in_order() {
        let input = "{\"id\":\"a\",\"text\":\"x\",\"as_of\":\"2025-10-28\",\"format\":\"markdown\"}\r\n{\"text\":\"y\"}\n";
        let out = run_lines(Mode::Extract, input);
        assert_eq!(out[0], json!({"id": "a", "quantities": []}));
        assert_eq!(out[1], json!({"id": null, "quantities": []}));
    }

    #[test]
    fn invalid_utf8_line_is_an_error_line() {
        let mut out = Vec::new();
        let input: &[u8] = b"\xff\xfe\n{\"text\":\"ok\"}\n";
        run(Mode::Check, &CheckOptions::default(), input, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].contains("not UTF-8"));
    }

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2025-10-28").is_some());
        assert!(parse_date("2025-1-28").is_none());
        assert!(parse_date("2025-02-29").is_none());
        assert!(parse_date("2024-02-29").is_some());
    }
}
