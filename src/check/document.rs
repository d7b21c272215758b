//! The document model the rules read: quantities grouped by sentence and paragraph, the
//! relations extraction found, and a light reading of tense around each figure.
//!
//! Built once per text in one pass; every query a rule makes is local (a sentence, a clause,
//! a bounded window of neighbours), which keeps checking linear in the size of the text.

use std::borrow::Cow;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::Format;
use crate::extract::{Extraction, extract_all};
use crate::quantity::{Kind, Quantity, Relation, Span};
use crate::tables::WordFlags;

/// For each sentence, whether it holds two spaced dashes or more: one pass over the text.
fn asides_by_sentence(text: &str, sentences: &[Span]) -> Vec<bool> {
    let mut counts = vec![0u8; sentences.len()];
    let mut s = 0;
    let dash = " \u{2014} ";
    for at in memchr::memmem::find_iter(text.as_bytes(), dash.as_bytes()) {
        while s + 1 < sentences.len() && sentences[s].end <= at {
            s += 1;
        }
        // Only a dash the sentence holds whole: its span ends before trailing spaces.
        if let Some(c) = counts.get_mut(s)
            && sentences[s].start <= at
            && at + dash.len() <= sentences[s].end
        {
            *c = c.saturating_add(1);
        }
    }
    counts.into_iter().map(|c| c >= 2).collect()
}

/// How a clause places its time: the tense cue nearest the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    /// A completed event: `exported`, `was`, `fell`.
    Past,
    /// A plan or a forecast: `will`, `is expected`, `plans to`.
    Future,
    /// Nothing clear.
    Unknown,
}

/// How far (in bytes) a clause may reach on either side of a figure.
const CLAUSE_REACH: usize = 400;

/// How far (in quantities) a rule may look for related figures: keeps pairwise rules linear.
pub(crate) const WINDOW: usize = 24;

/// A text read once for the rules.
#[derive(Debug)]
pub struct Document<'t> {
    /// The prose of the text: the original for plain text; for Markdown, the same bytes with
    /// code, HTML and link targets blanked, so every span is a span of the original.
    pub(crate) text: Cow<'t, str>,
    /// The reference date: the caller's, or today.
    pub(crate) as_of: NaiveDate,
    /// True when the caller gave the reference date (rather than today standing in).
    pub(crate) as_of_given: bool,
    /// Quantities, relations and sentences.
    pub(crate) extraction: Extraction,
    /// For each sentence, the range of quantity indices inside it.
    sentence_quantities: Vec<Range<usize>>,
    /// For each quantity, its sentence index.
    quantity_sentence: Vec<usize>,
    /// For each sentence, true when it holds two spaced dashes or more (an aside).
    sentence_asides: Vec<bool>,
}

impl<'t> Document<'t> {
    /// Reads `text` (as plain text or Markdown) with `as_of` as the date of writing; without
    /// one, today stands in.
    pub fn build(text: &'t str, format: Format, as_of: Option<NaiveDate>) -> Self {
        let as_of_given = as_of.is_some();
        let as_of = as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
        let prose = crate::source::prose(text, format);
        let extraction = extract_all(&prose);
        let mut sentence_quantities = vec![0..0; extraction.sentences.len()];
        let mut quantity_sentence = Vec::with_capacity(extraction.quantities.len());
        let mut s = 0;
        for (i, q) in extraction.quantities.iter().enumerate() {
            while s + 1 < extraction.sentences.len() && extraction.sentences[s].end <= q.span.start
            {
                s += 1;
            }
            quantity_sentence.push(s);
            if let Some(r) = sentence_quantities.get_mut(s) {
                if r.start == r.end {
                    *r = i..i + 1;
                } else {
                    r.end = i + 1;
                }
            }
        }
        let sentence_asides = asides_by_sentence(&prose, &extraction.sentences);
        Document {
            text: prose,
            as_of,
            as_of_given,
            extraction,
            sentence_quantities,
            quantity_sentence,
            sentence_asides,
        }
    }

