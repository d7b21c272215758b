//! Profiling driver: extracts (and optionally checks) a text many times.
//!
//! `cargo run --release --example profile_extract -- SOURCE [check|dump] [ROUNDS]`, where SOURCE
//! is a file path, or `news:BYTES` / `wire:BYTES` / `adversarial:BYTES` for the benchmarks' inputs
//! (`dump` prints that text instead). One round under `valgrind --tool=callgrind` gives an
//! instruction count that does not depend on the load.

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let source = args
        .next()
        .expect("usage: profile_extract SOURCE [check|dump] [ROUNDS]");
    let mut check = false;
    let mut dump = false;
    let mut rounds = 5;
    for arg in args {
        match arg.parse::<usize>() {
            Ok(n) => rounds = n.max(1),
            Err(_) => {
                check |= arg == "check";
                dump |= arg == "dump";
            }
        }
    }
    let text = match source.split_once(':') {
        Some(("news", bytes)) => corpus::news(bytes.parse().expect("a byte count")),
        Some(("adversarial", bytes)) => corpus::adversarial(bytes.parse().expect("a byte count")),
        Some(("wire", bytes)) => corpus::wire(bytes.parse().expect("a byte count")),
        _ => std::fs::read_to_string(&source).expect("readable UTF-8 file"),
    };
    if dump {
        print!("{text}");
        return;
    }
    let checker = numcheck::Checker::new(numcheck::CheckOptions::default()).expect("options");
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += if check {
            checker.check(&text).len()
        } else {
            numcheck::extract_all(&text).quantities.len()
        };
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} items, {:.1} MB/s",
        n / rounds,
        (text.len() * rounds) as f64 / secs / 1e6
    );
}
