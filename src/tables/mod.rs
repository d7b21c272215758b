//! Data tables, defined once each: units, currencies, number words.

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
    let mut buf = [0u8; 8];
    let n = s.len().min(8);
    buf[..n].copy_from_slice(&s.as_bytes()[..n]);
    buf.make_ascii_lowercase();
    u64::from_le_bytes(buf)
}
