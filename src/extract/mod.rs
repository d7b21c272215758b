//! Extraction: from text to [`Quantity`] values.
//!
//! The scanner ([`crate::scan`]) proposes candidate positions; at each, [`figure`] runs the
//! nom parsers for one figure (sign, currency, numeral or number words, scale, unit) and
//! [`range`] tries to extend it into a range. The words around the figure are then read by
//! [`context`]: hedges and bounds before it, the counted noun after it, and labels that make a
//! number a name (`Boeing 737`). A last pass links `from X to Y` after a change verb.
//! Every step looks only a few words around a figure, so the whole pass is linear.

pub(crate) mod context;
mod figure;

use crate::parse::{is_ascii_space, time};
use crate::quantity::{Bound, Kind, Quantity, Relation, Span, Value};
use crate::scan::{self, Candidate, Candidates};

/// Everything extraction finds in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The quantities, in order of position.
    pub quantities: Vec<Quantity>,
    /// Links between them, such as a change `from X to Y`.
    pub relations: Vec<Relation>,
    /// The sentences of the text, in order.
    pub sentences: Vec<Span>,
}

/// A reusable extractor. All its tables are static, so building one costs nothing; it exists
/// so options can be added without breaking callers.
///
/// ```
/// let extractor = numcheck::Extractor::new();
/// let text = "Reliance fell from 90% to 60%.";
/// let found = extractor.extract(text);
/// assert_eq!(found.quantities.len(), 2);
/// assert!(matches!(found.relations[0], numcheck::Relation::Change { from: 0, to: 1, .. }));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    _private: (),
}

impl Extractor {
    /// A new extractor.
    pub fn new() -> Self {
        Extractor::default()
    }

    /// Extracts every quantity of `text`, with the relations between them.
    pub fn extract(&self, text: &str) -> Extraction {
        let sentences = scan::sentences(text);
        // Room for one figure per 48 bytes, denser than any prose: growing a vector of 150-byte
        // quantities by doubling copies them all and touches fresh pages each time, while
        // reserved pages that stay unused are never touched. A refused reservation only means
        // the vector grows as usual.
        let mut quantities: Vec<Quantity> = Vec::new();
        let _ = quantities.try_reserve(text.len() / 48);
        let mut candidates = Candidates::new(text);
        let mut sentence = 0;
        let mut sentence_span = sentences.first().copied().unwrap_or_default();
        // Where the next sentence starts to matter: the end of this one when another follows.
        let boundary = |k: usize| match sentences.get(k + 1) {
            Some(_) => sentences.get(k).map_or(usize::MAX, |s| s.end),
            None => usize::MAX,
        };
        let mut next_sentence_at = boundary(0);
        // Bound pairs are merged and changes linked as the figures come, while their text and
        // their neighbours are still in cache: a figure is final once the next one is read.
        let mut last_is_merged = false;
        let mut changes = ChangeLinker::default();
        while let Some((at, candidate)) = candidates.next() {
            // Most figures are in the sentence of the one before: one compare says so.
            if at >= next_sentence_at {
                while sentence + 1 < sentences.len() && sentences[sentence].end <= at {
                    sentence += 1;
                }
                sentence_span = sentences.get(sentence).copied().unwrap_or_default();
                next_sentence_at = boundary(sentence);
            }
            let count = quantities.len();
            let found = match candidate {
                Candidate::Digit | Candidate::Symbol => {
                    figure::at_symbol_or_digit(text, at, sentence_span, &mut quantities)
                }
                Candidate::Word => figure::at_word(text, at, sentence_span, &mut quantities),
            };
            let Some(end) = found else { continue };
            candidates.skip_to(end);
            if quantities.len() > count
                && let Some(q) = quantities.last_mut()
            {
                q.sentence = sentence_span;
                if !q.sentence.overlaps(&q.span) {
                    q.sentence = q.span;
                }
                // A merged range is never the first of another pair.
                let after_merge = std::mem::take(&mut last_is_merged);
                if let [.., a, b] = quantities.as_slice()
                    && !after_merge
                    && let Some(range) = bound_pair(text, a, b)
                {
                    quantities.pop();
                    if let Some(last) = quantities.last_mut() {
                        *last = range;
                    }
                    last_is_merged = true;
                }
                changes.advance(text, &quantities, quantities.len() - 1);
            }
        }
        changes.advance(text, &quantities, quantities.len());
        Extraction {
            quantities,
            relations: changes.relations,
            sentences,
        }
    }
}

