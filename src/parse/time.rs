//! Parsers for calendar expressions: month names, weekday names, dates and decades.
//!
//! All four are called at many word starts in prose, so each rejects on its first byte and on
//! the length of the first word before doing any real work. Nothing here allocates, and every
//! slice is taken at an ASCII position (or through `strip_prefix`), so no input can make them
//! panic.
//!
//! Choices worth knowing:
//! - `May` and `March` (any case but lowercase, which is never a month) count as months for
//!   [`month`] only when a day number or a year follows; lowercase `august` is never a month.
//! - Month abbreviations (`Jan`, `Sept.`) must be Capitalised; their `.` is consumed.
//! - A day is 1 to 31 whatever the month, so `February 30, 2025` parses (for a rule to flag).
//! - A year after a day or month is exactly four digits, 1000 to 2999. When what follows the
//!   day is not such a year (`Oct. 28, 20255`, `Oct. 28, 1,200 people`), the date is returned
//!   without a year and the rest starts at the `,`.
//! - A day that runs on into a number (`May 10,000`, `Oct. 28.5`) is not a day: `Err`.
//! - Numeric dates need a four-digit year (`10/28` and `9/11` are fractions or scores).
//! - Nothing after the date is consumed: no trailing space, comma or sentence-ending `.`.

use chrono::Weekday;
use nom::IResult;

use crate::parse::{at_word_end, fail, space0, space1, word_no_case};
use crate::quantity::PartialDate;

/// Full month names, lowercase, in calendar order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month abbreviations, lowercase (matched Capitalised only).
pub(crate) const MONTH_ABBREVS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Full weekday names, lowercase.
pub(crate) const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Weekday abbreviations, lowercase (matched Capitalised only). The flag marks the ones that
/// are also ordinary English words (`Wed`, `Sat`, `Sun`): without their `.` they are accepted
/// only directly before a date.
pub(crate) const WEEKDAY_ABBREVS: [(&str, Weekday, bool); 10] = [
    ("mon", Weekday::Mon, false),
    ("tue", Weekday::Tue, false),
    ("tues", Weekday::Tue, false),
    ("wed", Weekday::Wed, true),
    ("thu", Weekday::Thu, false),
    ("thur", Weekday::Thu, false),
    ("thurs", Weekday::Thu, false),
    ("fri", Weekday::Fri, false),
    ("sat", Weekday::Sat, true),
    ("sun", Weekday::Sun, true),
];

/// Letter case of an ASCII word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    /// `October`
    Capitalised,
    /// `OCTOBER`
    Upper,
    /// `october`
    Lower,
    /// Anything else (`OctOber`).
    Mixed,
}

/// `word` is ASCII letters, as [`ascii_word`] reads them.
fn case_of(word: &[u8]) -> Case {
    // A word of at most eight letters (nearly every name) as one integer: the bits that
    // lowercasing sets are its capitals.
    if let n @ 1..=8 = word.len() {
        let x = crate::tables::input_head(word);
        return case_of_packed(x, crate::tables::lowercase(x), n);
    }
    let Some((first, tail)) = word.split_first() else {
        return Case::Mixed;
    };
    if first.is_ascii_uppercase() {
        if tail.iter().all(u8::is_ascii_lowercase) {
            Case::Capitalised
        } else if tail.iter().all(u8::is_ascii_uppercase) {
            Case::Upper
        } else {
            Case::Mixed
        }
    } else if tail.iter().all(u8::is_ascii_lowercase) {
        Case::Lower
    } else {
        Case::Mixed
    }
}

/// [`case_of`] for a word of `n` (1..=8) ASCII letters packed into `x` (zeros after it),
/// `lower` being `x` lowercased: the bits that lowercasing sets are its capitals.
fn case_of_packed(x: u64, lower: u64, n: usize) -> Case {
    let all = 0x2020_2020_2020_2020 >> (64 - 8 * n);
    match lower ^ x {
        0 => Case::Lower,
        0x20 => Case::Capitalised,
        c if c == all => Case::Upper,
        _ => Case::Mixed,
    }
}

/// A month or weekday name as [`name_word`] reads it.
struct NameWord<'a> {
    word: &'a str,
    rest: &'a str,
    case: Case,
    /// The first eight bytes of `word` lowercased, packed little-endian, zeros after it.
    lower: u64,
}

impl NameWord<'_> {
    /// True when the word is `name` (lowercase ASCII) in any case, `key` being `name`
    /// packed as [`name_key`] packs it.
    fn is(&self, name: &str, key: u64) -> bool {
        self.word.len() == name.len()
            && if name.len() <= 8 {
                self.lower == key
            } else {
                self.word.eq_ignore_ascii_case(name)
            }
    }
}

/// [`ascii_word`] of 3 to 9 letters with its [`case_of`], read from eight bytes at once for
/// the month and weekday parsers: nearly every name fits in them.
fn name_word(input: &str) -> Option<NameWord<'_>> {
    let bytes = input.as_bytes();
    let head = crate::tables::input_head(bytes);
    let n = match crate::tables::leading_letters_in(head) {
        8 => super::runs::leading_letters(bytes),
        n => n,
    };
    if !(3..=9).contains(&n) {
        return None;
    }
    // `n` counts ASCII bytes, so it is a char boundary.
    let (word, rest) = input.split_at_checked(n)?;
    let ends = match rest.as_bytes().first() {
        // Not a letter, which would have been counted: a word end unless a digit.
        Some(&b) if b < 0x80 => !b.is_ascii_digit(),
        _ => at_word_end(rest),
    };
    if !ends {
        return None;
    }
    let x = if n < 8 {
        head & ((1 << (8 * n)) - 1)
    } else {
        head
    };
    let lower = crate::tables::lowercase(x);
    let case = if n <= 8 {
        case_of_packed(x, lower, n)
    } else {
        case_of(word.as_bytes())
    };
    Some(NameWord {
        word,
        rest,
        case,
        lower,
    })
}

/// The first eight bytes of `name` packed little-endian, zeros after a shorter name: how
/// [`NameWord::lower`] holds it.
const fn name_key(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut x = 0;
    let mut i = 0;
    while i < bytes.len() && i < 8 {
        x |= (bytes[i] as u64) << (8 * i);
        i += 1;
    }
    x
}

/// [`MONTHS`] packed by [`name_key`].
static MONTH_KEYS: [u64; 12] = {
    let mut keys = [0; 12];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = name_key(MONTHS[i]);
        i += 1;
    }
    keys
};

/// [`WEEKDAYS`] packed by [`name_key`].
static WEEKDAY_KEYS: [u64; 7] = {
    let mut keys = [0; 7];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = name_key(WEEKDAYS[i].0);
        i += 1;
    }
    keys
};

/// The leading run of ASCII letters, when it is a whole word of `min..=max` bytes.
/// Returns the word and the rest. The tests' reference for [`name_word`].
#[cfg(test)]
fn ascii_word(input: &str, min: usize, max: usize) -> Option<(&str, &str)> {
    let n = super::runs::leading_letters(input.as_bytes());
    if n < min || n > max {
        return None;
    }
    // `n` counts ASCII bytes, so it is a char boundary.
    let (word, rest) = input.split_at(n);
    at_word_end(rest).then_some((word, rest))
}

