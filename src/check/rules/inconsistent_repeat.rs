use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rust_decimal::Decimal;

use super::{diagnostic, related};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{WordSet, change_verb, is_in, word_after, word_before};
use crate::quantity::{Kind, Quantity, Span, Value};

declare_rule! {
    /// The same counted thing is given two different numbers in one text.
    ///
    /// ## What it does
    /// Flags a count of the same thing, with the same qualifiers ("50,000 U.S. troops" …
    /// "the 54,000 U.S. troops"), that differs from the first time the text gave it. It stays
    /// quiet when either figure is hedged or bounded; when the words around either place it
    /// in time (a year, "last year", "now", "by 2030", a change verb) or give it as one
    /// side's claim ("disputed", "according to"); when one is a part, an addition or a subset
    /// ("including", "another", "the 300 students who …"); when both name different places;
    /// when both stand in one sentence; and for generic nouns such as people, years or cases.
    /// Each counted thing is reported once.
    ///
    /// ## Why is this bad?
    /// A reader cannot tell which of the two figures is right, and usually one of them is a
    /// typo or a stale figure left behind by an edit.
    ///
    /// ## Example that fires
    /// "There are 50,000 U.S. troops stationed in Japan. The government pays part of the cost
    /// of hosting the 54,000 U.S. troops."
    ///
    /// ## Example that must not fire
    /// "There were 45,000 U.S. troops in Japan in 2015. There are 54,000 U.S. troops there now."
    InconsistentRepeat, id = "inconsistent-repeat", severity = Warning
}

/// Nouns too generic to name one set of things.
#[rustfmt::skip]
static GENERIC: WordSet = WordSet::new(&[
    "people", "persons", "individuals", "years", "months", "weeks", "days", "hours", "minutes",
    "seconds", "times", "cases", "percent", "points", "others", "ones", "things", "items", "units",
    "dollars", "cents", "votes", "steps", "words", "pages", "parts", "kinds", "types", "ways",
    "places", "games", "runs", "matches", "rounds", "laps",
]);

/// Nouns that name a set only with a qualifier: "the 300 students" after "1,200 students"
/// is usually a subset, "the 1,250 Lincoln High students" is the same school.
#[rustfmt::skip]
static NEEDS_QUALIFIER: WordSet = WordSet::new(&[
    "men", "women", "children", "adults", "members", "residents", "students", "patients",
    "visitors", "tourists", "fans", "users", "customers", "deaths", "injuries", "countries",
    "states", "cities", "sites", "shares", "seats", "jobs", "homes", "houses", "families",
    "households", "workers", "employees", "staff", "officers", "soldiers", "police", "passengers",
    "migrants", "refugees", "victims", "applicants", "voters", "goals",
]);

/// Words right after a counted noun that narrow it to a subset: "the 38,000 retired teachers
/// in the state", "the 300 troops who stayed".
#[rustfmt::skip]
static NARROWING: WordSet = WordSet::new(&[
    "in", "at", "on", "from", "of", "with", "without", "who", "that", "which", "whose", "whom",
    "outside", "inside", "across", "near", "under", "over", "among", "living", "based",
    "working", "employed", "still", "currently", "remaining", "left", "not", "no", "but",
    "except", "excluding", "already",
]);

/// Words that may follow the noun of a bare repeat ("the 54,000 troops."): anything else
/// ("the 2,000 paintings that were damaged") may narrow it to a subset.
static PLAIN_FOLLOWERS: WordSet = WordSet::new(&[
    "are", "were", "is", "was", "have", "had", "has", "will", "would", "remain", "remained",
    "remains", "said", "say", "cost", "costs",
]);

