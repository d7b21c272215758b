use rust_decimal::Decimal;

use super::{base_value, diagnostic, hedged_ceiling, related, same_measure};
use crate::check::document::{Document, WINDOW};
use crate::check::registry::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::extract::context::{PhraseSet, last_letters, skip_spaces_back};
use crate::quantity::{Kind, Span};

declare_rule! {
    /// A breakdown adds up to more than the total it breaks down.
    ///
    /// ## What it does
    /// Finds a total followed by its breakdown, after a colon or a dash ("Seventeen
    /// passengers were rescued: nine men and ten women") or after "Of the 40 members, …",
    /// and flags the total when the listed parts add up to more than it. A breakdown that
    /// adds up to less is fine: not every part has to be listed.
    ///
    /// ## Why is this bad?
    /// Parts cannot add up to more than their total; one of the figures is wrong.
    ///
    /// ## Example that fires
    /// "The club sold 12,000 tickets in total: 8,000 to members and 6,500 to the public."
    ///
    /// ## Example that must not fire
    /// "Of the 40 members, 25 voted yes, 10 voted no and 5 abstained."
    PartsExceedTotal, id = "parts-exceed-total", severity = Error
}

/// Phrases before a total that announce its breakdown: "A total of 45 people …".
static TOTALLED: PhraseSet =
    PhraseSet::new(&["a total of", "total of", "in all", "altogether", "in total"]);

/// Phrases before a whole that the parts follow: "Of the 40 members, 25 …".
static OF_THE: PhraseSet = PhraseSet::new(&["of the", "out of", "of its", "of their"]);

/// Where the breakdown of the total `t` (index) starts, if the wording announces one.
fn breakdown_start(doc: &Document, t: usize, next: usize) -> Option<usize> {
    let q = &doc.quantities()[t];
    let text = doc.text();
    // "…, 12,000 tickets in total: 8,000 …"
    let between = doc.slice(Span::new(q.span.end, next));
    if let Some(p) = first_colon_or_dash(between) {
        let rest = &between[p..];
        if !between[..p].contains([';', '.', '(']) && rest.chars().count() > 0 {
            return Some(q.span.end + p + rest.chars().next().map_or(1, char::len_utf8));
        }
    }
    // "120 passengers, comprising 70 adults and 60 children": words that split a whole into
    // parts that exclude each other. ("Including" lists may overlap: adults, foreigners.)
    // The cue ends the words between the total and the first part.
    let trimmed = between.trim_end();
    let cue_word = last_letters(trimmed);
    let cues_may_end = ["comprising", "of", "into", "between"].iter().any(|w| {
        cue_word.len() >= w.len() && cue_word[cue_word.len() - w.len()..].eq_ignore_ascii_case(w)
    });
    let cues: &[&str] = if cues_may_end {
        &[
            "comprising",
            "comprised of",
            "consisting of",
            "made up of",
            "split into",
            "divided into",
            "broken down into",
            "split between",
        ]
    } else {
        &[]
    };
    for &cue in cues {
        let Some(p) = trimmed.len().checked_sub(cue.len()) else {
            continue;
        };
        if trimmed
            .get(p..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(cue))
            && first_no_case(trimmed, cue).is_none_or(|first| first >= p)
            && !between[..p].contains([';', '.', '('])
        {
            return Some(q.span.end + p + cue.len());
        }
    }
    // Both wordings below end the words before the first part at a comma: without one in
    // the gap, neither can apply, and their phrase lookups are skipped.
    let comma = between.find(',')?;
    // "A total of 45 people were hurt, 30 in … and 20 in …", "45 in all: …"
    let before = skip_spaces_back(text, q.span.start);
    let lead = between.trim_start();
    let totalled = TOTALLED.before(text, before).is_some()
        || TOTALLED.phrases().iter().any(|p| {
            lead.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        });
    if totalled && !between[..comma].contains([';', '.', '(']) {
        return Some(q.span.end + comma + 1);
    }
    // "Of the 40 members, 25 …"
    let of_the = OF_THE.before(text, before).is_some();
    of_the.then_some(q.span.end + comma + 1)
}

/// Where the first `:`, `—` or `–` of `s` starts: a byte search (both dashes start with
/// 0xE2), which a short gap between two figures makes cheaper than a char-set search.
fn first_colon_or_dash(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(p) = memchr::memchr2(b':', 0xE2, bytes.get(from..)?) {
        let p = from + p;
        if bytes[p] == b':' || s[p..].starts_with(['—', '–']) {
            return Some(p);
        }
        from = p + 1;
    }
    None
}

