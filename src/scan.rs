//! The cheap first pass: where can a quantity start, and where do sentences end.
//!
//! Prose is mostly letters that can never begin a figure, so the scanner classifies each
//! token start by its first byte with a 256-entry table and hands only candidates to the
//! nom parsers. Everything here is a single forward pass with no allocation per byte.

use crate::quantity::Span;

/// What may start at a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Candidate {
    /// An ASCII digit.
    Digit,
    /// A sign, currency symbol, vulgar fraction, tilde or apostrophe: may lead into a figure.
    Symbol,
    /// An ASCII letter at the start of a word: a number word, a month, `No.`, `US$`.
    Word,
}

/// Byte flags: an ASCII letter, an ASCII digit, or a byte that may lead into a figure by
/// itself (a sign, currency symbol, vulgar fraction, tilde or apostrophe). Multi-byte symbols
/// (€ £ ¥ ₹ − ½ ’) are found by their lead byte and confirmed by the parsers.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SYMBOL: u8 = 4;
const ALNUM: u8 = LETTER | DIGIT;

static FLAGS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] = DIGIT;
        b += 1;
    }
    let mut b = b'a';
    while b <= b'z' {
        t[b as usize] = LETTER;
        t[(b - 32) as usize] = LETTER;
        b += 1;
    }
    t[b'$' as usize] = SYMBOL;
    t[b'-' as usize] = SYMBOL;
    t[b'~' as usize] = SYMBOL;
    t[b'\'' as usize] = SYMBOL;
    t[0xC2] = SYMBOL; // £ ¥ ½ ¼ ¾
    t[0xE2] = SYMBOL; // € ₹ ₩ ₽ − ’ and the other currency signs
    t
};

fn flags(b: u8) -> u8 {
    FLAGS[b as usize]
}

/// True when the char ending at byte `i` (exclusive) continues a word, so `i` is not a token
/// start. Only the last byte is looked at for ASCII; any non-ASCII letter before counts as a word.
pub(crate) fn continues_word(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // Fast path: General Punctuation (curly quotes, dashes: U+2000..U+206F) is never a letter.
    if i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 {
        return false;
    }
    text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Iterates over candidate positions from `from`, in order.
pub(crate) struct Candidates<'t> {
    text: &'t str,
    pos: usize,
    filter: &'static WordFilter,
}

impl<'t> Candidates<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Candidates {
            text,
            pos: 0,
            filter: WordFilter::get(),
        }
    }

    /// True when a token starts at `i`: the char before it is not part of a word.
    fn starts_token(&self, i: usize) -> bool {
        let Some(&prev) = i.checked_sub(1).and_then(|p| self.text.as_bytes().get(p)) else {
            return true;
        };
        flags(prev) & ALNUM == 0 && (prev < 0x80 || !continues_word(self.text, i))
    }

    /// True when the word candidate at `i`, whose ASCII letters end at `letters_end` and hash
    /// to `hash` ([`word_hash`]), may begin a figure: a number word, a date word, `No.`, or a
    /// currency prefix (`US$`, `C$`, `USD 5`).
    fn word_may_start(&self, i: usize, letters_end: usize, hash: u32) -> bool {
        let bytes = self.text.as_bytes();
        let word = &bytes[i..letters_end];
        if word.len() <= MAX_FILTER_WORD && self.filter.may_start_hashed(word, hash) {
            return true;
        }
        let after = bytes.get(letters_end).copied().unwrap_or(b' ');
        after == b'$'
            || (2..=4).contains(&word.len()) && word.iter().all(u8::is_ascii_uppercase)
            || word.len() == 1
                && self.text[letters_end..]
                    .trim_start_matches(' ')
                    .starts_with('$')
    }

    /// Continues the scan at `pos` (after a figure was read up to there).
    pub(crate) fn skip_to(&mut self, pos: usize) {
        if pos > self.pos {
            self.pos = pos;
        }
    }
}

impl Iterator for Candidates<'_> {
    type Item = (usize, Candidate);

    fn next(&mut self) -> Option<(usize, Candidate)> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut i = self.pos;
        while i < len {
            let f = flags(bytes[i]);
            if f == 0 {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            if f & LETTER != 0 {
                // One pass over the word: hash its letters, then skip the rest of the
                // alphanumeric run, of which only the start is a candidate.
                let mut hash = letter_hash_step(FNV_OFFSET, bytes[i]);
                while end < len && flags(bytes[end]) & LETTER != 0 {
                    hash = letter_hash_step(hash, bytes[end]);
                    end += 1;
                }
                let letters_end = end;
                while end < len && flags(bytes[end]) & ALNUM != 0 {
                    end += 1;
                }
                self.pos = end;
                // Ordinary words are turned away here, with one bit test each.
                if self.starts_token(i) && self.word_may_start(i, letters_end, hash) {
                    return Some((i, Candidate::Word));
                }
            } else if f & DIGIT != 0 {
                while end < len && flags(bytes[end]) & ALNUM != 0 {
                    end += 1;
                }
                self.pos = end;
                if self.starts_token(i) {
                    return Some((i, Candidate::Digit));
                }
            } else {
                while end < len && !self.text.is_char_boundary(end) {
                    end += 1;
                }
                self.pos = end;
                return Some((i, Candidate::Symbol));
            }
            i = end;
        }
        self.pos = len;
        None
    }
}

