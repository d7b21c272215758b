//! The consistency checker: reads a whole document's quantities and reports figures that
//! cannot all be true, with no outside knowledge.
//!
//! Flow: [`Document::build`] reads the text once (quantities, sentences, relations, tense
//! cues), then every enabled rule in [`registry::RULES`] looks at that model. Rules never see
//! each other's output; the checker sorts and de-duplicates at the end.

pub(crate) mod document;
pub(crate) mod registry;
pub(crate) mod rules;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
pub use document::Document;
pub use registry::{RuleInfo, rules};

/// The form of the input text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Plain text: every byte is prose.
    #[default]
    Text,
    /// Markdown: code, HTML, link targets and front matter are not prose and never checked.
    Markdown,
}

/// How to check: reference date, rule levels, input format.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// The date the text is written on ("as of"). Without it, rules that need one use today.
    pub as_of: Option<NaiveDate>,
    /// Per-rule level by id: `None` turns a rule off, `Some(level)` re-grades it.
    pub levels: HashMap<String, Option<Severity>>,
    /// How to read the text.
    pub format: Format,
}

impl CheckOptions {
    /// Options with the given as-of date.
    pub fn as_of(date: NaiveDate) -> Self {
        CheckOptions {
            as_of: Some(date),
            ..Default::default()
        }
    }

    /// Sets a rule's level by id (`None` turns it off); an unknown id is an error.
    pub fn set_level(&mut self, rule: &str, level: Option<Severity>) -> Result<(), Error> {
        if registry::find(rule).is_none() {
            return Err(Error::UnknownRule(rule.to_string()));
        }
        self.levels.insert(rule.to_string(), level);
        Ok(())
    }
}

/// A configured checker; build once, check many texts.
///
/// ```
/// use numcheck::{CheckOptions, Checker};
/// let checker = Checker::new(CheckOptions::default()).unwrap();
/// let text = "The pledge of $550 is split into $332 billion for energy and $75 billion for AI.";
/// let found = checker.check(text);
/// assert_eq!(found[0].rule, "missing-scale");
/// assert_eq!(found[0].suggestion.as_deref(), Some("$550 billion"));
/// ```
#[derive(Clone, Debug)]
pub struct Checker {
    options: CheckOptions,
    enabled: Vec<(&'static registry::RuleInfo, Severity)>,
}

impl Checker {
    /// A checker with these options; fails on an unknown rule id.
    pub fn new(options: CheckOptions) -> Result<Self, Error> {
        for id in options.levels.keys() {
            if registry::find(id).is_none() {
                return Err(Error::UnknownRule(id.clone()));
            }
        }
        let enabled = registry::RULES
            .iter()
            .filter_map(|info| match options.levels.get(info.id) {
                Some(None) => None,
                Some(Some(level)) => Some((info, *level)),
                None => Some((info, info.default_severity)),
            })
            .collect();
        Ok(Checker { options, enabled })
    }

    /// The options this checker was built with.
    pub fn options(&self) -> &CheckOptions {
        &self.options
    }

    /// Checks one text and returns its findings in order of position.
    pub fn check(&self, text: &str) -> Vec<Diagnostic> {
        let doc = Document::build(text, self.options.format, self.options.as_of);
        let mut out = Vec::new();
        for (info, level) in &self.enabled {
            let before = out.len();
            (info.check)(&doc, &mut out);
            for d in &mut out[before..] {
                d.severity = *level;
            }
        }
        out.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
        });
        out.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
        out
    }
}

/// Checks `text` with `options` in one call.
///
/// ```
/// let opts = numcheck::CheckOptions::default();
/// assert!(numcheck::check("Five were returned in 2005.", &opts).unwrap().is_empty());
/// ```
pub fn check(text: &str, options: &CheckOptions) -> Result<Vec<Diagnostic>, Error> {
    Ok(Checker::new(options.clone())?.check(text))
}
