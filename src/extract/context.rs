//! The words around a figure: hedges and bounds before it, the counted noun after it, labels
//! that make a number a name (`Boeing 737`, `Section 230`), and change verbs.
//!
//! These look a few words left or right of a figure, never further, so their cost is per
//! figure, not per byte of text.

use crate::quantity::Bound;
use crate::tables::{WordFlags, WordIndex};

/// A phrase before a figure that hedges or bounds it.
pub(crate) struct Hedge {
    pub phrase: &'static str,
    pub approximate: bool,
    pub bound: Option<Bound>,
}

const fn hedge(phrase: &'static str, approximate: bool, bound: Option<Bound>) -> Hedge {
    Hedge {
        phrase,
        approximate,
        bound,
    }
}

/// Hedges and bounds, longest first so `just over` wins over `over`.
pub(crate) static HEDGES: &[Hedge] = &[
    hedge("greater than or equal to", false, Some(Bound::AtLeast)),
    hedge("less than or equal to", false, Some(Bound::AtMost)),
    hedge("more than or equal to", false, Some(Bound::AtLeast)),
    hedge("at least or equal to", false, Some(Bound::AtLeast)),
    hedge("no fewer than", false, Some(Bound::AtLeast)),
    hedge("no less than", false, Some(Bound::AtLeast)),
    hedge("no more than", false, Some(Bound::AtMost)),
    hedge("not more than", false, Some(Bound::AtMost)),
    hedge("a maximum of", false, Some(Bound::AtMost)),
    hedge("a minimum of", false, Some(Bound::AtLeast)),
    hedge("in excess of", false, Some(Bound::MoreThan)),
    hedge("greater than", false, Some(Bound::MoreThan)),
    hedge("upwards of", false, Some(Bound::MoreThan)),
    hedge("approximately", true, None),
    hedge("an estimated", true, None),
    hedge("estimated at", true, None),
    hedge("as much as", false, Some(Bound::AtMost)),
    hedge("as many as", false, Some(Bound::AtMost)),
    hedge("just under", false, Some(Bound::LessThan)),
    hedge("fewer than", false, Some(Bound::LessThan)),
    hedge("more than", false, Some(Bound::MoreThan)),
    hedge("less than", false, Some(Bound::LessThan)),
    hedge("exceeding", false, Some(Bound::MoreThan)),
    hedge("just over", false, Some(Bound::MoreThan)),
    hedge("close to", true, None),
    hedge("roughly", true, None),
    hedge("at least", false, Some(Bound::AtLeast)),
    hedge("at most", false, Some(Bound::AtMost)),
    hedge("nearly", true, None),
    hedge("almost", true, None),
    hedge("around", true, None),
    hedge("up to", false, Some(Bound::AtMost)),
    hedge("about", true, None),
    hedge("circa", true, None),
    hedge("under", false, Some(Bound::LessThan)),
    hedge("below", false, Some(Bound::LessThan)),
    hedge("above", false, Some(Bound::MoreThan)),
    hedge("over", false, Some(Bound::MoreThan)),
    hedge("some", true, None),
    hedge("c.", true, None),
    hedge("ca.", true, None),
    hedge("~", true, None),
    hedge("<", false, Some(Bound::LessThan)),
    hedge(">", false, Some(Bound::MoreThan)),
];

/// True when `text[..end]` ends with `phrase` (ASCII case-insensitive) that starts at a word
/// boundary. Returns the phrase's start.
pub(crate) fn ends_with_phrase(text: &str, end: usize, phrase: &str) -> Option<usize> {
    let first = *phrase.as_bytes().first()?;
    let bytes = text.as_bytes().get(..end)?;
    let start = end.checked_sub(phrase.len())?;
    // Compared from the end: the phrases tried at one place mostly share their last word
    // ("up to", "close to") and differ right before it, so a miss ends within a few bytes.
    let same = bytes[start..]
        .iter()
        .rev()
        .zip(phrase.as_bytes().iter().rev())
        .all(|(a, b)| a.eq_ignore_ascii_case(b));
    if !same || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    if first.is_ascii_alphanumeric() && crate::scan::continues_word(text, start) {
        return None;
    }
    Some(start)
}

/// The run of ASCII letters that ends `s`: the last word, when a phrase may end there.
pub(crate) fn last_letters(s: &str) -> &str {
    let letters = crate::parse::runs::trailing_letters(s.as_bytes());
    &s[s.len() - letters..]
}

/// Phrases grouped by their last word: for the text before a figure, the positions of the
/// phrases that can end there, after one hash lookup instead of a test per phrase. Phrases
/// that do not end in an ASCII letter are left out.
struct LastWords {
    words: WordIndex,
    positions: Vec<Vec<usize>>,
}

impl LastWords {
    fn new(phrases: impl IntoIterator<Item = &'static str>) -> Self {
        let last_word = |p: &'static str| p.rsplit(' ').next().unwrap_or(p);
        let phrases: Vec<(usize, &'static str)> = phrases
            .into_iter()
            .enumerate()
            .filter(|(_, p)| p.as_bytes().last().is_some_and(u8::is_ascii_alphabetic))
            .collect();
        let words = WordIndex::new(phrases.iter().map(|&(_, p)| last_word(p)));
        let mut positions = vec![Vec::new(); phrases.len()];
        for &(k, p) in &phrases {
            if let Some(w) = words.find(last_word(p).as_bytes()) {
                positions[w].push(k);
            }
        }
        LastWords { words, positions }
    }

    /// The positions, in list order, of the phrases whose last word is the run of ASCII
    /// letters that ends `head` (ASCII case-insensitive): the only ones that can end there.
    fn ending(&self, head: &str) -> &[usize] {
        self.ending_in(last_letters(head))
    }

    /// [`LastWords::ending`] for the last word already read: the phrases whose last word is
    /// `word`.
    fn ending_in(&self, word: &str) -> &[usize] {
        match self.words.find(word.as_bytes()) {
            Some(w) => &self.positions[w],
            None => &[],
        }
    }
}

/// A list of phrases (each ending in an ASCII letter) looked up by their last word.
pub(crate) struct PhraseSet {
    phrases: &'static [&'static str],
    by_last_word: std::sync::OnceLock<LastWords>,
}

impl PhraseSet {
    pub(crate) const fn new(phrases: &'static [&'static str]) -> Self {
        PhraseSet {
            phrases,
            by_last_word: std::sync::OnceLock::new(),
        }
    }

    /// Every phrase, in list order.
    pub(crate) fn phrases(&self) -> &'static [&'static str] {
        self.phrases
    }

    /// The phrases, in list order, that can end `head`: those whose last word ends it.
    pub(crate) fn ending_like(&self, head: &str) -> impl Iterator<Item = &'static str> {
        self.by_last_word
            .get_or_init(|| LastWords::new(self.phrases.iter().copied()))
            .ending(head)
            .iter()
            .filter_map(|&k| self.phrases.get(k).copied())
    }

    /// The first phrase, in list order, that ends `text[..end]` at a word start
    /// ([`ends_with_phrase`]), with where it starts.
    pub(crate) fn before(&self, text: &str, end: usize) -> Option<(usize, &'static str)> {
        self.ending_like(text.get(..end)?)
            .find_map(|p| Some((ends_with_phrase(text, end, p)?, p)))
    }
}