/// Leading ASCII digits, when there are `1..=max` of them: value, digit count, rest.
fn digit_run(input: &str, max: usize) -> Option<(u32, usize, &str)> {
    let bytes = input.as_bytes();
    let mut n = 0;
    let mut value: u32 = 0;
    while n < bytes.len() && bytes[n].is_ascii_digit() {
        n += 1;
        if n > max {
            return None;
        }
        value = value * 10 + u32::from(bytes[n - 1] - b'0');
    }
    if n == 0 {
        return None;
    }
    Some((value, n, &input[n..]))
}

/// True when `rest` starts with one of `seps` followed by an ASCII digit.
fn sep_then_digit(rest: &str, seps: &[u8]) -> bool {
    match rest.as_bytes() {
        [s, d, ..] => seps.contains(s) && d.is_ascii_digit(),
        _ => false,
    }
}

/// A four-digit year 1000..=2999 that ends there (not `2025a`, `2025.5`, `2025,000`).
fn year4(input: &str) -> Option<(i32, &str)> {
    let (value, n, rest) = digit_run(input, 4)?;
    if n != 4 || !(1000..=2999).contains(&value) {
        return None;
    }
    if !at_word_end(rest) || sep_then_digit(rest, b".,") {
        return None;
    }
    i32::try_from(value).ok().map(|y| (y, rest))
}

/// A day of the month 1..=31, one or two digits, with an optional ordinal suffix
/// (`st`/`nd`/`rd`/`th`, not checked against the number). Returns the day, the rest and
/// whether a suffix was written. A number that runs on (`10,000`, `28.5`) is not a day,
/// except for a `,` straight before a four-digit year (`Oct. 28,2025`).
fn day_num(input: &str) -> Option<(u32, &str, bool)> {
    let (day, _, rest) = digit_run(input, 2)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let (rest, suffixed) = match rest.get(..2) {
        Some(s)
            if ["st", "nd", "rd", "th"]
                .iter()
                .any(|suffix| s.eq_ignore_ascii_case(suffix)) =>
        {
            (&rest[2..], true)
        }
        _ => (rest, false),
    };
    if !at_word_end(rest) {
        return None;
    }
    if !suffixed && sep_then_digit(rest, b".,") {
        let year_follows = rest.strip_prefix(',').is_some_and(|r| year4(r).is_some());
        if !year_follows {
            return None;
        }
    }
    Some((day, rest, suffixed))
}

/// An optional year after a day or month: `, 2025`, `,2025` or ` 2025`. Without one the rest
/// is returned untouched.
fn year_after(input: &str) -> (Option<i32>, &str) {
    let attempt = match input.strip_prefix(',') {
        Some(r) => space0(r).ok().map(|(r, _)| r),
        None => space1(input).ok().map(|(r, _)| r),
    };
    match attempt.and_then(year4) {
        Some((year, rest)) => (Some(year), rest),
        None => (None, input),
    }
}

/// True when a scale word or `%` follows (`May 3 million`, `March 5%`): the number is a count.
fn scale_follows(rest: &str) -> bool {
    if let Ok((r, _)) = space0(rest) {
        if r.starts_with('%') {
            return true;
        }
    }
    let Ok((r, _)) = space1(rest) else {
        return false;
    };
    [
        "million", "billion", "trillion", "thousand", "hundred", "percent", "per",
    ]
    .iter()
    .any(|w| word_no_case(w)(r).is_ok())
}

/// True when `word` (ASCII letters, any case) is a month or weekday name or abbreviation:
/// one hash lookup.
pub(crate) fn is_date_word(word: &[u8]) -> bool {
    static WORDS: std::sync::OnceLock<crate::tables::WordIndex> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            crate::tables::WordIndex::new(
                MONTHS
                    .iter()
                    .copied()
                    .chain(MONTH_ABBREVS.iter().map(|(w, _)| *w))
                    .chain(WEEKDAYS.iter().map(|(w, _)| *w))
                    .chain(WEEKDAY_ABBREVS.iter().map(|(w, _, _)| *w)),
            )
        })
        .find(word)
        .is_some()
}

/// Month name or abbreviation: rest, month, and whether it is `May`/`March`, which need a
/// day or year after them to count as a month.
fn month_word(input: &str) -> Option<(&str, u32, bool)> {
    // Every month name and abbreviation starts with its month's three letters, and most
    // capitalised words start with no such three.
    let m = month_of_prefix(input.as_bytes())?;
    month_word_of(input, m)
}

/// [`month_word`] for `input`, whose first three letters start the names of month `m` (and
/// of no other): only that month's full name needs comparing.
fn month_word_of(input: &str, m: u32) -> Option<(&str, u32, bool)> {
    let w = name_word(input)?;
    if w.case == Case::Mixed {
        return None;
    }
    let k = (m as usize).wrapping_sub(1);
    let full = MONTHS
        .get(k)
        .zip(MONTH_KEYS.get(k))
        .is_some_and(|(name, &key)| w.is(name, key))
        .then_some(m);
    // No abbreviation has more than four letters.
    if full.is_none() && w.word.len() > 4 {
        return None;
    }
    month_reading(w.word, w.rest, w.case, full)
}

/// What a month word of `case` reads as, given `full`, the month whose full name it is (if
/// any): the full name (`march`, `may` and `august` only when not lowercase), else a
/// Capitalised abbreviation with its `.` consumed. Shared by [`month_word`] and its tests'
/// reference, which find `full` in two ways.
fn month_reading<'a>(
    word: &str,
    rest: &'a str,
    case: Case,
    full: Option<u32>,
) -> Option<(&'a str, u32, bool)> {
    if let Some(m) = full {
        if case == Case::Lower && matches!(m, 3 | 5 | 8) {
            return None;
        }
        return Some((rest, m, matches!(m, 3 | 5)));
    }
    if case != Case::Capitalised {
        return None;
    }
    let &(_, m) = MONTH_ABBREVS
        .iter()
        .find(|(a, _)| word.eq_ignore_ascii_case(a))?;
    Some((rest.strip_prefix('.').unwrap_or(rest), m, false))
}

/// One slot of [`NAME_PREFIXES`]: the first three letters of a month or weekday name,
/// lowercased and packed little-endian, and the month (1..=12), or 0 for a weekday.
#[derive(Clone, Copy)]
struct NamePrefix {
    key: u32,
    month: u8,
    /// For a weekday, its place in [`WEEKDAYS`].
    day: u8,
}

/// The multiplier of [`name_slot`]: picked so that the 19 month and weekday prefixes fall
/// into distinct slots (the table's construction asserts it).
const NAME_HASH: u32 = 0xF024_B4A8;

/// The slot (0..32) of a packed three-letter prefix.
const fn name_slot(key: u32) -> usize {
    (key.wrapping_mul(NAME_HASH) >> 27) as usize
}

/// The first three bytes of `word`, packed little-endian.
const fn prefix3(word: &[u8]) -> u32 {
    word[0] as u32 | (word[1] as u32) << 8 | (word[2] as u32) << 16
}

/// The month and weekday names by their first three letters, one slot each, built at
/// compile time: a word's first three bytes find the only name they can start with one
/// load and one compare. Empty slots hold key 0, which no input key is.
static NAME_PREFIXES: [NamePrefix; 32] = {
    let mut table = [NamePrefix {
        key: 0,
        month: 0,
        day: 0,
    }; 32];
    let mut i = 0;
    while i < MONTHS.len() {
        let key = prefix3(MONTHS[i].as_bytes());
        assert!(table[name_slot(key)].key == 0);
        table[name_slot(key)] = NamePrefix {
            key,
            month: i as u8 + 1,
            day: 0,
        };
        i += 1;
    }
    let mut i = 0;
    while i < WEEKDAYS.len() {
        let key = prefix3(WEEKDAYS[i].0.as_bytes());
        assert!(table[name_slot(key)].key == 0);
        table[name_slot(key)] = NamePrefix {
            key,
            month: 0,
            day: i as u8,
        };
        i += 1;
    }
    table
};

