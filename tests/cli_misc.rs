//! `rules`, `explain`, `--version`, `--help`, `completions` and `extract PATH`.

mod cli_support;

use cli_support::*;
use predicates::prelude::*;

#[test]
fn rules_lists_every_rule_with_level_and_summary() {
    let dir = tree(&[]);
    let output = numcheck(dir.path()).arg("rules").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), numcheck::rules().len() + 1, "{stdout}");
    for rule in numcheck::rules() {
        let line = lines
            .iter()
            .find(|l| l.split_whitespace().next() == Some(rule.id))
            .unwrap_or_else(|| panic!("{} missing", rule.id));
        assert!(line.contains(rule.default_severity.as_str()), "{line}");
        assert!(line.contains(rule.summary()), "{line}");
    }
    assert!(stdout.contains("unused-suppression"));
}

#[test]
fn explain_prints_the_rule_doc() {
    let dir = tree(&[]);
    for rule in numcheck::rules() {
        numcheck(dir.path())
            .args(["explain", rule.id])
            .assert()
            .code(0)
            .stdout(
                predicate::str::contains(rule.summary()).and(predicate::str::starts_with(rule.id)),
            );
    }
    numcheck(dir.path())
        .args(["explain", "unused-suppression"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("## What it does"));
    numcheck(dir.path())
        .args(["explain", "no-such-rule"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule `no-such-rule`"));
}

#[test]
fn version_help_and_completions() {
    let dir = tree(&[]);
    numcheck(dir.path())
        .arg("--version")
        .assert()
        .code(0)
        .stdout(format!("numcheck {}\n", env!("CARGO_PKG_VERSION")));
    numcheck(dir.path()).arg("--help").assert().code(0).stdout(
        predicate::str::contains("Examples:").and(predicate::str::contains("numcheck check")),
    );
    numcheck(dir.path())
        .args(["check", "--help"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("--fail-on")
                .and(predicate::str::contains("numcheck-disable-next-line")),
        );
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        numcheck(dir.path())
            .args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("numcheck"));
    }
    numcheck(dir.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
    numcheck(dir.path()).assert().code(2);
}

#[test]
fn extract_json_document_and_bad_input() {
    let md = "Intro.\n\n```\nJapan exported 1.37 million vehicles.\n```\n";
    let dir = tree(&[("a.md", md.as_bytes()), ("b.md", b"\xff")]);
    let output = numcheck(dir.path())
        .args(["extract", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("b.md: not valid UTF-8"));
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["schema"], 1);
    assert_eq!(doc["files"][0]["path"], "a.md");
    // Code is not prose: nothing is extracted from it.
    assert_eq!(doc["files"][0]["quantities"], serde_json::json!([]));
    assert_eq!(doc["errors"][0]["path"], "b.md");
}

#[test]
fn extract_table_lists_quantities() {
    // Needs the library's extraction.
    let dir = tree(&[(
        "a.txt",
        b"Japan exported 1.37 million vehicles, about 70% of its output.\n",
    )]);
    let output = numcheck(dir.path())
        .args(["extract", "a.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("LOCATION"), "{stdout}");
    assert!(lines[1].starts_with("a.txt:1:16"), "{stdout}");
    assert!(lines[1].contains("1370000"), "{stdout}");
    assert!(lines[1].contains("vehicles"), "{stdout}");
    assert!(stdout.contains("approximate"), "{stdout}");
}