/// Start of the inline spaces that end `text[..end]`.
#[inline]
pub(crate) fn skip_spaces_back(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = end;
    while i > 0 && bytes.get(i - 1) == Some(&b' ') {
        i -= 1;
    }
    // Only a non-ASCII char can be another inline space (no-break, thin, narrow).
    match i.checked_sub(1).and_then(|k| bytes.get(k)) {
        Some(&b) if b >= 0x80 => other_spaces_back(text, i),
        _ => i,
    }
}

/// [`skip_spaces_back`] past a non-ASCII char: rare before a figure, and kept out of line so
/// the ASCII path inlines into its many callers.
#[cold]
fn other_spaces_back(text: &str, end: usize) -> usize {
    text.get(..end).map_or(end, |head| {
        head.trim_end_matches(crate::parse::is_inline_space).len()
    })
}

/// Verbs that take "over", "up to" or "under" as a particle: "handed over", "edged up to".
fn is_particle_verb(word: &str) -> bool {
    change_verb(word).is_some() || PARTICLE_VERBS.contains(word)
}

/// The verbs besides the change verbs that [`is_particle_verb`] takes.
#[rustfmt::skip]
static PARTICLE_VERBS: WordSet = WordSet::new(&[
    "hand", "handed", "hands", "turn", "turned", "turns", "sign", "signed", "signs", "take",
    "took", "taken", "takes", "pass", "passed", "passes", "give", "gave", "given", "fight",
    "fought", "argue", "argued", "edge", "edged", "edges", "move", "moved", "moves", "go", "went",
    "goes", "creep", "crept", "tick", "ticked", "inch", "inched", "step", "stepped", "run", "ran",
    "runs", "add", "added", "adds", "come", "came", "comes", "pick", "picked", "ramp", "ramped",
    "scale", "scaled", "roll", "rolled", "paid", "pay", "pays", "built", "build", "fork", "forked",
    "shell", "shelled", "cough", "coughed", "tally", "tallied", "total", "totalled", "totaled",
    "sum", "summed", "bid", "pushed", "push", "drove", "drive", "driven",
]);

/// The hedges that can end right before a figure whose text ends in `head`, longest first:
/// for a letter, those whose last word has the length and the end letters of the run of ASCII
/// letters `head` ends with (most words before a figure are no hedge's, and their shape says
/// so before any table); for a symbol (`~`, `c.`), those that end in that byte. A word of the
/// same shape but other inner letters gets a list that [`ends_with_phrase`] then turns away.
fn hedges_ending(head: &str) -> HedgeList {
    let key = match head.as_bytes().last() {
        None => return HedgeList(0),
        Some(&last) if !last.is_ascii_alphabetic() => u32::from(last),
        Some(_) => {
            let word = last_letters(head).as_bytes();
            if !may_end_hedge(word) {
                return HedgeList(0);
            }
            word_shape_key(word)
        }
    };
    match HEDGE_SLOTS.get(hedge_slot(key)) {
        Some(&(k, list)) if k == key => HedgeList(list),
        _ => HedgeList(0),
    }
}

/// Positions in [`HEDGES`], in list order, one per byte from the low end, each plus one (a
/// zero byte ends the list): what one slot of [`HEDGE_SLOTS`] holds.
#[derive(Clone, Copy, Debug)]
struct HedgeList(u64);

impl Iterator for HedgeList {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let k = (self.0 & 0xFF) as usize;
        self.0 >>= 8;
        k.checked_sub(1)
    }
}

/// What [`HEDGE_SLOTS`] is keyed by for a last word of ASCII letters (non-empty): its length
/// and its first and last letters, either case. The key of a last byte that is no letter is
/// that byte, below any word's.
const fn word_shape_key(word: &[u8]) -> u32 {
    let len = if word.len() < 255 { word.len() } else { 255 };
    let (first, last) = match word {
        [first, .., last] | [first @ last] => (*first | 0x20, *last | 0x20),
        [] => (0, 0),
    };
    (len as u32) << 16 | (first as u32) << 8 | last as u32
}

/// The slot of [`HEDGE_SLOTS`] for `key`: a multiplicative hash, its multiplier picked so that
/// no two keys of the hedges share a slot (checked as the table is built).
const fn hedge_slot(key: u32) -> usize {
    (key.wrapping_mul(0xD8A0_64DF) >> 26) as usize
}

/// The hedges by the shape of their last word (or their last byte), built at compile time:
/// one multiplication and one load instead of a hash of the whole word.
static HEDGE_SLOTS: [(u32, u64); 64] = {
    let mut slots = [(0u32, 0u64); 64];
    let mut k = 0;
    while k < HEDGES.len() {
        let p = HEDGES[k].phrase.as_bytes();
        let last = p[p.len() - 1];
        let key = if last.is_ascii_alphabetic() {
            let mut start = p.len();
            while start > 0 && p[start - 1].is_ascii_alphabetic() {
                start -= 1;
            }
            word_shape_key(p.split_at(start).1)
        } else {
            last as u32
        };
        let s = hedge_slot(key);
        assert!(
            slots[s].1 == 0 || slots[s].0 == key,
            "two hedge endings share a slot"
        );
        let mut shift = 0;
        while shift < 64 && (slots[s].1 >> shift) & 0xFF != 0 {
            shift += 8;
        }
        assert!(shift < 64, "more than eight hedges end in one word");
        assert!(k < 255);
        slots[s] = (key, slots[s].1 | (k as u64 + 1) << shift);
        k += 1;
    }
    slots
};

/// For each word length, the last entry shared by all longer words, masks of the first and
/// of the last letters (bit 0 for `a`, either case) of a list's words, built at compile time:
/// a word whose length and end letters fit none is turned away in a few instructions, without
/// a lazily built table's set-up or a hash.
struct WordEnds<const N: usize>([(u32, u32); N]);

impl<const N: usize> WordEnds<N> {
    const EMPTY: Self = WordEnds([(0, 0); N]);

    /// Adds `word`, a non-empty run of ASCII letters.
    const fn with(mut self, word: &[u8]) -> Self {
        let slot = if word.len() < N { word.len() } else { N - 1 };
        self.0[slot].0 |= 1 << ((word[0] | 0x20) - b'a');
        self.0[slot].1 |= 1 << ((word[word.len() - 1] | 0x20) - b'a');
        self
    }

    /// False when `word` is on the list in no ASCII case. A byte that is no ASCII letter fits
    /// no mask.
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let letter = |b: u8| u32::from((b | 0x20).wrapping_sub(b'a'));
        match (word, self.0.get(word.len().min(N - 1))) {
            ([first, .., last] | [first @ last], Some(&(firsts, lasts))) => {
                let (f, l) = (letter(*first), letter(*last));
                f < 26 && l < 26 && firsts >> f & lasts >> l & 1 != 0
            }
            _ => false,
        }
    }
}