/// Words close to a figure that place it in time, make it a change or a comparison, or give
/// it as one side's claim ("Hamas disputed the figure, saying 80 fighters died").
#[rustfmt::skip]
const VARYING: &[&str] = &[
    "last", "now", "today", "currently", "current", "previously", "previous", "formerly", "former",
    "once", "ago", "earlier", "later", "initially", "initial", "originally", "original", "next",
    "will", "would", "could", "may", "might", "since", "until", "expected", "planned", "plans",
    "plan", "target", "goal", "projected", "forecast", "before", "after", "then", "peak", "peaked",
    "record", "than", "compared", "versus", "vs", "whereas", "instead", "annual",
    "annually", "yearly", "daily", "weekly", "monthly", "per", "each", "every", "year", "month",
    "week", "quarter", "season", "when", "during", "still", "already", "yet", "anymore", "proposed",
    "estimate", "estimated", "estimates", "reportedly", "if", "unless", "yesterday", "tomorrow",
    "tonight", "overnight", "morning", "afternoon", "evening", "weekend", "recently", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "so-far", "latest", "updated", "toll", "according", "claimed", "claims", "claim", "disputed",
    "disputes", "denied", "denies", "contradicted", "countered", "insisted", "alleged",
    "contended", "estimated", "counted",
];

/// [`VARYING`], looked up.
static VARYING_WORDS: WordSet = WordSet::new(VARYING);

/// Words just before a figure that make it a part, an addition or another set.
#[rustfmt::skip]
static NOT_THE_SAME_SET: WordSet = WordSet::new(&[
    "including", "includes", "included", "include", "among", "which", "whom", "them", "another",
    "additional", "more", "extra", "further", "other", "remaining", "new", "only", "first", "last",
    "some", "all", "total", "about", "of", "plus", "minus", "nearly", "just", "over",
    "under", "than", "each", "per", "those", "these",
]);

/// Determiners that make a figure refer back to one already given ("the 54,000 troops").
static DEFINITE: WordSet =
    WordSet::new(&["the", "its", "their", "his", "her", "our", "those", "these"]);

/// Figures whose difference is below this share of the larger are one figure restated
/// ("1.37 million" and "1,370,512").
const SAME_WITHIN: Decimal = Decimal::from_parts(5, 0, 0, false, 3);

/// Smallest count worth comparing: small groups ("two senators", "three senators") are
/// usually different sets.
const SMALLEST: i64 = 10;

/// What a figure counts: its noun, lower-cased, and the words between the figure and the
/// noun. The noun is borrowed from the text unless it needs lower-casing, and the words are
/// empty (no allocation) for most figures.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Counted<'d> {
    noun: Cow<'d, str>,
    modifiers: String,
}

/// The first figure given for a counted thing.
struct Seen {
    index: usize,
    value: Decimal,
    sentence: usize,
    /// The place after the figure ([`place_after`]), read once a second mention needs it.
    place: Option<Option<String>>,
    /// The text shows the count varies (hedges, times, changes): compare no more. Read once
    /// a second mention turns up: most counted things are mentioned once.
    unsettled: Option<bool>,
}

/// How far around a figure its clause is read, in bytes.
const REACH: usize = 300;

/// How far around a figure (about eight words) a time word or a year places it in time.
const AROUND: usize = 60;

fn counted<'d>(doc: &'d Document, q: &Quantity) -> Option<Counted<'d>> {
    let noun = q.noun(doc.text())?;
    let noun_span = q.noun_span?;
    // "a 45,000-seat stadium": a glued noun describes the thing, it does not count a set.
    if noun_span.start <= q.span.end || GENERIC.contains(&noun) {
        return None;
    }
    let between = doc.text().get(q.span.end..noun_span.start)?;
    // Mostly the noun follows the figure straight away: no words, nothing to copy.
    let modifiers = if between.bytes().all(|b| b == b' ') {
        String::new()
    } else {
        // The words joined by single spaces, in lower case: one allocation for ASCII words.
        let mut joined = String::with_capacity(between.len());
        for word in between.split_whitespace() {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(word);
        }
        if joined.is_ascii() {
            joined.make_ascii_lowercase();
            joined
        } else {
            joined.to_lowercase()
        }
    };
    if modifiers.is_empty() && NEEDS_QUALIFIER.contains(&noun) {
        return None;
    }
    Some(Counted { noun, modifiers })
}

