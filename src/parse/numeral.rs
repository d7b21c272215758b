//! Numerals written with digits: `16,000`, `1.37`, `1 370 000` (thin or no-break spaces),
//! `3½`, `¾`, `3/4`, `1e10`, and the scale abbreviations that may follow them.

use nom::IResult;
use rust_decimal::Decimal;

use super::{at_word_end, fail};

/// A numeral as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// Its exact value.
    pub value: Decimal,
    /// Digits before the decimal point (0 for `¾`); a `u8` (a numeral has at most 28 digits)
    /// keeps a figure's parsed core small enough to be copied without a `memcpy` call.
    pub int_digits: u8,
    /// True when thousands were grouped (`16,000`).
    pub grouped: bool,
    /// True when written with a decimal point.
    pub decimal_point: bool,
    /// True for `3/4`, `½`, `3½`.
    pub fraction: bool,
}

impl Numeral {
    /// A plain integer of exactly `digits` digits, no grouping, no point.
    pub fn is_plain_integer(&self, digits: usize) -> bool {
        self.is_plain() && usize::from(self.int_digits) == digits
    }

    /// A plain integer of any length: no grouping, no point, no fraction.
    pub fn is_plain(&self) -> bool {
        !self.grouped && !self.decimal_point && !self.fraction
    }
}

/// Most digits a value may have: `Decimal` holds 28 exactly.
const MAX_DIGITS: usize = 28;

/// Reads a run of ASCII digits into `mantissa`; returns the number of digits read.
fn digits_into(bytes: &[u8], mantissa: &mut i128, count: &mut usize) -> usize {
    let mut n = 0;
    while let Some(&b) = bytes.get(n) {
        if !b.is_ascii_digit() {
            break;
        }
        if *count < MAX_DIGITS + 1 {
            *mantissa = *mantissa * 10 + i128::from(b - b'0');
        }
        *count += 1;
        n += 1;
    }
    n
}

/// [`digits_into`] for the usual run of at most eight digits with eight bytes to load:
/// the run read as one integer, without a branch per digit. `None` (nothing read) for
/// any other run.
#[inline]
fn short_digits_into(bytes: &[u8], mantissa: &mut i128, count: &mut usize) -> Option<usize> {
    let chunk = bytes.first_chunk::<8>()?;
    let x = u64::from_le_bytes(*chunk);
    let n = super::runs::leading_digits_in(x);
    if n == 8 || *count + n > MAX_DIGITS {
        return None;
    }
    *mantissa = *mantissa * POWERS_OF_TEN[n] + i128::from(digits_value(x, n));
    *count += n;
    Some(n)
}

/// 10^k for k in 0..8.
const POWERS_OF_TEN: [i128; 8] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/// The value of the first `n` (0 to 8) of the eight bytes packed in `x` (the first byte
/// lowest), which are ASCII digits.
fn digits_value(x: u64, n: usize) -> u64 {
    if n == 0 {
        return 0;
    }
    // Shifting the digits to the top bytes drops what follows them and leaves zeros
    // (leading zero digits) below; a borrow from a byte under b'0' only runs upward, into
    // the bytes dropped.
    let x = (x.wrapping_sub(0x3030_3030_3030_3030) << (8 * (8 - n))) & 0x0F0F_0F0F_0F0F_0F0F;
    // Pairs, then fours, then all eight: each step multiplies the lower (earlier, more
    // significant) half by 10, 100, 10^4 and adds the upper.
    let x = (x.wrapping_mul(10 << 8 | 1) >> 8) & 0x00FF_00FF_00FF_00FF;
    let x = (x.wrapping_mul(100 << 16 | 1) >> 16) & 0x0000_FFFF_0000_FFFF;
    x.wrapping_mul(10_000 << 32 | 1) >> 32
}

/// Byte length of a group separator at the start of `s` followed by exactly three digits and
/// then no further digit: `,` or a thin / no-break space.
fn group_separator(s: &str) -> Option<usize> {
    let len = match *s.as_bytes().first()? {
        b',' => 1,
        b if b < 0x80 => return None,
        _ => {
            let sep = s.chars().next()?;
            if !matches!(sep, '\u{a0}' | '\u{202f}' | '\u{2009}') {
                return None;
            }
            sep.len_utf8()
        }
    };
    let after = s.as_bytes().get(len..)?;
    let three = after.len() >= 3 && after[..3].iter().all(u8::is_ascii_digit);
    let fourth_is_digit = after.get(3).is_some_and(u8::is_ascii_digit);
    (three && !fourth_is_digit).then_some(len)
}

