use rust_decimal::Decimal;

use super::{diagnostic, related, shown};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::quantity::{Kind, Quantity};

declare_rule! {
    /// A sum of money is missing its scale word, judging by the sums around it.
    ///
    /// ## What it does
    /// Flags an amount written without a scale when the text around it says one is missing:
    /// its parts are written with a scale (`a $550 pledge` split into `$332 billion` and
    /// `$75 billion`) and only fit inside it once it takes that scale; or it is one end of a
    /// change whose other end has a scale (`$949, down from $965 million`); or it is written
    /// to one decimal place (`a deal valued at $1.6`), which prices never are, among sums that
    /// carry a scale. Per-unit prices (`$3.5 a gallon`) are left alone.
    ///
    /// ## Why is this bad?
    /// A dropped "billion" changes a figure a billionfold and usually survives editing
    /// because the sentence still reads.
    ///
    /// ## Example that fires
    /// "Shareholders approved a €12 buyback. The first tranche, worth €4 billion, starts in
    /// April; the second, €8 billion, follows."
    ///
    /// ## Example that must not fire
    /// "The package is worth $550 billion: up to $332 billion for energy and as much as
    /// $75 billion for AI."
    MissingScale, id = "missing-scale", severity = Error
}

/// How many sentences after the whole its parts may stand.
const SENTENCES_AFTER: usize = 3;

/// Words that tie amounts to a whole as its parts.
const PART_CUES: &[&str] = &[
    "of that",
    "of which",
    "of this",
    "of it",
    "part of",
    "parts of",
    "tranche",
    "portion",
    "share of",
    "goes to",
    "go to",
    "go into",
    "goes into",
    "will go",
    "including",
    "split",
    "earmarked",
    "allocated",
    "set aside",
    "breakdown",
    "consists of",
    "comprising",
    "the rest",
    "the remainder",
    "the first",
    "the second",
    "of the package",
    "of the pledge",
    "a total",
    "in total",
    "in all",
    "altogether",
    "combined",
];

/// True for a sum written with a scale in the given currency: the evidence a bare sum lacks one.
fn is_scaled_sum(q: &Quantity, currency: Option<&str>) -> bool {
    q.kind == Kind::Money && q.scaled && q.unit.map(|u| u.code) == currency
}

/// The finding for `figure`, which lacks the scale `word`; `reason` completes "… has no scale, ".
fn finding(
    doc: &Document,
    figure: &Quantity,
    word: &str,
    reason: String,
    evidence: Vec<crate::diagnostic::Related>,
) -> Diagnostic {
    let text = shown(doc, figure.span);
    let mut d = diagnostic(
        "missing-scale",
        figure.span,
        format!("{text} has no scale, {reason}"),
    );
    d.related = evidence;
    d.suggestion = Some(format!("{text} {word}"));
    d
}

/// True when the sentence is about a share or market price ("closed at $41.1"), which some
/// outlets write to one decimal.
fn quotes_a_price(doc: &Document, q: &Quantity) -> bool {
    let sentence = doc.slice(q.sentence).to_ascii_lowercase();
    sentence.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            w,
            "share"
                | "shares"
                | "stock"
                | "stocks"
                | "price"
                | "prices"
                | "priced"
                | "trading"
                | "traded"
                | "closed"
                | "opened"
                | "ticket"
                | "tickets"
                | "fare"
                | "fares"
                | "fee"
                | "fees"
                | "costs"
                | "cost"
                | "sells"
                | "sold"
                | "retail"
        )
    })
}

/// True when a per-unit phrase follows the figure: "$3.5 a gallon", "$1.2 per share".
fn per_unit_follows(doc: &Document, q: &Quantity) -> bool {
    let rest = doc.text().get(q.span.end..).unwrap_or("");
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("").to_ascii_lowercase();
    let second = words.next().unwrap_or("").to_ascii_lowercase();
    let second = second.trim_matches(|c: char| !c.is_alphabetic());
    matches!(first.as_str(), "per" | "each" | "apiece" | "/")
        || first.starts_with('/')
        || matches!(first.as_str(), "a" | "an") && !second.is_empty()
}

