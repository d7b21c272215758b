//! Fuzz target `time`: see `numcheck::fuzzing::targets::time` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::time(data));