/// Every quantity in `text`, in order of position.
///
/// ```
/// let text = "The field holds an estimated 160 million to 230 million tons of ore.";
/// let q = &numcheck::extract(text)[0];
/// assert_eq!(q.text(text), "an estimated 160 million to 230 million tons");
/// assert!(q.approximate);
/// assert_eq!(q.unit.map(|u| u.code), Some("t"));
/// ```
pub fn extract(text: &str) -> Vec<Quantity> {
    extract_all(text).quantities
}

/// Quantities, relations and sentences of `text`.
pub fn extract_all(text: &str) -> Extraction {
    Extractor::new().extract(text)
}

/// `more than 10 and less than 40`, two neighbouring figures `a` and `b`, as one range from 10
/// to 40.
fn bound_pair(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    let lower = matches!(a.bound, Some(Bound::MoreThan | Bound::AtLeast));
    let upper = matches!(b.bound, Some(Bound::LessThan | Bound::AtMost));
    if lower
        && upper
        && text
            .get(a.span.end..b.span.start)
            .is_some_and(|between| between.trim().eq_ignore_ascii_case("and"))
        && a.kind == b.kind
        && a.unit == b.unit
        && let (Some(low), Some(high)) = (a.number(), b.number())
        && low < high
    {
        let mut merged = b.clone();
        merged.span = a.span.cover(&b.span);
        merged.number_span = a.number_span.cover(&b.number_span);
        merged.value = Value::Range { low, high };
        merged.bound = None;
        return Some(merged);
    }
    None
}

/// Links `from X to Y` and `to Y, up from X` after a change verb into [`Relation::Change`],
/// one figure at a time, in order.
#[derive(Default)]
struct ChangeLinker {
    /// Figures before this one have been read.
    done: usize,
    /// The last figure read that is not stepped over.
    previous: Option<usize>,
    relations: Vec<Relation>,
}

impl ChangeLinker {
    /// Reads the figures up to `end` (exclusive), which must not change any more. It runs
    /// once per figure, inline in the extractor's loop: the bytes right before a figure say
    /// whether it may be stepped over and whether a pair ending with it may link, and only
    /// what they let through is read in full, out of line. Most tests are combined without
    /// branches: a figure and its neighbour are in different sentences or of other kinds
    /// about as often as not, so a branch per test would be mispredicted that often.
    #[inline(always)]
    fn advance(&mut self, text: &str, quantities: &[Quantity], end: usize) {
        while self.done < end {
            let k = self.done;
            self.done += 1;
            let Some(q) = quantities.get(k) else { break };
            let before = LinkGate::new(text.as_bytes(), q.span.start);
            // "rose to $412 million, or 96 cents a share, from $386 million": a figure in an
            // apposition (", or …,") restates its neighbour and is stepped over.
            // "$13.7 billion, up 3 per cent from $13.3 billion": the size of the change
            // between the two ends is stepped over too.
            if before.may_step_over(q) && is_stepped_over(text, q) {
                continue;
            }
            if let Some(i) = self.previous.replace(k)
                && before.may_end_link()
                && let Some(p) = quantities.get(i)
                && may_link(p, q)
            {
                self.link(text, quantities, i, k);
            }
        }
    }

    /// Links `i` and `j` when [`change`] says they are linked: the full reading of the few
    /// pairs [`may_link`] lets through.
    #[inline(never)]
    fn link(&mut self, text: &str, quantities: &[Quantity], i: usize, j: usize) {
        if let Some(relation) = change(text, quantities, i, j) {
            self.relations.push(relation);
        }
    }
}

/// [`is_apposition`] or [`is_change_size`]: the full tests behind [`LinkGate::may_step_over`].
#[inline(never)]
fn is_stepped_over(text: &str, q: &Quantity) -> bool {
    is_apposition(text, q) || is_change_size(text, q)
}

