//! One JSON document: `{"schema": 1, "files_checked": n, "diagnostics": [...], "errors": [...]}`, each
//! diagnostic as the interface defines it plus its `path`.

use std::io::{self, Write};

use serde_json::json;

use super::Report;
use crate::cli::json::diagnostic_in_file;

/// Streams the document, one diagnostic a line, so a large report never sits in memory as
/// one JSON value.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    write!(
        out,
        "{{\"schema\":1,\"files_checked\":{},\"diagnostics\":[",
        report.files_checked
    )?;
    let mut first = true;
    for file in report.files {
        for d in &file.diagnostics {
            out.write_all(if first { b"\n" } else { b",\n" })?;
            first = false;
            serde_json::to_writer(&mut *out, &diagnostic_in_file(&file.name, &file.text, d))?;
        }
    }
    let errors: Vec<_> = report
        .errors
        .iter()
        .map(|(path, error)| json!({"path": path, "error": error}))
        .collect();
    out.write_all(b"\n],\"errors\":")?;
    serde_json::to_writer(&mut *out, &errors)?;
    out.write_all(b"}\n")
}