fn vulgar_fraction(c: char) -> Option<(u32, u32)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    })
}

fn ratio(num: u32, den: u32) -> Option<Decimal> {
    Decimal::from(num).checked_div(Decimal::from(den))
}

/// Denominators that make `a/b` read as a fraction rather than a date, a score or `24/7`.
fn is_fraction_denominator(den: i128) -> bool {
    matches!(den, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 12 | 16 | 32 | 64 | 100)
}

/// A numeral at the start of `input`. Fails on a version string (`2.0.1`), on more than 28
/// digits, and when letters run straight on (`221B`), except for what a caller may still read
/// there (scale abbreviations, units, ordinal suffixes: those are left in the rest).
pub(crate) fn numeral(input: &str) -> IResult<&str, Numeral> {
    // A vulgar fraction is never ASCII; most numerals start with a digit.
    if input.as_bytes().first().is_some_and(|&b| b >= 0x80) {
        return vulgar_alone(input);
    }
    let bytes = input.as_bytes();
    let mut mantissa: i128 = 0;
    let mut count = 0;
    let mut pos = match short_digits_into(bytes, &mut mantissa, &mut count) {
        Some(n) => n,
        None => digits_into(bytes, &mut mantissa, &mut count),
    };
    if pos == 0 {
        return fail(input);
    }
    let mut grouped = false;
    if pos <= 3 {
        while let Some(sep) = group_separator(&input[pos..]) {
            pos += sep;
            pos += digits_into(&bytes[pos..], &mut mantissa, &mut count);
            grouped = true;
        }
    }
    // More than 28 digits fail below, so the count fits.
    let int_digits = u8::try_from(count).unwrap_or(u8::MAX);
    let mut scale = 0u32;
    let mut decimal_point = false;
    if bytes.get(pos) == Some(&b'.') && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit) {
        let after_point = &bytes[pos + 1..];
        let read = match short_digits_into(after_point, &mut mantissa, &mut count) {
            Some(n) => n,
            None => digits_into(after_point, &mut mantissa, &mut count),
        };
        // A second point makes it a version or an address: not a figure.
        if bytes.get(pos + 1 + read) == Some(&b'.')
            && bytes.get(pos + 2 + read).is_some_and(u8::is_ascii_digit)
        {
            return fail(input);
        }
        pos += 1 + read;
        scale = u32::try_from(read).unwrap_or(u32::MAX);
        decimal_point = true;
    }
    if count > MAX_DIGITS || scale > MAX_DIGITS as u32 {
        return fail(input);
    }
    let Ok(value) = Decimal::try_from_i128_with_scale(mantissa, scale) else {
        return fail(input);
    };
    let rest = &input[pos..];
    let numeral = Numeral {
        value,
        int_digits,
        grouped,
        decimal_point,
        fraction: false,
    };
    // What may still go on is rare, and read out of line, so that the usual numeral saves
    // few registers: `3½`, `3/4`, `1e10`. Their first bytes tell them apart.
    match rest.as_bytes().first() {
        Some(&b) if b >= 0x80 => Ok(with_vulgar(rest, numeral)),
        Some(b'/') if !grouped && !decimal_point => {
            slash_fraction(input, rest, mantissa, int_digits)
        }
        Some(b'e' | b'E') => Ok(with_exponent(rest, numeral)),
        _ => Ok((rest, numeral)),
    }
}

/// [`numeral`] at a non-ASCII char: `¾`.
#[inline(never)]
fn vulgar_alone(input: &str) -> IResult<&str, Numeral> {
    let Some(c) = input.chars().next() else {
        return fail(input);
    };
    let Some((n, d)) = vulgar_fraction(c) else {
        return fail(input);
    };
    let Some(value) = ratio(n, d) else {
        return fail(input);
    };
    let numeral = Numeral {
        value,
        int_digits: 0,
        grouped: false,
        decimal_point: false,
        fraction: true,
    };
    Ok((&input[c.len_utf8()..], numeral))
}

