//! The one table of spelled-out number words: units, tens, `hundred`, scale words, ordinals,
//! fraction denominators and the vague plurals (`hundreds`, `dozens`).
//!
//! Lookups are ASCII case-insensitive and never allocate: one hash lookup in a
//! [`super::WordIndex`] built over [`NUMBER_WORDS`] on first use.

use nom::IResult;
use rust_decimal::Decimal;

use crate::parse::{at_word_end, fail, space0, space1};

/// Which slot of a spelled number a word fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// `zero` to `nineteen` (also `nought`, `naught`), `first` to `nineteenth`, `thirds`,
    /// and the vague `tens` (value 10).
    Unit,
    /// `twenty` to `ninety`, `twentieth` to `ninetieth`.
    Ten,
    /// `hundred`, `hundredth`, `hundreds`.
    Hundred,
    /// `thousand` (10^3), `lakh` (10^5), `million`, `crore` (10^7), `billion`, `trillion`,
    /// with their ordinals and plurals.
    Scale,
    /// A counting group: `dozen`/`doz` (12), and the vague `scores` (20).
    Dozen,
    /// `half`/`halves` (2) and `quarter`/`quarters` (4): fraction denominators only.
    Part,
}

/// The grammatical form of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Inflection {
    /// `five`, `hundred`, `million`, `dozen`.
    Cardinal,
    /// `hundreds`, `millions`, `dozens`, `tens`, `scores`: vague amounts (or a multiplier
    /// after a numeral: `five dozens`).
    Plural,
    /// `fifth`, `twentieth`, `hundredth`, and the singular denominators `half`, `quarter`.
    Ordinal,
    /// `fifths`, `twentieths`, `hundredths`, `halves`, `quarters`: plural denominators.
    /// `firsts` and `seconds` are not in the table.
    OrdinalPlural,
}

/// One entry of [`NUMBER_WORDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NumberWord {
    /// The number the word stands for: 5 for `five`, `fifth` and `fifths`; 1000000 for
    /// `million`; 2 for `half`; 12 for `dozen`.
    pub value: u64,
    /// Its slot.
    pub place: Place,
    /// Its form.
    pub inflection: Inflection,
}

impl NumberWord {
    /// True for a singular scale word: thousand, million, billion, trillion, lakh, crore.
    pub(crate) const fn is_scale(&self) -> bool {
        matches!(self.place, Place::Scale) && matches!(self.inflection, Inflection::Cardinal)
    }
}

const fn e(
    word: &'static str,
    value: u64,
    place: Place,
    inflection: Inflection,
) -> (&'static str, NumberWord) {
    (
        word,
        NumberWord {
            value,
            place,
            inflection,
        },
    )
}

use Inflection::{Cardinal, Ordinal, OrdinalPlural, Plural};
use Place::{Dozen, Hundred, Part, Scale, Ten, Unit};

/// Every number word, lower-case, sorted by bytes to keep it readable (a test checks the order).
pub(crate) static NUMBER_WORDS: &[(&str, NumberWord)] = NUMBER_WORD_DATA;

