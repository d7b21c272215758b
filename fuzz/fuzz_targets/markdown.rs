//! Fuzz target `markdown`: see `numcheck::fuzzing::targets::markdown` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::markdown(data));