/// What the first three bytes of `input`, in any case, may start: a slot of month (1..=12)
/// for a month name or abbreviation ([`MONTHS`], [`MONTH_ABBREVS`]), of month 0 and its day
/// for a weekday name or abbreviation ([`WEEKDAYS`], [`WEEKDAY_ABBREVS`]), `None` for
/// neither. Every such name starts with its month's or weekday's three letters.
#[inline]
fn name_prefix(input: &[u8]) -> Option<NamePrefix> {
    let &[a, b, c, ..] = input else {
        return None;
    };
    // The case bit folds a capital onto its lowercase letter and no other byte onto a letter;
    // a folded byte is never 0, so no input key is an empty slot's.
    let key = u32::from_le_bytes([a | 0x20, b | 0x20, c | 0x20, 0]);
    let slot = NAME_PREFIXES.get(name_slot(key))?;
    (slot.key == key).then_some(*slot)
}

/// The month (1..=12) whose name starts with the first three bytes of `input`, in any case:
/// the only month a name or abbreviation there can be.
fn month_of_prefix(input: &[u8]) -> Option<u32> {
    name_prefix(input)
        .filter(|p| p.month != 0)
        .map(|p| u32::from(p.month))
}

/// True when a day number or a four-digit year follows after inline spaces.
// Standalone entry points for the fuzz targets; extraction goes through `date`.
#[cfg_attr(not(feature = "fuzzing"), allow(dead_code))]
fn day_or_year_follows(rest: &str) -> bool {
    let Ok((r, _)) = space1(rest) else {
        return false;
    };
    year4(r).is_some() || day_num(r).is_some()
}

/// A month name or abbreviation at the start of input: `January`..`December` (Capitalised,
/// ALL CAPS or lowercase) or a Capitalised abbreviation `Jan`, `Jan.`, `Sept.`, `Sep` ...
/// (the `.` is consumed). `May` and `March` are months only when a day number or a year
/// follows after spaces; lowercase `may`, `march` and `august` never are. Whole word only.
// Standalone entry points for the fuzz targets; extraction goes through `date`.
#[cfg_attr(not(feature = "fuzzing"), allow(dead_code))]
pub(crate) fn month(input: &str) -> IResult<&str, u32> {
    match month_word(input) {
        Some((rest, m, needs_number)) if !needs_number || day_or_year_follows(rest) => {
            Ok((rest, m))
        }
        _ => fail(input),
    }
}

/// Weekday name or abbreviation. With `before_date`, `Wed`, `Sat` and `Sun` are accepted
/// without their `.`.
fn weekday_word(input: &str, before_date: bool) -> Option<(&str, Weekday)> {
    let name = name_prefix(input.as_bytes()).filter(|p| p.month == 0)?;
    weekday_word_of(input, usize::from(name.day), before_date)
}

/// [`weekday_word`] for `input`, whose first three letters start the names of the weekday
/// at `day` in [`WEEKDAYS`] (and of no other): only that full name needs comparing.
fn weekday_word_of(input: &str, day: usize, before_date: bool) -> Option<(&str, Weekday)> {
    let w = name_word(input)?;
    if w.case == Case::Mixed {
        return None;
    }
    let &(name, wd) = WEEKDAYS.get(day)?;
    if WEEKDAY_KEYS.get(day).is_some_and(|&key| w.is(name, key)) {
        return Some((w.rest, wd));
    }
    // No abbreviation has more than five letters.
    if w.case != Case::Capitalised || w.word.len() > 5 {
        return None;
    }
    weekday_abbreviation(w.word, w.rest, before_date)
}

/// [`weekday_word`] without its three-letter gate: a search of both tables (the tests hold
/// the gate to it).
#[cfg(test)]
fn weekday_lookup(input: &str, before_date: bool) -> Option<(&str, Weekday)> {
    let (word, rest) = ascii_word(input, 3, 9)?;
    let case = case_of(word.as_bytes());
    if case == Case::Mixed {
        return None;
    }
    if let Some(&(_, wd)) = WEEKDAYS.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)) {
        return Some((rest, wd));
    }
    if case != Case::Capitalised {
        return None;
    }
    weekday_abbreviation(word, rest, before_date)
}

/// The weekday of a Capitalised abbreviation, its `.` consumed. Shared by
/// [`weekday_word_of`] and [`weekday_lookup`].
fn weekday_abbreviation<'a>(
    word: &str,
    rest: &'a str,
    before_date: bool,
) -> Option<(&'a str, Weekday)> {
    let &(_, wd, is_word) = WEEKDAY_ABBREVS
        .iter()
        .find(|(a, _, _)| word.eq_ignore_ascii_case(a))?;
    match rest.strip_prefix('.') {
        Some(r) => Some((r, wd)),
        None if !is_word || before_date => Some((rest, wd)),
        None => None,
    }
}

/// A weekday name at the start: `Monday`..`Sunday` (Capitalised, ALL CAPS or lowercase), or a
/// Capitalised abbreviation `Mon.`, `Tue.`, `Tues.`, `Wed.`, `Thu.`, `Thur.`, `Thurs.`,
/// `Fri.`, `Sat.`, `Sun.` (the `.` is consumed). Without the `.`, `Mon`, `Tue`, `Thu`, `Fri`
/// are accepted but `Wed`, `Sat`, `Sun` are not (English words). Whole word only:
/// `Mondays` is `Err`, `Monday's` gives `Monday` and rest `'s`.
// Standalone entry points for the fuzz targets; extraction goes through `date`.
#[cfg_attr(not(feature = "fuzzing"), allow(dead_code))]
pub(crate) fn weekday(input: &str) -> IResult<&str, Weekday> {
    match weekday_word(input, false) {
        Some((rest, wd)) => Ok((rest, wd)),
        None => fail(input),
    }
}

fn ymd(year: Option<i32>, month: u32, day: Option<u32>) -> PartialDate {
    PartialDate {
        year,
        month,
        day,
        weekday: None,
    }
}

/// `October 28, 2025`, `Oct. 28`, `October 28th 2025`, `October 2025`, `October of 2025`.
fn month_first(input: &str) -> Option<(&str, PartialDate)> {
    month_first_of(input, month_of_prefix(input.as_bytes())?)
}

/// [`month_first`] for `input`, whose first three letters start the names of month `m`.
fn month_first_of(input: &str, m: u32) -> Option<(&str, PartialDate)> {
    // The May/March check of `month` is implied: a day or year must follow here anyway.
    let (rest, m, _) = month_word_of(input, m)?;
    let (after, _) = space1(rest).ok()?;
    if let Some((year, r)) = year4(after) {
        return Some((r, ymd(Some(year), m, None)));
    }
    if let Ok((r, _)) = word_no_case("of")(after) {
        let (r, _) = space1(r).ok()?;
        let (year, r) = year4(r)?;
        return Some((r, ymd(Some(year), m, None)));
    }
    let (day, r, _) = day_num(after)?;
    if scale_follows(r) {
        return None;
    }
    let (year, r) = year_after(r);
    Some((r, ymd(year, m, Some(day))))
}

