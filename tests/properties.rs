//! Property tests: no text breaks extraction or checking, and a figure written in any
//! supported style is read back with exactly its value and unit.
//!
//! The invariants themselves (spans inside the text and on char boundaries, surface text,
//! number span inside the figure, ordered figures, deterministic output) are those of the
//! fuzz targets, in `numcheck::fuzzing::targets`, so the fuzzers and these tests cannot drift.

use numcheck::fuzzing::targets;
use numcheck::{Decimal, Kind, Value};
use proptest::prelude::*;
use proptest::sample::select;

// --- Invariants over arbitrary and adversarial text ------------------------------------

/// Any `char` at all, controls, NUL, surrogates' neighbours and unassigned code points included.
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter)
}

/// Pieces of text that lead the parsers as far as possible, mixed with hostile ones.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "7",
    "12",
    "2025",
    "1970s",
    "'80s",
    "\u{2019}90s",
    "16,000",
    "1,2,3,,4",
    "1.5",
    "2.0.1",
    "3/4",
    "9/11",
    "1e10",
    "3\u{bd}",
    "\u{be}",
    "\u{2212}",
    "-",
    "~",
    "$",
    "US$",
    "\u{20ac}",
    "\u{a3}",
    "\u{a5}",
    "\u{20b9}",
    "%",
    "bn",
    "m",
    "k",
    "million",
    "billion",
    "thousand",
    "hundred",
    "trillion",
    "dozen",
    "dozens",
    "half",
    "a",
    "third",
    "two-thirds",
    "one in five",
    "seventy-five",
    "and",
    "to",
    "between",
    "from",
    "fell",
    "rose",
    "up from",
    "about",
    "more than",
    "at least",
    "up to",
    "percent",
    "per cent",
    "percentage points",
    "bp",
    "feet",
    "km",
    "km/h",
    "\u{b0}C",
    "square",
    "kilometres",
    "tons",
    "year-old",
    "Oct.",
    "October",
    "Tuesday,",
    "May",
    "No.",
    "11th",
    "ago",
    "F-35",
    "COVID-19",
    "Section",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2014}",
    "\n",
    "\n\n",
    "\t",
    "\0",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\u{200b}",
    "\u{200f}",
    "\u{202e}",
    "\u{301}",
    "\u{308}",
    "e\u{301}",
    "S\u{e3}o Paulo",
    "Z\u{fc}rich",
    "Nguy\u{1ec5}n",
    "\u{645}\u{644}\u{64a}\u{648}\u{646}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{661}\u{662}\u{663}",
    "\u{4e07}",
    "\u{5104}",
    "\u{ff11}\u{ff12}",
    "\u{1d7d9}",
    "\u{1f600}",
    "\u{fffd}",
    "#",
    "*",
    "`",
    "```",
    "---",
    "+++",
    "<!--",
    "-->",
    "[",
    "](",
    "<",
    ">",
    "|",
    "\\",
];

/// Tokens glued together or separated by one of a few separators.
fn adversarial_text() -> impl Strategy<Value = String> {
    let piece = (
        select(TOKENS),
        select(&["", "", " ", " ", ",", "-", ".", "\u{a0}"][..]),
    );
    prop::collection::vec(piece, 0..120).prop_map(|pieces| {
        pieces
            .into_iter()
            .fold(String::new(), |mut s, (token, sep)| {
                s.push_str(token);
                s.push_str(sep);
                s
            })
    })
}

