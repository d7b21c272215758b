//! Report formats for `numcheck check`. Each takes the same [`Report`] and writes it; none
//! knows how the findings were made.

mod github;
mod human;
mod json;
mod sarif;

pub use sarif::dedent;
mod short;

use std::io::{self, Write};

use super::ReportFormat;
use super::check::FileReport;

/// Everything a report shows.
#[derive(Debug)]
pub struct Report<'a> {
    /// Checked inputs, by path, each with its findings by position.
    pub files: &'a [FileReport],
    /// How many inputs were read and checked.
    pub files_checked: usize,
    /// Inputs that could not be read: name and reason.
    pub errors: &'a [(String, String)],
}

impl Report<'_> {
    /// The number of findings.
    pub fn findings(&self) -> usize {
        self.files.iter().map(|f| f.diagnostics.len()).sum()
    }

    /// The number of inputs with at least one finding.
    pub fn files_with_findings(&self) -> usize {
        self.files
            .iter()
            .filter(|f| !f.diagnostics.is_empty())
            .count()
    }
}

/// Writes `report` in `format`; `color` only matters to the human format.
pub fn write(
    report: &Report,
    format: ReportFormat,
    color: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        ReportFormat::Human => human::write(report, color, out),
        ReportFormat::Short => short::write(report, out),
        ReportFormat::Json => json::write(report, out),
        ReportFormat::Sarif => sarif::write(report, out),
        ReportFormat::Github => github::write(report, out),
    }
}