/// Where `needle` (ASCII) first occurs in `haystack`, ignoring ASCII case.
fn first_no_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Words in the gap between two listed parts that end the list: a relative clause, a
/// comparison or a new measure ("…and six in Puebla, where landslides buried three homes").
const LIST_ENDERS: &[&str] = &[
    "where", "which", "who", "whom", "while", "when", "short", "needed", "than", "because",
    "after", "before", "since", "per", "each", "out", "of", "total",
];

/// The figures of a list that starts at `start`: the first within two words of it, the
/// next ones each joined by a comma, "and" or "or" within a few words, and none past a word
/// that ends the list.
fn enumeration(doc: &Document, start: usize, candidates: &[usize]) -> Vec<usize> {
    let qs = doc.quantities();
    let mut parts = Vec::new();
    let mut from = start;
    for &i in candidates {
        let gap = doc.slice(Span::new(from, qs[i].span.start));
        // The words of the gap are read in place, ignoring ASCII case, and only up to one
        // past the most the gap may hold: a longer gap ends the list whatever its words.
        let most = if parts.is_empty() { 2 } else { 8 };
        let (mut words, mut ends, mut and_or) = (0, false, false);
        for w in gap.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                continue;
            }
            words += 1;
            if words > most {
                break;
            }
            ends |= LIST_ENDERS.iter().any(|e| w.eq_ignore_ascii_case(e));
            and_or |= w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or");
        }
        let joined = and_or || gap.contains(',');
        let ok = words <= most && !ends && (parts.is_empty() || joined);
        if !ok {
            break;
        }
        parts.push(i);
        from = qs[i].span.end;
    }
    parts
}

