use rust_decimal::Decimal;

use super::{changes, diagnostic, related};
use crate::check::document::Document;
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{change_verb, is_in, word_after, word_before};
use crate::quantity::{Kind, Quantity, Value};

declare_rule! {
    /// Shares of one whole that exclude each other add up to more than 100%.
    ///
    /// ## What it does
    /// Flags a sentence that splits one group by its answer to one question ("64% backed the
    /// plan and 48% opposed it"; "55% voted yes, 50% no"), or one vote between candidates
    /// ("won 54.5% of the vote to 48.5% for Quiroga"), when the shares add up to more than
    /// 100% by at least two points, which rounding cannot explain. Answers need at least one
    /// share for and one against, the same group, and the same object or a pronoun for it.
    /// All figures must be plain percentages (no "more than"), and the sentence may hold no
    /// change, percentage points or second year.
    ///
    /// ## Why is this bad?
    /// Answers that exclude each other cannot cover more than the whole group; one figure is
    /// wrong, or the shares belong to different groups and the sentence hides it.
    ///
    /// ## Example that fires
    /// "Of those surveyed, 64% backed the plan and 48% opposed it."
    ///
    /// ## Example that must not fire
    /// "China holds a 70% share of mining and 90% of processing capacity."
    SharesExceed100, id = "shares-exceed-100", severity = Warning
}

/// How far past 100 the shares must go: two points allows for rounding of each figure.
const TOLERANCE: i64 = 2;

/// A wider margin when a figure is hedged ("about 64%").
const HEDGED_TOLERANCE: i64 = 5;

/// The most shares one sentence may split a group into.
const MAX_ANSWERS: usize = 6;

/// Which answer a share gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stance {
    For,
    Against,
    Neither,
}

#[rustfmt::skip]
const FOR: &[&str] = &[
    "backed", "back", "backs", "supported", "support", "supports", "favored", "favor", "favors",
    "favoured", "favour", "favours", "approved", "approve", "approves", "endorsed", "endorse",
    "endorses", "welcomed", "welcome", "welcomes", "yes", "for", "agreed", "agree", "agrees",
    "accepted", "accept", "accepts", "pro",
];

#[rustfmt::skip]
const AGAINST: &[&str] = &[
    "opposed", "oppose", "opposes", "rejected", "reject", "rejects", "disapproved", "disapprove",
    "disapproves", "against", "no", "disagreed", "disagree", "disagrees", "objected", "object",
    "objects", "opposing",
];

#[rustfmt::skip]
const NEITHER: &[&str] = &[
    "undecided", "unsure", "abstained", "abstain", "neutral", "unsure", "don't", "didn't",
];

/// Nouns that make a share a share of a vote.
const VOTE_NOUNS: &[&str] = &["vote", "votes", "ballots", "ballot"];

/// Words between a share and its answer that do not change the answer.
const FILLER: &[&str] = &[
    "were", "are", "was", "is", "voted", "vote", "votes", "said", "say", "says", "they",
    "strongly", "somewhat", "either", "in", "favor", "favour", "of", "it", "them", "that",
];

/// Words that make the object of an answer a reference back to the first one.
const PRONOUNS: &[&str] = &[
    "it", "them", "this", "that", "the", "idea", "plan", "proposal", "measure",
];

/// Words that end the object of an answer.
#[rustfmt::skip]
const OBJECT_END: &[&str] = &[
    "and", "while", "but", "whereas", "with", "as", "or", "according", "in", "on", "at", "when",
];

/// One share with its answer, the group it names and what it answers about.
struct Answer {
    index: usize,
    stance: Stance,
    group: Option<String>,
    object: Vec<String>,
}

/// Reads the answer after a share: "64% (of voters) (said they) backed (the plan)".
fn answer_after(doc: &Document, index: usize, q: &Quantity) -> Option<Answer> {
    let text = doc.text();
    let limit = q.sentence.end;
    let mut pos = q.span.end;
    let mut group = None;
    let mut stance = None;
    for n in 0..7 {
        let (start, w) = word_after(text, pos)?;
        if start >= limit {
            return None;
        }
        let gap = &text[pos..start];
        if gap.contains([';', '.', '(', ')', ',']) {
            return None;
        }
        pos = start + w.len();
        // Words are compared ignoring ASCII case, in place: no lowercase copy per word.
        // "in favor" is an answer, "in favor of X" names the object next.
        if w.eq_ignore_ascii_case("favor") || w.eq_ignore_ascii_case("favour") {
            stance = Some(Stance::For);
            break;
        }
        if n == 0 && w.eq_ignore_ascii_case("of") {
            // The group: "of voters", "of those surveyed", "of Democrats".
            let (gs, g) = word_after(text, pos)?;
            let mut words = vec![g.to_ascii_lowercase()];
            pos = gs + g.len();
            if matches!(
                words[0].as_str(),
                "those" | "the" | "all" | "registered" | "likely"
            ) && let Some((s2, g2)) = word_after(text, pos)
                && text[pos..s2].trim().is_empty()
            {
                words.push(g2.to_ascii_lowercase());
                pos = s2 + g2.len();
            }
            group = Some(words.join(" "));
            continue;
        }
        if is_in(w, FOR) {
            stance = Some(Stance::For);
            break;
        }
        if is_in(w, AGAINST) {
            stance = Some(Stance::Against);
            break;
        }
        if is_in(w, NEITHER) {
            stance = Some(Stance::Neither);
            break;
        }
        if !is_in(w, FILLER) {
            return None;
        }
    }
    let stance = stance?;
    // The object: the words up to the end of the phrase.
    let mut object = Vec::new();
    while object.len() < 4 {
        let Some((start, w)) = word_after(text, pos) else {
            break;
        };
        if start >= limit || text[pos..start].contains([',', ';', '.', ':', '(', ')', '—']) {
            break;
        }
        if is_in(w, OBJECT_END) || w.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        object.push(w.to_ascii_lowercase());
        pos = start + w.len();
    }
    Some(Answer {
        index,
        stance,
        group,
        object,
    })
}

