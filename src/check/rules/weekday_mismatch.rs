use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::prelude::ToPrimitive;

use super::{diagnostic, find_ignoring_case};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::quantity::{Kind, PartialDate, Value};

declare_rule! {
    /// A date names the wrong day of the week.
    ///
    /// ## What it does
    /// Flags a date written with a weekday ("Tuesday, Oct. 29, 2025") when the calendar puts
    /// that date on another day, and suggests the right weekday. A date written without a
    /// year is read in the year that puts it nearest the text's reference date, and only
    /// when the caller gave that date, the date falls between three weeks before it and
    /// three months after it, and the weekday fits no other year in sight.
    ///
    /// ## Why is this bad?
    /// Either the weekday or the day of the month is wrong, and readers act on both: an event
    /// announced for "Tuesday, Oct. 29" leaves them unsure which day to turn up.
    ///
    /// ## Example that fires
    /// "Talks resume on Tuesday, Oct. 29, 2025, in Gyeongju."
    ///
    /// ## Example that must not fire
    /// "The council meets on Monday, Jan. 13, 2025, to discuss the 2026 budget."
    WeekdayMismatch, id = "weekday-mismatch", severity = Error
}

/// How far before the reference date a date without a year may fall to be given its year:
/// news names the weekday of a recent event, a week or two back.
const YEARLESS_DAYS_BEFORE: i64 = 21;

/// How far after the reference date: an announced meeting or vote, up to a quarter ahead.
const YEARLESS_DAYS_AFTER: i64 = 92;

const NAMES: [(Weekday, &str, &[&str]); 7] = [
    (Weekday::Mon, "Monday", &["Monday", "Mon"]),
    (Weekday::Tue, "Tuesday", &["Tuesday", "Tues", "Tue"]),
    (Weekday::Wed, "Wednesday", &["Wednesday", "Wed"]),
    (
        Weekday::Thu,
        "Thursday",
        &["Thursday", "Thurs", "Thur", "Thu"],
    ),
    (Weekday::Fri, "Friday", &["Friday", "Fri"]),
    (Weekday::Sat, "Saturday", &["Saturday", "Sat"]),
    (Weekday::Sun, "Sunday", &["Sunday", "Sun"]),
];

fn full_name(w: Weekday) -> &'static str {
    NAMES
        .iter()
        .find(|(d, _, _)| *d == w)
        .map_or("", |(_, n, _)| n)
}

/// The weekday word as written inside `figure`, with its byte range there.
fn weekday_word(figure: &str, w: Weekday) -> Option<(usize, usize)> {
    let (_, _, spellings) = NAMES.iter().find(|(d, _, _)| *d == w)?;
    for spelling in spellings.iter() {
        let mut from = 0;
        while let Some(p) = figure
            .get(from..)
            .and_then(|t| find_ignoring_case(t, spelling))
        {
            let start = from + p;
            let end = start + spelling.len();
            let before_ok = figure[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphabetic());
            let after_ok = figure[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphabetic());
            if before_ok && after_ok {
                return Some((start, end));
            }
            from = end;
        }
    }
    None
}

/// The right weekday in the form the text used: full name, or the same abbreviation length.
fn in_same_form(written: &str, right: Weekday) -> String {
    let full = full_name(right);
    if written.len() >= 6 {
        return full.to_string();
    }
    let n = written.len().min(full.len());
    let mut short = full[..n].to_string();
    if written.chars().all(|c| c.is_ascii_uppercase()) {
        short = short.to_ascii_uppercase();
    }
    short
}

/// The year a date without one most likely has: the one that puts it nearest `as_of`, when
/// that is within the window.
fn nearest_year(d: &PartialDate, as_of: NaiveDate) -> Option<NaiveDate> {
    let day = d.day?;
    [as_of.year() - 1, as_of.year(), as_of.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, d.month, day))
        .min_by_key(|n| (*n - as_of).num_days().abs())
        .filter(|n| {
            (-YEARLESS_DAYS_BEFORE..=YEARLESS_DAYS_AFTER).contains(&(*n - as_of).num_days())
        })
}

/// True when the weekday fits the date in some year the text names near quantity `i`
/// ("In 2019 … on Tuesday, Oct. 29"): then that year may be the one meant.
fn fits_a_nearby_year(doc: &Document, i: usize, d: &PartialDate, named: Weekday) -> bool {
    let Some(day) = d.day else { return true };
    let from = i.saturating_sub(WINDOW);
    let to = (i + WINDOW).min(doc.quantities().len());
    doc.quantities()[from..to].iter().any(|q| {
        let year = match (q.kind, q.value) {
            (Kind::Year | Kind::Decade, Value::Number(n)) => n.to_i32(),
            (Kind::Date, Value::Date(p)) => p.year,
            _ => None,
        };
        let Some(year) = year else { return false };
        // A decade stands for its ten years.
        let span = if q.kind == Kind::Decade { 10 } else { 1 };
        (year..year.saturating_add(span))
            .any(|y| NaiveDate::from_ymd_opt(y, d.month, day).is_some_and(|n| n.weekday() == named))
    })
}

