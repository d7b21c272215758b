//! Spelled-out numbers: `seventy-five thousand`, `three hundred and forty-two million`,
//! `twenty-first`, `two-thirds`, `one and a half`, `half a million`, `one in five`,
//! `two hundred point zero three`, `minus one`, `hundreds of thousands`.
//!
//! The words come from [`crate::tables::number_words`]. Words are ASCII letters matched
//! case-insensitively and as whole words. Between two words of one number stand inline spaces
//! (any run) or one hyphen (`-`, U+2010, U+2011); an en dash is not a joiner, so
//! `five–six` stays a range for the caller.
//!
//! How it works: a small state machine reads the integer part word by word (`one hundred and
//! forty-two million ...`, ordinals included). Every point where the words read so far make a
//! complete number is a *snapshot*; from each snapshot the continuations are tried (a fraction
//! denominator, `and a half`, `point five`, `in five`, `of a million`), and the candidate that
//! consumes the most input wins. On a tie the later snapshot (the greedier integer) wins, except
//! that `one hundredth of` stays a fraction rather than the ordinal 100.
//!
//! A candidate that joined words with `and` is dropped when a number word follows it right
//! away: in `two hundred and three hundred` the reading `203` would cut `hundred` off, so the
//! number is `two hundred` and `and three hundred` is left to the caller.
//!
//! Nothing here allocates. The reject path reads the first word and looks it up in the table,
//! so a word that cannot start a number is refused after one hash lookup.

use std::cell::Cell;

use nom::IResult;
use rust_decimal::Decimal;

use crate::parse::{fail, space1, word_no_case};
use crate::tables::number_words::{
    Inflection, NumberWord, Place, ascii_word, lookup, number_word_at, scale_at,
};

/// What sort of number the words make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SpelledForm {
    /// `five`, `seventy-five thousand`, `one and a half`, `half a million`, `a dozen`.
    Cardinal,
    /// `third`, `twenty-first`, `two hundredth`. `second` is returned too: the caller decides
    /// whether it is the time unit.
    Ordinal,
    /// `two-thirds`, `a quarter`, `half`, `one in five`, `one over twenty`.
    Fraction,
    /// `hundreds`, `thousands`, `millions`, `dozens`, `scores`, `tens`, `hundreds of thousands`:
    /// the value is the unit (100, 1000, 1000000, 12, 20, 10, 100000).
    Vague,
}

/// A spelled-out number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Spelled {
    /// The exact value (fractions are rounded to Decimal's 28 digits: `a third` is
    /// 0.3333333333333333333333333333).
    pub value: Decimal,
    /// What sort of number it is.
    pub form: SpelledForm,
    /// A scale word (thousand, million, billion, trillion, lakh, crore) was applied, in the
    /// cardinal or the ordinal form (`three trillionth`).
    pub scaled: bool,
}

/// Parses a spelled-out number at the start of input (input starts at a word start; no leading spaces).
/// Longest match. Whole words only (at_word_end on the rest). Returns the rest right after the last word consumed (never consumes trailing spaces or a following non-number word).
///
/// Errors when the first word cannot start a number, when no complete number follows
/// (`a`, `a lot`, `minus`, `quarter` alone, `hundred` alone), and on arithmetic overflow.
/// `half` alone is the fraction 0.5 (`half-time` gives 0.5 and leaves `-time`).
///
/// Most calls in prose are one word before an ordinary word (`two people`, `third-largest`,
/// `half of voters`, `quarter revenue`, `a lot`): [`shortcut`] answers those without the
/// state machine, with exactly what [`read_number`] would give (the tests compare the two
/// on every table word).
pub(crate) fn spelled_number(input: &str) -> IResult<&str, Spelled> {
    let Some((word, after_word)) = ascii_word(input) else {
        return fail(input);
    };
    let signed = is_sign(word);
    if !signed {
        match shortcut(word, after_word) {
            Shortcut::Alone(spelled) => return Ok((after_word, spelled)),
            Shortcut::NoNumber => return fail(input),
            Shortcut::Unsure => {}
        }
    }
    read_number(input, signed, after_word)
}

/// [`spelled_number`] without its shortcut: the reference the tests compare it with.
#[cfg(test)]
fn spelled_number_slow(input: &str) -> IResult<&str, Spelled> {
    let Some((word, after_word)) = ascii_word(input) else {
        return fail(input);
    };
    let signed = is_sign(word);
    if !signed && !is_article(word) && lookup(word).is_none() {
        return fail(input);
    }
    read_number(input, signed, after_word)
}

/// The full reader behind [`spelled_number`], once the first word (followed by
/// `after_word`) is known to be a sign, an article or a number word.
fn read_number<'a>(input: &'a str, signed: bool, after_word: &'a str) -> IResult<&'a str, Spelled> {
    let ctx = Ctx::default();
    let found = if signed {
        sep(after_word)
            .and_then(|after| unsigned(&ctx, after))
            .filter(|(s, _)| matches!(s.form, SpelledForm::Cardinal | SpelledForm::Fraction))
            .map(|(s, rest)| {
                (
                    Spelled {
                        value: -s.value,
                        ..s
                    },
                    rest,
                )
            })
    } else {
        unsigned(&ctx, input)
    };
    match found {
        Some((spelled, rest)) if !ctx.overflow.get() => {
            // `1.50` from `one and a half` reads as `1.5`.
            let value = spelled.value.normalize();
            Ok((rest, Spelled { value, ..spelled }))
        }
        _ => fail(input),
    }
}

/// What [`shortcut`] can tell from the first word and a look at the next one.
#[derive(Debug)]
enum Shortcut {
    /// The number is the first word alone: it ends where the word ends.
    Alone(Spelled),
    /// No number starts here.
    NoNumber,
    /// More words may belong to the number: the full reader decides.
    Unsure,
}

/// The answer of [`read_number`] for a first word (not a sign) followed by `after_word`,
/// when it follows from the word and the next whole word alone. Why each case is exact:
///
/// - Not `a`/`an` and not in the table: [`unsigned`] looks the word up and gives up.
/// - `a`/`an`: [`unsigned`] reads a denominator (`a third`) or runs the machine from
///   [`Last::Article`], which needs a number word to become complete (`a hundred`); both need
///   a separator and a table word next, so `a lot` has no number.
/// - An ordinal units or tens word (`third`, `twentieth`): the machine reads it, offers it and
///   stops, and an ordinal takes no continuation, so `third quarter` is 3 whatever follows.
/// - A cardinal units or tens word (`two`, `forty`): offered alone unless
///   [`cardinal_may_grow`].
/// - `half`/`quarter`: [`unsigned`] offers 0.5 for `half` (nothing for `quarter`) and then
///   only tries [`frac_mult`]; without [`multiplier_may_follow`] that is the answer.
///
/// A keyword the continuations read ([`keyword`], [`article`]) matches exactly when
/// [`ascii_word`] reads that word, so comparing the next whole word suffices.
fn shortcut(word: &str, after_word: &str) -> Shortcut {
    if is_article(word) {
        return match sep(after_word).and_then(number_word_at) {
            // A units word does not follow an article in [`run`] (`a two`, `a first`), and
            // neither a cardinal one nor `first`/`second` is a [`denominator`] (`a third`
            // is): nothing starts here. Common in prose: "a first step", "a second term".
            Some((w, _))
                if w.place == Place::Unit
                    && (w.inflection == Inflection::Cardinal
                        || w.inflection == Inflection::Ordinal && w.value < 3) =>
            {
                Shortcut::NoNumber
            }
            Some(_) => Shortcut::Unsure,
            None => Shortcut::NoNumber,
        };
    }
    let Some(w) = lookup(word) else {
        return Shortcut::NoNumber;
    };
    // An integer from `u64` has scale 0, what `normalize` gives the full reader's value.
    let whole = Decimal::from(w.value);
    match (w.place, w.inflection) {
        (Place::Unit | Place::Ten, Inflection::Ordinal) => Shortcut::Alone(Spelled {
            value: whole,
            form: SpelledForm::Ordinal,
            scaled: false,
        }),
        (Place::Unit | Place::Ten, Inflection::Cardinal) if !cardinal_may_grow(after_word) => {
            Shortcut::Alone(cardinal(whole, false))
        }
        (Place::Part, Inflection::Ordinal) if !multiplier_may_follow(after_word) => {
            if w.value == 2 {
                Shortcut::Alone(fraction((Decimal::ONE / Decimal::TWO).normalize()))
            } else {
                Shortcut::NoNumber
            }
        }
        _ => Shortcut::Unsure,
    }
}

