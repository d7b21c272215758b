//! Fuzz target `scale_word`: see `numcheck::fuzzing::targets::scale_word` for what it asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| numcheck::fuzzing::targets::scale_word(data));
