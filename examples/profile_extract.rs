//! Profiling driver: extracts (and optionally checks) a file many times.
//! `cargo run --release --example profile_extract -- FILE [check]`
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_extract FILE [check]");
    let check = args.next().is_some();
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let start = std::time::Instant::now();
    let rounds = 5;
    let mut n = 0;
    for _ in 0..rounds {
        if check {
            let checker =
                numcheck::Checker::new(numcheck::CheckOptions::default()).expect("options");
            n += checker.check(&text).len();
        } else {
            n += numcheck::extract_all(&text).quantities.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} items, {:.1} MB/s",
        n / rounds,
        (text.len() * rounds) as f64 / secs / 1e6
    );
}
