//! `numcheck check PATH...`: read every input, check them in parallel, report in a fixed
//! order (path, then position), and choose the exit status.

use std::io::{self, Read, Write};

use chrono::NaiveDate;
use numcheck::{CheckOptions, Checker, Diagnostic, Format, Severity};
use rayon::prelude::*;

use super::config::{Config, FailOn};
use super::report::{self, Report};
use super::suppress::{self, UNUSED_SUPPRESSION};
use super::walk::{Input, Selection};
use super::{CheckArgs, Status, batch, error_line, load_config};

/// The findings in one input.
#[derive(Debug)]
pub struct FileReport {
    /// The name reports use.
    pub name: String,
    /// Its text (kept for snippets).
    pub text: String,
    /// Findings, by position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs `numcheck check`.
pub fn run(args: &CheckArgs) -> Status {
    let config = match load_config(&args.input) {
        Ok(c) => c,
        Err(e) => {
            error_line(&e);
            return Status::Trouble;
        }
    };
    let mut base = CheckOptions {
        as_of: args.as_of.or(config.as_of),
        ..Default::default()
    };
    for (id, level) in &config.levels {
        if id != UNUSED_SUPPRESSION {
            base.levels.insert(id.clone(), *level);
        }
    }
    if let Err(e) = Checker::new(base.clone()) {
        error_line(&e.to_string());
        return Status::Trouble;
    }
    if args.input.jsonl {
        return run_batch(batch::Mode::Check, &base);
    }

    let (inputs, mut errors) = match select(&args.input, &config) {
        Ok(found) => found,
        Err(e) => {
            error_line(&e);
            return Status::Trouble;
        }
    };
    let unused_level = config
        .levels
        .get(UNUSED_SUPPRESSION)
        .copied()
        .unwrap_or(Some(Severity::Info));
    let stdin_text = read_stdin_if_needed(&inputs);
    let results: Vec<Result<FileReport, (String, String)>> = inputs
        .par_iter()
        .map(|input| {
            let text = read(input, &stdin_text).map_err(|e| (input.display(), e))?;
            Ok(check_one(input, text, &base, args.as_of, unused_level))
        })
        .collect();
    let mut reports = Vec::new();
    for result in results {
        match result {
            Ok(r) => reports.push(r),
            Err(e) => errors.push(e),
        }
    }
    for (path, reason) in &errors {
        error_line(&format!("{path}: {reason}"));
    }
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or(FailOn::Warning);
    let failed = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| fail_on.fails(d.severity));

    let report = Report {
        files: &reports,
        files_checked: reports.len(),
        errors: &errors,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = report::write(&report, args.format, args.color.enabled(), &mut out)
        .and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            error_line(&format!("cannot write the report: {e}"));
        }
        return Status::Trouble;
    }
    if !errors.is_empty() {
        Status::Trouble
    } else if failed {
        Status::Findings
    } else {
        Status::Clean
    }
}

/// Runs batch mode over standard input.
pub fn run_batch(mode: batch::Mode, base: &CheckOptions) -> Status {
    let stdin = io::stdin();
    let stdout = io::stdout();
    match batch::run(mode, base, stdin.lock(), stdout.lock()) {
        Ok(()) => Status::Clean,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Status::Clean,
        Err(e) => {
            error_line(&format!("batch mode: {e}"));
            Status::Trouble
        }
    }
}

/// Paths that could not be walked, each with the reason.
pub type WalkErrors = Vec<(String, String)>;

/// The inputs to read and the paths that could not be walked.
pub fn select(
    args: &super::InputArgs,
    config: &Config,
) -> Result<(Vec<Input>, WalkErrors), String> {
    let mut types = config.types.clone();
    types.extend(args.types.iter().cloned());
    let selection = Selection::new(
        &types,
        &config.include,
        &config.exclude,
        config.base_dir.clone(),
    )
    .map_err(|e| match &config.path {
        Some(path) => format!("{}: {e}", path.display()),
        None => e,
    })?;
    let default = [std::path::PathBuf::from(".")];
    let paths = if args.paths.is_empty() {
        &default[..]
    } else {
        &args.paths[..]
    };
    let stdin_name = args.stdin_filename.as_deref().unwrap_or("<stdin>");
    if args.stdin_filename.is_some() && !paths.iter().any(|p| p.as_os_str() == "-") {
        return Err("--stdin-filename needs `-` among the paths".into());
    }
    Ok(selection.collect(paths, stdin_name))
}

/// Standard input, read once up front when `-` is among the inputs.
pub fn read_stdin_if_needed(inputs: &[Input]) -> Option<Result<Vec<u8>, String>> {
    inputs
        .iter()
        .any(|i| matches!(i, Input::Stdin(_)))
        .then(|| {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map(|_| bytes)
                .map_err(|e| format!("cannot read: {e}"))
        })
}

/// The text of one input, or why it cannot be checked.
pub fn read(input: &Input, stdin: &Option<Result<Vec<u8>, String>>) -> Result<String, String> {
    let bytes = match input {
        Input::Stdin(_) => match stdin {
            Some(Ok(bytes)) => bytes.clone(),
            Some(Err(e)) => return Err(e.clone()),
            None => return Err("standard input was not read".into()),
        },
        Input::File(path) => {
            std::fs::read(path).map_err(|e| format!("cannot read: {}", io_reason(&e)))?
        }
    };
    decode(bytes)
}

/// UTF-8 text, or why not. A NUL byte marks a binary file, as it does for git and ripgrep.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if memchr_nul(&bytes) {
        return Err("binary file (contains a NUL byte), skipped".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (invalid byte at offset {at}), skipped")
    })
}

fn memchr_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Checks one text: as-of date from `--as-of`, else front matter, else configuration.
fn check_one(
    input: &Input,
    text: String,
    base: &CheckOptions,
    cli_as_of: Option<NaiveDate>,
    unused_level: Option<Severity>,
) -> FileReport {
    let format = input.format();
    let front_matter = match format {
        Format::Markdown => numcheck::front_matter_date(&text),
        _ => None,
    };
    let options = CheckOptions {
        as_of: cli_as_of.or(front_matter).or(base.as_of),
        levels: base.levels.clone(),
        format,
    };
    let diagnostics = match Checker::new(options) {
        Ok(checker) => checker.check(&text),
        // The options were validated before any file was read.
        Err(_) => Vec::new(),
    };
    let diagnostics = suppress::apply(&text, format, diagnostics, unused_level);
    FileReport {
        name: input.display(),
        text,
        diagnostics,
    }
}
