use super::{base_value, diagnostic, hedged_ceiling, related, same_measure};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{PhraseSet, skip_spaces_back};
use crate::quantity::{Bound, Quantity, Span};

declare_rule! {
    /// A part is larger than the whole it belongs to.
    ///
    /// ## What it does
    /// Finds a figure introduced as part of another ("of which", "including", "of that",
    /// "of them", "the largest part of") and flags the whole when the part is larger, in the
    /// same unit or currency.
    ///
    /// ## Why is this bad?
    /// A whole cannot be smaller than one of its parts: one of the two figures is wrong.
    ///
    /// ## Example that fires
    /// "The city's budget totals $3.1 billion, of which $3.4 billion is set aside for transit."
    ///
    /// ## Example that must not fire
    /// "Exports reached 1.2 million tonnes last year, including 0.5 million tonnes of wheat."
    PartExceedsWhole, id = "part-exceeds-whole", severity = Error
}

/// Phrases right before a part (or at the start of its sentence) that tie it to the whole
/// just before.
static CUES: PhraseSet = PhraseSet::new(&[
    "of which",
    "of whom",
    "including",
    "includes",
    "included",
    "of that",
    "of this",
    "of them",
    "of those",
    "among them",
    "among which",
    "of these",
]);

/// The cue right before `q` ("of which $3.4 billion", "Of that, $25 billion", "including
/// about 1.5 million"): only commas, spaces and a hedge may stand between.
fn cue_before(doc: &Document, q: &Quantity, sentence: Span) -> Option<&'static str> {
    let end = skip_spaces_back(doc.text(), q.span.start);
    // Most figures follow a word no cue ends like ("the", "about", "was"), or a symbol: the
    // last two bytes turn them away before the window is trimmed and the cues looked up.
    let bytes = doc.text().as_bytes();
    let last = *bytes.get(end.checked_sub(1)?)?;
    if !matches!(last, b',' | b' ' | b'\n') && !may_end_cue(bytes.get(..end)?) {
        return None;
    }
    let mut from = end.saturating_sub(40).max(sentence.start);
    while !doc.text().is_char_boundary(from) {
        from += 1;
    }
    // The window as read: trailing commas, spaces and line breaks dropped. Only the cues
    // whose last word ends it can match, compared ASCII case-insensitively in place.
    let window = doc
        .text()
        .get(from..end)?
        .trim_end_matches([',', ' ', '\n']);
    let head = window.as_bytes();
    if !may_end_cue(head) {
        return None;
    }
    CUES.ending_like(window).find(|c| {
        head.len() >= c.len() && {
            let start = head.len() - c.len();
            head[start..].eq_ignore_ascii_case(c.as_bytes())
                && (start == 0 || !head[start - 1].is_ascii_alphabetic())
        }
    })
}