/// The bytes right before a figure, read once for the linker's gates.
#[derive(Clone, Copy)]
struct LinkGate {
    /// The eight bytes before the figure, packed little-endian (the last byte highest),
    /// with zeros in front when fewer stand before it.
    bytes: u64,
    /// The [`BYTE_CLASS`] of the last byte before the figure, or of the one before it when
    /// the last is a space: the last byte of the word before, after one space.
    last: u8,
}

impl LinkGate {
    #[inline(always)]
    fn new(bytes: &[u8], end: usize) -> Self {
        let packed = match end.checked_sub(8).and_then(|start| bytes.get(start..end)) {
            Some(&[a, b, c, d, e, f, g, h]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
            _ => pack_head(bytes, end),
        };
        let class = |b: u64| BYTE_CLASS[(b & 0xFF) as usize];
        let (c1, c2) = (class(packed >> 56), class(packed >> 48));
        LinkGate {
            bytes: packed,
            last: if c1 & SPACE != 0 { c2 } else { c1 },
        }
    }

    /// False when the figure `q` these bytes stand before is surely neither an apposition
    /// ([`is_apposition`]) nor the size of a change ([`is_change_size`]); true means
    /// "maybe". An apposition follows ", or ", "about " or "roughly "; the size of a change
    /// is a percentage after "up" or "down", so after a `p` or an `n` (or after spaces and
    /// chars that are not ASCII, which this does not read).
    #[inline(always)]
    fn may_step_over(self, q: &Quantity) -> bool {
        let x = self.bytes;
        let apposition = ((x >> 24) == pack(b", or "))
            | ((x >> 16) == pack(b"about "))
            | (x == pack(b"roughly "));
        let percent = matches!(q.kind, Kind::Percent | Kind::PercentagePoints);
        apposition | (percent & (self.last & (UP_DOWN_END | SPACE | HIGH) != 0))
    }

    /// False when the gap before the figure surely does not end in "to", "from" or "with"
    /// ([`change`]'s first test of the text): its last byte other than a space is another
    /// ASCII byte. Most gaps end so, and this turns them away before the figure before is
    /// read. Two spaces or a char that is not ASCII mean "maybe"; a gap of one space or
    /// none, where [`LinkGate::last`] is the figure before's, links nothing anyway.
    #[inline(always)]
    fn may_end_link(self) -> bool {
        self.last & (LINK_END | SPACE | HIGH) != 0
    }
}

/// [`LinkGate::bytes`] for a figure that fewer than eight bytes stand before: the rare path.
#[cold]
fn pack_head(bytes: &[u8], end: usize) -> u64 {
    let head = bytes.get(..end).unwrap_or_default();
    head.iter().fold(0, |x, &b| (x >> 8) | (u64::from(b) << 56))
}

/// `s` (at most eight bytes) packed little-endian, as [`LinkGate::bytes`] packs the bytes
/// that end with it, shifted down by `8 - s.len()` bytes.
const fn pack(s: &[u8]) -> u64 {
    let mut x = 0;
    let mut i = s.len();
    while i > 0 {
        i -= 1;
        x = (x << 8) | s[i] as u64;
    }
    x
}

/// [`BYTE_CLASS`]: a byte `char::is_whitespace` takes alone ([`is_ascii_space`]).
const SPACE: u8 = 1;
/// [`BYTE_CLASS`]: a byte of a non-ASCII char, which may be (part of) a space.
const HIGH: u8 = 2;
/// [`BYTE_CLASS`]: the last letter of "to", "from" or "with", in either case.
const LINK_END: u8 = 4;
/// [`BYTE_CLASS`]: the last letter of "up" or "down".
const UP_DOWN_END: u8 = 8;

/// What each byte may be to the linker's gates: one load instead of a chain of compares.
static BYTE_CLASS: [u8; 256] = crate::tables::byte_table!(|byte| if byte >= 0x80 {
    HIGH
} else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
    // `is_ascii_space`, which is not `const` (the tests hold the two together).
    SPACE
} else if matches!(byte | 0x20, b'o' | b'm' | b'h') {
    LINK_END
} else if matches!(byte, b'p' | b'n') {
    UP_DOWN_END
} else {
    0
});