/// The named shapes: long digit runs, separators everywhere, stacked scale words, bound pairs
/// back to back (each merges into a range).
fn shaped_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,3000}",
        "([0-9]{1,4}[,. \u{a0}\u{202f}/-]{1,2}){1,300}",
        "(\\$|\u{20ac})?[0-9]{1,3}( ?(million|billion|thousand|hundred|trillion|bn|m|k)){1,60}",
        "((one|two|seventy|ninety-nine|a|half|hundred|thousand|million|billion|dozen|and)[ -]){1,150}",
        "[\u{600}-\u{6ff}\u{590}-\u{5ff}0-9 ,.%\u{200f}\u{202b}\u{202c}]{0,300}",
        "([a-z0-9][\u{300}-\u{36f}]{0,4}){0,200}",
        "[0-9\0 ,.$%]{0,400}",
        "((more than|at least|over|about) [0-9]{1,4} (and|to) (less than|at most|under) [0-9]{1,4}( percent)?[,.;]? ){1,80}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn extraction_holds_its_invariants_on_any_text(text in any_text()) {
        targets::extract(text.as_bytes());
    }

    #[test]
    fn extraction_holds_its_invariants_on_adversarial_text(text in adversarial_text()) {
        targets::extract(text.as_bytes());
    }

    #[test]
    fn extraction_holds_its_invariants_on_shaped_text(text in shaped_text()) {
        targets::extract(text.as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn checking_holds_its_invariants(text in prop_oneof![any_text(), adversarial_text()]) {
        targets::check(format!("\0{text}").as_bytes()); // as plain text
        targets::check(format!("\u{1}{text}").as_bytes()); // as Markdown
    }

    #[test]
    fn markdown_front_end_only_blanks(text in prop_oneof![any_text(), adversarial_text()]) {
        targets::markdown(text.as_bytes());
    }
}

// --- Round trips: a figure as written is read back exactly -------------------------------

/// A figure as written, with what extraction must read from it.
#[derive(Clone, Debug)]
struct Written {
    text: String,
    kind: Kind,
    value: Decimal,
    unit: Option<&'static str>,
}

fn written(text: String, kind: Kind, value: Decimal, unit: Option<&'static str>) -> Written {
    Written {
        text,
        kind,
        value,
        unit,
    }
}

/// `1234567` as `1,234,567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// 1..=999 in words, with the British `and` or without.
fn words_below_1000(n: u64, and: bool) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let tail = match rest {
        0 => String::new(),
        1..=19 => ONES[rest as usize].to_string(),
        _ if rest % 10 == 0 => TENS[(rest / 10) as usize].to_string(),
        _ => format!(
            "{}-{}",
            TENS[(rest / 10) as usize],
            ONES[(rest % 10) as usize]
        ),
    };
    match (hundreds, tail.is_empty()) {
        (0, _) => tail,
        (h, true) => format!("{} hundred", ONES[h as usize]),
        (h, false) if and => format!("{} hundred and {tail}", ONES[h as usize]),
        (h, false) => format!("{} hundred {tail}", ONES[h as usize]),
    }
}

/// 2..=999,999 in words: `seventy-five`, `three hundred and forty-two thousand six`.
fn words(n: u64, and: bool) -> String {
    let (thousands, rest) = (n / 1000, n % 1000);
    match (thousands, rest) {
        (0, r) => words_below_1000(r, and),
        (t, 0) => format!("{} thousand", words_below_1000(t, and)),
        (t, r) => format!(
            "{} thousand {}",
            words_below_1000(t, and),
            words_below_1000(r, and)
        ),
    }
}

/// A decimal with 0 to 2 fraction digits, as text and value: `4.2`, `17`, `0.75`.
fn mantissa() -> impl Strategy<Value = (String, Decimal)> {
    (1u32..1000, 0u32..3, 0u32..100).prop_map(|(int, places, frac)| {
        let text = match places {
            0 => int.to_string(),
            1 => format!("{int}.{}", frac % 10),
            _ => format!("{int}.{frac:02}"),
        };
        let value = text.parse::<Decimal>().expect("a decimal");
        (text, value)
    })
}

const SCALES: [(&str, u64); 4] = [
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
];

fn plain() -> impl Strategy<Value = Written> {
    // 1000..=2999 alone reads as a year.
    prop_oneof![0u64..1000, 3000u64..10_000_000_000_000]
        .prop_map(|n| written(n.to_string(), Kind::Count, n.into(), None))
}

fn grouped_count() -> impl Strategy<Value = Written> {
    (1000u64..1_000_000_000_000_000).prop_map(|n| written(grouped(n), Kind::Count, n.into(), None))
}

fn decimal() -> impl Strategy<Value = Written> {
    (0u32..100_000, 1u32..5, 0u32..10_000).prop_map(|(int, places, frac)| {
        let frac = format!("{frac:04}");
        let text = format!("{int}.{}", &frac[..places as usize]);
        let value = text.parse().expect("a decimal");
        written(text, Kind::Count, value, None)
    })
}

