use super::diagnostic;
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::quantity::Value;

declare_rule! {
    /// A calendar date that does not exist.
    ///
    /// ## What it does
    /// Flags a date whose day is past the end of its month: February 30, 31 April,
    /// February 29 in a year that is not a leap year.
    ///
    /// ## Why is this bad?
    /// An impossible date is always a typo, and often the wrong day of a real event.
    ///
    /// ## Example that fires
    /// "The vote is scheduled for February 30, 2025."
    ///
    /// ## Example that must not fire
    /// "The vote is scheduled for February 28, 2025, and the count for Feb. 29, 2028."
    InvalidDate, id = "invalid-date", severity = Error
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            // Without a year, February 29 may be right.
            None => 29,
            Some(y) if chrono::NaiveDate::from_ymd_opt(y, 2, 29).is_some() => 29,
            Some(_) => 28,
        },
        _ => 31,
    }
}

impl InvalidDate {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for q in doc.quantities() {
            let Value::Date(d) = q.value else { continue };
            let Some(day) = d.day else { continue };
            let last = days_in_month(d.year, d.month);
            if day > last {
                let month = chrono::Month::try_from(u8::try_from(d.month).unwrap_or(0))
                    .map(|m| m.name())
                    .unwrap_or("that month");
                out.push(diagnostic(
                    "invalid-date",
                    q.span,
                    format!(
                        "{} is not a date: {month} has {last} days",
                        doc.slice(q.span)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&InvalidDate::INFO, text, "2025-10-28")
    }

    #[test]
    fn fires_on_impossible_days() {
        assert_eq!(
            flags("The vote is scheduled for February 30, 2025, two weeks on."),
            vec!["February 30, 2025"]
        );
        assert_eq!(
            flags("Applications close on 31 April 2026."),
            vec!["31 April 2026"]
        );
        assert_eq!(flags("It ended on Feb. 29, 2025."), vec!["Feb. 29, 2025"]);
    }

    #[test]
    fn quiet_on_real_dates() {
        assert!(
            flags("The vote is on February 28, 2025, and the count on Feb. 29, 2028.").is_empty()
        );
        assert!(flags("It opened on 30 April 2026 and on October 31.").is_empty());
    }
}