/// `28 October 2025`, `28 Oct. 2025`, `28 October`, `1st of May 2024`, `28th October, 2025`.
fn day_first(input: &str) -> Option<(&str, PartialDate)> {
    let (day, rest, suffixed) = day_num(input)?;
    let (mut r, _) = space1(rest).ok()?;
    if suffixed {
        if let Ok((after_of, _)) = word_no_case("of")(r) {
            r = space1(after_of).ok()?.0;
        }
    }
    let (r, m, _) = month_word(r)?;
    let (year, r) = year_after(r);
    Some((r, ymd(year, m, Some(day))))
}

/// What may follow a numeric date: not a letter or digit, not another `-`/`/`/`.` and digit.
/// An ISO date may run into a time (`2025-10-28T14:00`).
fn numeric_end_ok(rest: &str, iso: bool) -> bool {
    if iso && sep_then_digit(rest, b"T") {
        return true;
    }
    at_word_end(rest) && !sep_then_digit(rest, b"-/.")
}

/// `2025-10-28`, `2025/10/28`, `10/28/2025`, `5/17/2018`, `28/10/2025`, `10-28-2025`.
fn numeric(input: &str) -> Option<(&str, PartialDate)> {
    let (a, na, rest) = digit_run(input, 4)?;
    let &sep = rest.as_bytes().first()?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    let rest = &rest[1..];
    let (b, _, rest) = digit_run(rest, 2)?;
    let rest = rest.strip_prefix(char::from(sep))?;
    if na == 4 {
        let (c, _, rest) = digit_run(rest, 2)?;
        let ok = a >= 1 && (1..=12).contains(&b) && (1..=31).contains(&c);
        if !ok || !numeric_end_ok(rest, true) {
            return None;
        }
        let year = i32::try_from(a).ok()?;
        return Some((rest, ymd(Some(year), b, Some(c))));
    }
    if na > 2 {
        return None;
    }
    let (c, nc, rest) = digit_run(rest, 4)?;
    if nc != 4 || !(1000..=2999).contains(&c) || !numeric_end_ok(rest, false) {
        return None;
    }
    let year = i32::try_from(c).ok()?;
    let (month, day) = if (1..=12).contains(&a) && (1..=31).contains(&b) {
        (a, b)
    } else if (13..=31).contains(&a) && (1..=12).contains(&b) {
        (b, a)
    } else {
        return None;
    };
    Some((rest, ymd(Some(year), month, Some(day))))
}

/// A date that starts with a digit: numeric or day first. Called at every digit of the
/// text, and almost always fails (`45 people`, `3.5%`), so [`digit_may_start_date`] rules
/// out most positions by looking at a few bytes before the parsers run.
fn digit_date(input: &str) -> Option<(&str, PartialDate)> {
    if !digit_may_start_date(input.as_bytes()) {
        return None;
    }
    numeric_or_day_first(input)
}

/// The parsers behind [`digit_date`]'s gate. Kept out of line so that the common rejection
/// does not pay for saving the registers these need.
#[inline(never)]
fn numeric_or_day_first(input: &str) -> Option<(&str, PartialDate)> {
    numeric(input).or_else(|| day_first(input))
}

/// False when neither [`numeric`] nor [`day_first`] can match at `input` (which starts with
/// a digit); true means "maybe". What it checks, after the run of digits:
/// - [`numeric`]: at most four digits, then `-` or `/`.
/// - [`day_first`]: at most two digits ([`day_num`]), an optional two-letter suffix
///   (`st`/`nd`/`rd`/`th`, any case), inline spaces ([`space1`]), then the first two letters
///   of a month name or abbreviation ([`month_word`] reads at least three ASCII letters), or
///   `of` (`1st of May`). A non-ASCII byte where a space or letter is needed may be a
///   non-ASCII inline space, so it lets the parsers decide.
#[inline(always)]
fn digit_may_start_date(input: &[u8]) -> bool {
    // Eight bytes at once where the text has them: the digits and the byte after them.
    let (digits, next) = match input.first_chunk::<8>() {
        Some(chunk) => {
            let x = u64::from_le_bytes(*chunk);
            let digits = super::runs::leading_digits_in(x);
            // Five digits or more start neither form (and eight leave no byte here).
            if digits > 4 {
                return false;
            }
            let after = x >> (8 * digits);
            let [next, a, b, ..] = after.to_le_bytes();
            // The usual day-first shape, one space then an ASCII byte (`5 people`), read
            // from the same eight bytes: what `day_first_may_follow` would find there.
            if digits <= 2 && next == b' ' && a != b' ' && a < 0x80 {
                return may_start_month_or_of(a, b);
            }
            (digits, next)
        }
        None => {
            let digits = super::runs::leading_digits(input);
            let Some(&next) = input.get(digits) else {
                return false;
            };
            (digits, next)
        }
    };
    if next == b'-' || next == b'/' {
        return digits <= 4;
    }
    // Most numbers run into a point, a comma, a `%` or a third digit: neither form goes on
    // from those. A suffix starts with `s`, `n`, `r` or `t` (the case bit folds only their
    // capitals onto them).
    digits <= 2
        && (next == b' ' || next >= 0x80 || matches!(next | 0x20, b's' | b'n' | b'r' | b't'))
        && day_first_may_follow(input.get(digits..).unwrap_or_default())
}

/// [`digit_may_start_date`] after a run of one or two digits, for [`day_first`].
fn day_first_may_follow(rest: &[u8]) -> bool {
    let rest = match rest {
        [a, b, tail @ ..] if is_ordinal_suffix(*a, *b) => tail,
        _ => rest,
    };
    let spaces = rest.iter().take_while(|&&b| b == b' ').count();
    match rest.get(spaces..).unwrap_or_default() {
        [b, ..] if *b >= 0x80 => true,
        [a, b, ..] if spaces > 0 => may_start_month_or_of(*a, *b),
        _ => false,
    }
}