/// `numeral` followed by `rest`, which starts with a non-ASCII char: `3½` when it is a vulgar
/// fraction, else the numeral as it is.
#[inline(never)]
fn with_vulgar(rest: &str, numeral: Numeral) -> (&str, Numeral) {
    let Some(c) = rest.chars().next() else {
        return (rest, numeral);
    };
    match vulgar_fraction(c).and_then(|(n, d)| ratio(n, d)) {
        Some(part) => (
            &rest[c.len_utf8()..],
            Numeral {
                value: numeral
                    .value
                    .checked_add(part)
                    .unwrap_or(numeral.value)
                    .normalize(),
                fraction: true,
                ..numeral
            },
        ),
        None => (rest, numeral),
    }
}

/// A plain integer `mantissa` of `int_digits` digits at the start of `input`, followed by
/// `rest`, which starts with `/`: `3/4`, but not 9/11, 24/7 or 10/28/2025 (those fail).
#[inline(never)]
fn slash_fraction<'a>(
    input: &'a str,
    rest: &'a str,
    mantissa: i128,
    int_digits: u8,
) -> IResult<&'a str, Numeral> {
    let Some(after) = rest.strip_prefix('/') else {
        return fail(input);
    };
    let db = after.as_bytes();
    let mut den: i128 = 0;
    let mut den_count = 0;
    let read = digits_into(db, &mut den, &mut den_count);
    let tail = &after[read..];
    if read == 0 || read > 3 || tail.starts_with('/') {
        return fail(input);
    }
    if mantissa < den && is_fraction_denominator(den) && at_word_end(tail) {
        let Some(v) = Decimal::from_i128_with_scale(mantissa, 0)
            .checked_div(Decimal::from_i128_with_scale(den, 0))
        else {
            return fail(input);
        };
        return Ok((
            tail,
            Numeral {
                value: v,
                int_digits,
                grouped: false,
                decimal_point: false,
                fraction: true,
            },
        ));
    }
    fail(input)
}

/// `numeral` followed by `rest`, which starts with `e` or `E`: `1e10`, `1.3e6`, only when
/// the exponent (one or two digits, at most 28) ends the word; else the numeral as it is.
#[inline(never)]
fn with_exponent(rest: &str, numeral: Numeral) -> (&str, Numeral) {
    let Some(after) = rest.strip_prefix(['e', 'E']) else {
        return (rest, numeral);
    };
    let ab = after.as_bytes();
    let n = ab.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=2).contains(&n) && at_word_end(&after[n..]) {
        let exp: u32 = after[..n].parse().unwrap_or(0);
        if exp <= 28
            && let Some(v) = Decimal::from_i128_with_scale(1, 0)
                .checked_mul(Decimal::from(10u64.pow(exp.min(19))))
                .and_then(|p| {
                    let p = if exp > 19 {
                        p.checked_mul(Decimal::from(10u64.pow(exp - 19)))?
                    } else {
                        p
                    };
                    numeral.value.checked_mul(p)
                })
        {
            return (
                &after[n..],
                Numeral {
                    value: v.normalize(),
                    ..numeral
                },
            );
        }
    }
    (rest, numeral)
}

