//! The embedded table of units of measure, and the nom parser that reads a unit right after a
//! number (`18,000 feet`, `1.2 GW`, `a 515-kilometre line`, `70%`, `25 basis points`).
//!
//! The table is plain data, defined once ([`UNITS`]); every factor to SI is an exact
//! `Decimal` written with `dec!`, so conversions never go through binary floating point. An
//! index over all spellings, by first byte and, for a leading word, its first letter and
//! length, is computed at compile time, so a call looks only at the few spellings that can
//! start the way its input does, turns most of those away by comparing 8 bytes at once, and
//! allocates nothing.
//!
//! Factors that have no finite decimal expansion (`km/h` = 5/18, `kn` = 1852/3600, and the
//! Fahrenheit factor 5/9 and its offset) are rounded to the 28 fractional digits a `Decimal`
//! holds; they are marked where they are defined.

use nom::IResult;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{input_head, leading_letters_in, lowercase};
use crate::parse::{at_word_end, fail, skip_spaces};
use crate::quantity::{Dimension, Kind, Unit};

/// A unit read after a number, and the kind of figure it makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitMatch {
    /// The unit, with its factor to SI.
    pub unit: &'static Unit,
    /// [`Kind::Measure`], [`Kind::Duration`], [`Kind::Percent`] or [`Kind::PercentagePoints`].
    pub kind: Kind,
}

/// How a spelling may be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum How {
    /// A word or an abbreviation whose case carries no meaning (`Kilometres`, `MPH`): ASCII
    /// case-insensitive; after a space, a hyphen, or glued to the number.
    Word,
    /// A symbol whose case carries meaning (`MW` is not `mW`, `Mb` is not `MB`): exact; after a
    /// space, a hyphen, or glued to the number.
    Sym,
    /// A one-letter symbol that is only safe glued to the number (`500g`, `5t`, `24h`, `30C`):
    /// after a space it is far more often a word or an initial than a unit.
    Glued,
}

/// One spelling of a unit. A space inside `text` stands for one or more inline spaces or one
/// hyphen in the input, so `kilowatt hours` also reads `kilowatt-hours`.
#[derive(Clone, Copy, Debug)]
struct Form {
    text: &'static str,
    how: How,
}

/// A unit and all its spellings.
struct Entry {
    unit: Unit,
    kind: Kind,
    forms: &'static [Form],
}

/// `forms![Word "metre", Sym "m"]`: a list of spellings.
macro_rules! forms {
    ($($how:ident $text:literal),* $(,)?) => {
        &[$(Form { text: $text, how: How::$how }),*]
    };
}

/// A unit with a linear factor to SI; durations get [`Kind::Duration`], all else
/// [`Kind::Measure`].
const fn measure(
    code: &'static str,
    dimension: Dimension,
    factor: Decimal,
    si_code: &'static str,
    forms: &'static [Form],
) -> Entry {
    let kind = if matches!(dimension, Dimension::Duration) {
        Kind::Duration
    } else {
        Kind::Measure
    };
    Entry {
        unit: Unit {
            code,
            dimension,
            factor,
            offset: Decimal::ZERO,
            si_code,
        },
        kind,
        forms,
    }
}

/// A temperature scale: `kelvin = value * factor + offset`.
const fn temperature(
    code: &'static str,
    factor: Decimal,
    offset: Decimal,
    si_code: &'static str,
    forms: &'static [Form],
) -> Entry {
    Entry {
        unit: Unit {
            code,
            dimension: Dimension::Temperature,
            factor,
            offset,
            si_code,
        },
        kind: Kind::Measure,
        forms,
    }
}

/// A pure ratio: percent, percentage points, basis points.
const fn ratio(code: &'static str, kind: Kind, forms: &'static [Form]) -> Entry {
    Entry {
        unit: Unit::ratio(code),
        kind,
        forms,
    }
}

use Dimension::{Area, Data, Duration, Energy, Length, Mass, Power, Speed, Volume};

