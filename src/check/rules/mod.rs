//! One file per rule; `ALL` is the registry's list.
use super::registry::RuleInfo;
pub(crate) static ALL: [RuleInfo; 0] = [];
