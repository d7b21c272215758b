use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    WrongPercentChange, id = "wrong-percent-change", severity = Warning
}

impl WrongPercentChange {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