/// Words that can begin a figure: number words, months, weekdays, articles and signs
/// (`a dozen`, `minus five`), `No.` and currency words, as bits keyed by a hash of the
/// lowercased word, so the scanner rejects every other word with one bit test instead of
/// running the parsers; a rare false match only costs a parser call.
pub(crate) struct WordFilter {
    /// Exactly the words of the number-word table.
    number_words: Vec<u64>,
    /// Words that may start a figure in any case: number words, articles, signs.
    any_case: Vec<u64>,
    /// Words that start a figure only when capitalised: month and weekday names and their
    /// abbreviations ("Tue" must not let every "the" through), `No.`.
    capitalised: Vec<u64>,
}

/// Bits in each filter: with a few hundred words, about one ordinary word in 200 gets
/// through by chance.
const FILTER_BITS: usize = 1 << 16;

/// Words longer than this are never in the filter.
const MAX_FILTER_WORD: usize = 24;

const FNV_OFFSET: u32 = 0x811c_9dc5;

/// One step of FNV-1a over the ASCII-lowercased word.
fn word_hash_step(hash: u32, b: u8) -> u32 {
    (hash ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193)
}

/// [`word_hash_step`] for a byte known to be an ASCII letter, lowercased with one OR.
fn letter_hash_step(hash: u32, letter: u8) -> u32 {
    (hash ^ u32::from(letter | 0x20)).wrapping_mul(0x0100_0193)
}

/// The filter bit of a word whose [`word_hash_step`] hash is `hash`.
fn bit_of(hash: u32) -> usize {
    ((hash >> 16) ^ hash) as usize % FILTER_BITS
}

/// The filter bit of `word`, or `None` when it is too long or empty to be in the filter.
fn word_key(word: &[u8]) -> Option<usize> {
    if word.is_empty() || word.len() > MAX_FILTER_WORD {
        return None;
    }
    Some(bit_of(
        word.iter().fold(FNV_OFFSET, |h, &b| word_hash_step(h, b)),
    ))
}

fn test_bit(bits: &[u64], k: usize) -> bool {
    bits[k / 64] & (1 << (k % 64)) != 0
}

fn set(bits: &mut [u64], word: &str) {
    if let Some(k) = word_key(word.as_bytes()) {
        bits[k / 64] |= 1 << (k % 64);
    }
}

fn has(bits: &[u64], word: &[u8]) -> bool {
    word_key(word).is_some_and(|k| test_bit(bits, k))
}

impl WordFilter {
    fn build() -> Self {
        let size = FILTER_BITS / 64;
        let (mut any_case, mut capitalised) = (vec![0u64; size], vec![0u64; size]);
        let mut number_words = vec![0u64; size];
        for (w, _) in crate::tables::number_words::NUMBER_WORDS {
            set(&mut any_case, w);
            set(&mut number_words, w);
        }
        for w in [
            "a", "an", "half", "quarter", "quarters", "dozen", "dozens", "minus", "negative",
            "dollar", "dollars",
        ] {
            set(&mut any_case, w);
        }
        for w in crate::parse::time::MONTHS {
            set(&mut capitalised, w);
        }
        for (w, _) in crate::parse::time::MONTH_ABBREVS {
            set(&mut capitalised, w);
        }
        for (w, _) in crate::parse::time::WEEKDAYS {
            set(&mut capitalised, w);
        }
        for (w, _, _) in crate::parse::time::WEEKDAY_ABBREVS {
            set(&mut capitalised, w);
        }
        set(&mut capitalised, "no");
        WordFilter {
            number_words,
            any_case,
            capitalised,
        }
    }

    /// The filter, built on first use.
    pub(crate) fn get() -> &'static WordFilter {
        static FILTER: std::sync::OnceLock<WordFilter> = std::sync::OnceLock::new();
        FILTER.get_or_init(WordFilter::build)
    }

    /// True when `word` may be in the number-word table (a cheap, one-sided test).
    pub(crate) fn may_be_number_word(&self, word: &[u8]) -> bool {
        has(&self.number_words, word)
    }

    /// True when `word` (ASCII letters) may begin a figure.
    pub(crate) fn may_start(&self, word: &[u8]) -> bool {
        word_key(word).is_some_and(|k| self.may_start_bit(word, k))
    }

    /// [`WordFilter::may_start`] for a word whose hash the caller computed while scanning it.
    fn may_start_hashed(&self, word: &[u8], hash: u32) -> bool {
        !word.is_empty() && self.may_start_bit(word, bit_of(hash))
    }

    fn may_start_bit(&self, word: &[u8], k: usize) -> bool {
        test_bit(&self.any_case, k)
            || word.first().is_some_and(u8::is_ascii_uppercase) && test_bit(&self.capitalised, k)
    }
}

