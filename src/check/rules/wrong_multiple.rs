use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    WrongMultiple, id = "wrong-multiple", severity = Warning
}

impl WrongMultiple {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
