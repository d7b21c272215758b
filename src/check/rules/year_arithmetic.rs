use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    YearArithmetic, id = "year-arithmetic", severity = Warning
}

impl YearArithmetic {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
