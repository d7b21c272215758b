use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    MissingUnit, id = "missing-unit", severity = Warning
}

impl MissingUnit {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
