//! One file per rule. Each file reads top to bottom: the rule's doc comment (what it does,
//! why, an example that fires and one that must not), its detection, and its tests.
//!
//! Shared helpers for building diagnostics and for the tests live here.

use super::document::Document;
use super::registry::RuleInfo;
use crate::diagnostic::{Diagnostic, Related, Severity};
use crate::quantity::Span;

mod future_year_in_past_tense;
mod implausible_year;
mod inconsistent_repeat;
mod invalid_date;
mod inverted_range;
mod missing_scale;
mod missing_unit;
mod part_exceeds_whole;
mod parts_exceed_total;
mod share_over_100;
mod shares_exceed_100;
mod weekday_mismatch;
mod wrong_direction;
mod wrong_multiple;
mod wrong_percent_change;
mod year_arithmetic;

/// Every rule, in the order `numcheck rules` lists them.
pub(crate) static ALL: [RuleInfo; 16] = [
    missing_scale::MissingScale::INFO,
    missing_unit::MissingUnit::INFO,
    part_exceeds_whole::PartExceedsWhole::INFO,
    parts_exceed_total::PartsExceedTotal::INFO,
    future_year_in_past_tense::FutureYearInPastTense::INFO,
    implausible_year::ImplausibleYear::INFO,
    invalid_date::InvalidDate::INFO,
    weekday_mismatch::WeekdayMismatch::INFO,
    share_over_100::ShareOver100::INFO,
    shares_exceed_100::SharesExceed100::INFO,
    inverted_range::InvertedRange::INFO,
    wrong_percent_change::WrongPercentChange::INFO,
    wrong_direction::WrongDirection::INFO,
    wrong_multiple::WrongMultiple::INFO,
    year_arithmetic::YearArithmetic::INFO,
    inconsistent_repeat::InconsistentRepeat::INFO,
];

/// A diagnostic for `rule` at `span`; the checker sets the final severity.
pub(crate) fn diagnostic(rule: &'static str, span: Span, message: String) -> Diagnostic {
    Diagnostic {
        rule,
        severity: Severity::Warning,
        span,
        message,
        related: Vec::new(),
        suggestion: None,
    }
}

/// A related figure with a short label.
pub(crate) fn related(span: Span, message: impl Into<String>) -> Related {
    Related {
        span,
        message: message.into(),
    }
}

/// Where ASCII `needle` first occurs in `haystack`, ignoring ASCII case: the offset
/// `haystack.to_ascii_lowercase().find(&needle.to_ascii_lowercase())` gives, without the
/// two copies.
pub(crate) fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

/// True when `n` has no fractional part: a number written without decimals is whole, and
/// only the others need `fract`, which costs a division.
pub(crate) fn is_whole(n: rust_decimal::Decimal) -> bool {
    n.scale() == 0 || n.fract().is_zero()
}

/// The text of a figure as written, for messages.
pub(crate) fn shown<'d>(doc: &'d Document<'_>, span: Span) -> &'d str {
    doc.slice(span)
}

/// A change `from X to Y` that extraction linked, with the values of both ends.
pub(crate) struct ChangeFacts {
    pub from: usize,
    pub to: usize,
    pub verb: Span,
    pub rising: Option<bool>,
    pub from_value: rust_decimal::Decimal,
    pub to_value: rust_decimal::Decimal,
}

/// Every change relation whose two ends are plain numbers.
pub(crate) fn changes<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = ChangeFacts> + 'd {
    doc.relations().iter().filter_map(move |r| match *r {
        crate::quantity::Relation::Change {
            from,
            to,
            verb,
            rising,
        } => Some(ChangeFacts {
            from,
            to,
            verb,
            rising,
            from_value: doc.quantities().get(from)?.number()?,
            to_value: doc.quantities().get(to)?.number()?,
        }),
    })
}

/// The span covering both ends of a change, for pointing at "from 22% to 31%".
pub(crate) fn change_span(doc: &Document<'_>, c: &ChangeFacts) -> Span {
    let a = doc.quantities()[c.from].span;
    let b = doc.quantities()[c.to].span;
    a.cover(&b)
}

/// True when two figures measure the same sort of thing and can be added or compared:
/// two sums in one currency, two measures of one dimension, two plain counts.
pub(crate) fn same_measure(a: &crate::quantity::Quantity, b: &crate::quantity::Quantity) -> bool {
    use crate::quantity::Kind;
    let units = match (a.unit, b.unit) {
        (Some(x), Some(y)) => {
            x.code == y.code
                || x.dimension == y.dimension && x.dimension != crate::quantity::Dimension::Currency
        }
        (None, None) => true,
        _ => false,
    };
    let kinds = a.kind == b.kind
        && matches!(
            a.kind,
            Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
        );
    kinds && units
}

/// The most a part (or the parts together) may reach against `whole`: the whole itself, or 10%
/// more when a figure is hedged ("about 40"). `None` when the margin overflows: figures too
/// large for exact arithmetic are left alone.
pub(crate) fn hedged_ceiling(
    whole: rust_decimal::Decimal,
    hedged: bool,
) -> Option<rust_decimal::Decimal> {
    if hedged {
        whole.checked_add(whole / rust_decimal::Decimal::TEN)
    } else {
        Some(whole)
    }
}

/// A figure's value in a common base: SI for measures, the value itself otherwise. `None`
/// when the conversion to SI overflows: the value in its own unit would not be comparable.
pub(crate) fn base_value(q: &crate::quantity::Quantity) -> Option<rust_decimal::Decimal> {
    use crate::quantity::Dimension;
    match q.unit {
        Some(u) if !matches!(u.dimension, Dimension::Currency | Dimension::Ratio) => q.si_value(),
        _ => q.number(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    proptest::proptest! {
        #[test]
        fn find_ignoring_case_is_find_in_lower_case(
            haystack in "[a-zA-Z ,.é—]{0,24}",
            needle in "[a-zA-Z]{0,4}",
        ) {
            proptest::prop_assert_eq!(
                find_ignoring_case(&haystack, &needle),
                haystack.to_ascii_lowercase().find(&needle.to_ascii_lowercase())
            );
        }
    }

    #[test]
    fn is_whole_is_a_zero_fraction() {
        for n in ["0", "-7", "2.0", "2.50", "0.001", "1e3", "12.000"] {
            let n: Decimal = n.parse().or_else(|_| Decimal::from_scientific(n)).unwrap();
            assert_eq!(is_whole(n), n.fract().is_zero(), "{n}");
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs one rule over a sentence.
    use super::*;
    use crate::check::Format;
    use chrono::NaiveDate;

    /// Runs `info`'s check on `text` as of `as_of` (YYYY-MM-DD) and returns (rule, flagged text).
    pub(crate) fn run(info: &RuleInfo, text: &str, as_of: &str) -> Vec<(String, String)> {
        let date = NaiveDate::parse_from_str(as_of, "%Y-%m-%d").expect("test date");
        let doc = Document::build(text, Format::Text, Some(date));
        let mut out = Vec::new();
        (info.check)(&doc, &mut out);
        out.into_iter()
            .map(|d| (d.rule.to_string(), d.span.of(text).to_string()))
            .collect()
    }

    /// The texts `info` flags in `text`.
    pub(crate) fn flagged(info: &RuleInfo, text: &str, as_of: &str) -> Vec<String> {
        run(info, text, as_of).into_iter().map(|(_, t)| t).collect()
    }
}
