use rust_decimal::prelude::ToPrimitive;

use super::{diagnostic, is_whole};
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{change_verb, noun_after, word_after, word_before};
use crate::quantity::{Kind, Quantity, Value};

declare_rule! {
    /// A year far outside any sensible span: a five-digit year, or one a millennium ahead.
    ///
    /// ## What it does
    /// Flags a figure the text uses as a year (`in 20124`, `since 20215`) that has five or more
    /// digits, or that lies more than a thousand years after the text's reference date. When
    /// dropping one digit gives exactly one plausible year, the message names it.
    ///
    /// ## Why is this bad?
    /// A doubled or stray digit in a year survives proofreading because the eye reads the
    /// familiar "2012" or "2024" inside "20124"; the reader is left to guess which was meant.
    ///
    /// ## Example that fires
    /// "The bridge was completed in 20124 after a decade of delays."
    ///
    /// ## Example that must not fire
    /// "The bridge, begun in 1931 on a site first settled in 1066, will be rebuilt by 2026."
    ImplausibleYear, id = "implausible-year", severity = Warning
}

/// How far past the reference date a year may lie before it is implausible.
const FUTURE_SPAN: i64 = 1000;

/// Words after a number that make it an era date or a count, never a calendar slip.
const NOT_A_YEAR_AFTER: &[&str] = &[
    "bc", "b.c", "b.c.", "bce", "b.c.e", "ad", "a.d", "ce", "years", "year", "bp", "million",
    "billion", "thousand", "times", "people", "feet", "metres", "meters", "units", "points",
];

/// Words before `by` that make it a difference or a factor ("rose by 15000", "multiplied by").
#[rustfmt::skip]
const BY_AS_AMOUNT: &[&str] = &[
    "multiplied", "divided", "times", "outnumbered", "exceeded", "beat", "won", "lost", "led",
    "trailed", "missed", "overshot", "undershot", "short",
];

fn year_value(q: &Quantity) -> Option<i64> {
    match (q.kind, q.value) {
        (Kind::Year, Value::Number(n)) if is_whole(n) => n.to_i64(),
        _ => None,
    }
}

/// True when the context reads the figure as a calendar year, not an amount after "by" or an
/// era date such as "10000 BC".
fn reads_as_year(doc: &Document, q: &Quantity) -> bool {
    let text = doc.text();
    if let Some((_, next)) = word_after(text, q.span.end)
        && NOT_A_YEAR_AFTER
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w))
    {
        return false;
    }
    // "in 12000 homes": a counted noun makes it a count the extractor took for a year.
    if noun_after(text, q.span.end, false).is_some() {
        return false;
    }
    let Some((by_start, before)) = word_before(text, q.span.start) else {
        return true;
    };
    if before.eq_ignore_ascii_case("by") {
        let prev = word_before(text, by_start).map(|(_, w)| w);
        if prev.is_some_and(|w| {
            change_verb(w).is_some() || BY_AS_AMOUNT.iter().any(|b| w.eq_ignore_ascii_case(b))
        }) {
            return false;
        }
    }
    true
}

/// The plausible years that dropping one digit of `year` gives, oldest first.
fn one_digit_fixes(year: i64, latest: i64) -> Vec<i64> {
    let digits = year.to_string();
    let mut fixes: Vec<i64> = (0..digits.len())
        .filter_map(|i| {
            let mut s = digits.clone();
            s.remove(i);
            if s.starts_with('0') {
                return None;
            }
            s.parse::<i64>().ok()
        })
        .filter(|y| (1000..=latest).contains(y))
        .collect();
    fixes.sort_unstable();
    fixes.dedup();
    fixes
}

impl ImplausibleYear {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let as_of = i64::from(doc.as_of_year());
        for (_, q) in doc.of_kind(Kind::Year) {
            let Some(year) = year_value(q) else { continue };
            let five_digits = year >= 10_000;
            if !(five_digits || year > as_of + FUTURE_SPAN) || !reads_as_year(doc, q) {
                continue;
            }
            let written = doc.slice(q.number_span);
            let fixes = one_digit_fixes(year, as_of + 10);
            let hint = match fixes.as_slice() {
                [] => String::new(),
                [one] => format!("; {one} was probably meant"),
                many => {
                    let listed: Vec<String> = many.iter().map(i64::to_string).collect();
                    format!("; a stray digit? {} would fit", listed.join(" or "))
                }
            };
            let mut d = diagnostic(
                "implausible-year",
                q.number_span,
                format!("{written} is not a plausible year for a text written in {as_of}{hint}"),
            );
            if let [one] = fixes.as_slice() {
                d.suggestion = Some(one.to_string());
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&ImplausibleYear::INFO, text, "2025-04-04")
    }

    #[test]
    fn fires_on_five_digit_years() {
        assert_eq!(
            flags("The bridge was completed in 20124 after a decade of delays."),
            vec!["20124"]
        );
        assert_eq!(
            flags("Prices have doubled since 20219, officials said."),
            vec!["20219"]
        );
        assert_eq!(
            flags("The line should be finished by 20300."),
            vec!["20300"]
        );
    }

    #[test]
    fn suggests_a_unique_fix() {
        let text = "The tunnel opened in 20255.";
        let doc = Document::build(
            text,
            crate::check::Format::Text,
            chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
        );
        let mut out = Vec::new();
        ImplausibleYear::check(&doc, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].suggestion.as_deref(), Some("2025"));
        assert!(out[0].message.contains("2025"), "{}", out[0].message);
    }

    #[test]
    fn quiet_on_real_years() {
        assert!(flags("The bridge, begun in 1931 on a site first settled in 1066, will be rebuilt by 2026.").is_empty());
        assert!(
            flags("Test mining of the field is anticipated in 2026, with extraction in 2027.")
                .is_empty()
        );
        assert!(
            flags("The council meets on Monday, Jan. 13, 2025, to discuss the 2026 budget.")
                .is_empty()
        );
    }

    #[test]
    fn quiet_on_amounts_and_eras() {
        assert!(flags("Membership rose by 15000 last year.").is_empty());
        assert!(flags("Settlers arrived in 10000 BC, the museum says.").is_empty());
        assert!(flags("Power was restored in 12000 homes overnight.").is_empty());
        assert!(flags("The fund grew to 25,000 in 2024.").is_empty());
    }
}
