//! `--jsonl` batch mode, per `shared/docs/interface.md`.

mod cli_support;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use cli_support::*;
use serde_json::{Value, json};

/// Runs batch `mode` (`check` or `extract`) over `input` and returns the parsed output lines.
fn batch(mode: &str, input: &str) -> Vec<Value> {
    let dir = tree(&[]);
    let output = numcheck(dir.path())
        .args([mode, "--jsonl"])
        .write_stdin(input)
        .output()
        .expect("run numcheck");
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        stderr_of(&output)
    );
    stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

fn line(id: Value, text: &str) -> String {
    json!({"id": id, "text": text}).to_string() + "\n"
}

#[test]
fn one_line_out_for_each_line_in_with_ids_echoed() {
    let input = [
        line(json!(1), CLEAN),
        "\n".to_string(),
        line(json!("two"), CLEAN),
        line(json!({"doc": [3]}), CLEAN),
        "{\"text\": \"no id\"}\n".to_string(),
    ]
    .concat();
    for mode in ["check", "extract"] {
        let out = batch(mode, &input);
        assert_eq!(out.len(), 5, "{mode}: {out:?}");
        assert_eq!(out[0]["id"], 1);
        assert!(
            out[1]["error"].is_string(),
            "a blank line gets an error line"
        );
        assert_eq!(out[2]["id"], "two");
        assert_eq!(out[3]["id"], json!({"doc": [3]}));
        assert_eq!(out[4]["id"], Value::Null);
        let key = if mode == "check" {
            "diagnostics"
        } else {
            "quantities"
        };
        assert!(out[4][key].is_array(), "{mode}: {:?}", out[4]);
    }
}

#[test]
fn bad_lines_get_error_lines_and_the_batch_goes_on() {
    let input = concat!(
        "this is not json\n",
        "{\"id\": 1}\n",
        "{\"id\": 2, \"text\": 42}\n",
        "{\"id\": 3, \"text\": \"x\", \"as_of\": \"2025-02-30\"}\n",
        "{\"id\": 4, \"text\": \"x\", \"as_of\": \"last week\"}\n",
        "{\"id\": 5, \"text\": \"x\", \"format\": \"html\"}\n",
        "[\"not\", \"an\", \"object\"]\n",
        "{\"id\": 6, \"text\": \"Five were returned in 2005.\"}\n",
    );
    let out = batch("check", input);
    assert_eq!(out.len(), 8);
    assert_eq!(out[0]["id"], Value::Null);
    assert!(out[0]["error"].as_str().unwrap().contains("JSON"));
    for (i, word) in [
        (1, "text"),
        (2, "text"),
        (3, "as_of"),
        (4, "as_of"),
        (5, "format"),
    ] {
        assert_eq!(out[i]["id"], i as u64, "{:?}", out[i]);
        let error = out[i]["error"].as_str().expect("error message");
        assert!(error.contains(word), "line {i}: {error}");
        assert!(out[i].get("diagnostics").is_none());
    }
    assert_eq!(out[6]["id"], Value::Null);
    assert!(out[6]["error"].is_string());
    assert_eq!(out[7], json!({"id": 6, "diagnostics": []}));
}

#[test]
fn invalid_utf8_line_gets_an_error_line() {
    let dir = tree(&[]);
    let mut input = b"\xff\xfe\n".to_vec();
    input.extend(line(json!(2), CLEAN).bytes());
    let output = numcheck(dir.path())
        .args(["check", "--jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let lines: Vec<Value> = stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(lines[1], json!({"id": 2, "diagnostics": []}));
}

#[test]
fn answers_each_line_before_the_next_arrives() {
    // A long-running filter: the answer to line 1 must come out while stdin is still open.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("numcheck"))
        .args(["check", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        tx.send(first).unwrap();
    });
    stdin
        .write_all(line(json!("first"), CLEAN).as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    let first = rx.recv_timeout(Duration::from_secs(20));
    drop(stdin);
    let status = child.wait().unwrap();
    let first = first.expect("no answer while stdin was open: output is not flushed per line");
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first, json!({"id": "first", "diagnostics": []}));
    assert!(status.success());
}

#[test]
fn markdown_format_skips_code() {
    let fenced = format!("Intro.\n\n```\n{INVALID_DATE}```\n");
    let input = [
        json!({"id": "md", "text": fenced, "format": "markdown"}).to_string(),
        json!({"id": "txt", "text": fenced, "format": "text"}).to_string(),
    ]
    .join("\n");
    let out = batch("check", &input);
    assert_eq!(out[0], json!({"id": "md", "diagnostics": []}));
    let rules: Vec<&str> = out[1]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["invalid-date"]);
}

// ---- The tests below need the library's extraction and rules. ----

#[test]
fn check_reports_the_known_findings_with_every_field() {
    let input = [
        line(json!("scale"), MISSING_SCALE),
        line(json!("date"), INVALID_DATE),
        line(json!("share"), SHARE_OVER_100),
        line(json!("clean"), CLEAN),
    ]
    .concat();
    let out = batch("check", &input);
    let rules = |i: usize| -> Vec<String> {
        out[i]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(rules(0), ["missing-scale"]);
    assert_eq!(rules(1), ["invalid-date"]);
    assert_eq!(rules(2), ["share-over-100"]);
    assert!(rules(3).is_empty());

    let d = &out[0]["diagnostics"][0];
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
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
    assert_eq!(d["start"], 25);
    assert_eq!(d["end"], 28);
    assert_eq!(d["line"], 1);
    assert_eq!(d["column"], 26);
    assert_eq!(d["severity"], "error");
    assert_eq!(d["suggestion"], "$40 billion");
    assert!(!d["related"].as_array().unwrap().is_empty());
    for r in d["related"].as_array().unwrap() {
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["start", "end", "message"]);
    }
}

#[test]
fn as_of_moves_the_reference_date() {
    let text = "The bridge opened in 2030.";
    let input = [
        json!({"id": 1, "text": text, "as_of": "2025-01-01"}).to_string(),
        json!({"id": 2, "text": text, "as_of": "2031-01-01"}).to_string(),
    ]
    .join("\n");
    let out = batch("check", &input);
    assert_eq!(
        out[0]["diagnostics"][0]["rule"],
        "future-year-in-past-tense"
    );
    assert_eq!(out[1]["diagnostics"], json!([]));
}

#[test]
fn extract_gives_every_quantity_field() {
    let text = "Japan exported 1.37 million vehicles, about 70% of its output, at 18,000 feet.";
    let out = batch("extract", &line(json!(7), text));
    let quantities = out[0]["quantities"].as_array().expect("quantities");
    assert!(quantities.len() >= 3, "{quantities:?}");
    for q in quantities {
        let keys: Vec<&str> = q.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "start",
                "end",
                "text",
                "kind",
                "value",
                "low",
                "high",
                "unit",
                "si_value",
                "si_unit",
                "approximate",
                "bound",
                "noun",
                "sentence"
            ]
        );
        let (start, end) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(q["text"], &text[start..end]);
    }
    let feet = quantities
        .iter()
        .find(|q| q["unit"] == "ft")
        .expect("18,000 feet");
    assert_eq!(feet["value"], "18000");
    assert_eq!(feet["si_value"], "5486.4");
    assert_eq!(feet["si_unit"], "m");
    let percent = quantities.iter().find(|q| q["unit"] == "%").expect("70%");
    assert_eq!(percent["approximate"], true);
    assert_eq!(percent["si_value"], Value::Null);
}
