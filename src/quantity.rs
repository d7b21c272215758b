//! The values extraction produces: [`Quantity`] and the small types it is made of.
//!
//! Every position is a byte offset into the text that was given to the extractor, so
//! `&text[q.span.start..q.span.end]` is always the figure as written.

use std::borrow::Cow;

use rust_decimal::Decimal;

/// A half-open byte range into the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text this span covers, or `""` when it does not fit `text`.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True for an empty span.
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// What sort of figure a [`Quantity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Kind {
    /// A plain number of things: `1.37 million vehicles`, `five`.
    Count,
    /// An amount of money: `$550 billion`, `€2.3bn`.
    Money,
    /// A percentage: `70%`, `70 per cent`.
    Percent,
    /// A difference of percentages: `2.5 percentage points`; basis points too (unit `bp`).
    PercentagePoints,
    /// A physical measure with a unit: `18,000 feet`, `1.2 GW`.
    Measure,
    /// A calendar year: `in 2026`.
    Year,
    /// A decade: `the 1970s` (value 1970).
    Decade,
    /// A calendar date, full or partial: `Oct. 28, 2025`, `October 2025`.
    Date,
    /// A span of time: `13 years`, `two weeks`, `a 45-year-old`.
    Duration,
    /// A rank: `No. 3`, `third`, `11th`.
    Ordinal,
    /// A fraction or ratio: `two-thirds`, `one in five`, `3/4`.
    Fraction,
}

impl Kind {
    /// The snake_case name used in reports and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::PercentagePoints => "percentage_points",
            Kind::Measure => "measure",
            Kind::Year => "year",
            Kind::Decade => "decade",
            Kind::Date => "date",
            Kind::Duration => "duration",
            Kind::Ordinal => "ordinal",
            Kind::Fraction => "fraction",
        }
    }
}

/// The physical dimension of a [`Unit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Dimension {
    /// Metres.
    Length,
    /// Square metres.
    Area,
    /// Cubic metres.
    Volume,
    /// Kilograms.
    Mass,
    /// Metres per second.
    Speed,
    /// Kelvin (affine: see [`Unit::offset`]).
    Temperature,
    /// Joules.
    Energy,
    /// Watts.
    Power,
    /// Bytes.
    Data,
    /// Seconds.
    Duration,
    /// A currency; no conversion between currencies.
    Currency,
    /// Percent, percentage points, basis points: pure ratios.
    Ratio,
}

/// A unit of measure, a currency or a ratio, with its exact conversion to SI.
///
/// `si_value = value * factor + offset`; the offset is zero except for temperatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Unit {
    /// Canonical code: `m`, `km2`, `°C`, `USD`, `%`, `pp`.
    pub code: &'static str,
    /// What the unit measures.
    pub dimension: Dimension,
    /// Exact factor to the SI base unit.
    pub factor: Decimal,
    /// Added after the factor (temperatures only).
    pub offset: Decimal,
    /// Code of the SI base unit: `m`, `m2`, `kg`, `K`, `USD` for a currency.
    pub si_code: &'static str,
}

impl Unit {
    /// A currency unit for an ISO 4217 code.
    pub const fn currency(code: &'static str) -> Unit {
        Unit {
            code,
            dimension: Dimension::Currency,
            factor: Decimal::ONE,
            offset: Decimal::ZERO,
            si_code: code,
        }
    }

    /// A pure ratio unit: `%`, `pp`, `bp`.
    pub const fn ratio(code: &'static str) -> Unit {
        Unit {
            code,
            dimension: Dimension::Ratio,
            factor: Decimal::ONE,
            offset: Decimal::ZERO,
            si_code: code,
        }
    }

    /// `value` converted to the SI base unit, or `None` on overflow.
    pub fn to_si(&self, value: Decimal) -> Option<Decimal> {
        value.checked_mul(self.factor)?.checked_add(self.offset)
    }
}

