//! Hooks for the fuzz targets in `fuzz/` and their replay under `cargo test`.
//!
//! Not part of the public API: compiled only with the `fuzzing` feature, which
//! `fuzz/Cargo.toml` turns on and the crate's own dev-dependency on itself turns on for
//! `cargo test`; hidden from the docs and free to change. Two things live here, once each:
//!
//! * thin wrappers ([`parsers`]) around the crate-private nom parsers, returning only the
//!   number of bytes consumed so no private type leaks out, each asserting the contract
//!   every parser shares: on success the rest is a suffix of the input cut at a char
//!   boundary, and something was consumed;
//! * the invariant checks of every library fuzz target ([`targets`], listed in [`TARGETS`]).
//!   A fuzz target is one line calling one of them, `tests/fuzz_corpus.rs` replays every
//!   file under `fuzz/corpus/<target>/` and `fuzz/artifacts/<target>/` through the same
//!   function on stable, so a crash once fixed stays fixed, and `tests/properties.rs`
//!   asserts the same invariants over generated text.
//!
//! The CLI's own parsers (`config`, `batch_line`) are not in the library; their fuzz targets
//! compile `src/cli/` in, and `tests/fuzz_corpus.rs` replays their corpora through the binary.

/// A library fuzz target: its directory name under `fuzz/corpus/` and its check.
pub struct Target {
    /// The name of the target, of its `fuzz/fuzz_targets/<name>.rs` and its corpus directory.
    pub name: &'static str,
    /// Runs the input and panics if an invariant does not hold.
    pub run: fn(&[u8]),
}

/// Every library fuzz target, by name.
pub const TARGETS: &[Target] = &[
    Target {
        name: "numeral",
        run: targets::numeral,
    },
    Target {
        name: "spelled_number",
        run: targets::spelled_number,
    },
    Target {
        name: "time",
        run: targets::time,
    },
    Target {
        name: "unit",
        run: targets::unit,
    },
    Target {
        name: "currency",
        run: targets::currency,
    },
    Target {
        name: "scale_word",
        run: targets::scale_word,
    },
    Target {
        name: "extract",
        run: targets::extract,
    },
    Target {
        name: "check",
        run: targets::check,
    },
    Target {
        name: "markdown",
        run: targets::markdown,
    },
];

/// The crate-private parsers, each reduced to "how many bytes did it consume".
pub mod parsers {
    use nom::IResult;

    use crate::parse::{numeral as num, time, words};
    use crate::tables::{currency as cur, number_words, units};