    /// The prose text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// All quantities.
    pub(crate) fn quantities(&self) -> &[Quantity] {
        &self.extraction.quantities
    }

    /// All relations.
    pub(crate) fn relations(&self) -> &[Relation] {
        &self.extraction.relations
    }

    /// The text of a span.
    pub(crate) fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// Index of the sentence of quantity `i`.
    pub(crate) fn sentence_of(&self, i: usize) -> usize {
        self.quantity_sentence.get(i).copied().unwrap_or(0)
    }

    /// Indices of the quantities in sentence `s`.
    pub(crate) fn in_sentence(&self, s: usize) -> Range<usize> {
        self.sentence_quantities.get(s).cloned().unwrap_or(0..0)
    }

    /// Indices of the quantities in sentence `s` and the `after` sentences that follow.
    pub(crate) fn in_sentences(&self, s: usize, after: usize) -> Range<usize> {
        let first = self.in_sentence(s);
        let last_s = (s + after).min(self.sentence_quantities.len().saturating_sub(1));
        let mut end = first.end;
        for k in s..=last_s {
            let r = self.in_sentence(k);
            if !r.is_empty() {
                end = end.max(r.end);
            }
        }
        let start = if first.is_empty() {
            end.min(first.start)
        } else {
            first.start
        };
        start..end.max(start)
    }

    /// The sentence span with index `s`.
    pub(crate) fn sentence(&self, s: usize) -> Span {
        self.extraction
            .sentences
            .get(s)
            .copied()
            .unwrap_or_default()
    }

    /// The clause around `span`: the part of its sentence between clause breaks
    /// (`;`, `:`, dashes, `, while`, `, but`, `, and`), so that "produced X in 2027, and will
    /// build Y" keeps its two tenses apart.
    pub(crate) fn clause(&self, span: Span, sentence: Span) -> Span {
        self.clause_scan(span, sentence).span(self.text())
    }

    /// [`Document::clause`] read as far as the figure: its start is known, its end is read
    /// when asked for.
    pub(crate) fn clause_scan(&self, span: Span, sentence: Span) -> ClauseScan {
        let text = self.text();
        // A clause is read within a few hundred bytes of the figure, so a text that is one
        // endless sentence still costs linear time.
        let window = near(text, sentence, span, CLAUSE_REACH);
        let len = window.end - window.start;
        let mut scan = ClauseScan {
            window,
            rel_start: span.start.saturating_sub(window.start).min(len),
            rel_end: span.end.saturating_sub(window.start).min(len),
            p: 0,
            start: 0,
            end: None,
        };
        // No break at or after the figure's start can start the clause.
        scan.run(window.of(text), scan.rel_start);
        scan
    }

    /// The clause around quantity `i`, read as far as the figure ([`Document::clause_scan`]).
    pub(crate) fn clause_scan_of(&self, i: usize) -> ClauseScan {
        let span = self.quantities().get(i).map_or(Span::default(), |q| q.span);
        self.clause_scan(span, self.sentence(self.sentence_of(i)))
    }

    /// The tense of the clause around quantity `i`.
    #[cfg(test)]
    pub(crate) fn tense(&self, i: usize) -> Tense {
        self.tense_in(i, &mut self.clause_scan_of(i))
    }