/// True when the text after a cardinal units or tens word may extend the number. From
/// such a word the machine ([`run`]) and the continuations ([`offer_snapshot`]) read on
/// only through a separator ([`sep`]) and then one of: a table word (the next word of the
/// integer, or a denominator as in `two thirds`), `and` ([`mixed`]: `one and a half`),
/// `point` ([`decimal`]) or `in`/`over` ([`ratio`]). `of`, `a` and `an` are read only after
/// one of those, and [`Best::offer`] looks ahead only after an `and`.
/// `false` for `two people`, `ten-year`, `one of`, `five.`.
fn cardinal_may_grow(after_word: &str) -> bool {
    let Some((next, _)) = sep(after_word).and_then(ascii_word) else {
        return false;
    };
    lookup(next).is_some()
        || ["and", "point", "in", "over"]
            .iter()
            .any(|kw| next.eq_ignore_ascii_case(kw))
}

/// True when [`frac_mult`] may find a multiplier after `half` or `quarter` (`half a
/// million`, `quarter of a million`, `quarter million`): a separator, then a table word,
/// `a`/`an`, or `of` followed by a separator and `a`/`an`.
/// `false` for `half of voters`, `quarter revenue`, `quarter.`.
pub(crate) fn multiplier_may_follow(after_word: &str) -> bool {
    let Some((next, rest)) = sep(after_word).and_then(ascii_word) else {
        return false;
    };
    if next.eq_ignore_ascii_case("of") {
        return sep(rest).and_then(article).is_some();
    }
    is_article(next) || lookup(next).is_some()
}

/// Shared state of one call: whether any arithmetic overflowed.
#[derive(Default)]
struct Ctx {
    overflow: Cell<bool>,
}

impl Ctx {
    /// Passes a checked result through, noting an overflow.
    fn ck(&self, v: Option<Decimal>) -> Option<Decimal> {
        if v.is_none() {
            self.overflow.set(true);
        }
        v
    }
}

fn is_article(word: &str) -> bool {
    word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")
}

fn is_sign(word: &str) -> bool {
    word.eq_ignore_ascii_case("minus") || word.eq_ignore_ascii_case("negative")
}

/// What may stand between two words of one number: a run of inline spaces, or one hyphen.
fn sep(s: &str) -> Option<&str> {
    // Decided on the first byte when it is ASCII: only a non-ASCII char can be one of the
    // Unicode hyphens or another inline space.
    match *s.as_bytes().first()? {
        b'-' => s.get(1..),
        b' ' => Some(crate::parse::skip_spaces(s)),
        b if b >= 0x80 => sep_other(s),
        _ => None,
    }
}

/// [`sep`] at a non-ASCII char: a Unicode hyphen, or inline spaces.
#[inline(never)]
fn sep_other(s: &str) -> Option<&str> {
    for hyphen in ['\u{2010}', '\u{2011}'] {
        if let Some(rest) = s.strip_prefix(hyphen) {
            return Some(rest);
        }
    }
    space1(s).ok().map(|(rest, _)| rest)
}

/// The keyword `kw` (lower-case) as a whole word at the start of `s`.
fn keyword<'a>(s: &'a str, kw: &'static str) -> Option<&'a str> {
    word_no_case(kw)(s).ok().map(|(rest, _)| rest)
}

/// `a` or `an` at the start of `s`.
fn article(s: &str) -> Option<&str> {
    keyword(s, "a").or_else(|| keyword(s, "an"))
}

/// True when a separator and a number word follow.
fn next_is_number_word(rest: &str) -> bool {
    sep(rest).and_then(number_word_at).is_some()
}

/// True when a separator and `of` follow.
fn followed_by_of(rest: &str) -> bool {
    sep(rest).and_then(|s| keyword(s, "of")).is_some()
}

/// The longest candidate seen so far.
#[derive(Default)]
struct Best<'a> {
    found: Option<(Spelled, &'a str)>,
}

impl<'a> Best<'a> {
    fn offer(&mut self, spelled: Spelled, rest: &'a str, has_and: bool) {
        if has_and && next_is_number_word(rest) {
            return;
        }
        let better = match &self.found {
            None => true,
            Some((old, old_rest)) => {
                rest.len() < old_rest.len()
                    || (rest.len() == old_rest.len()
                        && !(spelled.form == SpelledForm::Ordinal
                            && old.form == SpelledForm::Fraction
                            && followed_by_of(rest)))
            }
        };
        if better {
            self.found = Some((spelled, rest));
        }
    }
}

fn cardinal(value: Decimal, scaled: bool) -> Spelled {
    Spelled {
        value,
        form: SpelledForm::Cardinal,
        scaled,
    }
}

fn fraction(value: Decimal) -> Spelled {
    Spelled {
        value,
        form: SpelledForm::Fraction,
        scaled: false,
    }
}

/// A number without a sign, at a word start.
fn unsigned<'a>(ctx: &Ctx, input: &'a str) -> Option<(Spelled, &'a str)> {
    let (word, after_word) = ascii_word(input)?;
    let mut best = Best::default();
    if is_article(word) {
        // `a third`, `a half million`; `a hundred`, `a million`, `a dozen`.
        if let Some((den, false, rest)) = sep(after_word).and_then(denominator) {
            offer_fraction(ctx, Decimal::ONE, den, rest, false, false, &mut best);
        }
        run(ctx, Int::new(Last::Article, after_word), &mut |s| {
            offer_snapshot(ctx, s, &mut best)
        });
        return best.found;
    }
    let w = lookup(word)?;
    match (w.place, w.inflection) {
        (_, Inflection::Plural) => return Some(vague(w, after_word)),
        (Place::Part, Inflection::Ordinal) => {
            // `half`, `half a million`, `quarter million`, `quarter of a million`.
            let half = w.value == 2;
            if half {
                best.offer(fraction(Decimal::ONE / Decimal::TWO), after_word, false);
            }
            if let Some((v, scaled, rest)) = frac_mult(ctx, Decimal::ONE, w.value, after_word, half)
            {
                best.offer(cardinal(v, scaled), rest, false);
            }
        }
        (Place::Part, _) | (_, Inflection::OrdinalPlural) => return None,
        _ => run(ctx, Int::new(Last::Start, input), &mut |s| {
            offer_snapshot(ctx, s, &mut best)
        }),
    }
    best.found
}

