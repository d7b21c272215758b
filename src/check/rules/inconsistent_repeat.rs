use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    InconsistentRepeat, id = "inconsistent-repeat", severity = Warning
}

impl InconsistentRepeat {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
