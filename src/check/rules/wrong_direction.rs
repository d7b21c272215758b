use super::{change_span, changes, diagnostic, related};
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// A change word says up, the figures say down (or the reverse).
    ///
    /// ## What it does
    /// Reads `VERB from X to Y` (and `to Y, up from X`) and flags it when the verb's direction
    /// (rose, grew, climbed / fell, cut, reduced) disagrees with the order of the figures.
    ///
    /// ## Why is this bad?
    /// One of the two figures, or the verb, is wrong; readers cannot tell which.
    ///
    /// ## Example that fires
    /// "The share of renewables fell from 22% to 31% over the decade."
    ///
    /// ## Example that must not fire
    /// "Japan reduced its reliance on imported rare earths from 90% to 60%."
    WrongDirection, id = "wrong-direction", severity = Error
}

impl WrongDirection {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        for c in changes(doc) {
            let Some(rising) = c.rising else { continue };
            let went_up = c.to_value > c.from_value;
            let went_down = c.to_value < c.from_value;
            if (rising && !went_down) || (!rising && !went_up) {
                continue;
            }
            let verb = doc.slice(c.verb);
            let (from, to) = (doc.quantities()[c.from].span, doc.quantities()[c.to].span);
            let mut d = diagnostic(
                "wrong-direction",
                change_span(doc, &c),
                format!(
                    "\"{verb}\" says the figure went {}, but it goes from {} to {}",
                    if rising { "up" } else { "down" },
                    doc.slice(from),
                    doc.slice(to)
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
        flagged(&WrongDirection::INFO, text, "2025-03-04")
    }

    #[test]
    fn fires_when_verb_and_figures_disagree() {
        assert_eq!(
            flags(
                "Net income fell to $412 million, or 96 cents a share, from $386 million, or 90 cents, a year earlier."
            ),
            vec!["$412 million, or 96 cents a share, from $386 million"]
        );
        assert_eq!(
            flags("The share of renewables fell from 22% to 31% over the decade."),
            vec!["22% to 31%"]
        );
        assert_eq!(
            flags("Sales reached $6 million, down from $4 million."),
            vec!["$6 million, down from $4 million"]
        );
    }

    #[test]
    fn quiet_when_they_agree() {
        assert!(flags("Net income rose to $412 million, or 96 cents a share, from $386 million, or 90 cents, a year earlier.").is_empty());
        assert!(
            flags("Japan reduced its reliance on rare earths from 90% to 60% within 13 years.")
                .is_empty()
        );
        assert!(flags("Revenue fell 25% from $200 million to $150 million, and the share price halved from $40 to $20.").is_empty());
        assert!(
            flags("Rents climbed 12 percent to $1,680 a month, up from $1,500 a year earlier.")
                .is_empty()
        );
        assert!(flags("The index moved from 40 to 20.").is_empty());
        assert!(
            flags("She expects the economy to grow 1.6% this year, down from 2.8% in 2024.")
                .is_empty()
        );
        assert!(flags("Cloud revenue grew 19%, down from 23% in the previous quarter.").is_empty());
    }
}
