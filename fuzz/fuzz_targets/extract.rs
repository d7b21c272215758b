//! Fuzz target `extract`: see `numcheck::fuzzing::targets::extract` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::extract(data));