/// True when `head` may end with a cue: every cue ends in one of these pairs of letters
/// (any case).
fn may_end_cue(head: &[u8]) -> bool {
    let [.., a, b] = head else { return false };
    matches!(
        [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
        [b'c', b'h']
            | [b'o', b'm']
            | [b'n', b'g']
            | [b'e', b's']
            | [b'e', b'd']
            | [b'a', b't']
            | [b'i', b's']
            | [b'e', b'm']
            | [b's', b'e']
    )
}

/// "Of the 4,860 homes damaged, 6,840 were destroyed": the whole opens the sentence after
/// "Of the", and the part is the first figure after the comma.
fn of_the_whole(doc: &Document, i: usize, sentence: Span) -> Option<usize> {
    let qs = doc.quantities();
    let part = &qs[i];
    // Only the sentence's first words matter: read no more than them.
    let head = doc.text().get(sentence.start..)?;
    // Every opening below starts with an "o": the sentence's first byte turns nearly every
    // figure away before the phrases are compared.
    if !head.as_bytes().first()?.eq_ignore_ascii_case(&b'o') {
        return None;
    }
    let opening = ["of the ", "of those ", "of these ", "out of "]
        .iter()
        .find(|p| {
            head.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })?;
    let whole = i.checked_sub(1)?;
    let w = &qs[whole];
    if w.span.start < sentence.start || w.span.start > sentence.start + opening.len() + 2 {
        return None;
    }
    // Exactly one comma between the whole and the part.
    let between = doc.slice(Span::new(w.span.end, part.span.start));
    (between.len() < 80 && between.matches(',').count() == 1 && between.trim_end().ends_with(','))
        .then_some(whole)
}

impl PartExceedsWhole {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        for (i, part) in qs.iter().enumerate() {
            let s = doc.sentence_of(i);
            let sentence = doc.sentence(s);
            if let Some(w) = of_the_whole(doc, i, sentence) {
                Self::compare(doc, &qs[w], part, "of the", out);
                continue;
            }
            let Some(cue) = cue_before(doc, part, sentence) else {
                continue;
            };
            // The whole: the nearest earlier figure of the same measure, in this sentence or,
            // for a sentence opening with the cue ("Of that, …"), the one before.
            let opening = doc
                .text()
                .get(sentence.start..part.span.start.min(sentence.start + 40))
                .is_some_and(|h| h.trim_start().to_ascii_lowercase().starts_with(cue));
            let first = if opening {
                doc.in_sentence(s.saturating_sub(1)).start
            } else {
                doc.in_sentence(s).start
            };
            let first = first.max(i.saturating_sub(WINDOW));
            let Some(whole) = qs[first..i].iter().rev().find(|w| same_measure(w, part)) else {
                continue;
            };
            Self::compare(doc, whole, part, cue, out);
        }
    }

    /// Reports `whole` when `part` is larger.
    fn compare(
        doc: &Document,
        whole: &Quantity,
        part: &Quantity,
        cue: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        {
            if !same_measure(whole, part) {
                return;
            }
            // "$40 … of that, $25 billion": the whole lacks its scale; missing-scale says so.
            if !whole.scaled && part.scaled {
                return;
            }
            if matches!(whole.bound, Some(Bound::AtLeast | Bound::MoreThan))
                || matches!(part.bound, Some(Bound::AtMost | Bound::LessThan))
            {
                return;
            }
            let (Some(w), Some(p)) = (base_value(whole), base_value(part)) else {
                return;
            };
            // Figures too large for exact arithmetic are left alone.
            let Some(limit) = hedged_ceiling(w, whole.approximate || part.approximate) else {
                return;
            };
            if p <= limit {
                return;
            }
            let mut d = diagnostic(
                "part-exceeds-whole",
                whole.span,
                format!(
                    "{} is the whole, but its part {} is larger",
                    doc.slice(whole.span),
                    doc.slice(part.span)
                ),
            );
            d.related
                .push(related(part.span, format!("part (\"{cue}\")")));
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_ends_with_bytes_the_quick_test_lets_through() {
        for cue in CUES.phrases() {
            assert!(may_end_cue(cue.as_bytes()), "{cue}");
            assert!(may_end_cue(cue.to_uppercase().as_bytes()), "{cue}");
        }
    }

    #[test]
    fn every_cue_is_read_before_a_figure() {
        for cue in CUES.phrases() {
            let text = format!("Of the 40, {cue}, 25 were late.");
            let doc = Document::build(&text, crate::check::Format::Text, None);
            let part = doc.quantities().iter().find(|q| q.span.of(&text) == "25");
            let sentence = doc.sentence(0);
            assert_eq!(
                part.and_then(|q| cue_before(&doc, q, sentence)),
                Some(*cue),
                "{cue}"
            );
        }
    }
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&PartExceedsWhole::INFO, text, "2025-01-15")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        // A hedged whole near Decimal's limit: its 10% margin overflowed.
        assert!(
            flags("The fund holds about $79228162514264337593 billion, of which $5 billion is in bonds.")
                .is_empty()
        );
        assert!(
            flags("The fund holds about -$79228162514264337593 billion, of which $5 billion is in bonds.")
                .is_empty()
        );
        // A whole whose conversion to metres overflows is not compared in kilometres.
        assert!(flags("The road is 9999999999999999999999999998 km long, including 9999999999999999999999999999 m of tunnels.").is_empty());
        // Figures at the limits that can be compared still are.
        assert_eq!(
            flags("The fund holds $0.000000000000000000000000001, of which $9999999999999999999999999999 is in bonds.").len(),
            1
        );
    }

    #[test]
    fn fires_when_part_is_larger() {
        assert_eq!(
            flags(
                "The city's budget totals $3.1 billion, of which $3.4 billion is set aside for transit."
            ),
            vec!["$3.1 billion"]
        );
        assert_eq!(
            flags(
                "Exports reached 1.2 million tonnes last year, including 1.5 million tonnes of wheat."
            ),
            vec!["1.2 million tonnes"]
        );
        assert_eq!(
            flags("The ministry set aside $40 billion. Of that, $45 billion goes to hospitals."),
            vec!["$40 billion"]
        );
    }

    #[test]
    fn quiet_when_part_fits_or_differs() {
        assert!(flags("Exports reached 1.2 million tonnes last year, including 0.5 million tonnes of wheat.").is_empty());
        assert!(flags("The fund holds $3 billion, including $400 million in bonds.").is_empty());
        assert!(flags("The club has 400 members, including 500 euros in dues.").is_empty());
        assert!(flags("More than 3,000 people came, including 3,200 from abroad.").is_empty());
        assert!(
            flags("Jokić was 12 of 19 from the field, including 3 of 5 from 3-point range.")
                .is_empty()
        );
        assert!(flags("The study ran in 11 countries, including the United States and Poland.\nOf those on the drug, 1,310 lost weight.").is_empty());
        assert!(flags("Of the 4,860 homes damaged, 1,840 were destroyed.").is_empty());
        assert_eq!(
            flags(
                "The storm hit. Of the 4,860 homes damaged, 6,840 were completely destroyed, most of them light."
            ),
            vec!["4,860"]
        );
    }
}
