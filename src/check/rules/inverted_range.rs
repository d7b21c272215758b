use rust_decimal::Decimal;

use super::diagnostic;
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{word_after, word_before};
use crate::quantity::{Kind, Quantity, Span, Value};

declare_rule! {
    /// A range whose first end is larger than its second.
    ///
    /// ## What it does
    /// Flags a range written high to low ("230 million to 160 million tons", "between $9 and
    /// $6") and suggests the ends swapped. A figure "from X to Y" is left alone (it usually
    /// reports a change), and so are tallies, odds and splits ("a 5 to 4 vote", "odds of 10 to
    /// 1", "52%-48%") and bare numbers with nothing counted, such as clock times.
    ///
    /// ## Why is this bad?
    /// A range is read low to high; written the other way, one end is usually a typo (a
    /// dropped or swapped digit or scale word), and the reader cannot tell which.
    ///
    /// ## Example that fires
    /// "The deposit is estimated at 230 million to 160 million tons."
    ///
    /// ## Example that must not fire
    /// "The deposit is estimated at 160 million to 230 million tons; the board voted 5 to 4."
    InvertedRange, id = "inverted-range", severity = Warning
}

/// Words near a pair of numbers that make it a tally, a ratio or a split, not a range.
#[rustfmt::skip]
const TALLY_WORDS: &[&str] = &[
    "vote", "votes", "voted", "voting", "ratio", "odds", "margin", "outnumbered", "score", "scored",
    "tally", "ruling", "decision", "split", "majority", "beat", "beats", "won", "win", "wins",
    "lost", "loss", "defeat", "defeated", "victory", "led", "lead", "leads", "trailed", "edge",
    "edged", "against", "favor", "favour", "count", "verdict", "record", "scoreline", "result",
    "final", "match", "game", "series", "poll", "polls", "percent", "points", "point", "to-one",
    "one",
];

/// Lower-cased words within `n` words before `pos` (not past `floor`) and after `end`.
fn words_around(
    text: &str,
    pos: usize,
    end: usize,
    floor: usize,
    ceiling: usize,
    n: usize,
) -> Vec<String> {
    let mut words = Vec::new();
    let mut at = pos;
    for _ in 0..n {
        let Some((start, w)) = word_before(text, at) else {
            break;
        };
        if start < floor {
            break;
        }
        words.push(w.to_ascii_lowercase());
        at = start;
    }
    let mut at = end;
    for _ in 0..n {
        let Some((start, w)) = word_after(text, at) else {
            break;
        };
        if start >= ceiling {
            break;
        }
        words.push(w.to_ascii_lowercase());
        at = start + w.len();
    }
    words
}

/// The ends of a range as written, split at its connector: ("$9", " and ", "$6").
fn split_ends(written: &str) -> Option<(&str, &str, &str)> {
    for connector in [
        " to ",
        " and ",
        " through ",
        " – ",
        " — ",
        " - ",
        "–",
        "—",
        "-",
        "~",
    ] {
        if let Some(p) = written.find(connector) {
            let (a, rest) = written.split_at(p);
            let b = &rest[connector.len()..];
            if !a.is_empty() && !b.is_empty() && !b.contains(connector.trim()) {
                return Some((a, connector, b));
            }
        }
    }
    None
}

/// The span of just the two ends: the number span, widened back over a currency sign that
/// is glued to the first number ("$9 and $6").
fn ends_span(doc: &Document, q: &Quantity) -> Span {
    let head = doc.slice(Span::new(q.span.start, q.number_span.start));
    let glued = head.rsplit(char::is_whitespace).next().unwrap_or("");
    let sign =
        !glued.is_empty() && (!glued.chars().any(char::is_alphabetic) || glued.ends_with('$'));
    let start = if sign {
        q.number_span.start - glued.len()
    } else {
        q.number_span.start
    };
    // A percent sign belongs to the figure: "between 9% and 6%".
    let end = if matches!(q.kind, Kind::Percent) && doc.slice(q.span).ends_with('%') {
        q.span.end
    } else {
        q.number_span.end
    };
    Span::new(start, end)
}

