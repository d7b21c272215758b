use rust_decimal::prelude::ToPrimitive;

use super::{diagnostic, find_ignoring_case, is_whole, related};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{is_in, word_after, word_before};
use crate::quantity::{Kind, Quantity, Relative, Span, Value};

declare_rule! {
    /// A number of years that does not match the two years it links.
    ///
    /// ## What it does
    /// Checks the arithmetic of a sentence that ties two years together with a span of
    /// years, and flags the span when the subtraction disagrees:
    /// - "opened in 1998, 31 years after construction began in 1970" (28 years);
    /// - "In 2010, …; 13 years later, in 2021, …" (11 years; the first year may close the
    ///   sentence before);
    /// - "Founded in 1990, the company celebrated its 40th anniversary in 2025" (35th);
    /// - "The tower, completed in 1931, was 90 years old in 2025" (94; an age gets one year
    ///   of slack, since the months are unknown).
    ///
    /// It reads only sentences with exactly two years in view, where the wording ties the
    /// span to both; it allows two years of slack when the span is hedged ("about 30 years
    /// after") and skips bounded spans ("more than 30 years after").
    ///
    /// ## Why is this bad?
    /// Readers trust that the dates and the span agree; when they do not, one of the three
    /// figures is wrong, and the slip is easy to check and embarrassing to print.
    ///
    /// ## Example that fires
    /// "The dam opened in 1998, 31 years after construction began in 1970."
    ///
    /// ## Example that must not fire
    /// "The tower, completed in 1931, was 94 years old in 2025."
    YearArithmetic, id = "year-arithmetic", severity = Warning
}

/// Slack for a hedged span of years ("about 30 years after").
const HEDGED_SLACK: i64 = 2;

/// Slack for an age: the months of the start and of the event are unknown.
const AGE_SLACK: i64 = 1;

/// How many words an "after" clause may run before its year.
const AFTER_CLAUSE_WORDS: usize = 12;

/// How many words may separate an age or an anniversary from the year it is reached in.
const EVENT_WORDS: usize = 4;

/// Words right before a year that make it the start of a life or an institution.
#[rustfmt::skip]
const ORIGIN_CUES: &[&str] = &[
    "founded", "established", "born", "created", "formed", "opened", "launched", "incorporated",
    "started", "built", "completed", "inaugurated", "debuted", "founding", "since", "constructed",
    "erected", "finished", "introduced", "begun", "began", "chartered", "consecrated",
    "commissioned",
];

/// Nouns that name the start of a thing: "12 years after its founding".
#[rustfmt::skip]
const ORIGIN_NOUNS: &[&str] = &[
    "founding", "foundation", "creation", "birth", "launch", "establishment", "opening",
    "inception", "debut", "completion", "construction",
];

/// Words that may stand between a year and the span that refers to it:
/// "opened in 1998, just 31 years after".
#[rustfmt::skip]
const TIGHT_WORDS: &[&str] = &[
    "just", "only", "exactly", "precisely", "some", "nearly", "about", "almost", "roughly", "which",
    "was", "is", "or", "and", "a", "full", "mere", "barely", "around", "fully",
];

/// Words that may stand between "later" and the year it lands on: "13 years later, in 2021".
const LANDING_WORDS: &[&str] = &["in", "on", "the", "year", "by", "around", "of"];

/// Verbs that make an age the predicate of its event year: "in 2025 the tower was 94 years old".
const AGE_VERBS: &[&str] = &["was", "were", "is", "turned", "turns", "became", "reached"];

/// The year a figure gives. Years stay within `i32`, as calendar years do, so the difference
/// of two never overflows.
fn year_of(q: &Quantity) -> Option<i64> {
    match (q.kind, q.value) {
        (Kind::Year, Value::Number(n)) if is_whole(n) => n.to_i32().map(i64::from),
        (Kind::Date, Value::Date(d)) => d.year.map(i64::from),
        _ => None,
    }
}