/// [`NUMBER_WORDS`] at compile time, for tables built from it.
pub(super) const NUMBER_WORD_DATA: &[(&str, NumberWord)] = &[
    e("billion", 1_000_000_000, Scale, Cardinal),
    e("billions", 1_000_000_000, Scale, Plural),
    e("billionth", 1_000_000_000, Scale, Ordinal),
    e("billionths", 1_000_000_000, Scale, OrdinalPlural),
    e("crore", 10_000_000, Scale, Cardinal),
    e("crores", 10_000_000, Scale, Plural),
    e("doz", 12, Dozen, Cardinal),
    e("dozen", 12, Dozen, Cardinal),
    e("dozens", 12, Dozen, Plural),
    e("dozs", 12, Dozen, Plural),
    e("eight", 8, Unit, Cardinal),
    e("eighteen", 18, Unit, Cardinal),
    e("eighteenth", 18, Unit, Ordinal),
    e("eighteenths", 18, Unit, OrdinalPlural),
    e("eighth", 8, Unit, Ordinal),
    e("eighths", 8, Unit, OrdinalPlural),
    e("eightieth", 80, Ten, Ordinal),
    e("eightieths", 80, Ten, OrdinalPlural),
    e("eighty", 80, Ten, Cardinal),
    e("eleven", 11, Unit, Cardinal),
    e("eleventh", 11, Unit, Ordinal),
    e("elevenths", 11, Unit, OrdinalPlural),
    e("fifteen", 15, Unit, Cardinal),
    e("fifteenth", 15, Unit, Ordinal),
    e("fifteenths", 15, Unit, OrdinalPlural),
    e("fifth", 5, Unit, Ordinal),
    e("fifths", 5, Unit, OrdinalPlural),
    e("fiftieth", 50, Ten, Ordinal),
    e("fiftieths", 50, Ten, OrdinalPlural),
    e("fifty", 50, Ten, Cardinal),
    e("first", 1, Unit, Ordinal),
    e("five", 5, Unit, Cardinal),
    e("fortieth", 40, Ten, Ordinal),
    e("fortieths", 40, Ten, OrdinalPlural),
    e("forty", 40, Ten, Cardinal),
    e("four", 4, Unit, Cardinal),
    e("fourteen", 14, Unit, Cardinal),
    e("fourteenth", 14, Unit, Ordinal),
    e("fourteenths", 14, Unit, OrdinalPlural),
    e("fourth", 4, Unit, Ordinal),
    e("fourths", 4, Unit, OrdinalPlural),
    e("half", 2, Part, Ordinal),
    e("halves", 2, Part, OrdinalPlural),
    e("hundred", 100, Hundred, Cardinal),
    e("hundreds", 100, Hundred, Plural),
    e("hundredth", 100, Hundred, Ordinal),
    e("hundredths", 100, Hundred, OrdinalPlural),
    e("lakh", 100_000, Scale, Cardinal),
    e("lakhs", 100_000, Scale, Plural),
    e("million", 1_000_000, Scale, Cardinal),
    e("millions", 1_000_000, Scale, Plural),
    e("millionth", 1_000_000, Scale, Ordinal),
    e("millionths", 1_000_000, Scale, OrdinalPlural),
    e("naught", 0, Unit, Cardinal),
    e("nine", 9, Unit, Cardinal),
    e("nineteen", 19, Unit, Cardinal),
    e("nineteenth", 19, Unit, Ordinal),
    e("nineteenths", 19, Unit, OrdinalPlural),
    e("ninetieth", 90, Ten, Ordinal),
    e("ninetieths", 90, Ten, OrdinalPlural),
    e("ninety", 90, Ten, Cardinal),
    e("ninth", 9, Unit, Ordinal),
    e("ninths", 9, Unit, OrdinalPlural),
    e("nought", 0, Unit, Cardinal),
    e("one", 1, Unit, Cardinal),
    e("quarter", 4, Part, Ordinal),
    e("quarters", 4, Part, OrdinalPlural),
    e("scores", 20, Dozen, Plural),
    e("second", 2, Unit, Ordinal),
    e("seven", 7, Unit, Cardinal),
    e("seventeen", 17, Unit, Cardinal),
    e("seventeenth", 17, Unit, Ordinal),
    e("seventeenths", 17, Unit, OrdinalPlural),
    e("seventh", 7, Unit, Ordinal),
    e("sevenths", 7, Unit, OrdinalPlural),
    e("seventieth", 70, Ten, Ordinal),
    e("seventieths", 70, Ten, OrdinalPlural),
    e("seventy", 70, Ten, Cardinal),
    e("six", 6, Unit, Cardinal),
    e("sixteen", 16, Unit, Cardinal),
    e("sixteenth", 16, Unit, Ordinal),
    e("sixteenths", 16, Unit, OrdinalPlural),
    e("sixth", 6, Unit, Ordinal),
    e("sixths", 6, Unit, OrdinalPlural),
    e("sixtieth", 60, Ten, Ordinal),
    e("sixtieths", 60, Ten, OrdinalPlural),
    e("sixty", 60, Ten, Cardinal),
    e("ten", 10, Unit, Cardinal),
    e("tens", 10, Unit, Plural),
    e("tenth", 10, Unit, Ordinal),
    e("tenths", 10, Unit, OrdinalPlural),
    e("third", 3, Unit, Ordinal),
    e("thirds", 3, Unit, OrdinalPlural),
    e("thirteen", 13, Unit, Cardinal),
    e("thirteenth", 13, Unit, Ordinal),
    e("thirteenths", 13, Unit, OrdinalPlural),
    e("thirtieth", 30, Ten, Ordinal),
    e("thirtieths", 30, Ten, OrdinalPlural),
    e("thirty", 30, Ten, Cardinal),
    e("thousand", 1_000, Scale, Cardinal),
    e("thousands", 1_000, Scale, Plural),
    e("thousandth", 1_000, Scale, Ordinal),
    e("thousandths", 1_000, Scale, OrdinalPlural),
    e("three", 3, Unit, Cardinal),
    e("trillion", 1_000_000_000_000, Scale, Cardinal),
    e("trillions", 1_000_000_000_000, Scale, Plural),
    e("trillionth", 1_000_000_000_000, Scale, Ordinal),
    e("trillionths", 1_000_000_000_000, Scale, OrdinalPlural),
    e("twelfth", 12, Unit, Ordinal),
    e("twelfths", 12, Unit, OrdinalPlural),
    e("twelve", 12, Unit, Cardinal),
    e("twentieth", 20, Ten, Ordinal),
    e("twentieths", 20, Ten, OrdinalPlural),
    e("twenty", 20, Ten, Cardinal),
    e("two", 2, Unit, Cardinal),
    e("zero", 0, Unit, Cardinal),
];