/// True when the range reads as a range of amounts, not a tally or a clock time.
fn is_amount_range(doc: &Document, q: &Quantity, low: Decimal, high: Decimal) -> bool {
    let text = doc.text();
    // "from 500 to 300" is nearly always a change, even without a change verb.
    let before_first = doc
        .slice(Span::new(q.span.start, q.number_span.start))
        .to_ascii_lowercase();
    let prev = word_before(text, q.span.start).map(|(_, w)| w.to_ascii_lowercase());
    if before_first.starts_with("from") || prev.as_deref() == Some("from") {
        return false;
    }
    let counted = match q.kind {
        Kind::Money | Kind::Measure | Kind::Duration => true,
        // "52% to 43%", "56 percent to 27 percent": percentages high to low are a poll's
        // split; only "between X% and Y%" is surely a range.
        Kind::Percent | Kind::PercentagePoints => {
            before_first.starts_with("between") || prev.as_deref() == Some("between")
        }
        Kind::Count => q.scaled || q.noun_span.is_some() && high.max(low) > Decimal::from(24),
        _ => false,
    };
    if !counted {
        return false;
    }
    let around = words_around(
        text,
        q.span.start,
        q.span.end,
        q.sentence.start,
        q.sentence.end,
        4,
    );
    !around.iter().any(|w| TALLY_WORDS.contains(&w.as_str()))
}

impl InvertedRange {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for q in doc.quantities() {
            let Value::Range { low, high } = q.value else {
                continue;
            };
            if low <= high || !is_amount_range(doc, q, low, high) {
                continue;
            }
            let span = ends_span(doc, q);
            let written = doc.slice(span);
            let mut d = diagnostic(
                "inverted-range",
                span,
                format!(
                    "the range {written} runs from high to low; a range is written low to high, so one end may be wrong"
                ),
            );
            if let Some((a, connector, b)) = split_ends(written) {
                // Swap only when both ends are written alike: the same sign before the
                // digits and the same scale or unit after them.
                let sign = |s: &str| {
                    s.chars()
                        .take_while(|c| !c.is_ascii_digit())
                        .collect::<String>()
                };
                let tail = |s: &str| {
                    let t = s.trim_end_matches(|c: char| !c.is_ascii_digit());
                    s[t.len()..].to_string()
                };
                if sign(a) == sign(b) && tail(a) == tail(b) {
                    d.suggestion = Some(format!("{b}{connector}{a}"));
                }
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Format;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&InvertedRange::INFO, text, "2025-02-02")
    }

    fn suggestion(text: &str) -> Option<String> {
        let doc = Document::build(
            text,
            Format::Text,
            chrono::NaiveDate::from_ymd_opt(2025, 2, 2),
        );
        let mut out = Vec::new();
        InvertedRange::check(&doc, &mut out);
        out.pop()?.suggestion
    }

    #[test]
    fn fires_on_high_to_low_ranges() {
        assert_eq!(
            flags("The deposit is estimated at 230 million to 160 million tons."),
            vec!["230 million to 160 million"]
        );
        assert_eq!(
            flags("Prices are expected to range between $9 and $6 a share."),
            vec!["$9 and $6"]
        );
        assert_eq!(flags("The trail is 15-10 km long."), vec!["15-10"]);
        assert_eq!(
            flags("Some 900 to 600 workers will lose their jobs."),
            vec!["900 to 600"]
        );
        assert_eq!(
            flags("Rates will settle between 9% and 6% next year."),
            vec!["9% and 6%"]
        );
    }

    #[test]
    fn suggests_the_swapped_range() {
        assert_eq!(
            suggestion("The deposit is estimated at 230 million to 160 million tons.").as_deref(),
            Some("160 million to 230 million")
        );
        assert_eq!(
            suggestion("Prices are expected to range between $9 and $6 a share.").as_deref(),
            Some("$6 and $9")
        );
        assert_eq!(
            suggestion("Rates will settle between 9% and 6% next year.").as_deref(),
            Some("6% and 9%")
        );
        assert_eq!(
            suggestion("Rates will settle between 9 and 6 percent next year.").as_deref(),
            Some("6 and 9")
        );
    }

    #[test]
    fn quiet_on_ordered_ranges() {
        assert!(flags("The deposit is estimated at 160 million to 230 million tons, some 18,000 feet below the surface.").is_empty());
        assert!(flags("The 10-15 km trail climbs 1,200 meters.").is_empty());
        assert!(flags("Prices are expected to range between $6 and $9 a share.").is_empty());
    }

    #[test]
    fn quiet_on_changes_tallies_and_times() {
        assert!(flags("The board voted 7 to 2 to approve the plan.").is_empty());
        assert!(flags("The bill passed by a vote of 5 to 4.").is_empty());
        assert!(flags("The odds of a win are 100 to 1.").is_empty());
        assert!(flags("Staff numbers will go from 500 to 300 employees.").is_empty());
        assert!(flags("The bill passed 52%-48% in the Senate.").is_empty());
        assert!(flags("Voters opposed the act, 56 percent to 27 percent; independents break 27% to 22% for him.").is_empty());
        assert!(flags("The shop is open 10 to 4 on weekdays.").is_empty());
        assert!(flags("The home side won 3-2 after extra time.").is_empty());
    }
}
