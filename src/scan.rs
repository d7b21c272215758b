//! The cheap first pass: where can a quantity start, and where do sentences end.
//!
//! Prose is mostly letters that can never begin a figure, so the scanner reads the text 64
//! bytes at a time into bit masks (letters, digits, symbol lead bytes), keeps digits, the
//! symbols that may lead into a figure and the few words that may be number words, months or
//! currency prefixes, and hands only those to the nom parsers. Everything here is a single
//! forward pass with no allocation.

use crate::parse::is_ascii_space;
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

/// True when the char ending at byte `i` (exclusive) continues a word, so `i` is not a token
/// start. Only the last byte is looked at for ASCII; any non-ASCII letter before counts as a word.
pub(crate) fn continues_word(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // Fast path: U+2000..U+203F (spaces, dashes, curly quotes, bullets) is never a letter.
    if i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 {
        return false;
    }
    text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| crate::parse::is_alphanumeric(c) || c == '_')
}

/// Bytes per block of the scanner: one bit per byte in a `u64` mask.
const BLOCK: usize = 64;

// The block masks: `classify` gives a block's [`Masks`]; `stops` its sentence stops. SSE2
// compares with one `movemask` per 16 bytes on x86-64, portable byte arithmetic elsewhere.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
use portable::classify;
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
use sse2::classify;

/// A block's bytes as bit masks, byte `i` to bit `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Masks {
    /// ASCII letters.
    letter: u64,
    /// ASCII letters and digits.
    alnum: u64,
    /// Lead bytes of the symbols that may begin a figure.
    symbol: u64,
    /// Bytes with bit 5 (`0x20`, ASCII's lowercase bit) clear: among letters, the capitals.
    caps: u64,
    /// `$`.
    dollar: u64,
}

/// The bytes of the block starting `bytes` (its first 64, zero-padded) that may end a
/// sentence: `.`, `?`, `!` and line breaks, one bit each.
fn stop_mask(bytes: &[u8]) -> u64 {
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    use portable::stops;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    use sse2::stops;
    // Every block but the last is read in place: a copy of either length compiled to a
    // `memcpy` call per block.
    if let Some(full) = bytes.first_chunk::<BLOCK>() {
        return stops(full);
    }
    let mut chunk = [0u8; BLOCK];
    chunk[..bytes.len()].copy_from_slice(bytes);
    stops(&chunk)
}

/// The block masks with SSE2 (part of every x86-64 CPU), through `safe_arch`'s safe wrappers.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use super::{BLOCK, Masks};
    use safe_arch::{
        bitand_m128i, bitor_m128i, cmp_eq_mask_i8_m128i as eq, cmp_gt_mask_i8_m128i as gt,
        cmp_lt_mask_i8_m128i as lt, m128i, move_mask_i8_m128i, set_splat_i8_m128i,
        shl_imm_u16_m128i,
    };

    /// `byte` in every lane.
    fn splat(byte: u8) -> m128i {
        set_splat_i8_m128i(byte as i8)
    }

    /// Lanes `16 * k ..` of the block.
    fn lanes(chunk: &[u8; BLOCK], k: usize) -> m128i {
        m128i::from(std::array::from_fn::<u8, 16, _>(|i| chunk[16 * k + i]))
    }

    /// The top bits of `lanes` as bits `16 * k ..` of a block mask.
    fn bits(lanes: m128i, k: usize) -> u64 {
        u64::from(move_mask_i8_m128i(lanes) as u16) << (16 * k)
    }

    /// True in the lanes equal to one of `bytes`.
    fn any_of(x: m128i, bytes: &[u8]) -> m128i {
        bytes
            .iter()
            .fold(splat(0), |acc, &b| bitor_m128i(acc, eq(x, splat(b))))
    }

    /// [`Masks`] of 16 bytes, lanes `16 * k ..` of the block, as bits `16 * k ..`.
    #[inline(always)]
    fn classify_lanes(chunk: &[u8; BLOCK], k: usize) -> Masks {
        let x = lanes(chunk, k);
        // Signed compares: bytes from 0x80 up are negative, so never in an ASCII range.
        let lower = bitor_m128i(x, splat(0x20));
        let is_letter = bitand_m128i(gt(lower, splat(b'a' - 1)), lt(lower, splat(b'z' + 1)));
        let is_digit = bitand_m128i(gt(x, splat(b'0' - 1)), lt(x, splat(b'9' + 1)));
        // 0xC2, 0xE0 and 0xE2 in one compare, with 0xC0, which UTF-8 never holds; `'` and `-`
        // in another, with `%` and `/`, which `symbol_may_start` turns away.
        let c2_e0_e2 = eq(bitand_m128i(x, splat(0xDD)), splat(0xC0));
        let quote_or_hyphen = eq(bitand_m128i(x, splat(0xF5)), splat(0x25));
        let is_symbol = bitor_m128i(
            bitor_m128i(c2_e0_e2, quote_or_hyphen),
            any_of(x, &[b'$', b'~', 0xEF]),
        );
        let letter = bits(is_letter, k);
        Masks {
            letter,
            alnum: letter | bits(is_digit, k),
            symbol: bits(is_symbol, k),
            // Shifting each 16-bit lane left by 2 moves every byte's bit 5 to its top bit.
            caps: bits(shl_imm_u16_m128i::<2>(x), k),
            dollar: bits(eq(x, splat(b'$')), k),
        }
    }

    pub(super) fn classify(chunk: &[u8; BLOCK]) -> Masks {
        // The four groups written out: as a loop they were not all unrolled.
        let (a, b, c, d) = (
            classify_lanes(chunk, 0),
            classify_lanes(chunk, 1),
            classify_lanes(chunk, 2),
            classify_lanes(chunk, 3),
        );
        Masks {
            letter: a.letter | b.letter | c.letter | d.letter,
            alnum: a.alnum | b.alnum | c.alnum | d.alnum,
            symbol: a.symbol | b.symbol | c.symbol | d.symbol,
            // `caps` holds bit 5 until here.
            caps: !(a.caps | b.caps | c.caps | d.caps),
            dollar: a.dollar | b.dollar | c.dollar | d.dollar,
        }
    }

    pub(super) fn stops(chunk: &[u8; BLOCK]) -> u64 {
        let group = |k| bits(any_of(lanes(chunk, k), b".?!\n"), k);
        group(0) | group(1) | group(2) | group(3)
    }

    pub(super) fn word_breaks(chunk: &[u8; 16]) -> (u32, u32) {
        let x = m128i::from(*chunk);
        // `\t`, `\n`, vertical tab, form feed, `\r`.
        let control = bitand_m128i(gt(x, splat(0x08)), lt(x, splat(0x0e)));
        let ascii_break = bitor_m128i(control, any_of(x, b" (\""));
        // A non-ASCII byte's top bit is set already.
        let breaks = move_mask_i8_m128i(bitor_m128i(ascii_break, x)) as u32;
        (breaks, move_mask_i8_m128i(eq(x, splat(b'.'))) as u32)
    }
}

/// The block masks as plain per-byte arithmetic into byte arrays, which the compiler turns
/// into vector compares on most targets, packed into bits with multiplies: no branch per byte.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
mod portable {
    use super::{BLOCK, Masks};

    /// Packs 64 bytes that are each 0 or 1 into a mask, byte `i` to bit `i`: one multiply per
    /// 8 bytes gathers their low bits into the top byte.
    fn pack(flags: &[u8; BLOCK]) -> u64 {
        let mut mask = 0u64;
        for (k, group) in flags.chunks_exact(8).enumerate() {
            let mut word = [0u8; 8];
            word.copy_from_slice(group);
            let bits = u64::from_le_bytes(word).wrapping_mul(0x0102_0408_1020_4080) >> 56;
            mask |= bits << (8 * k);
        }
        mask
    }