/// Words after which a period does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    if word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()) {
        return true; // initials: "George W. Bush"
    }
    if word.contains('.') {
        return true; // "U.S.", "a.m.", "e.g."
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "No"
            | "Nos"
            | "Vol"
            | "vs"
            | "approx"
            | "est"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
            | "Ave"
            | "Blvd"
            | "Rd"
            | "Mt"
            | "Ft"
            | "fig"
            | "Fig"
            | "etc"
            | "al"
    )
}

/// A line break at `i` ends a sentence at a blank line, before a heading, list item or quote,
/// and before a capitalised line when the line before does not run on (ends in a lowercase
/// letter or a comma): hard-wrapped paragraphs keep their sentences whole.
fn line_break_ends_sentence(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '\r']);
    let after = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
    if before.is_empty() || after.is_empty() || after.starts_with('\n') {
        return true;
    }
    let next = after.chars().next().unwrap_or(' ');
    if matches!(next, '#' | '-' | '*' | '>' | '|' | '+' | '•') {
        return true;
    }
    let last = before.chars().next_back().unwrap_or('.');
    let runs_on = last.is_lowercase() || matches!(last, ',' | ';' | '(' | '-' | '—' | '–');
    !runs_on && !next.is_lowercase()
}

/// Splits `text` into sentence spans covering every non-blank stretch. A sentence ends at
/// `.`, `?`, `!` (with closing quotes or brackets) followed by a space and not after an
/// abbreviation or before a lowercase word, or at a line break.
pub(crate) fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let push = |start: usize, end: usize, out: &mut Vec<Span>| {
        let s = &text[start..end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail < s.len() {
            out.push(Span::new(start + lead, end - trail));
        }
    };
    let mut start = 0;
    let mut i = 0;
    let mut next_newline = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    while i < bytes.len() {
        // Jump to the next byte that can end a sentence.
        if next_newline < i {
            next_newline = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |p| i + p);
        }
        let stop = memchr::memchr3(b'.', b'?', b'!', &bytes[i..next_newline])
            .map_or(next_newline, |p| i + p);
        if stop >= bytes.len() {
            break;
        }
        i = stop;
        let b = bytes[i];
        if b == b'\n' {
            if line_break_ends_sentence(text, i) {
                push(start, i, &mut out);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if !matches!(b, b'.' | b'?' | b'!') {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        loop {
            if end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')' | b']') {
                end += 1;
            } else if text[end..].starts_with(['\u{201d}', '\u{2019}']) {
                end += 3;
            } else {
                break;
            }
        }
        let mut boundary = end >= bytes.len() || bytes[end].is_ascii_whitespace();
        if boundary && b == b'.' {
            let word_start = text[..i]
                .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}'))
                .map_or(0, |p| {
                    p + text[p..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &text[word_start..i];
            let next_lower = text[end..]
                .trim_start_matches([' ', '\t'])
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase());
            if is_abbreviation(word) || next_lower {
                boundary = false;
            }
        }
        if boundary {
            push(start, end, &mut out);
            start = end;
        }
        i = end;
    }
    push(start.min(text.len()), text.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_on_periods_and_lines() {
        assert_eq!(
            split(
                "Mr. Trump met Ms. Takaichi. They ate U.S. rice.\nNext line\n\nA wrapped\nline, and\nMore.\n# Head\n- item"
            ),
            vec![
                "Mr. Trump met Ms. Takaichi.",
                "They ate U.S. rice.",
                "Next line",
                "A wrapped\nline, and\nMore.",
                "# Head",
                "- item"
            ]
        );
        assert_eq!(
            split("It was 1.5 m. Then, “quoted.” Done!"),
            vec!["It was 1.5 m.", "Then, “quoted.”", "Done!"]
        );
        assert_eq!(
            split("Signed on Oct. 28, 2025. Next."),
            vec!["Signed on Oct. 28, 2025.", "Next."]
        );
        assert_eq!(split("  "), Vec::<&str>::new());
    }

    #[test]
    fn candidates_skip_inside_words() {
        let text = "F35 and 400 jets, $5 and a3 é5";
        let got: Vec<_> = Candidates::new(text)
            .filter(|(_, c)| *c != Candidate::Word)
            .map(|(i, _)| &text[i..])
            .collect();
        assert_eq!(
            got,
            vec!["400 jets, $5 and a3 é5", "$5 and a3 é5", "5 and a3 é5"]
        );
    }
}
