//! The one list of rules. A rule is registered here and nowhere else.

use super::document::Document;
use super::rules as rule_impls;
use crate::diagnostic::{Diagnostic, Severity};

/// What the CLI and users can know about a rule.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Level when the configuration says nothing.
    pub default_severity: Severity,
    /// The rule's documentation (its doc comment): a summary line, then what it does, why,
    /// an example that fires and one that must not.
    pub doc: &'static str,
    pub(crate) check: fn(&Document, &mut Vec<Diagnostic>),
}

impl RuleInfo {
    /// The first line of the doc.
    pub fn summary(&self) -> &'static str {
        self.doc.trim_start().lines().next().unwrap_or("").trim()
    }
}

/// Declares a rule: its doc comment becomes [`RuleInfo::doc`], so `numcheck explain` prints
/// the same text rustdoc shows.
#[allow(unused_macros)]
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $name:ident, id = $id:literal, severity = $sev:ident) => {
        $(#[doc = $doc])*
        pub(crate) struct $name;

        impl $name {
            pub(crate) const INFO: $crate::check::registry::RuleInfo =
                $crate::check::registry::RuleInfo {
                    id: $id,
                    default_severity: $crate::diagnostic::Severity::$sev,
                    doc: concat!($($doc, "\n"),*),
                    check: $name::check,
                };
        }
    };
}
#[allow(unused_imports)]
pub(crate) use declare_rule;

/// Every rule, in the order `numcheck rules` lists them.
pub(crate) static RULES: &[RuleInfo] = &rule_impls::ALL;

/// All rules.
pub fn rules() -> &'static [RuleInfo] {
    RULES
}

/// The rule with this id.
pub(crate) fn find(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}
