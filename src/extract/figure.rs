//! One figure at a candidate position: its core (sign, currency, number, scale, unit), an
//! optional second end that makes it a range, and the words around it.

use rust_decimal::Decimal;

use super::context::{
    self, WordSet, ends_with_phrase, hedge_before, is_in, noun_after, word_after, word_before,
};
use crate::parse::numeral::{Numeral, numeral, scale_abbreviation};
use crate::parse::words::{SpelledForm, spelled_number};
use crate::parse::{at_word_end, skip_spaces, space0, time};
use crate::quantity::{Bound, Kind, Quantity, Relative, Span, Unit, Value};
use crate::tables::currency::{currency_after, currency_before};
use crate::tables::follows;
use crate::tables::number_words::scale_word;
use crate::tables::units::{UnitMatch, unit_after_number};

/// Pushes `q` and says scanning resumes at `end`. Each reader below pushes what it finds
/// into `out` and returns where scanning resumes (`None`: no figure starts at the
/// candidate), so a quantity is moved once, into the list.
fn one(out: &mut Vec<Quantity>, q: Quantity, end: usize) -> Option<usize> {
    out.push(q);
    Some(end)
}

/// A quantity with defaults for everything but span, kind and value.
pub(super) fn plain(span: Span, kind: Kind, value: Value) -> Quantity {
    Quantity {
        span,
        number_span: span,
        kind,
        value,
        unit: None,
        approximate: false,
        bound: None,
        noun_span: None,
        sentence: Span::default(),
        scaled: false,
        relative: None,
    }
}

/// How the number of a core was written.
#[derive(Clone, Copy, Debug)]
enum Written {
    Digits(Numeral),
    Words(SpelledForm),
}

/// The figure itself: `-$1.6 billion`, `18,000 feet`, `two-thirds`, `11th`.
#[derive(Clone, Copy, Debug)]
struct Core {
    start: usize,
    number: Span,
    end: usize,
    value: Decimal,
    written: Written,
    currency: Option<&'static Unit>,
    scaled: bool,
    unit: Option<UnitMatch>,
    ordinal: bool,
    /// A word glued on with a hyphen that is not a unit: `45,000-seat`.
    hyphen_noun: Option<Span>,
}

impl Core {
    fn bare(&self) -> bool {
        // `&`, not `&&`: four flags read at once instead of a branch on each.
        self.currency.is_none() & self.unit.is_none() & !self.scaled & !self.ordinal
    }

    fn numeral(&self) -> Option<Numeral> {
        match self.written {
            Written::Digits(n) => Some(n),
            Written::Words(_) => None,
        }
    }

    fn unit_code(&self) -> Option<&'static str> {
        self.currency.or(self.unit.map(|u| u.unit)).map(|u| u.code)
    }
}

fn offset(text: &str, rest: &str) -> usize {
    text.len() - rest.len()
}

/// The word right before a figure's start ([`word_before`]), read once however many tests ask:
/// the size, label, score and year tests all look at the same word.
#[derive(Clone, Copy)]
struct Before<'t> {
    text: &'t str,
    start: usize,
    word: Option<Option<(usize, &'t str)>>,
}

impl<'t> Before<'t> {
    /// Nothing read yet before `start`.
    fn new(text: &'t str, start: usize) -> Self {
        Before {
            text,
            start,
            word: None,
        }
    }

    /// `word_before(text, start)`, read on the first call.
    fn word(&mut self) -> Option<(usize, &'t str)> {
        *self
            .word
            .get_or_insert_with(|| word_before(self.text, self.start))
    }
}

/// Reads a sign: `-`, `−` (U+2212) or the words `minus`/`negative` are for the word parser.
#[inline(always)]
fn sign(s: &str) -> (&str, bool) {
    // Most figures start with a digit or a currency sign: no sign can start there, and the
    // test of one byte is inlined while the rest stays out of line.
    if !matches!(
        s.as_bytes().first(),
        Some(b'm' | b'M' | b'n' | b'N' | b'-' | 0xE2)
    ) {
        return (s, false);
    }
    signed(s)
}

/// [`sign`] past its first byte's test.
#[inline(never)]
fn signed(s: &str) -> (&str, bool) {
    for word in ["minus ", "negative ", "Minus ", "Negative "] {
        if let Some(r) = s.strip_prefix(word)
            && r.starts_with(|c: char| c.is_ascii_digit())
        {
            return (r, true);
        }
    }
    if let Some(r) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        let next = r.chars().next();
        if next.is_some_and(|c| c.is_ascii_digit() || c == '$' || c == '€' || c == '£') {
            return (r, true);
        }
    }
    (s, false)
}