    pub(super) fn classify(chunk: &[u8; BLOCK]) -> Masks {
        let mut letter = [0u8; BLOCK];
        let mut digit = [0u8; BLOCK];
        let mut symbol = [0u8; BLOCK];
        let mut caps = [0u8; BLOCK];
        let mut dollar = [0u8; BLOCK];
        for i in 0..BLOCK {
            let b = chunk[i];
            caps[i] = u8::from(b & 0x20 == 0);
            dollar[i] = u8::from(b == b'$');
            letter[i] = u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            digit[i] = u8::from(b.wrapping_sub(b'0') < 10);
            symbol[i] = u8::from(
                (b == b'$')
                    | (b == b'-')
                    | (b == b'~')
                    | (b == b'\'')
                    | (b == b'%') // with `'` and `-` in the SSE2 masks' compare, as is `/`
                    | (b == b'/')
                    | (b == 0xC2) // £ ¥ ½ ¼ ¾
                    | (b == 0xE2) // € ₹ ₩ ₽ − ’ and the other currency signs
                    | (b == 0xE0) // ฿
                    | (b == 0xC0) // never in UTF-8: for the SSE2 masks' cheaper compare
                    | (b == 0xEF), // ￥
            );
        }
        let letter = pack(&letter);
        Masks {
            letter,
            alnum: letter | pack(&digit),
            symbol: pack(&symbol),
            caps: pack(&caps),
            dollar: pack(&dollar),
        }
    }

    pub(super) fn stops(chunk: &[u8; BLOCK]) -> u64 {
        let mut stop = [0u8; BLOCK];
        for i in 0..BLOCK {
            let b = chunk[i];
            stop[i] = u8::from((b == b'.') | (b == b'?') | (b == b'!') | (b == b'\n'));
        }
        pack(&stop)
    }

    pub(super) fn word_breaks(chunk: &[u8; 16]) -> (u32, u32) {
        let (mut breaks, mut dots) = (0, 0);
        for (i, &b) in chunk.iter().enumerate() {
            let ascii_break = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'(' | b'"');
            breaks |= u32::from(ascii_break || b >= 0x80) << i;
            dots |= u32::from(b == b'.') << i;
        }
        (breaks, dots)
    }
}

/// True when the symbol whose lead byte is at `i` may begin a figure. Hyphens, apostrophes,
/// quotes and dashes are most of the symbols in prose: a hyphen or an apostrophe only leads
/// into a figure before a digit or a currency sign (`-5`, `-$5`, `'90s`, `’90s`), and the
/// other General Punctuation chars (quotes, dashes, ellipsis) and the Latin-1 signs below
/// never do. Everything else (currency signs, vulgar fractions, `−`, `~`, `$`) is kept.
fn symbol_may_start(bytes: &[u8], i: usize) -> bool {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match (at(0), at(1)) {
        // In the block masks only because they share a compare with `'` and `-`.
        (b'%' | b'/', _) => false,
        (b'-', next) => next.is_ascii_digit() || matches!(next, b'$' | 0xC2 | 0xE2),
        (b'\'', next) => next.is_ascii_digit(),
        // ‘ ’ before a decade; no other General Punctuation char starts a figure.
        (0xE2, 0x80) => matches!(at(2), 0x98 | 0x99) && at(3).is_ascii_digit(),
        // No-break space, § © « ® ° ² ³ · ¹ ».
        (0xC2, next) => !matches!(
            next,
            0xA0 | 0xA7 | 0xA9 | 0xAB | 0xAE | 0xB0 | 0xB2 | 0xB3 | 0xB7 | 0xB9 | 0xBB
        ),
        // Of the Thai, Indic and other scripts behind these lead bytes, only ฿ (U+0E3F) and
        // the full-width ￥ (U+FFE5) are signs.
        (0xE0, 0xB8) => at(2) == 0xBF,
        (0xEF, 0xBF) => at(2) == 0xA5,
        (0xE0 | 0xEF, _) => false,
        _ => true,
    }
}

/// The high bit of each byte of `x` that is not an ASCII letter, with no borrow between
/// bytes (as in [`crate::parse::runs`]): setting the case bit maps `A`..=`Z` onto `a`..=`z`,
/// and a byte with its high bit set minus `b` keeps that bit exactly when its low seven bits
/// are at least `b`.
fn not_letters(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let splat = |b: u8| u64::from_ne_bytes([b; 8]);
    let folded = x | splat(0x20);
    let at_least = |b: u8| ((folded | HIGH) - splat(b)) & HIGH;
    !(at_least(b'a') & !at_least(b'z' + 1) & !x) & HIGH
}

/// Bytes of the scanner's window: a block with the byte before it and the byte after it,
/// zero-padded to a power of two so the word loop's reads need no bounds checks.
const WINDOW: usize = 2 * BLOCK;

/// Iterates over candidate positions, in order.
///
/// The text is read 64 bytes at a time into bit masks; a candidate is a symbol lead byte or
/// the first byte of a run of ASCII letters and digits, found with `trailing_zeros`, so the
/// bytes between candidates cost no branch each.
pub(crate) struct Candidates<'t> {
    text: &'t str,
    /// Where the scan resumes.
    pos: usize,
    filter: &'static WordFilter,
    /// Start of the loaded block, or `usize::MAX` before the first.
    base: usize,
    /// Masks of the loaded block (see [`classify`]).
    letter: u64,
    symbol: u64,
    /// Candidate bits of the loaded block not handed out yet.
    pending: u64,
}

