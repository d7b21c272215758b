//! Shared helpers for the `cli_*` end-to-end tests.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;

/// Money whose scale is missing: `missing-scale` on `$40` (byte 25..28) once the library is
/// complete.
pub const MISSING_SCALE: &str = "The ministry announced a $40 aid package on Monday. Of that, $25 billion goes to hospitals and $9 billion to schools.\n";
/// An impossible date: `invalid-date`.
pub const INVALID_DATE: &str = "The vote is scheduled for February 30, 2025.\n";
/// A share above 100%: `share-over-100`.
pub const SHARE_OVER_100: &str = "The firm controls a 130% share of the domestic market.\n";
/// No finding, ever.
pub const CLEAN: &str = "Five were returned in 2005.\n";

/// The `numcheck` binary, run in `dir` with colour and CI variables that could change
/// its output removed.
pub fn numcheck(dir: &Path) -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("numcheck");
    cmd.current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("GITHUB_ACTIONS");
    cmd
}

/// A temporary folder holding `files` (path, contents); folders are created as needed.
pub fn tree(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::Builder::new()
        .prefix("numcheck-cli-")
        .tempdir()
        .expect("temporary folder");
    for (path, contents) in files {
        let path = dir.path().join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(path, contents).expect("write file");
    }
    dir
}

/// Standard output as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Runs `check --format json` in `dir` with `args` and returns the document and exit code.
pub fn check_json(dir: &Path, args: &[&str]) -> (serde_json::Value, i32) {
    let output = numcheck(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("run numcheck");
    let doc = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {}",
            stdout_of(&output),
            stderr_of(&output)
        )
    });
    (doc, output.status.code().unwrap_or(-1))
}

/// The `(path, rule)` of every diagnostic in a `--format json` document.
pub fn findings(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_string(),
                d["rule"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}
