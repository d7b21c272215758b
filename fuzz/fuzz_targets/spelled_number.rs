//! Fuzz target `spelled_number`: see `numcheck::fuzzing::targets::spelled_number` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::spelled_number(data));