impl<'t> Candidates<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Candidates {
            text,
            pos: 0,
            filter: WordFilter::get(),
            base: usize::MAX,
            letter: 0,
            symbol: 0,
            pending: 0,
        }
    }

    /// Loads the block holding `self.pos`.
    fn load(&mut self) {
        let bytes = self.text.as_bytes();
        let base = self.pos - self.pos % BLOCK;
        // The block with one byte of context on each side (a space before the text, a zero
        // after it), so the word test below reads without bounds checks. Inside the text it
        // is read in place; the first block and the last two are copied.
        let rest = &bytes[base..];
        let last;
        let full = match rest.first_chunk::<BLOCK>() {
            Some(full) => full,
            None => {
                let mut chunk = [0u8; BLOCK];
                chunk[..rest.len()].copy_from_slice(rest);
                last = chunk;
                &last
            }
        };
        let masks = classify(full);
        let in_text = base
            .checked_sub(1)
            .and_then(|from| bytes.get(from..)?.first_chunk::<WINDOW>());
        let copy;
        let window = match in_text {
            Some(window) => window,
            None => {
                let mut window = [0u8; WINDOW];
                window[0] = base.checked_sub(1).map_or(b' ', |p| bytes[p]);
                // A copy of a fixed length is inlined; one of either length compiled to a
                // `memcpy` call.
                window[1..=BLOCK].copy_from_slice(full);
                window[BLOCK + 1] = rest.get(BLOCK).copied().unwrap_or(0);
                copy = window;
                &copy
            }
        };
        let Masks {
            letter,
            alnum,
            symbol,
            ..
        } = masks;
        let carry = u64::from(window[0].is_ascii_alphanumeric());
        let run_starts = alnum & !((alnum << 1) | carry);
        self.base = base;
        self.letter = letter;
        self.symbol = symbol;
        // Symbols and digits always go on to the exact tests; words only when they may pass.
        self.pending = symbol
            | (run_starts & !letter)
            | self
                .filter
                .words_that_may_start(window, run_starts & letter, &masks, {
                    let from = bytes.len().min(base + BLOCK);
                    &bytes[from..bytes.len().min(from + RUN_PEEK)]
                });
    }

    /// The end of the run of bytes set in `mask` (a block mask) from bit `p`, continued past
    /// the block with `more` on the following bytes.
    fn run_end(&self, mask: u64, p: usize, more: fn(&u8) -> bool) -> usize {
        let n = (!(mask >> p)).trailing_zeros() as usize;
        let end = self.base + p + n;
        if p + n < BLOCK {
            return end;
        }
        let bytes = self.text.as_bytes();
        end + bytes
            .get(end..)
            .map_or(0, |rest| rest.iter().take_while(|b| more(b)).count())
    }

    /// True when the run at `i` starts a token: the byte before is not an ASCII letter or digit
    /// (the masks say so) and not the end of a non-ASCII letter (`São`).
    fn starts_token(&self, i: usize) -> bool {
        let Some(&prev) = i.checked_sub(1).and_then(|p| self.text.as_bytes().get(p)) else {
            return true;
        };
        prev < 0x80 || !continues_word(self.text, i)
    }

    /// True when the word candidate at `i`, whose ASCII letters end at `letters_end`, may begin
    /// a figure: a number word, a date word, `No.`, or a currency prefix (`US$`, `C$`, `USD 5`).
    // Out of line: few words get here, and inlined into the extractor's loop it cost more
    // there than the call saves.
    #[inline(never)]
    fn word_may_start(&self, i: usize, letters_end: usize) -> bool {
        let bytes = self.text.as_bytes();
        let word = &bytes[i..letters_end];
        let after = bytes.get(letters_end).copied().unwrap_or(b' ');
        // "a" and "an" only start a figure before a word that may: "a dozen", "a third".
        // Glued to `$`, "A" is a currency: "A$5 million". Both are listed words, so their own
        // lookup is skipped.
        let article = || after == b'$' || self.next_word_may_start(letters_end);
        match *word {
            [b'a' | b'A'] => article(),
            [letter] => {
                self.filter.one_letter_may_start(letter)
                    || self.text[letters_end..]
                        .trim_start_matches(' ')
                        .starts_with('$')
            }
            [b'a' | b'A', b'n'] => article(),
            _ if after == b'$' => true,
            // An acronym starts a figure as a currency code, which must be followed by a
            // number (the extractor reads the same currency here), or as a listed word.
            _ if (2..=4).contains(&word.len()) && word.iter().all(u8::is_ascii_uppercase) => {
                crate::tables::currency::currency_before(&self.text[i..]).is_ok()
                    || self.listed_may_start(word, letters_end)
            }
            _ => self.listed_may_start(word, letters_end),
        }
    }

    /// True when `word`, whose letters end at `letters_end`, is listed and may start a
    /// figure there. A word listed only capitalised is a month or weekday name (or `No`),
    /// and such a name starts a date or nothing (`at_word`): most of them in prose start no
    /// date, which a few bytes after them show.
    #[inline(always)]
    fn listed_may_start(&self, word: &[u8], letters_end: usize) -> bool {
        match self.filter.listed(word) {
            Listed::No => false,
            // `quarter` alone is no number ("the third quarter", "quarter revenue"):
            // `spelled_number` reads it only before a multiplier ("quarter of a million").
            Listed::AnyCase => !(word.len() == 7 && self.is_bare_quarter(word, letters_end)),
            Listed::Capitalised => {
                date_may_follow(self.text.as_bytes(), letters_end)
                    || self.filter.date_words.find(word).is_none()
            }
        }
    }

    /// True when `word`, whose letters end at `letters_end`, is `quarter` (in any case) with
    /// no multiplier after it.
    // Out of line: called for few words, and inlined it made the common path dearer.
    #[inline(never)]
    fn is_bare_quarter(&self, word: &[u8], letters_end: usize) -> bool {
        word.eq_ignore_ascii_case(b"quarter")
            && !crate::parse::words::multiplier_may_follow(&self.text[letters_end..])
    }

    /// True when the word after the article ending at `at`, past inline spaces, may begin a
    /// figure.
    fn next_word_may_start(&self, at: usize) -> bool {
        let next = crate::parse::skip_spaces(&self.text[at..]).as_bytes();
        self.filter
            .may_start(&next[..crate::parse::runs::leading_letters(next)])
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
        // The state lives in locals inside the loop and is written back when a candidate is
        // handed out.
        let mut pos = self.pos;
        while pos < len {
            if self.base == usize::MAX || pos >= self.base + BLOCK {
                self.pos = pos;
                self.load();
            }
            let base = self.base;
            // Candidates before the resume point were handed out or read past. No candidate
            // lies inside another's char or run of letters and digits (a run has one start
            // and holds no symbol), so the scan goes on from the byte after each.
            let mut pending = self.pending & (u64::MAX << (pos - base));
            while pending != 0 {
                let p = pending.trailing_zeros() as usize;
                pending &= pending - 1;
                let i = base + p;
                let bit = 1u64 << p;
                let found = if self.symbol & bit != 0 {
                    symbol_may_start(bytes, i).then_some(Candidate::Symbol)
                } else {
                    // Only the start of a run of letters and digits is a candidate.
                    if !self.starts_token(i) {
                        None
                    } else if self.letter & bit == 0 {
                        Some(Candidate::Digit)
                    } else {
                        // The exact word test: shape, then hash, then the currency-like forms.
                        let letters_end = self.run_end(self.letter, p, u8::is_ascii_alphabetic);
                        self.word_may_start(i, letters_end)
                            .then_some(Candidate::Word)
                    }
                };
                if let Some(kind) = found {
                    self.pos = i + 1;
                    self.pending = pending;
                    return Some((i, kind));
                }
            }
            pos = base + BLOCK;
        }
        self.pos = len;
        None
    }
}

/// False when no date can start at a month or weekday name whose letters end at `end`: a
/// date goes on past an optional `.` and `,` with an inline space, then a day, a year, `of`
/// or a month name (`Tuesday, Oct. 28`). True means "maybe": past a non-ASCII space, or
/// when the eight bytes after the name do not show it, the parser decides.
#[inline(always)]
fn date_may_follow(bytes: &[u8], end: usize) -> bool {
    // The eight bytes after the name as one integer: no bounds check per byte.
    let Some(chunk) = bytes.get(end..).and_then(|rest| rest.first_chunk::<8>()) else {
        return true;
    };
    let x = u64::from_le_bytes(*chunk);
    // Byte `k` (below 8) of the chunk. The tests below are combined with `&` and `|`, not
    // branches: whether a date follows a name is as good as random.
    let byte = |k: u32| (x >> (8 * (k % 8))) as u8;
    let mut p = u32::from(byte(0) == b'.');
    p += u32::from(byte(p) == b',');
    let (s0, s1, s2) = (byte(p), byte(p + 1), byte(p + 2));
    // `space1`: past a no-break, figure, thin or narrow no-break space, the parser decides.
    let other_space = (s0 == 0xC2) & (s1 == 0xA0)
        | (s0 == 0xE2) & (s1 == 0x80) & ((s2 == 0x87) | (s2 == 0x89) | (s2 == 0xAF));
    // The first byte past `p` that is not a space; spaces to the chunk's end (no such
    // byte: 64 trailing zeros) say nothing.
    let not_space = (x ^ u64::from_ne_bytes([b' '; 8])) >> (8 * p);
    let q = p + not_space.trailing_zeros() / 8;
    let (a, b) = (byte(q), byte(q + 1));
    let month_or_of = a.is_ascii_alphabetic()
        & b.is_ascii_alphabetic()
        & (MONTH_PAIRS[usize::from(a & 31)] >> (b & 31) & 1 != 0);
    other_space | (s0 == b' ') & ((q >= 7) | a.is_ascii_digit() | (a >= 0x80) | month_or_of)
}

/// The first two letters of a month name or abbreviation, or `of`, in any case: bit
/// `second & 31` of entry `first & 31` (the letters `a`..=`z` are 1..=26 there).
const MONTH_PAIRS: [u32; 32] = {
    let pairs: [&[u8; 2]; 11] = [
        b"ja", b"ju", b"fe", b"ma", b"ap", b"au", b"se", b"oc", b"of", b"no", b"de",
    ];
    let mut table = [0u32; 32];
    let mut i = 0;
    while i < pairs.len() {
        let [first, second] = *pairs[i];
        table[(first & 31) as usize] |= 1 << (second & 31);
        i += 1;
    }
    table
};

/// Words that can begin a figure: number words, months, weekdays, articles and signs
/// (`a dozen`, `minus five`), `No.` and currency words, as bits keyed first by the word's
/// shape (first, second and last letter, length), then by a hash of the lowercased word, so the
/// scanner rejects nearly every other word with two bit tests instead of running the parsers;
/// a rare false match only costs a parser call, which confirms the word exactly.
pub(crate) struct WordFilter {
    /// Words that may start a figure in any case: number words, articles, signs.
    any_case: Bits,
    /// Words that start a figure only when capitalised: month and weekday names and their
    /// abbreviations ("Tue" must not let every "the" through), `No.`.
    capitalised: Bits,
    /// Both sets' shapes in one table for the block loop, with the first letter's case: the
    /// lengths (bit `len % 32`) of the listed words by their first two bytes and last letter
    /// ([`head_slot`]). One load and one bit test per word, and the length needs no hashing.
    lengths: Box<[u32; HEADS]>,
    /// The one-letter words [`WordFilter::may_start`] lets through, by [`letter_bit`]:
    /// "a" and any letter whose shape and hash collide with a listed word's. One-letter words
    /// are most of the words the exact test sees ("a", the "s" of "it’s"), and the table
    /// spares them the hash.
    one_letter: u64,
    /// The month and weekday names and abbreviations exactly (the capitalised set but `No`),
    /// in any case: `time::is_date_word`'s list.
    date_words: crate::tables::WordIndex,
}