/// The place named right after the counted noun: "troops stationed in Japan" → "japan".
fn place_after(doc: &Document, q: &Quantity) -> Option<String> {
    let text = doc.text();
    let mut pos = q.noun_span?.end;
    let mut after_preposition = false;
    for _ in 0..5 {
        let (start, w) = word_after(text, pos)?;
        if text[pos..start].contains([',', ';', '.', ':', '(', ')']) {
            return None;
        }
        if after_preposition && w.starts_with(|c: char| c.is_uppercase()) {
            return Some(w.to_lowercase());
        }
        after_preposition = is_in(
            w,
            &[
                "in", "at", "on", "from", "across", "inside", "outside", "to",
            ],
        );
        pos = start + w.len();
    }
    None
}

/// True when the words around the figure show it may differ from another mention of the
/// same thing for a good reason: a hedge, a time, a change, a part.
fn unsettled(doc: &Document, i: usize, q: &Quantity) -> bool {
    if q.approximate || q.bound.is_some() || !matches!(q.value, Value::Number(_)) {
        return true;
    }
    let text = doc.text();
    if let Some((_, w)) = word_before(text, q.span.start)
        && NOT_THE_SAME_SET.contains(w)
        && !DEFINITE.contains(w)
    {
        return true;
    }
    // Only the words close around the figure place it in time: a year elsewhere in a long
    // sentence ("… Lewandowski's record, set in the 2020-21 season") is about something else.
    let s = doc.sentence_of(i);
    let clause = doc.clause(
        q.span,
        crate::check::document::near(text, doc.sentence(s), q.span, REACH),
    );
    let figure = Span::new(q.span.start, q.noun_span.map_or(q.span.end, |n| n.end));
    let around = crate::check::document::near(text, clause, figure, AROUND);
    // A date or a span of time next to the figure ties it to a moment. Its few quantities are
    // read before the words, which cost more.
    let from = i.saturating_sub(WINDOW);
    let to = (i + WINDOW).min(doc.quantities().len());
    let dated = doc.quantities()[from..to].iter().any(|o| {
        matches!(
            o.kind,
            Kind::Year | Kind::Date | Kind::Decade | Kind::Duration
        ) && o.span.overlaps(&around)
    });
    let varies = |w: &str| VARYING_WORDS.contains(w) || change_verb(w).is_some();
    dated || words(doc.slice(around)).any(varies)
}

/// The words of `text`: the pieces, not empty, that splitting it on anything but a letter, a
/// digit, `'` or `-` gives. An ASCII byte is tested as it is; only a char of several bytes is
/// decoded.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut next = 0;
    std::iter::from_fn(move || {
        // A local copy of the position: the loops below keep it in a register.
        let mut i = next;
        while let Some(&b) = bytes.get(i) {
            match b {
                0..0x80 if b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' => break,
                0..0x80 => i += 1,
                _ => match wide_char(text, i) {
                    (_, true) => break,
                    (len, false) => i += len,
                },
            }
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            match b {
                0..0x80 if b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' => i += 1,
                0..0x80 => break,
                _ => match wide_char(text, i) {
                    (len, true) => i += len,
                    (_, false) => break,
                },
            }
        }
        next = i;
        text.get(start..i).filter(|w| !w.is_empty())
    })
}

/// The length of the char of several bytes at byte `i` of `text`, and whether it is a letter
/// or a digit. Kept out of line: most of news copy is ASCII.
#[cold]
#[inline(never)]
fn wide_char(text: &str, i: usize) -> (usize, bool) {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .map_or((1, false), |c| (c.len_utf8(), c.is_alphanumeric()))
}