/// The whole number of years a duration states: "31 years", "13 years later", "94 years old".
fn span_of_years(doc: &Document, q: &Quantity) -> Option<i64> {
    let n = q.number()?;
    let in_years =
        q.kind == Kind::Duration && find_ignoring_case(doc.slice(q.span), "year").is_some();
    (in_years && is_whole(n)).then(|| n.to_i64()).flatten()
}

/// Lower-cased words in `text[from..to]`, split at anything but letters and apostrophes.
fn words_between(doc: &Document, from: usize, to: usize) -> Vec<String> {
    if from >= to {
        return Vec::new();
    }
    doc.slice(Span::new(from, to))
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// True when only punctuation inside the sentence and a few light words separate two figures.
fn tight(doc: &Document, from: usize, to: usize) -> bool {
    if from > to
        || doc
            .slice(Span::new(from, to))
            .contains(['.', ';', ':', '!', '?'])
    {
        return false;
    }
    let words = words_between(doc, from, to);
    words.len() <= 3 && words.iter().all(|w| TIGHT_WORDS.contains(&w.as_str()))
}

/// True when at most `max` words and no clause break separate `from` and `to`.
fn close(doc: &Document, from: usize, to: usize, max: usize) -> bool {
    from <= to
        && !doc
            .slice(Span::new(from, to))
            .contains([',', ';', ':', '.', '—', '–', '('])
        && words_between(doc, from, to).len() <= max
}

/// True when one of the three words before `start` (within the sentence) marks an origin.
fn has_origin_cue(doc: &Document, start: usize, floor: usize) -> bool {
    let mut pos = start;
    for _ in 0..3 {
        let Some((s, w)) = word_before(doc.text(), pos) else {
            return false;
        };
        if s < floor {
            return false;
        }
        if is_in(w, ORIGIN_CUES) {
            return true;
        }
        pos = s;
    }
    false
}

/// Year-bearing figures of sentence `s`, or `None` when the sentence also holds a decade or
/// a second span of years (either makes the pairing unsure), or more figures than the window.
fn years_of_sentence(doc: &Document, s: usize, figure: Option<usize>) -> Option<Vec<(usize, i64)>> {
    let range = doc.in_sentence(s);
    if range.len() > WINDOW {
        return None;
    }
    let mut years = Vec::new();
    for i in range {
        let q = &doc.quantities()[i];
        if q.kind == Kind::Decade || Some(i) != figure && span_of_years(doc, q).is_some() {
            return None;
        }
        if let Some(y) = year_of(q) {
            years.push((i, y));
        }
    }
    Some(years)
}

/// A span, age or anniversary that the years contradict.
struct Mismatch {
    figure: usize,
    computed: i64,
    years: [usize; 2],
}

impl Mismatch {
    /// A mismatch when `computed` is further than `slack` from `stated`. The distance is
    /// taken without overflow: a stated figure may be anything up to `i64`'s limits.
    fn unless_close(
        figure: usize,
        stated: i64,
        computed: i64,
        slack: i64,
        years: [usize; 2],
    ) -> Option<Mismatch> {
        let years = [years[0].min(years[1]), years[0].max(years[1])];
        (computed.abs_diff(stated) > slack.unsigned_abs()).then_some(Mismatch {
            figure,
            computed,
            years,
        })
    }

    fn report(self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        let (a, b, figure) = (&qs[self.years[0]], &qs[self.years[1]], &qs[self.figure]);
        let mut d = diagnostic(
            "year-arithmetic",
            figure.span,
            format!(
                "{} does not fit the years: {} to {} is {} years",
                doc.slice(figure.span),
                doc.slice(a.span),
                doc.slice(b.span),
                self.computed,
            ),
        );
        d.related.push(related(a.span, "year"));
        d.related.push(related(b.span, "year"));
        if figure.kind == Kind::Ordinal
            && doc
                .slice(figure.span)
                .starts_with(|c: char| c.is_ascii_digit())
        {
            d.suggestion = Some(ordinal(self.computed));
        }
        out.push(d);
    }
}

fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The slack a span allows: none when exact, some when hedged, `None` (do not check) when
/// bounded ("more than 30 years").
fn slack(q: &Quantity, least: i64) -> Option<i64> {
    if q.bound.is_some() {
        return None;
    }
    Some(if q.approximate {
        HEDGED_SLACK.max(least)
    } else {
        least
    })
}

/// True when the words after `pos` name the start of the thing: "after its founding".
fn names_origin(doc: &Document, pos: usize) -> bool {
    let mut at = pos;
    for _ in 0..3 {
        let Some((start, w)) = word_after(doc.text(), at) else {
            return false;
        };
        if !doc.slice(Span::new(at, start)).trim().is_empty() {
            return false;
        }
        if is_in(w, ORIGIN_NOUNS) {
            return true;
        }
        at = start + w.len();
    }
    false
}

/// "opened in 1998, 31 years after construction began in 1970".
fn span_after(doc: &Document, i: usize, q: &Quantity, n: i64) -> Option<Mismatch> {
    let (link_at, link) = word_after(doc.text(), q.span.end)?;
    if !is_in(link, &["after", "before"]) {
        return None;
    }
    let s = doc.sentence_of(i);
    let years = years_of_sentence(doc, s, Some(i))?;
    let [first, second] = years.as_slice() else {
        return None;
    };
    // One year closes the "after" clause (the first year after the span), or the clause
    // names the origin ("12 years after its founding"); the other year is tied to the span
    // from outside it.
    let floor = doc.sentence(s).start;
    let origin = |k: usize| has_origin_cue(doc, doc.quantities()[k].span.start, floor);
    let ((inner, inner_y), (outer, outer_y)) = if first.0 > i {
        (*first, *second)
    } else if second.0 > i {
        (*second, *first)
    } else if names_origin(doc, link_at + link.len()) && origin(first.0) != origin(second.0) {
        if origin(first.0) {
            (*first, *second)
        } else {
            (*second, *first)
        }
    } else {
        return None;
    };
    let inner_at = doc.quantities()[inner].span.start;
    if inner > i && !close(doc, link_at, inner_at, AFTER_CLAUSE_WORDS) {
        return None;
    }
    let linked = if outer < i {
        tight(doc, doc.quantities()[outer].span.end, q.span.start)
    } else {
        // "31 years after X in 1970, the dam opened in 1998": the span opens the sentence.
        tight(doc, doc.sentence(s).start, q.span.start)
    };
    if !linked {
        return None;
    }
    Mismatch::unless_close(
        i,
        n,
        (outer_y - inner_y).abs(),
        slack(q, 0)?,
        [outer, inner],
    )
}

/// "In 2010, …; 13 years later, in 2021, …" (the first year may close the sentence before).
fn span_later(doc: &Document, i: usize, q: &Quantity, n: i64) -> Option<Mismatch> {
    let text = doc.text();
    let (link_at, link) = word_after(text, q.span.end)?;
    if !(is_in(link, &["later", "earlier"])
        || q.relative == Some(Relative::Later) && link.eq_ignore_ascii_case("later"))
    {
        return None;
    }
    let link_end = link_at + link.len();
    // "two years later than planned" compares with a plan, not with a year.
    if word_after(text, link_end).is_some_and(|(_, w)| w.eq_ignore_ascii_case("than")) {
        return None;
    }
    let s = doc.sentence_of(i);
    let years = years_of_sentence(doc, s, Some(i))?;
    let at = |k: usize| doc.quantities()[k].span;
    // The year the span lands on: right after it ("later, in 2021") or right before it
    // ("in 2021, 13 years later").
    let after = years.iter().copied().find(|&(k, _)| {
        k > i && {
            let gap = doc.slice(Span::new(link_end, at(k).start));
            let words = words_between(doc, link_end, at(k).start);
            !gap.contains(['.', ';', ':'])
                && words.len() <= 2
                && words.iter().all(|w| LANDING_WORDS.contains(&w.as_str()))
        }
    });
    let before = || {
        years
            .iter()
            .copied()
            .rev()
            .find(|&(k, _)| k < i && tight(doc, at(k).end, q.span.start))
    };
    let landing = after.or_else(before)?;
    let others: Vec<(usize, i64)> = years
        .iter()
        .copied()
        .filter(|&(k, _)| k != landing.0)
        .collect();
    let start = match others.as_slice() {
        [one] if one.0 < i => *one,
        [] => {
            // The year the span counts from closes the sentence before.
            let earlier = years_of_sentence(doc, s.checked_sub(1)?, None)?;
            match earlier.as_slice() {
                [one] => *one,
                _ => return None,
            }
        }
        _ => return None,
    };
    Mismatch::unless_close(
        i,
        n,
        (landing.1 - start.1).abs(),
        slack(q, 0)?,
        [start.0, landing.0],
    )
}

/// True when the year at `event` is the year a figure (from `start` to `end`) is reached in:
/// a few words after it ("94 years old in 2025"), a few words before it ("died in 2020 at
/// age 79"), or opening the sentence ("In 2025, the tower … was 94 years old").
fn tied_to(doc: &Document, s: usize, event: Span, start: usize, end: usize) -> bool {
    if event.start >= end {
        return close(doc, end, event.start, EVENT_WORDS);
    }
    if event.end > start {
        return false;
    }
    let sentence = doc.sentence(s);
    let opens = word_before(doc.text(), event.start).is_some_and(|(ws, w)| {
        is_in(w, &["in", "by"]) && doc.slice(Span::new(sentence.start, ws)).trim().is_empty()
    });
    opens || close(doc, event.end, start, EVENT_WORDS)
}

/// The origin and the event year of an age or anniversary in sentence `s`: exactly two
/// years, one marked as an origin ("founded in 1990", "born in 1950") and the other tied to
/// the figure (see [`tied_to`]).
fn origin_and_event(
    doc: &Document,
    s: usize,
    figure: usize,
    end: usize,
) -> Option<((usize, i64), (usize, i64))> {
    let years = years_of_sentence(doc, s, Some(figure))?;
    let [a, b] = years.as_slice() else {
        return None;
    };
    let floor = doc.sentence(s).start;
    let cue = |k: usize| has_origin_cue(doc, doc.quantities()[k].span.start, floor);
    let (origin, event) = match (cue(a.0), cue(b.0)) {
        (true, false) => (*a, *b),
        (false, true) => (*b, *a),
        _ => return None,
    };
    let start = doc.quantities()[figure].span.start;
    tied_to(doc, s, doc.quantities()[event.0].span, start, end).then_some((origin, event))
}

/// "Founded in 1990, the company celebrated its 40th anniversary in 2025".
fn anniversary(doc: &Document, i: usize, q: &Quantity) -> Option<Mismatch> {
    let text = doc.text();
    let n = q.number()?.to_i64()?;
    let occasion = |w: &str| is_in(w, &["anniversary", "birthday"]);
    let (w_at, w) = word_after(text, q.span.end)?;
    // "its 40th anniversary", "their 40th wedding anniversary"
    let (noun_at, noun) = if occasion(w) {
        (w_at, w)
    } else {
        let (at2, w2) = word_after(text, w_at + w.len())?;
        if !occasion(w2) || w.contains('-') {
            return None;
        }
        (at2, w2)
    };
    let after_noun = noun_at + noun.len();
    let s = doc.sentence_of(i);
    // "the 40th anniversary of the 1985 treaty": the year in the "of" phrase is the origin.
    if word_after(text, after_noun).is_some_and(|(_, w)| w.eq_ignore_ascii_case("of")) {
        let years = years_of_sentence(doc, s, Some(i))?;
        let [a, b] = years.as_slice() else {
            return None;
        };
        // The first year after "of" is the origin; the other is the event.
        let (origin, event) = match (a.0 > i, b.0 > i) {
            (true, _) => (*a, *b),
            (false, true) => (*b, *a),
            _ => return None,
        };
        if !close(doc, after_noun, doc.quantities()[origin.0].span.start, 6) {
            return None;
        }
        // The event year must be the year of the anniversary, not of another clause.
        let origin_end = doc.quantities()[origin.0].span.end;
        if !tied_to(
            doc,
            s,
            doc.quantities()[event.0].span,
            q.span.start,
            origin_end,
        ) {
            return None;
        }
        return Mismatch::unless_close(i, n, event.1 - origin.1, 0, [origin.0, event.0]);
    }
    let (origin, event) = origin_and_event(doc, s, i, after_noun)?;
    let computed = event.1 - origin.1;
    if computed <= 0 {
        return None;
    }
    Mismatch::unless_close(i, n, computed, 0, [origin.0, event.0])
}

/// "The tower, completed in 1931, was 94 years old in 2025".
fn age(doc: &Document, i: usize, q: &Quantity, n: i64) -> Option<Mismatch> {
    let text = doc.text();
    let old = doc.slice(q.span).to_ascii_lowercase().ends_with("old")
        || word_after(text, q.span.end).is_some_and(|(_, w)| is_in(w, &["old", "-old"]));
    if !old {
        return None;
    }
    // The adjective "a 94-year-old tower" gives the age now, not in the year of the event.
    let verb = word_before(text, q.span.start).map(|(_, w)| w);
    if !verb.is_some_and(|w| is_in(w, AGE_VERBS)) {
        return None;
    }
    let (origin, event) = origin_and_event(doc, doc.sentence_of(i), i, q.span.end)?;
    let computed = event.1 - origin.1;
    if computed <= 0 {
        return None;
    }
    Mismatch::unless_close(i, n, computed, slack(q, AGE_SLACK)?, [origin.0, event.0])
}

/// "Born in 1950, she died in 2020 at age 79": an age written "at age N", "aged N",
/// "at the age of N" or "turned N".
fn age_count(doc: &Document, i: usize, q: &Quantity) -> Option<Mismatch> {
    let text = doc.text();
    if q.noun_span.is_some() || q.bound.is_some() {
        return None;
    }
    let n = q.number().filter(|&n| is_whole(n))?.to_i64()?;
    let (at, w) = word_before(text, q.span.start)?;
    let aged = is_in(w, &["aged", "age", "turned", "turns"])
        || w.eq_ignore_ascii_case("of")
            && word_before(text, at).is_some_and(|(_, a)| a.eq_ignore_ascii_case("age"));
    if !aged {
        return None;
    }
    let (origin, event) = origin_and_event(doc, doc.sentence_of(i), i, q.span.end)?;
    let computed = event.1 - origin.1;
    if computed <= 0 {
        return None;
    }
    Mismatch::unless_close(i, n, computed, slack(q, AGE_SLACK)?, [origin.0, event.0])
}

impl YearArithmetic {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for (i, q) in doc.quantities().iter().enumerate() {
            let found = match q.kind {
                Kind::Ordinal => anniversary(doc, i, q),
                Kind::Count => age_count(doc, i, q),
                Kind::Duration => span_of_years(doc, q).and_then(|n| {
                    span_after(doc, i, q, n)
                        .or_else(|| span_later(doc, i, q, n))
                        .or_else(|| age(doc, i, q, n))
                }),
                _ => None,
            };
            if let Some(m) = found {
                m.report(doc, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&YearArithmetic::INFO, text, "2025-06-06")
    }

    #[test]
    fn figures_at_the_limits_of_i64_do_not_panic() {
        // Stated figures at the ends of i64: subtracting them from the years overflowed.
        for (text, figure) in [
            (
                "The festival marks the 9223372036854775807th anniversary of the 2025 treaty in 1985.",
                "9223372036854775807th",
            ),
            (
                "Born in 1950, she died in 2020 at age -9223372036854775808.",
                "-9223372036854775808",
            ),
            (
                "In 2010, the council banned the practice; -9223372036854775808 years later, in 2021, it had disappeared.",
                "-9223372036854775808 years",
            ),
        ] {
            assert_eq!(flags(text), vec![figure], "{text}");
        }
    }

    #[test]
    fn fires_on_span_between_two_years() {
        for (text, figure) in [
            (
                "The dam opened in 1998, 31 years after construction began in 1970.",
                "31 years",
            ),
            (
                "In 2010, the council banned the practice; 13 years later, in 2021, it had disappeared.",
                "13 years",
            ),
            (
                "The council banned the practice in 2010. Thirteen years later, in 2021, it had disappeared.",
                "Thirteen years",
            ),
            (
                "The museum reopened in 2021, 20 years after it closed in 2008.",
                "20 years",
            ),
            (
                "Some 31 years after construction began in 1970, the dam opened in 1998.",
                "Some 31 years",
            ),
        ] {
            assert_eq!(flags(text), vec![figure], "{text}");
        }
    }

    #[test]
    fn fires_on_wrong_anniversary_and_age() {
        for (text, figure) in [
            (
                "Founded in 1990, the company celebrated its 40th anniversary in 2025.",
                "40th",
            ),
            (
                "In 2025, the company, founded in 1990, marked its 40th anniversary.",
                "40th",
            ),
            (
                "The tower, completed in 1931, was 90 years old in 2025.",
                "90 years old",
            ),
            ("Born in 1950, she died in 2020 at age 79.", "79"),
            (
                "The festival marks the 30th anniversary of the 1985 treaty in 2025.",
                "30th",
            ),
        ] {
            assert_eq!(flags(text), vec![figure], "{text}");
        }
    }

    #[test]
    fn quiet_when_the_arithmetic_holds() {
        for text in [
            "The dam opened in 1998, 28 years after construction began in 1970.",
            "Founded in 2001, it went public in 2011, 10 years after its founding.",
            "The dam, built in 1936, turned 80 in 2016.",
            "In 2010, the council banned the practice; 11 years later, in 2021, it had disappeared.",
            "Founded in 1990, the company celebrated its 35th anniversary in 2025.",
            "The tower, completed in 1931, was 94 years old in 2025.",
            "The tower, completed in 1931, was 93 years old in 2025.",
            "Born in 1950, she died in 2020 at age 69.",
            "She was born in 1950 and died in 2020 at the age of 70.",
            "The dam opened in 1998, about 30 years after construction began in 1970.",
            "The museum opened in 1993. Twenty-five years later, in 2018, it closed.",
            "The drawbridge was built in 1914 and closed to traffic in 1989, 75 years after it opened.",
        ] {
            assert!(flags(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn quiet_when_the_years_are_not_tied() {
        for text in [
            "In 2008, the company, founded 30 years earlier, went public in 2010.",
            "In 2015, 10 years after the war ended, the treaty was signed in 2016.",
            "The plant, built in 1980, closed in 2020 after more than 30 years of losses.",
            "Reliance fell from 90% to 60% within 13 years, between 2010 and 2023.",
            "In 2010 he moved to Paris, where he would die 15 years later.",
            "He moved to Paris in 2010, two years later than planned. He had left Rome in 2001.",
            "Founded in 1990 and listed in 2000, it marked its 25th anniversary of listing in 2025.",
            "The company, founded in 1990, which went public in 2000, is celebrating its 35th anniversary.",
            "The 45-year-old, born in 1980, was first elected in 2016.",
            "Established in 1850, the cemetery has been on the register since 2005.",
        ] {
            assert!(flags(text).is_empty(), "{text}");
        }
    }
}