impl WeekdayMismatch {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for (i, q) in doc.of_kind(Kind::Date) {
            let Value::Date(d) = q.value else { continue };
            let Some(named) = d.weekday else { continue };
            let (date, inferred) = match d.year {
                Some(_) => match d.to_naive() {
                    Some(n) => (n, false),
                    None => continue,
                },
                // Without a year, only a reference date the caller gave can supply one.
                None if !doc.as_of_given => continue,
                None => match nearest_year(&d, doc.as_of) {
                    Some(n) if !fits_a_nearby_year(doc, i, &d, named) => (n, true),
                    _ => continue,
                },
            };
            let actual = date.weekday();
            if actual == named {
                continue;
            }
            let figure = doc.slice(q.span);
            let when = if inferred {
                format!("{} (read as {})", figure, date.format("%Y-%m-%d"))
            } else {
                date.format("%B %-d, %Y").to_string()
            };
            let mut diag = diagnostic(
                "weekday-mismatch",
                q.span,
                format!(
                    "{when} is a {}, not a {}",
                    full_name(actual),
                    full_name(named)
                ),
            );
            if let Some((s, e)) = weekday_word(figure, named) {
                let fixed = in_same_form(&figure[s..e], actual);
                diag.suggestion = Some(format!("{}{}{}", &figure[..s], fixed, &figure[e..]));
            }
            out.push(diag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Format;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str, as_of: &str) -> Vec<String> {
        flagged(&WeekdayMismatch::INFO, text, as_of)
    }

    fn suggestion(text: &str, as_of: &str) -> Option<String> {
        let date = NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap();
        let doc = Document::build(text, Format::Text, Some(date));
        let mut out = Vec::new();
        WeekdayMismatch::check(&doc, &mut out);
        out.pop()?.suggestion
    }

    #[test]
    fn fires_on_wrong_weekday() {
        assert_eq!(
            flags(
                "Talks resume on Tuesday, Oct. 29, 2025, in Gyeongju.",
                "2025-10-20"
            ),
            vec!["Tuesday, Oct. 29, 2025"]
        );
        assert_eq!(
            flags(
                "The report was published on Friday, March 4, 2024.",
                "2024-12-01"
            ),
            vec!["Friday, March 4, 2024"]
        );
    }

    #[test]
    fn suggests_the_right_weekday() {
        assert_eq!(
            suggestion(
                "Talks resume on Tuesday, Oct. 29, 2025, in Gyeongju.",
                "2025-10-20"
            )
            .as_deref(),
            Some("Wednesday, Oct. 29, 2025")
        );
        assert_eq!(
            suggestion(
                "The report was published on Friday, March 4, 2024.",
                "2024-12-01"
            )
            .as_deref(),
            Some("Monday, March 4, 2024")
        );
    }

    #[test]
    fn reads_a_yearless_date_near_the_reference_date() {
        assert_eq!(
            flags("The summit opens on Tuesday, Oct. 29.", "2025-10-20"),
            vec!["Tuesday, Oct. 29"]
        );
        assert!(flags("The summit opens on Wednesday, Oct. 29.", "2025-10-20").is_empty());
        // Far from the reference date, or with another year in view: no year to assume.
        assert!(flags("The summit opened on Tuesday, March 4.", "2025-10-20").is_empty());
        assert_eq!(
            flags(
                "The next meeting is on Wednesday, Dec. 18, when projections reach 2028.",
                "2025-10-30"
            ),
            vec!["Wednesday, Dec. 18"]
        );
        assert!(
            flags(
                "In 2019 the talks stalled. They resumed on Tuesday, Oct. 29.",
                "2025-10-20"
            )
            .is_empty()
        );
        assert!(flags("The talks, first held in 2019, stalled. Aides met. Officials said little. They resumed on Tuesday, Oct. 29.", "2025-10-20").is_empty());
    }

    #[test]
    fn years_at_the_limits_do_not_panic() {
        // The largest year and decade the extractor gives, tried for a date without a year:
        // Oct. 29, 99999 is a Friday; Oct. 29, 2993 a Tuesday.
        assert_eq!(
            flags(
                "In 99999 the talks stalled. They resumed on Tuesday, Oct. 29.",
                "2025-10-20"
            ),
            vec!["Tuesday, Oct. 29"]
        );
        assert!(
            flags(
                "In the 2990s the talks stalled. They resumed on Tuesday, Oct. 29.",
                "2025-10-20"
            )
            .is_empty()
        );
        // A figure past i32's years is a count, not a year.
        assert_eq!(
            flags(
                "In 2147483647 the talks stalled. They resumed on Tuesday, Oct. 29.",
                "2025-10-20"
            ),
            vec!["Tuesday, Oct. 29"]
        );
    }

    #[test]
    fn needs_a_given_date_to_read_a_yearless_date() {
        let text = "The summit opens on Tuesday, Oct. 29.";
        let doc = Document::build(text, Format::Text, None);
        let mut out = Vec::new();
        WeekdayMismatch::check(&doc, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn quiet_on_right_weekdays() {
        assert!(
            flags(
                "The council meets on Monday, Jan. 13, 2025, to discuss the 2026 budget.",
                "2025-01-13"
            )
            .is_empty()
        );
        assert!(
            flags(
                "It ended on Wednesday, Oct. 29, 2025, after a week.",
                "2025-11-01"
            )
            .is_empty()
        );
        assert!(flags("The vote is scheduled for February 30, 2025.", "2025-01-01").is_empty());
    }
}
