//! One JSON document: `{"schema": 1, "diagnostics": [...], "errors": [...], ...}`, each
//! diagnostic as the interface defines it plus its `path`.

use std::io::{self, Write};

use serde_json::json;

use super::Report;
use crate::cli::json::diagnostic_in_file;

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let diagnostics: Vec<_> = report
        .files
        .iter()
        .flat_map(|f| {
            f.diagnostics
                .iter()
                .map(|d| diagnostic_in_file(&f.name, &f.text, d))
        })
        .collect();
    let errors: Vec<_> = report
        .errors
        .iter()
        .map(|(path, error)| json!({"path": path, "error": error}))
        .collect();
    let document = json!({
        "schema": 1,
        "files_checked": report.files_checked,
        "diagnostics": diagnostics,
        "errors": errors,
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
