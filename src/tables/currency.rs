//! The embedded currency table, and the nom parsers for a currency written before a number
//! (`$5`, `US$ 2.1bn`, `€40`, `GBP 300`) or after it (`5 dollars`, `40 euros`, `115USD`,
//! `100元`).
//!
//! Symbols, ISO 4217 codes and currency words live in ONE table ([`CURRENCIES`]); each entry
//! says where it may stand, and both parsers read it through a first-byte index computed at
//! compile time. Nothing is allocated per call.

use nom::IResult;

use super::{input_key, prefix_key};
use crate::parse::{at_word_end, fail, space0, space1};
use crate::quantity::Unit;

/// How a spelling is compared with the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// A symbol, compared exactly: `$`, `€`, `Rs`, `$US`.
    Sym,
    /// Letters and a dollar sign, ASCII case-insensitive: `US$`, `us $`, `HK$`, `C $`.
    Prefixed,
    /// An ISO 4217 code, in upper or lower case (not mixed): `USD`, `usd`.
    Code,
    /// An ISO code that is also an English word (`TRY`, `CAD`, `PEN`, `RUB`): upper case only.
    CodeUpper,
    /// A currency word, ASCII case-insensitive: `dollars`, `Swiss francs`.
    Word,
}

/// Where a spelling may stand relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Before,
    After,
    Both,
}

/// One spelling of a currency. A space inside `text` stands for one or more inline spaces
/// (or one hyphen) in the input.
#[derive(Clone, Copy, Debug)]
struct Form {
    text: &'static str,
    unit: Unit,
    style: Style,
    place: Place,
}

/// `cur![Sym Both "$" => "USD", ...]`: a list of spellings.
macro_rules! cur {
    ($($style:ident $place:ident $text:literal => $code:literal),* $(,)?) => {
        &[$(Form { text: $text, unit: Unit::currency($code), style: Style::$style, place: Place::$place }),*]
    };
}