/// True when the words after the counted noun narrow it to a subset: a preposition, a
/// relative pronoun or a participle ("the 38,000 teachers living in the state").
fn narrowed(doc: &Document, q: &Quantity) -> bool {
    let Some(noun) = q.noun_span else { return true };
    let text = doc.text();
    if !text[noun.end..].starts_with(|c: char| crate::parse::is_inline_space(c)) {
        return false;
    }
    word_after(text, noun.end).is_some_and(|(_, w)| {
        let lower = w.to_ascii_lowercase();
        NARROWING.contains(&lower)
            || lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed"))
    })
}

/// True when a figure refers back with a determiner and nothing narrows it: "the 54,000
/// troops." (not "the 2,000 paintings that were damaged").
fn refers_back(doc: &Document, q: &Quantity) -> bool {
    let text = doc.text();
    let definite = word_before(text, q.span.start).is_some_and(|(_, w)| DEFINITE.contains(w));
    let Some(noun) = q.noun_span else {
        return false;
    };
    let rest = crate::parse::skip_spaces(&text[noun.end..]);
    let plain_end = rest.is_empty()
        || rest.starts_with(['.', ',', ';', ':', '!', '?', ')', '—', '–'])
        || word_after(text, noun.end).is_some_and(|(_, w)| PLAIN_FOLLOWERS.contains(w));
    definite && plain_end
}

/// True when `a` and `b` are one figure restated, or too far apart in sign and size for
/// exact arithmetic (then the rule cannot judge and stays quiet).
fn same_figure(a: Decimal, b: Decimal) -> bool {
    let larger = a.abs().max(b.abs());
    a.checked_sub(b)
        .is_none_or(|d| d.abs() <= larger * SAME_WITHIN)
}