/// False when [`change`] surely links nothing between `a` and the figure `b` after it, for
/// a reason other than the gap ([`LinkGate::may_end_link`]); true means "maybe". Computed
/// without branches from what [`change`] tests first: one sentence, [`comparable`] kinds
/// (units are left to [`change`]), and two single numbers.
#[inline(always)]
fn may_link(a: &Quantity, b: &Quantity) -> bool {
    const fn bit(kind: Kind) -> u32 {
        1 << kind as u32
    }
    let same_sentence = (a.sentence.start == b.sentence.start) & (a.sentence.end == b.sentence.end);
    let (ka, kb) = (bit(a.kind), bit(b.kind));
    let kinds = (ka == kb)
        | ((ka | kb) == (bit(Kind::Count) | bit(Kind::Measure)))
        | ((ka | kb) == (bit(Kind::Count) | bit(Kind::Money)));
    let dated =
        (ka & (bit(Kind::Year) | bit(Kind::Date) | bit(Kind::Decade) | bit(Kind::Ordinal))) != 0;
    let numbers = matches!(a.value, Value::Number(_)) & matches!(b.value, Value::Number(_));
    same_sentence & kinds & !dated & numbers
}

/// The change from one figure to the other of `i` and `j`, neighbours once appositions are
/// stepped over, if the text between links them. The tests that turn most pairs away stay
/// here, inline in the linker's loop; the pairs they let through are read by [`linked`].
#[inline]
fn change(text: &str, quantities: &[Quantity], i: usize, j: usize) -> Option<Relation> {
    let (a, b) = (quantities.get(i)?, quantities.get(j)?);
    if a.sentence != b.sentence || !comparable(a, b) {
        return None;
    }
    // Figures out of order leave no gap to read, and an empty gap links nothing either: the
    // words between must end in "to", "from" or "with".
    let raw_between = text.get(a.span.end..b.span.start)?;
    // Most gaps end in another letter, seen from the last byte before any string is trimmed
    // or split.
    if let Some(&last) = raw_between
        .as_bytes()
        .iter()
        .rev()
        .find(|&&b| !is_ascii_space(b))
        && last < 0x80
        && !matches!(last | 0x20, b'o' | b'm' | b'h')
    {
        return None;
    }
    linked(text, (a, b), (i, j), raw_between)
}

/// `s.trim()`, read from the bytes: the gaps between figures are nearly always ASCII, and
/// only a non-ASCII byte left at either end needs the char-by-char trim.
fn trim_spaces(s: &str) -> &str {
    let bytes = s.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |k| k + 1);
    // Both ends sit next to ASCII bytes, so on char boundaries.
    let core = s.get(start..end).unwrap_or("");
    match (core.as_bytes().first(), core.as_bytes().last()) {
        (Some(&f), Some(&l)) if f >= 0x80 || l >= 0x80 => core.trim(),
        _ => core,
    }
}

/// True when `s` ends with `word` (ASCII case-insensitive) and no ASCII letter stands right
/// before it.
fn ends_with_word(s: &[u8], word: &[u8]) -> bool {
    let Some(start) = s.len().checked_sub(word.len()) else {
        return false;
    };
    s.get(start..).is_some_and(|t| t.eq_ignore_ascii_case(word))
        && !start
            .checked_sub(1)
            .and_then(|k| s.get(k))
            .is_some_and(u8::is_ascii_alphabetic)
}

