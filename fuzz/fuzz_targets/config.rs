//! Fuzz target `config`: the `numcheck.toml` parser of the CLI (`src/cli/config.rs`) never
//! panics, and every error it returns names a line of the file.
#![no_main]

#[path = "../../src/cli/mod.rs"]
#[allow(dead_code, unused_imports)]
mod cli;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return; // `config::load` reads the file as UTF-8 and reports anything else
    };
    if let Err(message) = cli::config::parse(text) {
        assert!(!message.is_empty(), "empty error for {text:?}");
    }
});
