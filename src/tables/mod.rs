//! Data tables, defined once each: units, currencies, number words.

/// A 256-entry table built at compile time, one entry per byte: `byte_table!(|b| class)`
/// evaluates `class` with `b` bound to each byte in turn. The byte-class tables the hot loops
/// read instead of chains of compares are all built this way.
macro_rules! byte_table {
    (|$byte:ident| $class:expr) => {{
        let mut table = [0; 256];
        let mut i = 0;
        while i < 256 {
            let $byte = i as u8;
            table[i] = $class;
            i += 1;
        }
        table
    }};
}
pub(crate) use byte_table;

pub(crate) mod currency;
pub(crate) mod number_words;
pub(crate) mod units;

/// The first bytes of a spelling (at most 8, up to its first space), ASCII-lowercased and
/// packed little-endian, with a mask of the bytes used. Compared with [`input_key`], it
/// rejects almost every candidate in one instruction before the full match runs; the full
/// match still decides case and spaces.
pub(crate) const fn prefix_key(text: &str) -> (u64, u64) {
    let b = text.as_bytes();
    let (mut key, mut mask) = (0u64, 0u64);
    let mut i = 0;
    while i < b.len() && i < 8 && b[i] != b' ' {
        key |= (b[i].to_ascii_lowercase() as u64) << (8 * i);
        mask |= 0xff << (8 * i);
        i += 1;
    }
    (key, mask)
}

/// The first 8 bytes of `s` (zero-padded), ASCII-lowercased and packed like [`prefix_key`].
pub(crate) fn input_key(s: &str) -> u64 {
    lowercase(input_head(s.as_bytes()))
}

/// The first 8 bytes of `bytes` (zero-padded) as written, packed little-endian like
/// [`prefix_key`]: for the spellings whose case is meaning.
#[inline]
pub(crate) fn input_head(bytes: &[u8]) -> u64 {
    pack(bytes.get(..8).unwrap_or(bytes))
}

/// How many ASCII letters start the eight packed bytes `bytes` (8 when all are), counted
/// without a loop: the zero bytes that pad a short input are not letters, so at the end of
/// the text this is the whole count.
pub(crate) fn leading_letters_in(bytes: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Setting the case bit maps `A`..=`Z` onto `a`..=`z` and nothing else into that range.
    let folded = bytes | 0x2020_2020_2020_2020;
    let low7 = folded & !HIGH;
    // The high bit of each byte says: at least `a`, and not past `z`, and ASCII.
    let at_least_a = low7.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let past_z = low7.wrapping_add(0x0505_0505_0505_0505);
    let letters = at_least_a & !past_z & !bytes & HIGH;
    (!letters & HIGH).trailing_zeros() as usize / 8
}

/// What may follow a number and change how it reads ([`may_follow_number`]): bit flags.
pub(crate) mod follows {
    /// A scale: `million`, `bn`, `k`, `hundred`.
    pub(crate) const SCALE: u8 = 1;
    /// A currency or subunit: `euros`, `USD`, `cents`, `p`.
    pub(crate) const CURRENCY: u8 = 2;
    /// A unit: `km`, `percent`, `sq ft`.
    pub(crate) const UNIT: u8 = 4;
    /// The `in` of `1 in 5`.
    pub(crate) const RATIO: u8 = 8;
    /// Anything: what is said of a token that is not an ASCII word.
    pub(crate) const ANY: u8 = SCALE | CURRENCY | UNIT | RATIO;
}

/// What `word` (ASCII letters, any case) may begin after a number, as [`follows`] flags: the
/// first word of some scale, currency, subunit or unit spelling, or `in`. After a number
/// followed by any other word, which is most numbers (`45 people`), the parsers for all of
/// these are skipped; after `percent`, only the unit parser runs. A compile-time table: the
/// word's length and first letter pick a bucket whose last-letter mask turns most words away
/// in one load; the rest are compared with the bucket's few words as packed keys.
#[inline]
pub(crate) fn may_follow_number(word: &[u8]) -> u8 {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return 0;
    };
    // Setting the case bit maps `A`..=`Z` onto `a`..=`z` and no other byte into that range.
    let letter = usize::from((first | 0x20).wrapping_sub(b'a'));
    if letter >= 26 {
        return 0;
    }
    let at = word.len().min(followers::LONGEST) * 26 + letter;
    match FOLLOWERS.buckets.get(at) {
        Some(bucket) if bucket.lasts & WordShapes::bit(last) != 0 => follow_flags(word, bucket),
        _ => 0,
    }
}

