//! `--format sarif` against the SARIF 2.1.0 JSON schema (OASIS), kept in
//! `tests/fixtures/cli/sarif-schema-2.1.0.json`.

mod cli_support;

use cli_support::*;
use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/cli/sarif-schema-2.1.0.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    // The published schema's pattern for `run.language` has a stray `]` that a strict regex
    // check rejects; numcheck never writes `language`, so mend it here and keep the file as
    // published.
    let text = text.replace(
        "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
        "^[a-zA-Z]{2}$|^[a-zA-Z]{2}-[a-zA-Z]{2}$",
    );
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn sarif(dir: &std::path::Path, args: &[&str]) -> (Value, i32) {
    let output = numcheck(dir)
        .args(["check", "--format", "sarif"])
        .args(args)
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    (doc, output.status.code().unwrap_or(-1))
}

fn assert_valid(doc: &Value) {
    let validator = schema();
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "invalid SARIF:\n{}\n{doc:#}",
        errors.join("\n")
    );
}

#[test]
fn clean_run_is_valid_sarif_with_every_rule() {
    let dir = tree(&[("a.md", CLEAN.as_bytes())]);
    let (doc, code) = sarif(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_valid(&doc);
    assert_eq!(doc["version"], "2.1.0");
    let driver = &doc["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "numcheck");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), numcheck::rules().len() + 1);
    for rule in rules {
        assert!(rule["id"].is_string());
        assert!(rule["shortDescription"]["text"].is_string());
        assert!(rule["fullDescription"]["text"].is_string());
        assert!(rule["help"]["text"].is_string());
        assert!(
            ["error", "warning", "note"]
                .contains(&rule["defaultConfiguration"]["level"].as_str().unwrap())
        );
    }
    assert!(rules.iter().any(|r| r["id"] == "unused-suppression"));
    assert_eq!(doc["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn findings_unreadable_inputs_and_odd_paths_are_valid_sarif() {
    let unused = format!("<!-- numcheck-disable-next-line -->\n{CLEAN}");
    let dir = tree(&[
        ("docs/a b#1.md", INVALID_DATE.as_bytes()),
        ("docs/é.md", unused.as_bytes()),
        ("docs/bad.md", b"\xff"),
    ]);
    let (doc, code) = sarif(dir.path(), &[]);
    assert_eq!(code, 2);
    assert_valid(&doc);
    let run = &doc["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let date = &results[0];
    assert_eq!(date["ruleId"], "invalid-date");
    assert_eq!(date["level"], "error");
    let location = &date["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "docs/a%20b%231.md");
    assert_eq!(location["region"]["startLine"], 1);
    assert_eq!(location["region"]["startColumn"], 27);
    assert_eq!(location["region"]["endColumn"], 44);
    let index = date["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "invalid-date");
    assert_eq!(results[1]["level"], "note");
}

#[test]
fn related_locations_and_fixes_are_valid_sarif() {
    // Needs the library's missing-scale rule: it has related figures and a suggestion.
    let dir = tree(&[("a.md", MISSING_SCALE.as_bytes())]);
    let (doc, _) = sarif(dir.path(), &[]);
    assert_valid(&doc);
    let result = &doc["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "missing-scale");
    assert!(!result["relatedLocations"].as_array().unwrap().is_empty());
    assert_eq!(
        result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "$40 billion"
    );
}

#[test]
fn the_schema_check_does_reject_broken_sarif() {
    let dir = tree(&[("a.md", INVALID_DATE.as_bytes())]);
    let (mut doc, _) = sarif(dir.path(), &[]);
    doc["runs"][0]["results"][0]["level"] = "fatal".into();
    doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(schema().iter_errors(&doc).count() >= 2);
}
