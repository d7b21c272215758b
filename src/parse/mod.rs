//! nom parsers for the pieces of a quantity. Each parser reads from the start of its input and
//! returns the rest, so the extractor can chain them at a candidate position.
//!
//! Shared conventions: parsers never skip leading text they do not understand; a parser that
//! matches a word checks the word ends there ([`at_word_end`]), so `mile` never matches `miles`
//! halfway and `k` never matches the start of `kids`.

use nom::IResult;

/// Spaces that may sit inside a figure: ASCII space, no-break space, narrow no-break space,
/// thin space. Newlines and tabs are not included: a figure never spans a line break.
pub(crate) fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// The ASCII bytes `char::is_whitespace` takes (with U+000B, which
/// `u8::is_ascii_whitespace` leaves out): for the byte-level trims of the hot paths.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Zero or more inline spaces.
pub(crate) fn space0(input: &str) -> IResult<&str, &str> {
    let rest = skip_spaces(input);
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// `input` after its leading inline spaces: [`space0`] without the parser's result type, for
/// the hot paths that only want the rest. The same as `trim_start_matches(is_inline_space)`,
/// with the usual case (no space, or ASCII spaces before an ASCII byte) inlined.
#[inline]
pub(crate) fn skip_spaces(input: &str) -> &str {
    let bytes = input.as_bytes();
    let mut end = 0;
    while bytes.get(end) == Some(&b' ') {
        end += 1;
    }
    // Only a non-ASCII char after the ASCII spaces can be another inline space.
    match bytes.get(end) {
        Some(&b) if b >= 0x80 => skip_other_spaces(input, end),
        _ => input.get(end..).unwrap_or(""),
    }
}

/// [`skip_spaces`] from `end`, where a non-ASCII char starts.
#[inline(never)]
fn skip_other_spaces(input: &str, end: usize) -> &str {
    input
        .get(end..)
        .map_or("", |rest| rest.trim_start_matches(is_inline_space))
}

/// One or more inline spaces.
pub(crate) fn space1(input: &str) -> IResult<&str, &str> {
    let (rest, spaces) = space0(input)?;
    if spaces.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Space,
        )));
    }
    Ok((rest, spaces))
}

/// `char::is_alphanumeric`, with the chars prose is full of answered without the Unicode
/// tables (a lookup there costs a few hundred instructions): ASCII, the Latin-1 signs
/// (`£`, `¥`, `°`, `§`; only the few listed are letters or digits), the Latin letters with
/// accents (`é`, `ł`, and Latin Extended Additional, all letters: Vietnamese `ễ`), the
/// General Punctuation block (curly quotes, dashes) and the Currency Symbols block (`€`,
/// `₹`), which hold no letter or digit.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x80..=0xBF => matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾'),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        0x2000..=0x206F | 0x20A0..=0x20CF => false,
        _ => c.is_alphanumeric(),
    }
}

/// True when `rest` does not continue a word: it is empty or starts with a char that is not
/// alphanumeric.
pub(crate) fn at_word_end(rest: &str) -> bool {
    match rest.as_bytes().first() {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => rest.chars().next().is_none_or(|c| !is_alphanumeric(c)),
    }
}

/// Matches `word` case-insensitively at the start of `input`, and only as a whole word.
pub(crate) fn word_no_case<'a>(
    word: &'static str,
) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |input: &'a str| {
        let n = word.len();
        match input.get(..n) {
            Some(head) if head.eq_ignore_ascii_case(word) && at_word_end(&input[n..]) => {
                Ok((&input[n..], head))
            }
            _ => Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Tag,
            ))),
        }
    }
}

/// The error every hand-written parser here returns on a mismatch.
pub(crate) fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Fail,
    )))
}

pub(crate) mod numeral;
pub(crate) mod runs;
pub(crate) mod time;
pub(crate) mod words;

#[cfg(test)]
mod tests {
    #[test]
    fn is_alphanumeric_agrees_with_std_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