/// The last words of the [`HEDGES`] (their final runs of ASCII letters), words of 15 letters
/// and more sharing an entry.
static HEDGE_WORD_ENDS: WordEnds<16> = {
    let mut ends = WordEnds::EMPTY;
    let mut k = 0;
    while k < HEDGES.len() {
        let p = HEDGES[k].phrase.as_bytes();
        let mut start = p.len();
        while start > 0 && p[start - 1].is_ascii_alphabetic() {
            start -= 1;
        }
        if start < p.len() {
            ends = ends.with(p.split_at(start).1);
        }
        k += 1;
    }
    ends
};

/// False when `word`, a run of ASCII letters, is the last word of no hedge in any ASCII case.
#[inline]
fn may_end_hedge(word: &[u8]) -> bool {
    HEDGE_WORD_ENDS.may_hold(word)
}
/// The hedge right before `start` (spaces between), with where it starts.
pub(crate) fn hedge_before(text: &str, start: usize) -> Option<(usize, &'static Hedge)> {
    let end = skip_spaces_back(text, start);
    hedges_ending(text.get(..end)?).find_map(|k| {
        let h = HEDGES.get(k)?;
        let at = hedge_ends_at(text, end, k)?;
        // "handed over £180,000", "edge up to 53.68p": a particle of a verb, not a bound.
        if matches!(h.phrase, "over" | "up to" | "under" | "above" | "below")
            && word_before(text, at).is_some_and(|(_, w)| is_particle_verb(w))
        {
            return None;
        }
        // "~5" and "<5" attach without a space; word hedges need one.
        let attached = end == start;
        let symbol = !h.phrase.as_bytes()[0].is_ascii_alphabetic();
        (symbol || !attached).then_some((at, h))
    })
}

