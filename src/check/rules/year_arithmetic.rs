use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{diagnostic, related};
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{word_after, word_before};
use crate::quantity::{Kind, Quantity, Relative, Span, Value};

declare_rule! {
    /// A number of years that does not match the two years it links.
    ///
    /// ## What it does
    /// Checks the arithmetic of a sentence that ties two years together with a span of
    /// years, and flags the span when the subtraction disagrees:
    /// - "opened in 1998, 31 years after construction began in 1970" (28 years);
    /// - "In 2010, …; 13 years later, in 2021, …" (11 years; the earlier year may stand in
    ///   the sentence before);
    /// - "Founded in 1990, the company celebrated its 40th anniversary in 2025" (35th);
    /// - "The tower, completed in 1931, was 90 years old in 2025" (94; one year of slack
    ///   for an age, whose months are unknown).
    ///
    /// It only reads sentences with exactly two years in view, allows two years of slack
    /// when the span is hedged ("about 30 years after") and skips bounded spans ("more than
    /// 30 years after").
    ///
    /// ## Why is this bad?
    /// Readers trust that the dates and the span agree; when they do not, one of the three
    /// figures is wrong, and the error is easy to check and embarrassing to print.
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

/// Slack for an age: the months of birth and of the event are unknown.
const AGE_SLACK: i64 = 1;

/// How many words an "after" clause may run before its year.
const AFTER_CLAUSE_WORDS: usize = 12;

/// Words before a year that make it the start of a life or of an institution.
const ORIGIN_CUES: &[&str] = &[
    "founded", "established", "born", "created", "formed", "opened", "launched",
    "incorporated", "started", "built", "completed", "inaugurated", "debuted", "founding",
    "since", "constructed", "erected", "finished", "introduced", "set", "begun", "began",
    "established", "chartered", "consecrated", "commissioned",
];

/// Words that may stand between a year and the span that refers to it:
/// "opened in 1998, just 31 years after".
const TIGHT_WORDS: &[&str] = &[
    "just", "only", "exactly", "precisely", "some", "nearly", "about", "almost", "roughly",
    "which", "was", "is", "or", "and", "a", "full", "mere", "barely", "around", "more",
    "than", "over", "fully", "well",
];

/// Words that may stand between "later" and its year: "13 years later, in 2021".
const LATER_YEAR_WORDS: &[&str] = &["in", "on", "the", "year", "by", "around", "of"];

fn year_of(q: &Quantity) -> Option<i64> {
    match (q.kind, q.value) {
        (Kind::Year, Value::Number(n)) if n.fract().is_zero() => n.to_i64(),
        (Kind::Date, Value::Date(d)) => d.year.map(i64::from),
        _ => None,
    }
}

/// The number of years a figure states: "31 years", "13 years later", "94 years old".
fn span_of_years(doc: &Document, q: &Quantity) -> Option<Decimal> {
    if q.kind != Kind::Duration {
        return None;
    }
    let n = q.number()?;
    let written = doc.slice(q.span).to_ascii_lowercase();
    let in_years = q.unit.is_some_and(|u| u.code == "yr") || written.contains("year");
    (in_years && written.contains("year") && n.fract().is_zero()).then_some(n)
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

/// True when only punctuation and a few light words separate two figures.
fn tight(doc: &Document, from: usize, to: usize) -> bool {
    if from > to {
        return false;
    }
    let gap = doc.slice(Span::new(from, to));
    if gap.contains(['.', ';', ':', '!', '?']) {
        return false;
    }
    let words = words_between(doc, from, to);
    words.len() <= 3 && words.iter().all(|w| TIGHT_WORDS.contains(&w.as_str()))
}

/// True when one of the three words before `start` (within the sentence) marks an origin.
fn has_origin_cue(doc: &Document, start: usize, floor: usize) -> bool {
    let text = doc.text();
    let mut pos = start;
    for _ in 0..3 {
        let Some((s, w)) = word_before(text, pos) else { return false };
        if s < floor {
            return false;
        }
        if ORIGIN_CUES.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            return true;
        }
        pos = s;
    }
    false
}

/// Year-bearing figures of sentence `s`, or `None` when the sentence also holds a decade or
/// a second span of years, which make the pairing unsure.
fn years_of_sentence(doc: &Document, s: usize, duration: Option<usize>) -> Option<Vec<(usize, i64)>> {
    let mut years = Vec::new();
    for i in doc.in_sentence(s) {
        let q = &doc.quantities()[i];
        if q.kind == Kind::Decade {
            return None;
        }
        if Some(i) != duration && span_of_years(doc, q).is_some() {
            return None;
        }
        if let Some(y) = year_of(q) {
            years.push((i, y));
        }
    }
    Some(years)
}

/// A finding: the span that is wrong, what the years give, and the years.
struct Mismatch {
    figure: usize,
    computed: i64,
    years: [usize; 2],
}

fn push(doc: &Document, out: &mut Vec<Diagnostic>, m: Mismatch) {
    let qs = doc.quantities();
    let (a, b) = (&qs[m.years[0]], &qs[m.years[1]]);
    let figure = &qs[m.figure];
    let mut d = diagnostic(
        "year-arithmetic",
        figure.span,
        format!(
            "{} does not fit the years: {} to {} is {} years",
            doc.slice(figure.span),
            doc.slice(a.span),
            doc.slice(b.span),
            m.computed,
        ),
    );
    d.related.push(related(a.span, "year"));
    d.related.push(related(b.span, "year"));
    if figure.kind == Kind::Ordinal && doc.slice(figure.span).starts_with(|c: char| c.is_ascii_digit()) {
        d.suggestion = Some(ordinal(m.computed));
    }
    out.push(d);
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

fn slack(q: &Quantity) -> Option<i64> {
    if q.bound.is_some() {
        return None;
    }
    Some(if q.approximate { HEDGED_SLACK } else { 0 })
}

/// "opened in 1998, 31 years after construction began in 1970".
fn span_after(doc: &Document, i: usize, q: &Quantity, n: i64) -> Option<Mismatch> {
    let text = doc.text();
    let (link_at, link) = word_after(text, q.span.end)?;
    if !(link.eq_ignore_ascii_case("after") || link.eq_ignore_ascii_case("before")) {
        return None;
    }
    let s = doc.sentence_of(i);
    let years = years_of_sentence(doc, s, Some(i))?;
    let [first, second] = years.as_slice() else { return None };
    // One year inside the "after" clause (the first after the span), the other tied to the
    // span from outside it.
    let ((inner, inner_y), (outer, outer_y)) = if first.0 > i {
        (*first, *second)
    } else if second.0 > i {
        (*second, *first)
    } else {
        return None;
    };
    let inner_q = &doc.quantities()[inner];
    let clause = doc.slice(Span::new(link_at, inner_q.span.start));
    if clause.contains([',', ';', ':', '.', '—', '–', '(']) || words_between(doc, link_at, inner_q.span.start).len() > AFTER_CLAUSE_WORDS {
        return None;
    }
    let outer_q = &doc.quantities()[outer];
    let linked = if outer < i {
        tight(doc, outer_q.span.end, q.span.start)
    } else {
        // "31 years after X in 1970, the dam opened in 1998": the span opens the sentence.
        let sentence = doc.sentence(s);
        tight(doc, sentence.start, q.span.start) && outer > inner
    };
    if !linked {
        return None;
    }
    let computed = (outer_y - inner_y).abs();
    let allowed = slack(q)?;
    ((computed - n).abs() > allowed).then_some(Mismatch {
        figure: i,
        computed,
        years: [outer.min(inner), outer.max(inner)],
    })
}

/// "In 2010, …; 13 years later, in 2021, …" (the first year may close the sentence before).
fn span_later(doc: &Document, i: usize, q: &Quantity, n: i64) -> Option<Mismatch> {
    let text = doc.text();
    let (link_at, link) = word_after(text, q.span.end)?;
    let later = link.eq_ignore_ascii_case("later") || q.relative == Some(Relative::Later);
    if !(later || link.eq_ignore_ascii_case("earlier")) {
        return None;
    }
    let link_end = link_at + link.len();
    let s = doc.sentence_of(i);
    let years = years_of_sentence(doc, s, Some(i))?;
    // The year the span lands on: right after it ("later, in 2021") or right before it
    // ("in 2021, 13 years later").
    let landing = years.iter().copied().find(|&(k, _)| {
        let y = &doc.quantities()[k];
        k > i && {
            let words = words_between(doc, link_end, y.span.start);
            let gap = doc.slice(Span::new(link_end, y.span.start));
            !gap.contains(['.', ';', ':']) && words.len() <= 2 && words.iter().all(|w| LATER_YEAR_WORDS.contains(&w.as_str()))
        }
    }).or_else(|| {
        years.iter().copied().rev().find(|&(k, _)| k < i && tight(doc, doc.quantities()[k].span.end, q.span.start))
    })?;
    let others: Vec<(usize, i64)> = years.iter().copied().filter(|&(k, _)| k != landing.0).collect();
    let start = match others.as_slice() {
        [one] if one.0 < i => *one,
        [] => {
            // The year the span counts from closes the sentence before.
            let prev = s.checked_sub(1)?;
            let earlier = years_of_sentence(doc, prev, None)?;
            match earlier.as_slice() {
                [one] => *one,
                _ => return None,
            }
        }
        _ => return None,
    };
    let computed = (landing.1 - start.1).abs();
    let allowed = slack(q)?;
    ((computed - n).abs() > allowed).then_some(Mismatch {
        figure: i,
        computed,
        years: [start.0.min(landing.0), start.0.max(landing.0)],
    })
}

/// The origin year and the event year of a sentence: exactly two years, exactly one of them
/// marked as an origin ("founded in 1990", "born in 1950", "completed in 1931").
fn origin_and_event(doc: &Document, s: usize, figure: usize) -> Option<((usize, i64), (usize, i64))> {
    let years = years_of_sentence(doc, s, Some(figure))?;
    let [a, b] = years.as_slice() else { return None };
    let floor = doc.sentence(s).start;
    let cue = |k: usize| has_origin_cue(doc, doc.quantities()[k].span.start, floor);
    match (cue(a.0), cue(b.0)) {
        (true, false) => Some((*a, *b)),
        (false, true) => Some((*b, *a)),
        _ => None,
    }
}

/// "Founded in 1990, the company celebrated its 40th anniversary in 2025".
fn anniversary(doc: &Document, i: usize, q: &Quantity) -> Option<Mismatch> {
    let text = doc.text();
    let n = q.number()?.to_i64()?;
    let (w_at, w) = word_after(text, q.span.end)?;
    let (noun_at, noun) = if w.eq_ignore_ascii_case("anniversary") || w.eq_ignore_ascii_case("birthday") {
        (w_at, w)
    } else {
        // "its 40th wedding anniversary"
        let (at2, w2) = word_after(text, w_at + w.len())?;
        if !(w2.eq_ignore_ascii_case("anniversary") || w2.eq_ignore_ascii_case("birthday")) || w.contains('-') {
            return None;
        }
        (at2, w2)
    };
    let after_noun = noun_at + noun.len();
    let s = doc.sentence_of(i);
    let next = word_after(text, after_noun).map(|(_, w)| w.to_ascii_lowercase());
    let (origin, event) = if next.as_deref() == Some("of") {
        // "the 40th anniversary of the 1985 treaty": the year in the "of" phrase is the origin.
        let years = years_of_sentence(doc, s, Some(i))?;
        let [a, b] = years.as_slice() else { return None };
        let in_phrase = |k: usize| {
            let y = &doc.quantities()[k];
            y.span.start > after_noun && {
                let gap = doc.slice(Span::new(after_noun, y.span.start));
                !gap.contains([',', ';', ':', '.']) && words_between(doc, after_noun, y.span.start).len() <= 6
            }
        };
        match (in_phrase(a.0), in_phrase(b.0)) {
            (true, false) => (*a, *b),
            (false, true) => (*b, *a),
            _ => return None,
        }
    } else {
        origin_and_event(doc, s, i)?
    };
    let computed = event.1 - origin.1;
    (computed != n && computed > 0).then_some(Mismatch {
        figure: i,
        computed,
        years: [origin.0.min(event.0), origin.0.max(event.0)],
    })
}

/// "The tower, completed in 1931, was 94 years old in 2025"; "born in 1950, … at age 69".
fn age(doc: &Document, i: usize, q: &Quantity, n: i64) -> Option<Mismatch> {
    let text = doc.text();
    let written = doc.slice(q.span).to_ascii_lowercase();
    let old = written.ends_with("old")
        || word_after(text, q.span.end).is_some_and(|(_, w)| w.eq_ignore_ascii_case("old") || w.eq_ignore_ascii_case("-old"));
    if !old {
        return None;
    }
    let s = doc.sentence_of(i);
    let (origin, event) = origin_and_event(doc, s, i)?;
    let computed = event.1 - origin.1;
    let allowed = slack(q)?.max(AGE_SLACK);
    ((computed - n).abs() > allowed && computed > 0).then_some(Mismatch {
        figure: i,
        computed,
        years: [origin.0.min(event.0), origin.0.max(event.0)],
    })
}

/// "born in 1950, … died in 2020 at age 79": an age given as "age N" or "aged N".
fn age_count(doc: &Document, i: usize, q: &Quantity) -> Option<Mismatch> {
    let text = doc.text();
    if q.kind != Kind::Count || q.noun.is_some() || q.bound.is_some() {
        return None;
    }
    let n = q.number()?;
    if !n.fract().is_zero() {
        return None;
    }
    let (at, w) = word_before(text, q.span.start)?;
    let aged = w.eq_ignore_ascii_case("aged")
        || w.eq_ignore_ascii_case("age")
        || w.eq_ignore_ascii_case("of") && word_before(text, at).is_some_and(|(_, a)| a.eq_ignore_ascii_case("age"));
    if !aged {
        return None;
    }
    let n = n.to_i64()?;
    let s = doc.sentence_of(i);
    let (origin, event) = origin_and_event(doc, s, i)?;
    let computed = event.1 - origin.1;
    let allowed = if q.approximate { HEDGED_SLACK } else { AGE_SLACK };
    ((computed - n).abs() > allowed && computed > 0).then_some(Mismatch {
        figure: i,
        computed,
        years: [origin.0.min(event.0), origin.0.max(event.0)],
    })
}

impl YearArithmetic {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for (i, q) in doc.quantities().iter().enumerate() {
            let found = match q.kind {
                Kind::Ordinal => anniversary(doc, i, q),
                Kind::Count => age_count(doc, i, q),
                Kind::Duration => {
                    let Some(n) = span_of_years(doc, q).and_then(|n| n.to_i64()) else { continue };
                    span_after(doc, i, q, n)
                        .or_else(|| span_later(doc, i, q, n))
                        .or_else(|| age(doc, i, q, n))
                }
                _ => None,
            };
            if let Some(m) = found {
                push(doc, out, m);
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
    fn fires_on_span_between_two_years() {
        assert_eq!(flags("The dam opened in 1998, 31 years after construction began in 1970."), vec!["31 years"]);
        assert_eq!(flags("In 2010, the council banned the practice; 13 years later, in 2021, it had disappeared."), vec!["13 years"]);
        assert_eq!(flags("The council banned the practice in 2010. Thirteen years later, in 2021, it had disappeared."), vec!["Thirteen years"]);
        assert_eq!(flags("The museum reopened in 2021, 20 years after it closed in 2008."), vec!["20 years"]);
    }

    #[test]
    fn fires_on_wrong_anniversary_and_age() {
        assert_eq!(flags("Founded in 1990, the company celebrated its 40th anniversary in 2025."), vec!["40th"]);
        assert_eq!(flags("The tower, completed in 1931, was 90 years old in 2025."), vec!["90 years old"]);
        assert_eq!(flags("Born in 1950, she died in 2020 at age 79."), vec!["79"]);
    }

    #[test]
    fn quiet_when_the_arithmetic_holds() {
        assert!(flags("The dam opened in 1998, 28 years after construction began in 1970.").is_empty());
        assert!(flags("In 2010, the council banned the practice; 11 years later, in 2021, it had disappeared.").is_empty());
        assert!(flags("Founded in 1990, the company celebrated its 35th anniversary in 2025.").is_empty());
        assert!(flags("The tower, completed in 1931, was 94 years old in 2025.").is_empty());
        assert!(flags("Born in 1950, she died in 2020 at age 69.").is_empty());
        assert!(flags("The dam opened in 1998, about 30 years after construction began in 1970.").is_empty());
    }

    #[test]
    fn quiet_when_the_years_are_not_tied() {
        assert!(flags("In 2008, the company, founded 30 years earlier, went public in 2010.").is_empty());
        assert!(flags("In 2015, 10 years after the war ended, the treaty was signed in 2016.").is_empty());
        assert!(flags("The plant, built in 1980, closed in 2020 after more than 30 years of losses.").is_empty());
        assert!(flags("Reliance fell from 90% to 60% within 13 years, between 2010 and 2023.").is_empty());
        assert!(flags("In 2010 he moved to Paris, where he would die 15 years later.").is_empty());
        assert!(flags("Founded in 1990 and listed in 2000, it marked its 25th anniversary of listing in 2025.").is_empty());
    }
}
