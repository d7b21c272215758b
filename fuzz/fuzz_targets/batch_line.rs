//! Fuzz target `batch_line`: the `--jsonl` batch protocol of the CLI (`src/cli/batch.rs`),
//! in both modes. Whatever the bytes, the batch never fails, and answers each input line with
//! exactly one line holding a JSON object with an `id` and one of `quantities`,
//! `diagnostics` or `error`.
#![no_main]

#[path = "../../src/cli/mod.rs"]
#[allow(dead_code, unused_imports)]
mod cli;

use cli::batch::{Mode, run};
use numcheck::CheckOptions;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let lines = data.iter().filter(|&&b| b == b'\n').count()
        + usize::from(!data.is_empty() && !data.ends_with(b"\n"));
    let base = CheckOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2025, 10, 28),
        ..CheckOptions::default()
    };
    for (mode, key) in [(Mode::Extract, "quantities"), (Mode::Check, "diagnostics")] {
        let mut out = Vec::new();
        run(mode, &base, data, &mut out).expect("writing to a Vec cannot fail");
        let out = String::from_utf8(out).expect("UTF-8 output");
        assert_eq!(out.lines().count(), lines, "one line out per line in");
        for line in out.lines() {
            let value: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let object = value.as_object().expect("a JSON object");
            assert!(object.contains_key("id"), "no id: {line}");
            assert!(
                object.contains_key(key) ^ object.contains_key("error"),
                "{line}"
            );
        }
    }
});