impl PartsExceedTotal {
    fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
        let qs = doc.quantities();
        for (t, total) in qs.iter().enumerate() {
            if !matches!(total.kind, Kind::Count | Kind::Money | Kind::Measure) {
                continue;
            }
            let range = doc.in_sentence(doc.sentence_of(t));
            let Some(next) = qs.get(t + 1).filter(|_| t + 1 < range.end) else {
                continue;
            };
            // The parts are two figures or more of the total's own measure among those read
            // below: without two such figures, the wording need not be read at all.
            let Some(after) = qs.get(t + 1..range.end.min(t + 1 + WINDOW)) else {
                continue;
            };
            if after
                .iter()
                .filter(|p| same_measure(p, total))
                .nth(1)
                .is_none()
            {
                continue;
            }
            let Some(start) = breakdown_start(doc, t, next.span.start) else {
                continue;
            };
            // A breakdown is read within a bounded stretch, so one endless sentence stays linear.
            let sentence_end = doc.sentence(doc.sentence_of(t)).end;
            let mut reach = sentence_end.min(start + 600);
            while !doc.text().is_char_boundary(reach) {
                reach -= 1;
            }
            let stop = doc
                .slice(Span::new(start, reach))
                .find([';', ':'])
                .map_or(reach, |p| start + p);
            let candidates: Vec<usize> = (t + 1..range.end.min(t + 1 + WINDOW))
                .filter(|&i| qs[i].span.start >= start && qs[i].span.end <= stop)
                // "30 in the first blast": ranks, years and dates are not parts.
                .filter(|&i| {
                    !matches!(
                        qs[i].kind,
                        Kind::Ordinal | Kind::Year | Kind::Date | Kind::Decade
                    )
                })
                .collect();
            let parts = enumeration(doc, start, &candidates);
            // Every listed figure must be a part of the same measure, or it is not a breakdown.
            if parts.len() < 2 || !parts.iter().all(|&i| same_measure(&qs[i], total)) {
                continue;
            }
            let Some(whole) = base_value(total) else {
                continue;
            };
            let Some(sum) = parts.iter().try_fold(Decimal::ZERO, |acc, &i| {
                acc.checked_add(base_value(&qs[i])?)
            }) else {
                continue;
            };
            let hedged = total.approximate
                || total.bound.is_some()
                || parts
                    .iter()
                    .any(|&i| qs[i].approximate || qs[i].bound.is_some());
            let Some(limit) = hedged_ceiling(whole, hedged) else {
                continue;
            };
            if sum <= limit {
                continue;
            }
            let listed: Vec<&str> = parts.iter().map(|&i| doc.slice(qs[i].span)).collect();
            let mut d = diagnostic(
                "parts-exceed-total",
                total.span,
                format!(
                    "the parts {} add up to {}, more than the total {}",
                    listed.join(", "),
                    sum.normalize(),
                    doc.slice(total.span)
                ),
            );
            d.related = parts.iter().map(|&i| related(qs[i].span, "part")).collect();
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_colon_or_dash_is_the_char_search() {
        for s in [
            "",
            "a",
            ": x",
            "ab — c: d",
            "x ‘y’ – z",
            "‘’…",
            "no break here",
            "—",
            "a:b",
        ] {
            assert_eq!(first_colon_or_dash(s), s.find([':', '—', '–']), "{s:?}");
        }
    }
    use crate::check::rules::testing::flagged;

    fn flags(text: &str) -> Vec<String> {
        flagged(&PartsExceedTotal::INFO, text, "2025-02-01")
    }

    #[test]
    fn figures_at_the_limits_of_decimal_do_not_panic() {
        // A hedged total near Decimal's limit: its 10% margin overflowed.
        assert!(flags("About 79228162514264337593 billion tickets were sold: 8,000 to members and 4,500 to the public.").is_empty());
        assert!(flags("About -79228162514264337593 billion tickets were sold: 8,000 to members and 4,500 to the public.").is_empty());
        // Parts whose sum overflows.
        assert!(flags("Of the 40 members, 79228162514264337593 billion voted yes and 79228162514264337593 billion voted no.").is_empty());
        // Figures near the limit that fit are still added up, and a zero total is exceeded.
        assert_eq!(
            flags("Of the 9999999999999999999999999998 members, 9999999999999999999999999998 voted yes and 5 voted no.").len(),
            1
        );
        assert_eq!(
            flags("Of the 0 members, 0.000000000000000000000000001 voted yes and 0 voted no.")
                .len(),
            1
        );
        // A total whose conversion to metres overflows is not compared in kilometres.
        assert!(flags("The road is 9999999999999999999999999998 km long, made up of 9999999999999999999999999999 m and 5 m of bridges.").is_empty());
    }

    #[test]
    fn fires_when_breakdown_is_larger() {
        assert_eq!(
            flags("The crew of 120 was made up of 70 adults and 60 children."),
            vec!["120"]
        );
        assert_eq!(
            flags("A total of 45 people were hurt, 30 in the first blast and 20 in the second."),
            vec!["45"]
        );
        assert_eq!(
            flags("Seventeen passengers were rescued: nine men and ten women, officials said."),
            vec!["Seventeen"]
        );
        assert_eq!(
            flags(
                "The club sold 12,000 tickets in total: 8,000 to members and 6,500 to the public."
            ),
            vec!["12,000"]
        );
        assert_eq!(
            flags("Of the 40 members, 25 voted yes, 10 voted no and 9 abstained."),
            vec!["40"]
        );
    }

    #[test]
    fn quiet_when_breakdown_fits() {
        assert!(flags("The crew of 120 was made up of 70 adults and 50 children.").is_empty());
        assert!(flags("The museum drew 2 million visitors, including 1.2 million foreigners and 900,000 children.").is_empty());
        assert!(
            flags("A total of 45 people were hurt, 30 of them seriously, in 2 blasts.").is_empty()
        );
        assert!(flags("The fund holds $3 billion, including $1.4 billion in bonds and $2 billion in shares traded abroad since 2020.").len() <= 1);
        assert!(flags("Of the 40 members, 25 voted yes, 10 voted no and 5 abstained.").is_empty());
        assert!(flags("Seventeen passengers were rescued: nine men and eight women.").is_empty());
        assert!(flags("The club sold 12,000 tickets: 8,000 to members.").is_empty());
        assert!(
            flags("About 12,000 tickets were sold: 8,000 to members and 4,500 to the public.")
                .is_empty()
        );
        assert!(flags("It has 300 staff: 200 engineers and $150 million in cash.").is_empty());
        assert!(flags("Of the 200 seats, the three parties of the outgoing coalition — Spolu, the Mayors and the Pirates — together hold 92, nine short of the 101 needed for a majority.").is_empty());
        assert!(flags("Of the 23 confirmed deaths, nine were in Veracruz, eight in neighboring Tamaulipas and six in the mountainous state of Puebla, where landslides buried at least three homes.").is_empty());
    }
}
