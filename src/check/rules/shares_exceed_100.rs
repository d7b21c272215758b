use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// TODO: summary line.
    SharesExceed100, id = "shares-exceed-100", severity = Warning
}

impl SharesExceed100 {
    fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}
}