/// True when two answers are about the same thing: same words, or a pronoun for the other.
fn same_question(a: &Answer, b: &Answer) -> bool {
    let refers_back = |o: &[String]| o.is_empty() || o.iter().all(|w| is_in(w, PRONOUNS));
    a.object == b.object || refers_back(&a.object) || refers_back(&b.object)
}

/// True when the figure is a change or sits next to a change word: "up 5%", "a 6% rise".
fn near_change(doc: &Document, q: &Quantity) -> bool {
    let text = doc.text();
    let before = word_before(text, q.span.start).map(|(_, w)| w);
    let after = word_after(text, q.span.end).map(|(_, w)| w);
    [before, after].into_iter().flatten().any(|w| {
        change_verb(w).is_some()
            || is_in(
                w,
                &[
                    "increase", "rise", "growth", "gain", "jump", "drop", "decline", "fall",
                    "points", "by", "from", "to",
                ],
            )
    })
}

/// The shares of a sentence that answer one question for and against ("64% backed the
/// plan and 48% opposed it"), in order.
fn stance_split(doc: &Document, percents: &[usize]) -> Option<Vec<usize>> {
    let qs = doc.quantities();
    let mut answers = Vec::new();
    for &i in percents {
        let q = &qs[i];
        if q.bound.is_some() || !matches!(q.value, Value::Number(_)) || near_change(doc, q) {
            return None;
        }
        if let Some(a) = answer_after(doc, i, q) {
            answers.push(a);
        }
    }
    let has = |st: Stance| answers.iter().any(|a| a.stance == st);
    if answers.len() < 2 || !has(Stance::For) || !has(Stance::Against) {
        return None;
    }
    let groups: Vec<&String> = answers.iter().filter_map(|a| a.group.as_ref()).collect();
    if groups.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    if answers
        .iter()
        .enumerate()
        .any(|(k, a)| answers[k + 1..].iter().any(|b| !same_question(a, b)))
    {
        return None;
    }
    Some(answers.iter().map(|a| a.index).collect())
}

/// Two candidates' shares of one vote: "won 54.5% of the vote to 48.5% for Quiroga".
fn vote_split(doc: &Document, percents: &[usize]) -> Option<Vec<usize>> {
    let qs = doc.quantities();
    let text = doc.text();
    percents.windows(2).find_map(|pair| {
        let (a, b) = (&qs[pair[0]], &qs[pair[1]]);
        if a.bound.is_some() || b.bound.is_some() || a.number().is_none() || b.number().is_none() {
            return None;
        }
        // The words after the first share must open with "of" (see below): most pairs end
        // here, before the words are read and copied.
        if !word_after(text, a.span.end).is_some_and(|(_, w)| w.eq_ignore_ascii_case("of")) {
            return None;
        }
        // "won 54.5%", not "rose to 54.5%" or "from 54.5%".
        if let Some((_, w)) = word_before(text, a.span.start)
            && (change_verb(w).is_some() || is_in(w, &["to", "from", "by"]))
        {
            return None;
        }
        // "… of (the) (valid) votes to …"
        let mut pos = a.span.end;
        let mut words = Vec::new();
        while words.len() < 6 {
            let (start, w) = word_after(text, pos)?;
            if start >= b.span.start || !text[pos..start].trim().is_empty() {
                break;
            }
            words.push(w.to_ascii_lowercase());
            pos = start + w.len();
        }
        let vote_at = words
            .iter()
            .position(|w| VOTE_NOUNS.contains(&w.as_str()))?;
        let joined = words.first().is_some_and(|w| w == "of")
            && vote_at <= 3
            && words[vote_at + 1..] == ["to".to_string()]
            && text
                .get(pos..b.span.start)
                .is_some_and(|gap| gap.trim().is_empty());
        let for_after = word_after(text, b.span.end).is_none_or(|(start, w)| {
            w.eq_ignore_ascii_case("for")
                || text[b.span.end..start]
                    .trim_start()
                    .starts_with([',', '.', ';'])
        });
        (joined && for_after).then(|| vec![pair[0], pair[1]])
    })
}

