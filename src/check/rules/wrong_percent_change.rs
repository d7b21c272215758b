use rust_decimal::Decimal;

use super::{ChangeFacts, changes, diagnostic, related};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::quantity::{Kind, Quantity, Span};

declare_rule! {
    /// A stated percent change does not match the figures it connects.
    ///
    /// ## What it does
    /// Reads a change with both ends given ("rose 20% from $100 million to $150 million",
    /// "climbed 12 percent to $1,680, up from $1,200", "… up from 800, a 50% rise") and
    /// recomputes the change. It flags the stated percentage when it is off by more than the
    /// rounding its own precision and the precision of the two figures allow. Between two
    /// percentages, a change in points is accepted too. Hedged or bounded percentages are
    /// left alone.
    ///
    /// ## Why is this bad?
    /// Percent changes are the figures readers quote; a wrong one spreads.
    ///
    /// ## Example that fires
    /// "Revenue rose 20% from $100 million to $150 million." (it is 50%)
    ///
    /// ## Example that must not fire
    /// "Revenue fell 25% from $200 million to $150 million."
    WrongPercentChange, id = "wrong-percent-change", severity = Warning
}

/// Words after a percentage that make it the size of a change: "a 50% rise".
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "increase",
    "gain",
    "jump",
    "drop",
    "fall",
    "decline",
    "decrease",
    "cut",
    "growth",
    "reduction",
    "climb",
    "surge",
    "slump",
    "loss",
    "hike",
];

/// Half a unit in the last written digit of a figure, relative to its value: the most that
/// rounding can have moved it.
fn rounding(doc: &Document, q: &Quantity) -> Decimal {
    let Some(value) = q.number() else {
        return Decimal::ZERO;
    };
    let written = doc.slice(q.number_span);
    let digits: String = written
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let Ok(numeral) = digits.parse::<Decimal>() else {
        return Decimal::ZERO;
    };
    if numeral.is_zero() || value.is_zero() {
        return Decimal::ZERO;
    }
    // A figure written to the last of Decimal's 28 places has no coarser half unit.
    let Ok(ulp) = Decimal::try_new(5, numeral.scale() + 1) else {
        return Decimal::ZERO;
    };
    // News copy gives a figure to at least two significant digits: "$1 billion" next to
    // "$1.2 billion" means 1.0, not anything from 0.5 to 1.5.
    ulp.checked_div(numeral)
        .unwrap_or(Decimal::ZERO)
        .abs()
        .min(Decimal::new(5, 2))
}

/// The percentage that states the size of change `c`, if the sentence has one.
fn stated_change<'d>(doc: &'d Document, c: &ChangeFacts) -> Option<(usize, &'d Quantity)> {
    let qs = doc.quantities();
    let s = doc.sentence_of(c.from);
    let (lo, hi) = (c.from.min(c.to), c.from.max(c.to));
    // Only a bounded stretch around the change is read, however long the sentence.
    let sentence = doc.in_sentence(s);
    let near = lo.saturating_sub(WINDOW).max(sentence.start)..(hi + WINDOW).min(sentence.end);
    let mut best: Option<(u8, usize)> = None;
    for i in near.filter(|&i| i != c.from && i != c.to) {
        let q = &qs[i];
        if !matches!(q.kind, Kind::Percent | Kind::PercentagePoints) {
            continue;
        }
        // Between the two ends: "$13.7 billion, up 3 per cent from $13.3 billion".
        let inside = lo < i
            && i < hi
            && doc.slice(Span::new(q.span.end, qs[hi].span.start)).trim() == "from";
        // Between the verb and the figures: "rose 20% from".
        let before = i + 1 == lo && (q.span.start >= c.verb.end || c.verb.start > q.span.end);
        // Right after them: ", a 50% rise".
        let after = i == hi + 1
            && doc
                .slice(Span::new(q.span.end, doc.sentence(s).end))
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    CHANGE_NOUNS.iter().any(|n| {
                        w.trim_matches(|ch: char| !ch.is_alphabetic())
                            .eq_ignore_ascii_case(n)
                    })
                });
        // Prefer the figure between the ends, then the one before, then the one after.
        let rank = if inside {
            0
        } else if before {
            1
        } else if after {
            2
        } else {
            continue;
        };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, i));
        }
    }
    best.map(|(_, i)| (i, &qs[i]))
}