/// Every unit the extractor knows, with its spellings. Codes are canonical and stable: other
/// modules and the evaluation compare them as strings.
#[rustfmt::skip]
const UNITS_DATA: &[Entry] = &[
    // ---- Length (SI: m) ----
    measure("m", Length, dec!(1), "m", forms![
        Word "metre", Word "metres", Word "meter", Word "meters", Sym "m",
    ]),
    measure("km", Length, dec!(1000), "m", forms![
        Word "kilometre", Word "kilometres", Word "kilometer", Word "kilometers",
        Sym "km", Sym "kms", Sym "Km", Sym "KM", Sym "Kms",
    ]),
    measure("cm", Length, dec!(0.01), "m", forms![
        Word "centimetre", Word "centimetres", Word "centimeter", Word "centimeters", Sym "cm",
    ]),
    measure("mm", Length, dec!(0.001), "m", forms![
        Word "millimetre", Word "millimetres", Word "millimeter", Word "millimeters", Sym "mm",
    ]),
    measure("dm", Length, dec!(0.1), "m", forms![
        Word "decimetre", Word "decimetres", Word "decimeter", Word "decimeters", Sym "dm",
    ]),
    measure("µm", Length, dec!(0.000001), "m", forms![
        Word "micrometre", Word "micrometres", Word "micrometer", Word "micrometers", Word "micron", Word "microns", Sym "µm", Sym "μm",
    ]),
    measure("nm", Length, dec!(0.000000001), "m", forms![
        Word "nanometre", Word "nanometres", Word "nanometer", Word "nanometers", Sym "nm",
    ]),
    // Only the word: "2 pm" is a time of day.
    measure("pm", Length, dec!(0.000000000001), "m", forms![
        Word "picometre", Word "picometres", Word "picometer", Word "picometers",
    ]),
    // International mile, foot, inch, yard (1959 agreement): exact.
    measure("mi", Length, dec!(1609.344), "m", forms![Word "mile", Word "miles", Sym "mi"]),
    measure("ft", Length, dec!(0.3048), "m", forms![Word "foot", Word "feet", Sym "ft"]),
    // Never `in`: "5 in 2025", "3 in 10" are far more common than inches.
    measure("in", Length, dec!(0.0254), "m", forms![Word "inch", Word "inches"]),
    measure("yd", Length, dec!(0.9144), "m", forms![
        Word "yard", Word "yards", Sym "yd", Sym "yds",
    ]),
    measure("nmi", Length, dec!(1852), "m", forms![
        Word "nautical mile", Word "nautical miles", Sym "nmi",
    ]),
    // ---- Mass (SI: kg) ----
    measure("g", Mass, dec!(0.001), "kg", forms![
        Word "gram", Word "grams", Word "gramme", Word "grammes", Glued "g",
    ]),
    measure("kg", Mass, dec!(1), "kg", forms![
        Word "kilogram", Word "kilograms", Word "kilogramme", Word "kilogrammes",
        Word "kilo", Word "kilos", Sym "kg", Sym "kgs", Sym "Kg", Sym "KG",
    ]),
    measure("mg", Mass, dec!(0.000001), "kg", forms![
        Word "milligram", Word "milligrams", Word "milligramme", Word "milligrammes", Sym "mg",
    ]),
    // Plain `ton(s)` is read as the metric tonne: news copy rarely means the short ton.
    measure("t", Mass, dec!(1000), "kg", forms![
        Word "tonne", Word "tonnes", Word "ton", Word "tons",
        Word "metric ton", Word "metric tons", Word "metric tonne", Word "metric tonnes",
        Glued "t",
    ]),
    // Avoirdupois pound and ounce: exact. The caller tries currencies first, so `pounds`
    // only reaches this table when it is not sterling.
    measure("lb", Mass, dec!(0.45359237), "kg", forms![
        Word "pound", Word "pounds", Word "lb", Word "lbs",
    ]),
    measure("oz", Mass, dec!(0.028349523125), "kg", forms![
        Word "ounce", Word "ounces", Word "oz",
    ]),
    // ---- Volume (SI: m3) ----
    measure("l", Volume, dec!(0.001), "m3", forms![
        Word "litre", Word "litres", Word "liter", Word "liters", Glued "l", Glued "L",
    ]),
    measure("ml", Volume, dec!(0.000001), "m3", forms![
        Word "millilitre", Word "millilitres", Word "milliliter", Word "milliliters",
        Sym "ml", Sym "mL",
    ]),
    measure("hl", Volume, dec!(0.1), "m3", forms![
        Word "hectolitre", Word "hectolitres", Word "hectoliter", Word "hectoliters",
        Sym "hl", Sym "hL",
    ]),
    measure("m3", Volume, dec!(1), "m3", forms![
        Word "cubic metre", Word "cubic metres", Word "cubic meter", Word "cubic meters",
        Sym "m3", Sym "m³", Sym "cu m", Sym "cbm",
    ]),
    measure("km3", Volume, dec!(1000000000), "m3", forms![
        Word "cubic kilometre", Word "cubic kilometres", Word "cubic kilometer", Word "cubic kilometers",
        Sym "km3", Sym "km³", Sym "cu km",
    ]),
    measure("ft3", Volume, dec!(0.028316846592), "m3", forms![
        Word "cubic foot", Word "cubic feet", Sym "cu ft", Sym "ft3", Sym "ft³",
    ]),
    // US liquid gallon, 231 cubic inches: exact.
    measure("gal", Volume, dec!(0.003785411784), "m3", forms![
        Word "gallon", Word "gallons", Sym "gal", Sym "gals",
    ]),
    // Oil barrel, 42 US gallons: exact.
    measure("bbl", Volume, dec!(0.158987294928), "m3", forms![
        Word "barrel", Word "barrels", Sym "bbl", Sym "bbls",
    ]),
    // US customary cup (1/16 gal), tablespoon (1/256 gal), teaspoon (1/768 gal): exact.
    measure("cup", Volume, dec!(0.0002365882365), "m3", forms![Word "cup", Word "cups"]),
    measure("tbsp", Volume, dec!(0.00001478676478125), "m3", forms![
        Word "tablespoon", Word "tablespoons", Word "tbsp", Word "tbsps",
    ]),
    measure("tsp", Volume, dec!(0.00000492892159375), "m3", forms![
        Word "teaspoon", Word "teaspoons", Word "tsp", Word "tsps",
    ]),
    // ---- Area (SI: m2) ----
    measure("m2", Area, dec!(1), "m2", forms![
        Word "square metre", Word "square metres", Word "square meter", Word "square meters",
        Word "sq m", Word "sq. m", Word "sq metres", Word "sq meters", Word "sqm",
        Sym "m2", Sym "m²",
    ]),
    measure("km2", Area, dec!(1000000), "m2", forms![
        Word "square kilometre", Word "square kilometres",
        Word "square kilometer", Word "square kilometers",
        Word "sq km", Word "sq. km", Word "sq.km", Word "sq kilometres", Word "sq kilometers",
        Word "sqkm", Sym "km2", Sym "km²",
    ]),
    measure("ha", Area, dec!(10000), "m2", forms![Word "hectare", Word "hectares", Sym "ha"]),
    measure("acre", Area, dec!(4046.8564224), "m2", forms![Word "acre", Word "acres"]),
    measure("ft2", Area, dec!(0.09290304), "m2", forms![
        Word "square foot", Word "square feet", Word "sq ft", Word "sq. ft", Word "sq.ft",
        Word "sq feet", Word "sqft", Sym "ft2", Sym "ft²",
    ]),
    measure("mi2", Area, dec!(2589988.110336), "m2", forms![
        Word "square mile", Word "square miles", Word "sq mi", Word "sq. mi", Word "sq miles",
        Sym "mi2", Sym "mi²",
    ]),
    // ---- Speed (SI: m/s) ----
    // 1000/3600 = 5/18 has no finite decimal expansion: rounded to 28 places.
    measure("km/h", Speed, dec!(0.2777777777777777777777777778), "m/s", forms![
        Sym "km/h", Sym "km/hr", Sym "Km/h", Sym "KM/H",
        Word "kph", Word "kmph", Word "kmh", Word "km per hour", Word "km an hour",
        Word "kilometre per hour", Word "kilometres per hour",
        Word "kilometer per hour", Word "kilometers per hour",
        Word "kilometres an hour", Word "kilometers an hour",
    ]),
    measure("mph", Speed, dec!(0.44704), "m/s", forms![
        Word "mph", Word "mile per hour", Word "miles per hour", Word "miles an hour",
    ]),
    measure("m/s", Speed, dec!(1), "m/s", forms![
        Sym "m/s", Word "metre per second", Word "metres per second",
        Word "meter per second", Word "meters per second",
    ]),
    // 1852/3600 has no finite decimal expansion: rounded to 28 places.
    measure("kn", Speed, dec!(0.5144444444444444444444444444), "m/s", forms![
        Word "knot", Word "knots", Sym "kn",
    ]),
    // ---- Temperature (SI: K; kelvin = value * factor + offset) ----
    temperature("°C", dec!(1), dec!(273.15), "K", forms![
        Sym "°C", Sym "° C", Sym "°c", Sym "ºC", Sym "º C", Sym "℃",
        Word "deg c", Word "deg. c", Word "deg celsius", Word "deg. celsius",
        Word "degree c", Word "degrees c", Word "degree celsius", Word "degrees celsius",
        Word "degrees centigrade", Word "celsius", Word "centigrade",
        Glued "C",
    ]),
    // 5/9 and 273.15 - 32 * 5/9 have no finite decimal expansion: both are rounded to the
    // precision a Decimal holds, so 32 °F converts to 273.15 K within 1e-26.
    temperature(
        "°F",
        dec!(0.5555555555555555555555555556),
        dec!(255.37222222222222222222222222),
        "K",
        forms![
            Sym "°F", Sym "° F", Sym "°f", Sym "ºF", Sym "º F", Sym "℉",
            Word "deg f", Word "deg. f", Word "deg fahrenheit", Word "deg. fahrenheit",
            Word "degree f", Word "degrees f", Word "degree fahrenheit", Word "degrees fahrenheit",
            Word "fahrenheit",
            Glued "F",
        ],
    ),
    // Never the bare symbol `K`: "300K" in prose is nearly always thousands.
    temperature("K", dec!(1), dec!(0), "K", forms![
        Word "kelvin", Word "kelvins", Word "degrees kelvin",
    ]),
    // Degrees with no scale named ("98 degrees", "85°"): a temperature of unknown scale, so
    // it has no SI conversion of its own (si_code `°`, identity factor).
    temperature("°", dec!(1), dec!(0), "°", forms![
        Sym "°", Sym "º", Word "degree", Word "degrees", Word "deg", Word "deg.",
    ]),
    // ---- Energy (SI: J) ----
    measure("J", Energy, dec!(1), "J", forms![Word "joule", Word "joules", Sym "J"]),
    measure("kJ", Energy, dec!(1000), "J", forms![Word "kilojoule", Word "kilojoules", Sym "kJ"]),
    measure("MJ", Energy, dec!(1000000), "J", forms![
        Word "megajoule", Word "megajoules", Sym "MJ",
    ]),
    measure("GJ", Energy, dec!(1000000000), "J", forms![
        Word "gigajoule", Word "gigajoules", Sym "GJ",
    ]),
    measure("Wh", Energy, dec!(3600), "J", forms![
        Word "watt hour", Word "watt hours", Sym "Wh",
    ]),
    measure("kWh", Energy, dec!(3600000), "J", forms![
        Word "kilowatt hour", Word "kilowatt hours", Sym "kWh", Sym "KWh", Sym "kwh", Sym "KWH",
    ]),
    measure("MWh", Energy, dec!(3600000000), "J", forms![
        Word "megawatt hour", Word "megawatt hours", Sym "MWh",
    ]),
    measure("GWh", Energy, dec!(3600000000000), "J", forms![
        Word "gigawatt hour", Word "gigawatt hours", Sym "GWh",
    ]),
    measure("TWh", Energy, dec!(3600000000000000), "J", forms![
        Word "terawatt hour", Word "terawatt hours", Sym "TWh",
    ]),
    // Thermochemical calorie. Literal: a food "calorie" is read as `cal`, not `kcal`.
    measure("cal", Energy, dec!(4.184), "J", forms![
        Word "calorie", Word "calories", Word "cal",
    ]),
    measure("kcal", Energy, dec!(4184), "J", forms![
        Word "kilocalorie", Word "kilocalories", Word "kcal",
    ]),
    // ---- Power (SI: W) ----
    measure("W", Power, dec!(1), "W", forms![Word "watt", Word "watts", Sym "W"]),
    measure("mW", Power, dec!(0.001), "W", forms![
        Word "milliwatt", Word "milliwatts", Sym "mW",
    ]),
    measure("kW", Power, dec!(1000), "W", forms![
        Word "kilowatt", Word "kilowatts", Sym "kW", Sym "KW",
    ]),
    measure("MW", Power, dec!(1000000), "W", forms![Word "megawatt", Word "megawatts", Sym "MW"]),
    measure("GW", Power, dec!(1000000000), "W", forms![
        Word "gigawatt", Word "gigawatts", Sym "GW",
    ]),
    measure("TW", Power, dec!(1000000000000), "W", forms![
        Word "terawatt", Word "terawatts", Sym "TW",
    ]),
    // Mechanical horsepower, 550 ft·lbf/s: exact.
    measure("hp", Power, dec!(745.69987158227022), "W", forms![
        Word "horsepower", Word "hp", Word "bhp",
    ]),
    // ---- Data (SI: B; decimal prefixes, 1 KB = 1000 B, as storage makers and news use) ----
    // Never the bare `B`: after a number it is more often a class, a grade or "billion".
    measure("B", Data, dec!(1), "B", forms![Word "byte", Word "bytes"]),
    measure("KB", Data, dec!(1000), "B", forms![
        Word "kilobyte", Word "kilobytes", Sym "KB", Sym "kB",
    ]),
    measure("MB", Data, dec!(1000000), "B", forms![Word "megabyte", Word "megabytes", Sym "MB"]),
    measure("GB", Data, dec!(1000000000), "B", forms![
        Word "gigabyte", Word "gigabytes", Sym "GB",
    ]),
    measure("TB", Data, dec!(1000000000000), "B", forms![
        Word "terabyte", Word "terabytes", Sym "TB",
    ]),
    measure("PB", Data, dec!(1000000000000000), "B", forms![
        Word "petabyte", Word "petabytes", Sym "PB",
    ]),
    measure("bit", Data, dec!(0.125), "B", forms![Word "bit", Word "bits"]),
    measure("Kb", Data, dec!(125), "B", forms![
        Word "kilobit", Word "kilobits", Sym "Kb", Sym "kbit", Sym "Kbit",
    ]),
    measure("Mb", Data, dec!(125000), "B", forms![
        Word "megabit", Word "megabits", Sym "Mb", Sym "Mbit",
    ]),
    measure("Gb", Data, dec!(125000000), "B", forms![
        Word "gigabit", Word "gigabits", Sym "Gb", Sym "Gbit",
    ]),
    measure("Tb", Data, dec!(125000000000), "B", forms![
        Word "terabit", Word "terabits", Sym "Tb", Sym "Tbit",
    ]),
    // ---- Duration (SI: s) ----
    // Never the bare `s`, `d` or `mo`: too often a letter, a grade or an initial.
    measure("ms", Duration, dec!(0.001), "s", forms![Word "millisecond", Word "milliseconds"]),
    measure("s", Duration, dec!(1), "s", forms![
        Word "second", Word "seconds", Word "sec", Word "secs",
    ]),
    measure("min", Duration, dec!(60), "s", forms![
        Word "minute", Word "minutes", Word "min", Word "mins",
    ]),
    measure("h", Duration, dec!(3600), "s", forms![
        Word "hour", Word "hours", Word "hr", Word "hrs", Glued "h",
    ]),
    measure("d", Duration, dec!(86400), "s", forms![Word "day", Word "days"]),
    measure("wk", Duration, dec!(604800), "s", forms![
        Word "week", Word "weeks", Word "wk", Word "wks",
    ]),
    // Month and year are Gregorian averages: 365.2425 days a year, a twelfth of that a month.
    measure("mo", Duration, dec!(2629746), "s", forms![
        Word "month", Word "months", Word "mth", Word "mths",
    ]),
    measure("yr", Duration, dec!(31556952), "s", forms![
        Word "year", Word "years", Word "yr", Word "yrs",
    ]),
    measure("decade", Duration, dec!(315569520), "s", forms![Word "decade", Word "decades"]),
    measure("century", Duration, dec!(3155695200), "s", forms![
        Word "century", Word "centuries",
    ]),
    // ---- Ratios ----
    // `percentage` alone is not a unit ("a 5 percentage" is not English).
    ratio("%", Kind::Percent, forms![
        Sym "%", Word "percent", Word "percents", Word "per cent", Word "pct", Glued "pc",
    ]),
    ratio("pp", Kind::PercentagePoints, forms![
        Word "percentage point", Word "percentage points",
        Word "percent point", Word "percent points",
        Word "per cent point", Word "per cent points",
        Word "% point", Word "% points",
        Word "pp", Word "ppt", Word "ppts",
    ]),
    ratio("bp", Kind::PercentagePoints, forms![
        Word "basis point", Word "basis points", Word "bp", Word "bps",
    ]),
];

