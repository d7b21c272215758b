//! GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
//!
//! `::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=8,title=numcheck missing-scale::…`

use std::io::{self, Write};

use numcheck::{Severity, line_column};

use super::Report;

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for file in report.files {
        for d in &file.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (line, col) = line_column(&file.text, d.span.start);
            let (end_line, end_col) = line_column(&file.text, d.span.end);
            let mut message = d.message.clone();
            if let Some(s) = &d.suggestion {
                message.push_str(&format!("\nSuggestion: {s}"));
            }
            writeln!(
                out,
                "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
                property(&file.name),
                property(&format!("numcheck {}", d.rule)),
                data(&message),
            )?;
        }
    }
    Ok(())
}

/// Escapes a message (the part after `::`).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
