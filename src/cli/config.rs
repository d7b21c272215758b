//! `numcheck.toml`: per-project settings, found from the current directory upward.
//!
//! ```toml
//! as_of = 2025-10-28          # or "2025-10-28"
//! fail_on = "error"           # error | warning | info | never
//! include = ["docs/**"]       # only walk these (globs, relative to this file)
//! exclude = ["CHANGELOG.md", "drafts/**"]
//! types = ["rst", "adoc"]     # extra file extensions to walk, read as plain text
//!
//! [rules]
//! missing-scale = "error"     # off | info | warning | error
//! unused-suppression = "off"
//! ```
//!
//! Every mistake is an error naming the key and its line: a key numcheck does not know would
//! otherwise be a setting the user believes is in force.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use numcheck::Severity;
use serde::Deserialize;
use toml::Spanned;

use super::suppress::UNUSED_SUPPRESSION;

/// The file names looked for, in order, in each directory.
pub const FILE_NAMES: [&str; 2] = ["numcheck.toml", ".numcheck.toml"];

/// The lowest severity that fails the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Only errors fail.
    Error,
    /// Warnings and errors fail (the default).
    Warning,
    /// Every finding fails.
    Info,
    /// Nothing fails; the exit status is 0 unless an input could not be read.
    Never,
}

impl FailOn {
    /// True when a finding of this severity fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }

    fn parse(s: &str) -> Option<FailOn> {
        match s {
            "error" => Some(FailOn::Error),
            "warning" => Some(FailOn::Warning),
            "info" => Some(FailOn::Info),
            "never" => Some(FailOn::Never),
            _ => None,
        }
    }
}

/// Settings read from a configuration file (all empty when there is none).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The file they came from.
    pub path: Option<PathBuf>,
    /// The directory globs are relative to: the file's directory.
    pub base_dir: Option<PathBuf>,
    /// Default as-of date.
    pub as_of: Option<NaiveDate>,
    /// Default failing level.
    pub fail_on: Option<FailOn>,
    /// Globs of files to walk; empty means all.
    pub include: Vec<String>,
    /// Globs of files and folders never to check.
    pub exclude: Vec<String>,
    /// Extra file extensions to walk.
    pub types: Vec<String>,
    /// Rule levels by id: `None` is off.
    pub levels: BTreeMap<String, Option<Severity>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    as_of: Option<Spanned<toml::Value>>,
    fail_on: Option<Spanned<String>>,
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    types: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// The nearest configuration file from `dir` upward.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .flat_map(|d| FILE_NAMES.iter().map(move |name| d.join(name)))
        .find(|p| p.is_file())
}

/// Reads and validates the file at `path`.
pub fn load(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read configuration: {e}", path.display()))?;
    let mut config = parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    config.path = Some(path.to_path_buf());
    config.base_dir = path.parent().map(Path::to_path_buf);
    Ok(config)
}

/// Parses configuration text; an error names the line.
pub fn parse(text: &str) -> Result<Config, String> {
    let raw: RawConfig = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
    let at = |span: std::ops::Range<usize>| format!("line {}", line_of(text, span.start));

    let as_of = match raw.as_of {
        None => None,
        Some(value) => {
            let span = value.span();
            let written = match value.into_inner() {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                other => other.to_string(),
            };
            Some(super::batch::parse_date(&written).ok_or_else(|| {
                format!("{}: bad `as_of` {written:?}: expected YYYY-MM-DD", at(span))
            })?)
        }
    };
    let fail_on = match raw.fail_on {
        None => None,
        Some(value) => Some(FailOn::parse(value.get_ref()).ok_or_else(|| {
            format!(
                "{}: bad `fail_on` {:?}: expected error, warning, info or never",
                at(value.span()),
                value.get_ref()
            )
        })?),
    };
    let mut levels = BTreeMap::new();
    for (id, level) in raw.rules {
        if !is_rule(id.get_ref()) {
            return Err(format!(
                "{}: unknown rule `{}` in [rules] (run `numcheck rules` for the list)",
                at(id.span()),
                id.get_ref()
            ));
        }
        let parsed = match level.get_ref().as_str() {
            "off" => None,
            s => Some(Severity::parse(s).ok_or_else(|| {
                format!(
                    "{}: bad level {:?} for rule `{}`: expected off, info, warning or error",
                    at(level.span()),
                    level.get_ref(),
                    id.get_ref()
                )
            })?),
        };
        levels.insert(id.into_inner(), parsed);
    }
    let types = raw
        .types
        .into_iter()
        .map(|t| {
            t.trim_start_matches("*.")
                .trim_start_matches('.')
                .to_ascii_lowercase()
        })
        .collect();
    Ok(Config {
        path: None,
        base_dir: None,
        as_of,
        fail_on,
        include: raw.include,
        exclude: raw.exclude,
        types,
        levels,
    })
}

/// True for a rule id numcheck knows, the library's or the CLI's own.
pub fn is_rule(id: &str) -> bool {
    id == UNUSED_SUPPRESSION || numcheck::rules().iter().any(|r| r.id == id)
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// toml's message with the line first, on one line: `line 3: unknown field `colour`, …`.
fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let line_start = text[..span.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let line = text[line_start..].lines().next().unwrap_or("").trim();
            format!("line {} (`{line}`): {message}", line_of(text, span.start))
        }
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_is_all_defaults() {
        let c = parse("").unwrap();
        assert!(c.as_of.is_none() && c.fail_on.is_none() && c.levels.is_empty());
    }

    #[test]
    fn reads_every_key() {
        let c = parse(
            "as_of = 2025-10-28\nfail_on = \"error\"\ninclude = [\"docs/**\"]\nexclude = [\"x.md\"]\ntypes = [\".rst\", \"ADOC\"]\n[rules]\nunused-suppression = \"off\"\n",
        )
        .unwrap();
        assert_eq!(c.as_of, NaiveDate::from_ymd_opt(2025, 10, 28));
        assert_eq!(c.fail_on, Some(FailOn::Error));
        assert_eq!(c.include, ["docs/**"]);
        assert_eq!(c.exclude, ["x.md"]);
        assert_eq!(c.types, ["rst", "adoc"]);
        assert_eq!(c.levels.get(UNUSED_SUPPRESSION), Some(&None));
        assert_eq!(parse("as_of = \"2025-10-28\"").unwrap().as_of, c.as_of);
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = parse("fail_on = \"error\"\ncolour = \"red\"\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
        assert!(e.contains("colour"), "{e}");
    }

    #[test]
    fn unknown_rule_names_rule_and_line() {
        let e = parse("\n[rules]\nno-such-rule = \"off\"\n").unwrap_err();
        assert!(e.contains("line 3") && e.contains("no-such-rule"), "{e}");
    }

    #[test]
    fn bad_values_name_the_line() {
        assert!(
            parse("fail_on = \"sometimes\"")
                .unwrap_err()
                .contains("line 1")
        );
        assert!(
            parse("\nas_of = \"2025-02-30\"")
                .unwrap_err()
                .contains("line 2")
        );
        let e = parse("[rules]\nunused-suppression = \"loud\"").unwrap_err();
        assert!(e.contains("line 2") && e.contains("loud"), "{e}");
        assert!(parse("fail_on = 3").unwrap_err().contains("line 1"));
        let e = parse("include = \"docs\"").unwrap_err();
        assert!(e.contains("line 1") && e.contains("include"), "{e}");
    }
}
