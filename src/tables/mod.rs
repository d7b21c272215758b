//! Data tables, defined once each: units, currencies, number words.

pub(crate) mod currency;
pub(crate) mod number_words;
pub(crate) mod units;
