//! `path:line:column: severity[rule]: message`, one finding a line.

use std::io::{self, Write};

use numcheck::line_column;

use super::Report;

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for file in report.files {
        for d in &file.diagnostics {
            let (line, column) = line_column(&file.text, d.span.start);
            writeln!(
                out,
                "{}:{line}:{column}: {}[{}]: {}",
                file.name,
                d.severity,
                d.rule,
                d.message.replace('\n', " ")
            )?;
        }
    }
    Ok(())
}