/// `ends_with_phrase(text, end, HEDGES[k].phrase)`, with the hedge's last eight bytes (or
/// fewer) compared to the text's in one load ([`HEDGE_TAILS`]): the hedges that end in the
/// same word mostly differ right before it, and most are turned away by that one test.
fn hedge_ends_at(text: &str, end: usize, k: usize) -> Option<usize> {
    let (phrase, tail) = (HEDGES.get(k)?.phrase.as_bytes(), HEDGE_TAILS.get(k)?);
    let bytes = text.as_bytes();
    let start = end.checked_sub(phrase.len())?;
    let window = end
        .checked_sub(8)
        .and_then(|i| bytes.get(i..end))
        .and_then(<[u8]>::first_chunk::<8>);
    let Some(window) = window else {
        // Fewer than eight bytes before the end: compared as written.
        return ends_with_phrase(text, end, HEDGES.get(k)?.phrase);
    };
    if (u64::from_le_bytes(*window) | tail.case) & tail.used != tail.bytes {
        return None;
    }
    // What a phrase longer than eight bytes has before its tail.
    if let Some(head) = phrase.len().checked_sub(8)
        && !bytes
            .get(start..end - 8)?
            .eq_ignore_ascii_case(phrase.get(..head)?)
    {
        return None;
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    if phrase[0].is_ascii_alphanumeric() && crate::scan::continues_word(text, start) {
        return None;
    }
    Some(start)
}

/// The last eight bytes (or fewer) of a hedge, placed as they end an eight-byte load of the
/// text (little-endian): the bytes, lowercase; the case bit of each letter; and which bytes
/// belong to the phrase. Text matches when `(load | case) & used == bytes`, which is
/// `eq_ignore_ascii_case` byte by byte (only a letter's two cases differ in that bit alone).
#[derive(Clone, Copy)]
struct HedgeTail {
    bytes: u64,
    case: u64,
    used: u64,
}

/// [`HedgeTail`] of each of the [`HEDGES`], at its position, built at compile time.
static HEDGE_TAILS: [HedgeTail; 64] = {
    let mut tails = [HedgeTail {
        bytes: 0,
        case: 0,
        used: 0,
    }; 64];
    assert!(HEDGES.len() <= 64);
    let mut k = 0;
    while k < HEDGES.len() {
        let p = HEDGES[k].phrase.as_bytes();
        let m = if p.len() < 8 { p.len() } else { 8 };
        let mut i = 0;
        while i < m {
            let b = p[p.len() - m + i];
            let shift = 8 * (8 - m + i);
            if b.is_ascii_alphabetic() {
                tails[k].bytes |= ((b | 0x20) as u64) << shift;
                tails[k].case |= 0x20 << shift;
            } else {
                tails[k].bytes |= (b as u64) << shift;
            }
            tails[k].used |= 0xFF << shift;
            i += 1;
        }
        k += 1;
    }
    tails
};

/// The word that ends right before `end` (after skipping inline spaces and, optionally, one
/// comma), with its span. Letters, digits, apostrophes, periods and hyphens count as word.
pub(crate) fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let end = skip_spaces_back(text, end);
    let head = &text[..end];
    let bytes = head.as_bytes();
    // Most words are ASCII letters to their start: those are counted eight bytes at a time,
    // and the byte loop reads on from the first other byte.
    let mut start = end - crate::parse::runs::trailing_letters(bytes);
    // The commonest case, letters after a space: the word ends in a letter, so no period is
    // trimmed from it.
    if start < end
        && start
            .checked_sub(1)
            .is_none_or(|k| BYTE_CLASS[usize::from(bytes[k])] == 0)
    {
        return Some((start, &head[start..]));
    }
    while start > 0 {
        let class = BYTE_CLASS[usize::from(bytes[start - 1])];
        if class & (WORD_BYTE | PERIOD) != 0 {
            start -= 1;
        } else if class & NON_ASCII != 0 {
            match head[..start].chars().next_back() {
                Some(c) if crate::parse::is_alphanumeric(c) || c == '’' => start -= c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    let word = head[start..].trim_end_matches('.');
    (!word.is_empty()).then_some((start, word))
}

/// Where the word that ends at `end` starts: letters and digits (any script), hyphens and
/// apostrophes (`’` too), read back from `end`.
pub(crate) fn word_start(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    // ASCII letters first, eight bytes at a time, as in `word_before`.
    let mut start = bytes
        .get(..end)
        .map_or(end, |head| end - crate::parse::runs::trailing_letters(head));
    while start > 0 {
        let class = BYTE_CLASS[usize::from(bytes[start - 1])];
        if class & WORD_BYTE != 0 {
            start -= 1;
        } else if class & NON_ASCII != 0 {
            match text[..start].chars().next_back() {
                Some(c) if c.is_alphanumeric() || c == '’' => start -= c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    start
}

/// [`BYTE_CLASS`]: an ASCII letter or digit, an apostrophe or a hyphen.
const WORD_BYTE: u8 = 1;
/// [`BYTE_CLASS`]: `.`.
const PERIOD: u8 = 2;
/// [`BYTE_CLASS`]: any byte of a non-ASCII char.
const NON_ASCII: u8 = 4;

/// What each byte is to the word readers ([`word_before`], [`word_after`]): one load per
/// byte instead of a chain of range tests, in loops that run for every figure.
static BYTE_CLASS: [u8; 256] = crate::tables::byte_table!(|byte| if byte >= 0x80 {
    NON_ASCII
} else if byte.is_ascii_alphanumeric() || byte == b'\'' || byte == b'-' {
    WORD_BYTE
} else if byte == b'.' {
    PERIOD
} else {
    0
});

/// The word that starts at or after `start` (skipping inline spaces): letters, digits,
/// apostrophes, inner periods (`U.S.`) and hyphens.
pub(crate) fn word_after(text: &str, start: usize) -> Option<(usize, &str)> {
    // The commonest case first: ASCII spaces, ASCII letters, then an ASCII byte that is no
    // part of a word (a space, a comma) or the end. Anything else takes the full reading.
    let all = text.as_bytes();
    let mut from = start;
    while all.get(from) == Some(&b' ') {
        from += 1;
    }
    if let Some(rest) = all.get(from..) {
        let end = crate::parse::runs::leading_letters(rest);
        let ends_here = match rest.get(end) {
            None => true,
            // A period keeps the word going only before a letter ("U.S"): not at the end of
            // a sentence, where many figures' next words stand.
            Some(b'.') => rest
                .get(end + 1)
                .is_none_or(|&b| b.is_ascii() && !b.is_ascii_alphabetic()),
            Some(&b) => BYTE_CLASS[usize::from(b)] == 0,
        };
        if end > 0 && ends_here {
            return Some((from, text.get(from..from + end)?));
        }
    }
    word_after_any(text, start)
}

/// [`word_after`] for any word: periods inside (`U.S.`), other scripts, digits, hyphens.
fn word_after_any(text: &str, start: usize) -> Option<(usize, &str)> {
    let from = text.len() - crate::parse::skip_spaces(text.get(start..)?).len();
    let rest = &text[from..];
    let bytes = rest.as_bytes();
    // Most words are ASCII letters to their end: those are counted eight bytes at a time,
    // and the byte loop reads on from the first other byte.
    let mut end = crate::parse::runs::leading_letters(bytes);
    let mut inner_periods = false;
    while end < bytes.len() {
        let class = BYTE_CLASS[usize::from(bytes[end])];
        if class & WORD_BYTE != 0 {
            end += 1;
        } else if class & PERIOD != 0 {
            // A period before a letter stays inside the word ("U.S").
            if !rest[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
            {
                break;
            }
            inner_periods = true;
            end += 1;
        } else if class & NON_ASCII != 0 {
            match rest[end..].chars().next() {
                Some(c) if crate::parse::is_alphanumeric(c) || c == '’' => end += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    // "U.S." keeps its last period when the word is an initialism.
    let word_end = end + usize::from(inner_periods && bytes.get(end) == Some(&b'.'));
    (end > 0).then(|| (from, &rest[..word_end]))
}

/// True when `gap` holds nothing but inline spaces, as between the words of a phrase: nearly
/// always one ASCII space, tested without decoding chars.
fn only_inline_spaces(gap: &str) -> bool {
    if gap.is_ascii() {
        gap.bytes().all(|b| b == b' ')
    } else {
        gap.chars().all(crate::parse::is_inline_space)
    }
}

/// True when `word` is one of `list`, ignoring ASCII case: for short lists asked rarely (a
/// [`WordSet`] serves the long ones on hot paths).
pub(crate) fn is_in(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A fixed list of lowercase words, looked up by hash once first used: the word lists here
/// are asked about every figure, so a linear scan of a hundred entries would dominate.
pub(crate) struct WordSet {
    list: &'static [&'static str],
    shapes: WordShapes,
    index: std::sync::OnceLock<WordIndex>,
}

impl WordSet {
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            shapes: WordShapes::of(list),
            index: std::sync::OnceLock::new(),
        }
    }

    /// True when `word`, ASCII-lowercased, is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.shapes.may_hold(word.as_bytes())
            && self
                .index
                .get_or_init(|| WordIndex::new(self.list.iter().copied()))
                .find(word.as_bytes())
                .is_some()
    }
}

/// The shapes of a list's words, built at compile time: for each length (words of 15 bytes
/// and more share an entry) and first byte, a mask of the last bytes, a byte counted by
/// [`shape_of`]. Most words looked up (`the`, `to`, `of` before a figure) are on no list, and
/// one load and a shift turn nearly all of them away, where the hash index's own shape test,
/// of first and last bytes apart, let many through to a hash and a probe.
struct WordShapes([[u32; 27]; 16]);

/// Where a byte sits in [`WordShapes`]: `a`..=`z` in either case at 0..=25, any other byte
/// (a digit, `.`, `-`, a non-ASCII byte) at 26.
const fn shape_of(b: u8) -> usize {
    let letter = (b | 0x20).wrapping_sub(b'a');
    if letter < 26 { letter as usize } else { 26 }
}

impl WordShapes {
    /// The shapes of the words of `list`.
    const fn of(list: &[&str]) -> Self {
        let mut shapes = [[0u32; 27]; 16];
        let mut k = 0;
        while k < list.len() {
            let w = list[k].as_bytes();
            if !w.is_empty() {
                let len = if w.len() < 15 { w.len() } else { 15 };
                shapes[len][shape_of(w[0])] |= 1 << shape_of(w[w.len() - 1]);
            }
            k += 1;
        }
        WordShapes(shapes)
    }

    /// False when `word` is on the list in no ASCII case.
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return false;
        };
        self.0
            .get(word.len().min(15))
            .and_then(|row| row.get(shape_of(first)))
            .is_some_and(|lasts| lasts >> shape_of(last) & 1 != 0)
    }
}

/// Words that end the search for a counted noun.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "but", "for", "from", "with",
    "by", "as", "than", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "per", "each",
    "every", "who", "which", "while", "when", "where", "its", "their", "his", "her", "our", "your",
    "my", "over", "under", "into", "onto", "after", "before", "since", "until", "between",
    "during", "about", "against", "among", "through", "across", "up", "down", "out", "off", "not",
    "no", "so", "if", "then", "also", "just", "only", "more", "less", "fewer", "most", "least",
    "last", "next", "year", "years", "ago", "later", "earlier", "said", "says", "percent", "cent",
    "points",
];

/// What [`noun_flags`] says of a word.
const FUNCTION_WORD: u8 = 1;
const IRREGULAR_PLURAL: u8 = 2;
const NOT_PLURAL: u8 = 4;

/// Which of [`FUNCTION_WORDS`], [`IRREGULAR_PLURALS`] and [`NOT_PLURALS`] hold `word`
/// (ASCII case-insensitive): one hash lookup per word of a noun phrase, not three.
fn noun_flags(word: &str) -> u8 {
    static FLAGS: std::sync::OnceLock<WordFlags> = std::sync::OnceLock::new();
    FLAGS
        .get_or_init(|| {
            let tagged =
                |list: &'static [&'static str], flag: u8| list.iter().map(move |w| (*w, flag));
            WordFlags::new(
                tagged(FUNCTION_WORDS, FUNCTION_WORD)
                    .chain(tagged(IRREGULAR_PLURALS, IRREGULAR_PLURAL))
                    .chain(tagged(NOT_PLURALS, NOT_PLURAL)),
            )
        })
        .get(word.as_bytes())
}

/// True for a word that looks like a plural noun (`vehicles`, `troops`, `people`), given its
/// [`noun_flags`].
fn looks_plural(word: &str, flags: u8) -> bool {
    let lower_ok = word.chars().next().is_some_and(char::is_lowercase);
    if !lower_ok {
        return false;
    }
    if flags & IRREGULAR_PLURAL != 0 {
        return true;
    }
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("'s")
        && !word.ends_with("’s")
        && flags & NOT_PLURAL == 0
}

/// Nouns that count a set without ending in `s`.
#[rustfmt::skip]
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep",
    "fish", "aircraft", "livestock", "deer", "series", "species", "offspring",
];

/// Words that end in `s` but are no plural noun.
#[rustfmt::skip]
const NOT_PLURALS: &[&str] = &[
    "this", "was", "has", "does", "goes", "its", "yes", "always", "perhaps", "sometimes",
    "whereas", "towards", "afterwards", "besides", "news",
];

/// The counted noun after a figure ending at `end`: the first plural noun within the next four
/// words, stopping at a function word or punctuation (`400 long-range Tomahawk cruise
/// missiles` → `missiles`). With `singular_ok`, the first word is taken even when singular
/// (`one vehicle`, `a 45,000-seat stadium`).
pub(crate) fn noun_after(text: &str, end: usize, singular_ok: bool) -> Option<(usize, &str)> {
    let mut pos = end;
    for n in 0..4 {
        // Only inline spaces may separate the words of a noun phrase: `word_after` skips
        // those and no more, so the gap needs no test of its own.
        let (start, word) = word_after(text, pos)?;
        let flags = noun_flags(word);
        if flags & FUNCTION_WORD != 0 || word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        if looks_plural(word, flags) {
            return Some((start, word));
        }
        if n == 0 && singular_ok && word.chars().next().is_some_and(char::is_lowercase) {
            return Some((start, word));
        }
        pos = start + word.len();
    }
    None
}

/// Change verbs that rise.
const RISING_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "increase",
    "increased",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "climbed",
    "climb",
    "climbs",
    "climbing",
    "jumped",
    "jump",
    "jumps",
    "soared",
    "soar",
    "surged",
    "surge",
    "gained",
    "gain",
    "doubled",
    "tripled",
    "quadrupled",
    "raised",
    "raise",
    "raising",
    "boosted",
    "lifted",
    "expanded",
    "widened",
    "up",
    "swelled",
    "spiked",
    "rebounded",
    "advanced",
];
/// Change verbs that fall.
const FALLING_WORDS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "declined",
    "decline",
    "declines",
    "declining",
    "decreased",
    "decrease",
    "decreases",
    "decreasing",
    "slid",
    "slide",
    "slipped",
    "sank",
    "sunk",
    "plunged",
    "plummeted",
    "tumbled",
    "cut",
    "cuts",
    "cutting",
    "reduced",
    "reduce",
    "reduces",
    "reducing",
    "lowered",
    "lower",
    "shrank",
    "shrunk",
    "shrink",
    "eased",
    "dipped",
    "slashed",
    "trimmed",
    "narrowed",
    "contracted",
    "halved",
    "down",
    "lost",
    "slumped",
    "retreated",
];
/// Change verbs that say no direction.
const NEUTRAL_CHANGE_WORDS: &[&str] = &[
    "changed", "change", "moved", "went", "shifted", "swung", "adjusted", "revised",
];

