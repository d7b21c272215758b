use super::{diagnostic, related};
use crate::check::document::{ClauseScan, Document, Tense, strongly_future};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::word_before;
use crate::quantity::{Kind, Quantity, Span, Value};

declare_rule! {
    /// A completed event is dated in a year that has not happened yet.
    ///
    /// ## What it does
    /// Flags a year (`in 2026`) in a past-tense clause ("exported", "was", "fell") when the
    /// year is after the text's reference date. Without relying on the date, it also flags a
    /// year the same text treats both as future ("is anticipated in 2026") and as done.
    ///
    /// ## Why is this bad?
    /// A figure reported for a future year is either a forecast written as fact or the wrong
    /// year; both mislead.
    ///
    /// ## Example that fires
    /// "Japan exported 1.37 million vehicles to the United States in 2026" (as of 2025-10-28).
    ///
    /// ## Example that must not fire
    /// "Test mining of the field is anticipated in 2026, with extraction in 2027."
    FutureYearInPastTense, id = "future-year-in-past-tense", severity = Error
}

/// Prepositions that make a year the time of the clause's event.
fn is_event_year(doc: &Document, q: &Quantity) -> bool {
    word_before(doc.text(), q.span.start).is_some_and(|(_, w)| {
        ["in", "during", "throughout", "on"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

fn year_of(q: &Quantity) -> Option<i32> {
    match (q.kind, q.value) {
        (Kind::Year, Value::Number(n)) => i32::try_from(n.trunc().mantissa()).ok(),
        (Kind::Date, Value::Date(d)) => d.year,
        _ => None,
    }
}

/// The clause and the tense of each dated figure, the costly reads: each is read at most
/// once, and only for a figure that may be reported.
struct Reads<'d, 't> {
    doc: &'d Document<'t>,
    dated: &'d [(usize, i32)],
    clauses: Vec<Option<ClauseScan>>,
    tenses: Vec<Option<Tense>>,
}

impl Reads<'_, '_> {
    fn scan(&mut self, k: usize) -> &mut ClauseScan {
        let (doc, i) = (self.doc, self.dated[k].0);
        self.clauses[k].get_or_insert_with(|| doc.clause_scan_of(i))
    }

    fn clause(&mut self, k: usize) -> Span {
        let text = self.doc.text();
        self.scan(k).span(text)
    }

    fn tense(&mut self, k: usize) -> Tense {
        if let Some(tense) = self.tenses[k] {
            return tense;
        }
        let (doc, i) = (self.doc, self.dated[k].0);
        let tense = doc.tense_in(i, self.scan(k));
        self.tenses[k] = Some(tense);
        tense
    }
}

impl FutureYearInPastTense {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let dated: Vec<(usize, i32)> = doc
            .quantities()
            .iter()
            .enumerate()
            // The year first: it is a field read, the words before are not.
            .filter_map(|(i, q)| Some((i, q, year_of(q)?)))
            .filter(|(_, q, _)| is_event_year(doc, q))
            .map(|(i, _, year)| (i, year))
            .collect();
        let mut reads = Reads {
            doc,
            dated: &dated,
            clauses: vec![None; dated.len()],
            tenses: vec![None; dated.len()],
        };
        // The first mention of each year that the text states as a plan, read once: a map
        // keeps the timeline check linear however many years the text names. An ordered map:
        // it is mostly empty or tiny, and an integer key needs no hashing.
        let mut planned: std::collections::BTreeMap<i32, usize> = std::collections::BTreeMap::new();
        let as_of_year = doc.as_of_year();
        for (k, &(j, year)) in dated.iter().enumerate() {
            // Only a year the report loop below may look up: not after the text's date (a
            // later one is reported as future anyway), and not one the caller's date settles.
            let looked_up =
                year <= as_of_year && year < 10_000 && !(doc.as_of_given && year < as_of_year);
            if doc.quantities()[j].kind != Kind::Year || !looked_up || planned.contains_key(&year) {
                continue;
            }
            if reads.tense(k) == Tense::Future && strongly_future(doc.slice(reads.clause(k))) {
                planned.insert(year, j);
            }
        }
        for (k, &(i, year)) in dated.iter().enumerate() {
            // A five-digit year is implausible-year's to report.
            if year >= 10_000 {
                continue;
            }
            let q = &doc.quantities()[i];
            let future = q.kind == Kind::Year && year > as_of_year
                || q.kind == Kind::Date
                    && matches!(q.value, Value::Date(d) if d.to_naive().is_some_and(|n| n > doc.as_of));
            // Only a future figure, or a year the text treats as still to come elsewhere, can
            // be reported below; the tense, the costly read, comes last. With the caller's own
            // date, a year before it cannot be still to come, whatever a cue says.
            let plan = if future {
                None
            } else if q.kind != Kind::Year || doc.as_of_given && year < as_of_year {
                continue;
            } else if let Some(&j) = planned.get(&year) {
                Some(j)
            } else {
                continue;
            };
            if reads.tense(k) != Tense::Past {
                continue;
            }
            let text = doc.slice(q.span);
            if future {
                out.push(diagnostic(
                    "future-year-in-past-tense",
                    q.span,
                    format!(
                        "{text} is after the text's date ({}), but the sentence reports it as done",
                        doc.as_of
                    ),
                ));
                continue;
            }
            // The text itself treats the year as still to come elsewhere, in so many words
            // ("is anticipated in 2026").
            if let Some(j) = plan {
                let mut d = diagnostic(
                    "future-year-in-past-tense",
                    q.span,
                    format!(
                        "{text} is reported as done, but the same text treats {year} as still to come"
                    ),
                );
                d.related
                    .push(related(doc.quantities()[j].span, "treated as future here"));
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str, as_of: &str) -> Vec<String> {
        flagged(&FutureYearInPastTense::INFO, text, as_of)
    }

    #[test]
    fn fires_on_past_tense_future_year() {
        for text in [
            "The Fed has reduced its holdings from a peak of nearly $9 trillion in 2027 to about $6.6 trillion.",
            "Raleigh is 28 and was drafted by Seattle in the third round in 2027.",
            "She died in 2027, aged 94, without learning the truth.",
            "About 24 per cent of households consisted of a single person, up from 22 per cent in 2027.",
        ] {
            assert_eq!(flags(text, "2025-11-01"), vec!["2027"], "{text}");
        }
        assert_eq!(
            flags(
                "Japan exported 1.37 million vehicles stateside in 2026, while importing just over 16,000 U.S. cars.",
                "2025-10-28"
            ),
            vec!["2026"]
        );
        assert_eq!(
            flags(
                "The plant produced 40,000 turbines in 2027, the company said.",
                "2024-03-01"
            ),
            vec!["2027"]
        );
        assert_eq!(
            flags(
                "Unemployment fell to 3.4% in 2025, the lowest level in decades.",
                "2023-09-14"
            ),
            vec!["2025"]
        );
    }

    #[test]
    fn fires_on_timeline_contradiction_without_date() {
        let text =
            "Test mining is anticipated in 2026. Japan exported 1.37 million vehicles in 2026.";
        // No date from the caller: today (after 2026) stands in, and the text's own plan dates it.
        let doc = Document::build(text, crate::check::Format::Text, None);
        let mut out = Vec::new();
        FutureYearInPastTense::check(&doc, &mut out);
        let flagged: Vec<_> = out.iter().map(|d| d.span.of(text)).collect();
        assert_eq!(flagged, vec!["2026"]);
        // With the caller's date after 2026, the plan is simply old news.
        assert!(flags(text, "2030-01-01").is_empty());
    }

    #[test]
    fn quiet_on_future_tense_and_past_years() {
        assert!(flags("The carrier expects to receive 41 jets in 2026, its finance chief told analysts on Tuesday.", "2025-10-28").is_empty());
        assert!(
            flags(
                "Test mining of the field is anticipated in 2026, with extraction in 2027.",
                "2025-10-28"
            )
            .is_empty()
        );
        assert!(flags("Inflation eased to 2.4% in 2024 from 3.1% in 2023, and is forecast to reach 2% in 2026.", "2025-01-06").is_empty());
        assert!(
            flags(
                "The council meets on Monday, Jan. 13, 2025, to discuss the 2026 budget.",
                "2025-01-13"
            )
            .is_empty()
        );
        assert!(
            flags(
                "Five were returned in a bilateral deal in 2005.",
                "2025-10-28"
            )
            .is_empty()
        );
    }
}
