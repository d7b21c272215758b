//! Runs of ASCII digits or letters, counted eight bytes at a time.
//!
//! Every figure asks how many digits start it, how many letters the next word has, or which
//! letters end the word before it. A byte loop answers with a branch per byte whose exit
//! depends on the text, which the processor mostly mispredicts; these read eight bytes as one
//! integer, mark the bytes outside the class with one bit each, and count the marked bits'
//! distance, without a branch per byte. Fewer than eight bytes at the text's end are read one
//! by one.

/// The high bit of each byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte of a `u64`.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// The high bit of each byte of `x` whose low seven bits are at least `b` (`b` < 0x80): the
/// byte with its high bit set minus `b` keeps its high bit exactly then, and never borrows
/// from the next byte.
fn at_least(x: u64, b: u8) -> u64 {
    ((x | HIGH) - splat(b)) & HIGH
}

/// The high bit of each byte of `x` that is not an ASCII digit.
fn not_digits(x: u64) -> u64 {
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1) & !x;
    !digit & HIGH
}

/// The high bit of each byte of `x` that is not an ASCII letter (either case).
fn not_letters(x: u64) -> u64 {
    // Setting the case bit maps `A`..=`Z` onto `a`..=`z` and nothing else into that range.
    let folded = x | splat(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & !x;
    !letter & HIGH
}

/// The number of bytes at the start of `bytes` that `marks` leaves unmarked.
fn leading(bytes: &[u8], marks: fn(u64) -> u64, is_class: fn(&u8) -> bool) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..).and_then(<[u8]>::first_chunk::<8>) {
        let outside = marks(u64::from_le_bytes(*chunk));
        if outside != 0 {
            return n + outside.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[n..].iter().take_while(|b| is_class(b)).count()
}

/// The number of bytes at the end of `bytes` that `marks` leaves unmarked.
fn trailing(bytes: &[u8], marks: fn(u64) -> u64, is_class: fn(&u8) -> bool) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes[..bytes.len() - n].last_chunk::<8>() {
        let outside = marks(u64::from_le_bytes(*chunk));
        if outside != 0 {
            return n + outside.leading_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[..bytes.len() - n]
        .iter()
        .rev()
        .take_while(|b| is_class(b))
        .count()
}

/// How many ASCII digits start the eight bytes packed in `x` (the first byte lowest): 8 when
/// all are.
#[inline]
pub(crate) fn leading_digits_in(x: u64) -> usize {
    not_digits(x).trailing_zeros() as usize / 8
}

/// How many ASCII digits start `bytes`.
pub(crate) fn leading_digits(bytes: &[u8]) -> usize {
    leading(bytes, not_digits, u8::is_ascii_digit)
}

/// How many ASCII letters start `bytes`.
pub(crate) fn leading_letters(bytes: &[u8]) -> usize {
    leading(bytes, not_letters, u8::is_ascii_alphabetic)
}

/// How many ASCII letters end `bytes`.
pub(crate) fn trailing_letters(bytes: &[u8]) -> usize {
    trailing(bytes, not_letters, u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_runs_within_and_across_words() {
        assert_eq!(leading_digits(b"22,000 jobs"), 2);
        assert_eq!(leading_digits(b"1234567890123 and"), 13);
        assert_eq!(leading_digits(b"12345678"), 8);
        assert_eq!(leading_digits(b"x1"), 0);
        assert_eq!(leading_digits(b""), 0);
        assert_eq!(leading_letters(b"jobs last month"), 4);
        assert_eq!(leading_letters(b"Zz@[`{"), 2);
        assert_eq!(leading_letters("émigré".as_bytes()), 0);
        assert_eq!(trailing_letters(b"rose from"), 4);
        assert_eq!(trailing_letters(b"the U.S"), 1);
        assert_eq!(trailing_letters(b"abcdefghijklmnopq"), 17);
        assert_eq!(trailing_letters("Zürich".as_bytes()), 4);
    }

    /// Every byte value next to every class boundary: `/0 9:`, `@A Z[`, `` `a z{ ``, and the
    /// same with the high bit set, which must never count.
    #[test]
    fn every_byte_is_classed_as_one_at_a_time() {
        for b in 0..=255u8 {
            let mut bytes = [b'7'; 12];
            bytes[3] = b;
            let digits = if b.is_ascii_digit() { 12 } else { 3 };
            assert_eq!(leading_digits(&bytes), digits, "{b:#x}");
            let mut bytes = [b'q'; 12];
            bytes[8] = b;
            let letters = if b.is_ascii_alphabetic() { 12 } else { 8 };
            assert_eq!(leading_letters(&bytes), letters, "{b:#x}");
            let letters = if b.is_ascii_alphabetic() { 12 } else { 3 };
            assert_eq!(trailing_letters(&bytes), letters, "{b:#x}");
        }
    }

    proptest! {
        #[test]
        fn runs_match_a_byte_loop(bytes in proptest::collection::vec(
            prop_oneof![b'0'..=b'9', b'a'..=b'z', b'A'..=b'Z', any::<u8>()], 0..40)) {
            prop_assert_eq!(
                leading_digits(&bytes),
                bytes.iter().take_while(|b| b.is_ascii_digit()).count()
            );
            prop_assert_eq!(
                leading_letters(&bytes),
                bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count()
            );
            prop_assert_eq!(
                trailing_letters(&bytes),
                bytes.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count()
            );
        }
    }
}