/// [`currency_before`] for the commonest start of a money figure, `$`, `€` or `£` right before
/// a digit: no longer spelling starts with these signs and goes on with a digit, so the answer
/// is the sign's currency, looked up once, and the digits after it. `None` for other inputs.
#[inline]
fn currency_sign_before(s: &str) -> Option<(&str, &'static Unit)> {
    static SIGNS: std::sync::OnceLock<[Option<&'static Unit>; 3]> = std::sync::OnceLock::new();
    let bytes = s.as_bytes();
    let (k, len) = match bytes {
        [b'$', ..] => (0, 1),
        [0xC2, 0xA3, ..] => (1, 2),
        [0xE2, 0x82, 0xAC, ..] => (2, 3),
        _ => return None,
    };
    if !bytes.get(len).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let units = SIGNS.get_or_init(|| {
        ["$0", "£0", "€0"].map(|sign| currency_before(sign).ok().map(|(_, unit)| unit))
    });
    Some((s.get(len..)?, (*units.get(k)?)?))
}

/// Parses the core of a figure starting at `at`.
fn core(text: &str, at: usize, allow_words: bool) -> Option<Core> {
    core_with(text, at, allow_words, true, false)
}

/// [`core`], with the suffix gate ([`suffix_may_follow`]) on or, for tests, off, and
/// `no_currency` true when the caller has found that no currency starts at `at`.
fn core_with(
    text: &str,
    at: usize,
    allow_words: bool,
    gate: bool,
    no_currency: bool,
) -> Option<Core> {
    let s = &text[at..];
    // Most figures start with a digit: no sign and no currency can start there, and one test
    // says so before any of their readers.
    let (s, negative, mut currency) = if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        (s, false, None)
    } else {
        let (s, negative) = sign(s);
        // No currency is spelled with a leading digit.
        let (s, currency) = match s.as_bytes().first() {
            Some(b) if b.is_ascii_digit() => (s, None),
            // Nor where the caller looked already (a sign would have moved the start).
            _ if no_currency && !negative => (s, None),
            _ => match currency_sign_before(s).or_else(|| currency_before(s).ok()) {
                Some((r, unit)) => (r, Some(unit)),
                None => (s, None),
            },
        };
        // "$-5 billion", "€−3 million": the sign may also follow the currency.
        let (s, negative) = match currency {
            Some(_) if !negative => sign(s),
            _ => (s, negative),
        };
        (s, negative, currency)
    };
    let number_start = offset(text, s);
    let (mut rest, mut value, written) = match numeral(s) {
        Ok((r, n)) => (r, n.value, Written::Digits(n)),
        Err(_) if allow_words && currency.is_none() || currency.is_some() => {
            let (r, w) = spelled_number(s).ok()?;
            match rank_not_share(s, r, w.value) {
                Some(rank) => (r, rank, Written::Words(SpelledForm::Ordinal)),
                None => (r, w.value, Written::Words(w.form)),
            }
        }
        Err(_) => return None,
    };
    if negative {
        value = -value;
    }
    // "3 1/2 minutes": a whole number and a fraction.
    // Its bytes first: a space and a digit follow few numbers.
    // Both bytes tested at once: whether a space follows a number varies from one figure to
    // the next, a space and a digit nearly never do.
    let bytes = rest.as_bytes();
    if (bytes.first() == Some(&b' ')) & bytes.get(1).is_some_and(u8::is_ascii_digit)
        && let Written::Digits(n) = written
        && n.is_plain()
        && let Some(after) = rest.get(1..)
        && let Ok((r, f)) = numeral(after)
        && f.fraction
        && f.value < Decimal::ONE
    {
        value = if negative {
            value - f.value
        } else {
            value + f.value
        };
        rest = r;
    }
    let mut number_end = offset(text, rest);
    // Most numbers are followed by an ordinary word ("45 people"): then no scale, currency,
    // unit or ratio can follow, and their parsers are skipped.
    // Read in line here, after every number; a closure shared with the reading after a scale
    // word below was a call of its own.
    let mut suffix = if gate {
        suffix_may_follow(rest)
    } else {
        follows::ANY
    };
    let mut ordinal = matches!(written, Written::Words(SpelledForm::Ordinal));
    let mut scaled = matches!(written, Written::Words(_)) && value.abs() >= Decimal::from(1000);
    // 11th, 2nd, 23rd
    // Every suffix starts with one of these: most numbers are followed by none, so that
    // byte is tested first.
    if matches!(rest.as_bytes().first(), Some(b's' | b'n' | b'r' | b't'))
        && let Written::Digits(n) = written
        && !n.decimal_point
        && !n.fraction
    {
        // The suffix must fit the number: "14st" is 14 stone, not an ordinal.
        let digits = &text.as_bytes()[..offset(text, rest)];
        let tens = digits.len().checked_sub(2).map(|i| digits[i]);
        let fits = match (tens, digits.last()) {
            (Some(b'1'), _) => "th",
            (_, Some(b'1')) => "st",
            (_, Some(b'2')) => "nd",
            (_, Some(b'3')) => "rd",
            _ => "th",
        };
        if let Some(r) = rest.strip_prefix(fits)
            && at_word_end(r)
        {
            rest = r;
            ordinal = true;
            number_end = offset(text, rest);
        }
    }
    if !ordinal && suffix & follows::SCALE != 0 {
        // "a $1.5-billion deal", "a 1.8-million-strong army": a scale word after a hyphen.
        let hyphen_scale = rest
            .strip_prefix('-')
            .and_then(|r| scale_word(r).ok())
            .filter(|(r, _)| !r.starts_with(|c: char| c.is_alphanumeric()));
        let scale = scale_word(rest)
            .ok()
            .or(hyphen_scale)
            .or_else(|| scale_abbreviation(rest, currency.is_some()).ok());
        if let Some((r, factor)) = scale
            && matches!(written, Written::Digits(_))
        {
            // A figure too large to hold exactly ("$9…9 billion" past 7.9 × 10^28) is read as
            // none: dropping its scale would report a value the text does not say.
            value = value.checked_mul(factor)?.normalize();
            rest = r;
            scaled = true;
            number_end = offset(text, rest);
        }
    }
    if !ordinal
        && let Written::Digits(n) = written
        && !n.fraction
    {
        if !scaled
            && suffix & follows::SCALE != 0
            && let Ok((r, _)) = space0(rest)
            && let Ok((r, _)) = crate::parse::word_no_case("hundred")(r)
            && let Some(v) = value.checked_mul(Decimal::ONE_HUNDRED)
        {
            value = v;
            rest = r;
            scaled = true;
            number_end = offset(text, rest);
        }
        // "2m people", "1.5m shares": a glued `m` before a counted noun is a million, as in
        // British copy; elsewhere ("100m hurdles", "a 2m wall") it stays metres.
        if !scaled
            && currency.is_none()
            && let Some(r) = rest.strip_prefix(['m', 'M'])
            && at_word_end(r)
            && word_after(text, offset(text, r)).is_some_and(|(_, w)| MILLIONS_OF.contains(w))
            && let Some(v) = value.checked_mul(Decimal::from(1_000_000))
        {
            value = v.normalize();
            rest = r;
            scaled = true;
            number_end = offset(text, rest);
        }
        if scaled && currency.is_none() {
            if let Some((r, v)) = compound_tail(rest, value) {
                value = v;
                rest = r;
                number_end = offset(text, rest);
            }
        }
    }
    // A scale word read above moves on to the words after it: "5 billion euros".
    if scaled {
        suffix = if gate {
            suffix_after_scale(rest)
        } else {
            follows::ANY
        };
    }
    let mut unit = None;
    let mut hyphen_noun = None;
    if !ordinal && !matches!(written, Written::Words(SpelledForm::Fraction)) {
        // The flags of what may follow, none once a currency is read: one test each below
        // instead of two, as whether a figure has a currency varies from one to the next.
        let open = suffix & (u8::from(currency.is_none()) * u8::MAX);
        if open & follows::CURRENCY != 0
            && let Ok((r, unit)) = currency_after(rest)
        {
            currency = Some(unit);
            rest = r;
        } else if open & follows::CURRENCY != 0
            && let Some((r, unit)) = subunit_after(rest)
            && let Some(v) = value.checked_div(Decimal::ONE_HUNDRED)
        {
            // "34 cents", "245p": a hundredth of the main unit.
            value = v;
            currency = Some(unit);
            rest = r;
        } else if open & follows::UNIT != 0
            && let Ok((r, u)) = unit_after_number(rest)
            && plausible_unit(&rest[..rest.len() - r.len()], r, value)
        {
            unit = Some(u);
            rest = r;
        } else if let Some(r) = rest.strip_prefix('-')
            && r.starts_with(|c: char| c.is_ascii_lowercase())
            && let Some((ws, w)) = word_after(text, offset(text, r))
            && ws == offset(text, r)
            && !w.contains('-')
        {
            // "a 45,000-seat stadium": the glued word is what is counted.
            hyphen_noun = Some(Span::new(ws, ws + w.len()));
        }
    }
    // "15 dollars 50", "10 $ 30 cent": cents after the currency.
    if let Some(code) = currency
        && !scaled
        && let Written::Digits(n) = written
        && !n.decimal_point
        && let Some((r, cents)) = cents_after(rest)
    {
        let _ = code;
        value += cents;
        rest = r;
    }
    // "1 in 5 adults": a ratio.
    let mut written = written;
    let plain_digits = match written {
        Written::Digits(n) => !n.grouped & !n.decimal_point & !n.fraction,
        Written::Words(_) => false,
    };
    // Every condition read as one value, a single branch on the lot.
    if currency.is_none()
        & unit.is_none()
        & !scaled
        & !ordinal
        & plain_digits
        & (suffix & follows::RATIO != 0)
        && let Some((r, ratio)) = one_in(rest, value)
    {
        value = ratio;
        rest = r;
        number_end = offset(text, rest);
        written = Written::Words(SpelledForm::Fraction);
    }
    // "5 feet 2 inches", "6 ft 2 in": a smaller unit of the same dimension adds on.
    if let Some(u) = unit
        && let Some((r, v)) = compound_measure(rest, value, u)
    {
        value = v;
        rest = r;
    }
    // Digits that run straight into letters are a code, not a figure: "221B", "737MAX".
    if matches!(written, Written::Digits(_))
        && unit.is_none()
        && currency.is_none()
        && !ordinal
        && rest.starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    Some(Core {
        start: at,
        number: Span::new(number_start, number_end),
        end: offset(text, rest),
        value,
        written,
        currency,
        scaled,
        unit,
        ordinal,
        hyphen_noun,
    })
}

/// What may follow a number whose rest is `rest` ([`follows`] flags): for an ASCII word right
/// after it (past inline spaces or one hyphen), what that word may begin; anything for any
/// other token (`%`, `°C`, `€`).
// Inlined into its one caller: it runs after nearly every number, and a call of its own
// cost about as much as its common path.
#[inline(always)]
fn suffix_may_follow(rest: &str) -> u8 {
    // Most numbers: one space and a word of fewer than eight letters, read in one load and
    // looked up as read.
    if let [b' ', after @ ..] = rest.as_bytes() {
        let head = crate::tables::input_head(after);
        let len = crate::tables::leading_letters_in(head);
        if (1..8).contains(&len) {
            return crate::tables::may_follow_packed(head, len);
        }
    }
    let after_spaces = skip_spaces(rest);
    let after = after_spaces.strip_prefix('-').unwrap_or(after_spaces);
    let len = crate::parse::runs::leading_letters(after.as_bytes());
    if len == 0 {
        return follows::ANY;
    }
    crate::tables::may_follow_number(&after.as_bytes()[..len])
}

/// [`suffix_may_follow`] after a scale word, kept out of line: few numbers have one.
#[inline(never)]
fn suffix_after_scale(rest: &str) -> u8 {
    suffix_may_follow(rest)
}

/// Rejects single-letter unit readings that are something else: a compass point or initial
/// ("50 W. Liberty St."), a model code ("793F haul trucks").
fn plausible_unit(written: &str, rest: &str, value: Decimal) -> bool {
    let letters = written.trim();
    if letters.len() == 1 && letters.as_bytes()[0].is_ascii_uppercase() {
        if rest.starts_with('.') {
            return false;
        }
        // Glued C or F is a temperature only in a temperature's range.
        if matches!(letters, "C" | "F") && !written.starts_with(' ') {
            return value.abs() <= Decimal::from(150);
        }
    }
    true
}