/// `hundreds`, `dozens`, `tens of thousands`, `hundreds of millions`.
fn vague(w: NumberWord, after_word: &str) -> (Spelled, &str) {
    let mut value = Decimal::from(w.value);
    let mut rest = after_word;
    if w.place != Place::Dozen {
        let of_next = sep(after_word)
            .and_then(|s| keyword(s, "of"))
            .and_then(sep)
            .and_then(number_word_at);
        if let Some((next, after)) = of_next {
            if next.place == Place::Scale
                && next.inflection == Inflection::Plural
                && next.value > w.value
            {
                if let Some(v) = value.checked_mul(Decimal::from(next.value)) {
                    value = v;
                    rest = after;
                }
            }
        }
    }
    (
        Spelled {
            value,
            form: SpelledForm::Vague,
            scaled: false,
        },
        rest,
    )
}

/// The kind of the last word the integer machine read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    /// Nothing read yet.
    Start,
    /// `a`/`an`, standing for one before `hundred`, a scale word or `dozen`.
    Article,
    /// `zero` to `nineteen`.
    Unit,
    /// `twenty` to `ninety`.
    Ten,
    /// `hundred`.
    Hundred,
    /// A scale word.
    Scale,
    /// `dozen`: nothing follows.
    Dozen,
    /// An ordinal word: nothing follows.
    Ordinal,
}

/// The integer machine's state: the value read so far is `done + chunk + group`.
#[derive(Clone, Copy, Debug)]
struct Int<'a> {
    /// The chunks before `chunk`.
    done: Decimal,
    /// The last scaled chunk (`five million` → 5000000).
    chunk: Decimal,
    /// The group being read, not yet scaled (`three hundred and forty-two`).
    group: Decimal,
    /// The multiplier of `chunk`; later scales must be smaller.
    mult: Option<Decimal>,
    /// The multiplier of the chunk before `chunk` (bounds a compound such as `lakh crore`).
    prev_mult: Option<Decimal>,
    last: Last,
    /// An `and` joined two words.
    has_and: bool,
    /// The input right after the last word read.
    rest: &'a str,
}

impl<'a> Int<'a> {
    fn new(last: Last, rest: &'a str) -> Self {
        let group = if last == Last::Article {
            Decimal::ONE
        } else {
            Decimal::ZERO
        };
        Int {
            done: Decimal::ZERO,
            chunk: Decimal::ZERO,
            group,
            mult: None,
            prev_mult: None,
            last,
            has_and: false,
            rest,
        }
    }

    fn complete(&self) -> bool {
        !matches!(self.last, Last::Start | Last::Article)
    }

    /// A cardinal without scale words, ending in a unit, ten or `hundred`: may be a numerator,
    /// take `point five`, or start `one in five`.
    fn plain_group(&self) -> bool {
        matches!(self.last, Last::Unit | Last::Ten | Last::Hundred) && self.mult.is_none()
    }

    fn value(&self, ctx: &Ctx) -> Option<Decimal> {
        ctx.ck(self
            .done
            .checked_add(self.chunk)
            .and_then(|v| v.checked_add(self.group)))
    }
}

/// Reads one more word into the machine, or `None` when it cannot attach.
fn step<'a>(ctx: &Ctx, st: &Int<'a>, w: NumberWord, after_and: bool) -> Option<Int<'a>> {
    let ordinal = match w.inflection {
        Inflection::Cardinal => false,
        Inflection::Ordinal => true,
        Inflection::Plural if w.place == Place::Dozen && w.value == 12 => false,
        _ => return None,
    };
    let v = Decimal::from(w.value);
    let hundred = Decimal::ONE_HUNDRED;
    let mut n = *st;
    match w.place {
        Place::Unit => {
            let ok = match st.last {
                Last::Start => !after_and,
                Last::Ten => !after_and && (1..=9).contains(&w.value),
                Last::Hundred | Last::Scale => w.value >= 1,
                _ => false,
            };
            if !ok || w.inflection == Inflection::Plural {
                return None;
            }
            n.group = ctx.ck(st.group.checked_add(v))?;
            n.last = if ordinal { Last::Ordinal } else { Last::Unit };
        }
        Place::Ten => {
            let ok = match st.last {
                Last::Start => !after_and,
                Last::Hundred | Last::Scale => true,
                _ => false,
            };
            if !ok {
                return None;
            }
            n.group = ctx.ck(st.group.checked_add(v))?;
            n.last = if ordinal { Last::Ordinal } else { Last::Ten };
        }
        Place::Hundred => {
            if after_and {
                return None;
            }
            let base = match st.last {
                Last::Unit | Last::Ten if st.group >= Decimal::ONE && st.group < hundred => {
                    st.group
                }
                Last::Article if !ordinal => Decimal::ONE,
                Last::Start if ordinal => Decimal::ONE,
                _ => return None,
            };
            n.group = ctx.ck(base.checked_mul(hundred))?;
            n.last = if ordinal {
                Last::Ordinal
            } else {
                Last::Hundred
            };
        }
        Place::Scale => {
            if after_and {
                return None;
            }
            match st.last {
                Last::Unit | Last::Ten | Last::Hundred | Last::Article
                    if st.group > Decimal::ZERO && !(ordinal && st.last == Last::Article) =>
                {
                    if st.mult.is_some_and(|m| v >= m) {
                        return None;
                    }
                    n.done = ctx.ck(st.done.checked_add(st.chunk))?;
                    n.chunk = ctx.ck(st.group.checked_mul(v))?;
                    n.group = Decimal::ZERO;
                    n.prev_mult = st.mult;
                    n.mult = Some(v);
                }
                // `thousandth` alone.
                Last::Start if ordinal => {
                    n.chunk = v;
                    n.mult = Some(v);
                }
                // A compound: `two lakh crore`, `a thousand million`.
                Last::Scale if !ordinal => {
                    let m = st.mult?;
                    if v <= m {
                        return None;
                    }
                    let compound = ctx.ck(m.checked_mul(v))?;
                    if st.prev_mult.is_some_and(|p| compound >= p) {
                        return None;
                    }
                    n.chunk = ctx.ck(st.chunk.checked_mul(v))?;
                    n.mult = Some(compound);
                }
                _ => return None,
            }
            n.last = if ordinal { Last::Ordinal } else { Last::Scale };
        }
        Place::Dozen => {
            if after_and || ordinal || w.value != 12 {
                return None;
            }
            n.group = match st.last {
                Last::Unit | Last::Ten | Last::Hundred if st.group > Decimal::ZERO => {
                    ctx.ck(st.group.checked_mul(v))?
                }
                // `a dozen`, and `dozen` alone (a headline's "Dozen killed").
                Last::Article | Last::Start if w.inflection == Inflection::Cardinal => v,
                _ => return None,
            };
            n.last = Last::Dozen;
        }
        Place::Part => return None,
    }
    Some(n)
}

