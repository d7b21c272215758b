use super::diagnostic;
use crate::check::document::{Document, first_letters};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{PhraseSet, WordSet, skip_spaces_back, word_after, word_before};
use crate::quantity::{Kind, Quantity};

declare_rule! {
    /// A measurement is given as a bare number, with no unit.
    ///
    /// ## What it does
    /// Flags a plain number with nothing counted in a context that asks for a unit: after "a
    /// depth of", "a height of", "weighs" and the like ("a depth of 18,000 off the coast"), or
    /// before "long", "wide", "tall", "high", "deep" or "thick" after a verb such as "is" or
    /// "stands" ("the new span is 1,200 long").
    ///
    /// ## Why is this bad?
    /// 18,000 feet and 18,000 metres differ threefold; without the unit the figure cannot be
    /// checked or compared, and the dropped word is usually an editing slip.
    ///
    /// ## Example that fires
    /// "The wreck lies at a depth of 18,000 off the coast, a survey found."
    ///
    /// ## Example that must not fire
    /// "The new span is 1,200 meters long and employs 1,200 workers; the oldest is 20 years old."
    MissingUnit, id = "missing-unit", severity = Warning
}

/// Phrases right before a figure that ask for a unit.
#[rustfmt::skip]
const MEASURE_PHRASES: &[&str] = &[
    "depth of", "height of", "length of", "altitude of", "distance of", "width of", "area of",
    "weight of", "temperature of", "temperatures of", "speed of", "speeds of", "elevation of",
    "diameter of", "radius of", "thickness of", "wingspan of", "volume of", "depths of",
    "heights of", "altitudes of", "distances of", "weighs", "weighing", "weighed", "weigh",
];

/// [`MEASURE_PHRASES`], looked up.
static MEASURE_BEFORE: PhraseSet = PhraseSet::new(MEASURE_PHRASES);

/// For each letter, a bit per letter (`a` = bit 0) that comes before it at the end of one of
/// [`MEASURE_PHRASES`] ("of": `o` before `f`): a phrase ends the text before a figure only if
/// its last two letters do, and most figures follow other words.
const MEASURE_ENDINGS: [u32; 26] = {
    let mut table = [0; 26];
    let mut k = 0;
    while k < MEASURE_PHRASES.len() {
        let phrase = MEASURE_PHRASES[k].as_bytes();
        let (before, last) = (phrase[phrase.len() - 2], phrase[phrase.len() - 1]);
        table[(last - b'a') as usize] |= 1 << (before - b'a');
        k += 1;
    }
    table
};

/// True when `head` ends with the last two letters (any case) of a measure phrase.
fn may_end_measure(head: &[u8]) -> bool {
    let [.., before, last] = head else {
        return false;
    };
    let (before, last) = (before.to_ascii_lowercase(), last.to_ascii_lowercase());
    before.is_ascii_lowercase()
        && last.is_ascii_lowercase()
        && MEASURE_ENDINGS[usize::from(last - b'a')] >> (before - b'a') & 1 != 0
}

/// Adjectives right after a figure that ask for a unit ("1,200 long").
const MEASURE_WORDS: &[&str] = &["long", "wide", "tall", "high", "deep", "thick", "away"];

/// [`MEASURE_WORDS`], looked up.
static MEASURE_AFTER: WordSet = WordSet::new(MEASURE_WORDS);

/// A bit per letter (`a` = bit 0) that starts one of [`MEASURE_WORDS`]: the byte after a
/// figure's spaces turns most figures away before the word is read and looked up.
const MEASURE_FIRSTS: u32 = first_letters(MEASURE_WORDS);

/// Words of [`MEASURE_AFTER`] that also follow a small count of rows or steps ("ten deep").
static COUNT_IDIOMS: WordSet = WordSet::new(&["away", "deep", "high"]);

/// Verbs that put a size in front of one of [`MEASURE_AFTER`]: "is 1,200 long".
#[rustfmt::skip]
static SIZE_VERBS: WordSet = WordSet::new(&[
    "is", "was", "are", "were", "be", "been", "being", "stands", "stood", "standing", "measures",
    "measured", "measuring", "stretches", "stretched", "stretching", "extends", "extended",
    "extending", "runs", "ran", "running", "rises", "rose", "rising", "reaches", "reached",
    "reaching", "spans", "spanned", "spanning", "lies", "lay", "lying", "sits", "towers", "towered",
    "towering",
]);

/// Words that may follow a unit-less figure without being its unit: prepositions,
/// conjunctions, articles and a few verbs ("a depth of 18,000 off the coast").
#[rustfmt::skip]
static NOT_A_UNIT: WordSet = WordSet::new(&[
    "off", "in", "at", "on", "and", "or", "but", "below", "beneath", "under", "above", "from", "to",
    "into", "with", "by", "for", "the", "a", "an", "near", "along", "across", "when", "where",
    "which", "that", "while", "is", "was", "were", "are", "had", "has", "have", "before", "after",
    "during", "until", "within", "over", "than", "as", "around", "inside", "outside", "beyond",
    "toward", "towards", "through", "according", "said", "says",
]);

/// True when nothing after the figure could be its unit: punctuation, the end, or a word
/// that cannot be a unit.
fn nothing_after(doc: &Document, end: usize) -> bool {
    let text = doc.text();
    let rest = crate::parse::skip_spaces(&text[end..]);
    match rest.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => {
            !matches!(c, '-' | '°' | '%' | '\'' | '’' | '"' | '″' | '′')
        }
        Some(_) => word_after(text, end).is_some_and(|(_, w)| NOT_A_UNIT.contains(w)),
    }
}