/// The smaller places after a digit number with a scale word: `4 thousand 3 hundred`,
/// `3 hundred and 21`, `3 hundred and one`. Each added part must be below the place before.
fn compound_tail(rest: &str, value: Decimal) -> Option<(&str, Decimal)> {
    let (r, _) = crate::parse::space1(rest).ok()?;
    let (r, joined) = match crate::parse::word_no_case("and")(r) {
        Ok((r2, _)) => (crate::parse::space1(r2).ok()?.0, true),
        Err(_) => (r, false),
    };
    let place = if value >= Decimal::from(1000) && value % Decimal::from(1000) == Decimal::ZERO {
        Decimal::from(1000)
    } else {
        Decimal::ONE_HUNDRED
    };
    let (after, part) = match numeral(r) {
        Ok((after, n)) if n.is_plain() && scale_word(after).is_err() => {
            if let Ok((a2, _)) = space0(after)
                && let Ok((a3, _)) = crate::parse::word_no_case("hundred")(a2)
                && n.value < Decimal::TEN
                && place > Decimal::ONE_HUNDRED
            {
                (a3, n.value * Decimal::ONE_HUNDRED)
            } else if joined {
                (after, n.value)
            } else {
                return None;
            }
        }
        _ if joined => {
            let (after, w) = spelled_number(r).ok()?;
            if w.form == SpelledForm::Fraction && w.value < Decimal::ONE && w.value > Decimal::ZERO
            {
                // "3 million and a quarter": a fraction of the largest place.
                let mut scale = Decimal::from(1000);
                while let Some(next) = scale.checked_mul(Decimal::from(1000))
                    && value >= next
                    && (value % next).is_zero()
                {
                    scale = next;
                }
                return Some((after, value.checked_add(w.value.checked_mul(scale)?)?));
            }
            if w.form != SpelledForm::Cardinal || w.value <= Decimal::ZERO || w.scaled {
                return None;
            }
            (after, w.value)
        }
        _ => return None,
    };
    if part >= place || !at_word_end(after) {
        return None;
    }
    Some((after, value.checked_add(part)?))
}

/// A currency's hundredth after a number: ` cents`, `¢`, `p` glued on ("245p").
fn subunit_after(rest: &str) -> Option<(&str, &'static Unit)> {
    static USD: Unit = Unit::currency("USD");
    static GBP: Unit = Unit::currency("GBP");
    if let Some(r) = rest.strip_prefix('¢') {
        return Some((r, &USD));
    }
    if let Some(r) = rest.strip_prefix('p')
        && at_word_end(r)
        && !r.starts_with(".m")
    {
        return Some((r, &GBP));
    }
    let (r, _) = crate::parse::space1(rest).ok()?;
    for (word, unit) in [("cents", &USD), ("cent", &USD), ("pence", &GBP)] {
        if let Ok((after, _)) = crate::parse::word_no_case(word)(r) {
            return Some((after, unit));
        }
    }
    None
}

/// Cents after a price written with the currency after it: ` 50`, ` 30 cents`.
fn cents_after(rest: &str) -> Option<(&str, Decimal)> {
    let (r, _) = crate::parse::space1(rest).ok()?;
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 2 && !(digits == 1 && r[1..].trim_start().starts_with("cent")) {
        return None;
    }
    let cents = Decimal::new(r[..digits].parse::<i64>().ok()?, 2);
    let after = &r[digits..];
    let (after_cent, _) = space0(after).ok()?;
    for word in ["cents", "cent"] {
        if let Ok((a, _)) = crate::parse::word_no_case(word)(after_cent) {
            return Some((a, cents));
        }
    }
    // Without the word, only at the end of a clause: "It costs 15 dollars 50."
    (after.is_empty() || after.starts_with(['.', ',', ';', '!', '?'])).then_some((after, cents))
}

/// ` in 5` after a number: "1 in 5 adults", "2 in 3".
fn one_in(rest: &str, first: Decimal) -> Option<(&str, Decimal)> {
    let (r, _) = crate::parse::space1(rest).ok()?;
    let (r, _) = crate::parse::word_no_case("in")(r).ok()?;
    let (r, _) = crate::parse::space1(r).ok()?;
    let (after, n) = numeral(r).ok()?;
    if !n.is_plain()
        || n.int_digits > 3
        || n.value <= first
        || !at_word_end(after)
        || first <= Decimal::ZERO
    {
        return None;
    }
    Some((after, first.checked_div(n.value)?))
}

/// A smaller unit of the same dimension after a measure: ` 2 inches`, ` and 2 inches`, ` 2 in`.
fn compound_measure(rest: &str, value: Decimal, unit: UnitMatch) -> Option<(&str, Decimal)> {
    if unit.unit.dimension != crate::quantity::Dimension::Length || unit.unit.code != "ft" {
        return None;
    }
    let (r, _) = crate::parse::space1(rest).ok()?;
    let r = match crate::parse::word_no_case("and")(r) {
        Ok((r2, _)) => crate::parse::space1(r2).ok()?.0,
        Err(_) => r,
    };
    let (after, n) = numeral(r).ok()?;
    let (after, inches) = match unit_after_number(after) {
        Ok((a, u)) if u.unit.code == "in" => (a, true),
        _ => {
            // "2 in", and "2in" glued as in "6ft 2in": never the preposition after feet.
            let (a, _) = crate::parse::space0(after).ok()?;
            let (a, _) = crate::parse::word_no_case("in")(a).ok()?;
            (a.strip_prefix('.').unwrap_or(a), true)
        }
    };
    if !inches || n.value >= Decimal::from(12) {
        return None;
    }
    let extra = n.value.checked_div(Decimal::from(12))?;
    Some((after, value.checked_add(extra)?))
}

/// "a fourth straight meeting", "a third term": an article and an ordinal before a noun is a
/// rank, not a share ("a third of voters", "dropped to a third" stay fractions). Returns the
/// rank.
fn rank_not_share(written: &str, rest: &str, value: Decimal) -> Option<Decimal> {
    let phrase = &written[..written.len() - rest.len()];
    let (article, word) = phrase.split_once(' ')?;
    if !article.eq_ignore_ascii_case("a") || word.contains([' ', '-']) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    if matches!(lower.as_str(), "half" | "quarter")
        || value <= Decimal::ZERO
        || value >= Decimal::ONE
    {
        return None;
    }
    if rest
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        // "a third-quarter profit", "a fourth-largest economy"
        return Some((Decimal::ONE / value).round());
    }
    let next = skip_spaces(rest);
    let next_word: String = next
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    // Words that follow a rank, not a share ("a third said no" is a share).
    const RANKED: &[&str] = &[
        "straight",
        "consecutive",
        "successive",
        "term",
        "time",
        "year",
        "round",
        "day",
        "week",
        "month",
        "quarter",
        "season",
        "place",
        "game",
        "match",
        "title",
        "win",
        "victory",
        "attempt",
        "try",
        "wave",
        "phase",
        "stage",
        "option",
        "party",
        "child",
        "generation",
        "edition",
        "major",
        "largest",
        "biggest",
        "highest",
        "lowest",
        "runway",
        "reactor",
        "lane",
        "floor",
        "film",
        "book",
        "album",
        "candidate",
        "seat",
        "strike",
        "shot",
    ];
    if !RANKED.contains(&next_word.as_str()) {
        return None;
    }
    Some((Decimal::ONE / value).round())
}

/// The kind a finished core has on its own.
fn kind_of(c: &Core) -> Kind {
    if c.ordinal {
        return Kind::Ordinal;
    }
    if c.currency.is_some() {
        return Kind::Money;
    }
    if let Some(u) = c.unit {
        return u.kind;
    }
    match c.written {
        Written::Words(SpelledForm::Fraction) => Kind::Fraction,
        Written::Digits(n) if n.fraction => Kind::Fraction,
        _ => Kind::Count,
    }
}

fn unit_of(c: &Core) -> Option<&'static Unit> {
    c.currency.or(c.unit.map(|u| u.unit))
}

/// Nouns counted in millions after a glued `m` ("2m people"): never a length.
#[rustfmt::skip]
static MILLIONS_OF: WordSet = WordSet::new(&[
    "people", "users", "customers", "subscribers", "viewers", "visitors", "tourists",
    "passengers", "residents", "voters", "votes", "households", "homes", "jobs", "workers",
    "children", "adults", "patients", "students", "members", "followers", "shares", "barrels",
    "vehicles", "cars", "doses", "cases", "tests", "downloads", "copies", "units", "devices",
    "accounts", "pounds", "dollars", "euros",
]);

/// Words before a bare four-digit number that make it a year ("in 2026", "fiscal 2025").
#[rustfmt::skip]
static YEAR_CONTEXT_WORDS: WordSet = WordSet::new(&[
    "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after",
    "around", "circa", "between", "and", "or", "year", "fiscal", "early", "late", "mid", "through",
    "for", "the", "than", "summer", "spring", "autumn", "fall", "winter", "end", "start",
    "beginning", "its", "in-",
]);