    /// The contract every parser shares. Returns the bytes consumed and the value.
    fn consumed<'a, T>(input: &'a str, result: IResult<&'a str, T>) -> Option<(usize, T)> {
        let (rest, value) = result.ok()?;
        assert!(
            rest.len() < input.len(),
            "a parser succeeded on nothing: {input:?}"
        );
        let n = input.len() - rest.len();
        assert!(
            input.is_char_boundary(n),
            "rest not on a char boundary: {input:?}"
        );
        assert!(
            std::ptr::eq(input[n..].as_ptr(), rest.as_ptr()),
            "rest is not a suffix of the input: {input:?}"
        );
        Some((n, value))
    }

    /// `crate::parse::numeral::numeral`.
    pub fn numeral(input: &str) -> Option<usize> {
        let (n, value) = consumed(input, num::numeral(input))?;
        assert!(
            usize::from(value.int_digits) <= n,
            "more digits than bytes: {input:?}"
        );
        Some(n)
    }

    /// `crate::parse::numeral::scale_abbreviation`, read as money or not.
    pub fn scale_abbreviation(input: &str, money: bool) -> Option<usize> {
        let (n, factor) = consumed(input, num::scale_abbreviation(input, money))?;
        assert!(
            factor > rust_decimal::Decimal::ONE,
            "scale {factor} for {input:?}"
        );
        Some(n)
    }

    /// `crate::parse::words::spelled_number`.
    pub fn spelled_number(input: &str) -> Option<usize> {
        consumed(input, words::spelled_number(input)).map(|(n, _)| n)
    }

    /// `crate::parse::time::date`.
    pub fn date(input: &str) -> Option<usize> {
        let (n, date) = consumed(input, time::date(input))?;
        assert!(
            (1..=12).contains(&date.month),
            "month {} in {input:?}",
            date.month
        );
        if let Some(day) = date.day {
            assert!((1..=31).contains(&day), "day {day} in {input:?}");
        }
        // Never panics, whatever the parts.
        let _ = (date.to_naive(), date.iso());
        Some(n)
    }

    /// `crate::parse::time::decade`.
    pub fn decade(input: &str) -> Option<usize> {
        let (n, year) = consumed(input, time::decade(input))?;
        assert_eq!(year % 10, 0, "decade {year} for {input:?}");
        Some(n)
    }

    /// `crate::parse::time::month`.
    pub fn month(input: &str) -> Option<usize> {
        let (n, month) = consumed(input, time::month(input))?;
        assert!((1..=12).contains(&month), "month {month} for {input:?}");
        Some(n)
    }

    /// `crate::parse::time::weekday`.
    pub fn weekday(input: &str) -> Option<usize> {
        consumed(input, time::weekday(input)).map(|(n, _)| n)
    }

    /// `crate::tables::units::unit_after_number`.
    pub fn unit_after_number(input: &str) -> Option<usize> {
        let (n, found) = consumed(input, units::unit_after_number(input))?;
        let unit = found.unit;
        assert!(!unit.code.is_empty(), "empty unit code for {input:?}");
        assert!(
            unit.factor > rust_decimal::Decimal::ZERO,
            "factor of {input:?}"
        );
        Some(n)
    }

    /// `crate::tables::currency::currency_before`.
    pub fn currency_before(input: &str) -> Option<usize> {
        let (n, unit) = consumed(input, cur::currency_before(input))?;
        assert_iso_4217(unit.code, input);
        Some(n)
    }

    /// `crate::tables::currency::currency_after`.
    pub fn currency_after(input: &str) -> Option<usize> {
        let (n, unit) = consumed(input, cur::currency_after(input))?;
        assert_iso_4217(unit.code, input);
        Some(n)
    }

    fn assert_iso_4217(code: &str, input: &str) {
        assert!(
            code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
            "currency code {code:?} for {input:?}"
        );
    }

    /// `crate::tables::number_words::scale_word`.
    pub fn scale_word(input: &str) -> Option<usize> {
        let (n, factor) = consumed(input, number_words::scale_word(input))?;
        assert!(
            factor > rust_decimal::Decimal::ZERO,
            "scale {factor} for {input:?}"
        );
        Some(n)
    }
}

/// The body of each library fuzz target. Each takes the raw fuzzer bytes, reads them as UTF-8
/// (lossily, so no input is wasted) and panics when an invariant breaks.
pub mod targets {
    use std::borrow::Cow;

    use chrono::NaiveDate;

    use super::parsers;
    use crate::{CheckOptions, Checker, Extraction, Format, Span, Value};