/// Which of the [`WordFilter`]'s sets a word may be in (each test may pass a word by
/// chance, never turns a listed one away).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Listed {
    /// Neither.
    No,
    /// The words that may start a figure in any case.
    AnyCase,
    /// Only the capitalised words: month and weekday names, `No`.
    Capitalised,
}

/// One set of words, as two one-sided bit tests: the word's shape ([`shape_bit`]), which
/// costs one load and turns away most words, then a hash of all its letters. Fixed-size,
/// so the masked indexes need no bounds checks.
struct Bits {
    shapes: Box<[u64; SHAPE_BITS / 64]>,
    hashes: Box<[u64; FILTER_BITS / 64]>,
}

/// The bit of an ASCII letter in [`WordFilter::one_letter`]: `a`..`z` are bits 0..26,
/// `A`..`Z` bits 26..52. Other bytes land on bits 52 and up, which are never set.
fn letter_bit(letter: u8) -> u32 {
    let index = (letter | 0x20).wrapping_sub(b'a');
    if index < 26 {
        u32::from(index) + if letter & 0x20 == 0 { 26 } else { 0 }
    } else {
        63
    }
}

/// Bits in a table of shapes.
const SHAPE_BITS: usize = 1 << 15;

/// Entries of [`WordFilter::lengths`].
const HEADS: usize = 1 << 12;

/// The entry of [`WordFilter::lengths`] for a word whose first two bytes are `head`
/// (little-endian) and whose last is `last`: [`shape_bit`]'s letters, but with the first
/// letter's case kept, so capitalised and lowercase words have their own entries. The
/// multiplier (2^32 over the golden ratio, negated) fits a signed immediate, so the block
/// loop's hash is one three-operand `imul`.
fn head_slot(head: u16, last: u8) -> usize {
    let key = u32::from(head | 0x2000) | u32::from(last | 0x20) << 16;
    (key.wrapping_mul(0x61C8_8647) >> (32 - HEADS.trailing_zeros())) as usize
}

/// The shape of a word: its first, second and last letters, ASCII-lowercased, and its length,
/// hashed to a bit of a [`SHAPE_BITS`] table. The pairs alone are too weak: "The" ends like
/// "Tue" and starts like "Thu".
fn shape_bit(first: u8, second: u8, last: u8, len: usize) -> usize {
    let key = u32::from(first | 0x20)
        | u32::from(second | 0x20) << 8
        | u32::from(last | 0x20) << 16
        | (len.min(255) as u32) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> (32 - SHAPE_BITS.trailing_zeros())) as usize
}

/// The shape bit of `word` (see [`shape_bit`]), `None` when it is empty. A one-letter word is
/// its own second letter.
fn shape_of(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    Some(shape_bit(
        first,
        *word.get(1).unwrap_or(&first),
        last,
        word.len(),
    ))
}

impl Bits {
    fn new() -> Self {
        Bits {
            shapes: Box::new([0; SHAPE_BITS / 64]),
            hashes: Box::new([0; FILTER_BITS / 64]),
        }
    }

    fn insert(&mut self, word: &str) {
        let word = word.as_bytes();
        if let (Some(s), Some(k)) = (shape_of(word), word_key(word)) {
            self.shapes[s / 64 % (SHAPE_BITS / 64)] |= 1 << (s % 64);
            self.hashes[k / 64 % (FILTER_BITS / 64)] |= 1 << (k % 64);
        }
    }
}

/// Bytes after a block that the word filter reads to finish a word the block cuts: more than
/// the longest filtered word. A run longer than that is left to the exact test (it may still
/// be a currency prefix before `$`).
const RUN_PEEK: usize = 32;

/// Bits in each filter: with a few hundred words, about one ordinary word in 200 gets
/// through by chance.
const FILTER_BITS: usize = 1 << 16;

/// Words longer than this are never in the filter.
const MAX_FILTER_WORD: usize = 24;

/// The filter bit of `word`, or `None` when it is too long or empty to be in the filter.
fn word_key(word: &[u8]) -> Option<usize> {
    if word.is_empty() || word.len() > MAX_FILTER_WORD {
        return None;
    }
    let hash = crate::tables::fold_hash(word);
    Some(((hash >> 16) ^ hash) as usize % FILTER_BITS)
}

/// Bit `k` of a table of `N` words; `k` is masked to the table, so no bounds check.
fn test_bit<const N: usize>(bits: &[u64; N], k: usize) -> bool {
    bits[k / 64 % N] & (1 << (k % 64)) != 0
}

impl WordFilter {
    fn build() -> Self {
        let any_case_words = crate::tables::number_words::NUMBER_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain([
                "a", "an", "half", "quarter", "quarters", "dozen", "dozens", "minus", "negative",
                "dollar", "dollars",
            ]);
        let date_words = crate::parse::time::MONTHS
            .iter()
            .copied()
            .chain(crate::parse::time::MONTH_ABBREVS.iter().map(|(w, _)| *w))
            .chain(crate::parse::time::WEEKDAYS.iter().map(|(w, _)| *w))
            .chain(
                crate::parse::time::WEEKDAY_ABBREVS
                    .iter()
                    .map(|(w, _, _)| *w),
            );
        let capitalised_words = date_words.clone().chain(["no"]);
        let (mut any_case, mut capitalised) = (Bits::new(), Bits::new());
        let mut lengths = Box::new([0u32; HEADS]);
        let mut mark = |word: &str, upper: bool| {
            // One-letter words pass the block loop whatever their shape.
            if let [first, second, ..] = *word.as_bytes() {
                let first = if upper {
                    first.to_ascii_uppercase()
                } else {
                    first.to_ascii_lowercase()
                };
                let last = word.as_bytes()[word.len() - 1];
                let k = head_slot(u16::from_le_bytes([first, second]), last);
                lengths[k % HEADS] |= 1 << (word.len() % 32);
            }
        };
        // A word of either set may pass capitalised; only the first set's pass lowercase.
        for w in any_case_words {
            any_case.insert(w);
            mark(w, false);
            mark(w, true);
        }
        for w in capitalised_words {
            capitalised.insert(w);
            mark(w, true);
        }
        let mut filter = WordFilter {
            any_case,
            capitalised,
            lengths,
            one_letter: 0,
            date_words: crate::tables::WordIndex::new(date_words),
        };
        filter.one_letter = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .filter(|&letter| filter.may_start(&[letter]))
            .fold(0, |bits, letter| bits | 1 << letter_bit(letter));
        filter
    }