/// Words before a bare four-digit number that make it a year, given the word before it.
fn year_context_before(before: &mut Before) -> bool {
    let Some((_, w)) = before.word() else {
        return false;
    };
    YEAR_CONTEXT_WORDS.contains(w) || w.ends_with("'s") || w.ends_with("’s")
}

/// True when a bare numeral reads as a calendar year. `before` reads before `c.start`.
fn is_year(text: &str, c: &Core, before: &mut Before) -> bool {
    let Some(n) = c.numeral() else { return false };
    if !c.bare() || c.value.is_sign_negative() {
        return false;
    }
    if n.is_plain_integer(4) && (Decimal::from(1000)..=Decimal::from(2199)).contains(&c.value) {
        if year_context_before(before) {
            return true;
        }
        // "2000 workers" is a count; "2025 Asia-Pacific forum" and "in 2026." are years.
        return noun_after(text, c.end, false).is_none();
    }
    // "completed in 20124": a five-digit year is still a year, for the checker to doubt.
    n.is_plain_integer(5) && year_context_before(before) && {
        let w = before.word().map(|x| x.1).unwrap_or("");
        is_in(w, &["in", "since", "by", "until", "year"])
    }
}

/// A connector between the two ends of a range, with the rest after it.
fn range_connector(s: &str) -> Option<(&str, &'static str)> {
    if !may_start_connector(s.as_bytes()) {
        return None;
    }
    range_connector_read(s)
}

/// [`CONNECTOR_BYTES`]: a dash, `~`, or the lead byte of a no-break or thin space (0xC2,
/// 0xE2).
const DASH_OR_SPACE: u8 = 1;
/// [`CONNECTOR_BYTES`]: an ASCII space.
const ASCII_SPACE: u8 = 2;

/// What each byte may be at the start of a range connector ([`may_start_connector`]).
static CONNECTOR_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'-' as usize] = DASH_OR_SPACE;
    table[b'~' as usize] = DASH_OR_SPACE;
    table[0xC2] = DASH_OR_SPACE;
    table[0xE2] = DASH_OR_SPACE;
    table[b' ' as usize] = ASCII_SPACE;
    table
};

/// False when no connector [`range_connector_read`] takes can start `s`, read from its first
/// three bytes without a branch on them: a dash-like byte, or a space and then another space,
/// a dash, or the first two letters of `to`, `through`, `and` or `or` (any case). Whether a
/// space, a comma or a `%` follows a figure varies from one to the next, and a chain of tests
/// on it was mispredicted for many figures; nearly none go on to a connector.
fn may_start_connector(s: &[u8]) -> bool {
    let byte = |i: usize| s.get(i).copied().unwrap_or(0);
    let class = |b: u8| CONNECTOR_BYTES[usize::from(b)];
    let (b0, b1, b2) = (byte(0), byte(1), byte(2));
    let pair = [b1 | 0x20, b2 | 0x20];
    let word = (pair == *b"to") | (pair == *b"th") | (pair == *b"an") | (pair == *b"or");
    (class(b0) & DASH_OR_SPACE != 0) | (class(b0) & ASCII_SPACE != 0) & ((class(b1) != 0) | word)
}

/// [`range_connector`] past the test of its first bytes.
fn range_connector_read(s: &str) -> Option<(&str, &'static str)> {
    // A connector follows the figure directly or after inline spaces (an ASCII space, or a
    // no-break or thin space led by 0xC2 or 0xE2): most figures are followed by neither.
    if !matches!(s.as_bytes().first(), Some(b' ' | b'-' | b'~' | 0xC2 | 0xE2)) {
        return None;
    }
    let (after_space, spaces) = space0(s).ok()?;
    // Every connector below starts with a dash or with one of these pairs of letters (`to`,
    // `th`rough, `an`d, `or`, in any case): most figures are followed by something else,
    // "a", "at", "of" and "on" included.
    match after_space.as_bytes() {
        [b'-' | b'~' | 0xE2, ..] => {}
        [a, b, ..]
            if !spaces.is_empty()
                && matches!(
                    [a | 0x20, b | 0x20],
                    [b't', b'o' | b'h'] | [b'a', b'n'] | [b'o', b'r']
                ) => {}
        _ => return None,
    }
    for (dash, name) in [("-", "-"), ("–", "-"), ("—", "-"), ("~", "-")] {
        if let Some(r) = after_space.strip_prefix(dash) {
            // "10 - 15" needs spaces on both sides or neither.
            let (r2, sp2) = space0(r).ok()?;
            if spaces.is_empty() == sp2.is_empty() {
                return Some((r2, name));
            }
        }
    }
    if spaces.is_empty() {
        return None;
    }
    for word in ["to", "and", "through", "or"] {
        if let Ok((r, _)) = crate::parse::word_no_case(word)(after_space)
            && let Ok((r, sp)) = space0(r)
            && !sp.is_empty()
        {
            return Some((r, word));
        }
    }
    None
}

/// Tries to read `first` as the low end of a range `first CONNECTOR second`. `words` reads
/// before `first.start`.
fn range(text: &str, first: &Core, sentence: Span, words: &mut Before) -> Option<(Core, Core)> {
    let s = &text[first.end..];
    let (r, connector) = range_connector(s)?;
    let before = context::skip_spaces_back(text, first.start);
    let between_word = ends_with_phrase(text, before, "between").is_some();
    let from_word = ends_with_phrase(text, before, "from").is_some();
    match connector {
        "and" if !between_word => return None,
        "to" | "through" if between_word => return None,
        "or" => return None,
        _ => {}
    }
    if connector == "to" {
        // "fell from 90% to 60%" is a change, not a range; so is "rose 5% to 30%".
        let verb = super::verb_before(text, first.start, sentence.start);
        // `word_before` skips the spaces back to `before` itself.
        if verb.is_some() && (from_word || words.word().is_some()) {
            return None;
        }
    }
    let second_at = offset(text, r);
    let mut second = core(text, second_at, matches!(first.written, Written::Words(_)))?;
    if first.ordinal || second.ordinal {
        return None;
    }
    let mut first = *first;
    // A currency or unit written once belongs to both ends: "$5-6 billion", "10-15 km".
    match (first.unit_code(), second.unit_code()) {
        (Some(a), Some(b)) if a != b => return None,
        (Some(_), None) => {
            // "paid out £1.4 million to 29 of the victims": after a word connector, a bare
            // second end is not the other end of a range ("$5 to $9", "5% to 6%" repeat the
            // unit; only a dash may share it: "$5-6 billion").
            if connector != "-" {
                return None;
            }
            second.currency = first.currency;
            second.unit = first.unit;
        }
        (None, Some(_)) => {
            first.currency = second.currency;
            first.unit = second.unit;
        }
        _ => {}
    }
    // "in 2019 to 4.1 million tonnes": a year is never the low end of a range.
    if connector != "-"
        && first.bare()
        && first.numeral().is_some_and(|n| n.is_plain_integer(4))
        && is_year(text, &first, words)
        && year_context_before(words)
    {
        return None;
    }
    if !first.scaled
        && second.scaled
        && matches!(second.written, Written::Digits(_))
        && scale_free(&second).is_some_and(|unscaled| first.value < unscaled)
    {
        // "$5-6 billion": the scale of the second end applies to the first.
        let second_scale = second.value.checked_div(scale_free(&second)?)?;
        first.value = first.value.checked_mul(second_scale)?;
        first.scaled = true;
    }
    let bare = first.bare() && second.bare();
    if bare {
        let year_like = |c: &Core| {
            c.numeral().is_some_and(|n| n.is_plain_integer(4))
                && (Decimal::from(1000)..=Decimal::from(2199)).contains(&c.value)
        };
        let years = year_like(&first) && year_like(&second);
        if years {
            return None;
        }
        // "won 3-2", "a 6-3 ruling", "52-48": scores and tallies run high to low.
        if connector == "-" && first.value >= second.value {
            return None;
        }
        if let Some((_, w)) = words.word()
            && context::is_score_word(w)
        {
            return None;
        }
    }
    Some((first, second))
}

/// The value of a scaled digit core before its scale was applied.
fn scale_free(c: &Core) -> Option<Decimal> {
    match c.written {
        Written::Digits(n) => Some(n.value),
        Written::Words(_) => None,
    }
}