/// The unit table, materialised once.
static UNITS: &[Entry] = UNITS_DATA;

// ---- Index by first byte and leading word, built at compile time ----

/// Number of spellings in the table.
const N_FORMS: usize = count_forms(UNITS_DATA);

/// Every spelling of every unit, as written in the table, in table order.
pub(crate) const SPELLINGS: [&str; N_FORMS] = {
    let mut out = [""; N_FORMS];
    let (mut i, mut n) = (0, 0);
    while i < UNITS_DATA.len() {
        let mut k = 0;
        while k < UNITS_DATA[i].forms.len() {
            out[n] = UNITS_DATA[i].forms[k].text;
            n += 1;
            k += 1;
        }
        i += 1;
    }
    out
};

const fn count_forms(entries: &[Entry]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < entries.len() {
        n += entries[i].forms.len();
        i += 1;
    }
    n
}

/// What a [`Slot`] says of its spelling, as bits.
mod flag {
    /// Case is meaning ([`super::How::Sym`], [`super::How::Glued`]): the keys are as
    /// written and are compared with the input as written.
    pub(super) const EXACT: u8 = 1;
    /// [`super::How::Glued`]: only glued to the number.
    pub(super) const GLUED: u8 = 2;
    /// Ends in an ASCII letter or digit, so it must end a word in the input.
    pub(super) const WORD_END: u8 = 4;
    /// Ends in a non-ASCII char: it must end a word in the input when that char is
    /// alphanumeric (`km²`), which is decided when it matches.
    pub(super) const OTHER_END: u8 = 8;
}

/// One spelling, with the heads of its first two words (up to 8 bytes each, split at the
/// spaces of the spelling) packed like [`super::prefix_key`]. Compared with the input's
/// heads, they turn away nearly every other spelling in one instruction each, and when a
/// word has at most 8 bytes its key match is its whole match: what is left to compare
/// starts after it.
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    mask: u64,
    /// The second word's head and mask; 0 and 0 when the spelling is one word.
    key2: u64,
    mask2: u64,
    text: &'static str,
    /// Bytes in the first word, and in the second (0 when there is none).
    len1: u8,
    len2: u8,
    flags: u8,
    /// The unit: `UNITS[entry]`.
    entry: u16,
}

/// Buckets of spellings: one for each non-letter first byte (at that byte), and one for
/// each ASCII letter (either case) and length of the spelling's leading run of letters,
/// runs of [`LETTER_RUNS`] and more sharing one. A spelling only matches an input whose
/// leading letters run exactly as far: its run ends at its end, where a word must end, or
/// at a space (a gap in the input), or at a byte the input must have too. So an input that
/// starts with a word looks only at the few spellings with a leading word of its length.
struct Index {
    /// The spellings in bucket `k` are `slots[starts[k]..starts[k + 1]]`, in table order.
    starts: [u16; N_BUCKETS + 1],
    slots: [Slot; N_FORMS],
}

