//! The source layer: which bytes of a document are prose.
//!
//! Extraction and checking read plain prose. A Markdown draft also holds code, HTML, link
//! targets and front matter, whose figures are not claims of the text (`port 8080`, a version
//! in a URL, a `date:` in YAML). [`prose`] blanks those bytes out with ASCII spaces and keeps
//! every other byte where it is, so the result has exactly the length of the input and a span
//! found in it is the same span in the original: no offset maps, no re-basing of positions.
//!
//! Newlines are kept, so line numbers and paragraph breaks survive; a multi-byte character
//! that is blanked becomes as many spaces as it had bytes.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::check::Format;

#[cfg(feature = "markdown")]
mod markdown;

/// The text with every byte that is not prose replaced by an ASCII space (newlines kept).
///
/// The result always has the byte length of `text`, so a span in it is a span in `text`.
/// Plain text is all prose and comes back borrowed. Markdown loses its code blocks, inline
/// code, HTML (blocks, inline tags and comments), link and image destinations and titles,
/// autolinks, markup punctuation and YAML (`---`) or TOML (`+++`) front matter.
///
/// Without the `markdown` feature only the front matter is blanked.
///
/// ```
/// use numcheck::{Format, prose};
/// let text = "Costs rose 5%.\n\n```\nport = 8080\n```\n";
/// let masked = prose(text, Format::Markdown);
/// assert_eq!(masked.len(), text.len());
/// assert_eq!(masked.find("5%"), text.find("5%"));
/// ```
pub fn prose(text: &str, format: Format) -> Cow<'_, str> {
    match format {
        Format::Text => Cow::Borrowed(text),
        Format::Markdown => markdown_prose(text),
    }
}

#[cfg(feature = "markdown")]
fn markdown_prose(text: &str) -> Cow<'_, str> {
    Cow::Owned(markdown::prose(text))
}

#[cfg(not(feature = "markdown"))]
fn markdown_prose(text: &str) -> Cow<'_, str> {
    match front_matter(text) {
        Some(fm) => {
            let body = fm.end..text.len();
            Cow::Owned(blank_outside(text, std::slice::from_ref(&body)))
        }
        None => Cow::Borrowed(text),
    }
}

/// `text` with every byte outside the `keep` ranges turned into a space, newlines kept.
///
/// The ranges are byte ranges on character boundaries; they may overlap or be unordered.
#[cfg_attr(not(feature = "markdown"), allow(dead_code))]
pub(crate) fn blank_outside(text: &str, keep: &[std::ops::Range<usize>]) -> String {
    let mut bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'\n' { b'\n' } else { b' ' })
        .collect();
    for range in keep {
        let (start, end) = (range.start.min(text.len()), range.end.min(text.len()));
        if start < end {
            bytes[start..end].copy_from_slice(&text.as_bytes()[start..end]);
        }
    }
    // Every kept range starts and ends on a character boundary of `text`, and every other
    // byte is ASCII, so the result is UTF-8; fall back to a lossy copy rather than panic.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Where a front matter block stands: `---` … `---` (YAML) or `+++` … `+++` (TOML) at the
/// very start of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    /// The first byte of the body (after the opening fence line).
    pub(crate) body_start: usize,
    /// The first byte of the closing fence line.
    pub(crate) body_end: usize,
    /// One past the closing fence line (its newline included).
    pub(crate) end: usize,
    /// True for TOML (`+++`), false for YAML (`---`).
    pub(crate) toml: bool,
}

/// Finds the front matter at the start of `text`, if it has one.
pub(crate) fn front_matter(text: &str) -> Option<FrontMatter> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_no_bom.len();
    let first_line_end = text_no_bom.find('\n')?;
    let fence = text_no_bom[..first_line_end].trim_end();
    let toml = match fence {
        "---" => false,
        "+++" => true,
        _ => return None,
    };
    let body_start = bom + first_line_end + 1;
    let mut pos = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        let closes = if toml {
            trimmed == "+++"
        } else {
            trimmed == "---" || trimmed == "..."
        };
        if closes {
            return Some(FrontMatter {
                body_start,
                body_end: pos,
                end: pos + line.len(),
                toml,
            });
        }
        pos += line.len();
    }
    None
}