/// Length of the longest word in [`NUMBER_WORDS`] (`seventeenths`).
const MAX_WORD_LEN: usize = 12;

/// The entry for `word` (the whole word, ASCII case-insensitive), or `None`.
pub(crate) fn lookup(word: &str) -> Option<NumberWord> {
    static INDEX: std::sync::OnceLock<super::WordIndex> = std::sync::OnceLock::new();
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD_LEN {
        return None;
    }
    INDEX
        .get_or_init(|| super::WordIndex::new(NUMBER_WORDS.iter().map(|(w, _)| *w)))
        .find(bytes)
        .map(|i| NUMBER_WORDS[i].1)
}

/// The run of ASCII letters at the start of `input` and the rest after it, when the run is
/// non-empty and is a whole word ([`at_word_end`] holds on the rest: `fünf`, `five5` fail).
pub(crate) fn ascii_word(input: &str) -> Option<(&str, &str)> {
    let n = crate::parse::runs::leading_letters(input.as_bytes());
    if n == 0 {
        return None;
    }
    // `n` is at an ASCII byte or the end, so both slices are on char boundaries.
    let (word, rest) = input.split_at(n);
    at_word_end(rest).then_some((word, rest))
}

/// The number word at the start of `input` (no leading spaces), as a whole word, and the rest.
pub(crate) fn number_word_at(input: &str) -> Option<(NumberWord, &str)> {
    let (word, rest) = ascii_word(input)?;
    Some((lookup(word)?, rest))
}

/// A singular scale word at the start of `input` (no leading spaces) and the rest.
///
/// A chain of rising scale words separated by inline spaces multiplies: `lakh crore`
/// (10^12), `thousand crore` (10^10), `thousand million` (10^9). A chain stops before a word
/// that does not rise or that would overflow.
pub(crate) fn scale_at(input: &str) -> Option<(Decimal, &str)> {
    let (first, mut rest) = singular_scale_at(input)?;
    let mut multiplier = Decimal::from(first);
    let mut last = first;
    while let Ok((after, _)) = space1(rest) {
        let Some((next, after_word)) = singular_scale_at(after) else {
            break;
        };
        if next <= last {
            break;
        }
        let Some(m) = multiplier.checked_mul(Decimal::from(next)) else {
            break;
        };
        multiplier = m;
        last = next;
        rest = after_word;
    }
    Some((multiplier, rest))
}