/// Leading letter runs this long and longer share a bucket.
const LETTER_RUNS: usize = 16;

const N_BUCKETS: usize = 256 + 26 * LETTER_RUNS;

/// The bucket of a spelling or input whose first byte is `first` and whose leading run of
/// ASCII letters is `run` bytes long (0 when `first` is not a letter).
const fn bucket(first: u8, run: usize) -> usize {
    if run == 0 {
        first as usize
    } else {
        let run = if run < LETTER_RUNS { run } else { LETTER_RUNS };
        256 + (first.to_ascii_lowercase() - b'a') as usize * LETTER_RUNS + run - 1
    }
}

/// The bucket of a spelling.
const fn form_bucket(t: &[u8]) -> usize {
    let mut run = 0;
    while run < t.len() && t[run].is_ascii_alphabetic() {
        run += 1;
    }
    // Indexing byte 0 also rejects an empty spelling at compile time.
    bucket(t[0], run)
}

/// The head of the word of `t` that starts at `start` (up to the next space, at most 8
/// bytes), lowercased when `lower`: its key, its mask and the word's full length.
const fn word_key(t: &[u8], start: usize, lower: bool) -> (u64, u64, usize) {
    let (mut key, mut mask) = (0u64, 0u64);
    let mut i = start;
    while i < t.len() && t[i] != b' ' {
        if i - start < 8 {
            let c = if lower {
                t[i].to_ascii_lowercase()
            } else {
                t[i]
            };
            key |= (c as u64) << (8 * (i - start));
            mask |= 0xff << (8 * (i - start));
        }
        i += 1;
    }
    (key, mask, i - start)
}

/// The slot of spelling `form` of `UNITS_DATA[entry]`.
const fn slot(entry: usize, form: Form) -> Slot {
    let t = form.text.as_bytes();
    let exact = !matches!(form.how, How::Word);
    let (key, mask, len1) = word_key(t, 0, !exact);
    let (key2, mask2, len2) = if len1 < t.len() {
        word_key(t, len1 + 1, !exact)
    } else {
        (0, 0, 0)
    };
    // The gaps are single spaces between words: no leading, trailing or doubled space.
    assert!(len1 < 256 && len2 < 256 && t[0] != b' ' && t[t.len() - 1] != b' ');
    let mut i = 1;
    while i < t.len() {
        assert!(t[i] != b' ' || t[i - 1] != b' ');
        i += 1;
    }
    let last = t[t.len() - 1];
    let mut flags = 0;
    if exact {
        flags |= flag::EXACT;
    }
    if matches!(form.how, How::Glued) {
        flags |= flag::GLUED;
    }
    if last.is_ascii_alphanumeric() {
        flags |= flag::WORD_END;
    } else if !last.is_ascii() {
        flags |= flag::OTHER_END;
    }
    Slot {
        key,
        mask,
        key2,
        mask2,
        text: form.text,
        len1: len1 as u8,
        len2: len2 as u8,
        flags,
        entry: entry as u16,
    }
}

/// A counting sort of all spellings by bucket.
const fn build_index() -> Index {
    assert!(N_FORMS < u16::MAX as usize && UNITS_DATA.len() < u16::MAX as usize);
    let mut starts = [0u16; N_BUCKETS + 1];
    let mut i = 0;
    while i < UNITS_DATA.len() {
        let forms = UNITS_DATA[i].forms;
        let mut j = 0;
        while j < forms.len() {
            starts[form_bucket(forms[j].text.as_bytes()) + 1] += 1;
            j += 1;
        }
        i += 1;
    }
    let mut b = 0;
    while b < N_BUCKETS {
        starts[b + 1] += starts[b];
        b += 1;
    }
    let mut next = starts;
    let mut slots = [slot(0, UNITS_DATA[0].forms[0]); N_FORMS];
    let mut i = 0;
    while i < UNITS_DATA.len() {
        let forms = UNITS_DATA[i].forms;
        let mut j = 0;
        while j < forms.len() {
            let k = form_bucket(forms[j].text.as_bytes());
            slots[next[k] as usize] = slot(i, forms[j]);
            next[k] += 1;
            j += 1;
        }
        i += 1;
    }
    Index { starts, slots }
}

static INDEX: Index = build_index();

/// Where the gap at byte `j` of `s` ends: past one hyphen, or past one or more inline
/// spaces. `None` when there is no gap there.
#[inline]
fn gap_end(s: &str, j: usize) -> Option<usize> {
    let rest = s.get(j..)?;
    if rest.as_bytes().first() == Some(&b'-') {
        return Some(j + 1);
    }
    let after = skip_spaces(rest);
    (after.len() < rest.len()).then_some(s.len() - after.len())
}

/// Matches `text` from its byte `i` against `s` from its byte `j`, and returns where the
/// match ends in `s`; the caller knows the bytes before match. A space in `text` matches one
/// or more inline spaces or a single hyphen; other bytes match exactly when `exact`, else
/// ignoring ASCII case. Word ends are the caller's.
///
/// Compares bytes: an ASCII byte of `text` only matches an ASCII byte of `s`, and a non-ASCII
/// byte only itself, so a full match of `text` always stops at a char boundary of `s`.
fn match_form_at(text: &str, exact: bool, s: &str, i: usize, mut j: usize) -> Option<usize> {
    let b = s.as_bytes();
    for &c in text.as_bytes().get(i..)? {
        if c == b' ' {
            j = gap_end(s, j)?;
        } else {
            let &d = b.get(j)?;
            if d != c && (exact || !d.eq_ignore_ascii_case(&c)) {
                return None;
            }
            j += 1;
        }
    }
    Some(j)
}

/// True when a spelling whose text is `text` may end at the start of `rest`: a spelling
/// that ends in a letter or digit must also end a word in the input, so `mi` never reads
/// the start of `miles` or `mins`.
fn ends_here(text: &str, rest: &str) -> bool {
    let needs_end = match text.as_bytes().last() {
        Some(l) if l.is_ascii() => l.is_ascii_alphanumeric(),
        _ => text
            .chars()
            .next_back()
            .is_some_and(crate::parse::is_alphanumeric),
    };
    !needs_end || at_word_end(rest)
}

/// Matches one spelling at the start of `s` and returns the rest, ending a word where the
/// spelling needs it ([`ends_here`]). The plain reading of the table, which the index
/// ([`match_slot`]) must agree with.
fn match_form<'a>(text: &str, ignore_case: bool, s: &'a str) -> Option<&'a str> {
    let rest = s.get(match_form_at(text, !ignore_case, s, 0, 0)?..)?;
    ends_here(text, rest).then_some(rest)
}

/// Matches the spelling of `slot` at the start of `s`, whose first 8 bytes (lowercased
/// unless the spelling is [`flag::EXACT`]) match the slot's key, and returns where the match
/// ends in `s`: [`match_form`] for a spelling whose first word the key has read.
#[inline]
fn match_slot(slot: &Slot, s: &str) -> Option<usize> {
    let exact = slot.flags & flag::EXACT != 0;
    let len1 = usize::from(slot.len1);
    let end = if len1 > 8 {
        // The key matched the first 8 bytes of a longer word.
        match_form_at(slot.text, exact, s, 8, 8)?
    } else if len1 == slot.text.len() {
        // One word, matched whole by its key.
        len1
    } else {
        let j = gap_end(s, len1)?;
        let head = super::input_head(s.as_bytes().get(j..)?);
        let head = if exact { head } else { lowercase(head) };
        if head & slot.mask2 != slot.key2 {
            return None;
        }
        let (len2, t) = (usize::from(slot.len2), slot.text.as_bytes());
        let (i, j) = (len1 + 1 + len2, j + len2);
        if len2 > 8 {
            // The key matched the first 8 bytes of a longer second word.
            match_form_at(slot.text, exact, s, i + 8 - len2, j + 8 - len2)?
        } else if i == t.len() {
            // Two words, matched whole by their keys.
            j
        } else {
            // A third word (`per cent points`): its first byte first, since most inputs
            // with the first two words (`per cent`) go on with another.
            let j = gap_end(s, j)?;
            let (&c, &d) = (t.get(i + 1)?, s.as_bytes().get(j)?);
            if d != c && (exact || !d.eq_ignore_ascii_case(&c)) {
                return None;
            }
            match_form_at(slot.text, exact, s, i + 2, j + 1)?
        }
    };
    let ok = if slot.flags & flag::WORD_END != 0 {
        at_word_end(s.get(end..)?)
    } else if slot.flags & flag::OTHER_END != 0 {
        ends_here(slot.text, s.get(end..)?)
    } else {
        true
    };
    ok.then_some(end)
}

