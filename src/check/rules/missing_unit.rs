use super::diagnostic;
use crate::check::document::Document;
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
static MEASURE_BEFORE: PhraseSet = PhraseSet::new(&[
    "depth of", "height of", "length of", "altitude of", "distance of", "width of", "area of",
    "weight of", "temperature of", "temperatures of", "speed of", "speeds of", "elevation of",
    "diameter of", "radius of", "thickness of", "wingspan of", "volume of", "depths of",
    "heights of", "altitudes of", "distances of", "weighs", "weighing", "weighed", "weigh",
]);

/// Adjectives right after a figure that ask for a unit ("1,200 long").
static MEASURE_AFTER: WordSet =
    WordSet::new(&["long", "wide", "tall", "high", "deep", "thick", "away"]);

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
    MEASURE_BEFORE
        .before(doc.text(), end)
        .map(|(_, phrase)| phrase)
}

/// The dimension word right after the figure ("1,200 long"), when a size verb comes before.
fn measure_after(doc: &Document, q: &Quantity) -> Option<String> {
    let text = doc.text();
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
    fn every_measure_phrase_is_found_before_a_figure() {
        for phrase in MEASURE_BEFORE.phrases() {
            let text = format!("a {phrase} 40");
            let found = MEASURE_BEFORE.before(&text, text.len() - 3);
            assert_eq!(found, Some((2, *phrase)), "{phrase}");
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