/// Runs the integer machine from `st`, calling `visit` at every complete number.
fn run<'a>(ctx: &Ctx, mut st: Int<'a>, visit: &mut dyn FnMut(&Int<'a>)) {
    loop {
        if st.complete() {
            visit(&st);
        }
        if matches!(st.last, Last::Dozen | Last::Ordinal) {
            return;
        }
        let at = if st.last == Last::Start {
            Some(st.rest)
        } else {
            sep(st.rest)
        };
        let Some((word, rest)) = at.and_then(ascii_word) else {
            return;
        };
        let (w, rest, after_and) = if let Some(w) = lookup(word) {
            (w, rest, false)
        } else if matches!(st.last, Last::Hundred | Last::Scale) && word.eq_ignore_ascii_case("and")
        {
            match sep(rest).and_then(number_word_at) {
                Some((w, rest)) => (w, rest, true),
                None => return,
            }
        } else {
            return;
        };
        let Some(mut next) = step(ctx, &st, w, after_and) else {
            return;
        };
        next.rest = rest;
        next.has_and |= after_and;
        st = next;
    }
}

/// Offers a snapshot of the main machine and every continuation from it.
fn offer_snapshot<'a>(ctx: &Ctx, s: &Int<'a>, best: &mut Best<'a>) {
    let Some(value) = s.value(ctx) else { return };
    let form = if s.last == Last::Ordinal {
        SpelledForm::Ordinal
    } else {
        SpelledForm::Cardinal
    };
    // `five million three million`: the group after a scale cannot take the next scale
    // word, so the number is `five million` and `three million` is another one.
    let cut_off = matches!(s.last, Last::Unit | Last::Ten | Last::Hundred)
        && s.mult.is_some()
        && sep(s.rest).and_then(scale_at).is_some();
    if !cut_off {
        best.offer(
            Spelled {
                value,
                form,
                scaled: s.mult.is_some(),
            },
            s.rest,
            s.has_and,
        );
    }
    if !matches!(s.last, Last::Unit | Last::Ten | Last::Hundred | Last::Scale) {
        return;
    }
    mixed(ctx, s, best);
    if !s.plain_group() {
        return;
    }
    // `two-thirds`, `one fifth`, `three twenty-fifths`, `one hundred and thirty fifths`.
    if s.group >= Decimal::ONE {
        if let Some((den, plural, rest)) = sep(s.rest).and_then(denominator) {
            if plural || s.group == Decimal::ONE {
                offer_fraction(ctx, s.group, den, rest, false, s.has_and, best);
            }
        }
    }
    decimal(ctx, s, best);
    ratio(ctx, s, best);
}

/// Offers `num/den` and, when a multiplier follows, `num/den of a million` as a cardinal.
fn offer_fraction<'a>(
    ctx: &Ctx,
    num: Decimal,
    den: u64,
    rest: &'a str,
    bare_article: bool,
    has_and: bool,
    best: &mut Best<'a>,
) {
    if let Some(v) = ctx.ck(num.checked_div(Decimal::from(den))) {
        best.offer(fraction(v), rest, has_and);
    }
    if let Some((v, scaled, r)) = frac_mult(ctx, num, den, rest, bare_article) {
        best.offer(cardinal(v, scaled), r, has_and);
    }
}

/// After a fraction: ` million`, ` of a million`, or (when `bare_article`, for `half`)
/// ` a million`. Returns `num * multiplier / den`, whether a scale word was applied, the rest.
fn frac_mult<'a>(
    ctx: &Ctx,
    num: Decimal,
    den: u64,
    rest: &'a str,
    bare_article: bool,
) -> Option<(Decimal, bool, &'a str)> {
    let after = sep(rest)?;
    let at = if let Some(r) = keyword(after, "of") {
        sep(r).and_then(article).and_then(sep)?
    } else if let Some(r) = article(after) {
        if !bare_article {
            return None;
        }
        sep(r)?
    } else {
        after
    };
    let (m, scaled, r) = multiplier(at)?;
    let v = ctx.ck(num
        .checked_mul(m)
        .and_then(|x| x.checked_div(Decimal::from(den))))?;
    Some((v, scaled, r))
}

/// `hundred`, `dozen`, or a scale word (with compounds), and whether it was a scale word.
fn multiplier(s: &str) -> Option<(Decimal, bool, &str)> {
    if let Some((m, rest)) = scale_at(s) {
        return Some((m, true, rest));
    }
    let (w, rest) = number_word_at(s)?;
    match (w.place, w.inflection) {
        (Place::Hundred, Inflection::Cardinal) => Some((Decimal::ONE_HUNDRED, false, rest)),
        (Place::Dozen, Inflection::Cardinal) if w.value == 12 => {
            Some((Decimal::from(12), false, rest))
        }
        _ => None,
    }
}

/// A fraction denominator: `third`, `quarters`, `half`, `twenty-fifths`, `hundredth`.
/// Returns the denominator, whether the word is plural, and the rest. `first` and `second`
/// are not denominators.
fn denominator(s: &str) -> Option<(u64, bool, &str)> {
    let (w, rest) = number_word_at(s)?;
    let plural = match w.inflection {
        Inflection::Ordinal => false,
        Inflection::OrdinalPlural => true,
        Inflection::Cardinal if w.place == Place::Ten => {
            // `twenty-fifth(s)`.
            let (u, rest) = sep(rest).and_then(number_word_at)?;
            let ok = u.place == Place::Unit
                && matches!(
                    u.inflection,
                    Inflection::Ordinal | Inflection::OrdinalPlural
                )
                && (1..=9).contains(&u.value);
            return ok.then_some((
                w.value + u.value,
                u.inflection == Inflection::OrdinalPlural,
                rest,
            ));
        }
        _ => return None,
    };
    if w.place == Place::Unit && w.value < 3 {
        return None;
    }
    Some((w.value, plural, rest))
}

/// `and a half`, `and three quarters`, optionally followed by a scale word:
/// `one and a half`, `two and a half million`, `one million and a half`,
/// `one billion and three quarters million`.
fn mixed<'a>(ctx: &Ctx, s: &Int<'a>, best: &mut Best<'a>) {
    let Some((num, den, rest)) = sep(s.rest)
        .and_then(|r| keyword(r, "and"))
        .and_then(sep)
        .and_then(|r| simple_fraction(ctx, r))
    else {
        return;
    };
    let d = Decimal::from(den);
    let Some(base) = ctx.ck(s.done.checked_add(s.chunk)) else {
        return;
    };
    // The group plus the fraction, as a numerator over `den`.
    let Some(whole) = ctx.ck(s.group.checked_mul(d).and_then(|g| g.checked_add(num))) else {
        return;
    };
    let plain = if s.last == Last::Scale {
        // `one million and a half`: the fraction is of the last scale.
        s.mult
            .and_then(|m| num.checked_mul(m))
            .and_then(|x| x.checked_div(d))
    } else {
        whole.checked_div(d)
    };
    if let Some(v) = ctx.ck(plain.and_then(|p| base.checked_add(p))) {
        best.offer(cardinal(v, s.mult.is_some()), rest, true);
    }
    if let Some((m, r)) = sep(rest).and_then(scale_at) {
        if s.mult.is_none_or(|cur| m < cur) {
            let v = whole
                .checked_mul(m)
                .and_then(|x| x.checked_div(d))
                .and_then(|x| base.checked_add(x));
            if let Some(v) = ctx.ck(v) {
                best.offer(cardinal(v, true), r, true);
            }
        }
    }
}

