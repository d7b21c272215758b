use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    WeekdayMismatch, id = "weekday-mismatch", severity = Error
}

impl WeekdayMismatch {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