/// The relative change in percent, the change in points, and how far a stated figure may be
/// from them: half a unit of its last digit, plus what the rounding of the two ends allows.
/// `None` when a step overflows.
fn arithmetic(
    doc: &Document,
    c: &ChangeFacts,
    p: &Quantity,
    stated: Decimal,
) -> Option<(Decimal, Decimal, Decimal)> {
    let qs = doc.quantities();
    let hundred = Decimal::ONE_HUNDRED;
    let points = c.to_value.checked_sub(c.from_value)?;
    let relative = points.checked_div(c.from_value)?.checked_mul(hundred)?;
    let last_digit = Decimal::try_new(5, stated.scale() + 1).unwrap_or(Decimal::ZERO);
    let ends = rounding(doc, &qs[c.from]).checked_add(rounding(doc, &qs[c.to]))?;
    let growth = Decimal::ONE.checked_add(relative.abs().checked_div(hundred)?)?;
    let mut tolerance = Decimal::new(5, p.number_span.len().min(1) as u32)
        .max(last_digit)
        .checked_add(ends.checked_mul(hundred)?.checked_mul(growth)?)?;
    if p.approximate {
        tolerance = tolerance.max(stated.abs() / Decimal::TEN).max(Decimal::ONE);
    }
    Some((relative, points, tolerance))
}

impl WrongPercentChange {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        for c in changes(doc) {
            let Some((_, p)) = stated_change(doc, &c) else {
                continue;
            };
            let Some(stated) = p.number() else { continue };
            if p.bound.is_some() || c.from_value.is_zero() {
                continue;
            }
            let (from, to) = (&qs[c.from], &qs[c.to]);
            // Figures too large for exact arithmetic are left alone.
            let Some((relative, points, tolerance)) = arithmetic(doc, &c, p, stated) else {
                continue;
            };
            let both_percent = from.kind == Kind::Percent && to.kind == Kind::Percent;
            let off_by = |computed: Decimal| {
                computed
                    .abs()
                    .checked_sub(stated.abs())
                    .is_some_and(|d| d.abs() <= tolerance)
            };
            let fits_relative = p.kind == Kind::Percent && off_by(relative);
            let fits_points = both_percent && off_by(points);
            if fits_relative || fits_points {
                continue;
            }
            let right = if p.kind == Kind::PercentagePoints {
                points
            } else {
                relative
            };
            let mut d = diagnostic(
                "wrong-percent-change",
                p.span,
                format!(
                    "{} does not match the change from {} to {}, which is {}{}",
                    doc.slice(p.span),
                    doc.slice(from.span),
                    doc.slice(to.span),
                    right.abs().round_dp(1).normalize(),
                    if p.kind == Kind::PercentagePoints {
                        " points"
                    } else {
                        "%"
                    }
                ),
            );
            d.related.push(related(from.span, "from"));
            d.related.push(related(to.span, "to"));
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&WrongPercentChange::INFO, text, "2025-03-03")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        // Found by the `check` fuzz target: a stated change written to 28 places ("4/6%")
        // had no half unit one place further, and the difference of two huge ends overflowed.
        assert_eq!(
            flags("Sales rose 4/6% from 90% to 5555515555555555555560%.").len(),
            1
        );
        assert!(flags("Sales rose 10% from 90% to 79228162514264337593543950335%.").is_empty());
        assert!(
            flags("Sales fell 10% from 79228162514264337593543950335% to -79228162514264337593543950335%.")
                .is_empty()
        );
        // Figures of 29 digits are not extracted at all (Decimal holds 28); these reach the
        // arithmetic: ends whose difference overflows, and ends that fit.
        assert!(
            flags("Sales rose 10% from -$79228162514264337593 billion to $79228162514264337593 billion.")
                .is_empty()
        );
        assert_eq!(
            flags("Sales fell 10% from 9999999999999999999999999999% to -9999999999999999999999999999%.")
                .len(),
            1
        );
    }

    #[test]
    fn fires_on_wrong_percentages() {
        assert_eq!(
            flags("Revenue increased 8% to $1.2 billion, up from $1 billion a year earlier."),
            vec!["8%"]
        );
        assert_eq!(
            flags("Revenue rose 20% from $100 million to $150 million."),
            vec!["20%"]
        );
        assert_eq!(
            flags("Rents climbed 12 percent to $1,680 a month, up from $1,200 a year earlier."),
            vec!["12 percent"]
        );
        assert_eq!(
            flags("The plant will employ 1,200 workers, up from 800 today, a 20% rise."),
            vec!["20%"]
        );
    }

    #[test]
    fn quiet_on_right_or_rounded_percentages() {
        assert!(flags("Revenue fell 25% from $200 million to $150 million.").is_empty());
        assert!(flags("Sales rose 33% from $1.2 million to $1.6 million.").is_empty());
        assert!(flags("Support rose 5 points from 36% to 41%.").is_empty());
        assert!(flags("Turnout fell 4% from 22% to 18%.").is_empty());
        assert!(flags("Revenue rose about 48% from $100 million to $150 million.").is_empty());
        assert!(flags("Support for the measure rose 2.5 percentage points to 41%, a 6.5% increase on last year's figure.").is_empty());
    }
}
