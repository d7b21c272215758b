//! SARIF 2.1.0, the format GitHub code scanning and other viewers read: one run, the tool's
//! rules with their documentation, one result per finding. Columns count Unicode code points
//! (`columnKind`), as every numcheck column does; byte offsets are given too.

use std::io::{self, Write};

use numcheck::{Diagnostic, Severity, line_column};
use serde_json::{Value as Json, json};

use super::Report;
use crate::cli::{all_rules, summary};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let rules = all_rules();
    let rule_objects: Vec<Json> = rules
        .iter()
        .map(|(id, severity, doc)| {
            let doc = dedent(doc);
            json!({
                "id": id,
                "name": pascal_case(id),
                "shortDescription": {"text": summary(&doc)},
                "fullDescription": {"text": first_paragraph(&doc)},
                "help": {"text": doc, "markdown": doc},
                "defaultConfiguration": {"level": level(*severity)},
            })
        })
        .collect();
    let results: Vec<Json> = report
        .files
        .iter()
        .flat_map(|f| {
            f.diagnostics.iter().map(|d| {
                let index = rules.iter().position(|(id, ..)| *id == d.rule);
                result(&f.name, &f.text, d, index)
            })
        })
        .collect();
    let notifications: Vec<Json> = report
        .errors
        .iter()
        .map(|(path, reason)| {
            json!({
                "level": "error",
                "message": {"text": format!("{path}: {reason}")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(path)}}}],
            })
        })
        .collect();
    let document = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "numcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rule_objects,
            }},
            "invocations": [{
                "executionSuccessful": report.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

fn result(path: &str, text: &str, d: &Diagnostic, rule_index: Option<usize>) -> Json {
    let mut result = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": {"text": d.message},
        "locations": [location(path, text, d.span.start, d.span.end, None)],
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    if !d.related.is_empty() {
        result["relatedLocations"] = d
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut loc = location(path, text, r.span.start, r.span.end, Some(&r.message));
                loc["id"] = json!(i);
                loc
            })
            .collect();
    }
    if let Some(replacement) = &d.suggestion {
        result["fixes"] = json!([{
            "description": {"text": format!("Replace with `{replacement}`")},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri(path)},
                "replacements": [{
                    "deletedRegion": region(text, d.span.start, d.span.end),
                    "insertedContent": {"text": replacement},
                }],
            }],
        }]);
    }
    result
}

fn location(path: &str, text: &str, start: usize, end: usize, message: Option<&str>) -> Json {
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(path)},
            "region": region(text, start, end),
        },
    });
    if let Some(m) = message {
        loc["message"] = json!({"text": m});
    }
    loc
}

fn region(text: &str, start: usize, end: usize) -> Json {
    let (start_line, start_column) = line_column(text, start);
    let (end_line, end_column) = line_column(text, end);
    json!({
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
        "byteOffset": start,
        "byteLength": end.saturating_sub(start),
        "snippet": {"text": text.get(start..end).unwrap_or("")},
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI reference for a path: `/` separators, reserved characters escaped.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `missing-scale` → `MissingScale`, the form SARIF viewers show as a rule name.
fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A doc comment's text without the one space `///` leaves at each line start.
pub fn dedent(doc: &str) -> String {
    doc.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn first_paragraph(doc: &str) -> String {
    doc.split("\n\n").next().unwrap_or("").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_reserved_characters() {
        assert_eq!(uri("docs/a b#1.md"), "docs/a%20b%231.md");
        assert_eq!(uri("é.md"), "%C3%A9.md");
    }

    #[test]
    fn names_and_docs() {
        assert_eq!(pascal_case("missing-scale"), "MissingScale");
        assert_eq!(
            dedent(" A rule.\n\n # Why\n Because."),
            "A rule.\n\n# Why\nBecause."
        );
        assert_eq!(first_paragraph("A\nrule.\n\nMore."), "A rule.");
    }
}
