//! The CLI end to end: `numcheck extract --jsonl` and `numcheck check --jsonl` over a batch
//! of news-like documents, through the release binary cargo builds for the bench.
//!
//! `cargo bench --bench cli`; criterion prints the throughput in MB/s of JSONL input
//! (process start-up included, about a millisecond).

use std::io::Write;
use std::process::{Command, Stdio};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "support/corpus.rs"]
mod corpus;

/// Runs the binary with `args` over the batch in `input`, discarding the answers.
fn run(args: &[&str], input: &std::path::Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(args)
        .stdin(std::fs::File::open(input).expect("batch file"))
        .stdout(Stdio::null())
        .status()
        .expect("numcheck runs");
    assert!(status.success(), "numcheck {args:?} failed");
}

fn cli(c: &mut Criterion) {
    let batch = corpus::jsonl(&corpus::news(3 << 20), 2_000);
    let mut file = tempfile::NamedTempFile::new().expect("temporary file");
    file.write_all(batch.as_bytes()).expect("batch written");
    let mut group = c.benchmark_group("cli");
    group.sample_size(10);
    group.throughput(Throughput::BytesDecimal(batch.len() as u64));
    group.bench_function("extract-jsonl", |b| {
        b.iter(|| run(&["extract", "--jsonl"], file.path()))
    });
    group.bench_function("check-jsonl", |b| {
        b.iter(|| run(&["check", "--jsonl", "--as-of", "2025-10-28"], file.path()))
    });
    group.finish();
}

criterion_group!(benches, cli);
criterion_main!(benches);
