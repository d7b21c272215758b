//! Fuzz target `numeral`: see `numcheck::fuzzing::targets::numeral` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::numeral(data));
