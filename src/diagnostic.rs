//! What the checker reports: [`Diagnostic`] and [`Severity`].

use crate::quantity::Span;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Severity {
    /// Worth a look; never fails a build by default.
    Info,
    /// Probably wrong.
    Warning,
    /// Cannot be right.
    Error,
}

impl Severity {
    /// `info`, `warning` or `error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `info`, `warning` or `error`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Another figure that makes the case for a diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Related {
    /// Where it stands.
    pub span: Span,
    /// A short label: "part", "stated total".
    pub message: String,
}

/// One finding: a figure that cannot be right given the rest of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Diagnostic {
    /// Stable kebab-case rule id, e.g. `missing-scale`.
    pub rule: &'static str,
    /// How serious it is (the rule's default unless re-graded).
    pub severity: Severity,
    /// The figure that is wrong.
    pub span: Span,
    /// One sentence naming the evidence.
    pub message: String,
    /// The other figures that make the case.
    pub related: Vec<Related>,
    /// A replacement for the text under `span`, where one is clear.
    pub suggestion: Option<String>,
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
///
/// An offset past the end or inside a character is clamped to the nearest character start
/// before it.
///
/// ```
/// assert_eq!(numcheck::line_column("a\nbé c", 6), (2, 4));
/// ```
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}
