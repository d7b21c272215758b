//! Fuzz target `unit`: see `numcheck::fuzzing::targets::unit` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::unit(data));
