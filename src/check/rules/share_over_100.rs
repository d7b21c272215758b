use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    ShareOver100, id = "share-over-100", severity = Error
}

impl ShareOver100 {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
