use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    ImplausibleYear, id = "implausible-year", severity = Warning
}

impl ImplausibleYear {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
