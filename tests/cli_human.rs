//! Snapshots of the human report (`insta`). After a deliberate change to messages or layout,
//! review and accept with `INSTA_UPDATE=always cargo test --test cli_human` (or `cargo insta
//! review`).

mod cli_support;

use cli_support::*;

/// The human report for the files in `tests/fixtures/cli/human/`, run from there.
fn human(args: &[&str]) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cli/human");
    let output = numcheck(std::path::Path::new(dir))
        .args(["check", "--no-config", "--as-of", "2025-10-28"])
        .args(args)
        .output()
        .unwrap();
    format!(
        "exit: {:?}\n--- stdout\n{}--- stderr\n{}",
        output.status.code(),
        stdout_of(&output),
        stderr_of(&output)
    )
}

#[test]
fn invalid_date_and_unused_suppression() {
    insta::assert_snapshot!(human(&["dates.md"]));
}

#[test]
fn clean_file() {
    insta::assert_snapshot!(human(&["clean.txt"]));
}

#[test]
fn missing_scale_with_related_figures_and_a_suggestion() {
    // Needs the library's missing-scale rule.
    insta::assert_snapshot!(human(&["budget.md"]));
}

#[test]
fn whole_folder() {
    insta::assert_snapshot!(human(&[]));
}