/// Where a unit after a number would start: past inline spaces or one hyphen, or right at
/// `input`, glued to the number (the only place a [`How::Glued`] symbol may stand).
fn unit_start(input: &str) -> (&str, bool) {
    let after_spaces = skip_spaces(input);
    if after_spaces.len() < input.len() {
        (after_spaces, false)
    } else if let Some(r) = input.strip_prefix('-') {
        (r, false)
    } else {
        (input, true)
    }
}

/// Words that may follow a duration to make an age: `45-year-old`, `18-year-olds`,
/// `45 years old`, `95 years of age`. The leading space also matches a hyphen.
const AGE_SUFFIXES: [&str; 3] = [" olds", " old", " of age"];

/// Parses the unit phrase right after a number (after any scale word). The input starts
/// immediately after the number: it may begin with inline spaces or ONE hyphen for the
/// adjectival form (`515-kilometre line`, `3-inch`, `45-year-old`, which consumes
/// `-year-old`; `45 years old` and `95 years of age` consume the trailing words too).
/// Returns the rest of the input after the unit. The longest spelling wins (`km/h` over `km`,
/// `degrees Fahrenheit` over `degrees`). On no match it fails without consuming anything.
pub(crate) fn unit_after_number(input: &str) -> IResult<&str, UnitMatch> {
    let (s, glued) = unit_start(input);
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return fail(input);
    };
    let raw = input_head(b);
    let k = if first.is_ascii_alphabetic() {
        let run = match leading_letters_in(raw) {
            8 => 8 + crate::parse::runs::leading_letters(b.get(8..).unwrap_or_default()),
            n => n,
        };
        bucket(first, run)
    } else {
        bucket(first, 0)
    };
    let (Some(&from), Some(&to)) = (INDEX.starts.get(k), INDEX.starts.get(k + 1)) else {
        return fail(input);
    };
    let lower = lowercase(raw);
    let mut best: Option<(usize, &Entry)> = None;
    for slot in INDEX
        .slots
        .get(usize::from(from)..usize::from(to))
        .unwrap_or_default()
    {
        let head = if slot.flags & flag::EXACT != 0 {
            raw
        } else {
            lower
        };
        if head & slot.mask != slot.key || (slot.flags & flag::GLUED != 0 && !glued) {
            continue;
        }
        if let Some(end) = match_slot(slot, s)
            // Longer match wins; on a tie the earlier entry stays.
            && best.is_none_or(|(e, _)| end > e)
            && let Some(entry) = UNITS.get(usize::from(slot.entry))
        {
            best = Some((end, entry));
        }
    }
    let Some((end, entry)) = best else {
        return fail(input);
    };
    let Some(mut rest) = s.get(end..) else {
        return fail(input);
    };
    // Every age suffix starts with a gap and an `o`: most durations are followed by neither.
    if entry.kind == Kind::Duration
        && gap_end(rest, 0)
            .is_some_and(|j| rest.as_bytes().get(j).is_some_and(|&c| (c | 0x20) == b'o'))
        && let Some(r) = AGE_SUFFIXES.iter().find_map(|t| match_form(t, true, rest))
    {
        rest = r;
    }
    Ok((
        rest,
        UnitMatch {
            unit: &entry.unit,
            kind: entry.kind,
        },
    ))
}

