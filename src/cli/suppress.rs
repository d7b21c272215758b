//! Inline suppressions, written where the finding is:
//!
//! ```markdown
//! <!-- numcheck-disable-next-line missing-scale -->
//! The ministry announced a $40 aid package.
//!
//! <!-- numcheck-disable -->
//! Quoted from the 1998 report, errors and all: …
//! <!-- numcheck-enable -->
//! ```
//!
//! With no rule ids a suppression covers every rule. In plain text the same words stand on a
//! line of their own (with or without the `<!-- -->`). A suppression that suppresses nothing
//! is itself reported, as `unused-suppression` (info), so stale ones do not pile up.

use std::ops::Range;

use numcheck::{Diagnostic, Format, Severity, Span};
use pulldown_cmark::{Event, Options, Parser, Tag};

use super::config::is_rule;

/// The rule id of the finding for a suppression that suppresses nothing.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

/// The documentation `numcheck explain unused-suppression` prints.
pub const UNUSED_SUPPRESSION_DOC: &str = "\
A suppression comment suppresses no finding.

## What it does
Reports a `numcheck-disable-next-line` or `numcheck-disable` comment that matched no finding,
and a suppression naming a rule id that does not exist.

## Why is this bad?
A suppression outlives the figure it was written for: once the text is fixed, it silently
hides the next real mistake on that line or in that region.

## Example
```markdown
<!-- numcheck-disable-next-line missing-scale -->
Five were returned in 2005.
```

## Use instead
Delete the comment, or name the rule that really fires.
";

/// Which findings a suppression covers.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Reach {
    /// Findings that start on this 1-based line.
    Line(usize),
    /// Findings that start in this byte range.
    Region(Range<usize>),
}

/// One suppression comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The comment itself.
    span: Span,
    reach: Reach,
    /// Rule ids; empty for all rules.
    rules: Vec<String>,
    used: bool,
}

/// The directive words of one comment.
#[derive(Debug, PartialEq, Eq)]
enum Directive {
    NextLine(Vec<String>),
    Disable(Vec<String>),
    Enable(Vec<String>),
}

/// Reads `numcheck-…` out of a comment body or a plain-text line.
fn directive(words: &str) -> Option<Directive> {
    let mut parts = words
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let head = parts.next()?;
    let rules = parts.map(str::to_string).collect();
    match head {
        "numcheck-disable-next-line" => Some(Directive::NextLine(rules)),
        "numcheck-disable" => Some(Directive::Disable(rules)),
        "numcheck-enable" => Some(Directive::Enable(rules)),
        _ => None,
    }
}

/// Every directive in `text`, with the span of the comment or line that holds it.
fn directives(text: &str, format: Format) -> Vec<(Span, Directive)> {
    // Most files have no suppression: skip the second Markdown parse for them.
    if !text.contains("numcheck-") {
        return Vec::new();
    }
    match format {
        Format::Markdown => markdown_directives(text),
        _ => text_directives(text),
    }
}

fn text_directives(text: &str) -> Vec<(Span, Directive)> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let words = trimmed
            .strip_prefix("<!--")
            .and_then(|s| s.strip_suffix("-->"))
            .unwrap_or(trimmed);
        if let Some(d) = directive(words) {
            let start = offset + (line.len() - line.trim_start().len());
            found.push((Span::new(start, start + trimmed.len()), d));
        }
        offset += line.len();
    }
    found
}

/// Comments in HTML blocks and inline HTML; never those shown inside code.
fn markdown_directives(text: &str) -> Vec<(Span, Directive)> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut html = Vec::new();
    let mut in_block = false;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => {
                in_block = true;
                html.push(range);
            }
            Event::End(pulldown_cmark::TagEnd::HtmlBlock) => in_block = false,
            Event::InlineHtml(_) => html.push(range),
            Event::Html(_) if !in_block => html.push(range),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for range in html {
        let mut pos = range.start;
        while let Some(open) = text[pos..range.end].find("<!--") {
            let body_start = pos + open + 4;
            let Some(close) = text[body_start..range.end].find("-->") else {
                break;
            };
            let end = body_start + close + 3;
            if let Some(d) = directive(&text[body_start..body_start + close]) {
                found.push((Span::new(pos + open, end), d));
            }
            pos = end;
        }
    }
    found
}

/// Line starts, for 1-based line numbers by binary search.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text).map(|i| i + 1));
        Lines(starts)
    }

    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
}