/// The singular scale words of [`NUMBER_WORDS`] ([`NumberWord::is_scale`]), each as its
/// lowercased bytes packed like [`super::input_head`] (all are at most 8 bytes), with its
/// value. Built at compile time.
const SCALES: [(u64, u64); 6] = {
    let mut out = [(0, 0); 6];
    let (mut i, mut n) = (0, 0);
    while i < NUMBER_WORD_DATA.len() {
        let (word, w) = NUMBER_WORD_DATA[i];
        if w.is_scale() {
            assert!(word.len() <= 8);
            out[n] = (super::prefix_key(word).0, w.value);
            n += 1;
        }
        i += 1;
    }
    assert!(n == out.len());
    out
};

/// [`number_word_at`] for a singular scale word only: its value and the rest. Most words
/// after a number are no scale (`45 people`), and eight packed bytes compared with six keys
/// say so without the hash lookup.
fn singular_scale_at(input: &str) -> Option<(u64, &str)> {
    let bytes = input.as_bytes();
    // The word's first eight bytes, zero-padded: letters are never zero bytes, so the
    // padding makes the length part of the key.
    let head = super::input_head(bytes);
    let n = super::leading_letters_in(head);
    // No word, or one of more than eight letters: no scale.
    if n == 0 || n == 8 && bytes.get(8).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let key = super::lowercase(head) & (u64::MAX >> (64 - 8 * n));
    let &(_, value) = SCALES.iter().find(|&&(k, _)| k == key)?;
    let rest = input.get(n..)?;
    at_word_end(rest).then_some((value, rest))
}