/// Nouns that name a sum as a whole: "a $3.4 plan", "a $550 investment pledge".
const WHOLE_NOUNS: &[&str] = &[
    "plan",
    "package",
    "pledge",
    "budget",
    "deal",
    "program",
    "programme",
    "fund",
    "investment",
    "project",
    "bill",
    "bailout",
    "stimulus",
    "loan",
    "contract",
    "buyback",
    "expansion",
    "upgrade",
    "settlement",
    "acquisition",
    "merger",
    "offer",
    "bid",
    "bond",
    "spending",
];

/// The scale word as written in a scaled figure, and its multiplier.
fn scale_in(text: &str) -> Option<(&'static str, Decimal)> {
    let lower = text.to_ascii_lowercase();
    let words: &[(&str, &'static str, u64)] = &[
        ("trillion", "trillion", 1_000_000_000_000),
        ("billion", "billion", 1_000_000_000),
        ("million", "million", 1_000_000),
        ("tn", "tn", 1_000_000_000_000),
        ("bn", "bn", 1_000_000_000),
        ("mn", "mn", 1_000_000),
    ];
    words
        .iter()
        .find(|(w, _, _)| lower.contains(w))
        .map(|(_, shown, m)| (*shown, Decimal::from(*m)))
}

/// True when `a` and `b` are within a factor of `factor` of each other; false when either
/// product overflows, so that figures too large for exact arithmetic are left alone.
fn within_factor(a: Decimal, b: Decimal, factor: Decimal) -> bool {
    match (a.checked_mul(factor), b.checked_mul(factor)) {
        (Some(a_times), Some(b_times)) => a_times >= b && a <= b_times,
        _ => false,
    }
}

/// How parts adding up to `sum` fit a whole of `whole`: `Some(exact)` when they are no more
/// than 5% over it and at least half of it, `exact` when within 1% of it; `None` when they
/// do not fit or a step overflows.
fn parts_fit(sum: Decimal, whole: Decimal) -> Option<bool> {
    let fits =
        sum <= whole.checked_mul(Decimal::new(105, 2))? && sum.checked_mul(Decimal::TWO)? >= whole;
    let exact = whole.checked_sub(sum)?.abs() <= whole / Decimal::ONE_HUNDRED;
    fits.then_some(exact)
}

fn is_whole_candidate(q: &Quantity) -> bool {
    q.kind == Kind::Money
        && !q.scaled
        // "$550", "$3.4": a price has cents ("$18.20"), a sum missing its scale has none.
        && q.number()
            .is_some_and(|v| v.scale() <= 1 && v > Decimal::ZERO && v < Decimal::from(10_000))
}

impl MissingScale {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        Self::check_changes(doc, out);
        Self::check_parts(doc, out);
        let flagged: Vec<crate::quantity::Span> = out.iter().map(|d| d.span).collect();
        Self::check_tenths(doc, &flagged, out);
    }

    /// "a deal valued at $1.6": a sum written to one decimal place with no scale, in a text
    /// whose other sums in that currency carry one. Prices are written to the cent ($18.20)
    /// or whole; a lone tenth is a dropped "billion". Per-unit prices ("$3.5 a gallon") are
    /// left alone.
    fn check_tenths(doc: &Document, flagged: &[crate::quantity::Span], out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        for (i, q) in qs.iter().enumerate() {
            let Some(v) = q.number() else { continue };
            if q.kind != Kind::Money
                || q.scaled
                || v.scale() != 1
                || v <= Decimal::ZERO
                || v >= Decimal::from(1000)
                || q.approximate && q.bound.is_some()
                || flagged.contains(&q.span)
                || per_unit_follows(doc, q)
                || quotes_a_price(doc, q)
            {
                continue;
            }
            let currency = q.unit.map(|u| u.code);
            // The nearest sum with a scale among the neighbouring figures, in either direction.
            let near = i.saturating_sub(WINDOW)..(i + WINDOW + 1).min(qs.len());
            let Some(other) = qs[near]
                .iter()
                .filter(|o| is_scaled_sum(o, currency))
                .min_by_key(|o| o.span.start.abs_diff(q.span.start))
            else {
                continue;
            };
            let Some((word, _)) = scale_in(shown(doc, other.span)) else {
                continue;
            };
            out.push(finding(
                doc,
                q,
                word,
                format!(
                    "while sums near it such as {} are in {word}s",
                    shown(doc, other.number_span)
                ),
                vec![related(other.number_span, "a sum with a scale")],
            ));
        }
    }

    /// "net profit of $949, or $2.90 a share, down from $965 million": one end of a change
    /// has no scale, and only the other end's scale makes the change a plausible one.
    fn check_changes(doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        for c in super::changes(doc) {
            for (bare, other) in [(c.from, c.to), (c.to, c.from)] {
                let (b, o) = (&qs[bare], &qs[other]);
                if !is_whole_candidate(b) || !is_scaled_sum(o, b.unit.map(|u| u.code)) {
                    continue;
                }
                let (Some(raw), Some(value)) = (b.number(), o.number()) else {
                    continue;
                };
                let Some((word, multiplier)) = scale_in(shown(doc, o.span)) else {
                    continue;
                };
                let Some(scaled) = raw.checked_mul(multiplier) else {
                    continue;
                };
                // Within a factor of three once scaled: a change, not a different order of size.
                if !within_factor(scaled, value, Decimal::from(3)) {
                    continue;
                }
                out.push(finding(
                    doc,
                    b,
                    word,
                    format!(
                        "but the figure it changes from or to, {}, is in {word}s",
                        shown(doc, o.number_span)
                    ),
                    vec![related(o.number_span, "other end of the change")],
                ));
            }
        }
    }

    /// A whole without a scale whose parts, given with one, only fit it once it has the scale.
    fn check_parts(doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        for (i, whole) in qs.iter().enumerate() {
            if !is_whole_candidate(whole) {
                continue;
            }
            let Some(raw) = whole.number() else { continue };
            let currency = whole.unit.map(|u| u.code);
            let s = doc.sentence_of(i);
            let window = doc.in_sentences(s, SENTENCES_AFTER);
            // Parts follow the whole ("a $550 pledge … up to $332 billion …") or, in its own
            // sentence or the one before, precede it ("… €8 billion, for a total of €12").
            let earlier = doc.in_sentence(s.saturating_sub(1)).start.min(i);
            let earlier = earlier.max(i.saturating_sub(WINDOW));
            let later = qs[i + 1..window.end.max(i + 1)].iter().take(WINDOW);
            let parts: Vec<&Quantity> = qs[earlier..i]
                .iter()
                .chain(later)
                .filter(|p| is_scaled_sum(p, currency) && p.number().is_some_and(|v| v > raw))
                .collect();
            if parts.len() < 2 {
                continue;
            }
            // The whole takes the largest scale among its parts ("$1.9 billion, $1.1 billion
            // and $400 million" make a $3.4 billion plan).
            let scales: Option<Vec<(&'static str, Decimal)>> =
                parts.iter().map(|p| scale_in(shown(doc, p.span))).collect();
            let Some((word, multiplier)) =
                scales.and_then(|v| v.into_iter().max_by_key(|&(_, m)| m))
            else {
                continue;
            };
            let Some(sum) = parts
                .iter()
                .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(p.number()?))
            else {
                continue;
            };
            let Some(scaled_whole) = raw.checked_mul(multiplier) else {
                continue;
            };
            // The parts must fit the whole once it has the scale, and no part may be larger.
            // ... and account for at least half of it: parts of a whole are most of it, while
            // unrelated sums nearby ("a $165 price target" beside $2.3 billion of sales) are not.
            let Some(exact) = parts_fit(sum, scaled_whole) else {
                continue;
            };
            let from = parts.first().map_or(whole.sentence.start, |p| {
                p.sentence.start.min(whole.sentence.start)
            });
            let to = parts
                .last()
                .map_or(from, |p| p.sentence.end.max(p.span.end))
                .max(whole.sentence.end);
            let context = doc.text().get(from..to).unwrap_or("").to_ascii_lowercase();
            let named_whole = doc
                .text()
                .get(whole.span.end..)
                .unwrap_or("")
                .split_whitespace()
                .take(3)
                .any(|w| {
                    WHOLE_NOUNS.iter().any(|n| {
                        w.trim_matches(|c: char| !c.is_alphabetic())
                            .eq_ignore_ascii_case(n)
                    })
                });
            let cued = PART_CUES.iter().any(|c| context.contains(c));
            // Parts that add up to the scaled whole exactly need no cue to be read as parts.
            let evidence = cued || exact && named_whole;
            if !evidence {
                continue;
            }
            let listed: Vec<&str> = parts.iter().map(|p| shown(doc, p.number_span)).collect();
            out.push(finding(
                doc,
                whole,
                word,
                format!("but its parts {} are in {word}s", listed.join(" and ")),
                parts
                    .iter()
                    .map(|p| related(p.number_span, "part"))
                    .collect(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&MissingScale::INFO, text, "2025-10-28")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        // The other end of a change near Decimal's limit, negative: tripling it overflowed.
        assert!(
            flags(
                "United reported a net profit of $949, or $2.90 a share, down from -$79228162514264337593 billion a year earlier."
            )
            .is_empty()
        );
        assert!(
            flags(
                "United reported a net profit of $949, or $2.90 a share, down from $79228162514264337593 billion a year earlier."
            )
            .is_empty()
        );
        // Parts whose sum overflows, and parts that just fit.
        assert!(flags("Shareholders approved a €12 buyback. The first tranche, worth €79228162514264337593 billion, starts in April; the second, €79228162514264337593 billion, follows.").is_empty());
        assert!(flags("Shareholders approved a €12 buyback. The first tranche, worth €40000000000000000000 billion, starts in April; the second, €39228162514264337593 billion, follows.").is_empty());
    }

    #[test]
    fn fires_on_unscaled_whole_with_scaled_parts() {
        assert_eq!(
            flags(
                "The company reported sales of $4.2 billion. It also set aside a reserve worth $1.6, it said."
            ),
            vec!["$1.6"]
        );
        assert_eq!(
            flags(
                "United reported a net profit of $949, or $2.90 a share, down from $965 million a year earlier."
            ),
            vec!["$949"]
        );
        assert_eq!(
            flags(
                "Intel reported revenue of $13.7, up 3 per cent from $13.3 billion a year earlier."
            ),
            vec!["$13.7"]
        );
        assert_eq!(
            flags(
                "The first tranche is €4 billion and the second €8 billion, for a total buyback of €12."
            ),
            vec!["€12"]
        );
        assert_eq!(
            flags(
                "The board approved a $3.4 plan. It will be paid for with $1.9 billion in federal grants, $1.1 billion in state bonds and $400 million from a fee."
            ),
            vec!["$3.4"]
        );
        assert_eq!(
            flags(
                "Some details emerged on a $550 investment pledge. The largest part of the package, up to $332 billion, will be in energy, while as much as $75 billion will go into AI."
            ),
            vec!["$550"]
        );
        assert_eq!(
            flags(
                "Shareholders approved a €12 buyback. The first tranche, worth €4 billion, starts in April; the second, €8 billion, follows in the autumn."
            ),
            vec!["€12"]
        );
    }

    #[test]
    fn quiet_when_scaled_or_unrelated() {
        assert!(flags("The stock closed at $41.1, valuing the firm at $3 billion.").is_empty());
        assert!(
            flags(
                "Gas averaged $3.5 a gallon while the state collected $1.2 billion in fuel taxes."
            )
            .is_empty()
        );
        assert!(flags("Shares closed at $18.20, valuing the company at $2 billion.").is_empty());
        assert!(flags("The fee is $2.5 and the museum drew 1.2 million visitors.").is_empty());
        assert!(
            flags("The stock rose to $18.20 from $17.90, valuing the firm at $2 billion.")
                .is_empty()
        );
        assert!(
            flags("Net profit rose to $949 million, or $2.90 a share, from $965 million.")
                .is_empty()
        );
        assert!(flags("The package is worth $550 billion: up to $332 billion for energy and as much as $75 billion for AI.").is_empty());
        assert!(
            flags("A $5 coffee is dear. The firm made $3 billion and $2 billion in two years.")
                .is_empty()
        );
        assert!(
            flags("Tickets cost $40. Of that, $25 goes to the venue and $9 to the artist.")
                .is_empty()
        );
    }
}