/// The measure phrase right before the figure ("a depth of"), if any.
fn measure_before(doc: &Document, q: &Quantity) -> Option<&'static str> {
    let end = skip_spaces_back(doc.text(), q.span.start);
    if !may_end_measure(doc.text().as_bytes().get(..end)?) {
        return None;
    }
    MEASURE_BEFORE
        .before(doc.text(), end)
        .map(|(_, phrase)| phrase)
}

/// The dimension word right after the figure ("1,200 long"), when a size verb comes before.
fn measure_after(doc: &Document, q: &Quantity) -> Option<String> {
    let text = doc.text();
    // The word starts after the ASCII spaces unless a wider space follows them.
    let after = text.as_bytes().get(q.span.end..)?;
    let first = *after.iter().find(|&&b| b != b' ')?;
    let letter = first.to_ascii_lowercase();
    if first < 0x80 && !(letter.is_ascii_lowercase() && MEASURE_FIRSTS >> (letter - b'a') & 1 != 0)
    {
        return None;
    }
    let (start, word) = word_after(text, q.span.end)?;
    if !text[q.span.end..start]
        .chars()
        .all(crate::parse::is_inline_space)
        || !MEASURE_AFTER.contains(word)
    {
        return None;
    }
    if !nothing_after(doc, start + word.len()) {
        return None;
    }
    // "stacked 10 high" is a count; "is 1,200 long" is a size missing its unit.
    let (_, verb) = word_before(text, q.span.start)?;
    if !SIZE_VERBS.contains(verb) {
        return None;
    }
    // "3 away from the record" counts goals, "stood 10 deep" rows, "stacked 10 high" crates:
    // these words take a small count without a unit.
    if COUNT_IDIOMS.contains(word)
        && q.number()
            .is_none_or(|v| v < rust_decimal::Decimal::ONE_HUNDRED)
    {
        return None;
    }
    Some(word.to_ascii_lowercase())
}

impl MissingUnit {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for (_, q) in doc.of_kind(Kind::Count) {
            if q.unit.is_some() || q.noun_span.is_some() {
                continue;
            }
            let figure = doc.slice(q.number_span);
            let message = if let Some(phrase) = measure_before(doc, q) {
                if !nothing_after(doc, q.span.end) {
                    continue;
                }
                format!("{figure} follows \"{phrase}\" but has no unit")
            } else if let Some(word) = measure_after(doc, q) {
                format!("{figure} is said to be {word} but has no unit")
            } else {
                continue;
            };
            out.push(diagnostic("missing-unit", q.number_span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measure_words_are_found_after_a_figure_in_any_case() {
        for word in MEASURE_WORDS {
            let text = format!("The span is 1,200 {}.", word.to_ascii_uppercase());
            let doc = Document::build(&text, crate::check::Format::Text, None);
            let q = doc.quantities().first().expect("a figure");
            assert_eq!(measure_after(&doc, q).as_deref(), Some(*word), "{word}");
        }
    }

    #[test]
    fn measure_phrases_end_in_two_lowercase_letters() {
        for phrase in MEASURE_PHRASES {
            let tail = &phrase.as_bytes()[phrase.len() - 2..];
            assert!(tail.iter().all(u8::is_ascii_lowercase), "{phrase}");
            assert!(may_end_measure(phrase.as_bytes()), "{phrase}");
        }
        for head in ["", "f", "the", "and", "was", "of ", "o-f"] {
            assert!(!may_end_measure(head.as_bytes()), "{head}");
        }
    }

    #[test]
    fn every_measure_phrase_is_found_before_a_figure() {
        for phrase in MEASURE_BEFORE.phrases() {
            let text = format!("a {phrase} 40");
            let found = MEASURE_BEFORE.before(&text, text.len() - 3);
            assert_eq!(found, Some((2, *phrase)), "{phrase}");
            // The byte test before the lookup lets it through in any case.
            assert!(
                may_end_measure(phrase.to_ascii_uppercase().as_bytes()),
                "{phrase}"
            );
        }
    }
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&MissingUnit::INFO, text, "2025-09-10")
    }

    #[test]
    fn fires_on_measures_without_units() {
        assert_eq!(
            flags("The wreck lies at a depth of 18,000 off the coast, a survey found."),
            vec!["18,000"]
        );
        assert_eq!(
            flags("The new span is 1,200 long and carries four lanes."),
            vec!["1,200"]
        );
        assert_eq!(
            flags("The probe reached an altitude of 40,000 before it fell."),
            vec!["40,000"]
        );
        assert_eq!(flags("The tower stands 300 tall."), vec!["300"]);
        assert_eq!(
            flags("The stone weighs 2,000, the museum says."),
            vec!["2,000"]
        );
    }

    #[test]
    fn quiet_with_units_or_nouns() {
        assert!(flags("The plant will employ 1,200 workers by 2028.").is_empty());
        assert!(flags("The new span is 1,200 meters long.").is_empty());
        assert!(flags("The oldest bridge is 20 years old.").is_empty());
        assert!(flags("The wreck lies at a depth of 18,000 feet off the coast.").is_empty());
        assert!(flags("The deposit lies some 18,000 feet deep.").is_empty());
        assert!(flags("The temple is 1,200 years old.").is_empty());
        assert!(flags("Japan is buying 400 long-range missiles.").is_empty());
        assert!(flags("There are 20 high school students in the club.").is_empty());
    }

    #[test]
    fn quiet_on_counts_that_need_no_unit() {
        assert!(flags("Crates were stacked 10 high in the hold.").is_empty());
        assert!(flags("He is 3 away from the record.").is_empty());
        assert!(flags("Fans stood 10 deep along the route.").is_empty());
        assert!(
            flags("The height of 3 floors was the limit; 12 high-rise towers rose.").is_empty()
        );
    }
}