/// Every currency spelling. Codes are ISO 4217.
#[rustfmt::skip]
const CURRENCY_DATA: &[Form] = cur![
    // ---- Symbols ----
    Sym Both "$" => "USD",
    Sym Both "€" => "EUR",
    Sym Both "£" => "GBP",
    Sym Both "¥" => "JPY",
    Sym Both "￥" => "JPY",
    Sym Both "₹" => "INR",
    Sym Both "₩" => "KRW",
    Sym Both "₽" => "RUB",
    Sym Both "₺" => "TRY",
    Sym Both "₪" => "ILS",
    Sym Both "₦" => "NGN",
    Sym Both "₱" => "PHP",
    Sym Both "฿" => "THB",
    Sym Both "₫" => "VND",
    Sym Both "₡" => "CRC",
    Sym Both "₾" => "GEL",
    Sym Both "₴" => "UAH",
    Sym Both "₸" => "KZT",
    Sym Both "₵" => "GHS",
    Sym After "元" => "CNY",
    Sym After "円" => "JPY",
    // Australian and New Zealand style: `$US5 billion`, `$A20`.
    Sym Before "$US" => "USD",
    Sym Before "$A" => "AUD",
    Sym Before "$NZ" => "NZD",
    Sym Before "Rs" => "INR",
    Sym Before "Rs." => "INR",
    Sym Before "RM" => "MYR",
    Sym Before "Rp" => "IDR",
    // ---- Dollar signs with a country prefix ----
    Prefixed Both "US$" => "USD",
    Prefixed Both "US $" => "USD",
    Prefixed Both "U.S.$" => "USD",
    Prefixed Both "U.S. $" => "USD",
    Prefixed Both "U.S $" => "USD",
    Prefixed Both "USD$" => "USD",
    // `C $` only as its own word; the caller calls at a word start. (No `A $`: "a $5 fee".)
    Prefixed Both "C$" => "CAD",
    Prefixed Both "C $" => "CAD",
    Prefixed Both "CA$" => "CAD",
    Prefixed Both "CAD$" => "CAD",
    Prefixed Both "A$" => "AUD",
    Prefixed Both "AU$" => "AUD",
    Prefixed Both "AUD$" => "AUD",
    Prefixed Both "HK$" => "HKD",
    Prefixed Both "S$" => "SGD",
    Prefixed Both "SG$" => "SGD",
    Prefixed Both "NZ$" => "NZD",
    Prefixed Both "NT$" => "TWD",
    Prefixed Both "R$" => "BRL",
    Prefixed Both "MX$" => "MXN",
    Prefixed Both "MXN$" => "MXN",
    // ---- ISO 4217 codes ----
    Code Both "USD" => "USD",
    Code Both "EUR" => "EUR",
    Code Both "GBP" => "GBP",
    Code Both "JPY" => "JPY",
    Code Both "CNY" => "CNY",
    Code Both "RMB" => "CNY",
    Code Both "INR" => "INR",
    Code Both "KRW" => "KRW",
    Code Both "CHF" => "CHF",
    Code Both "AUD" => "AUD",
    Code Both "NZD" => "NZD",
    Code Both "HKD" => "HKD",
    Code Both "SGD" => "SGD",
    Code Both "TWD" => "TWD",
    Code Both "MXN" => "MXN",
    Code Both "BRL" => "BRL",
    Code Both "ARS" => "ARS",
    Code Both "CLP" => "CLP",
    Code Both "ZAR" => "ZAR",
    Code Both "SEK" => "SEK",
    Code Both "NOK" => "NOK",
    Code Both "DKK" => "DKK",
    Code Both "PLN" => "PLN",
    Code Both "CZK" => "CZK",
    Code Both "HUF" => "HUF",
    Code Both "UAH" => "UAH",
    Code Both "ILS" => "ILS",
    Code Both "NIS" => "ILS",
    Code Both "AED" => "AED",
    Code Both "SAR" => "SAR",
    Code Both "QAR" => "QAR",
    Code Both "KWD" => "KWD",
    Code Both "EGP" => "EGP",
    Code Both "NGN" => "NGN",
    Code Both "KES" => "KES",
    Code Both "GHS" => "GHS",
    Code Both "THB" => "THB",
    Code Both "VND" => "VND",
    Code Both "MYR" => "MYR",
    Code Both "IDR" => "IDR",
    Code Both "PKR" => "PKR",
    Code Both "BDT" => "BDT",
    Code Both "KZT" => "KZT",
    Code Both "CRC" => "CRC",
    CodeUpper Both "CAD" => "CAD",
    CodeUpper Both "TRY" => "TRY",
    CodeUpper Both "PHP" => "PHP",
    CodeUpper Both "PEN" => "PEN",
    CodeUpper Both "RUB" => "RUB",
    CodeUpper Both "GEL" => "GEL",
    // ---- Words ----
    // Before a number only as "dollar 5" / "US dollar 5" (see `currency_before`).
    Word Both "dollar" => "USD",
    Word Both "US dollar" => "USD",
    Word After "dollars" => "USD",
    Word After "US dollars" => "USD",
    Word After "U.S. dollar" => "USD",
    Word After "U.S. dollars" => "USD",
    Word After "American dollars" => "USD",
    Word After "Australian dollar" => "AUD",
    Word After "Australian dollars" => "AUD",
    Word After "Canadian dollar" => "CAD",
    Word After "Canadian dollars" => "CAD",
    Word After "Hong Kong dollar" => "HKD",
    Word After "Hong Kong dollars" => "HKD",
    Word After "New Zealand dollar" => "NZD",
    Word After "New Zealand dollars" => "NZD",
    Word After "Singapore dollar" => "SGD",
    Word After "Singapore dollars" => "SGD",
    Word After "Taiwan dollars" => "TWD",
    Word After "New Taiwan dollars" => "TWD",
    Word After "euro" => "EUR",
    Word After "euros" => "EUR",
    Word After "pound" => "GBP",
    Word After "pounds" => "GBP",
    Word After "pound sterling" => "GBP",
    Word After "pounds sterling" => "GBP",
    Word After "British pounds" => "GBP",
    Word After "sterling" => "GBP",
    Word After "Egyptian pounds" => "EGP",
    Word After "yen" => "JPY",
    Word After "Japanese yen" => "JPY",
    Word After "yuan" => "CNY",
    Word After "Chinese yuan" => "CNY",
    Word After "renminbi" => "CNY",
    // Accepted by design right after a number, though "3 won the match" reads the same.
    Word After "won" => "KRW",
    Word After "South Korean won" => "KRW",
    Word After "rupee" => "INR",
    Word After "rupees" => "INR",
    Word After "Indian rupees" => "INR",
    Word After "Pakistani rupees" => "PKR",
    Word After "Sri Lankan rupees" => "LKR",
    Word After "franc" => "CHF",
    Word After "francs" => "CHF",
    Word After "Swiss franc" => "CHF",
    Word After "Swiss francs" => "CHF",
    Word After "rouble" => "RUB",
    Word After "roubles" => "RUB",
    Word After "ruble" => "RUB",
    Word After "rubles" => "RUB",
    Word After "peso" => "MXN",
    Word After "pesos" => "MXN",
    Word After "Mexican pesos" => "MXN",
    Word After "Philippine pesos" => "PHP",
    Word After "Argentine pesos" => "ARS",
    Word After "Chilean pesos" => "CLP",
    Word After "Colombian pesos" => "COP",
    Word After "reais" => "BRL",
    Word After "Brazilian real" => "BRL",
    Word After "Brazilian reais" => "BRL",
    Word After "rand" => "ZAR",
    Word After "South African rand" => "ZAR",
    Word After "lira" => "TRY",
    Word After "liras" => "TRY",
    Word After "Turkish lira" => "TRY",
    Word After "Turkish liras" => "TRY",
    Word After "dirham" => "AED",
    Word After "dirhams" => "AED",
    Word After "riyal" => "SAR",
    Word After "riyals" => "SAR",
    Word After "ringgit" => "MYR",
    Word After "baht" => "THB",
    Word After "dong" => "VND",
    Word After "zloty" => "PLN",
    Word After "zlotys" => "PLN",
    Word After "zlotych" => "PLN",
    Word After "krona" => "SEK",
    Word After "kronor" => "SEK",
    Word After "Swedish krona" => "SEK",
    Word After "Swedish kronor" => "SEK",
    Word After "krone" => "NOK",
    Word After "kroner" => "NOK",
    Word After "Norwegian krone" => "NOK",
    Word After "Norwegian kroner" => "NOK",
    Word After "Danish krone" => "DKK",
    Word After "Danish kroner" => "DKK",
    Word After "shekel" => "ILS",
    Word After "shekels" => "ILS",
    Word After "naira" => "NGN",
    Word After "rupiah" => "IDR",
    Word After "hryvnia" => "UAH",
    Word After "hryvnias" => "UAH",
    Word After "forint" => "HUF",
    Word After "forints" => "HUF",
    Word After "koruna" => "CZK",
    Word After "korunas" => "CZK",
    Word After "tenge" => "KZT",
    Word After "taka" => "BDT",
    Word After "cedis" => "GHS",
    Word After "Kenyan shillings" => "KES",
    Word After "lari" => "GEL",
    Word After "colones" => "CRC",
];

