//! Extraction throughput on news-like and adversarial text.
//!
//! `cargo bench --bench extract`; criterion prints the throughput in MB/s (`thrpt`).
//! Targets (release, one core): ≥ 150 MB/s on news, adversarial within 3× of that.
//! Inputs: generated news (`news`), the project's own wire copy (`wire`), adversarial text.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "support/corpus.rs"]
mod corpus;

fn extract(c: &mut Criterion) {
    let news = corpus::news(3 << 20);
    let wire = corpus::wire(3 << 20);
    let adversarial = corpus::adversarial(1 << 20);
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (name, text) in [
        ("news", &news),
        ("wire", &wire),
        ("adversarial", &adversarial),
    ] {
        group.throughput(Throughput::BytesDecimal(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| numcheck::extract_all(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
