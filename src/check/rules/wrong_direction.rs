use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    WrongDirection, id = "wrong-direction", severity = Error
}

impl WrongDirection {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
