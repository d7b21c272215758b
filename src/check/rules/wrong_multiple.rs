use rust_decimal::Decimal;

use super::{change_span, changes, diagnostic, related};
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::quantity::Span;

declare_rule! {
    /// "Doubled", "tripled" or "halved" does not match the figures.
    ///
    /// ## What it does
    /// Reads a change `from X to Y` whose wording names a multiple (doubled, tripled,
    /// quadrupled, halved, tenfold, 3-fold) and flags it when Y / X is more than 15% away
    /// from that multiple.
    ///
    /// ## Why is this bad?
    /// A multiple is the reader's summary of the change; a wrong one misstates it.
    ///
    /// ## Example that fires
    /// "Membership doubled from 40,000 to 120,000 in five years."
    ///
    /// ## Example that must not fire
    /// "The share price halved from $40 to $20."
    WrongMultiple, id = "wrong-multiple", severity = Warning
}

/// The multiple a word names.
fn multiple_of(word: &str) -> Option<Decimal> {
    let w = word.to_ascii_lowercase();
    let n = match w.as_str() {
        "doubled" | "doubling" | "doubles" | "double" => Decimal::TWO,
        "tripled" | "trebled" | "tripling" | "triples" => Decimal::from(3),
        "quadrupled" | "quadrupling" => Decimal::from(4),
        "halved" | "halving" | "halves" => Decimal::new(5, 1),
        _ => {
            let stem = w.strip_suffix("fold")?.trim_end_matches('-');
            let n = match stem {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                "twenty" => 20,
                "hundred" => 100,
                // "0-fold" names no multiple.
                digits => digits.parse::<u32>().ok().filter(|&n| n > 0)?,
            };
            Decimal::from(n)
        }
    };
    Some(n)
}

/// How far `actual` is from `multiple`, as a share of `multiple`. `None` when the multiple
/// is zero or a step overflows: figures too large for exact arithmetic are left alone.
fn relative_gap(actual: Decimal, multiple: Decimal) -> Option<Decimal> {
    actual.checked_sub(multiple)?.abs().checked_div(multiple)
}

impl WrongMultiple {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for c in changes(doc) {
            if c.from_value <= Decimal::ZERO || c.to_value < Decimal::ZERO {
                continue;
            }
            // The multiple word stands between the verb and the first figure, or is the verb.
            let first = doc.quantities()[c.from]
                .span
                .start
                .min(doc.quantities()[c.to].span.start);
            let words = Span::new(c.verb.start, first.max(c.verb.end));
            let Some((word, multiple)) = doc
                .slice(words)
                .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                .find_map(|w| multiple_of(w).map(|m| (w, m)))
            else {
                continue;
            };
            if doc.quantities()[c.from].approximate || doc.quantities()[c.to].approximate {
                continue;
            }
            let Some(actual) = c.to_value.checked_div(c.from_value) else {
                continue;
            };
            let Some(off) = relative_gap(actual, multiple) else {
                continue;
            };
            if off <= Decimal::new(15, 2) {
                continue;
            }
            let mut d = diagnostic(
                "wrong-multiple",
                change_span(doc, &c),
                format!(
                    "\"{word}\" means ×{}, but {} to {} is ×{}",
                    multiple.normalize(),
                    doc.slice(doc.quantities()[c.from].span),
                    doc.slice(doc.quantities()[c.to].span),
                    actual.round_dp(2).normalize()
                ),
            );
            d.related.push(related(c.verb, "change word"));
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&WrongMultiple::INFO, text, "2025-03-05")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        // "0-fold" names a multiple of zero: dividing by it panicked.
        assert!(flags("Membership rose 0-fold from 40,000 to 120,000.").is_empty());
        // A ratio near Decimal's limit: its distance from one half, over one half, overflowed.
        assert!(
            flags("The budget was halved from $1 to $79228162514264337593 billion.").is_empty()
        );
        assert!(
            flags("Membership doubled from 0.000000000000000000000000001 to 79228162514264337593 billion.")
                .is_empty()
        );
        // Figures at the limits that can be compared still are.
        assert_eq!(
            flags("The budget was halved from $9999999999999999999999999999 to $1.").len(),
            1
        );
    }

    #[test]
    fn fires_on_wrong_multiple() {
        assert_eq!(
            flags("Membership doubled from 40,000 to 120,000 in five years."),
            vec!["40,000 to 120,000"]
        );
        assert_eq!(
            flags("Sales rose tenfold from $2 million to $5 million."),
            vec!["$2 million to $5 million"]
        );
        assert_eq!(
            flags("The budget was halved from $40 to $30."),
            vec!["$40 to $30"]
        );
    }

    #[test]
    fn quiet_on_right_or_loose_multiples() {
        assert!(flags("Revenue fell 25% from $200 million to $150 million, and the share price halved from $40 to $20.").is_empty());
        assert!(flags("Output roughly doubled from 40,000 to 81,000 tonnes.").is_empty());
        assert!(flags("Membership grew from 40,000 to 120,000.").is_empty());
    }
}