/// Number, time-of-day, phone and address shapes that are never quantities. `before` reads
/// before `c.start`.
fn is_not_a_figure(text: &str, c: &Core, sentence: Span, before: &mut Before) -> bool {
    let Some(n) = c.numeral() else { return false };
    let rest = &text[c.end..];
    // 10:30, 8 p.m.
    if rest.starts_with(':') && rest[1..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return true;
    }
    let after = skip_spaces(rest);
    if c.bare()
        && matches!(after.as_bytes().first(), Some(b'a' | b'p' | b'A' | b'P'))
        && ["a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m"]
            .iter()
            .any(|t| after.starts_with(t) && at_word_end(&after[t.len()..]))
    {
        return true;
    }
    // Phone numbers: 555-0142, 555 0142, 303-555-0186, 1-800-555-0199, (555) 123-4567.
    if c.bare()
        && !n.grouped
        && !n.decimal_point
        && (rest.starts_with(')') || is_phone_number(&text[c.number.start..]))
    {
        return true;
    }
    // After letter-hyphen or slash: F-35, COVID-19, 24/7.
    let head = &text[..c.start];
    if let Some(prev) = head.chars().next_back() {
        if matches!(prev, '/' | ':' | '#' | '.' | '_' | '@' | '=') && c.currency.is_none() {
            return true;
        }
        if prev == '-' {
            let b2 = head[..head.len() - 1].chars().next_back();
            if b2.is_some_and(char::is_alphanumeric) {
                return true;
            }
        }
    }
    // Model numbers: "737 MAX 9", "787-9s", "777-300ERs", "A320-200".
    if c.bare() && n.is_plain() {
        let after_space = rest.strip_prefix(' ').unwrap_or("");
        if matches!(
            after_space.as_bytes().first(),
            Some(b'M' | b'N' | b'n' | b'D')
        ) && ["MAX", "Max", "neo", "NEO", "Dreamliner", "Dreamliners"]
            .iter()
            .any(|m| after_space.starts_with(m) && at_word_end(&after_space[m.len()..]))
        {
            return true;
        }
        if let Some(r) = rest.strip_prefix('-') {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && r[digits..].starts_with(|ch: char| ch.is_ascii_alphabetic()) {
                return true;
            }
            // Codes and names glued to capitals: "10-K", "3-D", "4-H", "7-Eleven". A title-case
            // word is a headline's noun ("a 12-Member Committee") and stays a figure.
            let caps = r.bytes().take_while(u8::is_ascii_uppercase).count();
            let code = (1..=3).contains(&caps) && at_word_end(&r[caps..]);
            if code || r.starts_with("Eleven") && at_word_end(&r["Eleven".len()..]) {
                return true;
            }
        }
    }
    // Clothing and shoe sizes: "a size 10 dress" (not "a crowd size of 50,000").
    if c.bare()
        && n.is_plain()
        && n.int_digits <= 2
        && before
            .word()
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("size"))
    {
        return true;
    }
    // Street addresses: "221B Baker Street", "10 Downing Street". The word after the number
    // starts with a capital (an ASCII one, or a non-ASCII letter).
    if c.bare() && matches!(after.as_bytes().first(), Some(b'A'..=b'Z' | 0x80..)) {
        let mut pos = c.end;
        for _ in 0..3 {
            let Some((ws, w)) = word_after(text, pos) else {
                break;
            };
            if !w.starts_with(|ch: char| ch.is_uppercase()) {
                break;
            }
            if [
                "Street",
                "St",
                "Avenue",
                "Ave",
                "Road",
                "Rd",
                "Boulevard",
                "Blvd",
                "Lane",
                "Drive",
                "Place",
                "Square",
                "Way",
            ]
            .contains(&w.trim_end_matches('.'))
            {
                return true;
            }
            pos = ws + w.len();
        }
    }
    // Labels and model names: "Boeing 737", "Section 230", "Windows 11".
    c.bare() && context::is_label_after(text, c.start, sentence.start, before.word())
}

/// Digit groups joined by `-`, `.` or a space that end in a group of four, as phone numbers
/// are written: 555-0142, 303-555-0186, 1-800-555-0199.
fn is_phone_number(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut groups = [0usize; 4];
    let mut count = 0;
    let mut i = 0;
    loop {
        let len = crate::parse::runs::leading_digits(bytes.get(i..).unwrap_or_default());
        if len == 0 {
            return false;
        }
        groups[count] = len;
        count += 1;
        i += len;
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b'-' | b'.' | b' '), Some(d)) if d.is_ascii_digit() && count < 4 => i += 1,
            _ => break,
        }
    }
    let groups = &groups[..count];
    count >= 2
        && groups[count - 1] == 4
        && groups[0] <= 3
        && groups[1..count - 1].iter().all(|&g| g == 3)
        && at_word_end(&s[i..])
}

/// True when `than` and then a figure follow `at`: "or less than 5000".
fn bounds_next_figure(text: &str, at: usize) -> bool {
    let Some((start, w)) = word_after(text, at) else {
        return false;
    };
    let after = skip_spaces(&text[start + w.len()..]);
    w.eq_ignore_ascii_case("than")
        && (numeral(after).is_ok()
            || currency_before(after).is_ok()
            || spelled_number(after).is_ok())
}

/// Bounds written after a figure: "5 or more".
const TRAILING_BOUNDS: [(&str, Bound); 7] = [
    ("or more", Bound::AtLeast),
    ("and more", Bound::AtLeast),
    ("or greater", Bound::AtLeast),
    ("or higher", Bound::AtLeast),
    ("or less", Bound::AtMost),
    ("or fewer", Bound::AtMost),
    ("or lower", Bound::AtMost),
];

/// The phrase of [`TRAILING_BOUNDS`] that starts `tail` as whole words, with its length: at
/// most one can, as no phrase is another's first words.
fn trailing_bound(tail: &str) -> Option<(usize, Bound)> {
    // Every phrase is `or` or `and`, one space and one word of ASCII letters: most tails
    // fail the first bytes, and the rest compare only the phrases of their length.
    let bytes = tail.as_bytes();
    // The first four bytes compared at once, without a branch on each: what follows a figure
    // varies, and a test per byte was often mispredicted. A phrase needs a word after the
    // connector's space, so a tail of fewer than four bytes holds none.
    let head = u32::from_le_bytes(*bytes.first_chunk::<4>()?);
    let or = (head | 0x2020) & 0x00FF_FFFF == u32::from_le_bytes(*b"or \0");
    let and = head | 0x0020_2020 == u32::from_le_bytes(*b"and ");
    if !(or | and) {
        return None;
    }
    let connector = if or { 3 } else { 4 };
    let len = connector + crate::parse::runs::leading_letters(bytes.get(connector..)?);
    let phrase = bytes.get(..len)?;
    if !at_word_end(tail.get(len..)?) {
        return None;
    }
    TRAILING_BOUNDS
        .iter()
        .find(|(p, _)| p.len() == len && phrase.eq_ignore_ascii_case(p.as_bytes()))
        .map(|&(_, bound)| (len, bound))
}