/// A lower or upper bound the text puts on a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Bound {
    /// `at least`, `a minimum of`, `or more`.
    AtLeast,
    /// `up to`, `as much as`, `at most`, `no more than`.
    AtMost,
    /// `more than`, `over`, `just over`, `above`.
    MoreThan,
    /// `less than`, `fewer than`, `under`, `below`.
    LessThan,
}

impl Bound {
    /// The snake_case name used in reports and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
            Bound::MoreThan => "more_than",
            Bound::LessThan => "less_than",
        }
    }
}

/// A calendar date as written; parts the text leaves out are `None`.
///
/// Kept as parts rather than a `chrono::NaiveDate` so that an impossible date such as
/// February 30 can still be reported (see [`PartialDate::to_naive`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PartialDate {
    /// The year, if written.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, if written (not checked against the month).
    pub day: Option<u32>,
    /// The weekday the text names next to the date, if any.
    pub weekday: Option<chrono::Weekday>,
}

impl PartialDate {
    /// The date as a `chrono::NaiveDate`, when year, month and day are all written and valid.
    pub fn to_naive(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year?, self.month, self.day?)
    }

    /// ISO 8601 text: `2025-10-28`, `2025-10`, or `--10-28` without a year.
    pub fn iso(&self) -> String {
        match (self.year, self.day) {
            (Some(y), Some(d)) => format!("{y:04}-{:02}-{d:02}", self.month),
            (Some(y), None) => format!("{y:04}-{:02}", self.month),
            (None, Some(d)) => format!("--{:02}-{d:02}", self.month),
            (None, None) => format!("--{:02}", self.month),
        }
    }
}

/// The value of a [`Quantity`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Value {
    /// One exact number in the unit as written, scale words applied.
    Number(Decimal),
    /// A range `low..=high` as written (not reordered: an inverted range keeps its order).
    Range {
        /// The first end as written.
        low: Decimal,
        /// The second end as written.
        high: Decimal,
    },
    /// A calendar date.
    Date(PartialDate),
}

impl Value {
    /// The single number, if this is one.
    pub fn number(&self) -> Option<Decimal> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The number, or the middle of a range.
    pub fn midpoint(&self) -> Option<Decimal> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Range { low, high } => low.checked_add(*high)?.checked_div(Decimal::TWO),
            Value::Date(_) => None,
        }
    }
}

/// Which way a time expression points from the moment of writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Relative {
    /// `two weeks ago`, `earlier`.
    Ago,
    /// `later`, `from now`, `after`.
    Later,
}

/// One figure found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quantity {
    /// The whole figure: hedge, currency, number, scale and unit (`approximately 70%`).
    pub span: Span,
    /// The figure without hedge or unit words: `$75 billion` of `as much as $75 billion`,
    /// `70` of `approximately 70%`; for pointing at what is wrong.
    pub number_span: Span,
    /// What sort of figure it is.
    pub kind: Kind,
    /// Its value.
    pub value: Value,
    /// Unit, currency or ratio; `None` for plain counts, years, ordinals.
    pub unit: Option<&'static Unit>,
    /// Hedged by `about`, `some`, `nearly`, `~`, or a vague word such as `dozens`.
    pub approximate: bool,
    /// A bound such as `up to` or `more than`.
    pub bound: Option<Bound>,
    /// Where the counted or measured noun stands (`vehicles`, `troops`); read it, lower-cased,
    /// with [`Quantity::noun`].
    pub noun_span: Option<Span>,
    /// The sentence that holds the figure.
    pub sentence: Span,
    /// True when a scale word or abbreviation (`billion`, `bn`, `k`) was applied.
    pub scaled: bool,
    /// For durations: `ago` or `later` after it.
    pub relative: Option<Relative>,
}

impl Quantity {
    /// The figure as written.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    /// The value converted to SI, for measures with a known factor.
    pub fn si_value(&self) -> Option<Decimal> {
        let unit = self.unit?;
        if matches!(unit.dimension, Dimension::Currency | Dimension::Ratio) {
            return None;
        }
        unit.to_si(self.value.number()?)
    }

