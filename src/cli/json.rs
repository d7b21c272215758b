//! The one place where quantities and diagnostics become JSON, as
//! `shared/docs/interface.md` defines them. Every JSON output (batch lines, `--format json`,
//! `extract --format json`) goes through here, so the field names cannot drift apart.

use std::borrow::Cow;

use numcheck::{Diagnostic, Dimension, Kind, Quantity, Value, line_column};
use serde_json::{Map, Value as Json, json};

/// A quantity found in a text, with the fields of the interface's Quantity table in its order.
/// Serialised straight to the output, without a JSON tree in between: a batch writes about
/// three bytes of JSON for each byte of text, so this is the CLI's hot path.
#[derive(serde::Serialize)]
pub struct QuantityJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    value: Option<String>,
    low: Option<String>,
    high: Option<String>,
    unit: Option<&'static str>,
    si_value: Option<String>,
    si_unit: Option<&'static str>,
    approximate: bool,
    bound: Option<&'static str>,
    noun: Option<Cow<'a, str>>,
    sentence: SpanJson,
}

/// A byte range: `{"start": …, "end": …}`.
#[derive(serde::Serialize)]
pub struct SpanJson {
    start: usize,
    end: usize,
}

/// The quantity `q` found in `text`, ready to serialise.
pub fn quantity<'a>(text: &'a str, q: &'a Quantity) -> QuantityJson<'a> {
    let (value, low, high) = match &q.value {
        Value::Number(n) => (Some(n.to_string()), None, None),
        Value::Range { low, high } => (None, Some(low.to_string()), Some(high.to_string())),
        Value::Date(date) => (Some(date.iso()), None, None),
    };
    let (si_value, si_unit) = match (is_measure(q), q.unit, q.si_value()) {
        (true, Some(unit), Some(si)) => (Some(si.normalize().to_string()), Some(unit.si_code)),
        _ => (None, None),
    };
    QuantityJson {
        start: q.span.start,
        end: q.span.end,
        text: q.text(text),
        kind: q.kind.as_str(),
        value,
        low,
        high,
        unit: q.unit.map(|u| u.code),
        si_value,
        si_unit,
        approximate: q.approximate,
        bound: q.bound.map(|b| b.as_str()),
        noun: q.noun(text),
        sentence: SpanJson {
            start: q.sentence.start,
            end: q.sentence.end,
        },
    }
}

/// One batch line of `extract --jsonl`: `{"id": …, "quantities": […]}`.
#[derive(serde::Serialize)]
pub struct ExtractLine<'a> {
    pub id: &'a Json,
    pub quantities: Vec<QuantityJson<'a>>,
}

/// One file of `extract --format json`: `{"path": …, "quantities": […]}`.
#[derive(serde::Serialize)]
pub struct FileQuantities<'a> {
    pub path: &'a str,
    pub quantities: Vec<QuantityJson<'a>>,
}

/// Measures and durations with a physical unit have an SI value; money and ratios do not.
fn is_measure(q: &Quantity) -> bool {
    matches!(q.kind, Kind::Measure | Kind::Duration)
        && q.unit
            .is_some_and(|u| !matches!(u.dimension, Dimension::Currency | Dimension::Ratio))
}

/// A diagnostic on `text`, with the fields of the interface's Diagnostic table.
pub fn diagnostic(text: &str, d: &Diagnostic) -> Json {
    let (line, column) = line_column(text, d.span.start);
    let related: Vec<Json> = d
        .related
        .iter()
        .map(|r| json!({"start": r.span.start, "end": r.span.end, "message": r.message}))
        .collect();
    json!({
        "rule": d.rule,
        "severity": d.severity.as_str(),
        "start": d.span.start,
        "end": d.span.end,
        "line": line,
        "column": column,
        "message": d.message,
        "related": related,
        "suggestion": d.suggestion,
    })
}

/// The same diagnostic with `"path"` first, for reports over many files.
pub fn diagnostic_in_file(path: &str, text: &str, d: &Diagnostic) -> Json {
    let mut object = Map::new();
    object.insert("path".into(), Json::String(path.to_string()));
    if let Json::Object(fields) = diagnostic(text, d) {
        object.extend(fields);
    }
    Json::Object(object)
}