/// Longest change verb [`change_verb`] looks up.
const LONGEST_VERB: usize = 12;

/// The change verbs of the three lists. Their lengths stop at [`LONGEST_VERB`], so the
/// entry that longer words share stays empty.
static VERB_ENDS: WordEnds<{ LONGEST_VERB + 2 }> = {
    let mut ends = WordEnds::EMPTY;
    let lists = [RISING_WORDS, FALLING_WORDS, NEUTRAL_CHANGE_WORDS];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            // Every listed verb is lowercase ASCII letters, 2 to 12 of them.
            assert!(w.len() >= 2 && w.len() <= LONGEST_VERB);
            let mut b = 0;
            while b < w.len() {
                assert!(w[b].is_ascii_lowercase());
                b += 1;
            }
            ends = ends.with(w);
            k += 1;
        }
        l += 1;
    }
    ends
};

/// False when `word` cannot be a change verb in any ASCII case: its length, first letter or
/// last letter fits none.
#[inline]
fn may_be_verb(word: &[u8]) -> bool {
    VERB_ENDS.may_hold(word)
}

/// Change verbs with their direction: `Some(true)` rises, `Some(false)` falls, `None` neutral.
#[inline]
pub(crate) fn change_verb(word: &str) -> Option<Option<bool>> {
    if !may_be_verb(word.as_bytes()) {
        return None;
    }
    listed_change_verb(word)
}

/// [`change_verb`] for a word of a verb's shape: one lookup in the three lists at once; a word
/// in two lists keeps the first's direction.
fn listed_change_verb(word: &str) -> Option<Option<bool>> {
    const RISING: u8 = 1;
    const FALLING: u8 = 2;
    const NEUTRAL: u8 = 4;
    static ALL: std::sync::OnceLock<WordFlags> = std::sync::OnceLock::new();
    let flags = ALL
        .get_or_init(|| {
            let tagged =
                |list: &'static [&'static str], flag: u8| list.iter().map(move |w| (*w, flag));
            WordFlags::new(
                tagged(RISING_WORDS, RISING)
                    .chain(tagged(FALLING_WORDS, FALLING))
                    .chain(tagged(NEUTRAL_CHANGE_WORDS, NEUTRAL)),
            )
        })
        .get(word.as_bytes());
    if flags & RISING != 0 {
        Some(Some(true))
    } else if flags & FALLING != 0 {
        Some(Some(false))
    } else if flags & NEUTRAL != 0 {
        Some(None)
    } else {
        None
    }
}