    /// The single number, if this is one.
    pub fn number(&self) -> Option<Decimal> {
        self.value.number()
    }

    /// What is counted or measured (`vehicles`, `troops`), lower-cased: borrowed from `text`
    /// (the text the quantity was extracted from) when it is lower-case already, as nouns
    /// nearly always are. `None` without a noun, or when the noun's span does not fit `text`.
    ///
    /// The noun is kept as a span rather than a `String` so that a quantity owns no heap
    /// memory: extraction allocates nothing per figure, and a list of them drops for free.
    ///
    /// ```
    /// let text = "Exports reached 1.37 million vehicles.";
    /// let q = &numcheck::extract(text)[0];
    /// assert_eq!(q.noun(text).as_deref(), Some("vehicles"));
    /// assert!(matches!(q.noun(text), Some(std::borrow::Cow::Borrowed(_))));
    /// ```
    pub fn noun<'t>(&self, text: &'t str) -> Option<Cow<'t, str>> {
        let word = self.noun_span?.of(text);
        if word.is_empty() {
            return None;
        }
        if word.is_ascii() {
            return Some(if word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(word.to_ascii_lowercase())
            } else {
                Cow::Borrowed(word)
            });
        }
        let lower = word.to_lowercase();
        Some(if lower == word {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(lower)
        })
    }
}

/// A link between two quantities that the wording makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Relation {
    /// `fell from 90% to 60%`: `from` and `to` index the quantity list; `verb` is the change word.
    Change {
        /// Index of the starting figure.
        from: usize,
        /// Index of the final figure.
        to: usize,
        /// The change word (`fell`, `rose`, `reducing`).
        verb: Span,
        /// `Some(true)` for a rise word, `Some(false)` for a fall word, `None` when neutral.
        rising: Option<bool>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_noun(noun_span: Option<Span>) -> Quantity {
        Quantity {
            span: Span::new(0, 2),
            number_span: Span::new(0, 2),
            kind: Kind::Count,
            value: Value::Number(Decimal::from(12)),
            unit: None,
            approximate: false,
            bound: None,
            noun_span,
            sentence: Span::new(0, 2),
            scaled: false,
            relative: None,
        }
    }

    #[test]
    fn noun_is_lower_cased_and_borrowed_when_it_can_be() {
        let text = "12 boats, 12 Boats, 12 ÉCOLES, 12 écoles";
        let noun = |start: usize, end: usize| with_noun(Some(Span::new(start, end))).noun(text);
        assert!(matches!(noun(3, 8), Some(Cow::Borrowed("boats"))));
        assert!(matches!(noun(13, 18), Some(Cow::Owned(ref s)) if s == "boats"));
        assert!(matches!(noun(23, 30), Some(Cow::Owned(ref s)) if s == "écoles"));
        assert!(matches!(noun(35, 42), Some(Cow::Borrowed("écoles"))));
    }

    /// Extraction writes one quantity per figure, and on dense copy their bytes are a good
    /// part of the memory traffic: keep the struct from growing unnoticed.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_quantity_stays_small_and_owns_no_heap_memory() {
        assert!(std::mem::size_of::<Quantity>() <= 128);
        assert!(!std::mem::needs_drop::<Quantity>());
    }

    #[test]
    fn noun_is_none_without_a_span_or_when_the_span_does_not_fit() {
        let text = "12 écoles";
        assert_eq!(with_noun(None).noun(text), None);
        // Past the end, and inside a char: no noun rather than a panic.
        assert_eq!(with_noun(Some(Span::new(3, 40))).noun(text), None);
        assert_eq!(with_noun(Some(Span::new(4, 9))).noun(text), None);
        assert_eq!(with_noun(Some(Span::new(5, 3))).noun(text), None);
    }
}