    /// The tense of quantity `i` given its clause, [`Document::clause_scan_of`]: a rule that
    /// has read the clause already need not read it again, and the end of the clause is read
    /// only when the words before the figure say nothing.
    pub(crate) fn tense_in(&self, i: usize, clause: &mut ClauseScan) -> Tense {
        let Some(q) = self.quantities().get(i) else {
            return Tense::Unknown;
        };
        let clause_start = clause.start();
        let sentence = self.sentence(self.sentence_of(i));
        // The words leading up to the figure, back to the last comma, say most: "Japan
        // exported 1.37 million vehicles in 2026". Year-first clauses ("In 2026, the port
        // handled…") read on to the next comma instead.
        let before = self.slice(Span::new(clause_start, q.span.start.max(clause_start)));
        let before = after_last_comma(before);
        let found = tense_of_words(before);
        if found != Tense::Unknown {
            return found;
        }
        // Only a year-first clause ("In 2026, the port handled…") reads on past the figure;
        // otherwise what follows is another clause or an attribution ("…in 2026, the finance
        // chief told analysts").
        if before.split_whitespace().count() <= 2 {
            let clause = clause.span(self.text());
            let after = self.slice(Span::new(q.span.end.min(clause.end), clause.end));
            let after = after.trim_start_matches([',', ' ']);
            let found = tense_of_words(after.split(", ").next().unwrap_or(after));
            if found != Tense::Unknown {
                return found;
            }
        }
        // "Japan discovered a stash — estimated at …, per a newsletter — of ore 18,000 feet
        // deep in 2028": the verb stands before an aside in dashes. Read the sentence up to
        // the figure without its asides.
        let asides = self
            .sentence_asides
            .get(self.sentence_of(i))
            .copied()
            .unwrap_or(false);
        if asides || before.contains(" — ") {
            let mut lo = sentence
                .start
                .max(q.span.start.saturating_sub(CLAUSE_REACH));
            while !self.text().is_char_boundary(lo) {
                lo += 1;
            }
            let head = self.slice(Span::new(lo, q.span.start.max(lo)));
            let mut kept = String::new();
            for (k, piece) in head.split(" — ").enumerate() {
                if k % 2 == 0 {
                    kept.push_str(piece);
                    kept.push(' ');
                }
            }
            let tail = kept.rsplit([';', ':']).next().unwrap_or(&kept);
            return tense_of_words(tail);
        }
        Tense::Unknown
    }

    /// The year of the reference date.
    pub(crate) fn as_of_year(&self) -> i32 {
        self.as_of.year()
    }

    /// Quantities of kind `kind` with indices.
    pub(crate) fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (usize, &Quantity)> {
        self.quantities()
            .iter()
            .enumerate()
            .filter(move |(_, q)| q.kind == kind)
    }
}

/// The part of `s` after its last ", " (all of `s` without one): a byte search from the
/// end, cheaper than a reverse substring search for text this short.
fn after_last_comma(s: &str) -> &str {
    let bytes = s.as_bytes();
    memchr::memrchr_iter(b',', bytes)
        .find(|&p| bytes.get(p + 1) == Some(&b' '))
        .map_or(s, |p| &s[p + 2..])
}

/// The break scan of [`Document::clause`], resumable: it reads the window up to the figure
/// for the clause's start, and on to the first break after the figure for its end.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClauseScan {
    /// The part of the sentence read ([`near`]); the positions below are relative to it.
    window: Span,
    rel_start: usize,
    rel_end: usize,
    /// Where the scan stands: every break before is read.
    p: usize,
    /// The end of the last break that ends before the figure: the clause's start.
    start: usize,
    /// The clause's end, once read.
    end: Option<usize>,
}

impl ClauseScan {
    /// One pass over the bytes, from where the last one stopped up to `until`: a break is
    /// `;`, `:`, a spaced dash, or a conjunction that opens a new clause (", while", " but",
    /// " after" …).
    fn run(&mut self, s: &str, until: usize) {
        let bytes = s.as_bytes();
        let mut p = self.p;
        while p < bytes.len() && p < until && self.end.is_none() {
            if let Some(len) = clause_break_at(s, p) {
                if p + len <= self.rel_start {
                    self.start = p + len;
                } else if p >= self.rel_end {
                    self.end = Some(p);
                    break;
                }
                p += len.max(1);
            } else {
                p += 1;
            }
        }
        self.p = p;
    }