/// [`change`] for a pair whose gap ends in a letter that "to", "from" or "with" may end in:
/// the full reading, out of line so the linker's loop stays small.
#[inline(never)]
fn linked(
    text: &str,
    (a, b): (&Quantity, &Quantity),
    (i, j): (usize, usize),
    raw_between: &str,
) -> Option<Relation> {
    // Drop the apposition from the words between: ", or 96 cents a share, from" → "from".
    let raw_between = match raw_between.strip_prefix(", or ") {
        Some(rest) if j > i + 1 => rest.split_once(',').map_or(raw_between, |(_, r)| r),
        _ => raw_between,
    };
    let between = trim_spaces(raw_between);
    // Both readings below end the words between in "to", "from" or "with": test that
    // first, before any lowercased copy is made.
    let last_word = context::last_letters(between);
    let ends_in_to = last_word.eq_ignore_ascii_case("to");
    if !(ends_in_to
        || last_word.eq_ignore_ascii_case("from")
        || last_word.eq_ignore_ascii_case("with"))
    {
        return None;
    }
    let before_a = context::skip_spaces_back(text, a.span.start);
    let up_from = is_up_from(between);
    // The last "up" or "down" in the short gap ("but was up 14% from") says which way; it
    // only counts in an "up from" gap.
    let direction = if up_from {
        // Split on bytes: a char that is not ASCII is all bytes that are not letters, so
        // the runs of ASCII letters are those of the chars.
        between
            .as_bytes()
            .split(|c| !c.is_ascii_alphabetic())
            .rev()
            .find_map(|w| {
                if w.eq_ignore_ascii_case(b"up") {
                    Some(("up", true))
                } else if w.eq_ignore_ascii_case(b"down") {
                    Some(("down", false))
                } else {
                    None
                }
            })
    } else {
        None
    };
    let up_down = direction.is_some();
    let (from, to) = if ends_in_to
        && is_to(between)
        && context::ends_with_phrase(text, before_a, "from").is_some()
    {
        (i, j)
    } else if up_from && (up_down || context::ends_with_phrase(text, before_a, "to").is_some()) {
        (j, i)
    } else {
        return None;
    };
    // With an "up" or "down" in the gap no verb is read: that word wins anyway.
    let found = if up_down {
        None
    } else {
        verb_before(text, a.span.start, a.sentence.start)
    };
    let (verb, rising) = match found {
        Some(v) => v,
        // "1,200 workers, up from 800": the "up" is the change word, and it wins over a
        // verb that belongs to a rate ("growth slowed to 1.6%, down from 2.8%").
        None if up_down => {
            let (word, rising) = direction.unwrap_or(("up", true));
            let between_start = b.span.start - raw_between.len()
                + (raw_between.len() - raw_between.trim_start().len());
            // "…, up from", "…, down 3 per cent from": the direction word says which way.
            let lead = between.trim_start_matches([',', ' ']);
            let starts_with = |s: &str| {
                s.get(..word.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(word))
            };
            let at = if starts_with(lead) {
                between_start + (between.len() - lead.len())
            } else {
                // The last place the word stands in the gap, in any case.
                let last = (0..between.len())
                    .rev()
                    .find(|&k| between.get(k..).is_some_and(starts_with));
                between_start + last.unwrap_or(0)
            };
            (Span::new(at, at + word.len()), Some(rising))
        }
        None => return None,
    };
    Some(Relation::Change {
        from,
        to,
        verb,
        rising,
    })
}

/// `to`, or `containers to` after the counted noun of the first figure.
fn is_to(between: &str) -> bool {
    let mut words = between.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("to"))
        // At most two words before it: the rest of a long gap is never read.
        && words.clone().nth(2).is_none()
        && words.all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// A figure that restates the one before it: `, or 96 cents a share`, `, or 4% of the total`.
fn is_apposition(text: &str, q: &Quantity) -> bool {
    let head = text.get(..q.span.start).unwrap_or("");
    // Most figures follow a word that is not "or", "about" or "roughly": one byte says so.
    let bytes = head.as_bytes();
    if !matches!(
        bytes.len().checked_sub(2).map(|i| bytes[i]),
        Some(b'r' | b't' | b'y')
    ) {
        return false;
    }
    let head = ["about ", "roughly "]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    head.ends_with(", or ")
}