/// Words before a number that make it a name or a label rather than a quantity.
static LABEL_WORD_WORDS: WordSet = WordSet::new(&[
    "section",
    "article",
    "chapter",
    "title",
    "version",
    "model",
    "route",
    "highway",
    "interstate",
    "exit",
    "room",
    "flight",
    "gate",
    "platform",
    "level",
    "grade",
    "class",
    "category",
    "phase",
    "stage",
    "rule",
    "form",
    "clause",
    "paragraph",
    "resolution",
    "proposition",
    "amendment",
    "bill",
    "act",
    "series",
    "season",
    "episode",
    "vol",
    "volume",
    "page",
    "pages",
    "p",
    "pp",
    "figure",
    "fig",
    "table",
    "windows",
    "ios",
    "android",
    "macos",
    "iphone",
    "galaxy",
    "boeing",
    "airbus",
    "apollo",
    "covid",
    "sars",
    "mp",
    "channel",
    "track",
    "lane",
    "unit",
    "suite",
    "apartment",
    "apt",
    "floor",
    "box",
    "po",
    "ward",
    "district",
    "precinct",
    "line",
    "lines",
    "tier",
    "type",
    "mark",
    "mk",
    "no",
    "nos",
    "number",
    "code",
    "sol",
    "ps",
    "xbox",
    "pixel",
    "office",
    "h.r",
    "s",
    "hr",
    "bus",
    "train",
    "runway",
    "pier",
    "berth",
    "squad",
    "division",
    "battalion",
    "regiment",
    "brigade",
    "corps",
    "fleet",
    "wing",
    "group",
    "study",
    "trial",
    "appendix",
    "annex",
    "schedule",
    "item",
    "question",
    "q",
    "step",
    "game",
    "week",
    "day",
    "round",
    "match",
    "stand",
    "gen",
    "generation",
    "dose",
    "covid-",
    "cop",
    "g",
    "f",
    "u",
]);

fn is_label_word(word: &str) -> bool {
    LABEL_WORD_WORDS.contains(word)
}

/// Sentence-initial or common words that may be capitalised before a figure without being a
/// name: `In 2010`, `About 400`, `Only 5`.
static COMMON_CAPITALISED_WORDS: WordSet = WordSet::new(&[
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "only",
    "just",
    "over",
    "under",
    "more",
    "less",
    "fewer",
    "up",
    "as",
    "since",
    "until",
    "after",
    "before",
    "between",
    "of",
    "to",
    "and",
    "but",
    "or",
    "roughly",
    "approximately",
    "estimated",
    "exactly",
    "all",
    "another",
    "those",
    "these",
    "their",
    "its",
    "his",
    "her",
    "our",
    "every",
    "each",
    "per",
    "than",
    "the",
    "a",
    "an",
    "by",
    "through",
    "during",
    "within",
    "nearly",
    "another",
    "least",
    "most",
    "top",
    "those",
    "today",
    "yesterday",
    "still",
    "even",
    "then",
    "now",
    "also",
    "while",
    "when",
    "where",
    "once",
    "if",
    "that",
    "this",
    "there",
    "here",
    "nor",
    "yet",
    "so",
    "because",
    "although",
    "though",
    "whereas",
    "both",
    "either",
    "neither",
    "i",
    "we",
    "they",
    "he",
    "she",
    "it",
    "you",
    "total",
    "totaling",
    "totalling",
    "reached",
    "some",
    "circa",
    "below",
    "above",
    "minus",
    "plus",
    "past",
    "next",
    "last",
    "first",
    "second",
    "third",
    "final",
    "overall",
    "meanwhile",
    "moreover",
    "however",
    "additionally",
    "further",
    "furthermore",
    "instead",
    "like",
    "unlike",
    "despite",
    "among",
    "amid",
    "across",
    "toward",
    "towards",
    "beyond",
    "including",
    "excluding",
    "except",
    "against",
    "versus",
    "vs",
    "via",
    "per cent",
    "percent",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]);

fn is_common_capitalised(word: &str) -> bool {
    COMMON_CAPITALISED_WORDS.contains(word)
}

/// True when the number starting at `start`, in a sentence that starts at byte
/// `sentence_begins`, is part of a name or label: `Boeing 737`, `Section 230`, `H.R. 1234`,
/// `Windows 11`, `iOS 18`.
#[cfg(test)]
pub(crate) fn is_label_number(text: &str, start: usize, sentence_begins: usize) -> bool {
    is_label_after(text, start, sentence_begins, word_before(text, start))
}

/// [`is_label_number`] given the word before `start`, `word_before(text, start)`, which the
/// caller has read already.
pub(crate) fn is_label_after(
    text: &str,
    start: usize,
    sentence_begins: usize,
    before: Option<(usize, &str)>,
) -> bool {
    let Some((word_start, word)) = before else {
        return false;
    };
    // Only a space may separate a label from its number ("Windows 11", not "Windows, 11"),
    // after the periods `word_before` left out ("No. 5"). Nearly always one ASCII space.
    let gap = &text[word_start + word.len()..start];
    if gap != " " && !only_inline_spaces(gap.trim_start_matches('.')) {
        return false;
    }
    if is_label_word(word) {
        return true;
    }
    // Without a capital there is no name: "said 45".
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return false;
    }
    if is_common_capitalised(word) {
        return false;
    }
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let inner_upper = word.chars().skip(1).any(char::is_uppercase);
    // iOS, H.R., McDonald: mixed case or initials are names.
    if inner_upper && word.chars().any(char::is_lowercase) || word.contains('.') && first_upper {
        return true;
    }
    // A capitalised word mid-sentence is a name ("the Boeing 737").
    first_upper && {
        let sentence_start =
            skip_spaces_back(text, start) <= sentence_begins || word_start <= sentence_begins;
        !sentence_start_word(text, word_start, sentence_start)
    }
}

fn sentence_start_word(text: &str, word_start: usize, sentence_start: bool) -> bool {
    if sentence_start {
        return true;
    }
    let before = text[..word_start].trim_end();
    before.is_empty()
        || before.ends_with(['.', '!', '?', '\n', ':', '"', '“', '—', '('])
        || before.ends_with('\u{2014}')
}

/// Words before an `X-Y` pair that make it a score or a tally, not a range.
pub(crate) static SCORE_WORD_WORDS: WordSet = WordSet::new(&[
    "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "defeated", "drew", "tied",
    "led", "leads", "trailed", "trail", "score", "scored", "victory", "defeat", "loss", "record",
    "vote", "voted", "votes", "ruling", "decision", "margin", "split", "tally",
]);

