use rust_decimal::Decimal;

use super::diagnostic;
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{change_verb, word_after, word_before};
use crate::quantity::{Bound, Kind, Quantity, Span};

declare_rule! {
    /// A share, stake or portion of a whole above 100%.
    ///
    /// ## What it does
    /// Flags a percentage over 100 that the wording makes a part of a whole: "a 130% share of
    /// the market", "a 120% stake", "a market share of 105%", "115% of voters". Increases,
    /// growth and changes ("grew 200%", "a 150% rise") and ratios to another quantity ("debt
    /// at 130% of GDP", "150% of the national average") are left alone.
    ///
    /// ## Why is this bad?
    /// No part of a whole can be larger than the whole; the figure is a typo, or a change
    /// written as a share.
    ///
    /// ## Example that fires
    /// "The firm controls a 130% share of the domestic market."
    ///
    /// ## Example that must not fire
    /// "Sales grew 200% in the quarter, and debt stands at 130% of GDP."
    ShareOver100, id = "share-over-100", severity = Error
}

/// Nouns right after the figure that make it a part of a whole.
#[rustfmt::skip]
const SHARE_NOUNS: &[&str] = &[
    "share", "stake", "portion", "proportion", "majority", "fraction", "ownership", "slice",
    "shareholding", "holding",
];

/// Words after a share noun that make it something else: "a 130% share price rise".
const NOT_A_SHARE_AFTER: &[&str] = &[
    "price", "prices", "value", "values", "buyback", "buybacks", "count", "capital", "issue",
    "sale", "sales", "rally", "gain", "gains", "jump", "surge", "increase", "rise",
];

/// Populations and wholes that an `of` phrase may name for the figure to be a share.
#[rustfmt::skip]
const WHOLES: &[&str] = &[
    "voters", "respondents", "adults", "households", "residents", "population", "vote", "votes",
    "electorate", "market", "seats", "shares", "students", "members", "employees", "workers",
    "workforce", "staff", "people", "americans", "citizens", "children", "women", "men",
    "participants", "customers", "users", "patients", "company", "firm", "business", "land",
    "territory", "total", "whole", "ballots", "electors", "delegates", "parents", "teens",
    "teenagers", "consumers", "businesses", "companies", "firms", "surveyed", "polled", "asked",
    "questioned", "interviewed",
];

/// Words inside the `of` phrase that make it a ratio to another figure, not a whole:
/// "150% of the previous year's level", "130% of the national average".
#[rustfmt::skip]
const RATIO_WORDS: &[&str] = &[
    "gdp", "output", "income", "incomes", "capacity", "target", "targets", "average", "level",
    "levels", "previous", "prior", "last", "earlier", "pre-pandemic", "normal", "usual", "original",
    "expected", "estimate", "limit", "quota", "baseline", "benchmark", "median", "cost", "costs",
    "price", "prices", "value", "budget", "salary", "salaries", "wage", "wages", "revenue",
    "revenues", "earnings", "debt", "requirement", "requirements", "size", "peak", "record", "rate",
    "figure", "amount", "year's", "year’s", "month's", "month’s", "goal", "forecast", "projection",
    "poverty", "minimum", "maximum",
];

/// Words around the figure that make it a change or a comparison, not a share.
#[rustfmt::skip]
const CHANGE_WORDS: &[&str] = &[
    "increase", "increases", "rise", "rises", "growth", "jump", "jumps", "gain", "gains", "surge",
    "surges", "boost", "hike", "hikes", "higher", "more", "greater", "larger", "bigger", "above",
    "over", "premium", "return", "returns", "markup", "mark-up", "uplift", "spike", "rally",
    "increase", "than", "times", "oversubscribed", "oversubscription", "leverage", "collateral",
    "coverage", "loan-to-value", "ratio", "compared", "versus", "vs", "annual", "annually",
    "yearly", "year-on-year", "year-over-year", "on-year", "interest", "tariff", "tariffs", "duty",
    "duties", "tax", "taxes", "rate", "occupancy", "efficiency", "attendance", "capacity",
    "turnout",
];

/// How far around a figure its clause is read, in bytes.
const REACH: usize = 300;

/// Up to `n` lower-cased words after byte `pos`, stopping at punctuation that ends a phrase.
fn words_after(text: &str, mut pos: usize, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    while words.len() < n {
        let Some((start, w)) = word_after(text, pos) else {
            break;
        };
        let gap = text.get(pos..start).unwrap_or("");
        if gap.contains([',', ';', ':', '.', '(', ')', '—', '–', '"', '“', '”']) {
            break;
        }
        words.push(w.to_lowercase());
        pos = start + w.len();
    }
    words
}

/// Up to `n` lower-cased words before byte `pos` within `floor`, nearest first.
fn words_before(text: &str, mut pos: usize, floor: usize, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    while words.len() < n {
        let Some((start, w)) = word_before(text, pos) else {
            break;
        };
        if start < floor {
            break;
        }
        let gap = text.get(start + w.len()..pos).unwrap_or("");
        if gap.contains([';', ':', '(', ')', '—', '–']) {
            break;
        }
        words.push(w.to_lowercase());
        pos = start;
    }
    words
}

fn is_in(word: &str, list: &[&str]) -> bool {
    list.contains(&word)
}