/// A percentage that states the size of a change between two figures: "up 3 per cent from".
fn is_change_size(text: &str, q: &Quantity) -> bool {
    if !matches!(q.kind, Kind::Percent | Kind::PercentagePoints) {
        return false;
    }
    // Few percentages are followed by "from": test that before the words before.
    let tail = text.get(q.span.end..).unwrap_or("").trim_start();
    if !tail.starts_with("from ") {
        return false;
    }
    let head = text.get(..q.span.start).unwrap_or("").trim_end();
    head.ends_with(" up") || head.ends_with(" down") || head.ends_with(",up")
}

/// `to $1,680 a month, up from $1,200`: the text between the figures, trimmed, ends with
/// `from` (so `up from` and `down from` too) or `compared with` / `to`, and says little else.
fn is_up_from(between: &str) -> bool {
    let b = between.trim_start_matches([',', ' ']);
    let bytes = b.as_bytes();
    (ends_with_word(bytes, b"from")
        || ends_with_word(bytes, b"compared with")
        || ends_with_word(bytes, b"compared to"))
        && is_short_clause(b)
}

/// At most five words and no `;`, `.` or `:`: `s.split_whitespace().nth(5).is_none() &&
/// !s.contains([';', '.', ':'])`, read in one pass over the bytes when `s` is ASCII.
fn is_short_clause(s: &str) -> bool {
    if !s.is_ascii() {
        return s.split_whitespace().nth(5).is_none() && !s.contains([';', '.', ':']);
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if matches!(b, b';' | b'.' | b':') {
            return false;
        }
        // The ASCII bytes `char::is_whitespace` takes are `is_ascii_space`'s.
        let space = is_ascii_space(b);
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words <= 5
}

/// Both figures say the same sort of thing (two percentages, two sums in one currency).
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    let kinds_ok = a.kind == b.kind
        || matches!(
            (a.kind, b.kind),
            (Kind::Count, Kind::Measure | Kind::Money) | (Kind::Measure | Kind::Money, Kind::Count)
        );
    let units_ok = match (a.unit, b.unit) {
        // The units are static entries: the same one is the same entry, and only two
        // entries of one code need their codes compared.
        (Some(x), Some(y)) => std::ptr::eq(x, y) || x.code == y.code,
        _ => true,
    };
    kinds_ok
        && units_ok
        && matches!(a.value, Value::Number(_))
        && matches!(b.value, Value::Number(_))
        && !matches!(
            a.kind,
            Kind::Year | Kind::Date | Kind::Decade | Kind::Ordinal
        )
}

/// The change verb within the eight words before `at` in the same clause.
pub(crate) fn verb_before(
    text: &str,
    at: usize,
    sentence_start: usize,
) -> Option<(Span, Option<bool>)> {
    // Only the last few hundred bytes can hold eight words: keep this bounded.
    let mut from = sentence_start.min(at).max(at.saturating_sub(200));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..at)?;
    let bytes = head.as_bytes();
    // Walk back word by word; the clause ends at the last strong break before the figure.
    let mut end = head.len();
    for _ in 0..8 {
        // Skip what is not a word, stopping at a break: ASCII read byte by byte, and a
        // non-ASCII char decoded.
        loop {
            let &b = end.checked_sub(1).and_then(|k| bytes.get(k))?;
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break;
                }
                if matches!(b, b';' | b':' | b'(' | b')') {
                    return None;
                }
                end -= 1;
            } else {
                let c = head.get(..end)?.chars().next_back()?;
                if crate::parse::is_alphanumeric(c) {
                    break;
                }
                end -= c.len_utf8();
            }
        }
        // The word ending at `end`: letters, digits, and inner hyphens or apostrophes.
        let start = context::word_start(head, end);
        let word = head.get(start..end)?;
        if let Some(rising) = context::change_verb(word) {
            let begin = from + start;
            return Some((Span::new(begin, begin + word.len()), rising));
        }
        end = start;
    }
    None
}

/// A date at `at` (weekday and month names, or numeric forms).
fn date_at(text: &str, at: usize) -> Option<(Quantity, usize)> {
    let s = &text[at..];
    let (rest, date) = time::date(s).ok()?;
    let end = text.len() - rest.len();
    let span = Span::new(at, end);
    Some((figure::plain(span, Kind::Date, Value::Date(date)), end))
}

#[cfg(test)]
mod tests;