/// `st`, `nd`, `rd` or `th` in any case: the suffixes [`day_num`] accepts.
fn is_ordinal_suffix(a: u8, b: u8) -> bool {
    matches!(
        fold_pair(a, b),
        [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
    )
}

/// True when `a`, `b` (any case) begin a month name or abbreviation ([`MONTHS`],
/// [`MONTH_ABBREVS`]) or the word `of`.
fn may_start_month_or_of(a: u8, b: u8) -> bool {
    matches!(
        fold_pair(a, b),
        [b'j', b'a' | b'u']
            | [b'f', b'e']
            | [b'm', b'a']
            | [b'a', b'p' | b'u']
            | [b's', b'e']
            | [b'o', b'c' | b'f']
            | [b'n', b'o']
            | [b'd', b'e']
    )
}

/// Two bytes with the ASCII case bit set, for comparing with lowercase letters only: a byte
/// becomes the lowercase letter `x` exactly when it is `x` or its capital, so this is a
/// case-insensitive comparison without the range checks of `to_ascii_lowercase`.
fn fold_pair(a: u8, b: u8) -> [u8; 2] {
    [a | 0x20, b | 0x20]
}

/// Any date form except a weekday prefix.
fn bare_date(input: &str) -> Option<(&str, PartialDate)> {
    let &first = input.as_bytes().first()?;
    if first.is_ascii_digit() {
        digit_date(input)
    } else {
        month_first(input)
    }
}

/// A calendar date at the start of input. Forms:
/// `Oct. 28, 2025`, `October 28, 2025`, `October 28 2025`, `Oct 28`, `October 28`,
/// `October 28th, 2025`, `28 October 2025`, `28 Oct. 2025`, `28 October`, `1st of May 2024`,
/// `October 2025`, `October of 2025`, `2025-10-28`, `2025/10/28`, `10/28/2025`, `5/17/2018`,
/// `28/10/2025` (day first when the first number is over 12), `10-28-2025`; any of them after
/// a weekday and an optional comma (`Tuesday, Oct. 29, 2025`, `Wednesday 29 October 2025`).
///
/// Days 1..=31 whatever the month; years four digits (1000..=2999, ISO 0001..=9999). When
/// what follows the day is not a valid year (`Oct. 28, 20255`) the date has no year and the
/// rest starts at the `,`. Never consumes trailing spaces or punctuation.
#[inline]
pub(crate) fn date(input: &str) -> IResult<&str, PartialDate> {
    let Some(&first) = input.as_bytes().first() else {
        return fail(input);
    };
    // The gates run here, inline in the caller: most digits and most capitalised words
    // start no date, and turning them away costs no call.
    let found = if first.is_ascii_digit() {
        if !digit_may_start_date(input.as_bytes()) {
            return fail(input);
        }
        numeric_or_day_first(input)
    } else if first.is_ascii_alphabetic() {
        let Some(name) = name_prefix(input.as_bytes()) else {
            return fail(input);
        };
        named_date(input, name)
    } else {
        None
    };
    match found {
        Some((rest, d)) => Ok((rest, d)),
        None => fail(input),
    }
}

/// A date that starts with a month or weekday name: [`date`] past its gate, which found
/// `name` at the start of `input`. A month's names start no weekday's, and the other way
/// round, so only one of the two forms is read.
#[inline(never)]
fn named_date(input: &str, name: NamePrefix) -> Option<(&str, PartialDate)> {
    if name.month != 0 {
        return month_first_of(input, u32::from(name.month));
    }
    let (rest, wd) = weekday_word_of(input, usize::from(name.day), true)?;
    after_weekday(rest, wd)
}

/// A date that starts with a month or weekday name, read without [`date`]'s gate (the
/// tests' reference for it).
#[cfg(test)]
fn word_date(input: &str) -> Option<(&str, PartialDate)> {
    month_first(input).or_else(|| {
        let (rest, wd) = weekday_lookup(input, true)?;
        after_weekday(rest, wd)
    })
}

/// The date after a weekday (read up to `rest`) and an optional comma.
fn after_weekday(rest: &str, wd: Weekday) -> Option<(&str, PartialDate)> {
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let (rest, _) = space1(rest).ok()?;
    let (rest, d) = bare_date(rest)?;
    Some((
        rest,
        PartialDate {
            weekday: Some(wd),
            ..d
        },
    ))
}

/// False when [`read_decade`] cannot match at `input`: a digit must start a run of two or
/// four digits followed by `s`, `'` or the first byte of `’`. Anything else (an apostrophe
/// first) is "maybe". A few instructions, so most numbers skip the parser's call.
fn may_start_decade(input: &[u8]) -> bool {
    if !input.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let digits = super::runs::leading_digits(input);
    matches!(digits, 2 | 4) && matches!(input.get(digits), Some(b's' | b'\'' | 0xE2))
}

/// A decade at the start: `1970s`, `1970's`, `'80s`, `’80s` (also `‘80s`), `80s`. Two-digit
/// decades 20..=90 are 19xx, 00 and 10 are 20xx. Returns the first year. The year must end in
/// 0; `1000s` is `Err` (it means "thousands"). The `s` must end the word. A leading `the` is
/// the caller's business.
#[inline]
pub(crate) fn decade(input: &str) -> IResult<&str, i32> {
    if !may_start_decade(input.as_bytes()) {
        return fail(input);
    }
    read_decade(input)
}

/// The parser behind [`decade`]'s gate, kept out of line so that the common rejection does
/// not pay for it.
#[inline(never)]
fn read_decade(input: &str) -> IResult<&str, i32> {
    let Some(&first) = input.as_bytes().first() else {
        return fail(input);
    };
    if !first.is_ascii_digit() && first != b'\'' && first != 0xE2 {
        return fail(input);
    }
    let (apostrophe, rest) = match input
        .strip_prefix('\'')
        .or_else(|| input.strip_prefix('\u{2019}'))
        .or_else(|| input.strip_prefix('\u{2018}'))
    {
        Some(r) => (true, r),
        None => (false, input),
    };
    let Some((value, n, rest)) = digit_run(rest, 4) else {
        return fail(input);
    };
    let year = match n {
        4 if !apostrophe && value % 10 == 0 && (1010..=2990).contains(&value) => value,
        2 if value % 10 == 0 => {
            if value >= 20 {
                1900 + value
            } else {
                2000 + value
            }
        }
        _ => return fail(input),
    };
    let Some(rest) = rest
        .strip_prefix('s')
        .or_else(|| rest.strip_prefix("'s"))
        .or_else(|| rest.strip_prefix("\u{2019}s"))
    else {
        return fail(input);
    };
    if !at_word_end(rest) {
        return fail(input);
    }
    match i32::try_from(year) {
        Ok(y) => Ok((rest, y)),
        Err(_) => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`month_word`] as a search of the full names, without the three-letter gate.
    fn month_word_reference(input: &str) -> Option<(&str, u32, bool)> {
        let (word, rest) = ascii_word(input, 3, 9)?;
        let case = case_of(word.as_bytes());
        if case == Case::Mixed {
            return None;
        }
        let full = MONTHS
            .iter()
            .position(|m| word.eq_ignore_ascii_case(m))
            .map(|i| i as u32 + 1);
        month_reading(word, rest, case, full)
    }

    proptest! {
        /// The word gate of [`date`] turns away only what [`word_date`] would.
        #[test]
        fn word_gate_of_date_is_exact(
            s in "(Jan|JUN|Sep|Mar|Wed|THU|Sun|Tue|Mon|Fri|Sat|[A-Za-z]{0,3})[a-z.]{0,7}(,? [0-9]{1,4})?(,? [0-9]{4})?"
        ) {
            let ungated = word_date(&s);
            let gated = date(&s).ok();
            prop_assert_eq!(gated, ungated, "{:?}", s);
        }
    }

    /// [`case_of`] byte by byte.
    fn case_of_reference(word: &[u8]) -> Case {
        let Some((first, tail)) = word.split_first() else {
            return Case::Mixed;
        };
        let lower = tail.iter().all(u8::is_ascii_lowercase);
        let upper = tail.iter().all(u8::is_ascii_uppercase);
        match (first.is_ascii_uppercase(), lower, upper) {
            (true, true, _) => Case::Capitalised,
            (true, false, true) => Case::Upper,
            (false, true, _) => Case::Lower,
            _ => Case::Mixed,
        }
    }

    proptest! {
        #[test]
        fn case_of_agrees_with_a_byte_loop(word in "[a-zA-Z]{0,12}") {
            prop_assert!(case_of(word.as_bytes()) == case_of_reference(word.as_bytes()), "{:?}", word);
        }
    }

    proptest! {
        /// [`name_word`] reads what [`ascii_word`] and [`case_of`] read, and its packed
        /// lowercase word is the word's.
        #[test]
        fn name_word_agrees_with_ascii_word(s in "[a-zA-Z]{0,10}[ .,5é]?[a-z]{0,3}") {
            let reference = ascii_word(&s, 3, 9)
                .map(|(word, rest)| (word, rest, case_of(word.as_bytes())));
            let read = name_word(&s).map(|w| (w.word, w.rest, w.case));
            prop_assert!(read == reference, "{:?}", s);
            if let Some(w) = name_word(&s) {
                let lower = w.word.to_ascii_lowercase();
                prop_assert_eq!(w.lower, name_key(&lower));
                for (name, key) in MONTHS.iter().zip(MONTH_KEYS) {
                    prop_assert_eq!(w.is(name, key), w.word.eq_ignore_ascii_case(name));
                }
            }
        }

        /// The one-space shortcut of [`digit_may_start_date`] answers as
        /// [`day_first_may_follow`] does.
        #[test]
        fn digit_gate_shortcut_agrees(s in "[0-9]{1,2} [ -~é\u{a0}]{0,6}") {
            let digits = super::super::runs::leading_digits(s.as_bytes());
            let rest = &s.as_bytes()[digits..];
            prop_assert_eq!(digit_may_start_date(s.as_bytes()), day_first_may_follow(rest), "{:?}", s);
        }
    }

    #[test]
    fn name_gates_agree_with_the_tables_on_every_name() {
        let names = MONTHS
            .iter()
            .copied()
            .chain(MONTH_ABBREVS.iter().map(|(w, _)| *w))
            .chain(WEEKDAYS.iter().map(|(w, _)| *w))
            .chain(WEEKDAY_ABBREVS.iter().map(|(w, _, _)| *w));
        for name in names {
            let upper = name.to_ascii_uppercase();
            let capital = format!("{}{}", &upper[..1], &name[1..]);
            let mixed = format!("{}{}", &name[..1], &upper[1..]);
            for word in [name.to_string(), upper, capital, mixed] {
                for tail in ["", ". 5", " 28, 2025", "s", "5", "é", "\u{2019}s"] {
                    let input = format!("{word}{tail}");
                    assert_eq!(month_word(&input), month_word_reference(&input), "{input}");
                    for before_date in [false, true] {
                        assert_eq!(
                            weekday_word(&input, before_date),
                            weekday_lookup(&input, before_date),
                            "{input}"
                        );
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn name_gates_agree_with_the_tables(
            s in "(Jan|JUN|Sep|Mar|Wed|THU|Sun|Tue|[A-Za-z]{0,3})[a-zA-Z]{0,7}[. 5é]?",
            before_date: bool,
        ) {
            prop_assert_eq!(month_word(&s), month_word_reference(&s));
            prop_assert_eq!(weekday_word(&s, before_date), weekday_lookup(&s, before_date));
        }
    }

    proptest! {
        /// The gate lets every decade through.
        #[test]
        fn decade_gate_is_exact(s in "['’‘]?[0-9]{1,6}('|’)?s?[a-z ]?") {
            if read_decade(&s).is_ok() {
                prop_assert!(may_start_decade(s.as_bytes()), "{:?}", s);
            }
            prop_assert_eq!(decade(&s), read_decade(&s));
        }
    }

    #[test]
    fn decade_gate_passes_decades() {
        for s in ["1970s", "1970's", "1970’s", "'80s", "’80s", "80s", "2000s"] {
            assert!(may_start_decade(s.as_bytes()) && decade(s).is_ok(), "{s}");
        }
        for s in ["45 people", "2025,", "1.37", "19705s", "7s"] {
            assert!(!may_start_decade(s.as_bytes()), "{s}");
        }
    }

    fn pd(
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        weekday: Option<Weekday>,
    ) -> PartialDate {
        PartialDate {
            year,
            month,
            day,
            weekday,
        }
    }

    fn ok_date(input: &str, rest: &str, expected: PartialDate) {
        assert_eq!(date(input), Ok((rest, expected)), "input {input:?}");
    }

    fn no_date(input: &str) {
        assert!(
            date(input).is_err(),
            "expected Err for {input:?}, got {:?}",
            date(input)
        );
    }

    #[test]
    fn month_full_names_and_case() {
        assert_eq!(month("January"), Ok(("", 1)));
        assert_eq!(month("JANUARY 5"), Ok((" 5", 1)));
        assert_eq!(month("january"), Ok(("", 1)));
        assert_eq!(month("December, the"), Ok((", the", 12)));
        assert_eq!(month("September."), Ok((".", 9)));
        assert_eq!(month("August"), Ok(("", 8)));
        assert!(month("august").is_err());
        assert!(month("JaNuary").is_err());
        assert!(month("Januaryx").is_err());
        assert!(month("Junes").is_err());
        assert!(month("Juneé").is_err());
        assert!(month("").is_err());
        assert!(month("1 January").is_err());
    }

    #[test]
    fn month_abbreviations() {
        assert_eq!(month("Jan"), Ok(("", 1)));
        assert_eq!(month("Jan. 5"), Ok((" 5", 1)));
        assert_eq!(month("Feb."), Ok(("", 2)));
        assert_eq!(month("Sept. 3"), Ok((" 3", 9)));
        assert_eq!(month("Sep 3"), Ok((" 3", 9)));
        assert_eq!(month("Dec"), Ok(("", 12)));
        assert!(month("JAN").is_err());
        assert!(month("jan").is_err());
        assert!(month("Janx").is_err());
        assert!(month("Septe").is_err());
    }

    #[test]
    fn may_and_march_need_a_number() {
        assert_eq!(month("May 5"), Ok((" 5", 5)));
        assert_eq!(month("May 2024"), Ok((" 2024", 5)));
        assert_eq!(month("March 4, 2024"), Ok((" 4, 2024", 3)));
        assert_eq!(month("MAY 1"), Ok((" 1", 5)));
        assert!(month("May I").is_err());
        assert!(month("May").is_err());
        assert!(month("May 10,000 people").is_err());
        assert!(month("March on").is_err());
        assert!(month("march 4").is_err());
        assert!(month("may 5").is_err());
        assert!(month("May 32").is_err());
        assert!(month("May 123").is_err());
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday("Monday"), Ok(("", Weekday::Mon)));
        assert_eq!(
            weekday("Monday's meeting"),
            Ok(("'s meeting", Weekday::Mon))
        );
        assert_eq!(weekday("TUESDAY,"), Ok((",", Weekday::Tue)));
        assert_eq!(weekday("sunday"), Ok(("", Weekday::Sun)));
        assert_eq!(weekday("Mon"), Ok(("", Weekday::Mon)));
        assert_eq!(weekday("Mon. "), Ok((" ", Weekday::Mon)));
        assert_eq!(weekday("Tue."), Ok(("", Weekday::Tue)));
        assert_eq!(weekday("Tues."), Ok(("", Weekday::Tue)));
        assert_eq!(weekday("Wed."), Ok(("", Weekday::Wed)));
        assert_eq!(weekday("Thu."), Ok(("", Weekday::Thu)));
        assert_eq!(weekday("Thur."), Ok(("", Weekday::Thu)));
        assert_eq!(weekday("Thurs."), Ok(("", Weekday::Thu)));
        assert_eq!(weekday("Fri."), Ok(("", Weekday::Fri)));
        assert_eq!(weekday("Sat."), Ok(("", Weekday::Sat)));
        assert_eq!(weekday("Sun."), Ok(("", Weekday::Sun)));
        assert!(weekday("Sun").is_err());
        assert!(weekday("Sat on").is_err());
        assert!(weekday("Wed").is_err());
        assert!(weekday("Mondays").is_err());
        assert!(weekday("mon.").is_err());
        assert!(weekday("MON.").is_err());
        assert!(weekday("MonDay").is_err());
        assert!(weekday("Month").is_err());
    }

    #[test]
    fn month_first_dates() {
        ok_date("Oct. 28, 2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("October 28, 2025.", ".", pd(Some(2025), 10, Some(28), None));
        ok_date(
            "October 28 2025 and",
            " and",
            pd(Some(2025), 10, Some(28), None),
        );
        ok_date("Oct 28", "", pd(None, 10, Some(28), None));
        ok_date("October 28, the", ", the", pd(None, 10, Some(28), None));
        ok_date("October 28th, 2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("Oct. 28,2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("October 2025.", ".", pd(Some(2025), 10, None, None));
        ok_date("October of 2025", "", pd(Some(2025), 10, None, None));
        ok_date("May 5", "", pd(None, 5, Some(5), None));
        ok_date("Sept. 1st", "", pd(None, 9, Some(1), None));
        ok_date("JANUARY 6, 2021", "", pd(Some(2021), 1, Some(6), None));
        ok_date(
            "October\u{a0}28,\u{a0}2025",
            "",
            pd(Some(2025), 10, Some(28), None),
        );
        ok_date("October 08, 2025", "", pd(Some(2025), 10, Some(8), None));
    }

    #[test]
    fn day_first_dates() {
        ok_date("28 October 2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("28 Oct. 2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("28 October", "", pd(None, 10, Some(28), None));
        ok_date("28 October.", ".", pd(None, 10, Some(28), None));
        ok_date("28 October, 2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("1st of May 2024", "", pd(Some(2024), 5, Some(1), None));
        ok_date("28th of October", "", pd(None, 10, Some(28), None));
        ok_date("28th October 2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("12 May, when", ", when", pd(None, 5, Some(12), None));
        no_date("28 may 2025");
        no_date("5 of May");
        no_date("28 Octobers");
    }

    #[test]
    fn numeric_dates() {
        ok_date("2025-10-28", "", pd(Some(2025), 10, Some(28), None));
        ok_date("2025/10/28.", ".", pd(Some(2025), 10, Some(28), None));
        ok_date(
            "2025-10-28T14:00",
            "T14:00",
            pd(Some(2025), 10, Some(28), None),
        );
        ok_date("10/28/2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("5/17/2018,", ",", pd(Some(2018), 5, Some(17), None));
        ok_date("28/10/2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("10-28-2025", "", pd(Some(2025), 10, Some(28), None));
        ok_date("1/2/2025", "", pd(Some(2025), 1, Some(2), None));
        no_date("10/28");
        no_date("9/11");
        no_date("24/7");
        no_date("3/4");
        no_date("2.0.1");
        no_date("2025-13-01");
        no_date("2025-10-32");
        no_date("2025-00-10");
        no_date("10/28/25");
        no_date("10/28/20255");
        no_date("28/13/2025");
        no_date("10/28-2025");
        no_date("2025-10-28-1");
        no_date("2025-10-281");
        no_date("12345-10-28");
    }

    #[test]
    fn weekday_prefixes() {
        let tue = Some(Weekday::Tue);
        ok_date(
            "Tuesday, Oct. 29, 2025",
            "",
            pd(Some(2025), 10, Some(29), tue),
        );
        ok_date("Tuesday Oct. 29", "", pd(None, 10, Some(29), tue));
        ok_date("Tue. Oct. 29.", ".", pd(None, 10, Some(29), tue));
        ok_date(
            "Friday, March 4, 2024",
            "",
            pd(Some(2024), 3, Some(4), Some(Weekday::Fri)),
        );
        ok_date(
            "Wednesday 29 October 2025",
            "",
            pd(Some(2025), 10, Some(29), Some(Weekday::Wed)),
        );
        ok_date(
            "Sun, 5/17/2018",
            "",
            pd(Some(2018), 5, Some(17), Some(Weekday::Sun)),
        );
        ok_date(
            "Monday, 2025-10-27",
            "",
            pd(Some(2025), 10, Some(27), Some(Weekday::Mon)),
        );
        no_date("Monday's meeting");
        no_date("Monday");
        no_date("Mon");
        no_date("Monday, and");
        no_date("Monday,Oct. 27");
        no_date("Monday\nOct. 27");
    }

    #[test]
    fn impossible_but_parseable() {
        ok_date("February 30, 2025", "", pd(Some(2025), 2, Some(30), None));
        ok_date("31 April 2026", "", pd(Some(2026), 4, Some(31), None));
        ok_date("2025-02-30", "", pd(Some(2025), 2, Some(30), None));
        let (_, d) = date("February 30, 2025").unwrap();
        assert_eq!(d.to_naive(), None);
    }

    #[test]
    fn negatives() {
        no_date("May I");
        no_date("march on");
        no_date("March on");
        no_date("Oct. 32, 2025");
        no_date("Oct. 0, 2025");
        no_date("May 10,000 people");
        no_date("March 2,000 protesters");
        no_date("Oct. 28.5");
        no_date("May 3 million");
        no_date("March 5%");
        no_date("October");
        no_date("Oct.");
        no_date("October 123");
        no_date("Octo 28");
        no_date("the 28 October");
        no_date(" October 28");
        no_date("");
        no_date("28");
        no_date("28 people");
        no_date("August"); // no day or year
        no_date("august 5");
    }

    #[test]
    fn year_that_runs_on_is_left_out() {
        ok_date("Oct. 28, 20255", ", 20255", pd(None, 10, Some(28), None));
        ok_date(
            "Oct. 28, 1,200 people",
            ", 1,200 people",
            pd(None, 10, Some(28), None),
        );
        ok_date("Oct. 28 2025.5", " 2025.5", pd(None, 10, Some(28), None));
        ok_date("Oct. 28, 3025", ", 3025", pd(None, 10, Some(28), None));
        no_date("October 2025s");
    }

    #[test]
    fn decades() {
        assert_eq!(decade("1970s"), Ok(("", 1970)));
        assert_eq!(decade("1970s,"), Ok((",", 1970)));
        assert_eq!(decade("1970's"), Ok(("", 1970)));
        assert_eq!(decade("1970\u{2019}s"), Ok(("", 1970)));
        assert_eq!(decade("'80s"), Ok(("", 1980)));
        assert_eq!(decade("\u{2019}80s music"), Ok((" music", 1980)));
        assert_eq!(decade("\u{2018}90s"), Ok(("", 1990)));
        assert_eq!(decade("80s"), Ok(("", 1980)));
        assert_eq!(decade("20s"), Ok(("", 1920)));
        assert_eq!(decade("00s"), Ok(("", 2000)));
        assert_eq!(decade("'10s"), Ok(("", 2010)));
        assert_eq!(decade("2000s-era"), Ok(("-era", 2000)));
        assert!(decade("1975s").is_err());
        assert!(decade("1970").is_err());
        assert!(decade("1970sx").is_err());
        assert!(decade("19700s").is_err());
        assert!(decade("1000s").is_err());
        assert!(decade("'1980s").is_err());
        assert!(decade("85s").is_err());
        assert!(decade("the 1970s").is_err());
        assert!(decade("800s").is_err());
        assert!(decade("'").is_err());
        assert!(decade("\u{2019}").is_err());
        assert!(decade("\u{2014}").is_err());
    }

    /// The digit branch of [`date`] without the [`digit_may_start_date`] gate.
    fn digit_date_ungated(input: &str) -> Option<(&str, PartialDate)> {
        numeric(input).or_else(|| day_first(input))
    }

    /// The gate never changes the answer at `input`, and lets every date through.
    #[track_caller]
    fn assert_gate_exact(input: &str) {
        let ungated = digit_date_ungated(input);
        if ungated.is_some() {
            assert!(digit_may_start_date(input.as_bytes()), "{input:?}");
        }
        assert_eq!(digit_date(input), ungated, "{input:?}");
    }

    /// Every input of the date tests above, and more near-dates.
    const DATE_STRINGS: &[&str] = &[
        "Oct. 28, 2025",
        "October 28th, 2025",
        "Oct. 28,2025",
        "October\u{a0}28,\u{a0}2025",
        "October 08, 2025",
        "28 October 2025",
        "28 Oct. 2025",
        "28 October",
        "28 October.",
        "28 October, 2025",
        "1st of May 2024",
        "28th of October",
        "28th October 2025",
        "12 May, when",
        "28 may 2025",
        "5 of May",
        "28 Octobers",
        "2025-10-28",
        "2025/10/28.",
        "2025-10-28T14:00",
        "10/28/2025",
        "5/17/2018,",
        "28/10/2025",
        "10-28-2025",
        "1/2/2025",
        "10/28",
        "9/11",
        "24/7",
        "3/4",
        "2.0.1",
        "2025-13-01",
        "2025-10-32",
        "2025-00-10",
        "10/28/25",
        "10/28/20255",
        "28/13/2025",
        "10/28-2025",
        "2025-10-28-1",
        "2025-10-281",
        "12345-10-28",
        "Wednesday 29 October 2025",
        "Sun, 5/17/2018",
        "Monday, 2025-10-27",
        "31 April 2026",
        "2025-02-30",
        "Oct. 28, 20255",
        "Oct. 28, 1,200 people",
        "May 10,000 people",
        "28",
        "28 people",
        "45 people",
        "3.5%",
        "4.86 billion",
        "1 million",
        "2nd\u{a0}June",
        "2ND JUNE",
        "3Rd Of August 1999",
        "4th  \u{202f}Dec.",
        "4\u{2009}Dec",
        "4\u{2007}dec",
        "9 SEPT",
        "9 Sept. 2001",
        "31st december",
        "0 January",
        "32 January",
        "07 Feb",
        "007 Feb",
        "1 of",
        "1st of",
        "1st ofMay",
        "1st of\u{a0}May",
        "1stMay",
        "1 \u{e9}t\u{e9}",
        "1 J",
        "1 Ja",
        "1 Jan",
        "19 apr.",
        "19 nov",
    ];

    #[test]
    fn digit_gate_is_exact_on_every_test_string() {
        for s in DATE_STRINGS {
            // Every position where a digit starts, as the extractor calls it.
            for (i, _) in s.char_indices() {
                if s.as_bytes()[i].is_ascii_digit() {
                    assert_gate_exact(&s[i..]);
                }
            }
        }
    }

    #[test]
    fn digit_gate_rejects_common_numbers() {
        for s in [
            "45 people",
            "3.5%",
            "4.86 billion",
            "1 million",
            "2025 budget",
            "10 days",
            "12345-10-28",
            "28",
            "7,000",
            "5th place",
        ] {
            assert!(!digit_may_start_date(s.as_bytes()), "{s:?}");
        }
    }

    fn is_suffix(input: &str, rest: &str) -> bool {
        let Some(start) = input.len().checked_sub(rest.len()) else {
            return false;
        };
        input.is_char_boundary(start)
            && input[start..].as_ptr() == rest.as_ptr()
            && &input[start..] == rest
    }

    fn check_all(s: &str) {
        if let Ok((rest, m)) = month(s) {
            assert!(is_suffix(s, rest) && (1..=12).contains(&m));
        }
        if let Ok((rest, _)) = weekday(s) {
            assert!(is_suffix(s, rest));
        }
        if let Ok((rest, d)) = date(s) {
            assert!(is_suffix(s, rest) && rest.len() < s.len());
            assert!((1..=12).contains(&d.month));
            assert!(d.day.is_none_or(|day| (1..=31).contains(&day)));
        }
        if let Ok((rest, y)) = decade(s) {
            assert!(is_suffix(s, rest) && y % 10 == 0);
        }
    }

    proptest! {
        #[test]
        fn never_panics_any_string(s in "\\PC{0,40}") {
            check_all(&s);
        }

        #[test]
        fn never_panics_date_like(
            s in "[A-Za-z0-9 ,./'\\-\u{a0}\u{2019}\u{2018}é%]{0,30}"
        ) {
            check_all(&s);
        }

        #[test]
        fn digit_gate_exact_on_any_text(s in "[0-9][A-Za-z0-9 ,./\\-\u{a0}\u{202f}\u{2009}\u{2007}\u{e9}]{0,20}") {
            prop_assert_eq!(digit_date(&s), digit_date_ungated(&s), "{:?}", s);
        }

        #[test]
        fn never_panics_near_dates(
            head in "(Tuesday|Tue|Sun|Oct\\.|October|May|March|28|2025|10|'80|1970)",
            tail in "[ ,./\\-0-9a-z\u{2019}s]{0,16}",
        ) {
            check_all(&format!("{head}{tail}"));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// Inputs built from the pieces of numeric and day-first dates, so that real dates
        /// come up often: whenever the parsers find one, the gate let it through.
        #[test]
        fn digit_gate_lets_every_date_through(
            digits in "(1|2|9|12|28|31|07|0|32|2025|1999|123|12345|[0-9]{1,5})",
            suffix in "(|||st|nd|RD|Th|s|x)",
            space in "(| | |  |\u{a0}| \u{202f}|\u{2009}|\u{2007}|-|-|/|/|,|\\.|\n)",
            word in "(Jan|Jan\\.|January|JANUARY|june|Sept\\.|sep|March|may|May|august|Aug|Oct|oct|Dec\\.|of|of|OF|Of|people|million|1|10|12|28|2025|[0-9]{1,4}|[a-zA-Z]{0,3}|\u{e9}t\u{e9})",
            tail in "(|| 2025|, 2025|,2025| of 2025| May| May| October 2025|-2025|/2025|-28|/28|-10|/[0-9]{1,4}|-[0-9]{1,2}-[0-9]{1,2}|[ ,./\\-0-9a-zT]{0,8})",
        ) {
            let input = format!("{digits}{suffix}{space}{word}{tail}");
            let ungated = digit_date_ungated(&input);
            prop_assert!(ungated.is_none() || digit_may_start_date(input.as_bytes()), "{:?}", input);
            prop_assert_eq!(digit_date(&input), ungated, "{:?}", input);
        }

        /// The same for numeric dates (`2025-10-28`, `5/17/2018`) and their near misses.
        #[test]
        fn digit_gate_lets_numeric_dates_through(
            s in "(2025|1999|[0-9]{1,5})[-/.](10|1|28|[0-9]{1,3})[-/.](28|2018|[0-9]{1,5})(|T14|[ ,./a-zT0-9\\-]{0,3})",
        ) {
            let ungated = digit_date_ungated(&s);
            prop_assert!(ungated.is_none() || digit_may_start_date(s.as_bytes()), "{:?}", s);
            prop_assert_eq!(digit_date(&s), ungated, "{:?}", s);
        }
    }
}