impl InconsistentRepeat {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let mut seen: HashMap<Counted, Seen> = HashMap::new();
        for (i, q) in doc.of_kind(Kind::Count) {
            let Some(value) = q.number() else { continue };
            // A number written without decimals is whole: only the others need `fract`.
            if value < Decimal::from(SMALLEST)
                || !q.scaled && value.scale() != 0 && !value.fract().is_zero()
            {
                continue;
            }
            let Some(key) = counted(doc, q) else { continue };
            let bare = key.modifiers.is_empty();
            let sentence = doc.sentence_of(i);
            // One hash of the key whether it is new or seen before.
            let first = match seen.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(Seen {
                        index: i,
                        value,
                        sentence,
                        place: None,
                        unsettled: None,
                    });
                    continue;
                }
                Entry::Occupied(slot) => slot.into_mut(),
            };
            let earlier = &doc.quantities()[first.index];
            if *first
                .unsettled
                .get_or_insert_with(|| unsettled(doc, first.index, earlier))
            {
                continue;
            }
            // Two figures in one sentence are a list of different sets.
            if unsettled(doc, i, q) || first.sentence == sentence {
                first.unsettled = Some(true);
                continue;
            }
            if same_figure(first.value, value) {
                continue;
            }
            let first_place = first.place.get_or_insert_with(|| place_after(doc, earlier));
            let different_places =
                matches!((&*first_place, &place_after(doc, q)), (Some(a), Some(b)) if a != b);
            if different_places || narrowed(doc, q) || bare && !refers_back(doc, q) {
                first.unsettled = Some(true);
                continue;
            }
            let end = q.noun_span.map_or(q.number_span.end, |n| n.end);
            let mut d = diagnostic(
                "inconsistent-repeat",
                q.number_span,
                format!(
                    "the text gives {} here but {} earlier",
                    doc.slice(Span::new(q.number_span.start, end)),
                    doc.slice(earlier.number_span)
                ),
            );
            d.related
                .push(related(earlier.number_span, "first given here"));
            out.push(d);
            // One finding per thing: later mentions are judged by the reader.
            first.unsettled = Some(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    proptest::proptest! {
        #[test]
        fn words_are_the_split_pieces(text in "[ a-zA-Z0-9'.,;\t\n’é—\u{a0}٣-]{0,60}") {
            let fast: Vec<&str> = words(&text).collect();
            let reference: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(fast, reference);
        }
    }

    #[test]
    fn every_varying_word_is_found_in_any_case() {
        for w in VARYING {
            assert!(VARYING_WORDS.contains(w), "{w}");
            assert!(VARYING_WORDS.contains(&w.to_ascii_uppercase()), "{w}");
        }
    }

    fn flags(text: &str) -> Vec<String> {
        flagged(&InconsistentRepeat::INFO, text, "2025-09-09")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        assert_eq!(
            flags("There are 9999999999999999999999999999 U.S. troops stationed in Japan. The government pays part of the cost of hosting the 79228162514264337593 billion U.S. troops.").len(),
            1
        );
        assert!(flags("There are 79228162514264337593 billion U.S. troops stationed in Japan. The government pays part of the cost of hosting the 79228162514264337593 billion U.S. troops.").is_empty());
    }

    #[test]
    fn fires_on_a_repeated_count_that_changed() {
        assert_eq!(
            flags(
                "There are 50,000 U.S. troops stationed in Japan. The government pays part of the cost of hosting the 54,000 U.S. troops."
            ),
            vec!["54,000"]
        );
        assert_eq!(
            flags(
                "The airline operates 340 Airbus jets. Analysts said the 360 Airbus jets are young. Its fleet is ageing."
            ),
            vec!["360"]
        );
        assert_eq!(
            flags(
                "The museum holds 12,000 paintings. A fire damaged part of the building. Curators catalogued the 21,000 paintings, a spokesman said."
            ),
            vec!["21,000"]
        );
    }

    #[test]
    fn quiet_when_the_figures_agree() {
        assert!(flags("There are 50,000 U.S. troops in Japan. The cost of hosting the 50,000 U.S. troops is shared.").is_empty());
        assert!(
            flags(
                "Japan exported 1.37 million vehicles. The 1,370,512 vehicles were mostly sedans."
            )
            .is_empty()
        );
    }

    #[test]
    fn quiet_on_different_times_parts_and_places() {
        assert!(flags("There were 45,000 U.S. troops in Japan in 2015. There are 54,000 U.S. troops there now.").is_empty());
        assert!(
            flags(
                "There are 50,000 U.S. troops in Japan. Last year the 54,000 U.S. troops cost more."
            )
            .is_empty()
        );
        assert!(
            flags(
                "The base hosts 50,000 U.S. troops. Washington will send another 4,000 U.S. troops."
            )
            .is_empty()
        );
        assert!(flags("There are 50,000 U.S. troops in Japan. There are 28,500 U.S. troops in South Korea.").is_empty());
        assert!(
            flags("It sent 5,000 U.S. troops to Poland and 3,000 U.S. troops to Romania.")
                .is_empty()
        );
        assert!(
            flags("Some 50,000 U.S. troops are in Japan. The 54,000 U.S. troops cost $2 billion.")
                .is_empty()
        );
        assert!(
            flags("Membership grew to 40,000 subscribers. The 45,000 subscribers met.").is_empty()
        );
    }

    #[test]
    fn quiet_on_bare_nouns_without_reference() {
        assert!(
            flags(
                "Police found 30 rifles in one house. Officers seized 45 rifles in a raid nearby."
            )
            .is_empty()
        );
        assert!(flags("The museum holds 12,000 paintings. The 2,000 paintings that were damaged went to storage.").is_empty());
        assert!(flags("The school has 1,200 students. The 300 students sat the exam.").is_empty());
        assert!(flags("It pays 40,000 retired teachers. The 38,000 retired teachers in the state get a bonus.").is_empty());
        assert!(flags("Israel said 250 Hamas fighters were killed. Hamas disputed the figure, saying 80 Hamas fighters died.").is_empty());
        assert!(
            flags("A minimum of 17 people were abducted. Five were returned, 12 people remain.")
                .is_empty()
        );
    }
}