/// Builds the quantity of a single core or a range and pushes it into `out`; returns where
/// it ends. Words before it are read back to `floor` at most (the end of the quantity
/// before), so a hedge never overlaps it: in "0°C. 8" the `C.` belongs to the temperature,
/// not to a "c. 8" (circa). `before` reads before `first.start`.
// Pushed here rather than returned: a returned quantity was copied once more on its way
// into the list, for every figure.
fn build(
    text: &str,
    first: &Core,
    second: Option<&Core>,
    floor: usize,
    before: &mut Before,
    out: &mut Vec<Quantity>,
) -> usize {
    let last = second.unwrap_or(first);
    let mut kind = kind_of(last);
    let value = match second {
        Some(s) => Value::Range {
            low: first.value,
            high: s.value,
        },
        None => Value::Number(first.value),
    };
    // Only a plain integer of four or five digits can be a year: most figures are turned away
    // here, before the call.
    // Its flags read as one value, a single branch on the lot: which of them hold changes
    // from one figure to the next.
    let year_shape = match first.written {
        Written::Digits(n) => {
            !n.grouped & !n.decimal_point & !n.fraction & (n.int_digits.wrapping_sub(4) < 2)
        }
        Written::Words(_) => false,
    };
    if second.is_none() & year_shape && is_year(text, first, before) {
        kind = Kind::Year;
    }
    let mut q = plain(Span::new(first.start, last.end), kind, value);
    q.number_span = Span::new(first.start, last.number.end.max(first.start));
    q.unit = unit_of(last);
    q.scaled = first.scaled || last.scaled;
    if let Written::Words(SpelledForm::Vague) = first.written {
        q.approximate = true;
    }
    if matches!(kind, Kind::Year | Kind::Ordinal | Kind::Date | Kind::Decade) {
        let end = q.span.end;
        out.push(q);
        return end;
    }
    // Hedges and bounds before, "or more" after.
    let mut hedge_from = first.start;
    if second.is_some()
        && let before = context::skip_spaces_back(text, first.start)
        && let Some(at) = ends_with_phrase(text, before, "between")
            .or_else(|| ends_with_phrase(text, before, "from"))
        && at >= floor
    {
        hedge_from = at;
    }
    if let Some((at, h)) = hedge_before(text, hedge_from)
        && at >= floor
        && !(kind == Kind::Duration && matches!(h.phrase, "over" | "under"))
    {
        q.span.start = at;
        q.approximate |= h.approximate;
        q.bound = h.bound;
    } else if hedge_from != first.start {
        q.span.start = hedge_from;
    }
    // What follows the quantity, past inline spaces: read once for the bound and the noun.
    let mut after = skip_spaces(&text[q.span.end..]);
    if let Some((len, bound)) = trailing_bound(after)
        // "5000 or less than 5000": the words start a bound of the next figure (but
        // "5 or less than expected" is this one's).
        && !bounds_next_figure(text, text.len() - after.len() + len)
    {
        q.bound = Some(bound);
        q.span.end = text.len() - after.len() + len;
        after = skip_spaces(&text[q.span.end..]);
    }
    // Durations: "two weeks ago", "13 years later".
    if kind == Kind::Duration
        && let Some((_, w)) = word_after(text, q.span.end)
    {
        if w.eq_ignore_ascii_case("ago") || w.eq_ignore_ascii_case("earlier") {
            q.relative = Some(Relative::Ago);
        } else if w.eq_ignore_ascii_case("later") {
            q.relative = Some(Relative::Later);
        }
    }
    // The counted or measured noun.
    let noun = if let Some(span) = last.hyphen_noun {
        Some((span.start, span.of(text)))
    } else {
        match kind {
            Kind::Count => {
                // A mantissa of 1 at scale 0 says it without a comparison of decimals.
                let singular = q.number().is_some_and(|v| {
                    if v.scale() == 0 {
                        v.mantissa() == 1
                    } else {
                        v == Decimal::ONE
                    }
                });
                // "millions of people", "a dozen of the firms" ... and "5 of the 40 members" is not a noun.
                if let Some(r) = after.strip_prefix("of ").filter(|_| {
                    matches!(first.written, Written::Words(SpelledForm::Vague))
                        || first.scaled && matches!(first.written, Written::Words(_))
                }) {
                    noun_after(text, text.len() - r.len(), true)
                } else {
                    noun_after(text, text.len() - after.len(), singular)
                }
            }
            Kind::Measure | Kind::Money => after
                .strip_prefix("of ")
                .and_then(|r| noun_after(text, text.len() - r.len(), true)),
            _ => None,
        }
    };
    if let Some((start, word)) = noun {
        q.noun_span = Some(Span::new(start, start + word.len()));
    }
    let end = q.span.end;
    out.push(q);
    end
}

/// A figure at a digit or symbol candidate.
pub(super) fn at_symbol_or_digit(
    text: &str,
    at: usize,
    sentence: Span,
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let s = &text[at..];
    let first = s.as_bytes()[0];
    let (may_date, may_decade) = if first.is_ascii_digit() {
        digit_may_start(s.as_bytes())
    } else {
        (false, first == b'\'' || s.starts_with('’'))
    };
    if may_date && let Some((q, end)) = super::date_at(text, at) {
        return one(out, q, end);
    }
    if may_decade && let Ok((rest, year)) = time::decade(s) {
        let end = offset(text, rest);
        if first.is_ascii_digit() && is_age_group(text, at, end) {
            return Some(end);
        }
        let q = plain(
            Span::new(at, end),
            Kind::Decade,
            Value::Number(Decimal::from(year)),
        );
        return one(out, q, end);
    }
    if first == b'\'' || s.starts_with('’') {
        return None;
    }
    // "~5" and "<5": the hedge reads the symbol; the figure starts at the digit.
    let at_core = if first == b'~' {
        let rest = skip_spaces(&s[1..]);
        offset(text, rest)
    } else {
        at
    };
    // A sign only starts a figure after a space or an opening bracket: "10-15" is a range.
    if matches!(first, b'-' | 0xE2)
        && text[..at].chars().next_back().is_some_and(|p| {
            !p.is_whitespace() && !matches!(p, '(' | '[' | '"' | '“' | '<' | '>' | '=' | '~')
        })
    {
        return None;
    }
    let c = core(text, at_core, false)?;
    let mut before = Before::new(text, c.start);
    if is_not_a_figure(text, &c, sentence, &mut before) {
        // Skip the whole token so its inner digits are not read on their own.
        let token_end = text[c.end..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| c.end + i);
        return Some(token_end.max(at + 1));
    }
    if is_score_or_tally(text, &c, &mut before) {
        let token_end = text[c.end..]
            .find(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | ')'))
            .map_or(text.len(), |i| c.end + i);
        return Some(token_end.max(at + 1));
    }
    finish(text, &c, sentence, out, &mut before)
}

/// Whether a date ([`time::date`]) and a decade ([`time::decade`]) may start at `s`, which
/// starts with a digit, read from its run of digits and the byte after it, which most figures
/// settle ("3.5%", "22,000", "2025."): a date needs at most four digits and then `-` or `/`,
/// or at most two and then a space, a letter (`st`, `th`) or a non-ASCII byte; a decade two
/// or four digits and then `s` or an apostrophe. `false` is sure; `true` means maybe.
fn digit_may_start(s: &[u8]) -> (bool, bool) {
    let digits = crate::parse::runs::leading_digits(s);
    // Read as arithmetic on the class of the byte after the digits: which of these hold
    // changes from one figure to the next, and a branch on each was often mispredicted.
    let next = s.get(digits).map_or(0, |&b| AFTER_DIGITS[usize::from(b)]);
    let date = (next & DATE_JOINT != 0) & (digits <= 4) | (next & DAY_END != 0) & (digits <= 2);
    let decade = (next & DECADE_END != 0) & ((digits == 2) | (digits == 4));
    (date, decade)
}

/// [`AFTER_DIGITS`]: `-` or `/`, which join the parts of a date.
const DATE_JOINT: u8 = 1;
/// [`AFTER_DIGITS`]: a space, an ASCII letter or a non-ASCII byte, which may follow a day.
const DAY_END: u8 = 2;
/// [`AFTER_DIGITS`]: `s`, an apostrophe or the lead byte of `’`, which may end a decade.
const DECADE_END: u8 = 4;

/// What a byte right after a run of digits says of a date or a decade ([`digit_may_start`]).
static AFTER_DIGITS: [u8; 256] = crate::tables::byte_table!(|byte| {
    let date = if byte == b'-' || byte == b'/' {
        DATE_JOINT
    } else if byte == b' ' || byte.is_ascii_alphabetic() || byte >= 0x80 {
        DAY_END
    } else {
        0
    };
    let decade = if byte == b's' || byte == b'\'' || byte == 0xE2 {
        DECADE_END
    } else {
        0
    };
    date | decade
});

/// Two-digit "decades" that are ages: "in their 60s", "over 60s", "the over-60s", "mid-40s".
/// Read as neither a decade nor a count.
fn is_age_group(text: &str, at: usize, end: usize) -> bool {
    if end - at != 3 {
        return false;
    }
    let before = &text[..at];
    if let Some(head) = before.strip_suffix('-') {
        return head.ends_with(|c: char| c.is_alphabetic());
    }
    word_before(text, at).is_some_and(|(_, w)| {
        is_in(
            w,
            &[
                "his", "her", "their", "my", "your", "our", "its", "over", "under",
            ],
        )
    })
}

/// `won 3-1`, `voted 52-48`, `a 6-3 ruling`: two bare integers joined by a dash that run high
/// to low, or follow a score word, are a score or a tally, not a range and not two counts.
fn is_score_or_tally(text: &str, c: &Core, before: &mut Before) -> bool {
    let Some(n) = c.numeral() else { return false };
    if !c.bare() || !n.is_plain() || n.int_digits > 3 {
        return false;
    }
    let rest = &text[c.end..];
    let Some(after) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')) else {
        return false;
    };
    let Ok((tail, second)) = numeral(after) else {
        return false;
    };
    if !second.is_plain() || second.int_digits > 3 || !at_word_end(tail) {
        return false;
    }
    // "15-10 km" is a (backwards) range of a measure, not a score.
    if unit_after_number(tail).is_ok() || currency_after(tail).is_ok() || scale_word(tail).is_ok() {
        return false;
    }
    let score_word = before
        .word()
        .is_some_and(|(_, w)| context::is_score_word(w));
    score_word || c.value >= second.value
}