/// A proper fraction after `and`: `a half`, `one half`, `three quarters`, `a fifth`.
/// Returns numerator, denominator and the rest; the longest reading wins.
fn simple_fraction<'a>(ctx: &Ctx, s: &'a str) -> Option<(Decimal, u64, &'a str)> {
    if let Some(r) = article(s) {
        return match sep(r).and_then(denominator)? {
            (den, false, rest) => Some((Decimal::ONE, den, rest)),
            _ => None,
        };
    }
    let mut found: Option<(Decimal, u64, &'a str)> = None;
    run(ctx, Int::new(Last::Start, s), &mut |st| {
        if !st.plain_group() || st.group < Decimal::ONE {
            return;
        }
        if let Some((den, plural, rest)) = sep(st.rest).and_then(denominator) {
            if (plural || st.group == Decimal::ONE)
                && found.is_none_or(|(_, _, r)| rest.len() <= r.len())
            {
                found = Some((st.group, den, rest));
            }
        }
    });
    found
}

/// `point zero three` after a plain group, optionally followed by a scale word.
fn decimal<'a>(ctx: &Ctx, s: &Int<'a>, best: &mut Best<'a>) {
    let Some(mut rest) = sep(s.rest).and_then(|r| keyword(r, "point")) else {
        return;
    };
    let mut mantissa: i128 = 0;
    let mut digits: u32 = 0;
    while digits < 20 {
        let Some((w, after)) = sep(rest).and_then(number_word_at) else {
            break;
        };
        if w.place != Place::Unit || w.inflection != Inflection::Cardinal || w.value > 9 {
            break;
        }
        mantissa = mantissa * 10 + i128::from(w.value);
        digits += 1;
        rest = after;
    }
    if digits == 0 {
        return;
    }
    let Ok(frac) = Decimal::try_from_i128_with_scale(mantissa, digits) else {
        return;
    };
    let Some(value) = ctx.ck(s.group.checked_add(frac)) else {
        return;
    };
    best.offer(cardinal(value, false), rest, s.has_and);
    if let Some((m, r)) = sep(rest).and_then(scale_at) {
        if let Some(v) = ctx.ck(value.checked_mul(m)) {
            best.offer(cardinal(v, true), r, s.has_and);
        }
    }
}

/// `one in five`, `one over one hundred and twenty five`, `one in a million`.
fn ratio<'a>(ctx: &Ctx, s: &Int<'a>, best: &mut Best<'a>) {
    let Some(after) = sep(s.rest) else { return };
    let Some(r) = keyword(after, "in").or_else(|| keyword(after, "over")) else {
        return;
    };
    let Some((den, rest)) = sep(r).and_then(|r| integer(ctx, r)) else {
        return;
    };
    if den.is_zero() {
        return;
    }
    if let Some(v) = ctx.ck(s.group.checked_div(den)) {
        best.offer(fraction(v), rest, s.has_and);
    }
}