/// The currency table, materialised once.
static CURRENCIES: &[Form] = CURRENCY_DATA;

// ---- First-byte index, built at compile time ----

const N_FORMS: usize = CURRENCY_DATA.len();

/// Every spelling of every currency, as written in the table, in table order.
pub(crate) const SPELLINGS: [&str; N_FORMS] = {
    let mut out = [""; N_FORMS];
    let mut i = 0;
    while i < N_FORMS {
        out[i] = CURRENCY_DATA[i].text;
        i += 1;
    }
    out
};

/// Spellings grouped by their ASCII-lowercased first byte: the spellings that can start with
/// byte `b` are `CURRENCIES[slots[i].form]` for `i` in `starts[b]..starts[b + 1]`.
struct Index {
    starts: [u16; 257],
    slots: [Slot; N_FORMS],
}

/// Where one spelling lives (`CURRENCIES[form]`), with its [`prefix_key`].
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    mask: u64,
    form: u16,
}

/// The bucket of a first byte, case-folded so `usd` and `USD` share one bucket.
const fn bucket(b: u8) -> usize {
    b.to_ascii_lowercase() as usize
}

/// A counting sort of all spellings by bucket.
const fn build_index() -> Index {
    assert!(N_FORMS < u16::MAX as usize);
    let mut starts = [0u16; 257];
    let mut i = 0;
    while i < N_FORMS {
        // Indexing byte 0 also rejects an empty spelling at compile time.
        starts[bucket(CURRENCY_DATA[i].text.as_bytes()[0]) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < 256 {
        starts[b + 1] += starts[b];
        b += 1;
    }
    let mut next = starts;
    let mut slots = [Slot {
        key: 0,
        mask: 0,
        form: 0,
    }; N_FORMS];
    let mut i = 0;
    while i < N_FORMS {
        let k = bucket(CURRENCY_DATA[i].text.as_bytes()[0]);
        let (key, mask) = prefix_key(CURRENCY_DATA[i].text);
        slots[next[k] as usize] = Slot {
            key,
            mask,
            form: i as u16,
        };
        next[k] += 1;
        i += 1;
    }
    Index { starts, slots }
}

static INDEX: Index = build_index();

/// Matches one spelling at the start of `s` and returns the rest; word ends are checked by
/// the callers, which differ on them. A space in the spelling matches one or more inline
/// spaces or a single hyphen.
///
/// Compares bytes: an ASCII byte of the spelling only matches an ASCII byte of `s`, and a
/// non-ASCII byte only itself, so a full match always stops at a char boundary of `s`.
fn match_form<'a>(form: &Form, s: &'a str) -> Option<&'a str> {
    let (t, b) = (form.text.as_bytes(), s.as_bytes());
    // For `Style::Code`: the input so far equals the code as written / in lower case.
    let (mut upper, mut lower) = (true, true);
    let mut j = 0;
    for &c in t {
        if c == b' ' {
            if b.get(j) == Some(&b'-') {
                j += 1;
            } else {
                let (after, spaces) = space0(s.get(j..)?).ok()?;
                if spaces.is_empty() {
                    return None;
                }
                j = s.len() - after.len();
            }
            continue;
        }
        let &d = b.get(j)?;
        let ok = match form.style {
            Style::Sym | Style::CodeUpper => d == c,
            Style::Prefixed | Style::Word => d.eq_ignore_ascii_case(&c),
            Style::Code => {
                upper &= d == c;
                lower &= d == c.to_ascii_lowercase();
                upper || lower
            }
        };
        if !ok {
            return None;
        }
        j += 1;
    }
    s.get(j..)
}