/// Why the figure is a share, or `None` when the wording does not make it one.
fn share_cue(doc: &Document, q: &Quantity, clause: Span) -> Option<&'static str> {
    let text = doc.text();
    let after = words_after(text, q.span.end, 6);
    let before = words_before(text, q.span.start, clause.start, 6);
    // A change or comparison anywhere close makes it no share.
    if after
        .iter()
        .take(4)
        .any(|w| is_in(w, CHANGE_WORDS) || change_verb(w).is_some())
        || before
            .iter()
            .any(|w| change_verb(w).is_some() || is_in(w, CHANGE_WORDS))
    {
        return None;
    }
    // "a 130% (global market) share", "a 120% stake"
    for (k, w) in after.iter().enumerate().take(3) {
        if is_in(w, SHARE_NOUNS) {
            let next = after.get(k + 1).map(String::as_str).unwrap_or("");
            return (!is_in(next, NOT_A_SHARE_AFTER)).then_some("a share");
        }
        if w == "of" || w == "in" || w == "and" || w == "or" {
            break;
        }
    }
    // "a market share of 105%", "a stake of 120%"
    if before.first().is_some_and(|w| w == "of")
        && before.get(1).is_some_and(|w| is_in(w, SHARE_NOUNS))
    {
        return Some("a share");
    }
    // "115% of voters", "120% of the market", "110% of those surveyed"
    if after.first().is_some_and(|w| w == "of") {
        let phrase = &after[1..];
        // The words right after "of" say what it is a ratio of, up to the whole they name
        // ("of the market last year": the market is the whole; "last year" is another matter).
        let upto = phrase
            .iter()
            .position(|w| is_in(w, WHOLES))
            .map_or(phrase.len(), |p| p + 1);
        if phrase[..upto]
            .iter()
            .any(|w| is_in(w, RATIO_WORDS) || w.ends_with("'s") || w.ends_with("’s"))
        {
            return None;
        }
        let named = phrase.iter().take(4).find(|w| {
            !matches!(
                w.as_str(),
                "the"
                    | "all"
                    | "its"
                    | "their"
                    | "those"
                    | "these"
                    | "his"
                    | "her"
                    | "our"
                    | "registered"
                    | "eligible"
                    | "likely"
                    | "domestic"
                    | "global"
                    | "world"
                    | "local"
                    | "national"
            )
        });
        if let Some(w) = named
            && (is_in(w, WHOLES) || matches!(w.as_str(), "them" | "whom"))
        {
            return Some("a part of a whole");
        }
    }
    None
}

impl ShareOver100 {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let hundred = Decimal::ONE_HUNDRED;
        for (i, q) in doc.of_kind(Kind::Percent) {
            let Some(v) = q.number() else { continue };
            if v <= hundred || matches!(q.bound, Some(Bound::AtMost | Bound::LessThan)) {
                continue;
            }
            let sentence = crate::check::document::near(
                doc.text(),
                doc.sentence(doc.sentence_of(i)),
                q.span,
                REACH,
            );
            let clause = doc.clause(q.span, sentence);
            let Some(cue) = share_cue(doc, q, clause) else {
                continue;
            };
            let figure = doc.slice(q.span);
            out.push(diagnostic(
                "share-over-100",
                q.span,
                format!("{figure} is given as {cue}, but no part can exceed 100% of its whole"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&ShareOver100::INFO, text, "2025-05-05")
    }

    #[test]
    fn fires_on_shares_over_100() {
        assert_eq!(
            flags("The firm controls a 130% share of the domestic market."),
            vec!["130%"]
        );
        assert_eq!(
            flags("China holds an approximately 170% global market share of mining."),
            vec!["approximately 170%"]
        );
        assert_eq!(
            flags("The fund bought a 120% stake in the airline."),
            vec!["120%"]
        );
        assert_eq!(
            flags("The party won 112% of the vote in the district."),
            vec!["112%"]
        );
        assert_eq!(
            flags("Some 140% of those surveyed said they backed the plan."),
            vec!["Some 140%"]
        );
        assert_eq!(
            flags("Its market share of 105% is the largest in the region."),
            vec!["105%"]
        );
        assert_eq!(
            flags("The company captured 105 percent of the market last year."),
            vec!["105 percent"]
        );
    }

    #[test]
    fn quiet_on_growth_and_changes() {
        assert!(
            flags("Sales grew 200% in the quarter as the Boeing 737 MAX returned to service.")
                .is_empty()
        );
        assert!(flags("The company reported a 200% increase in profit.").is_empty());
        assert!(flags("Shares are up 150% this year.").is_empty());
        assert!(flags("Exports rose 130% to a record.").is_empty());
        assert!(flags("Its share of the market rose by 120% over the decade.").is_empty());
        assert!(
            flags("The stock jumped 300% after the results, a 300% share price rise.").is_empty()
        );
    }

    #[test]
    fn quiet_on_ratios_to_other_figures() {
        assert!(flags("Public debt stands at 130% of GDP.").is_empty());
        assert!(flags("Rents reached 150% of the national average.").is_empty());
        assert!(flags("Output hit 110% of capacity and 105% of target.").is_empty());
        assert!(flags("Turnout was 120% of last year's vote.").is_empty());
        assert!(flags("The offer was 250% oversubscribed.").is_empty());
        assert!(flags("Players gave 110% on the night.").is_empty());
        assert!(flags("The firm's debt is 180% of equity.").is_empty());
        assert!(
            flags(
                "Turnout reached 105% of registered voters in some precincts, prompting a probe."
            )
            .is_empty()
        );
    }

    #[test]
    fn quiet_on_shares_within_100() {
        assert!(flags("China holds an approximately 70% global market share of mining and 90% of processing capacity.").is_empty());
        assert!(flags("The firm controls a 100% stake in the unit.").is_empty());
    }
}
