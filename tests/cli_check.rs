//! `numcheck check PATH...`: inputs, formats, exit status, configuration, suppressions.

mod cli_support;

use cli_support::*;
use predicates::prelude::*;

// ---- Inputs and exit status that need no finding. ----

#[test]
fn clean_tree_exits_0_with_a_summary() {
    let dir = tree(&[
        ("a.md", CLEAN.as_bytes()),
        ("notes/b.txt", CLEAN.as_bytes()),
    ]);
    numcheck(dir.path())
        .arg("check")
        .assert()
        .code(0)
        .stdout("no findings in 2 files\n");
}

#[test]
fn walks_only_known_types_and_respects_gitignore_and_hidden_files() {
    let bad = INVALID_DATE.as_bytes();
    let dir = tree(&[
        (".git/HEAD", b"ref: refs/heads/main\n"),
        (".gitignore", b"build/\n"),
        ("build/out.md", bad),
        (".hidden/x.md", bad),
        (".secret.md", bad),
        ("code.rs", bad),
        ("doc.md", CLEAN.as_bytes()),
    ]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(doc["files_checked"], 1, "{doc}");
    assert_eq!(findings(&doc), []);
    assert_eq!(code, 0);
}

#[test]
fn explicit_files_are_read_whatever_their_type() {
    let dir = tree(&[("draft.rst", INVALID_DATE.as_bytes())]);
    let (doc, code) = check_json(dir.path(), &["draft.rst"]);
    assert_eq!(
        findings(&doc),
        [("draft.rst".into(), "invalid-date".into())]
    );
    assert_eq!(code, 1);
}

#[test]
fn type_flag_adds_an_extension() {
    let dir = tree(&[("draft.rst", INVALID_DATE.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(doc["files_checked"], 0);
    let (doc, code) = check_json(dir.path(), &["--type", "rst"]);
    assert_eq!(
        findings(&doc),
        [("draft.rst".into(), "invalid-date".into())]
    );
    assert_eq!(code, 1);
}

#[test]
fn bad_inputs_are_named_on_stderr_others_still_checked_exit_2() {
    let dir = tree(&[
        ("a-latin1.md", b"caf\xe9 costs 5 euros\n"),
        ("b-binary.txt", b"PK\x03\x04\x00\x00binary"),
        ("c-good.md", INVALID_DATE.as_bytes()),
    ]);
    let output = numcheck(dir.path())
        .args(["check", "--format", "short", ".", "missing.md"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(stderr.contains("a-latin1.md: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("b-binary.txt: binary file"), "{stderr}");
    assert!(stderr.contains("missing.md: no such file"), "{stderr}");
    assert!(stdout_of(&output).starts_with("c-good.md:1:27: error[invalid-date]: "));
}

#[test]
fn unreadable_file_only_is_still_exit_2() {
    let dir = tree(&[("x.md", b"\xff\xff")]);
    numcheck(dir.path())
        .args(["check", "x.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("x.md: not valid UTF-8"));
}

#[test]
fn stdin_with_a_filename() {
    let dir = tree(&[]);
    let fenced = format!("```\n{INVALID_DATE}```\n");
    // Read as Markdown because of the name: the figure in code is not checked.
    numcheck(dir.path())
        .args([
            "check",
            "-",
            "--stdin-filename",
            "notes/draft.md",
            "--format",
            "short",
        ])
        .write_stdin(fenced.clone())
        .assert()
        .code(0)
        .stdout("");
    // Read as text: it is.
    numcheck(dir.path())
        .args([
            "check",
            "-",
            "--stdin-filename",
            "draft.txt",
            "--format",
            "short",
        ])
        .write_stdin(fenced)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "draft.txt:2:27: error[invalid-date]",
        ));
    numcheck(dir.path())
        .args(["check", "-", "--format", "short"])
        .write_stdin(INVALID_DATE)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "<stdin>:1:27: error[invalid-date]",
        ));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tree(&[]);
    for args in [
        &["check", "--format", "xml"][..],
        &["check", "--as-of", "2025-02-30"][..],
        &["check", "--fail-on", "sometimes"][..],
        &["check", "--jsonl", "a.md"][..],
        &["check", "--stdin-filename", "x.md"][..],
        &["check", "--config", "nope.toml"][..],
    ] {
        numcheck(dir.path()).args(args).assert().code(2);
    }
}

// ---- Markdown. ----

#[test]
fn markdown_non_prose_is_never_reported() {
    let date = "February 30, 2025";
    let md = format!(
        "---\ntitle: {date}\n---\n\n```\nThe vote is on {date}.\n```\n\n    Indented: {date}.\n\nInline `{date}` code, [link](https://x.org/feb-30 \"{date}\"), <!-- {date} -->.\n\n[r]: https://x.org \"{date}\"\n\n<div>\n{date}\n</div>\n"
    );
    let dir = tree(&[("doc.md", md.as_bytes())]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(findings(&doc), [], "{doc}");
    assert_eq!(code, 0);
    // The same text as plain text is full of findings.
    let dir = tree(&[("doc.txt", md.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert!(!findings(&doc).is_empty());
}

#[test]
fn markdown_positions_point_into_the_original_file() {
    let md =
        format!("---\ndate: 2025-10-28\n---\n# Title\n\n> **Note** — `code`\n\n- {INVALID_DATE}");
    let dir = tree(&[("doc.md", md.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    let d = &doc["diagnostics"][0];
    let (start, end) = (
        d["start"].as_u64().unwrap() as usize,
        d["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&md[start..end], "February 30, 2025");
    assert_eq!(d["line"], 8);
    assert_eq!(d["column"], 29);
}

// ---- Formats. ----

#[test]
fn short_format() {
    let dir = tree(&[
        ("b.md", INVALID_DATE.as_bytes()),
        ("a.txt", INVALID_DATE.as_bytes()),
    ]);
    let output = numcheck(dir.path())
        .args(["check", "--format", "short"])
        .output()
        .unwrap();
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with("a.txt:1:27: error[invalid-date]: "),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with("b.md:1:27: error[invalid-date]: "),
        "{stdout}"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn json_format_has_schema_path_and_interface_fields() {
    let dir = tree(&[
        ("a.md", INVALID_DATE.as_bytes()),
        ("z.md", CLEAN.as_bytes()),
    ]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(doc["schema"], 1);
    assert_eq!(doc["files_checked"], 2);
    assert_eq!(doc["errors"], serde_json::json!([]));
    let d = &doc["diagnostics"][0];
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "path",
            "rule",
            "severity",
            "start",
            "end",
            "line",
            "column",
            "message",
            "related",
            "suggestion"
        ]
    );
    assert_eq!(d["path"], "a.md");
    assert_eq!(d["start"], 26);
    assert_eq!(d["end"], 43);
}

#[test]
fn github_format() {
    let dir = tree(&[("docs/a.md", INVALID_DATE.as_bytes())]);
    numcheck(dir.path())
        .args(["check", "--format", "github"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "::error file=docs/a.md,line=1,col=27,endLine=1,endColumn=44,title=numcheck invalid-date::",
        ));
}

#[test]
fn human_format_is_plain_when_not_a_terminal_and_coloured_on_request() {
    let dir = tree(&[("a.md", INVALID_DATE.as_bytes())]);
    let plain = numcheck(dir.path()).args(["check"]).output().unwrap();
    assert!(!stdout_of(&plain).contains('\u{1b}'));
    assert!(stdout_of(&plain).contains("error[invalid-date]"));
    assert!(stdout_of(&plain).ends_with("1 finding in 1 of 1 file\n"));
    let coloured = numcheck(dir.path())
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert!(stdout_of(&coloured).contains('\u{1b}'));
    let never = numcheck(dir.path())
        .args(["check", "--color", "never"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout_of(&never).contains('\u{1b}'));
}

#[test]
fn output_is_sorted_by_path_then_position() {
    let two = format!("{INVALID_DATE}{SHARE_OVER_100}{INVALID_DATE}");
    let files: Vec<(String, String)> = (0..30)
        .map(|i| (format!("d{}/f{i:02}.md", i % 3), two.clone()))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_bytes()))
        .collect();
    let dir = tree(&refs);
    let (doc, _) = check_json(dir.path(), &[]);
    let order: Vec<(String, u64)> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_string(),
                d["start"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert!(order.len() >= 60);
}

// ---- --fail-on. ----

#[test]
fn fail_on_levels() {
    // An unused suppression is an info finding; invalid-date is an error.
    let info_only = format!("<!-- numcheck-disable-next-line -->\n{CLEAN}");
    let dir = tree(&[("a.md", info_only.as_bytes())]);
    for (level, code) in [("info", 1), ("warning", 0), ("error", 0), ("never", 0)] {
        numcheck(dir.path())
            .args(["check", "--fail-on", level])
            .assert()
            .code(code);
    }
    numcheck(dir.path()).arg("check").assert().code(0);
    let dir = tree(&[("a.md", INVALID_DATE.as_bytes())]);
    for (level, code) in [("info", 1), ("warning", 1), ("error", 1), ("never", 0)] {
        numcheck(dir.path())
            .args(["check", "--fail-on", level])
            .assert()
            .code(code);
    }
}

// ---- Configuration. ----

#[test]
fn config_rules_turn_off_and_regrade() {
    let dir = tree(&[
        ("numcheck.toml", b"[rules]\ninvalid-date = \"off\"\n"),
        ("a.md", INVALID_DATE.as_bytes()),
    ]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(findings(&doc), []);
    assert_eq!(code, 0);
    // --no-config ignores the file.
    let (doc, code) = check_json(dir.path(), &["--no-config"]);
    assert_eq!(findings(&doc).len(), 1);
    assert_eq!(code, 1);

    let dir = tree(&[
        (".numcheck.toml", b"[rules]\ninvalid-date = \"info\"\n"),
        ("a.md", INVALID_DATE.as_bytes()),
    ]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(doc["diagnostics"][0]["severity"], "info");
    assert_eq!(code, 0);
}

#[test]
fn config_is_found_from_a_subfolder_and_globs_are_relative_to_it() {
    let dir = tree(&[
        (
            "numcheck.toml",
            b"exclude = [\"docs/old/**\", \"CHANGELOG.md\"]\ntypes = [\"rst\"]\n",
        ),
        ("docs/old/a.md", INVALID_DATE.as_bytes()),
        ("docs/CHANGELOG.md", INVALID_DATE.as_bytes()),
        ("docs/new/b.rst", INVALID_DATE.as_bytes()),
    ]);
    let (doc, _) = check_json(&dir.path().join("docs"), &[]);
    assert_eq!(
        findings(&doc),
        [("new/b.rst".into(), "invalid-date".into())]
    );
    // An excluded file named on the command line is still skipped (pre-commit passes names).
    let (doc, _) = check_json(dir.path(), &["docs/CHANGELOG.md"]);
    assert_eq!(findings(&doc), []);
}

#[test]
fn config_include_limits_the_walk() {
    let dir = tree(&[
        ("numcheck.toml", b"include = [\"docs/**\"]\n"),
        ("docs/a.md", INVALID_DATE.as_bytes()),
        ("notes/b.md", INVALID_DATE.as_bytes()),
    ]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&doc),
        [("docs/a.md".into(), "invalid-date".into())]
    );
}

#[test]
fn config_fail_on_and_cli_override() {
    let dir = tree(&[
        ("numcheck.toml", b"fail_on = \"never\"\n"),
        ("a.md", INVALID_DATE.as_bytes()),
    ]);
    numcheck(dir.path()).arg("check").assert().code(0);
    numcheck(dir.path())
        .args(["check", "--fail-on", "error"])
        .assert()
        .code(1);
}

#[test]
fn explicit_config_path() {
    let dir = tree(&[
        ("conf/strict.toml", b"[rules]\ninvalid-date = \"off\"\n"),
        ("a.md", INVALID_DATE.as_bytes()),
    ]);
    let (doc, _) = check_json(dir.path(), &["--config", "conf/strict.toml"]);
    assert_eq!(findings(&doc), []);
}

#[test]
fn unknown_config_key_is_an_error_naming_key_and_line() {
    let dir = tree(&[
        ("numcheck.toml", b"fail_on = \"error\"\ncolour = \"red\"\n"),
        ("a.md", CLEAN.as_bytes()),
    ]);
    numcheck(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("numcheck.toml")
                .and(predicate::str::contains("line 2"))
                .and(predicate::str::contains("colour")),
        );
}

#[test]
fn unknown_rule_in_config_is_an_error_naming_rule_and_line() {
    let dir = tree(&[
        ("numcheck.toml", b"[rules]\n\nno-such-rule = \"off\"\n"),
        ("a.md", CLEAN.as_bytes()),
    ]);
    numcheck(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3").and(predicate::str::contains("no-such-rule")));
}

#[test]
fn bad_config_values_are_errors() {
    for (toml, word) in [
        ("fail_on = \"sometimes\"\n", "fail_on"),
        ("as_of = \"2025-13-01\"\n", "as_of"),
        ("[rules]\ninvalid-date = \"loud\"\n", "loud"),
        ("exclude = [\"a[\"]\n", "exclude"),
        ("include = \"docs\"\n", "include"),
    ] {
        let dir = tree(&[
            ("numcheck.toml", toml.as_bytes()),
            ("a.md", CLEAN.as_bytes()),
        ]);
        numcheck(dir.path())
            .arg("check")
            .assert()
            .code(2)
            .stderr(predicate::str::contains(word));
    }
}

// ---- Suppressions. ----

#[test]
fn markdown_disable_next_line() {
    let md =
        format!("<!-- numcheck-disable-next-line invalid-date -->\n{INVALID_DATE}\n{INVALID_DATE}");
    let dir = tree(&[("a.md", md.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    let lines: Vec<u64> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [4], "{doc}");
}

#[test]
fn markdown_disable_enable_region() {
    let md = format!(
        "{INVALID_DATE}\n<!-- numcheck-disable -->\n{INVALID_DATE}\n{INVALID_DATE}\n<!-- numcheck-enable -->\n{INVALID_DATE}"
    );
    let dir = tree(&[("a.md", md.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    let lines: Vec<u64> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [1, 9], "{doc}");
}

#[test]
fn plain_text_suppressions_on_a_line_of_their_own() {
    let txt = format!(
        "numcheck-disable-next-line\n{INVALID_DATE}numcheck-disable invalid-date\n{INVALID_DATE}numcheck-enable\n{INVALID_DATE}"
    );
    let dir = tree(&[("a.txt", txt.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    let lines: Vec<u64> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [6], "{doc}");
}

#[test]
fn a_suppression_for_another_rule_does_not_hide_a_finding() {
    let md = format!("<!-- numcheck-disable-next-line missing-scale -->\n{INVALID_DATE}");
    let dir = tree(&[("a.md", md.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&doc),
        [
            ("a.md".into(), "unused-suppression".into()),
            ("a.md".into(), "invalid-date".into())
        ]
    );
}

#[test]
fn unused_suppression_is_info_and_configurable() {
    let md = format!("<!-- numcheck-disable-next-line -->\n{CLEAN}");
    let dir = tree(&[("a.md", md.as_bytes())]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&doc),
        [("a.md".into(), "unused-suppression".into())]
    );
    assert_eq!(doc["diagnostics"][0]["severity"], "info");
    assert_eq!(doc["diagnostics"][0]["line"], 1);
    assert_eq!(code, 0);
    std::fs::write(
        dir.path().join("numcheck.toml"),
        "[rules]\nunused-suppression = \"off\"\n",
    )
    .unwrap();
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(findings(&doc), []);
}

#[test]
fn suppression_inside_a_code_block_does_nothing() {
    let md = format!("```\n<!-- numcheck-disable -->\n```\n{INVALID_DATE}");
    let dir = tree(&[("a.md", md.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(findings(&doc), [("a.md".into(), "invalid-date".into())]);
}

// ---- As-of date. ----

#[test]
fn front_matter_date_is_the_as_of_unless_overridden() {
    let past_tense = "The bridge opened in 2030.\n";
    let md_2025 = format!("---\ndate: 2025-10-28\n---\n{past_tense}");
    let md_2031 = format!("+++\ndate = 2031-01-01T10:00:00Z\n+++\n{past_tense}");
    let dir = tree(&[("a.md", md_2025.as_bytes()), ("b.md", md_2031.as_bytes())]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&doc),
        [("a.md".into(), "future-year-in-past-tense".into())]
    );
    let (doc, _) = check_json(dir.path(), &["--as-of", "2032-01-01"]);
    assert_eq!(findings(&doc), []);
    let (doc, _) = check_json(dir.path(), &["--as-of", "2024-01-01"]);
    assert_eq!(findings(&doc).len(), 2);
}

#[test]
fn config_as_of() {
    let dir = tree(&[
        ("numcheck.toml", b"as_of = 2025-01-01\n"),
        ("a.txt", b"The bridge opened in 2030.\n"),
    ]);
    let (doc, _) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&doc),
        [("a.txt".into(), "future-year-in-past-tense".into())]
    );
}

// ---- Findings that need the library's money and percent parsing. ----

#[test]
fn the_three_reference_findings() {
    let dir = tree(&[
        ("1-scale.md", MISSING_SCALE.as_bytes()),
        ("2-date.md", INVALID_DATE.as_bytes()),
        ("3-share.md", SHARE_OVER_100.as_bytes()),
        ("4-clean.md", CLEAN.as_bytes()),
    ]);
    let (doc, code) = check_json(dir.path(), &[]);
    assert_eq!(
        findings(&doc),
        [
            ("1-scale.md".into(), "missing-scale".into()),
            ("2-date.md".into(), "invalid-date".into()),
            ("3-share.md".into(), "share-over-100".into()),
        ]
    );
    assert_eq!(doc["diagnostics"][0]["suggestion"], "$40 billion");
    assert_eq!(code, 1);
}