/// True when the spelling ends in a letter or digit, so the input must end a word after it.
fn ends_in_word_char(form: &Form) -> bool {
    form.text
        .chars()
        .next_back()
        .is_some_and(crate::parse::is_alphanumeric)
}

/// True when `s` starts a numeral: a digit, or a decimal point then a digit (`$.50`).
fn starts_number(s: &str) -> bool {
    // A sign may sit between the currency and the digits: `$-5`, `€−3`.
    let unsigned = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}'));
    let b = unsigned.unwrap_or(s).as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_digit() => true,
        Some(b'.') => b.get(1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// The longest spelling allowed before (or after) a number that `accept` takes, with the
/// rest `accept` returns.
fn longest<'a>(
    s: &'a str,
    before: bool,
    accept: impl Fn(&Form, &'a str) -> Option<&'a str>,
) -> Option<(&'a str, &'static Form)> {
    let &first = s.as_bytes().first()?;
    let k = bucket(first);
    let slots = &INDEX.slots[INDEX.starts[k] as usize..INDEX.starts[k + 1] as usize];
    // Most inputs start with a byte no spelling starts with (a digit, a space).
    if slots.is_empty() {
        return None;
    }
    let key = input_key(s);
    let mut best: Option<(&'a str, &'static Form)> = None;
    for slot in slots {
        if key & slot.mask != slot.key {
            continue;
        }
        let form = &CURRENCIES[slot.form as usize];
        let allowed = match form.place {
            Place::Both => true,
            Place::Before => before,
            Place::After => !before,
        };
        if !allowed {
            continue;
        }
        if let Some(rest) = match_form(form, s).and_then(|rest| accept(form, rest)) {
            // Shorter rest = longer match; on a tie the earlier spelling stays.
            if best.is_none_or(|(r, _)| rest.len() < r.len()) {
                best = Some((rest, form));
            }
        }
    }
    best
}

/// Currency written BEFORE the number: `$`, `US$`, `US $`, `U.S. $`, `C$`, `HK$`, `R$`,
/// `€`, `£`, `¥`, `₹`, … and ISO codes (`USD`, `EUR`, `RMB`→CNY, …). A symbol must be
/// followed by inline space(s) or a digit; a code must be followed by a number, directly
/// (`USD5`) or after spaces (`GBP 300`), so `USD was` is not read. The words `dollar` and
/// `US dollar` count only when a space and a digit follow. Consumes the currency and any
/// inline spaces after it, and returns the currency's unit (code ISO 4217).
///
/// Callers should call this only at a word start: the input before is not visible here,
/// so `C $5` cannot tell that `C` stands alone.
pub(crate) fn currency_before(input: &str) -> IResult<&str, &'static Unit> {
    let found = longest(input, true, |form, rest| {
        let (after, spaces) = space0(rest).ok()?;
        let ok = match form.style {
            Style::Word => space1(rest).is_ok() && starts_number(after),
            _ if ends_in_word_char(form) => {
                // `USD5`, `Rs500`, `$US5`: glued to the digits, or spaced before a number.
                starts_number(after)
                    && (!spaces.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()))
            }
            _ => !spaces.is_empty() || starts_number(after),
        };
        ok.then_some(after)
    });
    match found {
        Some((rest, form)) => Ok((rest, &form.unit)),
        None => fail(input),
    }
}

