//! Fuzz target `currency`: see `numcheck::fuzzing::targets::currency` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::currency(data));