/// A scale word at the start of input (after optional inline spaces), whole word, case-insensitive:
/// thousand, million, billion, trillion, lakh, crore (singular only; "millions of" is NOT a scale).
/// Returns the rest and the multiplier.
///
/// Rising chains multiply (see [`scale_at`]): `1.5 lakh crore` gives 10^12.
pub(crate) fn scale_word(input: &str) -> IResult<&str, Decimal> {
    let (after_spaces, _) = space0(input)?;
    match scale_at(after_spaces) {
        Some((multiplier, rest)) => Ok((rest, multiplier)),
        None => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    /// What [`singular_scale_at`] must give: the table's reading of the word.
    fn singular_scale_reference(input: &str) -> Option<(u64, &str)> {
        let (w, rest) = number_word_at(input)?;
        w.is_scale().then_some((w.value, rest))
    }

    #[test]
    fn singular_scales_agree_with_the_table_on_every_word() {
        for (w, _) in NUMBER_WORDS {
            let upper = w.to_ascii_uppercase();
            let capital = format!("{}{}", &upper[..1], &w[1..]);
            for word in [w.to_string(), upper, capital] {
                for tail in ["", " people", "s", "-fold", "5", "é", ".", "\u{2019}s"] {
                    let input = format!("{word}{tail}");
                    assert_eq!(
                        singular_scale_at(&input),
                        singular_scale_reference(&input),
                        "{input}"
                    );
                }
            }
        }
        assert_eq!(singular_scale_at("Million "), Some((1_000_000, " ")));
        assert_eq!(singular_scale_at("millio"), None);
        assert_eq!(singular_scale_at("thousands"), None);
    }

    proptest! {
        #[test]
        fn singular_scales_agree_with_the_table(s in "[a-zA-Z]{0,10}[ 5é-]?[a-z]{0,3}") {
            prop_assert_eq!(singular_scale_at(&s), singular_scale_reference(&s));
        }
    }

    #[test]
    fn table_is_sorted_unique_lowercase_and_every_word_is_found() {
        for pair in NUMBER_WORDS.windows(2) {
            assert!(
                pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                "{} !< {}",
                pair[0].0,
                pair[1].0
            );
        }
        for (w, _) in NUMBER_WORDS {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            assert!(w.len() <= MAX_WORD_LEN, "{w}");
            assert_eq!(
                lookup(w).map(|e| e.value),
                NUMBER_WORDS
                    .iter()
                    .find(|(x, _)| x == w)
                    .map(|(_, e)| e.value)
            );
        }
    }

    #[test]
    fn lookup_entries() {
        let five = lookup("Five").unwrap();
        assert_eq!(
            (five.value, five.place, five.inflection),
            (5, Unit, Cardinal)
        );
        assert_eq!(lookup("NOUGHT").unwrap().value, 0);
        assert_eq!(lookup("naught").unwrap().value, 0);
        assert_eq!(lookup("ninety").unwrap().place, Ten);
        let fifths = lookup("fifths").unwrap();
        assert_eq!((fifths.value, fifths.inflection), (5, OrdinalPlural));
        assert_eq!(lookup("twenty").unwrap().value, 20);
        assert_eq!(lookup("twentieths").unwrap().inflection, OrdinalPlural);
        assert_eq!(lookup("Trillionth").unwrap().value, 1_000_000_000_000);
        assert_eq!(lookup("lakh").unwrap().value, 100_000);
        assert_eq!(lookup("crore").unwrap().value, 10_000_000);
        assert_eq!(lookup("millions").unwrap().inflection, Plural);
        assert_eq!(lookup("halves").unwrap().value, 2);
        assert_eq!(lookup("quarter").unwrap().place, Part);
        assert_eq!(lookup("fourths").unwrap().value, 4);
        assert_eq!(lookup("dozen").unwrap().place, Dozen);
        assert_eq!(lookup("hundredth").unwrap().place, Hundred);
        for missing in [
            "",
            "seconds",
            "firsts",
            "someone",
            "often",
            "none",
            "an",
            "a",
            "twenties",
            "seventeenthss",
        ] {
            assert_eq!(lookup(missing), None, "{missing}");
        }
    }

    #[test]
    fn ascii_word_is_whole_word() {
        assert_eq!(ascii_word("five-two"), Some(("five", "-two")));
        assert_eq!(ascii_word("five"), Some(("five", "")));
        assert_eq!(ascii_word("five5"), None);
        assert_eq!(ascii_word("fünf"), None);
        assert_eq!(ascii_word(" five"), None);
        assert_eq!(ascii_word(""), None);
    }

    #[test]
    fn scale_words() {
        assert_eq!(
            scale_word(" million vehicles"),
            Ok((" vehicles", dec!(1000000)))
        );
        assert_eq!(scale_word("\u{a0}Billion"), Ok(("", dec!(1000000000))));
        assert_eq!(scale_word("thousand"), Ok(("", dec!(1000))));
        assert_eq!(scale_word("trillion."), Ok((".", dec!(1000000000000))));
        assert_eq!(scale_word(" lakh people"), Ok((" people", dec!(100000))));
        assert_eq!(scale_word(" crore"), Ok(("", dec!(10000000))));
        assert_eq!(
            scale_word(" lakh crore rupees"),
            Ok((" rupees", dec!(1000000000000)))
        );
        assert_eq!(scale_word(" thousand million"), Ok(("", dec!(1000000000))));
        assert_eq!(
            scale_word(" million thousand"),
            Ok((" thousand", dec!(1000000)))
        );
        assert_eq!(
            scale_word(" million-strong"),
            Ok(("-strong", dec!(1000000)))
        );
        assert!(scale_word(" millions of").is_err());
        assert!(scale_word(" millionaire").is_err());
        assert!(scale_word(" hundred").is_err());
        assert!(scale_word("").is_err());
        assert!(scale_word("\nmillion").is_err());
        // Overflowing chains stop before the word that overflows.
        let (rest, m) = scale_word("thousand lakh million crore billion trillion").unwrap();
        assert_eq!(m, dec!(1000000000000000000000));
        assert_eq!(rest, " billion trillion");
    }
}