/// Range or single quantity from a parsed core. `before` reads before `c.start`.
fn finish(
    text: &str,
    c: &Core,
    sentence: Span,
    out: &mut Vec<Quantity>,
    before: &mut Before,
) -> Option<usize> {
    let floor = out.last().map_or(0, |q| q.span.end);
    if let Some((a, b)) = range(text, c, sentence, before) {
        let end = build(text, &a, Some(&b), floor, before, out);
        return Some(end.max(b.end));
    }
    let end = build(text, c, None, floor, before, out);
    Some(end.max(c.end))
}

/// `One day, she left` and `it could one day replace coal`: "some day", not a length of time.
/// Only two shapes are taken, both rare as durations: `one day` opening a sentence or clause
/// with a comma right after it, and `one day` after a modal verb. `It took one day`, `for one
/// day`, `One day later,` and `cut from three days to one day` stay durations.
fn is_one_day_idiom(text: &str, prev: &str, c: &Core) -> bool {
    let Some(unit) = c.unit else { return false };
    let written = text.get(c.number.end..c.end).unwrap_or("").trim_start();
    if unit.unit.code != "d" || !written.eq_ignore_ascii_case("day") {
        return false;
    }
    let modal = is_in(
        prev,
        &[
            "will", "would", "could", "might", "may", "shall", "should", "must",
        ],
    );
    modal || prev.is_empty() && text.get(c.end..).is_some_and(|rest| rest.starts_with(','))
}

/// Words that make a following `one`/`second` a pronoun or a unit of time, not a number.
fn spelled_is_not_a_number(text: &str, at: usize, c: &Core) -> bool {
    let word = &text[at..c.number.end];
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    if !(is("one") || is("second") || is("half") || is("a half") || is("scores")) {
        return false;
    }
    // The word right before, not one across a full stop or a comma.
    let prev = word_before(text, at)
        .filter(|&(start, w)| {
            text[start + w.len()..at]
                .chars()
                .all(crate::parse::is_inline_space)
        })
        .map_or("", |x| x.1);
    if is("one") && is_one_day_idiom(text, prev, c) {
        return true;
    }
    let next = word_after(text, c.end).map_or("", |x| x.1);
    if is("one") && c.bare() {
        // "a one-off", "at one point": idioms, not a count.
        let after = &text[c.end..];
        let one_off = ["-off", "-offs"]
            .iter()
            .any(|w| crate::parse::word_no_case(w)(after).is_ok());
        let idiom =
            one_off || prev.eq_ignore_ascii_case("at") && next.eq_ignore_ascii_case("point");
        return idiom
            || is_in(
                prev,
                &[
                    "no", "any", "every", "the", "this", "that", "which", "each", "someone",
                    "anyone",
                ],
            )
            || is_in(
                next,
                &[
                    "another", "who", "which", "that", "of", "day", "thing", "way", "time", "such",
                ],
            );
    }
    if is("second") {
        return is_in(prev, &["a", "per", "split", "every", "one", "each", "the"])
            && !next.chars().all(char::is_alphabetic)
            || is_in(prev, &["a", "per", "split", "every", "one", "each"]);
    }
    if is("scores") {
        // "scores of people", "scores were hurt" are many; "her test scores rose" are results.
        if next.eq_ignore_ascii_case("of") {
            return false;
        }
        let many = is_in(
            next,
            &[
                "more", "were", "are", "have", "had", "dead", "injured", "killed", "wounded",
                "hurt", "missing", "arrested", "others", "upon",
            ],
        );
        let results = is_in(
            prev,
            &[
                "the", "her", "his", "their", "its", "our", "your", "my", "these", "those", "test",
                "exam", "credit", "high", "low", "top", "final", "average", "record",
            ],
        );
        return !many || results;
    }
    if is("half") && {
        // "at half time", "half-term": a part of a game or a school year.
        let after = text[c.end..].trim_start_matches(' ');
        let after = after.strip_prefix('-').unwrap_or(after);
        ["time", "term"]
            .iter()
            .any(|w| crate::parse::word_no_case(w)(after).is_ok())
    } {
        return true;
    }
    if is("half") || is("a half") {
        // "one and a half" is the word parser's; "the second half" is a part of a game or year.
        return is_in(
            prev,
            &[
                "and", "one", "the", "first", "second", "other", "latter", "its", "their",
            ],
        );
    }
    false
}

