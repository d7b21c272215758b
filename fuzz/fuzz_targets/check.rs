//! Fuzz target `check`: see `numcheck::fuzzing::targets::check` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::check(data));
