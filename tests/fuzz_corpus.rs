//! Replays every committed fuzz input on stable, so a crash once fixed stays fixed.
//!
//! Each file under `fuzz/corpus/<target>/` (the seeds) and `fuzz/artifacts/<target>/` (crash
//! and timeout inputs saved by `cargo fuzz`) goes through the very check its fuzz target
//! runs: `numcheck::fuzzing::TARGETS` for the library targets; for the CLI's `config` and
//! `batch_line`, whose code lives in the binary, through the built `numcheck` binary.

use std::path::{Path, PathBuf};

use numcheck::fuzzing::TARGETS;

/// The targets whose code is the binary's, replayed through it.
const CLI_TARGETS: [&str; 2] = ["config", "batch_line"];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// Sorted entries of `dir` that are directories (`dirs`) or files; none if it is missing.
fn entries(dir: &Path, dirs: bool) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() == dirs)
        .collect();
    out.sort();
    out
}

/// Every committed input of `target`: seeds, then saved crashes.
fn inputs(target: &str) -> Vec<PathBuf> {
    ["corpus", "artifacts"]
        .iter()
        .flat_map(|kind| entries(&fuzz_dir().join(kind).join(target), false))
        .collect()
}

#[test]
fn every_input_directory_belongs_to_a_target() {
    for kind in ["corpus", "artifacts"] {
        for dir in entries(&fuzz_dir().join(kind), true) {
            let name = dir.file_name().unwrap_or_default().to_string_lossy();
            assert!(
                CLI_TARGETS.contains(&name.as_ref()) || TARGETS.iter().any(|t| t.name == name),
                "fuzz/{kind}/{name} matches no fuzz target"
            );
        }
    }
    for name in TARGETS.iter().map(|t| t.name).chain(CLI_TARGETS) {
        let target = fuzz_dir().join("fuzz_targets").join(format!("{name}.rs"));
        assert!(target.is_file(), "{} is missing", target.display());
        assert!(!inputs(name).is_empty(), "target {name} has no seed corpus");
    }
}

#[test]
fn library_targets_replay() {
    let mut failed = Vec::new();
    for target in TARGETS {
        for file in inputs(target.name) {
            let data = std::fs::read(&file).expect("readable input");
            if std::panic::catch_unwind(|| (target.run)(&data)).is_err() {
                failed.push(file.display().to_string());
            }
        }
    }
    assert!(
        failed.is_empty(),
        "inputs failing their invariants:\n{}",
        failed.join("\n")
    );
}

/// The binary exists only with the `cli` feature.
#[cfg(feature = "cli")]
mod through_the_binary {
    use std::path::Path;
    use std::process::{Command, Output, Stdio};

    use super::inputs;

    /// Runs the binary with `args` and `stdin`.
    fn numcheck(args: &[&str], stdin: &[u8]) -> Output {
        use std::io::Write;
        let mut child = Command::new(env!("CARGO_BIN_EXE_numcheck"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("numcheck runs");
        let mut pipe = child.stdin.take().expect("stdin");
        // The batch answers as it reads; write from a thread so neither side can block.
        let stdin = stdin.to_vec();
        let writer = std::thread::spawn(move || pipe.write_all(&stdin));
        let output = child.wait_with_output().expect("numcheck finishes");
        writer.join().expect("writer").expect("stdin written");
        output
    }

    fn assert_no_panic(output: &Output, file: &Path) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.code() != Some(101) && !stderr.contains("panicked"),
            "{} panics: {stderr}",
            file.display()
        );
    }

    /// The `batch_line` target's check: one JSON object out per line in, with an `id` and the
    /// mode's key or `error`.
    #[test]
    fn batch_line_replays_through_the_binary() {
        for file in inputs("batch_line") {
            let data = std::fs::read(&file).expect("readable input");
            let lines = data.iter().filter(|&&b| b == b'\n').count()
                + usize::from(!data.is_empty() && !data.ends_with(b"\n"));
            for (args, key) in [
                (&["extract", "--jsonl"][..], "quantities"),
                (
                    &["check", "--jsonl", "--as-of", "2025-10-28"][..],
                    "diagnostics",
                ),
            ] {
                let output = numcheck(args, &data);
                assert_no_panic(&output, &file);
                assert!(
                    output.status.success(),
                    "{} fails the batch",
                    file.display()
                );
                let out = String::from_utf8(output.stdout).expect("UTF-8 output");
                assert_eq!(out.lines().count(), lines, "{}: lines out", file.display());
                for line in out.lines() {
                    let value: serde_json::Value = serde_json::from_str(line).expect("JSON line");
                    let object = value.as_object().expect("a JSON object");
                    assert!(object.contains_key("id"), "{}: {line}", file.display());
                    assert!(
                        object.contains_key(key) ^ object.contains_key("error"),
                        "{line}"
                    );
                }
            }
        }
    }

    /// The `config` target's check: any configuration file is read or refused, never a panic.
    #[test]
    fn config_replays_through_the_binary() {
        for file in inputs("config") {
            let path = file.to_str().expect("UTF-8 path");
            let output = numcheck(&["check", "--jsonl", "--config", path], b"");
            assert_no_panic(&output, &file);
            if !output.status.success() {
                assert!(
                    !output.stderr.is_empty(),
                    "{}: silent failure",
                    file.display()
                );
            }
        }
    }
}
