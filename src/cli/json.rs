//! The one place where quantities and diagnostics become JSON, as
//! `shared/docs/interface.md` defines them. Every JSON output (batch lines, `--format json`,
//! `extract --format json`) goes through here, so the field names cannot drift apart.

use numcheck::{Diagnostic, Dimension, Kind, Quantity, Value, line_column};
use serde_json::{Map, Value as Json, json};

/// A quantity found in `text`, with the fields of the interface's Quantity table.
pub fn quantity(text: &str, q: &Quantity) -> Json {
    let (value, low, high) = match &q.value {
        Value::Number(n) => (Json::String(n.to_string()), Json::Null, Json::Null),
        Value::Range { low, high } => (
            Json::Null,
            Json::String(low.to_string()),
            Json::String(high.to_string()),
        ),
        Value::Date(date) => (Json::String(date.iso()), Json::Null, Json::Null),
    };
    let (si_value, si_unit) = match (is_measure(q), q.unit, q.si_value()) {
        (true, Some(unit), Some(si)) => (
            Json::String(si.normalize().to_string()),
            Json::String(unit.si_code.to_string()),
        ),
        _ => (Json::Null, Json::Null),
    };
    json!({
        "start": q.span.start,
        "end": q.span.end,
        "text": q.text(text),
        "kind": q.kind.as_str(),
        "value": value,
        "low": low,
        "high": high,
        "unit": q.unit.map(|u| u.code),
        "si_value": si_value,
        "si_unit": si_unit,
        "approximate": q.approximate,
        "bound": q.bound.map(|b| b.as_str()),
        "noun": q.noun,
        "sentence": {"start": q.sentence.start, "end": q.sentence.end},
    })
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