    /// The filter, built on first use.
    pub(crate) fn get() -> &'static WordFilter {
        static FILTER: std::sync::OnceLock<WordFilter> = std::sync::OnceLock::new();
        FILTER.get_or_init(WordFilter::build)
    }

    /// The word starts among `starts` (bits of a block, each the first letter of a run of
    /// ASCII letters) that may begin a figure: a superset of what
    /// [`Candidates::word_may_start`] accepts, found for all of a block's words without
    /// data-dependent branches, since most words fail. `window` is the block with the byte
    /// before it first and the byte after it next (zero-padded); `next` is the text after the
    /// block (up to [`RUN_PEEK`] bytes), where a word the block cuts is finished.
    fn words_that_may_start(
        &self,
        window: &[u8; WINDOW],
        mut starts: u64,
        masks: &Masks,
        next: &[u8],
    ) -> u64 {
        let at = |i: usize| window[i % WINDOW];
        let letter = masks.letter;
        let mut keep = 0u64;
        // The run of letters that reaches the block's end, if it starts in the block, goes on
        // in `next`: it is read on its own, so the masks below need no test for it.
        let last_run = BLOCK as u32 - (!letter).leading_zeros();
        if letter >> (BLOCK - 1) != 0 && last_run < BLOCK as u32 && starts >> last_run & 1 != 0 {
            let p = last_run as usize;
            starts &= !(1 << p);
            keep |= u64::from(self.cut_word_may_pass(window, p, next)) << p;
        }
        // Every other run ends in the block, so the masks see its end. A one-letter word
        // passes when its table says so or when spaces and `$` may follow it ("C $5"); the
        // exact test reads the spaces.
        let mut one = starts & !(letter >> 1);
        starts &= !one;
        while one != 0 {
            let p = one.trailing_zeros() as usize;
            one &= one - 1;
            let after = at(p + 2);
            let maybe = if at(p + 1) | 0x20 == b'a' {
                self.article_may_start(window, letter, p + 1)
            } else {
                self.one_letter_may_start(at(p + 1))
                    | (after == b'$')
                    | (after == b' ') & matches!(at(p + 3), b' ' | b'$')
            };
            keep |= u64::from(maybe) << p;
        }
        // The forms the exact test reads another way pass whatever their shape: an acronym
        // of two to four capitals, a word before `$`.
        let short = starts & !(letter >> 2 & letter >> 3 & letter >> 4);
        let mut passed = short & masks.caps & (masks.caps >> 1);
        // Words before `$` are rare: each is found from its last letter.
        let mut before_dollar = letter & (masks.dollar >> 1);
        while before_dollar != 0 {
            let end = before_dollar.trailing_zeros();
            before_dollar &= before_dollar - 1;
            // The run starts after the last non-letter below its end.
            let start = BLOCK as u32 - (!letter & ((1 << end) - 1)).leading_zeros();
            passed |= starts & (1 << start);
        }
        keep |= passed;
        starts &= !passed;
        let two = starts & !(letter >> 2);
        // The rest, of two letters or more: their shape, capitalised or not. Each ends in the
        // block, before a bit of `ends`; its top bit, set whatever the byte, keeps the count
        // from needing a test for zero.
        let ends = !letter | 1 << (BLOCK - 1);
        while starts != 0 {
            let p = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let n = (ends >> p).trailing_zeros() as usize;
            let head = u16::from_le_bytes([window[p + 1], window[p + 2]]);
            keep |= u64::from(self.shape_may_pass(head, at(p + n), n)) << p;
        }
        // Of the two-letter words kept, "an" and "An" go on only before a word that may.
        let mut kept_two = keep & two;
        while kept_two != 0 {
            let p = kept_two.trailing_zeros() as usize;
            kept_two &= kept_two - 1;
            if matches!([at(p + 1), at(p + 2)], [b'a' | b'A', b'n'])
                && !self.article_may_start(window, letter, p + 2)
            {
                keep &= !(1 << p);
            }
        }
        keep
    }

    /// The block loop's test for the run of letters from bit `p` that the block's end cuts,
    /// finished in `next` (see [`WordFilter::words_that_may_start`]).
    fn cut_word_may_pass(&self, window: &[u8; WINDOW], p: usize, next: &[u8]) -> bool {
        let at = |i: usize| window[i % WINDOW];
        let n = BLOCK - p;
        // Most such words end within the next eight bytes: read them as one integer, with no
        // branch per byte.
        if let Some(&chunk) = next.first_chunk::<8>() {
            let x = u64::from_le_bytes(chunk);
            let outside = not_letters(x);
            if outside != 0 {
                let more = outside.trailing_zeros() as usize / 8;
                // The block's last byte, then the next seven: the word's last letter is byte
                // `more` of these, and the byte after it byte `more` of `x`.
                let tail = x << 8 | u64::from(at(BLOCK));
                let (last, after) = ((tail >> (8 * more)) as u8, (x >> (8 * more)) as u8);
                return self.may_pass(at(p + 1), at(p + 2), last, n + more, after);
            }
        }
        let more = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        // A run longer than `next` is left to the exact test.
        if more == next.len() {
            return true;
        }
        let (last, after) = match more {
            0 => (at(BLOCK), at(BLOCK + 1)),
            _ => (next[more - 1], next[more]),
        };
        self.may_pass(at(p + 1), at(p + 2), last, n + more, after)
    }

    /// False when the article ("a", "an") whose letters end before bit `end` of the block
    /// cannot start a figure because the word after it cannot ([`Candidates::word_may_start`]
    /// reads it exactly): a byte other than a space or `$` follows the article, or one space
    /// and a word that ends in the block whose shape is in neither set. Anything the block
    /// does not show (more spaces, a non-ASCII space, a word the block cuts) passes.
    fn article_may_start(&self, window: &[u8; WINDOW], letter: u64, end: usize) -> bool {
        let at = |i: usize| window[i % WINDOW];
        // The article's end may be the block's: the byte after it is the window's last.
        let after = at(end + 1);
        if after != b' ' {
            // `$` makes a currency ("A$5"); past a non-ASCII byte may be another space.
            return after == b'$' || after >= 0x80;
        }
        let next = end + 1;
        if next >= BLOCK {
            return true;
        }
        let first = at(next + 1);
        if !first.is_ascii_alphabetic() {
            // More spaces, or a non-ASCII one, are read by the exact test; any other byte
            // leaves an empty word, which no set holds.
            return first == b' ' || first >= 0x80;
        }
        let len = (!(letter >> next)).trailing_zeros() as usize;
        if next + len >= BLOCK {
            return true;
        }
        let second = if len > 1 { at(next + 2) } else { first };
        let s = shape_bit(first, second, at(next + len), len);
        test_bit(&self.any_case.shapes, s)
            || first.is_ascii_uppercase() && test_bit(&self.capitalised.shapes, s)
    }

    /// True when a word of `len` letters with first two bytes `head` (little-endian) and
    /// last letter `last` has the shape of a listed word, capitalised or not.
    #[inline(always)]
    fn shape_may_pass(&self, head: u16, last: u8, len: usize) -> bool {
        self.lengths[head_slot(head, last) % HEADS] >> (len % 32) & 1 != 0
    }

    /// The block loop's test for the word the block cuts, of `len` letters, with the byte
    /// `after` it: its shape, capitalised or not, or a form the exact test reads another way
    /// (an acronym that may be a currency code, one letter, a word before `$`).
    fn may_pass(&self, first: u8, second: u8, last: u8, len: usize, after: u8) -> bool {
        let acronym = first.is_ascii_uppercase() & second.is_ascii_uppercase() & (len <= 4);
        let word = self.shape_may_pass(u16::from_le_bytes([first, second]), last, len);
        word | acronym | (len == 1) | (after == b'$')
    }

    /// True when `word` (ASCII letters) may begin a figure: [`WordFilter::listed`] in either
    /// set.
    pub(crate) fn may_start(&self, word: &[u8]) -> bool {
        self.listed(word) != Listed::No
    }

    /// Which set `word` (ASCII letters) may be in: its shape in either set first, which
    /// turns away most words in a few instructions, then its hash. Both are computed once
    /// for the two sets.
    #[inline(always)]
    fn listed(&self, word: &[u8]) -> Listed {
        let Some(s) = shape_of(word) else {
            return Listed::No;
        };
        let any_case = test_bit(&self.any_case.shapes, s);
        let capitalised = word.first().is_some_and(u8::is_ascii_uppercase)
            && test_bit(&self.capitalised.shapes, s);
        if !(any_case || capitalised) {
            return Listed::No;
        }
        let Some(k) = word_key(word) else {
            return Listed::No;
        };
        if any_case && test_bit(&self.any_case.hashes, k) {
            Listed::AnyCase
        } else if capitalised && test_bit(&self.capitalised.hashes, k) {
            Listed::Capitalised
        } else {
            Listed::No
        }
    }

    /// [`WordFilter::may_start`] of the one-letter word `letter`, from its table.
    fn one_letter_may_start(&self, letter: u8) -> bool {
        self.one_letter >> letter_bit(letter) & 1 != 0
    }
}

/// True for a word after which a period does not end a sentence: one holding a dot (`dot`,
/// which the caller found while reading the word), an initial, or a listed abbreviation.
fn abbreviation_with_dot(word: &str, dot: bool) -> bool {
    dot // "U.S.", "a.m.", "e.g."
        || matches!(word.as_bytes(), [b] if b.is_ascii_uppercase()) // initials: "George W. Bush"
        || word.len() <= LONGEST_ABBREVIATION && is_listed_abbreviation(word)
}

/// The length of the longest word [`is_listed_abbreviation`] accepts.
const LONGEST_ABBREVIATION: usize = 6;

/// Titles, months, weekdays and the like, after which a period does not end a sentence.
fn is_listed_abbreviation(word: &str) -> bool {
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

/// True when the first character at or after `at`, past spaces and tabs, is lowercase.
fn next_is_lowercase(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(p) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b != b' ' && b != b'\t'))
    else {
        return false;
    };
    let b = bytes[at + p];
    if b.is_ascii() {
        return b.is_ascii_lowercase();
    }
    text.get(at + p..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_lowercase)
}

