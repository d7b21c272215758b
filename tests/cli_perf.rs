//! `numcheck check` over a generated tree of 1,000 Markdown files.
//!
//! Ignored by default (it measures, and timing on a shared machine is noisy). Run it in
//! release mode, where it also holds the budget of the issue ("well under a second"):
//!
//! ```sh
//! cargo test --release --test cli_perf -- --ignored --nocapture
//! ```

mod cli_support;

use std::time::{Duration, Instant};

use cli_support::*;

const PARAGRAPHS: [&str; 7] = [
    MISSING_SCALE,
    "Japan exported 1.37 million vehicles in 2024, about 70% of its output, up from 1.2 million in 2023.\n",
    INVALID_DATE,
    SHARE_OVER_100,
    "Revenue rose 12% to $4.5 billion, while costs fell from 60% to 55% of sales over the past 13 years.\n",
    "Some 18,000 feet above sea level, temperatures drop to -40 °F on the coldest nights.\n",
    CLEAN,
];

/// About 7 KB of Markdown: front matter, a heading, paragraphs, a code block.
fn document(i: usize) -> String {
    let mut text = format!("---\ntitle: Report {i}\ndate: 2025-10-28\n---\n# Report {i}\n\n");
    for j in 0..20 {
        for k in 0..3 {
            text.push_str(PARAGRAPHS[(i + j * 3 + k) % PARAGRAPHS.len()].trim_end());
            text.push(' ');
        }
        text.push_str("\n\n");
        if j % 7 == 3 {
            text.push_str("```\nlet budget = 40; // $40\n```\n\n");
        }
    }
    text
}

#[test]
#[ignore = "measures; run with --release -- --ignored"]
fn a_thousand_markdown_files() {
    let files: Vec<(String, String)> = (0..1000)
        .map(|i| (format!("section-{}/doc-{i}.md", i % 20), document(i)))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_bytes()))
        .collect();
    let dir = tree(&refs);
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();

    let mut best = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let output = numcheck(dir.path())
            .args(["check", "--format", "short", "--no-config"])
            .output()
            .unwrap();
        best = best.min(started.elapsed());
        assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    }
    println!(
        "numcheck check: 1000 files, {:.1} MB, best of 3: {:.0} ms",
        bytes as f64 / 1e6,
        best.as_secs_f64() * 1e3
    );
    if !cfg!(debug_assertions) {
        assert!(best < Duration::from_secs(1), "took {best:?}");
    }
}