impl SharesExceed100 {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        let mut in_change = vec![false; qs.len()];
        for c in changes(doc) {
            for k in [c.from, c.to] {
                if let Some(flag) = in_change.get_mut(k) {
                    *flag = true;
                }
            }
        }
        let sentences = qs.last().map_or(0, |_| doc.sentence_of(qs.len() - 1) + 1);
        for s in 0..sentences {
            let range = doc.in_sentence(s);
            let members = &qs[range.clone()];
            let percents: Vec<usize> = range
                .clone()
                .filter(|&i| qs[i].kind == Kind::Percent)
                .collect();
            // Two to a handful of shares: a longer run is a table, not one question's answers.
            if !(2..=MAX_ANSWERS).contains(&percents.len()) {
                continue;
            }
            // Changes, point differences and two different years mean different wholes.
            let years: Vec<Decimal> = members
                .iter()
                .filter(|q| q.kind == Kind::Year)
                .filter_map(Quantity::number)
                .collect();
            if members.iter().any(|q| q.kind == Kind::PercentagePoints)
                || in_change[range.clone()].iter().any(|&c| c)
                || years.windows(2).any(|w| w[0] != w[1])
            {
                continue;
            }
            let Some((shares, what)) = stance_split(doc, &percents)
                .map(|v| (v, "answers of one group that exclude each other"))
                .or_else(|| vote_split(doc, &percents).map(|v| (v, "vote shares in one race")))
            else {
                continue;
            };
            let Some(sum) = shares
                .iter()
                .try_fold(Decimal::ZERO, |acc, &k| acc.checked_add(qs[k].number()?))
            else {
                continue;
            };
            let hedged = shares.iter().any(|&k| qs[k].approximate);
            let margin = Decimal::from(if hedged { HEDGED_TOLERANCE } else { TOLERANCE });
            if sum < Decimal::ONE_HUNDRED + margin {
                continue;
            }
            let listed: Vec<&str> = shares.iter().map(|&k| doc.slice(qs[k].span)).collect();
            let mut d = diagnostic(
                "shares-exceed-100",
                qs[shares[0]].span,
                format!(
                    "{} are {what}, but they add up to {}%",
                    listed.join(" and "),
                    sum.normalize()
                ),
            );
            d.related = shares[1..]
                .iter()
                .map(|&k| related(qs[k].span, "another share of the same whole"))
                .collect();
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&SharesExceed100::INFO, text, "2025-07-07")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        assert_eq!(
            flags("Of those surveyed, 9999999999999999999999999999% backed the plan and 9999999999999999999999999999% opposed it.").len(),
            1
        );
        assert!(flags("Of those surveyed, 4/6% backed the plan and 0.000000000000000000000000001% opposed it.").is_empty());
    }

    #[test]
    fn fires_on_opposing_shares_over_100() {
        assert_eq!(
            flags("Of those surveyed, 64% backed the plan and 48% opposed it."),
            vec!["64%"]
        );
        assert_eq!(
            flags(
                "In the poll, 58% of voters supported the measure, 39% opposed it and 9% were undecided."
            ),
            vec!["58%"]
        );
        assert_eq!(
            flags("Members were split: 55% voted yes and 52% voted no."),
            vec!["55%"]
        );
        assert_eq!(
            flags("About 60 percent favor the deal while 47 percent oppose it, the survey found."),
            vec!["About 60 percent"]
        );
    }

    #[test]
    fn quiet_when_shares_fit() {
        assert!(flags("Of those surveyed, 54% backed the plan and 44% opposed it.").is_empty());
        assert!(flags("Of those surveyed, 52% backed the plan and 49% opposed it.").is_empty());
        assert!(flags("Of the 40 members, 25 voted yes, 10 voted no and 5 abstained.").is_empty());
    }

    #[test]
    fn quiet_on_different_wholes() {
        assert!(flags("China holds an approximately 70% global market share of mining and 90% of processing capacity.").is_empty());
        assert!(flags("Inflation eased to 2.4% in 2024 from 3.1% in 2023, and is forecast to reach 2% in 2026.").is_empty());
        assert!(flags("Japan reduced its reliance on imported rare earths from 90% to 60% within 13 years.").is_empty());
        assert!(flags("Support for the measure rose 2.5 percentage points to 41%, a 6.5% increase on last year's figure.").is_empty());
        assert!(
            flags("Some 64% of Democrats backed the plan and 78% of Republicans opposed it.")
                .is_empty()
        );
        assert!(flags("In all, 64% backed the tax and 58% opposed the tariff.").is_empty());
        assert!(flags("In 2020, 64% backed the plan; in 2024, 58% opposed it.").is_empty());
        assert!(flags("More than 60% backed the plan and 48% opposed it.").is_empty());
    }
}