/// The longest plain cardinal at `s` (no ordinal, no fraction): `five`, `a million`,
/// `one hundred and twenty five`.
fn integer<'a>(ctx: &Ctx, s: &'a str) -> Option<(Decimal, &'a str)> {
    let st = match article(s) {
        Some(r) => Int::new(Last::Article, r),
        None => Int::new(Last::Start, s),
    };
    let mut found = None;
    run(ctx, st, &mut |st| {
        if st.last == Last::Ordinal || (st.has_and && next_is_number_word(st.rest)) {
            return;
        }
        if let Some(v) = st.value(ctx) {
            found = Some((v, st.rest));
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use SpelledForm::{Cardinal, Fraction, Ordinal, Vague};
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    /// What [`sep`] must give: one of the three hyphens, or inline spaces.
    fn sep_reference(s: &str) -> Option<&str> {
        for hyphen in ['-', '\u{2010}', '\u{2011}'] {
            if let Some(rest) = s.strip_prefix(hyphen) {
                return Some(rest);
            }
        }
        space1(s).ok().map(|(rest, _)| rest)
    }

    proptest! {
        #[test]
        fn sep_agrees_with_its_reference(
            s in "[- \u{a0}\u{202f}\u{2009}\u{2007}\u{2010}\u{2011}\u{2012}a1é]{0,4}"
        ) {
            prop_assert_eq!(sep(&s), sep_reference(&s));
        }
    }

    #[track_caller]
    fn check(input: &str, value: Decimal, form: SpelledForm, rest: &str) {
        let (r, s) = spelled_number(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
        assert_eq!((s.value, s.form, r), (value, form, rest), "{input:?}");
    }

    #[track_caller]
    fn scaled(input: &str) -> bool {
        spelled_number(input).unwrap().1.scaled
    }

    #[track_caller]
    fn rejects(input: &str) {
        assert!(
            spelled_number(input).is_err(),
            "{input:?} gave {:?}",
            spelled_number(input)
        );
    }

    fn third() -> Decimal {
        Decimal::ONE / Decimal::from(3)
    }

    #[test]
    fn cardinals() {
        check("five", dec!(5), Cardinal, "");
        check("seventeen people", dec!(17), Cardinal, " people");
        check("seventy", dec!(70), Cardinal, "");
        check("fifty-two", dec!(52), Cardinal, "");
        check("fifty two", dec!(52), Cardinal, "");
        check("fifty   two", dec!(52), Cardinal, "");
        check("fifty\u{2010}two", dec!(52), Cardinal, "");
        check("fifty\u{2011}two", dec!(52), Cardinal, "");
        check("fifty\u{a0}two", dec!(52), Cardinal, "");
        check(
            "Seventy-five thousand vehicles",
            dec!(75000),
            Cardinal,
            " vehicles",
        );
        check(
            "three hundred and forty-two million",
            dec!(342000000),
            Cardinal,
            "",
        );
        check("one hundred and sixteen", dec!(116), Cardinal, "");
        check("two hundred and two thousand", dec!(202000), Cardinal, "");
        check("two  thousand  and  two hundred", dec!(2200), Cardinal, "");
        check("twenty-one trillion", dec!(21000000000000), Cardinal, "");
        check("one trillion", dec!(1000000000000), Cardinal, "");
        check("zero", dec!(0), Cardinal, "");
        check("nought", dec!(0), Cardinal, "");
        check("a hundred", dec!(100), Cardinal, "");
        check("a thousand", dec!(1000), Cardinal, "");
        check("a million", dec!(1000000), Cardinal, "");
        check("An hundred", dec!(100), Cardinal, "");
        check("THREE", dec!(3), Cardinal, "");
        check("one hundred twenty five", dec!(125), Cardinal, "");
        check("a hundred and fifty", dec!(150), Cardinal, "");
        check("a thousand and one nights", dec!(1001), Cardinal, " nights");
        check("fifteen hundred", dec!(1500), Cardinal, "");
        check("twenty-five hundred", dec!(2500), Cardinal, "");
        check(
            "one million two hundred thousand and five",
            dec!(1200005),
            Cardinal,
            "",
        );
        check(
            "nine hundred ninety-nine trillion nine hundred ninety-nine billion",
            dec!(999999000000000),
            Cardinal,
            "",
        );
        check("five crore twenty lakh", dec!(52000000), Cardinal, "");
        check("two lakh crore", dec!(2000000000000), Cardinal, "");
        check("a thousand million", dec!(1000000000), Cardinal, "");
        assert!(scaled("Seventy-five thousand"));
        assert!(scaled("a million"));
        assert!(!scaled("a hundred"));
        assert!(!scaled("five"));
    }

    #[test]
    fn vague_and_dozens() {
        check("hundreds", dec!(100), Vague, "");
        check("thousands of people", dec!(1000), Vague, " of people");
        check("millions of", dec!(1000000), Vague, " of");
        check("dozens", dec!(12), Vague, "");
        check("scores of", dec!(20), Vague, " of");
        check(
            "Hundreds of thousands of people",
            dec!(100000),
            Vague,
            " of people",
        );
        check("tens of thousands", dec!(10000), Vague, "");
        check("tens of millions", dec!(10000000), Vague, "");
        check("hundreds of", dec!(100), Vague, " of");
        check("a dozen", dec!(12), Cardinal, "");
        check("two dozen eggs", dec!(24), Cardinal, " eggs");
        check("five dozs", dec!(60), Cardinal, "");
        check("five dozens", dec!(60), Cardinal, "");
        check("half a dozen", dec!(6), Cardinal, "");
        check("a half dozen", dec!(6), Cardinal, "");
        check("Dozen killed", dec!(12), Cardinal, " killed");
        assert!(!scaled("hundreds of thousands"));
    }

    #[test]
    fn fractions_of_scales_and_mixed_numbers() {
        check("half a million", dec!(500000), Cardinal, "");
        check("a quarter million", dec!(250000), Cardinal, "");
        check("quarter million", dec!(250000), Cardinal, "");
        check("a quarter of a million", dec!(250000), Cardinal, "");
        check("quarter of a million", dec!(250000), Cardinal, "");
        check("a half-million", dec!(500000), Cardinal, "");
        check("three quarters of a billion", dec!(750000000), Cardinal, "");
        check("one and a half", dec!(1.5), Cardinal, "");
        check("one-and-a-half", dec!(1.5), Cardinal, "");
        check("one and a fourth", dec!(1.25), Cardinal, "");
        check("five and a quarter", dec!(5.25), Cardinal, "");
        check("three and a fifth", dec!(3.2), Cardinal, "");
        check("two and three quarters", dec!(2.75), Cardinal, "");
        check("one million and a half", dec!(1500000), Cardinal, "");
        check("two million and one half", dec!(2500000), Cardinal, "");
        check(
            "five billion and three quarters",
            dec!(5750000000),
            Cardinal,
            "",
        );
        check(
            "one billion and three quarters million",
            dec!(1000750000),
            Cardinal,
            "",
        );
        check(
            "two and a half million people",
            dec!(2500000),
            Cardinal,
            " people",
        );
        check("three and a half thousand", dec!(3500), Cardinal, "");
        check(
            "two thirds of a million",
            dec!(2000000) / dec!(3),
            Cardinal,
            "",
        );
        check("one and a third", dec!(4) / dec!(3), Cardinal, "");
        check("one and a half times", dec!(1.5), Cardinal, " times");
        let (_, s) = spelled_number("two and a half").unwrap();
        assert_eq!(s.value.to_string(), "2.5");
        let (_, s) = spelled_number("minus zero").unwrap();
        assert_eq!(s.value.to_string(), "0");
        assert!(scaled("half a million"));
        assert!(scaled("two thirds of a million"));
        assert!(!scaled("half a dozen"));
        assert!(scaled("one million and a half"));
        assert!(!scaled("one and a half"));
        // `and` before something that is not a fraction is left alone.
        check("one and the other", dec!(1), Cardinal, " and the other");
        check("five and six", dec!(5), Cardinal, " and six");
        check("half a loaf", dec!(0.5), Fraction, " a loaf");
        rejects("quarter of a mile");
        rejects("quarter-final");
        check("a quarter of the", dec!(0.25), Fraction, " of the");
    }

    #[test]
    fn decimals_and_signs() {
        check("two hundred point zero three", dec!(200.03), Cardinal, "");
        check("naught point five", dec!(0.5), Cardinal, "");
        check("zero point five", dec!(0.5), Cardinal, "");
        check("one point five million", dec!(1500000), Cardinal, "");
        check("twenty-three point four five", dec!(23.45), Cardinal, "");
        check("one point", dec!(1), Cardinal, " point");
        check("one point of order", dec!(1), Cardinal, " point of order");
        check("minus one", dec!(-1), Cardinal, "");
        check("negative one", dec!(-1), Cardinal, "");
        check("Minus two thirds", -(dec!(2) / dec!(3)), Fraction, "");
        check(
            "minus five point five degrees",
            dec!(-5.5),
            Cardinal,
            " degrees",
        );
        assert!(scaled("one point five million"));
        rejects("minus 5");
        rejects("minus");
        rejects("negative feedback");
        rejects("minus first");
        rejects("minus hundreds");
    }

    #[test]
    fn joining_and() {
        check("three hundred and one", dec!(301), Cardinal, "");
        check("three hundred and one days", dec!(301), Cardinal, " days");
        check("three hundred and sixty", dec!(360), Cardinal, "");
        check("three hundred and cats", dec!(300), Cardinal, " and cats");
        check("five three", dec!(5), Cardinal, " three");
        // Read as 20/25 ("twenty twenty-fifths").
        check("twenty twenty fifths", dec!(0.8), Fraction, "");
        check("twenty twenty", dec!(20), Cardinal, " twenty");
        check(
            "two hundred and three hundred",
            dec!(200),
            Cardinal,
            " and three hundred",
        );
        check(
            "two thousand and three thousand",
            dec!(2000),
            Cardinal,
            " and three thousand",
        );
        check(
            "two hundred and fifty and three hundred",
            dec!(250),
            Cardinal,
            " and three hundred",
        );
        check("nineteen eighty-four", dec!(19), Cardinal, " eighty-four");
        check("five-six", dec!(5), Cardinal, "-six");
        check("five\u{2013}six", dec!(5), Cardinal, "\u{2013}six");
        check(
            "five million three million",
            dec!(5000000),
            Cardinal,
            " three million",
        );
        check(
            "two thousand three million",
            dec!(2000),
            Cardinal,
            " three million",
        );
        check(
            "one million five hundred thousand",
            dec!(1500000),
            Cardinal,
            "",
        );
        check("five,", dec!(5), Cardinal, ",");
        check("five.", dec!(5), Cardinal, ".");
        check("five ", dec!(5), Cardinal, " ");
        check("five -", dec!(5), Cardinal, " -");
        check("five- two", dec!(5), Cardinal, "- two");
        check("five\ttwo", dec!(5), Cardinal, "\ttwo");
        check("five\ntwo", dec!(5), Cardinal, "\ntwo");
    }

    #[test]
    fn ordinals() {
        check("first", dec!(1), Ordinal, "");
        check("third", dec!(3), Ordinal, "");
        check("eleventh", dec!(11), Ordinal, "");
        check("twentieth", dec!(20), Ordinal, "");
        check("twenty-first", dec!(21), Ordinal, "");
        check("twenty first", dec!(21), Ordinal, "");
        check("one hundred twenty fifth", dec!(125), Ordinal, "");
        check("one hundred twenty-fifth", dec!(125), Ordinal, "");
        check("one hundred and first", dec!(101), Ordinal, "");
        check("two hundredth", dec!(200), Ordinal, "");
        check("three trillionth", dec!(3000000000000), Ordinal, "");
        check("hundredth", dec!(100), Ordinal, "");
        check("thousandth", dec!(1000), Ordinal, "");
        check(
            "one millionth customer",
            dec!(1000000),
            Ordinal,
            " customer",
        );
        check("first-ever", dec!(1), Ordinal, "-ever");
        check("third-largest", dec!(3), Ordinal, "-largest");
        check("fourteenth-century", dec!(14), Ordinal, "-century");
        check("twenty-first-century", dec!(21), Ordinal, "-century");
        check("second", dec!(2), Ordinal, "");
        check("Second place", dec!(2), Ordinal, " place");
        check("twenty-second", dec!(22), Ordinal, "");
        check("third quarter", dec!(3), Ordinal, " quarter");
        check("one second", dec!(1), Cardinal, " second");
        assert!(scaled("three trillionth"));
        assert!(!scaled("twenty-first"));
    }

    #[test]
    fn fractions() {
        check("a third", third(), Fraction, "");
        assert_eq!(third(), dec!(0.3333333333333333333333333333));
        check(
            "two-thirds",
            dec!(0.6666666666666666666666666667),
            Fraction,
            "",
        );
        check(
            "two thirds",
            dec!(0.6666666666666666666666666667),
            Fraction,
            "",
        );
        check("a quarter", dec!(0.25), Fraction, "");
        check("three quarters", dec!(0.75), Fraction, "");
        check("three-quarters", dec!(0.75), Fraction, "");
        check("a half", dec!(0.5), Fraction, "");
        check("half", dec!(0.5), Fraction, "");
        check("half of voters", dec!(0.5), Fraction, " of voters");
        check("five eighths", dec!(0.625), Fraction, "");
        check("an eighth", dec!(0.125), Fraction, "");
        check("a fifth", dec!(0.2), Fraction, "");
        check("a hundredth", dec!(0.01), Fraction, "");
        check("one fifth", dec!(0.2), Fraction, "");
        check("one half", dec!(0.5), Fraction, "");
        check("three halves", dec!(1.5), Fraction, "");
        check("two fourths", dec!(0.5), Fraction, "");
        check("one in five", dec!(0.2), Fraction, "");
        check("One in five Americans", dec!(0.2), Fraction, " Americans");
        check("two in three", dec!(2) / dec!(3), Fraction, "");
        check("nine in ten", dec!(0.9), Fraction, "");
        check("one in a million", dec!(0.000001), Fraction, "");
        check("one in ten thousand", dec!(0.0001), Fraction, "");
        check("one twenty-fifth", dec!(0.04), Fraction, "");
        check("three twenty-fifths", dec!(0.12), Fraction, "");
        check("one over twenty", dec!(0.05), Fraction, "");
        check(
            "one over one hundred and twenty five",
            dec!(0.008),
            Fraction,
            "",
        );
        check("one hundred and thirty fifths", dec!(26), Fraction, "");
        check("one hundred and thirty fifth", dec!(135), Ordinal, "");
        check("two hundredths", dec!(0.02), Fraction, "");
        check("three thousandths", dec!(0.003), Fraction, "");
        check(
            "one hundredth of a second",
            dec!(0.01),
            Fraction,
            " of a second",
        );
        check("one-thousandth of", dec!(0.001), Fraction, " of");
        check(
            "one hundredth anniversary",
            dec!(100),
            Ordinal,
            " anniversary",
        );
        // Not a fraction.
        check("one in the morning", dec!(1), Cardinal, " in the morning");
        check("one over par", dec!(1), Cardinal, " over par");
        check("one in zero", dec!(1), Cardinal, " in zero");
        check("two fifth", dec!(2), Cardinal, " fifth");
        check("two seconds", dec!(2), Cardinal, " seconds");
        check("one in first", dec!(1), Cardinal, " in first");
    }

    #[test]
    fn rejections() {
        for input in [
            "someone",
            "often",
            "oneself",
            "tenant",
            "none",
            "a",
            "an",
            "a lot",
            "an apple",
            "a first step",
            "A second term",
            "a two-state",
            "a second",
            "quarter",
            "quarters",
            "thirds",
            "fifths",
            "hundred",
            "thousand",
            "million",
            "and",
            "point five",
            "minus",
            "",
            " five",
            "-five",
            "5",
            "five5",
            "fivé",
            "the",
            "and one",
            "in",
            "over",
            "of",
            "twentys",
            "seconds",
            "firsts",
            "ones",
        ] {
            rejects(input);
        }
    }

    #[test]
    fn partial_words() {
        check("one-off", dec!(1), Cardinal, "-off");
        check("half-time", dec!(0.5), Fraction, "-time");
        check("one's", dec!(1), Cardinal, "'s");
        check("ten-year", dec!(10), Cardinal, "-year");
        check("a third-party", dec!(1) / dec!(3), Fraction, "-party");
    }

    #[test]
    fn overflow_is_an_error() {
        // The grammar keeps values far below Decimal's limit (about 7.9e28): a compound
        // scale must rise (`billion trillion`, 10^21, is the largest), so repeated scale
        // words stop the number instead of overflowing.
        check(
            "a trillion trillion trillion",
            dec!(1000000000000),
            Cardinal,
            " trillion trillion",
        );
        check(
            "nine hundred ninety-nine billion trillion",
            dec!(999000000000000000000000),
            Cardinal,
            "",
        );
        check(
            "nine hundred billion trillion trillion",
            dec!(900000000000000000000000),
            Cardinal,
            " trillion",
        );
        check(
            "one thousand trillion",
            dec!(1000000000000000),
            Cardinal,
            "",
        );
        // The checks stay in place: an overflow would be an error, never a panic.
        let ctx = Ctx::default();
        assert_eq!(ctx.ck(Decimal::MAX.checked_add(Decimal::ONE)), None);
        assert!(ctx.overflow.get());
    }

    /// Every suffix pointer check: `rest` must be the tail of `input`.
    fn rest_is_suffix(input: &str, rest: &str) -> bool {
        input.len() >= rest.len()
            && std::ptr::eq(input[input.len() - rest.len()..].as_ptr(), rest.as_ptr())
            && rest.len() < input.len()
    }

    const VOCAB: &[&str] = &[
        "a",
        "an",
        "and",
        "one",
        "two",
        "three",
        "five",
        "ten",
        "twelve",
        "nineteen",
        "twenty",
        "ninety",
        "hundred",
        "hundreds",
        "hundredth",
        "hundredths",
        "thousand",
        "million",
        "billion",
        "trillion",
        "lakh",
        "crore",
        "first",
        "second",
        "third",
        "thirds",
        "fifth",
        "fifths",
        "twentieth",
        "half",
        "halves",
        "quarter",
        "quarters",
        "dozen",
        "dozens",
        "point",
        "zero",
        "nought",
        "in",
        "over",
        "of",
        "minus",
        "negative",
        "millions",
        "tens",
        "thousandth",
        "people",
        "Five",
        "THIRD",
        "scores",
    ];
    const SEPS: &[&str] = &[
        " ", "-", "  ", "\u{2010}", "\u{a0}", ", ", "\u{2013}", "", "\n",
    ];

    /// The fast entry point and the full reader give the same answer on `input`, down to
    /// the scale of the value and the error.
    #[track_caller]
    fn assert_same_as_slow(input: &str) {
        let fast = spelled_number(input);
        let slow = spelled_number_slow(input);
        assert_eq!(fast, slow, "{input:?}");
        if let (Ok((_, f)), Ok((_, s))) = (fast, slow) {
            assert_eq!(f.value.serialize(), s.value.serialize(), "{input:?}");
        }
    }

    /// Every table word, and the signs and articles, in three cases.
    fn all_first_words() -> Vec<String> {
        let table = crate::tables::number_words::NUMBER_WORDS
            .iter()
            .map(|(w, _)| *w);
        let extra = ["a", "an", "minus", "negative", "and", "people"];
        table
            .chain(extra)
            .flat_map(|w| {
                let mut title = w.to_string();
                title[..1].make_ascii_uppercase();
                [w.to_string(), title, w.to_ascii_uppercase()]
            })
            .collect()
    }

    /// What may follow the first word: ordinary words and punctuation, every keyword the
    /// continuations read, number words, and each kind of separator.
    const FOLLOWERS: &[&str] = &[
        " people",
        ".",
        ",",
        "",
        " and",
        " and a half",
        "-",
        "-year",
        " of",
        " hundred",
        " million",
        " point five",
        " a",
        " quarter",
        " percent",
        "th",
        " in",
        "\u{a0}people",
        ";",
        " one",
        "s",
        "'s",
        " of a million",
        " of the",
        " a million",
        " a half",
        " an eighth",
        " in five",
        " in the morning",
        " in a million",
        " over twenty",
        " over par",
        " point",
        " POINT five",
        " AND a half",
        " And three quarters",
        "-and-a-half",
        "  and  a  half",
        "\u{a0}and a half",
        "\u{202f}one",
        "\u{2009}thousand",
        "\u{2007}five",
        "\u{2010}two",
        "\u{2011}thirds",
        "\u{2013}six",
        "- two",
        " -",
        "\ttwo",
        "\nthree",
        " thirds",
        " fifths",
        " fifth",
        " twenty-fifths",
        " dozen",
        " dozens",
        " half",
        " halves",
        " hundredth of a second",
        " first",
        " twenty",
        " and one",
        " and cats",
        " 5",
        "5",
        "\u{e9}",
        " \u{e9}t\u{e9}",
        " Americans",
        " of thousands",
        " of a",
        " of an",
        " of voters",
        " of\u{a0}a million",
        "-a-million",
        " an million",
        " A dozen",
        " hundred thousand",
    ];

    #[test]
    fn fast_path_matches_slow_path_on_every_table_word() {
        for first in all_first_words() {
            for follower in FOLLOWERS {
                assert_same_as_slow(&format!("{first}{follower}"));
            }
        }
    }

    /// An article before every table word, in every case, with what may follow it: the
    /// shortcut's answer is the full reader's.
    #[test]
    fn article_shortcut_matches_slow_path_on_every_table_word() {
        let followers = [
            "",
            " quarter",
            " people",
            "-fifth",
            " hundred",
            " million",
            " and a half",
            " of a million",
            " thousand",
            "-first",
            " dozen",
            " step",
        ];
        for article in ["a", "an", "A", "An", "AN"] {
            for word in all_first_words() {
                for follower in followers {
                    assert_same_as_slow(&format!("{article} {word}{follower}"));
                    assert_same_as_slow(&format!("{article}-{word}{follower}"));
                }
            }
        }
    }

    #[test]
    fn shortcut_answers_common_words() {
        let answer = |input: &str| {
            let (word, after) = ascii_word(input).unwrap();
            shortcut(word, after)
        };
        for input in [
            "two people",
            "Four,",
            "third quarter",
            "second-largest",
            "first",
            "one of the",
            "ten-year",
            "forty.",
            "twenty\u{a0}people",
            "half of voters",
            "half-time",
            "Half the",
        ] {
            assert!(matches!(answer(input), Shortcut::Alone(_)), "{input:?}");
        }
        for input in [
            "a lot",
            "an apple",
            "a first step",
            "A second term",
            "a two-state",
            "a",
            "a-",
            "quarter revenue",
            "quarter.",
            "quarter of the",
            "people",
        ] {
            assert!(matches!(answer(input), Shortcut::NoNumber), "{input:?}");
        }
        for input in [
            "two hundred",
            "one and a half",
            "one in five",
            "one point five",
            "one over twenty",
            "two-thirds",
            "hundred",
            "tens",
            "a third",
            "an\u{a0}eighth",
            "half a million",
            "half million",
            "quarter of a million",
            "quarter an",
        ] {
            assert!(matches!(answer(input), Shortcut::Unsure), "{input:?}");
        }
    }

    /// Words for the fast/slow comparison: lone-word candidates (units, teens, tens, in
    /// several cases), every keyword a continuation reads, words that continue a number,
    /// ordinary words (some of them extensions of keywords), and a few whole continuations
    /// so that the rarer readings come up often.
    const MIXED_VOCAB: &[&str] = &[
        "one",
        "Two",
        "THREE",
        "five",
        "nineteen",
        "twenty",
        "Forty",
        "zero",
        "first",
        "Second",
        "third",
        "twentieth",
        "thirds",
        "fifth",
        "hundred",
        "hundredth",
        "million",
        "lakh",
        "half",
        "quarter",
        "quarters",
        "dozen",
        "hundreds",
        "a",
        "An",
        "and",
        "AND",
        "point",
        "in",
        "over",
        "of",
        "minus",
        "people",
        "off",
        "ands",
        "pointe",
        "inn",
        "and a half",
        "and three quarters",
        "of a million",
        "a third",
    ];
    /// Separators, weighted toward the ones that join words of one number.
    const MIXED_SEPS: &[&str] = &[
        " ", " ", " ", " ", "-", "-", "  ", "\u{2010}", "\u{2011}", "\u{a0}", "\u{202f}", ", ",
        ".", "\u{2013}", "", "\n", "'s ", "5", " 5",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn fast_path_matches_slow_path(
            words in prop::collection::vec((0..MIXED_VOCAB.len(), 0..MIXED_SEPS.len()), 1..6),
        ) {
            let mut input = String::new();
            for (w, s) in words {
                input.push_str(MIXED_VOCAB[w]);
                input.push_str(MIXED_SEPS[s]);
            }
            let fast = spelled_number(&input);
            let slow = spelled_number_slow(&input);
            prop_assert_eq!(&fast, &slow, "{:?}", input);
            if let (Ok((_, f)), Ok((_, s))) = (fast, slow) {
                prop_assert_eq!(f.value.serialize(), s.value.serialize());
            }
        }

        #[test]
        fn fast_path_matches_slow_path_on_any_text(input in "[a-zA-Z \\-,.\u{a0}\u{2010}]{0,24}") {
            prop_assert_eq!(spelled_number(&input), spelled_number_slow(&input), "{:?}", input);
        }
    }

    proptest! {
        #[test]
        fn never_panics_and_rest_is_suffix(input in any::<String>()) {
            if let Ok((rest, _)) = spelled_number(&input) {
                prop_assert!(rest_is_suffix(&input, rest));
            }
        }

        #[test]
        fn word_sequences(words in prop::collection::vec((0..VOCAB.len(), 0..SEPS.len()), 1..12)) {
            let mut input = String::new();
            for (w, s) in words {
                input.push_str(VOCAB[w]);
                input.push_str(SEPS[s]);
            }
            if let Ok((rest, spelled)) = spelled_number(&input) {
                prop_assert!(rest_is_suffix(&input, rest));
                // Never ends inside a word, never eats trailing spaces.
                prop_assert!(rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric()));
                let consumed = &input[..input.len() - rest.len()];
                prop_assert!(!consumed.ends_with(|c: char| !c.is_ascii_alphabetic()), "{consumed:?}");
                if spelled.form == SpelledForm::Vague {
                    prop_assert!(spelled.value > Decimal::ZERO);
                }
            }
        }
    }
}