fn scaled_count() -> impl Strategy<Value = Written> {
    (mantissa(), select(&SCALES[..])).prop_map(|((m, v), (word, scale))| {
        written(
            format!("{m} {word}"),
            Kind::Count,
            v * Decimal::from(scale),
            None,
        )
    })
}

fn money() -> impl Strategy<Value = Written> {
    let symbols = [("$", "USD"), ("\u{20ac}", "EUR"), ("\u{a3}", "GBP")];
    let scales = [
        (" million", 1_000_000u64),
        (" billion", 1_000_000_000),
        ("m", 1_000_000),
        ("bn", 1_000_000_000),
        ("", 1),
    ];
    (
        mantissa(),
        select(symbols.to_vec()),
        select(scales.to_vec()),
    )
        .prop_map(|((m, v), (symbol, code), (scale, factor))| {
            let text = format!("{symbol}{m}{scale}");
            written(text, Kind::Money, v * Decimal::from(factor), Some(code))
        })
}

fn percent() -> impl Strategy<Value = Written> {
    let forms = ["%", " percent", " per cent"];
    (mantissa(), select(forms.to_vec()))
        .prop_map(|((m, v), form)| written(format!("{m}{form}"), Kind::Percent, v, Some("%")))
}

fn spelled() -> impl Strategy<Value = Written> {
    (2u64..1_000_000, any::<bool>())
        .prop_map(|(n, and)| written(words(n, and), Kind::Count, n.into(), None))
}

fn measure() -> impl Strategy<Value = Written> {
    let units = [
        (" feet", "ft"),
        (" km", "km"),
        (" kilometres", "km"),
        (" kilometers", "km"),
        (" miles", "mi"),
        (" kilograms", "kg"),
        (" tonnes", "t"),
    ];
    (
        prop_oneof![3u64..1000, 3000u64..10_000_000],
        any::<bool>(),
        select(units.to_vec()),
    )
        .prop_map(|(n, group, (word, code))| {
            let number = if group { grouped(n) } else { n.to_string() };
            written(
                format!("{number}{word}"),
                Kind::Measure,
                n.into(),
                Some(code),
            )
        })
}

/// `figure` embedded in a neutral sentence is extracted alone, whole, with its value and unit.
fn assert_round_trip(figure: &Written) -> Result<(), TestCaseError> {
    let text = format!("The figure was {}, officials said.", figure.text);
    let start = "The figure was ".len();
    let found = numcheck::extract(&text);
    prop_assert_eq!(found.len(), 1, "{:?} in {:?}", found, text);
    let q = &found[0];
    prop_assert_eq!(q.text(&text), figure.text.as_str());
    prop_assert_eq!(q.span.start, start);
    prop_assert_eq!(q.kind, figure.kind, "{:?}", q);
    prop_assert_eq!(q.value, Value::Number(figure.value), "{:?}", q);
    prop_assert_eq!(q.unit.map(|u| u.code), figure.unit, "{:?}", q);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn plain_integers_round_trip(figure in plain()) { assert_round_trip(&figure)?; }

    #[test]
    fn grouped_integers_round_trip(figure in grouped_count()) { assert_round_trip(&figure)?; }

    #[test]
    fn decimals_round_trip(figure in decimal()) { assert_round_trip(&figure)?; }

    #[test]
    fn scale_words_round_trip(figure in scaled_count()) { assert_round_trip(&figure)?; }

    #[test]
    fn money_round_trips(figure in money()) { assert_round_trip(&figure)?; }

    #[test]
    fn percents_round_trip(figure in percent()) { assert_round_trip(&figure)?; }

    #[test]
    fn spelled_numbers_round_trip(figure in spelled()) { assert_round_trip(&figure)?; }

    #[test]
    fn measures_round_trip(figure in measure()) { assert_round_trip(&figure)?; }
}

#[test]
fn number_words_helper_spells_as_newspapers_do() {
    assert_eq!(words(75, false), "seventy-five");
    assert_eq!(
        words(342_006, true),
        "three hundred and forty-two thousand six"
    );
    assert_eq!(words(1000, false), "one thousand");
    assert_eq!(grouped(1_234_567), "1,234,567");
}
