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

const NONE: u8 = 0;
const DIGIT: u8 = 1;
const SYMBOL: u8 = 2;
const WORD: u8 = 3;

/// First-byte classes. Multi-byte symbols (€ £ ¥ ₹ − ½ ’) are found by their lead byte and
/// confirmed by the parsers.
static CLASS: [u8; 256] = {
    let mut t = [NONE; 256];
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] = DIGIT;
        b += 1;
    }
    let mut b = b'a';
    while b <= b'z' {
        t[b as usize] = WORD;
        t[(b - 32) as usize] = WORD;
        b += 1;
    }
    t[b'$' as usize] = SYMBOL;
    t[b'-' as usize] = SYMBOL;
    t[b'~' as usize] = SYMBOL;
    t[b'\'' as usize] = SYMBOL;
    t[0xC2] = SYMBOL; // £ ¥ ½ ¼ ¾
    t[0xE2] = SYMBOL; // € ₹ ₩ ₽ − ’ and the other currency signs
    t[0xE5] = NONE;
    t
};

/// True when the char ending at byte `i` (exclusive) continues a word, so `i` is not a token
/// start. Only the last byte is looked at for ASCII; any non-ASCII letter before counts as a word.
pub(crate) fn continues_word(text: &str, i: usize) -> bool {
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

    /// True when the word candidate at `i`, whose ASCII letters end at `letters_end`, may begin
    /// a figure: a number word, a date word, `No.`, or a currency prefix (`US$`, `C$`, `USD 5`).
    fn word_may_start(&self, i: usize, letters_end: usize) -> bool {
        let bytes = self.text.as_bytes();
        let word = &bytes[i..letters_end];
        let after = bytes.get(letters_end).copied().unwrap_or(b' ');
        let currency_like = after == b'$'
            || (2..=4).contains(&word.len()) && word.iter().all(u8::is_ascii_uppercase)
            || word.len() == 1
                && self.text[letters_end..]
                    .trim_start_matches(' ')
                    .starts_with('$');
        currency_like || self.filter.may_start(word)
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
        while self.pos < bytes.len() {
            let i = self.pos;
            let b = bytes[i];
            let class = CLASS[b as usize];
            if class == NONE {
                self.pos += 1;
                continue;
            }
            // Skip the rest of an alphanumeric run in one go: only its start is a candidate.
            let prev = if i == 0 { b' ' } else { bytes[i - 1] };
            let starts_token =
                !prev.is_ascii_alphanumeric() && (prev < 0x80 || !continues_word(self.text, i));
            let mut end = i + 1;
            if b.is_ascii_alphanumeric() {
                while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                    end += 1;
                }
            } else {
                while end < bytes.len() && !self.text.is_char_boundary(end) {
                    end += 1;
                }
            }
            self.pos = end;
            if !starts_token && class != SYMBOL {
                continue;
            }
            // Ordinary words are turned away here, with one bit test each.
            if class == WORD {
                let letters_end = bytes[i..end]
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .map_or(end, |p| i + p);
                if !self.word_may_start(i, letters_end) {
                    continue;
                }
            }
            let kind = match class {
                DIGIT => Candidate::Digit,
                WORD => Candidate::Word,
                _ => Candidate::Symbol,
            };
            return Some((i, kind));
        }
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

/// FNV-1a over the ASCII-lowercased word, folded to a bit index.
fn word_key(word: &[u8]) -> Option<usize> {
    if word.is_empty() || word.len() > 24 {
        return None;
    }
    let mut h: u32 = 0x811c_9dc5;
    for &b in word {
        h ^= u32::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0193);
    }
    Some(((h >> 16) ^ h) as usize % FILTER_BITS)
}

fn set(bits: &mut [u64], word: &str) {
    if let Some(k) = word_key(word.as_bytes()) {
        bits[k / 64] |= 1 << (k % 64);
    }
}

fn has(bits: &[u64], word: &[u8]) -> bool {
    word_key(word).is_some_and(|k| bits[k / 64] & (1 << (k % 64)) != 0)
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
        has(&self.any_case, word)
            || word.first().is_some_and(u8::is_ascii_uppercase) && has(&self.capitalised, word)
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