    /// Where the clause starts.
    pub(crate) fn start(&self) -> usize {
        self.window.start + self.start
    }

    /// The whole clause, reading on past the figure for its end.
    pub(crate) fn span(&mut self, text: &str) -> Span {
        let len = self.window.end - self.window.start;
        if self.end.is_none() {
            self.run(self.window.of(text), len);
        }
        let end = self.end.unwrap_or(len).max(self.start);
        self.end = Some(end);
        Span::new(self.window.start + self.start, self.window.start + end)
    }
}

/// The part of `sentence` within `reach` bytes of `span`, on char boundaries: bounds the
/// cost of reading a clause in a very long sentence.
pub(crate) fn near(text: &str, sentence: Span, span: Span, reach: usize) -> Span {
    let mut start = sentence.start.max(span.start.saturating_sub(reach));
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = sentence
        .end
        .min(span.end.saturating_add(reach))
        .min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end.max(start))
}

/// Words that open a new clause after a space (or a comma and a space).
const CLAUSE_WORDS: &[&str] = &[
    "while", "but", "whereas", "although", "though", "after", "before", "when", "because",
];

/// Words that open a new clause only after a comma: ", and", ", which", ", as".
const COMMA_CLAUSE_WORDS: &[&str] = &["and", "which", "as"];

