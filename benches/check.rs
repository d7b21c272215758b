//! Checking throughput: the whole checker (extraction, document model, every rule).
//!
//! `cargo bench --bench check`; criterion prints the throughput in MB/s (`thrpt`).
//! Targets (release, one core): ≥ 80 MB/s on news, adversarial within 3× of that.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use numcheck::{CheckOptions, Checker, Format};

#[path = "support/corpus.rs"]
mod corpus;

fn check(c: &mut Criterion) {
    let news = corpus::news(3 << 20);
    let wire = corpus::wire(3 << 20);
    let adversarial = corpus::adversarial(1 << 20);
    let as_of = CheckOptions::as_of(chrono::NaiveDate::from_ymd_opt(2025, 10, 28).expect("a date"));
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for (name, text, format) in [
        ("news", &news, Format::Text),
        ("news-markdown", &news, Format::Markdown),
        ("wire", &wire, Format::Text),
        ("adversarial", &adversarial, Format::Text),
    ] {
        let options = CheckOptions {
            format,
            ..as_of.clone()
        };
        let checker = Checker::new(options).expect("default rules");
        group.throughput(Throughput::BytesDecimal(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| checker.check(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
