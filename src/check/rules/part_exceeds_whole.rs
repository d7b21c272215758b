use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    PartExceedsWhole, id = "part-exceeds-whole", severity = Error
}

impl PartExceedsWhole {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