/// Length of the clause break at byte `p` of `s`, if one starts there.
fn clause_break_at(s: &str, p: usize) -> Option<usize> {
    let b = s.as_bytes();
    match b[p] {
        b';' | b':' => Some(1),
        b',' if b.get(p + 1).is_some_and(u8::is_ascii_whitespace) => {
            let word_start = p + 2;
            let word = word_at(s, word_start);
            (COMMA_CLAUSE_WORDS.contains(&word) || CLAUSE_WORDS.contains(&word))
                .then(|| 2 + word.len() + 1)
        }
        // Line breaks inside a wrapped sentence count as spaces.
        b' ' | b'\n' | b'\r' | b'\t' => {
            let rest = &s[p + 1..];
            match rest.as_bytes() {
                // Every dash starts with one of these bytes.
                [0xE2 | b'-', ..] => ["— ", "– ", "-- "]
                    .into_iter()
                    .find(|dash| rest.starts_with(dash))
                    .map(|dash| 1 + dash.len()),
                // Every clause word starts with one of a few runs of three letters, which
                // common words after a space ("the", "and", "was") do not.
                [x, y, z, ..] if may_open_clause([*x, *y, *z]) => {
                    let word = word_at(s, p + 1);
                    CLAUSE_WORDS.contains(&word).then(|| 1 + word.len() + 1)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// True when a word starting with `head` may be one of [`CLAUSE_WORDS`]: a byte test that
/// turns most words away before the word is read and looked up.
fn may_open_clause(head: [u8; 3]) -> bool {
    matches!(
        &head,
        b"whi" | b"but" | b"whe" | b"alt" | b"tho" | b"aft" | b"bef" | b"bec"
    )
}

/// The lowercase ASCII word at byte `p` followed by white space, or "".
fn word_at(s: &str, p: usize) -> &str {
    let Some(rest) = s.get(p..) else { return "" };
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    if rest
        .as_bytes()
        .get(len)
        .is_some_and(u8::is_ascii_whitespace)
    {
        &rest[..len]
    } else {
        ""
    }
}

/// Future cues: a plan, forecast, schedule, condition or modal. Prepositions ("by", "from",
/// "until") are not cues: "reduced from a peak in 2022", "drafted by Seattle in 2019".
const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "expected",
    "expects",
    "expect",
    "anticipated",
    "anticipates",
    "plans",
    "planned",
    "plan",
    "planning",
    "scheduled",
    "forecast",
    "forecasts",
    "projected",
    "projects",
    "predicted",
    "predicts",
    "aims",
    "aim",
    "target",
    "targets",
    "targeted",
    "due",
    "set",
    "intends",
    "intend",
    "hopes",
    "hope",
    "going",
    "could",
    "would",
    "might",
    "may",
    "should",
    "must",
    "next",
    "upcoming",
    "coming",
    "proposed",
    "likely",
    "estimate",
    "estimates",
    "seeks",
    "pledged",
    "promised",
    "vowed",
    "if",
    "unless",
    "when",
    "once",
];

/// Past cues: completed-event verbs (regular `-ed` forms are read separately).
const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "fell",
    "rose",
    "grew",
    "sold",
    "made",
    "took",
    "won",
    "lost",
    "built",
    "began",
    "saw",
    "hit",
    "paid",
    "spent",
    "became",
    "came",
    "went",
    "gave",
    "left",
    "met",
    "ran",
    "bought",
    "brought",
    "drew",
    "drove",
    "ate",
    "found",
    "got",
    "held",
    "kept",
    "led",
    "put",
    "sank",
    "shrank",
    "slid",
    "stood",
    "struck",
    "swung",
    "told",
    "wrote",
    "ago",
    "last",
    "earlier",
    "previously",
    "already",
    "sent",
    "beat",
    "set",
];

/// [`FUTURE_CUES`] and [`PAST_CUES`] as bits.
const FUTURE_CUE: u8 = 1;
const PAST_CUE: u8 = 2;

/// The cue lists `word` (ASCII case-insensitive) is on: one hash lookup for both.
fn cue_flags(word: &str) -> u8 {
    static CUES: std::sync::OnceLock<WordFlags> = std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        WordFlags::new(
            FUTURE_CUES
                .iter()
                .map(|&w| (w, FUTURE_CUE))
                .chain(PAST_CUES.iter().map(|&w| (w, PAST_CUE))),
        )
    })
    .get(word.as_bytes())
}

/// True for a word that can follow "to" as a verb: not a determiner, pronoun, preposition or
/// past form ("to the", "to its", "to about", "to reduced").
fn is_infinitive(word: &str) -> bool {
    !word.ends_with("ed")
        && !matches!(
            word,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "that"
                | "these"
                | "those"
                | "in"
                | "on"
                | "at"
                | "about"
                | "around"
                | "some"
                | "more"
                | "less"
                | "over"
                | "under"
                | "nearly"
                | "almost"
                | "roughly"
                | "just"
                | "date"
                | "levels"
                | "level"
                | "record"
                | "highs"
                | "lows"
                | "them"
                | "him"
                | "it"
                | "us"
                | "me"
                | "you"
                | "all"
                | "each"
                | "every"
                | "one"
                | "two"
                | "three"
                | "what"
                | "which"
                | "whom"
                | "where"
                | "when"
                | "how"
                | "and"
                | "or"
        )
        && word.chars().all(|c| c.is_ascii_lowercase())
}

/// Cues that state a plan or forecast outright, strong enough to date a text by.
const STRONG_FUTURE: &[&str] = &[
    "will",
    "shall",
    "expected",
    "anticipated",
    "scheduled",
    "forecast",
    "projected",
    "planned",
    "plans",
    "due",
    "slated",
    "set to",
    "is to",
    "are to",
    "upcoming",
];

/// A bit per letter (`a` = bit 0) that starts one of [`STRONG_FUTURE`]: most words start
/// with none of them and are passed over without comparing the cues.
const STRONG_FUTURE_FIRSTS: u32 = first_letters(STRONG_FUTURE);

/// A bit per letter (`a` = bit 0) that starts one of `words` (each starting with a lowercase
/// ASCII letter): a one-instruction test that turns away a word no entry can match.
pub(crate) const fn first_letters(words: &[&str]) -> u32 {
    let mut bits = 0;
    let mut k = 0;
    while k < words.len() {
        bits |= 1 << (words[k].as_bytes()[0] - b'a');
        k += 1;
    }
    bits
}

/// True when `clause` states a plan or forecast outright ("is anticipated in 2026").
pub(crate) fn strongly_future(clause: &str) -> bool {
    // Every cue starts with a letter, so it can only start where a word does: the cues are
    // compared there in place, ignoring ASCII case, in one pass and without a lowercase copy.
    let bytes = clause.as_bytes();
    (0..bytes.len()).any(|p| {
        let first = bytes[p].to_ascii_lowercase();
        first.is_ascii_lowercase()
            && STRONG_FUTURE_FIRSTS >> (first - b'a') & 1 != 0
            && (p == 0 || !bytes[p - 1].is_ascii_alphabetic())
            && STRONG_FUTURE.iter().any(|cue| {
                let end = p + cue.len();
                cue.as_bytes().first() == Some(&first)
                    && bytes
                        .get(p..end)
                        .is_some_and(|w| w.eq_ignore_ascii_case(cue.as_bytes()))
                    && bytes.get(end).is_none_or(|b| !b.is_ascii_alphabetic())
            })
    })
}

/// Reads the tense of a clause from its cue words: any future cue wins (a plan stated in the
/// past, "was expected in 2026", is still a plan); then past verbs.
pub(crate) fn tense_of_words(clause: &str) -> Tense {
    if clause.is_ascii() {
        read_tense(ascii_tokens(clause))
    } else {
        read_tense(clause.split_whitespace())
    }
}

/// The tense of a clause given as its whitespace-separated tokens.
fn read_tense<'a>(tokens: impl Iterator<Item = &'a str>) -> Tense {
    let mut reader = TenseReader::default();
    for token in tokens {
        if reader.token(token) {
            return Tense::Future;
        }
    }
    if reader.past {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// The tokens `split_whitespace` gives for an ASCII `clause`, read from the bytes: in ASCII
/// text the white space is six bytes, and every index is a char boundary.
fn ascii_tokens(clause: &str) -> impl Iterator<Item = &str> {
    let bytes = clause.as_bytes();
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !space(bytes[i]) {
            i += 1;
        }
        clause.get(start..i).filter(|t| !t.is_empty())
    })
}