/// Currency written AFTER the number and any scale word: the input starts right after them
/// and may begin with inline spaces: `dollars`, `US dollars`, `Australian dollars`, `euros`,
/// `pounds sterling`, `pounds`, `yen`, `won`, `Swiss francs`, `rubles`, … ISO codes
/// (`USD`, `usd`, also glued: `115USD`) and symbols (`10 €`, `100元`, `100₾`). Words are
/// case-insensitive; every match must be followed by a non-alphanumeric char or the end, so
/// `dollarsign` and `2 $5` are not read. `cents` is not a currency. Returns the rest (after
/// the currency) and the currency's unit (code ISO 4217).
pub(crate) fn currency_after(input: &str) -> IResult<&str, &'static Unit> {
    let (s, _) = space0(input)?;
    // Even a symbol must not run into a word or a number: in `2 $5 bills` the `$` belongs
    // to the `5`.
    let found = longest(s, false, |_, rest| at_word_end(rest).then_some(rest));
    match found {
        Some((rest, form)) => Ok((rest, &form.unit)),
        None => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The extractor skips this table at a digit.
    #[test]
    fn no_spelling_starts_with_a_digit() {
        for spelling in SPELLINGS {
            assert!(
                !spelling.starts_with(|c: char| c.is_ascii_digit()),
                "{spelling}"
            );
        }
    }

    fn before(input: &str) -> (&str, &'static str) {
        let (rest, unit) =
            currency_before(input).unwrap_or_else(|e| panic!("no currency in {input:?}: {e:?}"));
        (rest, unit.code)
    }

    fn after(input: &str) -> (&str, &'static str) {
        let (rest, unit) =
            currency_after(input).unwrap_or_else(|e| panic!("no currency in {input:?}: {e:?}"));
        (rest, unit.code)
    }

    fn no_before(input: &str) {
        match currency_before(input) {
            Err(nom::Err::Error(e)) => assert_eq!(e.input, input, "consumed on {input:?}"),
            other => panic!("unexpected currency before {input:?}: {other:?}"),
        }
    }

    fn no_after(input: &str) {
        match currency_after(input) {
            Err(nom::Err::Error(e)) => assert_eq!(e.input, input, "consumed on {input:?}"),
            other => panic!("unexpected currency after {input:?}: {other:?}"),
        }
    }

    #[test]
    fn codes_are_iso_shaped() {
        for f in CURRENCIES {
            assert!(
                f.unit.code.len() == 3 && f.unit.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{f:?}"
            );
        }
    }

    #[test]
    fn no_spelling_is_listed_twice() {
        for (i, a) in CURRENCIES.iter().enumerate() {
            for b in &CURRENCIES[i + 1..] {
                assert!(!a.text.eq_ignore_ascii_case(b.text), "{a:?} / {b:?}");
            }
        }
    }

    /// Every spelling reads back as its own currency where it is allowed.
    #[test]
    fn every_spelling_reads_as_itself() {
        for f in CURRENCIES {
            if f.place != Place::After {
                let input = format!("{} 5", f.text);
                assert_eq!(before(&input), ("5", f.unit.code), "{input:?}");
                if f.style != Style::Word {
                    let input = format!("{}5", f.text);
                    assert_eq!(before(&input), ("5", f.unit.code), "{input:?}");
                }
            }
            if f.place != Place::Before {
                let input = format!(" {}.", f.text);
                assert_eq!(after(&input), (".", f.unit.code), "{input:?}");
            }
        }
    }

    #[test]
    fn before_symbols() {
        assert_eq!(before("$5"), ("5", "USD"));
        assert_eq!(before("$ 5"), ("5", "USD"));
        assert_eq!(before("$.50"), (".50", "USD"));
        assert_eq!(before("US$5"), ("5", "USD"));
        assert_eq!(before("US $5"), ("5", "USD"));
        assert_eq!(before("U.S. $5"), ("5", "USD"));
        assert_eq!(before("u.s $5"), ("5", "USD"));
        assert_eq!(before("us $ 5"), ("5", "USD"));
        assert_eq!(before("C$5"), ("5", "CAD"));
        assert_eq!(before("c $5"), ("5", "CAD"));
        assert_eq!(before("A$5"), ("5", "AUD"));
        assert_eq!(before("HK$5"), ("5", "HKD"));
        assert_eq!(before("S$5"), ("5", "SGD"));
        assert_eq!(before("R$5"), ("5", "BRL"));
        assert_eq!(before("NZ$5"), ("5", "NZD"));
        assert_eq!(before("MX$5"), ("5", "MXN"));
        assert_eq!(before("mxn$5"), ("5", "MXN"));
        assert_eq!(before("usd$5"), ("5", "USD"));
        assert_eq!(before("aud$5"), ("5", "AUD"));
        assert_eq!(before("$US5"), ("5", "USD"));
        assert_eq!(before("€2.3bn"), ("2.3bn", "EUR"));
        assert_eq!(before("£40"), ("40", "GBP"));
        assert_eq!(before("¥100"), ("100", "JPY"));
        assert_eq!(before("₹100"), ("100", "INR"));
        assert_eq!(before("₩100"), ("100", "KRW"));
        assert_eq!(before("₽100"), ("100", "RUB"));
        assert_eq!(before("₺100"), ("100", "TRY"));
        assert_eq!(before("₪100"), ("100", "ILS"));
        assert_eq!(before("₦100"), ("100", "NGN"));
        assert_eq!(before("₱100"), ("100", "PHP"));
        assert_eq!(before("฿100"), ("100", "THB"));
        assert_eq!(before("₫100"), ("100", "VND"));
        assert_eq!(before("₡100"), ("100", "CRC"));
        assert_eq!(before("₾100"), ("100", "GEL"));
        assert_eq!(before("Rs 500"), ("500", "INR"));
        assert_eq!(before("Rs.500"), ("500", "INR"));
        assert_eq!(before("RM5bn"), ("5bn", "MYR"));
        assert_eq!(before("$\u{a0}5"), ("5", "USD"));
    }

    #[test]
    fn before_codes_and_words() {
        assert_eq!(before("USD 5"), ("5", "USD"));
        assert_eq!(before("USD5"), ("5", "USD"));
        assert_eq!(before("usd 5"), ("5", "USD"));
        assert_eq!(before("EUR 5"), ("5", "EUR"));
        assert_eq!(before("GBP 300"), ("300", "GBP"));
        assert_eq!(before("JPY 5"), ("5", "JPY"));
        assert_eq!(before("CNY 5"), ("5", "CNY"));
        assert_eq!(before("RMB 5"), ("5", "CNY"));
        assert_eq!(before("INR 5"), ("5", "INR"));
        assert_eq!(before("KRW 5"), ("5", "KRW"));
        assert_eq!(before("CHF 5"), ("5", "CHF"));
        assert_eq!(before("CAD 5"), ("5", "CAD"));
        assert_eq!(before("AUD 5"), ("5", "AUD"));
        assert_eq!(before("dollar 5"), ("5", "USD"));
        assert_eq!(before("US dollar 5"), ("5", "USD"));
        no_before("dollar5");
        no_before("dollar is");
        no_before("dollars 5");
        no_before("USD was");
        no_before("USD");
        no_before("Usd 5");
        no_before("cad 5");
        no_before("try 5");
        no_before("pen 3");
        no_before("USDA 5");
    }

    #[test]
    fn before_negatives() {
        for s in [
            "",
            " ",
            " $5",
            "$",
            "$-",
            "$x",
            "$,",
            "a $5",
            "A $5",
            "Euro 2024",
            "euros 5",
            "COP28",
            "COP 28",
            "C",
            "C ",
            "US",
            "U.S. 5",
            "Rs",
            "Rsx 5",
            "RS 5",
            "rs 5",
            "5",
            "é",
            "€€",
            "RMx",
            "RMB",
        ] {
            no_before(s);
        }
    }

    #[test]
    fn after_words() {
        for (s, c) in [
            (" dollars", "USD"),
            (" dollar", "USD"),
            (" US dollars", "USD"),
            (" us dollars", "USD"),
            (" U.S. dollars", "USD"),
            (" Australian dollars", "AUD"),
            (" Canadian dollars", "CAD"),
            (" Hong Kong dollars", "HKD"),
            (" euros", "EUR"),
            (" euro", "EUR"),
            (" Euros", "EUR"),
            (" pounds sterling", "GBP"),
            (" pounds", "GBP"),
            (" sterling", "GBP"),
            (" yen", "JPY"),
            (" yuan", "CNY"),
            (" renminbi", "CNY"),
            (" won", "KRW"),
            (" rupees", "INR"),
            (" rupee", "INR"),
            (" francs", "CHF"),
            (" Swiss francs", "CHF"),
            (" roubles", "RUB"),
            (" rubles", "RUB"),
            (" pesos", "MXN"),
            (" reais", "BRL"),
            (" rand", "ZAR"),
            (" lira", "TRY"),
            (" Turkish lira", "TRY"),
            (" dirhams", "AED"),
            (" riyals", "SAR"),
            (" ringgit", "MYR"),
            (" baht", "THB"),
            (" dong", "VND"),
            (" zloty", "PLN"),
            (" krona", "SEK"),
            (" kronor", "SEK"),
            (" kroner", "NOK"),
            (" shekels", "ILS"),
            (" naira", "NGN"),
        ] {
            assert_eq!(after(s), ("", c), "{s:?}");
        }
        assert_eq!(after(" won the match"), (" the match", "KRW"));
        assert_eq!(after(" dollars,"), (",", "USD"));
        assert_eq!(after(" euro-denominated"), ("-denominated", "EUR"));
        assert_eq!(after("\u{a0}euros"), ("", "EUR"));
        // Longest match.
        assert_eq!(after(" pounds sterling."), (".", "GBP"));
        assert_eq!(after(" Egyptian pounds"), ("", "EGP"));
        assert_eq!(after(" Philippine pesos"), ("", "PHP"));
    }

    #[test]
    fn after_codes_and_symbols() {
        assert_eq!(after(" USD"), ("", "USD"));
        assert_eq!(after("USD"), ("", "USD"));
        assert_eq!(after("USD."), (".", "USD"));
        assert_eq!(after(" usd"), ("", "USD"));
        assert_eq!(after(" EUR"), ("", "EUR"));
        assert_eq!(after(" eur,"), (",", "EUR"));
        assert_eq!(after(" €"), ("", "EUR"));
        assert_eq!(after(" $"), ("", "USD"));
        assert_eq!(after("元"), ("", "CNY"));
        assert_eq!(after(" ₡"), ("", "CRC"));
        assert_eq!(after("₾"), ("", "GEL"));
        assert_eq!(after(" TRY"), ("", "TRY"));
        no_after(" try");
        no_after(" cad");
        no_after(" USDA");
        no_after(" Usd");
        no_after(" $5");
        no_after(" €x");
    }

    #[test]
    fn after_negatives() {
        for s in [
            " dollarsign",
            " dollarization",
            " Europe",
            " European",
            " euroskeptic",
            " cents",
            " cent",
            " pence",
            " pounding",
            " wonder",
            " Rs",
            " RM",
            " $US",
            " people",
            " seats",
            " randomly",
            " donga",
            "",
            " ",
            "\ndollars",
            " 😀",
            " é",
        ] {
            no_after(s);
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let samples = [
            "U.S.",
            "U.S. ",
            "u.\u{e9}",
            "US\u{a0}",
            "C\u{301}$",
            "€\u{301}",
            "US dollar\u{a0}",
            "dollar ",
            "$\u{2009}",
            "元元",
            "￥",
            "Hong",
            "Hong Kong",
            "R",
            "$U",
            "\u{feff}$",
        ];
        for s in samples {
            for (i, _) in s.char_indices() {
                let _ = currency_before(&s[i..]);
                let _ = currency_after(&s[i..]);
            }
        }
    }
}
