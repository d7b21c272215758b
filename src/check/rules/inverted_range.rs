use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    InvertedRange, id = "inverted-range", severity = Warning
}

impl InvertedRange {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