/// The state of [`tense_of_words`] between tokens.
#[derive(Default)]
struct TenseReader<'a> {
    past: bool,
    previous: &'a str,
}

impl<'a> TenseReader<'a> {
    /// Reads one whitespace-separated token; true when it makes the clause future.
    fn token(&mut self, token: &'a str) -> bool {
        let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
        // Most tokens are a plain word already: an ASCII letter or digit at both ends.
        let plain = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
        let raw = if plain(token.as_bytes().first()) && plain(token.as_bytes().last()) {
            token
        } else {
            token.trim_matches(|c: char| !is_word_char(c))
        };
        if raw.is_empty() || raw.starts_with(|c: char| c.is_ascii_digit()) {
            self.previous = "";
            return false;
        }
        // The cue lists are looked up ignoring ASCII case, and so are the suffixes below.
        let cue = cue_flags(raw);
        let ends_with = |suffix: &str| {
            raw.len() >= suffix.len()
                && raw.as_bytes()[raw.len() - suffix.len()..]
                    .eq_ignore_ascii_case(suffix.as_bytes())
        };
        let previous = self.previous;
        // "to begin in 2027", "set to open": an infinitive looks ahead.
        if cue & FUTURE_CUE != 0
            || ends_with("'ll")
            || previous.eq_ignore_ascii_case("to") && is_infinitive(&raw.to_ascii_lowercase())
        {
            return true;
        }
        // "up from 22 per cent in 2023": the earlier side of a comparison is in the past.
        if raw.eq_ignore_ascii_case("from")
            && (previous.eq_ignore_ascii_case("up") || previous.eq_ignore_ascii_case("down"))
        {
            self.past = true;
        }
        let listed = cue & PAST_CUE != 0
            && !raw.eq_ignore_ascii_case("set")
            && !raw.eq_ignore_ascii_case("last");
        let regular = raw.len() >= 4 && ends_with("ed") && !raw.starts_with(char::is_uppercase);
        self.past |= listed || regular;
        self.previous = raw;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_words_start_with_bytes_the_break_test_looks_for() {
        for w in CLAUSE_WORDS {
            let head = w.as_bytes();
            assert!(may_open_clause([head[0], head[1], head[2]]), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_tokens_are_split_whitespace(clause in "[ a-zA-Z0-9'.,\t\n\r\x0B\x0C\x1F-]{0,60}") {
            let fast: Vec<&str> = ascii_tokens(&clause).collect();
            let reference: Vec<&str> = clause.split_whitespace().collect();
            proptest::prop_assert_eq!(fast, reference);
        }
    }

    #[test]
    fn after_last_comma_is_the_last_piece_of_rsplit() {
        for s in [
            "", "a", "a, b", "a, b, c", "a,b", ", ", "a, ", ",, x", "x ,  y", "é, ü",
        ] {
            assert_eq!(
                after_last_comma(s),
                s.rsplit(", ").next().unwrap_or(s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn strongly_future_cues_stand_alone() {
        assert!(strongly_future("Test mining is anticipated in 2026"));
        assert!(strongly_future("the plant IS TO open in 2027"));
        assert!(strongly_future("upcoming"));
        assert!(!strongly_future("the willow was planted in 2020"));
        assert!(!strongly_future(
            "expectedly, sales rose; unscheduled stops"
        ));
        assert!(!strongly_future("the reset top"));
    }

    #[test]
    fn every_cue_is_found_in_any_case() {
        for cue in FUTURE_CUES.iter().chain(PAST_CUES) {
            let upper = cue.to_ascii_uppercase();
            assert_ne!(cue_flags(&upper), 0, "{cue}");
        }
        for word in ["", "the", "vehicles", "2026", "é", "uncharacteristically"] {
            assert_eq!(cue_flags(word), 0, "{word}");
        }
    }

    #[test]
    fn tense_cues() {
        assert_eq!(
            tense_of_words("Japan exported 1.37 million vehicles in 2026"),
            Tense::Past
        );
        assert_eq!(
            tense_of_words("Test mining is anticipated in 2026"),
            Tense::Future
        );
        assert_eq!(
            tense_of_words("the plant will employ 1,200 workers by 2028"),
            Tense::Future
        );
        assert_eq!(tense_of_words("Inflation is 2%"), Tense::Unknown);
    }

    #[test]
    fn long_words_are_read_in_lower_case_too() {
        assert_eq!(
            tense_of_words("the campaign, non-governmental-organisation-SPONSORED in 2028"),
            Tense::Past
        );
    }

    #[test]
    fn a_dash_counts_as_an_aside_only_inside_its_sentence() {
        // The sentence span stops before the trailing space, so the last " — " is not whole.
        let text = "Japan discovered ore, deep under the sea in 2028 — a find — \n\nNext.";
        let sentences = crate::scan::sentences(text);
        assert_eq!(asides_by_sentence(text, &sentences), vec![false, false]);
        let text = "Ore — a find — was found. Next — one.";
        let sentences = crate::scan::sentences(text);
        assert_eq!(asides_by_sentence(text, &sentences), vec![true, false]);
    }

    #[test]
    fn clauses_split_tenses() {
        let text = "Japan exported cars in 2024, while officials will buy trucks in 2026.";
        let doc = Document::build(text, Format::Text, NaiveDate::from_ymd_opt(2025, 1, 1));
        let years: Vec<_> = doc.of_kind(Kind::Year).map(|(i, _)| doc.tense(i)).collect();
        assert_eq!(years, vec![Tense::Past, Tense::Future]);
    }
}