    fn text(data: &[u8]) -> Cow<'_, str> {
        String::from_utf8_lossy(data)
    }

    /// The numeral parser, then the scale abbreviations on what it leaves.
    pub fn numeral(data: &[u8]) {
        let s = text(data);
        if let Some(n) = parsers::numeral(&s) {
            parsers::scale_abbreviation(&s[n..], true);
            parsers::scale_abbreviation(&s[n..], false);
        }
    }

    /// The spelled-number parser.
    pub fn spelled_number(data: &[u8]) {
        parsers::spelled_number(&text(data));
    }

    /// Dates, decades, months and weekdays.
    pub fn time(data: &[u8]) {
        let s = text(data);
        parsers::date(&s);
        parsers::decade(&s);
        parsers::month(&s);
        parsers::weekday(&s);
    }

    /// The unit table.
    pub fn unit(data: &[u8]) {
        parsers::unit_after_number(&text(data));
    }

    /// Currencies before and after a number.
    pub fn currency(data: &[u8]) {
        let s = text(data);
        parsers::currency_before(&s);
        parsers::currency_after(&s);
    }

    /// Scale words.
    pub fn scale_word(data: &[u8]) {
        parsers::scale_word(&text(data));
    }

    /// Whole-text extraction: see [`assert_extraction`]; and the same result twice.
    pub fn extract(data: &[u8]) {
        let s = text(data);
        let found = crate::extract_all(&s);
        assert_extraction(&s, &s, &found);
        assert_eq!(found, crate::extract_all(&s), "not deterministic");
    }

    /// Whole-document checking, as plain text or (first byte odd) Markdown.
    pub fn check(data: &[u8]) {
        let format = match data.first() {
            Some(b) if b % 2 == 1 => Format::Markdown,
            _ => Format::Text,
        };
        let s = text(data);
        let options = CheckOptions {
            as_of: NaiveDate::from_ymd_opt(2025, 10, 28),
            format,
            ..CheckOptions::default()
        };
        let Ok(checker) = Checker::new(options) else {
            panic!("default options rejected");
        };
        let found = checker.check(&s);
        for d in &found {
            assert_span(&s, d.span, "diagnostic");
            for r in &d.related {
                assert_span(&s, r.span, "related");
            }
            let _ = crate::line_column(&s, d.span.start);
        }
        assert_eq!(found, checker.check(&s), "not deterministic");
    }

    /// The Markdown front end: same length, only blanking, newlines kept; figures found in
    /// the prose are spans of the original.
    pub fn markdown(data: &[u8]) {
        let s = text(data);
        let prose = crate::prose(&s, Format::Markdown);
        assert_eq!(prose.len(), s.len(), "length changed");
        for (i, (&a, &b)) in s.as_bytes().iter().zip(prose.as_bytes()).enumerate() {
            assert!(
                a == b || b == b' ',
                "byte {i} changed from {a:#x} to {b:#x} rather than blanked"
            );
            assert!(a != b'\n' || b == b'\n', "newline at {i} blanked");
        }
        assert_eq!(
            prose,
            crate::prose(&s, Format::Markdown),
            "not deterministic"
        );
        assert_extraction(&s, &prose, &crate::extract_all(&prose));
    }

    /// What every extraction must satisfy. `found` was extracted from `searched`, which has
    /// the length of `original` (the prose of a Markdown document, or the text itself);
    /// every span must also be a span of `original`.
    pub fn assert_extraction(original: &str, searched: &str, found: &Extraction) {
        assert_eq!(original.len(), searched.len());
        let mut previous_end = 0;
        for (i, q) in found.quantities.iter().enumerate() {
            for t in [original, searched] {
                assert_span(t, q.span, "quantity");
                assert_span(t, q.number_span, "number");
                assert_span(t, q.sentence, "sentence");
                if let Some(noun) = q.noun_span {
                    assert_span(t, noun, "noun");
                }
            }
            // A noun span always reads as a noun, and it is lower-case.
            if let Some(noun) = q.noun(searched) {
                assert!(!noun.is_empty(), "empty noun: {q:?}");
                assert_eq!(noun, noun.to_lowercase(), "noun not lower-cased: {q:?}");
            } else {
                assert!(q.noun_span.is_none(), "noun span reads as no noun: {q:?}");
            }
            assert!(!q.span.is_empty(), "empty quantity {i}: {q:?}");
            assert_eq!(q.text(searched), &searched[q.span.start..q.span.end]);
            assert!(
                q.span.start <= q.number_span.start && q.number_span.end <= q.span.end,
                "number span outside the quantity: {q:?}"
            );
            assert!(
                q.sentence.overlaps(&q.span),
                "quantity outside its sentence: {q:?}"
            );
            assert!(
                q.span.start >= previous_end,
                "quantity {i} overlaps or precedes the one before: {q:?}"
            );
            previous_end = q.span.end;
            if let Value::Date(d) = q.value {
                assert!((1..=12).contains(&d.month), "month {} in {q:?}", d.month);
            }
            // Arithmetic on any extracted value is checked, never a panic.
            let _ = (q.value.midpoint(), q.si_value());
        }
        for r in &found.relations {
            let crate::Relation::Change { from, to, verb, .. } = *r;
            let n = found.quantities.len();
            assert!(
                from < n && to < n && from != to,
                "relation {r:?} with {n} quantities"
            );
            assert_span(searched, verb, "verb");
        }
        let mut previous_end = 0;
        for &sentence in &found.sentences {
            assert_span(searched, sentence, "sentence");
            assert!(
                sentence.start >= previous_end,
                "sentences overlap: {sentence:?}"
            );
            previous_end = sentence.end;
        }
    }

    /// `span` lies inside `text` on char boundaries.
    pub fn assert_span(text: &str, span: Span, what: &str) {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{what} span {span:?} outside the text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what} span {span:?} not on char boundaries"
        );
    }
}