/// A scale abbreviation right after a numeral (`$4.2m`, `€2.3bn`, `10k`, `5 bln`).
///
/// `m`/`M`/`mn`/`mln` mean million only when `money` is true: elsewhere `10m` is ten metres.
/// Returns the rest and the multiplier.
pub(crate) fn scale_abbreviation(input: &str, money: bool) -> IResult<&str, Decimal> {
    let (after_space, spaces) = super::space0(input)?;
    let word_len = super::runs::leading_letters(after_space.as_bytes());
    let word = &after_space[..word_len];
    let rest = &after_space[word_len..];
    if word.is_empty() || !at_word_end(rest) || rest.starts_with('-') && money {
        return fail(input);
    }
    let thousand = Decimal::from(1_000u64);
    let million = Decimal::from(1_000_000u64);
    let billion = Decimal::from(1_000_000_000u64);
    let trillion = Decimal::from(1_000_000_000_000u64);
    let attached = spaces.is_empty();
    let factor = match word {
        "k" | "K"
            if attached || money || !rest.trim_start().starts_with(|c: char| c.is_alphabetic()) =>
        {
            thousand
        }
        "m" | "M" | "mn" | "mln" | "MM" if money => million,
        "bn" | "bln" | "Bn" => billion,
        "b" | "B" if attached && money => billion,
        "b" if attached => billion,
        "tn" | "trn" | "Tn" => trillion,
        _ => return fail(input),
    };
    Ok((rest, factor))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> (String, &str) {
        let (rest, n) = numeral(s).expect(s);
        (n.value.to_string(), rest)
    }

    proptest::proptest! {
        /// The eight-byte read gives what the digit-by-digit read gives, or declines.
        #[test]
        fn short_runs_read_as_digit_by_digit(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![b'0'..=b'9', proptest::arbitrary::any::<u8>()], 0..12),
            start in 0i128..1_000_000_000_000,
            count in 0usize..32,
        ) {
            let (mut fast, mut fast_count) = (start, count);
            let (mut slow, mut slow_count) = (start, count);
            let n = digits_into(&bytes, &mut slow, &mut slow_count);
            if let Some(m) = short_digits_into(&bytes, &mut fast, &mut fast_count) {
                proptest::prop_assert_eq!((m, fast, fast_count), (n, slow, slow_count));
            } else {
                proptest::prop_assert_eq!((fast, fast_count), (start, count));
            }
        }
    }

    #[test]
    fn every_short_run_value() {
        for n in 0..8 {
            for v in [0u64, 1, 7, 9, 10, 99, 1234, 9_999_999, 5_050_505] {
                let text = if n == 0 {
                    String::new()
                } else {
                    format!("{:0n$}", v % 10u64.pow(n as u32))
                };
                let padded = format!("{text}x,.9 1234");
                let (mut m, mut c) = (0, 0);
                assert_eq!(
                    short_digits_into(padded.as_bytes(), &mut m, &mut c),
                    Some(n)
                );
                assert_eq!((m, c), (i128::from(v % 10u64.pow(n as u32)), n), "{padded}");
            }
        }
    }

    #[test]
    fn plain_and_grouped() {
        assert_eq!(val("16,000 cars"), ("16000".into(), " cars"));
        assert_eq!(val("1,370,000."), ("1370000".into(), "."));
        assert_eq!(val("1.37 million"), ("1.37".into(), " million"));
        assert_eq!(val("1\u{202f}370\u{202f}000"), ("1370000".into(), ""));
        assert_eq!(val("0.5%"), ("0.5".into(), "%"));
    }

    #[test]
    fn grouping_needs_three_digits() {
        assert_eq!(val("1,37"), ("1".into(), ",37"));
        assert_eq!(val("1234,567"), ("1234".into(), ",567"));
        assert_eq!(val("12, 000"), ("12".into(), ", 000"));
    }

    #[test]
    fn fractions() {
        assert_eq!(val("3½ hours").0, "3.5");
        assert_eq!(val("¾").0, "0.75");
        assert_eq!(val("3/4 of").0, "0.75");
        assert!(numeral("9/11").is_err());
        assert!(numeral("24/7").is_err());
        assert!(numeral("10/28/2025").is_err());
    }

    #[test]
    fn versions_and_long_runs_fail() {
        assert!(numeral("2.0.1").is_err());
        assert!(numeral("12345678901234567890123456789").is_err());
        assert!(numeral("abc").is_err());
    }

    #[test]
    fn exponent() {
        assert_eq!(val("1e10").0, "10000000000");
        assert_eq!(val("1.3e6").0, "1300000");
        assert_eq!(val("3e").1, "e");
    }

    #[test]
    fn scale_abbreviations() {
        assert_eq!(
            scale_abbreviation("m", true).unwrap().1,
            Decimal::from(1_000_000)
        );
        assert!(scale_abbreviation("m", false).is_err());
        assert_eq!(
            scale_abbreviation("bn", false).unwrap().1,
            Decimal::from(1_000_000_000u64)
        );
        assert_eq!(
            scale_abbreviation(" k", false).map(|r| r.1).ok(),
            Some(Decimal::from(1000))
        );
        assert!(scale_abbreviation(" k runners", false).is_err());
        assert_eq!(
            scale_abbreviation("k", false).unwrap().1,
            Decimal::from(1000)
        );
        assert!(scale_abbreviation("kids", false).is_err());
    }
}