/// The suppressions in `text`, plus findings for the ones that name unknown rules.
pub fn find(text: &str, format: Format) -> (Vec<Suppression>, Vec<Diagnostic>) {
    let lines = Lines::new(text);
    let mut suppressions = Vec::new();
    let mut problems = Vec::new();
    // Indexes into `suppressions` of regions still open.
    let mut open: Vec<usize> = Vec::new();
    for (span, directive) in directives(text, format) {
        let rules = match &directive {
            Directive::NextLine(r) | Directive::Disable(r) | Directive::Enable(r) => r,
        };
        for unknown in rules.iter().filter(|r| !is_rule(r)) {
            problems.push(info(
                span,
                format!("`{unknown}` is not a numcheck rule (run `numcheck rules` for the list)"),
            ));
        }
        match directive {
            Directive::NextLine(rules) => suppressions.push(Suppression {
                span,
                reach: Reach::Line(lines.line(span.end.saturating_sub(1)) + 1),
                rules,
                used: false,
            }),
            Directive::Disable(rules) => {
                open.push(suppressions.len());
                suppressions.push(Suppression {
                    span,
                    reach: Reach::Region(span.end..text.len()),
                    rules,
                    used: false,
                });
            }
            Directive::Enable(rules) => open.retain(|&i| {
                let s = &mut suppressions[i];
                // `enable` with no ids closes every region; with ids, the regions for
                // exactly those rules.
                let closes = rules.is_empty()
                    || (!s.rules.is_empty() && s.rules.iter().all(|r| rules.contains(r)));
                if closes {
                    if let Reach::Region(region) = &mut s.reach {
                        region.end = span.start;
                    }
                }
                !closes
            }),
        }
    }
    (suppressions, problems)
}

fn info(span: Span, message: String) -> Diagnostic {
    Diagnostic {
        rule: UNUSED_SUPPRESSION,
        severity: Severity::Info,
        span,
        message,
        related: Vec::new(),
        suggestion: None,
    }
}