pub(crate) fn is_score_word(word: &str) -> bool {
    SCORE_WORD_WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_flags_read_the_three_lists() {
        let has = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
        for w in FUNCTION_WORDS
            .iter()
            .chain(IRREGULAR_PLURALS)
            .chain(NOT_PLURALS)
        {
            for word in [w.to_string(), w.to_ascii_uppercase()] {
                let flags = noun_flags(&word);
                assert_eq!(flags & FUNCTION_WORD != 0, has(FUNCTION_WORDS, w), "{word}");
                assert_eq!(
                    flags & IRREGULAR_PLURAL != 0,
                    has(IRREGULAR_PLURALS, w),
                    "{word}"
                );
                assert_eq!(flags & NOT_PLURAL != 0, has(NOT_PLURALS, w), "{word}");
            }
        }
        assert_eq!(noun_flags("vehicles"), 0);
    }

    /// [`change_verb`] as first written: the three lists read in order, one word at a time.
    fn change_verb_by_lists(word: &str) -> Option<Option<bool>> {
        if is_in(word, RISING_WORDS) {
            Some(Some(true))
        } else if is_in(word, FALLING_WORDS) {
            Some(Some(false))
        } else if is_in(word, NEUTRAL_CHANGE_WORDS) {
            Some(None)
        } else {
            None
        }
    }

    /// Every listed verb, in lowercase, capitalised and uppercase, passes the shape filter and
    /// is found with the first list's direction.
    #[test]
    fn change_verb_reads_the_three_lists_in_order() {
        for list in [RISING_WORDS, FALLING_WORDS, NEUTRAL_CHANGE_WORDS] {
            for w in list {
                let capitalised = w[..1].to_ascii_uppercase() + &w[1..];
                for word in [w.to_string(), capitalised, w.to_ascii_uppercase()] {
                    assert!(may_be_verb(word.as_bytes()), "{word}");
                    assert_eq!(change_verb(&word), change_verb_by_lists(w), "{word}");
                    assert!(change_verb(&word).is_some(), "{word}");
                }
            }
        }
        for word in [
            "people",
            "",
            "u",
            "r0se",
            "ros\u{e9}",
            "-rose",
            "rose-",
            "increasingly",
        ] {
            assert_eq!(change_verb(word), None, "{word}");
        }
        assert_eq!(change_verb("UP"), Some(Some(true)));
        assert_eq!(change_verb("Cut"), Some(Some(false)));
        assert_eq!(change_verb("swung"), Some(None));
    }

    /// The shape filter lets through the last word of every hedge in any ASCII case, and
    /// turns away words that end none.
    #[test]
    fn hedge_word_shapes_pass_every_hedge() {
        for h in HEDGES {
            let word = last_letters(h.phrase);
            if word.is_empty() {
                continue;
            }
            let capitalised = word[..1].to_ascii_uppercase() + &word[1..];
            for w in [word.to_string(), capitalised, word.to_ascii_uppercase()] {
                assert!(may_end_hedge(w.as_bytes()), "{w}");
                assert!(hedges_ending(&format!("x {w}")).next().is_some(), "{w}");
            }
        }
        for w in ["", "the", "rose", "million", "z"] {
            assert!(!may_end_hedge(w.as_bytes()), "{w}");
        }
    }

    /// The shape test lets every listed word through in any ASCII case, and turns away words
    /// of other shapes; the set answers as a scan of its list.
    #[test]
    fn word_sets_find_every_word_in_any_case() {
        for set in [
            &PARTICLE_VERBS,
            &LABEL_WORD_WORDS,
            &COMMON_CAPITALISED_WORDS,
            &SCORE_WORD_WORDS,
        ] {
            for w in set.list {
                let capitalised = w[..1].to_ascii_uppercase() + &w[1..];
                for word in [w.to_string(), capitalised, w.to_ascii_uppercase()] {
                    assert!(set.shapes.may_hold(word.as_bytes()), "{word}");
                    assert!(set.contains(&word), "{word}");
                }
            }
            for w in [
                "", "the", "to", "of", "x", "sectio", "h.r.", "covid", "épée", "a-",
            ] {
                assert_eq!(set.contains(w), is_in(w, set.list), "{w}");
            }
        }
        assert!(!LABEL_WORD_WORDS.shapes.may_hold(b"the"));
    }

    proptest::proptest! {
        /// A word set answers as a scan of its list, for words that share a listed word's
        /// length, first or last letter.
        #[test]
        fn word_sets_match_their_lists(word in "[a-zA-Z.\\-é]{0,9}") {
            for set in [&PARTICLE_VERBS, &LABEL_WORD_WORDS, &COMMON_CAPITALISED_WORDS] {
                proptest::prop_assert_eq!(set.contains(&word), is_in(&word, set.list), "{}", word);
            }
        }
    }

    #[test]
    fn hedges_longest_first() {
        let t = "imports of just over 16,000";
        let (at, h) = hedge_before(t, t.find("16").unwrap()).unwrap();
        assert_eq!(&t[at..], "just over 16,000");
        assert_eq!(h.bound, Some(Bound::MoreThan));
        let t = "handsome 5";
        assert!(hedge_before(t, 9).is_none());
    }

    /// Every hedge is found before a figure in any case, so the last-word table (its word
    /// shapes and its hash) and the comparison from the end miss none; a longer word that only
    /// ends like a hedge ("handsome") is not one.
    #[test]
    fn every_hedge_is_found_in_any_case() {
        for h in HEDGES {
            for phrase in [h.phrase.to_string(), h.phrase.to_ascii_uppercase()] {
                let space = if h.phrase.as_bytes()[0].is_ascii_alphabetic() {
                    " "
                } else {
                    ""
                };
                let t = format!("rose by {phrase}{space}5");
                let (at, found) = hedge_before(&t, t.len() - 1).expect(&t);
                assert_eq!((at, found.phrase), (8, h.phrase), "{t}");
            }
        }
        static SET: PhraseSet = PhraseSet::new(&["of which", "in total", "all told"]);
        for p in SET.phrases() {
            let t = format!("x {} 5", p.to_ascii_uppercase());
            assert_eq!(SET.before(&t, t.len() - 2), Some((2, *p)), "{t}");
            assert_eq!(SET.before(&format!("x{p} 5"), p.len() + 1), None, "{p}");
        }
    }

    #[test]
    fn nouns() {
        let t = "400 long-range Tomahawk cruise missiles from";
        assert_eq!(noun_after(t, 3, false).map(|x| x.1), Some("missiles"));
        let t = "50,000 U.S. troops stationed";
        assert_eq!(noun_after(t, 6, false).map(|x| x.1), Some("troops"));
        let t = "17 persons were";
        assert_eq!(noun_after(t, 2, false).map(|x| x.1), Some("persons"));
        let t = "5 in the";
        assert_eq!(noun_after(t, 1, false), None);
    }

    #[test]
    fn labels() {
        let t = "the Boeing 737 MAX";
        assert!(is_label_number(t, 11, 0));
        let t = "Section 230 and";
        assert!(is_label_number(t, 8, 0));
        let t = "In 2010, they";
        assert!(!is_label_number(t, 3, 0));
        let t = "The bill, H.R. 1234, passed";
        assert!(is_label_number(t, 15, 0));
        let t = "Japan exported 1.37";
        assert!(!is_label_number(t, 15, 0));
        // Periods and inline spaces may stand between a label and its number; nothing else.
        let t = "No. 5";
        assert!(is_label_number(t, 4, 0));
        let t = "Route\u{a0}66";
        assert!(is_label_number(t, t.len() - 2, 0));
        let t = "the route, 66";
        assert!(!is_label_number(t, t.len() - 2, 0));
    }

    #[test]
    fn word_readers_take_letters_digits_and_inner_marks() {
        let t = "the U.S. economy";
        assert_eq!(word_before(t, 8), Some((4, "U.S")));
        assert_eq!(word_after(t, 3), Some((4, "U.S.")));
        let t = "São Paulo’s 12";
        assert_eq!(word_before(t, t.len() - 2), Some((5, "Paulo’s")));
        assert_eq!(word_after(t, 0), Some((0, "São")));
        let t = "mid-2020 and co-op's 5";
        assert_eq!(word_before(t, t.len() - 1), Some((13, "co-op's")));
        assert_eq!(word_after(t, 0), Some((0, "mid-2020")));
        assert_eq!(word_before("(5", 1), None);
        let t = "prices in São-Paulo’s";
        assert_eq!(word_start(t, t.len()), 10);
        assert_eq!(word_start(t, 9), 7);
        assert_eq!(word_after("5 ,x", 1), None);
    }

    /// [`word_before`] and [`word_after`] as first written, char by char: the model the
    /// table-driven readers are held to.
    fn word_before_by_chars(text: &str, end: usize) -> Option<(usize, &str)> {
        let end = skip_spaces_back(text, end);
        let head = &text[..end];
        let is_word =
            |c: char| crate::parse::is_alphanumeric(c) || matches!(c, '.' | '\'' | '-' | '’');
        let start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word(c))
            .last()
            .map_or(end, |(i, _)| i);
        let word = head[start..].trim_end_matches('.');
        (!word.is_empty()).then_some((start, word))
    }

    fn word_after_by_chars(text: &str, start: usize) -> Option<(usize, &str)> {
        let from = text.len() - crate::parse::skip_spaces(text.get(start..)?).len();
        let rest = &text[from..];
        let mut end = 0;
        let mut inner_periods = false;
        for (i, c) in rest.char_indices() {
            if i < end {
                continue;
            }
            let next_is_letter = rest[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
            if c == '.' && next_is_letter {
                inner_periods = true;
            } else if !(crate::parse::is_alphanumeric(c) || matches!(c, '\'' | '-' | '’')) {
                break;
            }
            end = i + c.len_utf8();
        }
        let word_end = end + usize::from(inner_periods && rest[end..].starts_with('.'));
        (end > 0).then(|| (from, &rest[..word_end]))
    }

    /// The word readers at the `cut`-th char boundary of `text` against the char model.
    fn readers_match_the_char_model(
        text: &str,
        cut: usize,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let at = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .nth(cut)
            .unwrap_or(text.len());
        proptest::prop_assert_eq!(word_before(text, at), word_before_by_chars(text, at));
        proptest::prop_assert_eq!(word_after(text, at), word_after_by_chars(text, at));
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
            .last()
            .map_or(at, |(i, _)| i);
        proptest::prop_assert_eq!(word_start(text, at), start);
        Ok(())
    }

    /// [`hedge_before`] as first written: every hedge tried in list order, longest first.
    fn hedge_before_by_list(text: &str, start: usize) -> Option<(usize, &'static str)> {
        let end = skip_spaces_back(text, start);
        HEDGES.iter().find_map(|h| {
            let at = ends_with_phrase(text, end, h.phrase)?;
            if matches!(h.phrase, "over" | "up to" | "under" | "above" | "below")
                && word_before(text, at).is_some_and(|(_, w)| is_particle_verb(w))
            {
                return None;
            }
            let symbol = !h.phrase.as_bytes()[0].is_ascii_alphabetic();
            (symbol || end != start).then_some((at, h.phrase))
        })
    }

    /// Every hedge ending and every verb of the particle list is in the slot table or the
    /// word set it was read from.
    #[test]
    fn particle_verbs_are_found_in_any_case() {
        for w in PARTICLE_VERBS.list {
            for word in [w.to_string(), w.to_ascii_uppercase()] {
                assert!(is_particle_verb(&word), "{word}");
            }
        }
        for w in ["handsome", "over", "", "hande"] {
            assert!(!is_particle_verb(w), "{w}");
        }
    }

    proptest::proptest! {
        /// The hedge found through the slot table is the one a scan of the whole list finds:
        /// before a figure, after words that only share a hedge's shape ("thin", "tho"), in
        /// any case, glued or spaced.
        #[test]
        fn hedge_before_matches_the_list(
            lead in proptest::sample::select(vec!["", "x ", "handed ", "Edged ", "some", "(", "5"]),
            phrase in proptest::sample::select(
                HEDGES
                    .iter()
                    .map(|h| h.phrase)
                    .chain(["then", "thin", "tho", "oaf", "abut", "avert", "nearby", "about-", "c", "ca"])
                    .collect::<Vec<_>>(),
            ),
            upper in proptest::prelude::any::<u32>(),
            gap in proptest::sample::select(vec!["", " ", "  ", "\u{a0}"]),
        ) {
            let cased: String = phrase
                .chars()
                .enumerate()
                .map(|(i, c)| if upper >> (i % 32) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            let text = format!("{lead}{cased}{gap}5");
            let start = text.len() - 1;
            proptest::prop_assert_eq!(
                hedge_before(&text, start).map(|(at, h)| (at, h.phrase)),
                hedge_before_by_list(&text, start),
                "{}", text
            );
        }

        #[test]
        fn word_readers_match_the_char_model(
            text in "[a-zA-Z0-9 .,'’\\-ãéß\u{a0}\u{2009}×—(]{0,24}",
            cut in 0usize..32,
        ) {
            readers_match_the_char_model(&text, cut)?;
        }

        /// Words of long ASCII letter runs, which the readers count eight bytes at a time,
        /// read as the char model reads them, whatever byte ends the run.
        #[test]
        fn word_readers_match_the_char_model_on_long_words(
            text in "([a-zA-Z]{0,19}[ .'’\\-\u{e9}0-9(]){0,4}[a-zA-Z]{0,19}",
            cut in 0usize..90,
        ) {
            readers_match_the_char_model(&text, cut)?;
        }

        /// The shape filter before the hash turns away no listed verb: arbitrary words, and
        /// listed verbs with their case flipped at random and maybe cut short, are read as
        /// the lists read them.
        #[test]
        fn change_verb_matches_the_lists(
            word in "[a-zA-Z0-9'\\-\u{e9}]{0,14}",
            pick in 0usize..1000,
            upper in proptest::prelude::any::<u16>(),
            cut in 0usize..3,
        ) {
            proptest::prop_assert_eq!(change_verb(&word), change_verb_by_lists(&word));
            let verbs: Vec<&str> = RISING_WORDS
                .iter()
                .chain(FALLING_WORDS)
                .chain(NEUTRAL_CHANGE_WORDS)
                .copied()
                .collect();
            let verb = verbs[pick % verbs.len()];
            let cased: String = verb
                .chars()
                .enumerate()
                .map(|(i, c)| if upper >> i & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            let cased = &cased[..cased.len() - cut];
            proptest::prop_assert_eq!(change_verb(cased), change_verb_by_lists(cased));
        }
    }
}