/// A figure at a word candidate: `No. 3`, a date, `US$4.2 million`, or number words.
pub(super) fn at_word(
    text: &str,
    at: usize,
    sentence: Span,
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let s = &text[at..];
    let word_len = crate::parse::runs::leading_letters(s.as_bytes());
    let word = &s.as_bytes()[..word_len];
    // The scanner has already turned ordinary words away, and "a" or "an" before a word that
    // starts no figure (`Candidates`).
    // No. 3
    if let Some(r) = s.strip_prefix("No.").or_else(|| s.strip_prefix("no."))
        && let Ok((r, _)) = space0(r)
        && let Ok((r2, n)) = numeral(r)
        && n.is_plain()
        && at_word_end(r2)
    {
        let end = offset(text, r2);
        let mut q = plain(Span::new(at, end), Kind::Ordinal, Value::Number(n.value));
        q.number_span = Span::new(offset(text, r), end);
        return one(out, q, end);
    }
    if s.as_bytes()[0].is_ascii_uppercase() {
        if let Some((q, end)) = super::date_at(text, at) {
            return one(out, q, end);
        }
        // A month or weekday name that starts no date starts nothing: no such word is a
        // number word, a sign or a currency (`date_words_start_nothing_else`).
        if time::is_date_word(word) {
            return None;
        }
    }
    // A lowercase code ("usd 500") only gets here when the scanner's filter lets an ordinary
    // word through by chance: the scanner passes codes in upper case only. Read neither, so
    // what is found does not depend on the filter's hash; the number is read on its own.
    let lowercase_code = (2..=4).contains(&word_len)
        && word.iter().all(u8::is_ascii_lowercase)
        && s.as_bytes().get(word_len) != Some(&b'$');
    // Currency codes and words are at most seven letters long.
    let currency = word_len <= 7 && currency_before(s).is_ok();
    if lowercase_code && currency {
        return None;
    }
    // "US$4.2 million", "USD 200", "C$ 16.4 million".
    if currency && let Some(c) = core(text, at, false) {
        return finish(text, &c, sentence, out, &mut Before::new(text, c.start));
    }
    let c = core_with(text, at, true, true, word_len <= 7 && !currency)?;
    // "minus 12 degrees": a sign word before digits.
    let signed_digits = matches!(c.written, Written::Digits(_))
        && ["minus ", "negative "]
            .iter()
            .any(|w| s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)));
    if signed_digits {
        return finish(text, &c, sentence, out, &mut Before::new(text, c.start));
    }
    if !matches!(c.written, Written::Words(_)) || spelled_is_not_a_number(text, at, &c) {
        return Some(c.end.max(at + 1));
    }
    finish(text, &c, sentence, out, &mut Before::new(text, c.start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Words that may follow a number: every spelling of the unit and currency tables, scale
    /// words, and ordinary words, in any case.
    fn follower() -> impl Strategy<Value = String> {
        let mut words: Vec<String> = crate::tables::units::SPELLINGS
            .into_iter()
            .chain(crate::tables::currency::SPELLINGS)
            .map(str::to_string)
            .collect();
        words.extend(
            [
                "million",
                "bn",
                "k",
                "hundred",
                "in 5",
                "cents",
                "p",
                "people",
                "percent",
                "per cent",
                "sq ft",
                "km/h",
                "years old",
                "of them",
                "Street",
                "MAX",
            ]
            .map(str::to_string),
        );
        (
            proptest::sample::select(words),
            0..3usize,
            any::<bool>(),
            "[a-z]{0,3}",
        )
            .prop_map(|(w, case, hyphen, tail)| {
                let w = match case {
                    0 => w,
                    1 => w.to_uppercase(),
                    _ => w.to_lowercase(),
                };
                let joint = if hyphen { "-" } else { " " };
                format!("{joint}{w}{tail}")
            })
    }

    /// What lets `at_word` stop at a month or weekday name that starts no date: the readers
    /// it would try next find nothing there, in any case, whatever follows.
    #[test]
    fn date_words_start_nothing_else() {
        let words = time::MONTHS
            .iter()
            .copied()
            .chain(time::MONTH_ABBREVS.iter().map(|(w, _)| *w))
            .chain(time::WEEKDAYS.iter().map(|(w, _)| *w))
            .chain(time::WEEKDAY_ABBREVS.iter().map(|(w, _, _)| *w));
        for word in words {
            assert!(time::is_date_word(word.as_bytes()), "{word}");
            for w in [word.to_string(), word.to_ascii_uppercase()] {
                for tail in ["", " 5", "$5", " $5", ". 5", " million", "-5"] {
                    let s = format!("{w}{tail}");
                    assert!(currency_before(&s).is_err(), "{s}");
                    assert!(spelled_number(&s).is_err(), "{s}");
                    assert!(core(&s, 0, true).is_none(), "{s}");
                }
            }
        }
        assert!(!time::is_date_word(b"Mayor"));
    }

    proptest! {
        /// The gate only skips parsers that could not have matched: every figure core reads
        /// the same with and without it, a scale word between the number and the word
        /// included ("5 billion euros").
        #[test]
        fn suffix_gate_changes_no_reading(
            number in "[0-9]{1,4}(\\.[0-9])?",
            currency in proptest::sample::select(vec!["", "$", "€", "US$"]),
            scale in proptest::sample::select(vec!["", " million", "bn", "-billion", " hundred", "k", " m"]),
            after in follower(),
        ) {
            let text = format!("{currency}{number}{scale}{after} and more");
            let gated = core_with(&text, 0, true, true, false).map(|c| format!("{c:?}"));
            let open = core_with(&text, 0, true, false, false).map(|c| format!("{c:?}"));
            prop_assert_eq!(gated, open, "{}", text);
        }

        /// `at_word` tells the core reader when no currency starts at the word it looked at:
        /// wherever that holds, the reading is the same as when the reader looks again.
        #[test]
        fn no_currency_hint_changes_no_reading(
            sign in proptest::sample::select(vec!["", "minus ", "Negative ", "-"]),
            word in prop_oneof![
                // No word: a sign right before a currency sign ("-$5").
                1 => Just(""),
                4 => proptest::sample::select(
                    crate::tables::number_words::NUMBER_WORDS
                        .iter()
                        .map(|(w, _)| *w)
                        .chain(crate::tables::currency::SPELLINGS)
                        .chain(["a", "an", "half", "dozen", "No", "US", "USD", "Rs", "dollar"])
                        .collect::<Vec<_>>(),
                ),
            ],
            gap in proptest::sample::select(vec!["", " ", "-", "$", " $", "€", "£"]),
            number in "([0-9]{1,4}(\\.[0-9])?)?",
            after in follower(),
        ) {
            let text = format!("{sign}{word}{gap}{number} {after} and more");
            prop_assume!(currency_before(&text).is_err());
            let hinted = core_with(&text, 0, true, true, true).map(|c| format!("{c:?}"));
            let looked = core_with(&text, 0, true, true, false).map(|c| format!("{c:?}"));
            prop_assert_eq!(hinted, looked, "{}", text);
        }
    }

    /// [`trailing_bound`] as first written: every phrase tried in list order.
    fn trailing_bound_by_list(tail: &str) -> Option<(usize, Bound)> {
        TRAILING_BOUNDS.iter().find_map(|&(phrase, bound)| {
            (tail.len() >= phrase.len()
                && tail.is_char_boundary(phrase.len())
                && tail[..phrase.len()].eq_ignore_ascii_case(phrase)
                && at_word_end(&tail[phrase.len()..]))
            .then_some((phrase.len(), bound))
        })
    }

    #[test]
    fn trailing_bounds_are_whole_phrases() {
        assert_eq!(trailing_bound("or more people"), Some((7, Bound::AtLeast)));
        assert_eq!(trailing_bound("AND MORE."), Some((8, Bound::AtLeast)));
        assert_eq!(trailing_bound("or Fewer"), Some((8, Bound::AtMost)));
        for tail in [
            "or moreover",
            "or  more",
            "or more5",
            "or moré",
            "orless",
            "or",
            "",
        ] {
            assert_eq!(trailing_bound(tail), None, "{tail}");
        }
    }

    /// What [`currency_before`] reads, with the unit's entry, for comparing readers.
    fn unit_reading(found: Option<(&str, &'static Unit)>) -> Option<(String, usize)> {
        found.map(|(rest, unit)| (rest.to_string(), std::ptr::from_ref(unit) as usize))
    }

    proptest! {
        /// The trailing bound read from its first bytes is the one the list finds, in any case,
        /// whatever follows.
        #[test]
        fn trailing_bound_matches_the_list(
            phrase in proptest::sample::select(
                TRAILING_BOUNDS.iter().map(|(p, _)| *p).chain(["or", "and", "or less than"]).collect::<Vec<_>>(),
            ),
            upper in any::<u16>(),
            cut in 0usize..3,
            tail in "[a-zA-Z0-9 .,é-]{0,4}",
        ) {
            let cased: String = phrase
                .chars()
                .enumerate()
                .map(|(i, c)| if upper >> (i % 16) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            let text = format!("{}{tail}", &cased[..cased.len() - cut]);
            prop_assert_eq!(trailing_bound(&text), trailing_bound_by_list(&text), "{}", text);
        }

        /// The reading of a currency sign before a digit is [`currency_before`]'s, the same
        /// entry of the table, whatever follows; other inputs are left to it.
        #[test]
        fn currency_sign_reads_as_the_table(
            sign in proptest::sample::select(vec!["$", "£", "€", "US$", "¥", "C$", "-", ""]),
            gap in proptest::sample::select(vec!["", " ", ".", "-", "\u{a0}"]),
            tail in "[0-9a-zA-Z .,$€£-]{0,6}",
        ) {
            let text = format!("{sign}{gap}{tail}");
            if let Some(fast) = currency_sign_before(&text) {
                prop_assert_eq!(
                    unit_reading(Some(fast)),
                    unit_reading(currency_before(&text).ok()),
                    "{}", text
                );
            } else {
                prop_assert!(
                    !matches!(sign, "$" | "£" | "€") || !gap.is_empty() || !tail.starts_with(|c: char| c.is_ascii_digit()),
                    "{}", text
                );
            }
        }
    }

    /// [`digit_may_start`] as first written, a branch on each test.
    fn digit_may_start_by_branches(s: &[u8]) -> (bool, bool) {
        let digits = crate::parse::runs::leading_digits(s);
        let next = s.get(digits).copied();
        let date = match next {
            Some(b'-' | b'/') => digits <= 4,
            Some(b) => digits <= 2 && (b == b' ' || b.is_ascii_alphabetic() || b >= 0x80),
            None => false,
        };
        let decade = matches!(digits, 2 | 4) && matches!(next, Some(b's' | b'\'' | 0xE2));
        (date, decade)
    }

    /// The byte table says of every byte after every run of digits what the branches said.
    #[test]
    fn digit_may_start_reads_as_the_branches() {
        for digits in 1..=6 {
            let mut s = vec![b'7'; digits];
            assert_eq!(digit_may_start(&s), digit_may_start_by_branches(&s));
            s.push(0);
            for b in 0..=255u8 {
                if let Some(last) = s.last_mut() {
                    *last = b;
                }
                assert_eq!(
                    digit_may_start(&s),
                    digit_may_start_by_branches(&s),
                    "{digits} {b:#x}"
                );
            }
        }
    }

    #[test]
    fn connectors_pass_the_first_bytes() {
        for s in [
            " to 5",
            " TO 5",
            " through 5",
            " and 5",
            " or 5",
            "-5",
            " - 5",
            "–5",
            " – 5",
            "~5",
            "\u{a0}to 5",
            "  to 5",
            " \u{2009}to 5",
        ] {
            assert!(may_start_connector(s.as_bytes()), "{s:?}");
        }
        for s in [
            "", " ", " t", " people", ",", "% of", " of", " a", " at", " on",
        ] {
            assert!(!may_start_connector(s.as_bytes()), "{s:?}");
        }
    }

    proptest! {
        /// The test of the first bytes turns away no connector: the reading is the same
        /// with and without it.
        #[test]
        fn connector_test_changes_no_reading(
            s in "[ \u{a0}\u{2009}\u{202f}]{0,2}[-–—~]?[ ]?(to|TO|th|through|and|An|or|oR|of|t|a|o)?[ \u{a0}]?[0-9a-z%$,.-]{0,3}",
        ) {
            prop_assert_eq!(range_connector(&s), range_connector_read(&s), "{:?}", s);
        }

        /// Where the digits and the byte after them say no date or no decade starts, the
        /// parsers find none.
        #[test]
        fn digit_starts_miss_no_date_or_decade(
            s in "[0-9]{1,6}([-/ .,%s'’a-zA-Z\u{a0}é][ 0-9a-zA-Z/.-]{0,8})?",
        ) {
            let (date, decade) = digit_may_start(s.as_bytes());
            if !date {
                prop_assert!(time::date(&s).is_err(), "{}", s);
            }
            if !decade {
                prop_assert!(time::decade(&s).is_err(), "{}", s);
            }
        }
    }
}