/// [`may_follow_number`] of the word of `len` bytes (1..=8) that starts `head`, packed as
/// [`input_head`] reads it with whatever follows the word in the bytes above: the caller
/// has already loaded the bytes after a number to count the word's letters.
#[inline]
pub(crate) fn may_follow_packed(head: u64, len: usize) -> u8 {
    if !(1..=8).contains(&len) {
        return 0;
    }
    let word = head & (u64::MAX >> (64 - 8 * len));
    let first = word as u8;
    let last = (word >> (8 * (len - 1))) as u8;
    let letter = usize::from((first | 0x20).wrapping_sub(b'a'));
    if letter >= 26 {
        return 0;
    }
    match FOLLOWERS.buckets.get(len * 26 + letter) {
        Some(bucket) if bucket.lasts & WordShapes::bit(last) != 0 => {
            follow_key(lowercase(word), len, bucket)
        }
        _ => 0,
    }
}

/// The flags of the word of `len` bytes (at most 8) whose lowercased key is `key`, among
/// the words of `bucket`.
#[inline(never)]
fn follow_key(key: u64, len: usize, bucket: &followers::Bucket) -> u8 {
    let entries = FOLLOWERS
        .entries
        .get(usize::from(bucket.start)..usize::from(bucket.end))
        .unwrap_or(&[]);
    entries
        .iter()
        .find(|e| e.key == key && usize::from(e.len) == len)
        // The table holds each word once, with the flags of all its listings.
        .map_or(0, |e| e.flags)
}

/// [`may_follow_number`] for a word whose length, first and last letters are those of some
/// listed word: the bucket's words compared in full.
fn follow_flags(word: &[u8], bucket: &followers::Bucket) -> u8 {
    let key = lowercase(input_head(word));
    if word.len() <= 8 {
        return follow_key(key, word.len(), bucket);
    }
    let entries = FOLLOWERS
        .entries
        .get(usize::from(bucket.start)..usize::from(bucket.end))
        .unwrap_or(&[]);
    for entry in entries {
        if entry.key == key
            && usize::from(entry.len) == word.len()
            && entry
                .text
                .as_bytes()
                .get(8..word.len())
                .zip(word.get(8..))
                .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
        {
            return entry.flags;
        }
    }
    0
}

/// The table of [`may_follow_number`], built at compile time.
static FOLLOWERS: followers::Table = followers::build();

/// The compile-time table of [`may_follow_number`]: the first words of the listed spellings,
/// each once with its flags combined, grouped by (length, first letter).
mod followers {
    use super::{WordShapes, currency, follows, number_words, units};

    /// Words this long or longer share one bucket per first letter.
    pub(super) const LONGEST: usize = 15;
    const BUCKETS: usize = (LONGEST + 1) * 26;

    /// Scale words not in the number-word table: abbreviations and `hundred`.
    const SCALES: [&str; 11] = [
        "k", "m", "mn", "mln", "mm", "b", "bn", "bln", "tn", "trn", "hundred",
    ];
    /// Subunits of a currency.
    const SUBUNITS: [&str; 4] = ["p", "cent", "cents", "pence"];

    /// How many spellings the table is built from, at most (not every number word is one).
    const SOURCES: usize = number_words::NUMBER_WORD_DATA.len()
        + SCALES.len()
        + currency::SPELLINGS.len()
        + SUBUNITS.len()
        + units::SPELLINGS.len()
        + 1;

    /// The words whose (length, first letter) is one bucket.
    #[derive(Clone, Copy)]
    pub(super) struct Bucket {
        /// The [`WordShapes::bit`] of each word's last letter.
        pub(super) lasts: u32,
        /// The bucket's words are `entries[start..end]`.
        pub(super) start: u16,
        pub(super) end: u16,
    }

    /// One listed first word.
    #[derive(Clone, Copy)]
    pub(super) struct Entry {
        /// Its first 8 bytes (or fewer) ASCII-lowercased, packed like [`super::input_head`].
        pub(super) key: u64,
        /// The spelling it starts: the word is its first `len` bytes.
        pub(super) text: &'static str,
        pub(super) len: u8,
        /// The [`follows`] flags of every spelling it starts.
        pub(super) flags: u8,
    }

    pub(super) struct Table {
        pub(super) buckets: [Bucket; BUCKETS],
        pub(super) entries: [Entry; SOURCES],
    }