/// The `date` a document's front matter gives, in YAML (`date: 2025-10-28`) or TOML
/// (`date = 2025-10-28`) front matter.
///
/// A date-time (`2025-10-28T10:00:00Z`, `2025-10-28 10:00`) gives its date; quotes are
/// allowed. Only a top-level key counts. `None` without front matter or a readable date.
///
/// ```
/// let text = "---\ntitle: Budget\ndate: 2025-10-28T10:00:00Z\n---\nThe plan costs $5 billion.\n";
/// assert_eq!(
///     numcheck::front_matter_date(text),
///     chrono::NaiveDate::from_ymd_opt(2025, 10, 28)
/// );
/// ```
pub fn front_matter_date(text: &str) -> Option<NaiveDate> {
    let fm = front_matter(text)?;
    let body = &text[fm.body_start..fm.body_end];
    body.lines().find_map(|line| {
        // A top-level key starts the line; nested keys are indented.
        let rest = line.strip_prefix("date")?;
        let rest = rest.trim_start();
        let rest = if fm.toml {
            rest.strip_prefix('=')?
        } else {
            rest.strip_prefix(':')?
        };
        parse_date_value(rest)
    })
}

/// `2025-10-28`, `"2025-10-28"`, `2025-10-28T10:00:00Z`, `2025-10-28 10:00 # comment`.
fn parse_date_value(value: &str) -> Option<NaiveDate> {
    let value = value.trim().trim_start_matches(['"', '\'']);
    let date = value.get(..10)?;
    match value[10..].chars().next() {
        None | Some('T' | 't' | ' ' | '\t' | '"' | '\'' | '#') => {}
        Some(_) => return None,
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "Five were returned in 2005.";
        assert!(matches!(prose(text, Format::Text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn finds_yaml_front_matter() {
        let text = "---\ntitle: x\n---\nBody\n";
        let fm = front_matter(text).unwrap();
        assert!(!fm.toml);
        assert_eq!(&text[fm.body_start..fm.body_end], "title: x\n");
        assert_eq!(&text[fm.end..], "Body\n");
    }

    #[test]
    fn finds_toml_front_matter() {
        let text = "+++\ndate = 2025-10-28\n+++\nBody\n";
        let fm = front_matter(text).unwrap();
        assert!(fm.toml);
        assert_eq!(&text[fm.end..], "Body\n");
    }

    #[test]
    fn front_matter_needs_a_closing_fence_and_the_first_line() {
        assert_eq!(front_matter("---\ntitle: x\nBody\n"), None);
        assert_eq!(front_matter("Intro\n---\ndate: 2025-01-01\n---\n"), None);
        assert_eq!(front_matter("--- \n"), None);
    }

    #[test]
    fn yaml_dates() {
        assert_eq!(
            front_matter_date("---\ndate: 2025-10-28\n---\n"),
            date(2025, 10, 28)
        );
        assert_eq!(
            front_matter_date("---\ndate: 2025-10-28T10:00:00Z\n---\n"),
            date(2025, 10, 28)
        );
        assert_eq!(
            front_matter_date("---\ndate: \"2025-10-28\"\n---\n"),
            date(2025, 10, 28)
        );
        assert_eq!(
            front_matter_date("---\ndate: '2025-10-28 10:00'\n---\n"),
            date(2025, 10, 28)
        );
        assert_eq!(
            front_matter_date("---\r\ndate: 2025-10-28\r\n---\r\n"),
            date(2025, 10, 28)
        );
    }

    #[test]
    fn toml_dates() {
        assert_eq!(
            front_matter_date("+++\ndate = 2025-10-28\n+++\n"),
            date(2025, 10, 28)
        );
        assert_eq!(
            front_matter_date("+++\ntitle = \"x\"\ndate = \"2025-10-28T10:00:00Z\"\n+++\n"),
            date(2025, 10, 28)
        );
    }

    #[test]
    fn no_date_when_absent_nested_or_bad() {
        assert_eq!(front_matter_date("date: 2025-10-28\n"), None);
        assert_eq!(
            front_matter_date("---\nmeta:\n  date: 2025-10-28\n---\n"),
            None
        );
        assert_eq!(front_matter_date("---\ndate: 2025-02-30\n---\n"), None);
        assert_eq!(front_matter_date("---\ndate: soon\n---\n"), None);
        assert_eq!(front_matter_date("---\ndated: 2025-10-28\n---\n"), None);
        assert_eq!(front_matter_date("---\ndate: 2025-10-28x\n---\n"), None);
        // A TOML key in YAML front matter is not a YAML key.
        assert_eq!(front_matter_date("---\ndate = 2025-10-28\n---\n"), None);
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn blank_outside_keeps_newlines_and_length() {
        let text = "aé\nb";
        let out = blank_outside(text, &[]);
        assert_eq!(out, "   \n ");
        assert_eq!(blank_outside(text, &[3..5]), "   \nb");
    }
}