/// True when the bytes are a char of U+200B..U+2027 (quotes, dashes, bullets, the ellipsis):
/// the General Punctuation chars that open and close sentences, none of them whitespace.
fn is_punctuation_mark(char_bytes: &[u8]) -> bool {
    matches!(char_bytes, [0xE2, 0x80, 0x8B..=0xA7])
}

/// The span of `text[start..end]` without its leading and trailing whitespace, or `None`
/// when nothing is left. ASCII whitespace is skipped byte by byte, and the quotes and dashes
/// of [`is_punctuation_mark`] end a trim; past another non-ASCII byte the standard (Unicode)
/// trim decides.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = text.get(start..end)?;
    let bytes = s.as_bytes();
    let lead = match bytes.iter().position(|&b| !is_ascii_space(b)) {
        None => return None,
        Some(p) if bytes[p].is_ascii() || bytes.get(p..p + 3).is_some_and(is_punctuation_mark) => p,
        Some(_) => s.len() - s.trim_start().len(),
    };
    let trail = match bytes.iter().rposition(|&b| !is_ascii_space(b)) {
        Some(p)
            if bytes[p].is_ascii()
                || p.checked_sub(2)
                    .and_then(|first| bytes.get(first..=p))
                    .is_some_and(is_punctuation_mark) =>
        {
            s.len() - p - 1
        }
        _ => s.len() - s.trim_end().len(),
    };
    (lead + trail < s.len()).then(|| Span::new(start + lead, end - trail))
}

/// Of 16 bytes, those that end a word before a period when read backwards (ASCII
/// whitespace, `(`, `"`) or need a closer look (non-ASCII), and the dots, one bit each.
fn word_breaks(chunk: &[u8; 16]) -> (u32, u32) {
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    use portable::word_breaks;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    use sse2::word_breaks;
    word_breaks(chunk)
}

/// Start of the word that ends at the period at `i` (after the last whitespace, `(`, `"` or
/// `“` before it), and whether the word holds a dot, found on the way.
fn word_before_period(text: &str, i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut p = i;
    let mut dot = false;
    // Words are read 16 bytes at a time up to the last break: the byte loop below only
    // looks at that break (and the chars before it when it is not ASCII).
    while let Some(chunk) = bytes[..p].last_chunk::<16>() {
        let (breaks, dots) = word_breaks(chunk);
        // The bytes after the last break, all 16 when there is none.
        let in_word = 16 - (u32::BITS - breaks.leading_zeros()) as usize;
        dot |= dots >> (16 - in_word) != 0;
        p -= in_word;
        if in_word < 16 {
            break;
        }
    }
    while p > 0 {
        let b = bytes[p - 1];
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'(' | b'"') {
                break;
            }
            dot |= b == b'.';
            p -= 1;
        } else {
            match text[..p].chars().next_back() {
                Some(c) if !(c.is_whitespace() || c == '\u{201c}') => p -= c.len_utf8(),
                _ => break,
            }
        }
    }
    (p, dot)
}