    /// Every spelling with its flag, in the order of the lists; "" for a number word that is
    /// not a scale.
    const fn sources() -> [(&'static str, u8); SOURCES] {
        let mut out = [("", 0u8); SOURCES];
        let mut n = 0;
        let mut i = 0;
        while i < number_words::NUMBER_WORD_DATA.len() {
            let (word, info) = number_words::NUMBER_WORD_DATA[i];
            if matches!(info.place, number_words::Place::Scale) {
                out[n] = (word, follows::SCALE);
            }
            n += 1;
            i += 1;
        }
        n = append(&mut out, n, &SCALES, follows::SCALE);
        n = append(&mut out, n, &currency::SPELLINGS, follows::CURRENCY);
        n = append(&mut out, n, &SUBUNITS, follows::CURRENCY);
        n = append(&mut out, n, &units::SPELLINGS, follows::UNIT);
        out[n] = ("in", follows::RATIO);
        out
    }

    /// Writes `words`, each with `flag`, into `out` from position `n`; returns the position
    /// after them.
    const fn append(
        out: &mut [(&'static str, u8); SOURCES],
        mut n: usize,
        words: &[&'static str],
        flag: u8,
    ) -> usize {
        let mut i = 0;
        while i < words.len() {
            out[n] = (words[i], flag);
            n += 1;
            i += 1;
        }
        n
    }

    /// How many ASCII letters start `text`: its first word.
    const fn word_len(text: &str) -> usize {
        let b = text.as_bytes();
        let mut n = 0;
        while n < b.len() && b[n].is_ascii_alphabetic() {
            n += 1;
        }
        n
    }

    /// The bucket of a word of `len` letters (at least one) that starts `text`.
    const fn bucket(text: &str, len: usize) -> usize {
        let len = if len < LONGEST { len } else { LONGEST };
        len * 26 + (text.as_bytes()[0].to_ascii_lowercase() - b'a') as usize
    }

    /// The key of the first `len` bytes of `text`, as [`super::lowercase`] of
    /// [`super::input_head`] packs an input word.
    const fn key(text: &str, len: usize) -> u64 {
        let b = text.as_bytes();
        let mut key = 0u64;
        let mut i = 0;
        while i < len && i < 8 {
            key |= (b[i].to_ascii_lowercase() as u64) << (8 * i);
            i += 1;
        }
        key
    }

    /// Whether the first `len` bytes of `a` and of `b` are equal ignoring ASCII case.
    const fn same_word(a: &str, b: &str, len: usize) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let mut i = 0;
        while i < len {
            if !a[i].eq_ignore_ascii_case(&b[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub(super) const fn build() -> Table {
        let sources = sources();
        assert!(SOURCES < u16::MAX as usize);
        // Count each bucket's spellings, repeats included, to place the buckets.
        let mut counts = [0usize; BUCKETS];
        let mut i = 0;
        while i < SOURCES {
            let (text, _) = sources[i];
            let len = word_len(text);
            if len > 0 {
                assert!(len <= u8::MAX as usize);
                counts[bucket(text, len)] += 1;
            }
            i += 1;
        }
        let mut buckets = [Bucket {
            lasts: 0,
            start: 0,
            end: 0,
        }; BUCKETS];
        let mut at = 0;
        let mut b = 0;
        while b < BUCKETS {
            buckets[b].start = at as u16;
            buckets[b].end = at as u16;
            at += counts[b];
            b += 1;
        }
        // Each word once per bucket, its flags combined; a repeat leaves a gap past `end`.
        let mut entries = [Entry {
            key: 0,
            text: "",
            len: 0,
            flags: 0,
        }; SOURCES];
        i = 0;
        while i < SOURCES {
            let (text, flags) = sources[i];
            let len = word_len(text);
            i += 1;
            if len == 0 {
                continue;
            }
            let b = bucket(text, len);
            let mut k = buckets[b].start as usize;
            while k < buckets[b].end as usize {
                if entries[k].len as usize == len && same_word(entries[k].text, text, len) {
                    break;
                }
                k += 1;
            }
            if k == buckets[b].end as usize {
                entries[k] = Entry {
                    key: key(text, len),
                    text,
                    len: len as u8,
                    flags: 0,
                };
                buckets[b].end += 1;
                buckets[b].lasts |= WordShapes::BITS[text.as_bytes()[len - 1] as usize];
            }
            entries[k].flags |= flags;
        }
        Table { buckets, entries }
    }
}

/// [`may_follow_number`] as a hash lookup built on first use from the same lists: the
/// reference the compile-time table is tested against.
#[cfg(test)]
fn may_follow_number_reference(word: &[u8]) -> u8 {
    static FIRST_WORDS: std::sync::OnceLock<WordFlags> = std::sync::OnceLock::new();
    FIRST_WORDS
        .get_or_init(|| {
            let leading_word = |s: &'static str| {
                let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
                &s[..n]
            };
            let scales = number_words::NUMBER_WORDS
                .iter()
                .filter(|(_, w)| w.place == number_words::Place::Scale)
                .map(|(w, _)| *w)
                .chain([
                    "k", "m", "mn", "mln", "mm", "b", "bn", "bln", "tn", "trn", "hundred",
                ])
                .map(|w| (w, follows::SCALE));
            let currencies = currency::SPELLINGS
                .into_iter()
                .chain(["p", "cent", "cents", "pence"])
                .map(|w| (w, follows::CURRENCY));
            let units = units::SPELLINGS.into_iter().map(|w| (w, follows::UNIT));
            WordFlags::new(
                scales
                    .chain(currencies)
                    .chain(units)
                    .chain([("in", follows::RATIO)])
                    .map(|(w, f)| (leading_word(w), f))
                    .filter(|(w, _)| !w.is_empty()),
            )
        })
        .get(word)
}

/// A hash of the ASCII-lowercased bytes of a word, eight bytes at a time: one multiply per
/// eight bytes instead of one per byte, so a word costs a few cycles, not a chain of them.
pub(crate) fn fold_hash(word: &[u8]) -> u32 {
    fold(word).0
}

/// [`fold_hash`] of `word`, with its first eight bytes (or fewer), ASCII-lowercased and
/// packed little-endian: two words of up to eight bytes are equal ignoring ASCII case
/// exactly when their lengths and packed heads are.
#[inline(always)]
fn fold(word: &[u8]) -> (u32, u64) {
    let seed = (word.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    match word.len() {
        0 => ((seed >> 32) as u32, 0),
        // Almost every word: one block, no loop.
        1..=8 => {
            let lower = lowercase(pack(word));
            ((mix(seed, lower) >> 32) as u32, lower)
        }
        _ => fold_long(word, seed),
    }
}

/// [`fold`] of a word longer than eight bytes, eight bytes at a time.
fn fold_long(word: &[u8], seed: u64) -> (u32, u64) {
    let mut h = seed;
    let mut head = None;
    let mut chunks = word.chunks_exact(8);
    for chunk in &mut chunks {
        let lower = lowercase(pack(chunk));
        head.get_or_insert(lower);
        h = mix(h, lower);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        h = mix(h, lowercase(pack(tail)));
    }
    ((h >> 32) as u32, head.unwrap_or(0))
}

/// Up to eight bytes, little-endian (the first byte lowest), in at most two loads.
fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    let load4 = |i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
    let load2 = |i: usize| u64::from(u16::from_le_bytes([b[i], b[i + 1]]));
    match n {
        8.. => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        // Two overlapping loads: the shared bytes are the same in both.
        4..=7 => load4(0) | load4(n - 4) << (8 * (n - 4)),
        2..=3 => load2(0) | load2(n - 2) << (8 * (n - 2)),
        1 => u64::from(b[0]),
        0 => 0,
    }
}

/// Eight bytes ASCII-lowercased all at once: `A`..=`Z` gain 0x20, nothing else changes.
pub(crate) fn lowercase(bytes: u64) -> u64 {
    bytes | case_bits(bytes)
}

/// The case bit (0x20) of each ASCII capital among eight packed bytes, and nothing else:
/// OR-ed in, it lowercases them.
fn case_bits(bytes: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = bytes & !HIGH;
    // The high bit of each byte says: at least `A`, and not past `Z`, and ASCII.
    let at_least_a = low7.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let past_z = low7.wrapping_add(0x2525_2525_2525_2525);
    let upper = at_least_a & !past_z & !bytes & HIGH;
    upper >> 2
}

/// Mixes eight lowercased bytes into `h`.
fn mix(h: u64, lower: u64) -> u64 {
    let x = (h ^ lower).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    x ^ (x >> 32)
}

/// One slot of a [`WordIndex`]: the word's position plus one (0 marks an empty slot), its
/// length and its lowercased head, so a probe compares two integers before any bytes.
#[derive(Clone, Copy, Default)]
struct Slot {
    head: u64,
    len: u32,
    position: u32,
}

/// A hash index over a fixed list of words, matched ASCII case-insensitively: an
/// open-addressing table at most a quarter full, so a miss usually ends at the first empty
/// slot and a hit costs one hash and one comparison. Each slot also has a one-byte tag (seven
/// bits of the hash, 0 for an empty slot) in an array of its own: most words looked up are
/// not in the list, and the tags alone turn them away, a byte per slot that stays in cache
/// where the slots do not.
pub(crate) struct WordIndex {
    words: Vec<&'static str>,
    /// The words' lengths and end letters ([`WordShapes`]), for a short list: most words
    /// looked up are on none, and this turns nearly all of them away before they are hashed.
    /// A long list fills the shapes and is left to the hash alone.
    shapes: Option<WordShapes>,
    tags: Vec<u8>,
    slots: Vec<Slot>,
}

/// The longest list a [`WordIndex`] tests word shapes for.
const SHAPED_WORDS: usize = 128;

/// The tag of a slot holding a word of hash `hash`: never 0.
fn tag(hash: u32) -> u8 {
    (hash >> 25) as u8 | 0x80
}

impl WordIndex {
    /// Indexes `words`; a repeated word keeps its first position.
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let words: Vec<&'static str> = words.into_iter().collect();
        let size = (words.len() * 4).next_power_of_two().max(8);
        let mut slots = vec![Slot::default(); size];
        let mut tags = vec![0u8; size];
        let mut shapes = (words.len() <= SHAPED_WORDS).then(WordShapes::default);
        for (k, w) in words.iter().enumerate() {
            if let Some(shapes) = &mut shapes {
                shapes.insert(w.as_bytes());
            }
            let (hash, head) = fold(w.as_bytes());
            let mut slot = hash as usize & (size - 1);
            loop {
                match slots[slot].position {
                    0 => {
                        slots[slot] = Slot {
                            head,
                            len: w.len() as u32,
                            position: k as u32 + 1,
                        };
                        tags[slot] = tag(hash);
                        break;
                    }
                    s if words[s as usize - 1].eq_ignore_ascii_case(w) => break,
                    _ => slot = (slot + 1) & (size - 1),
                }
            }
        }
        WordIndex {
            words,
            shapes,
            tags,
            slots,
        }
    }

    /// The position of `word` in the list, ignoring ASCII case.
    #[inline(always)]
    pub(crate) fn find(&self, word: &[u8]) -> Option<usize> {
        // Almost every word looked up has at most 8 bytes: its head is all of it, a path
        // short enough to inline, with the rest of the work kept out of line.
        if word.len() > 8 {
            return self.find_long(word);
        }
        if word.is_empty() || self.shapes.as_ref().is_some_and(|s| !s.may_contain(word)) {
            return None;
        }
        let (hash, head) = fold(word);
        self.probe(word, hash, head)
    }

    /// [`WordIndex::find`] for a word longer than 8 bytes.
    #[inline(never)]
    fn find_long(&self, word: &[u8]) -> Option<usize> {
        if self.shapes.as_ref().is_some_and(|s| !s.may_contain(word)) {
            return None;
        }
        let (hash, head) = fold(word);
        self.probe(word, hash, head)
    }

    /// The probe for `word`, of hash `hash` and lowercased head `head`: the bytes past the
    /// head are compared only for a word longer than 8 bytes.
    #[inline(always)]
    fn probe(&self, word: &[u8], hash: u32, head: u64) -> Option<usize> {
        let mask = self.tags.len() - 1;
        let tag = tag(hash);
        let mut slot = hash as usize & mask;
        loop {
            match *self.tags.get(slot)? {
                0 => return None,
                t if t == tag => {
                    let entry = self.slots.get(slot)?;
                    let k = entry.position.checked_sub(1)? as usize;
                    if entry.len as usize == word.len()
                        && entry.head == head
                        && (word.len() <= 8
                            || self
                                .words
                                .get(k)?
                                .as_bytes()
                                .get(8..)?
                                .eq_ignore_ascii_case(word.get(8..)?))
                    {
                        return Some(k);
                    }
                }
                _ => {}
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// The lengths and the first and last bytes of a list's words: a few instructions that turn
/// away most words not on it before a hash lookup. A word on the list, in any ASCII case,
/// always passes; a word that passes may still be on none.
#[derive(Default)]
struct WordShapes {
    /// For each length (the longest ones share the last entry), a mask of the first bytes and
    /// one of the last bytes of the words that long.
    by_len: [(u32, u32); WordShapes::LONGEST + 1],
}

impl WordShapes {
    /// Words this long or longer share one entry.
    const LONGEST: usize = 15;

    /// Adds the shape of `word`.
    fn insert(&mut self, word: &[u8]) {
        if let [first, .., last] | [first @ last] = word {
            let shape = &mut self.by_len[word.len().min(Self::LONGEST)];
            shape.0 |= Self::bit(*first);
            shape.1 |= Self::bit(*last);
        }
    }

    /// Where byte `b` sits in a mask: `a`..=`z` in either case at bits 0..=25, every other
    /// byte at bit 26, so the test ignores ASCII case the way the lookups do.
    fn bit(b: u8) -> u32 {
        Self::BITS[usize::from(b)]
    }

    /// [`WordShapes::bit`] of every byte, worked out at compile time: one load per test.
    const BITS: [u32; 256] = byte_table!(|b| {
        // Setting the case bit maps `A`..=`Z` onto `a`..=`z` and no other byte into that
        // range.
        let letter = (b | 0x20).wrapping_sub(b'a');
        if letter < 26 { 1 << letter } else { 1 << 26 }
    });

    /// False when `word` is not on the list, in any ASCII case.
    fn may_contain(&self, word: &[u8]) -> bool {
        match word {
            [first, .., last] | [first @ last] => {
                let (firsts, lasts) = self.by_len[word.len().min(Self::LONGEST)];
                firsts & Self::bit(*first) != 0 && lasts & Self::bit(*last) != 0
            }
            [] => false,
        }
    }
}

/// Words with flags (`u8` bits), looked up ASCII case-insensitively in one hash lookup: a
/// word listed with several flags has them all.
pub(crate) struct WordFlags {
    words: WordIndex,
    flags: Vec<u8>,
}

impl WordFlags {
    /// Indexes each word with its flag, the flags of a repeated word combined.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, u8)>) -> Self {
        let entries: Vec<(&'static str, u8)> = entries.into_iter().collect();
        let words = WordIndex::new(entries.iter().map(|(w, _)| *w));
        let mut flags = vec![0u8; entries.len()];
        for (w, f) in &entries {
            if let Some(k) = words.find(w.as_bytes()) {
                flags[k] |= f;
            }
        }
        WordFlags { words, flags }
    }

    /// The flags of `word`; 0 when it is not listed.
    pub(crate) fn get(&self, word: &[u8]) -> u8 {
        self.words
            .find(word)
            .map_or(0, |k| self.flags.get(k).copied().unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_hash_ignores_ascii_case_only() {
        for (a, b) in [
            ("Million", "million"),
            ("SEVENTEENTHS", "seventeenths"),
            ("aZ@[`{", "Az@[`{"),
        ] {
            assert_eq!(fold_hash(a.as_bytes()), fold_hash(b.as_bytes()), "{a}");
        }
        for (a, b) in [
            ("@", "`"),
            ("[", "{"),
            ("é", "É"),
            ("ab", "abc"),
            ("", "\0"),
        ] {
            assert_ne!(fold_hash(a.as_bytes()), fold_hash(b.as_bytes()), "{a} {b}");
        }
        // Every byte: only A..=Z fold onto a..=z.
        for b in 0..=255u8 {
            let same = fold_hash(&[b]) == fold_hash(&[b.to_ascii_lowercase()]);
            assert!(same, "{b:#x}");
            // A byte one case bit away from a non-letter stays apart: `@` and `` ` ``.
            if !b.is_ascii_alphabetic() {
                assert_ne!(fold_hash(&[b]), fold_hash(&[b ^ 0x20]), "{b:#x}");
            }
        }
    }

    #[test]
    fn word_index_finds_every_word_in_any_case_and_nothing_else() {
        let words = ["one", "two", "three", "million", "a", "two"];
        let index = WordIndex::new(words);
        assert_eq!(index.find(b"one"), Some(0));
        assert_eq!(index.find(b"TWO"), Some(1));
        assert_eq!(index.find(b"Million"), Some(3));
        assert_eq!(index.find(b"a"), Some(4));
        for miss in [&b""[..], b"on", b"ones", b"four", b"\xff", b"thre"] {
            assert_eq!(index.find(miss), None, "{miss:?}");
        }
    }

    #[test]
    fn word_shapes_match_length_and_end_bytes_ignoring_case() {
        let mut shapes = WordShapes::default();
        for word in ["ago", "x", "so-far", "internationalisation", "'ll"] {
            shapes.insert(word.as_bytes());
        }
        for word in [
            "ago",
            "AGO",
            "aGo",
            "x",
            "X",
            "so-far",
            "SO-FAR",
            "'ll",
            "'LL",
            "aao",
            "INTERNATIONALISATION",
            "inconsideration",
        ] {
            assert!(shapes.may_contain(word.as_bytes()), "{word}");
        }
        for word in [
            "",
            "ag",
            "agos",
            "y",
            "bgo",
            "agx",
            "so-fan",
            "ll",
            "ego",
            "ag\u{e9}",
            "incomprehensibilities",
        ] {
            assert!(!shapes.may_contain(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn shape_bits_fold_ascii_case_only() {
        for b in 0..=255u8 {
            let want = if b.is_ascii_alphabetic() {
                1 << (b.to_ascii_lowercase() - b'a')
            } else {
                1 << 26
            };
            assert_eq!(WordShapes::bit(b), want, "{b:#x}");
        }
    }

    #[test]
    fn leading_letters_in_counts_every_byte_class() {
        for b in 0..=255u8 {
            let mut bytes = *b"abcdefgh";
            bytes[5] = b;
            let want = if b.is_ascii_alphabetic() { 8 } else { 5 };
            assert_eq!(
                leading_letters_in(u64::from_le_bytes(bytes)),
                want,
                "{b:#x}"
            );
        }
        assert_eq!(leading_letters_in(input_head(b"km")), 2);
        assert_eq!(leading_letters_in(0), 0);
    }

    /// Every spelling the table is built from, as the reference reads them.
    fn follower_spellings() -> Vec<&'static str> {
        number_words::NUMBER_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(currency::SPELLINGS)
            .chain(units::SPELLINGS)
            .chain([
                "k", "mln", "trn", "hundred", "p", "cent", "cents", "pence", "in",
            ])
            .collect()
    }

    #[test]
    fn may_follow_number_edge_cases() {
        assert_eq!(may_follow_number(b""), 0);
        assert_eq!(may_follow_number(b"k"), follows::SCALE);
        assert_eq!(may_follow_number(b"K"), may_follow_number_reference(b"K"));
        assert_eq!(may_follow_number(b"p"), may_follow_number_reference(b"p"));
        assert_eq!(may_follow_number(b"in"), may_follow_number_reference(b"in"));
        assert_ne!(may_follow_number(b"IN") & follows::RATIO, 0);
        assert_ne!(may_follow_number(b"Million") & follows::SCALE, 0);
        assert_ne!(may_follow_number(b"percent") & follows::UNIT, 0);
        assert_ne!(may_follow_number(b"euros") & follows::CURRENCY, 0);
        for word in [
            &b"people"[..],
            b"of",
            b"and",
            b"to",
            b"x",
            b"@",
            b"[",
            b"`",
            b"{",
            b"1",
            b"m1",
            b"kilometresx",
            b"thousandthsandmore",
            b"\xc3\xa9",
            b"percen",
            b"percentx",
            b"in\0",
        ] {
            assert_eq!(may_follow_number(word), 0, "{word:?}");
        }
        // Longer than the 8-byte key: the rest is compared too.
        for word in [
            &b"kilometres"[..],
            b"KILOMETRES",
            b"kilometrez",
            b"millimetres",
        ] {
            assert_eq!(
                may_follow_number(word),
                may_follow_number_reference(word),
                "{word:?}"
            );
        }
        assert_ne!(may_follow_number(b"Kilometres"), 0);
        assert_eq!(
            may_follow_packed(input_head(b"km/h"), 2),
            may_follow_number(b"km")
        );
        assert_eq!(may_follow_packed(input_head(b"People"), 6), 0);
        assert_eq!(
            may_follow_packed(input_head(b"in 5"), 2),
            may_follow_number(b"in")
        );
        assert_eq!(
            may_follow_packed(input_head(b"percents"), 7),
            may_follow_number(b"percent")
        );
        assert_eq!(may_follow_packed(0, 0), 0);
        assert_eq!(may_follow_packed(u64::MAX, 9), 0);
        assert_eq!(may_follow_number(b"kilometrez"), 0);
    }

    #[test]
    fn may_follow_number_knows_every_listed_word() {
        for spelling in follower_spellings() {
            let n = spelling.bytes().take_while(u8::is_ascii_alphabetic).count();
            let word = &spelling.as_bytes()[..n];
            for w in [
                word.to_vec(),
                word.to_ascii_uppercase(),
                word.to_ascii_lowercase(),
            ] {
                assert_eq!(
                    may_follow_number(&w),
                    may_follow_number_reference(&w),
                    "{spelling}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn input_keys_pack_the_first_bytes(bytes in proptest::collection::vec(proptest::arbitrary::any::<u8>(), 0..=12)) {
            let mut head = [0u8; 8];
            let n = bytes.len().min(8);
            head[..n].copy_from_slice(&bytes[..n]);
            proptest::prop_assert_eq!(input_head(&bytes), u64::from_le_bytes(head));
            head.make_ascii_lowercase();
            proptest::prop_assert_eq!(lowercase(input_head(&bytes)), u64::from_le_bytes(head));
            let letters = bytes.iter().take(8).take_while(|b| b.is_ascii_alphabetic()).count();
            proptest::prop_assert_eq!(leading_letters_in(input_head(&bytes)), letters);
        }

        #[test]
        fn input_key_lowercases_a_str_head(s in "\\PC{0,10}") {
            let mut head = [0u8; 8];
            let n = s.len().min(8);
            head[..n].copy_from_slice(&s.as_bytes()[..n]);
            head.make_ascii_lowercase();
            proptest::prop_assert_eq!(input_key(&s), u64::from_le_bytes(head));
        }

        #[test]
        fn word_index_agrees_with_a_linear_search(
            words in proptest::collection::vec("[a-cA-C@`é]{1,11}", 1..24),
            probe in "[a-cA-C@`é]{0,11}",
        ) {
            let words: Vec<&'static str> =
                words.into_iter().map(|w| &*Box::leak(w.into_boxed_str())).collect();
            let index = WordIndex::new(words.iter().copied());
            let linear = |w: &str| words.iter().position(|x| x.eq_ignore_ascii_case(w));
            proptest::prop_assert_eq!(index.find(probe.as_bytes()), linear(&probe));
            for w in &words {
                let upper = w.to_ascii_uppercase();
                proptest::prop_assert_eq!(index.find(upper.as_bytes()), linear(w));
            }
        }

        #[test]
        fn may_follow_packed_agrees_with_the_reference(bytes in proptest::collection::vec(proptest::arbitrary::any::<u8>(), 0..=10), len in 0usize..=9) {
            let head = input_head(&bytes);
            let want = match bytes.get(..len) {
                Some(word) if (1..=8).contains(&len) => may_follow_number_reference(word),
                _ if (1..=8).contains(&len) => may_follow_number_reference(&head.to_le_bytes()[..len]),
                _ => 0,
            };
            proptest::prop_assert_eq!(may_follow_packed(head, len), want);
        }

        #[test]
        fn may_follow_number_agrees_with_the_reference(word in proptest::collection::vec(proptest::arbitrary::any::<u8>(), 0..=20), letters in "[a-zA-Z]{0,18}") {
            proptest::prop_assert_eq!(may_follow_number(&word), may_follow_number_reference(&word));
            proptest::prop_assert_eq!(
                may_follow_number(letters.as_bytes()),
                may_follow_number_reference(letters.as_bytes())
            );
        }

        #[test]
        fn may_follow_number_agrees_on_listed_words_in_any_case(
            pick in proptest::arbitrary::any::<proptest::sample::Index>(),
            cases in proptest::collection::vec(proptest::arbitrary::any::<bool>(), 20),
            suffix in "[a-zA-Z]{0,3}",
            cut in 0usize..3,
        ) {
            let spellings = follower_spellings();
            let spelling = spellings[pick.index(spellings.len())];
            let n = spelling.bytes().take_while(u8::is_ascii_alphabetic).count();
            let mut word: Vec<u8> = spelling.as_bytes()[..n]
                .iter()
                .zip(cases.iter().cycle())
                .map(|(b, up)| if *up { b.to_ascii_uppercase() } else { *b })
                .collect();
            proptest::prop_assert_eq!(may_follow_number(&word), may_follow_number_reference(&word));
            word.truncate(word.len().saturating_sub(cut));
            proptest::prop_assert_eq!(may_follow_number(&word), may_follow_number_reference(&word));
            word.extend_from_slice(suffix.as_bytes());
            proptest::prop_assert_eq!(may_follow_number(&word), may_follow_number_reference(&word));
        }

        #[test]
        fn pack_reads_bytes_little_endian(bytes in proptest::collection::vec(proptest::arbitrary::any::<u8>(), 0..=8)) {
            let expected = bytes.iter().rev().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
            proptest::prop_assert_eq!(pack(&bytes), expected);
        }
    }
}
