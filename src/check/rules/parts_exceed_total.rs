use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    PartsExceedTotal, id = "parts-exceed-total", severity = Error
}

impl PartsExceedTotal {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