/// Splits `text` into sentence spans covering every non-blank stretch. A sentence ends at
/// `.`, `?`, `!` (with closing quotes or brackets) followed by a space and not after an
/// abbreviation or before a lowercase word, or at a line break.
// Kept out of line: inlined into the extractor's loop, it cost more there (register pressure)
// than the one call saves.
#[inline(never)]
pub(crate) fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let push = |start: usize, end: usize, out: &mut Vec<Span>| {
        if let Some(span) = trimmed(text, start, end) {
            out.push(span);
        }
    };
    let mut start = 0;
    let mut i = 0;
    // The bytes that may end a sentence, a block at a time: decimal points make them common
    // in figure-dense copy, and a mask costs the same whatever their number.
    for base in (0..bytes.len()).step_by(BLOCK) {
        let mut stops = stop_mask(&bytes[base..]);
        while stops != 0 {
            let at = base + stops.trailing_zeros() as usize;
            stops &= stops - 1;
            // Stops before the resume point were read past (closing quotes, `."`).
            if at < i {
                continue;
            }
            i = at;
            let b = bytes[i];
            if b == b'\n' {
                // Right after a sentence end (past blanks), ending another here would push
                // nothing: the next sentence is trimmed of the break either way.
                let blank = bytes
                    .get(start..i)
                    .is_some_and(|gap| gap.iter().all(|&b| is_ascii_space(b)));
                if !blank && line_break_ends_sentence(text, i) {
                    push(start, i, &mut out);
                    start = i + 1;
                }
                i += 1;
                continue;
            }
            // A decimal point or a dot inside a name ("1.37", "U.S", "e.g") is followed by a
            // letter or digit: not a boundary, with no closing quote to look for.
            if bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            loop {
                match bytes.get(end..).unwrap_or_default() {
                    [b'"' | b'\'' | b')' | b']', ..] => end += 1,
                    // ” and ’ in UTF-8.
                    [0xE2, 0x80, 0x9D | 0x99, ..] => end += 3,
                    _ => break,
                }
            }
            let mut boundary = end >= bytes.len() || bytes[end].is_ascii_whitespace();
            if boundary
                && b == b'.'
                && (next_is_lowercase(text, end) || {
                    let (start, dot) = word_before_period(text, i);
                    abbreviation_with_dot(&text[start..i], dot)
                })
            {
                boundary = false;
            }
            if boundary {
                push(start, end, &mut out);
                start = end;
            }
            i = end;
        }
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

    /// The scanner written the plain way, one byte at a time, as the masks must behave.
    fn reference(text: &str) -> Vec<(usize, Candidate)> {
        let bytes = text.as_bytes();
        let filter = WordFilter::get();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let symbol = matches!(b, b'$' | b'-' | b'~' | b'\'' | 0xC2 | 0xE2 | 0xE0 | 0xEF);
            if !b.is_ascii_alphanumeric() && !symbol {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            if symbol {
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                if symbol_may_start(bytes, i) {
                    out.push((i, Candidate::Symbol));
                }
                i = end;
                continue;
            }
            while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                end += 1;
            }
            let starts = i == 0
                || !bytes[i - 1].is_ascii_alphanumeric()
                    && (bytes[i - 1] < 0x80 || !continues_word(text, i));
            if starts && b.is_ascii_digit() {
                out.push((i, Candidate::Digit));
            } else if starts {
                let letters = bytes[i..end]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                let word = &bytes[i..i + letters];
                let after = bytes.get(i + letters).copied().unwrap_or(b' ');
                let currency_like = after == b'$'
                    || (2..=4).contains(&word.len())
                        && word.iter().all(u8::is_ascii_uppercase)
                        && crate::tables::currency::currency_before(&text[i..]).is_ok()
                    || word.len() == 1
                        && text[i + letters..].trim_start_matches(' ').starts_with('$');
                let may_start = if filter.may_start(word) {
                    let article = matches!(word, b"a" | b"A" | b"an" | b"An") && after != b'$';
                    let next =
                        text[i + letters..].trim_start_matches(crate::parse::is_inline_space);
                    let next_word: String =
                        next.chars().take_while(char::is_ascii_alphabetic).collect();
                    let no_date = b.is_ascii_uppercase()
                        && after != b'$'
                        && crate::parse::time::is_date_word(word)
                        && !date_may_follow(bytes, i + letters);
                    let bare_quarter = word.eq_ignore_ascii_case(b"quarter")
                        && after != b'$'
                        && !crate::parse::words::multiplier_may_follow(&text[i + letters..]);
                    (!article || filter.may_start(next_word.as_bytes()))
                        && !no_date
                        && !bare_quarter
                } else {
                    currency_like
                };
                if may_start {
                    out.push((i, Candidate::Word));
                }
            }
            i = end;
        }
        out
    }

    #[test]
    fn masks_match_the_bytes() {
        let mut chunk = [0u8; BLOCK];
        for (i, b) in chunk.iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37).wrapping_add(11);
        }
        for round in 0..8u8 {
            for b in chunk.iter_mut() {
                *b = b.wrapping_add(round.wrapping_mul(29));
            }
            let Masks {
                letter,
                alnum,
                symbol,
                caps,
                dollar,
            } = classify(&chunk);
            for (i, &b) in chunk.iter().enumerate() {
                assert_eq!(caps >> i & 1 == 1, b & 0x20 == 0, "{b:#x}");
                assert_eq!(dollar >> i & 1 == 1, b == b'$', "{b:#x}");
                assert_eq!(letter >> i & 1 == 1, b.is_ascii_alphabetic(), "{b:#x}");
                assert_eq!(alnum >> i & 1 == 1, b.is_ascii_alphanumeric(), "{b:#x}");
                // 0xC0 never occurs in a `str`; the masks take it with 0xC2, 0xE0 and 0xE2.
                // `%` and `/` share a compare with `'` and `-`.
                let sym = matches!(
                    b,
                    b'$' | b'-' | b'~' | b'\'' | b'%' | b'/' | 0xC0 | 0xC2 | 0xE2 | 0xE0 | 0xEF
                );
                assert_eq!(symbol >> i & 1 == 1, sym, "{b:#x}");
            }
        }
    }

    /// The SSE2 masks and the portable ones agree on every byte value, in every lane.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[test]
    fn sse2_masks_match_the_portable_ones() {
        for start in 0..=255u8 {
            let chunk: [u8; BLOCK] =
                std::array::from_fn(|i| start.wrapping_add((i as u8).wrapping_mul(67)));
            assert_eq!(sse2::classify(&chunk), portable::classify(&chunk));
            assert_eq!(sse2::stops(&chunk), portable::stops(&chunk));
            let word: &[u8; 16] = chunk.first_chunk().expect("16 bytes");
            assert_eq!(sse2::word_breaks(word), portable::word_breaks(word));
        }
    }

    #[test]
    fn candidates_across_block_edges_and_skips() {
        // Runs that cross the 64-byte edges, and a resume point inside a word.
        let text = format!(
            "{}twenty-five {}1234567 No. 5 “’90s” — -5 x-5 £3",
            "a".repeat(62),
            "7".repeat(70)
        );
        assert_eq!(Candidates::new(&text).collect::<Vec<_>>(), reference(&text));
        let mut c = Candidates::new(&text);
        c.skip_to(63);
        let rest: Vec<_> = c.collect();
        let expected: Vec<_> = reference(&text)
            .into_iter()
            .filter(|&(i, _)| i >= 63)
            .collect();
        assert_eq!(rest, expected);
    }

    #[test]
    fn hyphens_quotes_and_dashes_only_before_digits() {
        let text = "state-owned “quoted” — it’s ’90s -5 -$5 £5 ½ x";
        let got: Vec<&str> = Candidates::new(text)
            .filter(|(_, c)| *c == Candidate::Symbol)
            .map(|(i, _)| &text[i..i + text[i..].chars().next().map_or(1, char::len_utf8)])
            .collect();
        assert_eq!(got, vec!["’", "-", "-", "$", "£", "½"]);
    }

    #[test]
    fn words_cut_by_a_block_edge_match_the_reference() {
        // Each word at every offset around the first block edge, then followed by `$`, a
        // digit or another letter run, so the word filter must finish it past the block.
        let long = "x".repeat(RUN_PEEK + 3);
        let words = [
            "twenty",
            "Twenty",
            "seventeen",
            "million",
            "a",
            "an",
            "USD",
            "US",
            "March",
            "Tue",
            "No",
            "dollars",
            "people",
            "the",
            &long,
        ];
        matches_reference_around_the_block_edge(&words, &[" 5", "$5", "5", " and", "", "."]);
    }

    /// Each word at every offset around the first block edge, followed by each of `afters`.
    fn matches_reference_around_the_block_edge(words: &[&str], afters: &[&str]) {
        for word in words {
            for offset in 40..=70 {
                for after in afters {
                    let text = format!("{}{word}{after} tail", " ".repeat(offset));
                    assert_eq!(
                        Candidates::new(&text).collect::<Vec<_>>(),
                        reference(&text),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn articles_and_one_letter_words_match_the_reference() {
        // Each word at every offset around the first block edge, before the forms the block
        // test reads (one space and a word, `$`, punctuation) and those it leaves to the
        // exact test (more spaces, a no-break space, a word the block cuts).
        let long = format!(" {}", "x".repeat(RUN_PEEK + 3));
        let words = ["a", "A", "an", "An", "AN", "aN", "s", "C", "I", "x"];
        let afters = [
            " dozen",
            " Dozen",
            " third",
            " the",
            " t",
            " No",
            " May",
            " may",
            "  dozen",
            " \u{a0}dozen",
            "\u{a0}dozen",
            "\u{a0}the",
            "$5",
            " $5",
            "  $5",
            " $",
            ".",
            ",",
            "5",
            "",
            " 5",
            " -5",
            " “dozen",
            &long,
        ];
        matches_reference_around_the_block_edge(&words, &afters);
    }

    #[test]
    fn words_the_block_cuts_near_the_end_match_the_reference() {
        // A word from every offset around the first block edge to the end of the text, or
        // to a few bytes after it: fewer than eight bytes, or more letters than eight, past
        // the edge leave the one-integer read to the byte loop.
        let words = [
            "seventeenths",
            "Seventeen",
            "million",
            "MILLION",
            "dozens",
            "US",
            "a",
        ];
        for word in words {
            for offset in 50..=64 {
                for after in ["", ".", " 5", "$5", "5", "-fold", " and more text"] {
                    let text = format!("{}{word}{after}", " ".repeat(offset));
                    assert_eq!(
                        Candidates::new(&text).collect::<Vec<_>>(),
                        reference(&text),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn block_loop_passes_every_listed_word() {
        // The block loop's table must let through every word the exact test takes, in the
        // cases the exact test takes it: any case for number words, capitalised for months.
        let filter = WordFilter::get();
        let passes = |word: &str| {
            let bytes = word.as_bytes();
            let head = u16::from_le_bytes([bytes[0], bytes[1]]);
            filter.shape_may_pass(head, bytes[bytes.len() - 1], bytes.len())
        };
        let capitalise = |word: &str| {
            let mut w = word.to_string();
            w[..1].make_ascii_uppercase();
            w
        };
        for (word, _) in crate::tables::number_words::NUMBER_WORDS {
            for form in [
                word.to_string(),
                capitalise(word),
                word.to_ascii_uppercase(),
            ] {
                assert!(filter.may_start(form.as_bytes()), "{form}");
                assert!(form.len() < 2 || passes(&form), "{form}");
            }
        }
        for word in crate::parse::time::MONTHS {
            for form in [capitalise(word), word.to_ascii_uppercase()] {
                assert!(filter.may_start(form.as_bytes()), "{form}");
                assert!(passes(&form), "{form}");
            }
        }
        // Most ordinary words are turned away; those with a listed word's letters and length
        // ("there" and "three") go on to the exact test.
        let ordinary = [
            "the", "The", "and", "said", "market", "people", "year", "from",
        ];
        assert!(ordinary.iter().all(|w| !passes(w)), "{ordinary:?}");
        assert!(passes("there"));
    }

    #[test]
    fn not_letters_marks_each_byte() {
        for start in 0..=255u8 {
            let bytes: [u8; 8] =
                std::array::from_fn(|i| start.wrapping_add((i as u8).wrapping_mul(37)));
            let marks = not_letters(u64::from_le_bytes(bytes));
            for (i, b) in bytes.iter().enumerate() {
                assert_eq!(
                    marks >> (8 * i + 7) & 1 == 1,
                    !b.is_ascii_alphabetic(),
                    "{b:#x}"
                );
            }
            assert_eq!(marks & !0x8080_8080_8080_8080, 0);
        }
    }

    #[test]
    fn percent_and_slash_never_start_a_figure() {
        let text = "50% of 3/4, a 1/2 share, 7 % and ~5%, S&P/ASX 200 rose 3%/year";
        assert_eq!(Candidates::new(text).collect::<Vec<_>>(), reference(text));
        assert!(!symbol_may_start(b"%5", 0));
        assert!(!symbol_may_start(b"/5", 0));
    }

    #[test]
    fn one_letter_table_matches_the_filter() {
        let filter = WordFilter::get();
        for letter in (b'a'..=b'z').chain(b'A'..=b'Z') {
            assert_eq!(
                filter.one_letter_may_start(letter),
                filter.may_start(&[letter]),
                "{}",
                letter as char
            );
        }
        // The exact test takes the articles as listed without looking them up.
        for article in ["a", "A", "an", "An"] {
            assert!(filter.may_start(article.as_bytes()), "{article}");
        }
        for not_letter in [b'@', b'[', b'`', b'{', b'0', b' ', 0x80, 0xff] {
            assert!(!filter.one_letter_may_start(not_letter), "{not_letter:#x}");
        }
    }

    #[test]
    fn trims_quotes_dashes_and_breaks() {
        fn cut(text: &str) -> Option<&str> {
            trimmed(text, 0, text.len()).map(|span| span.of(text))
        }
        assert_eq!(cut(" “Quoted.” "), Some("“Quoted.”"));
        assert_eq!(cut("\u{2003}— dash —\u{2028}"), Some("— dash —"));
        assert_eq!(cut("\u{200b}x\u{2027}"), Some("\u{200b}x\u{2027}"));
        assert_eq!(cut("\u{a0}\u{2029} \n"), None);
        assert_eq!(
            split("One.\n\nTwo ends\nhere.\r\n  \nThree ’90s.”\n"),
            vec!["One.", "Two ends\nhere.", "Three ’90s.”"]
        );
    }

    /// [`abbreviation_with_dot`] with the dot looked for in the word.
    fn is_abbreviation(word: &str) -> bool {
        abbreviation_with_dot(word, word.contains('.'))
    }

    /// The splitter's rule read one character at a time, with the standard library's trims:
    /// the model the block-wise [`sentences`] must match.
    fn reference_sentences(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let push = |start: usize, end: usize, out: &mut Vec<Span>| {
            let s = &text[start..end];
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            if lead + trail < s.len() {
                out.push(Span::new(start + lead, end - trail));
            }
        };
        let (mut start, mut i) = (0, 0);
        while let Some(c) = text[i..].chars().next() {
            if c == '\n' {
                if line_break_ends_sentence(text, i) {
                    push(start, i, &mut out);
                    start = i + 1;
                }
                i += 1;
                continue;
            }
            if !matches!(c, '.' | '?' | '!')
                || text[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric())
            {
                i += c.len_utf8();
                continue;
            }
            let mut end = i + 1;
            while let Some(q) = text[end..]
                .chars()
                .next()
                .filter(|q| "\"')]\u{201d}\u{2019}".contains(*q))
            {
                end += q.len_utf8();
            }
            let mut boundary = text[end..]
                .chars()
                .next()
                .is_none_or(|n| n.is_ascii_whitespace());
            if boundary && c == '.' {
                let word = &text[word_before_period(text, i).0..i];
                let next_lower = text[end..]
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
                boundary = !(is_abbreviation(word) || next_lower);
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

    /// [`word_before_period`] one byte (or char) at a time.
    fn reference_word_before_period(text: &str, i: usize) -> (usize, bool) {
        let start = text[..i]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| !(c.is_whitespace() && c.is_ascii() || "(\"".contains(c)))
            .take_while(|&(_, c)| c.is_ascii() || !(c.is_whitespace() || c == '\u{201c}'))
            .last()
            .map_or(i, |(p, _)| p);
        (start, text[start..i].contains('.'))
    }

    /// The words the scanner hands out in `text`, each as its run of letters.
    fn word_candidates(text: &str) -> Vec<&str> {
        Candidates::new(text)
            .filter(|(_, c)| *c == Candidate::Word)
            .map(|(i, _)| &text[i..i + crate::parse::runs::leading_letters(&text.as_bytes()[i..])])
            .collect()
    }

    #[test]
    fn date_words_before_no_date_are_turned_away() {
        let text = "On Tuesday, Oct. 28, 2025 and Monday 3 March, but not Tuesday’s vote, \
                    September. Then the MAY rally, EU rules and USD 5 or UBS said, in May 2024.";
        let words = word_candidates(text);
        // "3 March" is read from its digit; "March," before a word starts nothing.
        assert_eq!(words, vec!["Tuesday", "Oct", "Monday", "USD", "May"]);
        assert_eq!(Candidates::new(text).collect::<Vec<_>>(), reference(text));
    }

    #[test]
    fn quarter_alone_is_turned_away() {
        let text = "the third quarter, quarter revenue and a quarter-point cut, \
                    but quarter of a million and Quarter million";
        let words = word_candidates(text);
        assert_eq!(
            words,
            vec![
                "third", "a", "quarter", "a", "million", "Quarter", "million"
            ]
        );
        assert_eq!(Candidates::new(text).collect::<Vec<_>>(), reference(text));
        // What the extractor does at the word: no currency, no number.
        for rest in [" revenue", ", up", ".", "-point", ""] {
            let s = format!("quarter{rest}");
            assert!(crate::tables::currency::currency_before(&s).is_err(), "{s}");
            assert!(crate::parse::words::spelled_number(&s).is_err(), "{s}");
        }
    }

    #[test]
    fn month_pairs_hold_every_month_and_of() {
        let pair = |w: &[u8]| MONTH_PAIRS[usize::from(w[0] & 31)] >> (w[1] & 31) & 1 != 0;
        for month in crate::parse::time::MONTHS {
            for form in [month.to_string(), month.to_ascii_uppercase()] {
                assert!(pair(form.as_bytes()), "{form}");
            }
        }
        assert!(pair(b"of") && pair(b"OF"));
        assert!(!pair(b"th") && !pair(b"wa") && !pair(b"mo"));
    }

    proptest::proptest! {
        /// [`date_may_follow`] only turns away month and weekday names that start no date.
        #[test]
        fn no_date_where_date_may_not_follow(
            k in 0usize..41,
            case in 0u8..3,
            tail in "([.,0-9 ]|of|Oct|se|\u{a0}|\u{2009}|\u{202f}|\u{2007}|\u{2003}|’|[a-zA-Z]){0,12}"
        ) {
            let words: Vec<&str> = crate::parse::time::MONTHS
                .iter()
                .copied()
                .chain(crate::parse::time::MONTH_ABBREVS.iter().map(|(w, _)| *w))
                .chain(crate::parse::time::WEEKDAYS.iter().map(|(w, _)| *w))
                .chain(crate::parse::time::WEEKDAY_ABBREVS.iter().map(|(w, _, _)| *w))
                .collect();
            let word = words[k % words.len()];
            let word = match case {
                0 => word.to_string(),
                1 => word.to_ascii_uppercase(),
                _ => format!("{}{}", word[..1].to_ascii_uppercase(), &word[1..]),
            };
            // Letters right after the name would make it another word.
            proptest::prop_assume!(!tail.starts_with(|c: char| c.is_ascii_alphabetic()));
            let text = format!("{word}{tail}");
            if !date_may_follow(text.as_bytes(), word.len()) {
                proptest::prop_assert!(crate::parse::time::date(&text).is_err(), "{text:?}");
            }
        }

        #[test]
        fn words_before_periods_match_the_reference(
            text in "([a-z.( \"\n\t]|[a-z]{8,24}|\u{a0}|\u{201c}|\u{2003}|\\PC){0,60}"
        ) {
            for (i, _) in text.match_indices('.') {
                proptest::prop_assert_eq!(
                    word_before_period(&text, i),
                    reference_word_before_period(&text, i)
                );
            }
        }

        #[test]
        fn sentences_match_the_reference(
            text in "([a-zA-Z0-9 .!?\"')\n\r\t\u{b}\u{a0}\u{2003}\u{201c}\u{201d}\u{2019}(]|Mr|U\\.S|\\PC){0,200}"
        ) {
            proptest::prop_assert_eq!(sentences(&text), reference_sentences(&text));
        }

        #[test]
        fn trimmed_matches_the_standard_trim(
            text in "([a-z .\n\t\u{b}\u{a0}\u{2000}-\u{2030}\u{205f}\u{3000}]|\\PC){0,12}"
        ) {
            let s = text.as_str();
            let (lead, trail) = (s.len() - s.trim_start().len(), s.len() - s.trim_end().len());
            let expected = (lead + trail < s.len()).then(|| Span::new(lead, s.len() - trail));
            proptest::prop_assert_eq!(trimmed(s, 0, s.len()), expected);
        }

        #[test]
        fn candidates_match_the_reference(
            text in "([a-zA-Z0-9 ,.$'~£€’“—%/-]|\\PC|a |an |A |dozen|third|\u{a0}){0,300}"
        ) {
            proptest::prop_assert_eq!(Candidates::new(&text).collect::<Vec<_>>(), reference(&text));
        }
    }
}