/// Drops the findings a suppression covers and adds an `unused-suppression` finding for each
/// suppression that covered none (at `unused_level`, or none when that rule is off).
pub fn apply(
    text: &str,
    format: Format,
    diagnostics: Vec<Diagnostic>,
    unused_level: Option<Severity>,
) -> Vec<Diagnostic> {
    let (mut suppressions, problems) = find(text, format);
    if suppressions.is_empty() && problems.is_empty() {
        return diagnostics;
    }
    let lines = Lines::new(text);
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| {
            let line = lines.line(d.span.start);
            let mut suppressed = false;
            for s in &mut suppressions {
                let reaches = match &s.reach {
                    Reach::Line(l) => *l == line,
                    Reach::Region(r) => r.contains(&d.span.start),
                };
                if reaches && (s.rules.is_empty() || s.rules.iter().any(|r| r == d.rule)) {
                    s.used = true;
                    suppressed = true;
                }
            }
            !suppressed
        })
        .collect();
    if let Some(level) = unused_level {
        let unused = suppressions.iter().filter(|s| !s.used).map(|s| {
            let what = match s.reach {
                Reach::Line(l) => format!("no finding on line {l}"),
                Reach::Region(_) => "no finding in its region".to_string(),
            };
            let rules = if s.rules.is_empty() {
                String::new()
            } else {
                format!(" of {}", s.rules.join(", "))
            };
            info(
                s.span,
                format!("this suppression matches {what}{rules}; remove it"),
            )
        });
        kept.extend(unused.chain(problems).map(|mut d| {
            d.severity = level;
            d
        }));
        kept.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
        });
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(text: &str, figure: &str, rule: &'static str) -> Diagnostic {
        let start = text.find(figure).unwrap();
        Diagnostic {
            rule,
            severity: Severity::Warning,
            span: Span::new(start, start + figure.len()),
            message: "m".into(),
            related: vec![],
            suggestion: None,
        }
    }

    fn rules_of(ds: &[Diagnostic]) -> Vec<&str> {
        ds.iter().map(|d| d.rule).collect()
    }

    #[test]
    fn reads_directive_words() {
        assert_eq!(
            directive(" numcheck-disable "),
            Some(Directive::Disable(vec![]))
        );
        assert_eq!(
            directive("numcheck-disable-next-line a, b"),
            Some(Directive::NextLine(vec!["a".into(), "b".into()]))
        );
        assert_eq!(
            directive("numcheck-enable"),
            Some(Directive::Enable(vec![]))
        );
        assert_eq!(directive("numcheck-disabled"), None);
        assert_eq!(directive("todo"), None);
    }

    #[test]
    fn markdown_next_line_suppresses_only_the_next_line() {
        let text = "<!-- numcheck-disable-next-line -->\nA $40 b.\nC $50 d.\n";
        let ds = vec![
            finding(text, "$40", "x-rule"),
            finding(text, "$50", "x-rule"),
        ];
        let out = apply(text, Format::Markdown, ds, Some(Severity::Info));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].span.of(text), "$50");
    }

    #[test]
    fn rule_ids_limit_a_suppression() {
        let text = "<!-- numcheck-disable-next-line unused-suppression -->\nA $40 b.\n";
        let ds = vec![finding(text, "$40", "x-rule")];
        let out = apply(text, Format::Markdown, ds, Some(Severity::Info));
        // The finding stays, and the suppression is unused.
        assert_eq!(rules_of(&out), [UNUSED_SUPPRESSION, "x-rule"]);
    }

    #[test]
    fn regions_run_to_enable_or_the_end() {
        let text = "A 1.\n<!-- numcheck-disable -->\nB 2.\n<!-- numcheck-enable -->\nC 3.\n<!-- numcheck-disable -->\nD 4.\n";
        let ds = ["1", "2", "3", "4"]
            .map(|f| finding(text, f, "x-rule"))
            .to_vec();
        let out = apply(text, Format::Markdown, ds, Some(Severity::Info));
        let left: Vec<&str> = out.iter().map(|d| d.span.of(text)).collect();
        assert_eq!(left, ["1", "3"]);
    }

    #[test]
    fn unused_suppression_is_an_info_finding_at_the_comment() {
        let text = "Intro.\n\n<!-- numcheck-disable-next-line -->\nFive were returned in 2005.\n";
        let out = apply(text, Format::Markdown, vec![], Some(Severity::Info));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].rule, UNUSED_SUPPRESSION);
        assert_eq!(out[0].severity, Severity::Info);
        assert_eq!(out[0].span.of(text), "<!-- numcheck-disable-next-line -->");
        assert!(apply(text, Format::Markdown, vec![], None).is_empty());
    }

    #[test]
    fn comments_in_code_are_not_suppressions() {
        let text = "```\n<!-- numcheck-disable -->\n```\nA $40 b.\n\nSay `<!-- numcheck-disable -->` here.\n";
        let ds = vec![finding(text, "$40", "x-rule")];
        let out = apply(text, Format::Markdown, ds, Some(Severity::Info));
        assert_eq!(rules_of(&out), ["x-rule"]);
    }

    #[test]
    fn inline_comment_in_a_paragraph_counts() {
        let text = "Before 1. <!-- numcheck-disable -->\nA $40 b.\n";
        let out = apply(
            text,
            Format::Markdown,
            vec![finding(text, "$40", "x-rule")],
            Some(Severity::Info),
        );
        assert!(out.is_empty());
    }

    #[test]
    fn plain_text_uses_lines_of_their_own() {
        let text = "  numcheck-disable-next-line\nA $40 b.\nnot numcheck-disable here\nC $50 d.\n";
        let ds = vec![
            finding(text, "$40", "x-rule"),
            finding(text, "$50", "x-rule"),
        ];
        let out = apply(text, Format::Text, ds, Some(Severity::Info));
        let left: Vec<&str> = out.iter().map(|d| d.span.of(text)).collect();
        assert_eq!(left, ["$50"]);
        let with_comment = "<!-- numcheck-disable -->\nA $40 b.\n";
        let out = apply(
            with_comment,
            Format::Text,
            vec![finding(with_comment, "$40", "x-rule")],
            Some(Severity::Info),
        );
        assert!(out.is_empty());
    }

    #[test]
    fn unknown_rule_in_a_suppression_is_reported() {
        let text = "<!-- numcheck-disable-next-line no-such-rule -->\nA.\n";
        let out = apply(text, Format::Markdown, vec![], Some(Severity::Info));
        assert!(
            out.iter()
                .any(|d| d.message.contains("`no-such-rule` is not a numcheck rule"))
        );
    }

    #[test]
    fn multiline_html_block_comment() {
        let text = "<!--\nnumcheck-disable-next-line\n-->\nA $40 b.\n";
        let out = apply(
            text,
            Format::Markdown,
            vec![finding(text, "$40", "x-rule")],
            Some(Severity::Info),
        );
        assert!(out.is_empty());
    }
}