/// The unit with canonical code `code` (`km`, `°C`, `%`, `pp`), if the table has it.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn unit_by_code(code: &str) -> Option<&'static Unit> {
    UNITS.iter().map(|e| &e.unit).find(|u| u.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::input_key;

    /// Parses `input` and returns (code, kind, rest).
    fn p(input: &str) -> (&'static str, Kind, &str) {
        let (rest, m) =
            unit_after_number(input).unwrap_or_else(|e| panic!("no unit in {input:?}: {e:?}"));
        (m.unit.code, m.kind, rest)
    }

    fn code(input: &str) -> &'static str {
        p(input).0
    }

    fn no_unit(input: &str) {
        match unit_after_number(input) {
            Err(nom::Err::Error(e)) => assert_eq!(e.input, input, "consumed on {input:?}"),
            other => panic!("unexpected unit in {input:?}: {other:?}"),
        }
    }

    fn si(value: Decimal, input: &str) -> Decimal {
        unit_after_number(input)
            .unwrap()
            .1
            .unit
            .to_si(value)
            .unwrap()
    }

    #[test]
    fn required_codes_exist_with_their_dimension() {
        let want: &[(&[&str], Dimension, &str)] = &[
            (
                &["m", "km", "cm", "mm", "dm", "mi", "ft", "in", "yd", "nmi"],
                Length,
                "m",
            ),
            (&["g", "kg", "mg", "t", "lb", "oz"], Mass, "kg"),
            (
                &["l", "ml", "hl", "m3", "gal", "bbl", "cup", "tbsp", "tsp"],
                Volume,
                "m3",
            ),
            (&["m2", "km2", "ha", "acre", "ft2", "mi2"], Area, "m2"),
            (&["km/h", "mph", "m/s", "kn"], Speed, "m/s"),
            (&["°C", "°F", "K"], Dimension::Temperature, "K"),
            (
                &[
                    "J", "kJ", "MJ", "GJ", "Wh", "kWh", "MWh", "GWh", "TWh", "cal", "kcal",
                ],
                Energy,
                "J",
            ),
            (&["W", "kW", "MW", "GW", "TW", "hp"], Power, "W"),
            (
                &["B", "KB", "MB", "GB", "TB", "PB", "bit", "Kb", "Mb", "Gb"],
                Data,
                "B",
            ),
            (
                &["s", "min", "h", "d", "wk", "mo", "yr", "decade", "century"],
                Duration,
                "s",
            ),
        ];
        for (codes, dim, si_code) in want {
            for c in *codes {
                let u = unit_by_code(c).unwrap_or_else(|| panic!("missing {c}"));
                assert_eq!(u.dimension, *dim, "{c}");
                assert_eq!(u.si_code, *si_code, "{c}");
            }
        }
        for c in ["%", "pp", "bp"] {
            assert_eq!(unit_by_code(c).unwrap().dimension, Dimension::Ratio);
        }
        assert_eq!(unit_by_code("°").unwrap().si_code, "°");
        assert!(unit_by_code("furlong").is_none());
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in UNITS.iter().enumerate() {
            for b in &UNITS[i + 1..] {
                assert_ne!(a.unit.code, b.unit.code);
            }
        }
    }

    /// Every spelling, written as the table says it may be written, reads back as its own
    /// unit and consumes itself whole: no spelling is shadowed or ambiguous.
    #[test]
    fn every_spelling_reads_as_its_unit() {
        for e in UNITS {
            for f in e.forms {
                let mut inputs = vec![f.text.to_string()];
                if f.how != How::Glued {
                    inputs.push(format!(" {}", f.text));
                    inputs.push(format!("-{} x", f.text));
                }
                if f.how == How::Word {
                    inputs.push(format!(" {}", f.text.to_uppercase()));
                }
                for input in &inputs {
                    let (c, kind, rest) = p(input);
                    assert_eq!(c, e.unit.code, "{input:?}");
                    assert_eq!(kind, e.kind, "{input:?}");
                    assert!(rest.is_empty() || rest == " x", "{input:?} left {rest:?}");
                }
            }
        }
    }

    #[test]
    fn no_spelling_is_listed_twice() {
        let all: Vec<(&str, How)> = UNITS
            .iter()
            .flat_map(|e| e.forms.iter().map(|f| (f.text, f.how)))
            .collect();
        for (i, (a, ha)) in all.iter().enumerate() {
            for (b, hb) in &all[i + 1..] {
                let clash = if *ha == How::Word || *hb == How::Word {
                    a.eq_ignore_ascii_case(b)
                } else {
                    a == b
                };
                assert!(!clash, "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn length() {
        assert_eq!(code(" metres"), "m");
        assert_eq!(code(" meters"), "m");
        assert_eq!(code("m"), "m");
        assert_eq!(code(" m tall"), "m");
        assert_eq!(code(" kilometres"), "km");
        assert_eq!(code(" kilometers"), "km");
        assert_eq!(code(" Kilometre"), "km");
        assert_eq!(code("km"), "km");
        assert_eq!(code(" cm"), "cm");
        assert_eq!(code(" millimetres"), "mm");
        assert_eq!(code(" decimetres"), "dm");
        assert_eq!(code(" miles"), "mi");
        assert_eq!(code(" mile"), "mi");
        assert_eq!(code(" mi"), "mi");
        assert_eq!(code(" feet"), "ft");
        assert_eq!(code(" foot"), "ft");
        assert_eq!(code(" ft"), "ft");
        assert_eq!(code(" inches"), "in");
        assert_eq!(code(" inch"), "in");
        assert_eq!(code(" yards"), "yd");
        assert_eq!(code(" nautical miles"), "nmi");
        assert_eq!(code(" nmi"), "nmi");
    }

    #[test]
    fn exact_factors() {
        assert_eq!(si(dec!(18000), " feet"), dec!(5486.4));
        assert_eq!(si(dec!(1), " mile"), dec!(1609.344));
        assert_eq!(si(dec!(12), " inches"), dec!(0.3048));
        assert_eq!(si(dec!(2), " pounds"), dec!(0.90718474));
        assert_eq!(si(dec!(16), " ounces"), dec!(0.45359237));
        assert_eq!(si(dec!(1), " barrel"), dec!(0.158987294928));
        assert_eq!(si(dec!(42), " gallons"), dec!(0.158987294928));
        assert_eq!(si(dec!(16), " cups"), dec!(0.003785411784));
        assert_eq!(si(dec!(3), " teaspoons"), si(dec!(1), " tablespoon"));
        assert_eq!(si(dec!(640), " acres"), dec!(2589988.110336));
        assert_eq!(si(dec!(1), " sq mi"), dec!(2589988.110336));
        assert_eq!(si(dec!(100), " mph"), dec!(44.704));
        assert_eq!(si(dec!(515), "-kilometre"), dec!(515000));
        assert_eq!(si(dec!(1.2), " GW"), dec!(1200000000));
        assert_eq!(si(dec!(1), " TWh"), dec!(3600000000000000));
        assert_eq!(si(dec!(1), " kcal"), dec!(4184));
        assert_eq!(si(dec!(1), " year"), dec!(31556952));
        assert_eq!(si(dec!(12), " months"), dec!(31556952));
        assert_eq!(si(dec!(8), " Mb"), dec!(1000000));
        assert_eq!(si(dec!(2), " tonnes"), dec!(2000));
        assert_eq!(si(dec!(500), "g"), dec!(0.5));
        assert_eq!(si(dec!(1), " hp"), dec!(745.69987158227022));
    }

    #[test]
    fn inexact_factors_are_close() {
        let tiny = dec!(0.000000000000000000000001);
        assert!((si(dec!(36), " km/h") - dec!(10)).abs() < tiny);
        assert!((si(dec!(3600), " knots") - dec!(1852)).abs() < tiny);
        assert!((si(dec!(32), " °F") - dec!(273.15)).abs() < tiny);
        assert!((si(dec!(212), " degrees Fahrenheit") - dec!(373.15)).abs() < tiny);
        assert!((si(dec!(-40), "°F") - si(dec!(-40), "°C")).abs() < tiny);
    }

    #[test]
    fn mass_volume_area() {
        assert_eq!(code(" grams"), "g");
        assert_eq!(code("g"), "g");
        assert_eq!(code(" kg"), "kg");
        assert_eq!(code(" kilos"), "kg");
        assert_eq!(code(" mg"), "mg");
        assert_eq!(code(" tonnes"), "t");
        assert_eq!(code(" tons"), "t");
        assert_eq!(code(" metric tons"), "t");
        assert_eq!(code(" metric tonnes of CO2"), "t");
        assert_eq!(code("t"), "t");
        assert_eq!(code(" pounds"), "lb");
        assert_eq!(code(" lbs"), "lb");
        assert_eq!(code(" oz"), "oz");
        assert_eq!(code(" litres"), "l");
        assert_eq!(code(" liters"), "l");
        assert_eq!(code("L"), "l");
        assert_eq!(code(" ml"), "ml");
        assert_eq!(code(" hectolitres"), "hl");
        assert_eq!(code(" cubic meters"), "m3");
        assert_eq!(code(" m³"), "m3");
        assert_eq!(code("m3"), "m3");
        assert_eq!(code(" gallons"), "gal");
        assert_eq!(code(" barrels"), "bbl");
        assert_eq!(code(" bbl"), "bbl");
        assert_eq!(code(" cups"), "cup");
        assert_eq!(code(" tbsp"), "tbsp");
        assert_eq!(code(" tsp"), "tsp");
        assert_eq!(code(" square kilometres"), "km2");
        assert_eq!(code(" square kilometers"), "km2");
        assert_eq!(code(" sq km"), "km2");
        assert_eq!(code(" km²"), "km2");
        assert_eq!(code("km2"), "km2");
        assert_eq!(code(" m2"), "m2");
        assert_eq!(code(" m²"), "m2");
        assert_eq!(code(" square metres"), "m2");
        assert_eq!(code(" hectares"), "ha");
        assert_eq!(code(" ha"), "ha");
        assert_eq!(code(" acres"), "acre");
        assert_eq!(code(" sq ft"), "ft2");
        assert_eq!(code(" square feet"), "ft2");
        assert_eq!(code(" square miles"), "mi2");
    }

    #[test]
    fn speed() {
        assert_eq!(code(" km/h"), "km/h");
        assert_eq!(code("km/h"), "km/h");
        assert_eq!(code(" km/hr"), "km/h");
        assert_eq!(code(" kph"), "km/h");
        assert_eq!(code(" kmph"), "km/h");
        assert_eq!(code(" kilometers per hour"), "km/h");
        assert_eq!(code(" kilometres an hour"), "km/h");
        assert_eq!(code(" mph"), "mph");
        assert_eq!(code(" miles per hour"), "mph");
        assert_eq!(code(" miles an hour"), "mph");
        assert_eq!(code(" m/s"), "m/s");
        assert_eq!(code(" metres per second"), "m/s");
        assert_eq!(code(" knots"), "kn");
        // Longest match only when the longer phrase is really there.
        assert_eq!(p(" miles per gallon"), ("mi", Kind::Measure, " per gallon"));
    }

    #[test]
    fn temperature() {
        for s in [
            "°C",
            " °C",
            "° C",
            "ºC",
            " deg c",
            " deg celsius",
            " degrees Celsius",
            " celsius",
            " Celsius",
            "C",
            "℃",
        ] {
            assert_eq!(code(s), "°C", "{s:?}");
        }
        for s in [
            " degrees Fahrenheit",
            " degrees f",
            "°F",
            " °F",
            " fahrenheit",
            "F",
        ] {
            assert_eq!(code(s), "°F", "{s:?}");
        }
        assert_eq!(code(" kelvin"), "K");
        let u = unit_by_code("°C").unwrap();
        assert_eq!(
            (u.factor, u.offset, u.si_code),
            (dec!(1), dec!(273.15), "K")
        );
        // Degrees with no scale.
        for s in [" degrees", "°", " deg.", " deg", "-degree"] {
            let (rest, m) = unit_after_number(s).unwrap();
            assert_eq!(m.unit.code, "°", "{s:?}");
            assert_eq!(m.unit.dimension, Dimension::Temperature);
            assert_eq!(
                (m.unit.factor, m.unit.offset, m.unit.si_code),
                (dec!(1), dec!(0), "°")
            );
            assert_eq!(rest, "", "{s:?}");
        }
        assert_eq!(p("°, the"), ("°", Kind::Measure, ", the"));
        assert_eq!(p(" degrees, creating"), ("°", Kind::Measure, ", creating"));
        assert_eq!(p(" degrees Celsius."), ("°C", Kind::Measure, "."));
        // No bare `K`, and no spaced `C`/`F`.
        no_unit("K");
        no_unit(" K");
        no_unit(" C");
        no_unit(" F");
    }

    #[test]
    fn energy_power_data() {
        assert_eq!(code(" J"), "J");
        assert_eq!(code(" joules"), "J");
        assert_eq!(code(" kJ"), "kJ");
        assert_eq!(code(" MJ"), "MJ");
        assert_eq!(code(" GJ"), "GJ");
        assert_eq!(code(" Wh"), "Wh");
        assert_eq!(code(" kWh"), "kWh");
        assert_eq!(code(" kilowatt-hours"), "kWh");
        assert_eq!(code(" kilowatt hours"), "kWh");
        assert_eq!(code(" MWh"), "MWh");
        assert_eq!(code(" GWh"), "GWh");
        assert_eq!(code(" terawatt-hours"), "TWh");
        assert_eq!(code(" calories"), "cal");
        assert_eq!(code(" kcal"), "kcal");
        assert_eq!(code(" W"), "W");
        assert_eq!(code(" watts"), "W");
        assert_eq!(code(" kW"), "kW");
        assert_eq!(code(" MW"), "MW");
        assert_eq!(code(" mW"), "mW");
        assert_eq!(code(" megawatts"), "MW");
        assert_eq!(code(" GW"), "GW");
        assert_eq!(code(" TW"), "TW");
        assert_eq!(code(" horsepower"), "hp");
        assert_eq!(code(" bytes"), "B");
        assert_eq!(code(" KB"), "KB");
        assert_eq!(code(" MB"), "MB");
        assert_eq!(code(" Mb"), "Mb");
        assert_eq!(code(" GB"), "GB");
        assert_eq!(code(" Gb"), "Gb");
        assert_eq!(code(" TB"), "TB");
        assert_eq!(code(" PB"), "PB");
        assert_eq!(code(" Kb"), "Kb");
        assert_eq!(code("-bit"), "bit");
        no_unit(" B");
        no_unit(" mb");
        no_unit(" Mw");
    }

    #[test]
    fn duration() {
        for (s, c) in [
            (" seconds", "s"),
            (" secs", "s"),
            (" minutes", "min"),
            (" mins", "min"),
            (" min", "min"),
            (" hours", "h"),
            (" hrs", "h"),
            ("h", "h"),
            (" days", "d"),
            (" weeks", "wk"),
            (" months", "mo"),
            (" years", "yr"),
            (" year", "yr"),
            (" yrs", "yr"),
            (" decades", "decade"),
            (" centuries", "century"),
        ] {
            let (got, kind, rest) = p(s);
            assert_eq!((got, kind, rest), (c, Kind::Duration, ""), "{s:?}");
            assert_eq!(unit_by_code(c).unwrap().dimension, Duration);
        }
        no_unit(" s");
        no_unit(" d");
        no_unit(" mo");
        no_unit(" h");
    }

    #[test]
    fn ages() {
        assert_eq!(p("-year-old man"), ("yr", Kind::Duration, " man"));
        assert_eq!(p("-year-olds"), ("yr", Kind::Duration, ""));
        assert_eq!(p(" years old."), ("yr", Kind::Duration, "."));
        assert_eq!(p(" years of age,"), ("yr", Kind::Duration, ","));
        assert_eq!(p(" weeks of age"), ("wk", Kind::Duration, ""));
        assert_eq!(p("-month-old baby"), ("mo", Kind::Duration, " baby"));
        assert_eq!(p(" years older"), ("yr", Kind::Duration, " older"));
        assert_eq!(p(" years of ageing"), ("yr", Kind::Duration, " of ageing"));
        // Only durations take the age suffix.
        assert_eq!(p(" metres old"), ("m", Kind::Measure, " old"));
    }

    #[test]
    fn adjectival_hyphen() {
        assert_eq!(p("-kilometre line"), ("km", Kind::Measure, " line"));
        assert_eq!(p("-inch screen"), ("in", Kind::Measure, " screen"));
        assert_eq!(p("-foot wall"), ("ft", Kind::Measure, " wall"));
        assert_eq!(p("-km race"), ("km", Kind::Measure, " race"));
        assert_eq!(p("-MW plant"), ("MW", Kind::Measure, " plant"));
        assert_eq!(p("-minute walk"), ("min", Kind::Duration, " walk"));
        // Only one hyphen, and not a hyphen then spaces.
        no_unit("--km");
        no_unit("- km");
        // Glued-only symbols do not take a hyphen.
        no_unit("-t");
        no_unit("-g");
    }

    #[test]
    fn ratios() {
        for s in [
            "%",
            " %",
            " percent",
            " per cent",
            " per-cent",
            " pct",
            "pc",
            " Percent",
        ] {
            let (rest, m) = unit_after_number(s).unwrap();
            assert_eq!(
                (m.unit, m.kind, rest),
                (&Unit::ratio("%"), Kind::Percent, ""),
                "{s:?}"
            );
        }
        for s in [
            " percentage points",
            " percentage point",
            " percentage-point",
            " pp",
            " ppt",
            "% points",
            " per cent points",
        ] {
            let (rest, m) = unit_after_number(s).unwrap();
            assert_eq!(
                (m.unit, m.kind, rest),
                (&Unit::ratio("pp"), Kind::PercentagePoints, ""),
                "{s:?}"
            );
        }
        for s in [" basis points", " basis point", " bps", " bp", "bps"] {
            let (rest, m) = unit_after_number(s).unwrap();
            assert_eq!(
                (m.unit, m.kind, rest),
                (&Unit::ratio("bp"), Kind::PercentagePoints, ""),
                "{s:?}"
            );
        }
        assert_eq!(p("%-owned"), ("%", Kind::Percent, "-owned"));
        assert_eq!(p("%, up"), ("%", Kind::Percent, ", up"));
        no_unit(" percentage");
        no_unit(" percentages");
        no_unit(" pc");
    }

    #[test]
    fn longest_match() {
        assert_eq!(p(" square kilometers of"), ("km2", Kind::Measure, " of"));
        assert_eq!(p("km/h winds"), ("km/h", Kind::Measure, " winds"));
        assert_eq!(p(" km an hour"), ("km/h", Kind::Measure, ""));
        assert_eq!(p(" degrees Fahrenheit"), ("°F", Kind::Measure, ""));
        assert_eq!(p(" metric tons"), ("t", Kind::Measure, ""));
        assert_eq!(p("°C"), ("°C", Kind::Measure, ""));
        assert_eq!(p(" nautical miles"), ("nmi", Kind::Measure, ""));
        assert_eq!(p(" kilowatt-hours"), ("kWh", Kind::Measure, ""));
        assert_eq!(p(" percentage points"), ("pp", Kind::PercentagePoints, ""));
        assert_eq!(p(" cubic metres"), ("m3", Kind::Measure, ""));
    }

    #[test]
    fn case_sensitive_symbols() {
        assert_eq!(code(" MW"), "MW");
        assert_eq!(code(" mW"), "mW");
        assert_eq!(code(" MB"), "MB");
        assert_eq!(code(" Mb"), "Mb");
        assert_eq!(code(" GB"), "GB");
        assert_eq!(code(" Gb"), "Gb");
        no_unit(" M");
        no_unit(" G");
        no_unit(" kM");
    }

    #[test]
    fn word_boundaries() {
        no_unit(" mins1");
        no_unit("kmx");
        no_unit(" milestone");
        no_unit(" feetx");
        no_unit(" hourly");
        no_unit(" daily");
        no_unit(" yearly");
        no_unit(" minister");
        no_unit(" metro");
        no_unit(" tons2");
        no_unit("th");
        no_unit("st");
        no_unit("nd");
        no_unit("gb");
        no_unit(" Tonight");
        no_unit("km²x");
        assert_eq!(p(" Cups"), ("cup", Kind::Measure, ""));
        assert_eq!(p(" km."), ("km", Kind::Measure, "."));
        assert_eq!(p("m,"), ("m", Kind::Measure, ","));
    }

    #[test]
    fn prose_negatives() {
        for s in [
            " in 2025",
            " in 10",
            "in",
            " pm",
            "pm",
            " am",
            " a",
            " s",
            " seats",
            " people",
            " kids",
            " k",
            "k",
            " K",
            " t",
            " g",
            " l",
            " d",
            " mo",
            " B",
            " percentage",
            " cents",
            " million",
            " of",
            "",
            " ",
            "\n km",
            "\tkm",
            "-",
            "é",
            " 😀",
        ] {
            no_unit(s);
        }
    }

    #[test]
    fn spaces() {
        assert_eq!(p("\u{a0}km"), ("km", Kind::Measure, ""));
        assert_eq!(p("\u{202f}%"), ("%", Kind::Percent, ""));
        assert_eq!(p("  sq  km"), ("km2", Kind::Measure, ""));
        assert_eq!(p(" per\u{a0}cent"), ("%", Kind::Percent, ""));
    }

    #[test]
    fn never_panics_on_odd_input() {
        let samples = [
            "°",
            "º",
            "²",
            "m²",
            "k\u{301}m",
            "sq\u{a0}",
            "sq. ",
            "deg.",
            "per",
            "per ",
            "per-",
            "km/",
            "km/\u{e9}",
            "\u{feff}",
            "m\u{0}",
            "° ",
            "de",
            "\u{2009}",
        ];
        for s in samples {
            let _ = unit_after_number(s);
            for (i, _) in s.char_indices() {
                let _ = unit_after_number(&s[i..]);
            }
        }
    }

    /// The unit reader against a scan of every spelling in the table, the longest match
    /// winning: what the buckets, the word keys and the comparisons that start after them
    /// find must be what a plain scan finds.
    fn scanned(input: &str) -> Option<(&'static str, usize)> {
        let (s, glued) = unit_start(input);
        let mut best: Option<(&str, &Entry)> = None;
        for e in UNITS {
            for f in e.forms {
                if f.how == How::Glued && !glued {
                    continue;
                }
                if let Some(rest) = match_form(f.text, f.how == How::Word, s)
                    && best.is_none_or(|(r, _)| rest.len() < r.len())
                {
                    best = Some((rest, e));
                }
            }
        }
        let (mut rest, e) = best?;
        if e.kind == Kind::Duration
            && let Some(r) = AGE_SUFFIXES.iter().find_map(|t| match_form(t, true, rest))
        {
            rest = r;
        }
        Some((e.unit.code, rest.len()))
    }

    #[test]
    fn index_holds_every_spelling_once_in_table_order() {
        let mut seen = 0;
        for k in 0..N_BUCKETS {
            let slots = &INDEX.slots[INDEX.starts[k] as usize..INDEX.starts[k + 1] as usize];
            for pair in slots.windows(2) {
                assert!(pair[0].entry <= pair[1].entry, "bucket {k}");
            }
            for slot in slots {
                assert_eq!(form_bucket(slot.text.as_bytes()), k, "{}", slot.text);
            }
            seen += slots.len();
        }
        assert_eq!(seen, SPELLINGS.len());
    }

    #[test]
    fn buckets_split_by_first_letter_and_leading_run() {
        assert_eq!(bucket(b'%', 0), usize::from(b'%'));
        assert_eq!(bucket(b'k', 2), bucket(b'K', 2));
        assert_ne!(bucket(b'k', 2), bucket(b'k', 3));
        assert_ne!(bucket(b'k', 2), bucket(b'm', 2));
        assert_eq!(bucket(b'z', 40), N_BUCKETS - 1);
        assert_eq!(form_bucket(b"km/h"), bucket(b'k', 2));
        assert_eq!(form_bucket(b"sq. km"), bucket(b's', 2));
        assert_eq!(form_bucket("km\u{b2}".as_bytes()), bucket(b'k', 2));
    }

    #[test]
    fn word_keys_cover_up_to_eight_bytes_of_each_word() {
        let word = |text| {
            slot(
                0,
                Form {
                    text,
                    how: How::Word,
                },
            )
        };
        let sym = |text| {
            slot(
                0,
                Form {
                    text,
                    how: How::Sym,
                },
            )
        };
        let s = word("Kilometres per hour");
        assert_eq!((s.len1, s.len2, s.flags), (10, 3, flag::WORD_END));
        assert_eq!((s.key, s.mask), (input_key("kilometr"), u64::MAX));
        assert_eq!((s.key2, s.mask2), (input_key("per"), 0xff_ffff));
        let s = sym("MW");
        assert_eq!((s.key, s.len2, s.mask2), (input_head(b"MW"), 0, 0));
        assert_eq!(s.flags, flag::EXACT | flag::WORD_END);
        let s = sym("\u{b0} C");
        assert_eq!(
            (s.key, s.key2),
            (input_head("\u{b0}".as_bytes()), u64::from(b'C'))
        );
        assert_eq!(sym("m\u{b2}").flags, flag::EXACT | flag::OTHER_END);
        assert_eq!(sym("%").flags, flag::EXACT);
        let s = slot(
            0,
            Form {
                text: "t",
                how: How::Glued,
            },
        );
        assert_eq!(s.flags, flag::EXACT | flag::GLUED | flag::WORD_END);
    }

    #[test]
    fn gaps_and_third_words() {
        assert_eq!(gap_end("- x", 0), Some(1));
        assert_eq!(gap_end("  \u{a0}x", 0), Some(4));
        assert_eq!(gap_end("x", 0), None);
        assert_eq!(gap_end("", 0), None);
        assert_eq!(p(" per cent points"), ("pp", Kind::PercentagePoints, ""));
        assert_eq!(p(" per cent pointer"), ("%", Kind::Percent, " pointer"));
        assert_eq!(p(" per cent of"), ("%", Kind::Percent, " of"));
        assert_eq!(p(" per-cent-point"), ("pp", Kind::PercentagePoints, ""));
        assert_eq!(
            p(" kilometres per hours"),
            ("km", Kind::Measure, " per hours")
        );
        assert_eq!(p(" square kilometres"), ("km2", Kind::Measure, ""));
        assert_eq!(p(" years ago"), ("yr", Kind::Duration, " ago"));
        assert_eq!(p(" years Old"), ("yr", Kind::Duration, ""));
        assert_eq!(p(" years-old"), ("yr", Kind::Duration, ""));
        assert_eq!(p(" years oldest"), ("yr", Kind::Duration, " oldest"));
    }

    proptest::proptest! {
        #[test]
        fn reader_matches_a_scan_on_any_text(
            input in "[ \\-]{0,2}([a-zA-Z%/. \\-]|\u{b0}|\u{ba}|\u{b2}|\u{b5}|\u{a0}|[0-9]|\\PC){0,24}",
        ) {
            let read = unit_after_number(&input).ok().map(|(rest, m)| (m.unit.code, rest.len()));
            proptest::prop_assert_eq!(read, scanned(&input), "{:?}", input);
        }

        #[test]
        fn reader_matches_a_scan_of_every_spelling(
            lead in proptest::sample::select(vec!["", " ", "  ", "-", "\u{a0}"]),
            spelling in proptest::sample::select(
                UNITS.iter().flat_map(|e| e.forms.iter().map(|f| f.text)).collect::<Vec<_>>(),
            ),
            upper in proptest::collection::vec(proptest::bool::ANY, 24),
            tail in proptest::sample::select(vec![
                "", " x", "s", "2", "/h", "-old", " old", " olds", " of age", ".", " per hour",
            ]),
        ) {
            // Any mix of cases: a symbol's case is meaning, so it must not match when changed.
            let cased: String = spelling
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                .collect();
            for word in [spelling.to_string(), cased] {
                let input = format!("{lead}{word}{tail}");
                let read = unit_after_number(&input)
                    .ok()
                    .map(|(rest, m)| (m.unit.code, rest.len()));
                proptest::prop_assert_eq!(read, scanned(&input), "{:?}", input);
            }
        }
    }
}
