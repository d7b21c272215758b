//! Markdown prose, via `pulldown-cmark`'s offset iterator.
//!
//! Rather than listing everything that is *not* prose (code, HTML, link targets, reference
//! definitions, front matter, markup punctuation…) and risking a miss, we keep only what the
//! parser calls text: the `Text` events outside code blocks, front matter and autolinks.
//! Everything else becomes spaces. The one thing inside text that is still not prose is a bare
//! URL (`https://example.com/2025/report-10`), which is blanked too.
//!
//! Math extensions stay off on purpose: `$40 … $25` is money in prose, not inline math.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::blank_outside;

/// The Markdown `text` with every byte that is not prose turned into a space (see
/// [`super::prose`]).
pub(crate) fn prose(text: &str) -> String {
    let keep = prose_ranges(text);
    blank_outside(text, &keep)
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// The byte ranges of `text` that are prose, in order.
fn prose_ranges(text: &str) -> Vec<Range<usize>> {
    let mut keep = Vec::new();
    // Depth counters: code blocks and front matter cannot nest, but counting is as cheap as
    // a flag and survives an unbalanced stream.
    let (mut code, mut metadata, mut autolink) = (0usize, 0usize, 0usize);
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => code += 1,
            Event::End(TagEnd::CodeBlock) => code = code.saturating_sub(1),
            Event::Start(Tag::MetadataBlock(_)) => metadata += 1,
            Event::End(TagEnd::MetadataBlock(_)) => metadata = metadata.saturating_sub(1),
            Event::Start(Tag::Link { link_type, .. }) => {
                if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    autolink += 1;
                }
            }
            Event::End(TagEnd::Link) => {
                // An autolink holds no nested link, so the innermost open link is the one
                // closing; closing a plain link with no autolink open leaves the count at 0.
                autolink = autolink.saturating_sub(1);
            }
            Event::Text(_) if code == 0 && metadata == 0 && autolink == 0 => {
                push_without_urls(text, range, &mut keep);
            }
            _ => {}
        }
    }
    keep
}

/// Pushes `range` minus any bare URL in it.
fn push_without_urls(text: &str, range: Range<usize>, keep: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let bytes = piece.as_bytes();
    // Most text holds no URL: two fast scans rule that out before the careful one.
    if memchr::memmem::find(bytes, b"://").is_none()
        && memchr::memmem::find(bytes, b"www.").is_none()
    {
        keep.push(range);
        return;
    }
    let mut start = 0;
    while let Some((url_start, url_end)) = next_url(piece, start) {
        if url_start > start {
            keep.push(range.start + start..range.start + url_start);
        }
        start = url_end;
    }
    if start < piece.len() {
        keep.push(range.start + start..range.end);
    }
}

/// The next bare URL (`http://`, `https://`, `www.`) in `s` at or after `from`, as a byte
/// range; trailing sentence punctuation is not part of it.
fn next_url(s: &str, from: usize) -> Option<(usize, usize)> {
    let rest = &s[from..];
    let found = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| {
            rest.match_indices(p)
                .map(|(i, _)| i)
                // `www.` must start a word; `http` too, but a scheme rarely follows a letter.
                .find(|&i| i == 0 || !rest[..i].ends_with(|c: char| c.is_alphanumeric()))
        })
        .min()?;
    let start = from + found;
    let len = s[start..]
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
        .unwrap_or(s.len() - start);
    let url = s[start..start + len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
    Some((start, start + url.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Masks and checks the length invariant every test relies on.
    fn mask(text: &str) -> String {
        let out = prose(text);
        assert_eq!(out.len(), text.len(), "length changed for {text:?}");
        for (a, b) in text.bytes().zip(out.bytes()) {
            assert!(b == a || b == b' ' || (a == b'\n') == (b == b'\n'));
            assert_eq!(a == b'\n', b == b'\n', "newline moved in {text:?}");
        }
        out
    }

    /// The words left after masking, for readable assertions.
    fn words(text: &str) -> Vec<String> {
        mask(text).split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn plain_paragraph_is_kept_in_place() {
        let text = "Costs rose 5% in 2024.\n";
        assert_eq!(mask(text), text);
    }

    #[test]
    fn fenced_code_block_is_blanked() {
        let text = "Intro 1.\n\n```rust\nlet x = 42;\n```\n\nOutro 2.\n";
        let out = mask(text);
        assert!(!out.contains("42"));
        assert!(!out.contains("rust"));
        assert!(!out.contains("```"));
        assert_eq!(words(text), ["Intro", "1.", "Outro", "2."]);
        assert_eq!(out.find("Outro"), text.find("Outro"));
    }

    #[test]
    fn tilde_fence_and_indented_code_are_blanked() {
        assert_eq!(words("A.\n\n~~~\n$40\n~~~\n"), ["A."]);
        assert_eq!(words("A.\n\n    total = 130%\n\nB.\n"), ["A.", "B."]);
    }

    #[test]
    fn inline_code_is_blanked() {
        assert_eq!(
            words("Set `limit = 500` to 20 items."),
            ["Set", "to", "20", "items."]
        );
        assert_eq!(words("Use ``a ` 99`` here."), ["Use", "here."]);
    }

    #[test]
    fn html_blocks_inline_html_and_comments_are_blanked() {
        assert_eq!(
            words("<div>\n<p>$40</p>\n</div>\n\nText 3.\n"),
            ["Text", "3."]
        );
        assert_eq!(words("A <span title=\"7\">b</span> c."), ["A", "b", "c."]);
        assert_eq!(words("<!-- 2019 draft -->\nNow 5.\n"), ["Now", "5."]);
        assert_eq!(words("Now <!-- 2019 --> 5.\n"), ["Now", "5."]);
        assert_eq!(words("<!--\nmulti 1\nline 2\n-->\n\nEnd.\n"), ["End."]);
    }

    #[test]
    fn link_destinations_and_titles_are_blanked_text_kept() {
        assert_eq!(
            words("See [the 2024 report](https://x.org/r/2023 \"v 3\") now."),
            ["See", "the", "2024", "report", "now."]
        );
        assert_eq!(
            words("![chart of 5 years](img/2019.png)"),
            ["chart", "of", "5", "years"]
        );
    }

    #[test]
    fn reference_definitions_are_blanked() {
        let text = "See [the report][r1].\n\n[r1]: https://x.org/2023 \"Report 7\"\n";
        assert_eq!(words(text), ["See", "the", "report", "."]);
    }

    #[test]
    fn autolinks_and_bare_urls_are_blanked() {
        assert_eq!(
            words("Go to <https://x.org/2024> now."),
            ["Go", "to", "now."]
        );
        assert_eq!(words("Mail <a1@b2.org> now."), ["Mail", "now."]);
        assert_eq!(
            words("Read https://x.org/2024/05, then www.y.com/7."),
            ["Read", ",", "then", "."]
        );
    }

    #[test]
    fn yaml_and_toml_front_matter_are_blanked() {
        let yaml = "---\ndate: 2025-10-28\nbudget: 40\n---\nThe $40 aid.\n";
        assert_eq!(words(yaml), ["The", "$40", "aid."]);
        let toml = "+++\ndate = 2025-10-28\n+++\nThe $40 aid.\n";
        assert_eq!(words(toml), ["The", "$40", "aid."]);
        // A thematic break later in the text is not front matter.
        assert_eq!(
            words("Top 1.\n\n---\n\nBottom 2.\n"),
            ["Top", "1.", "Bottom", "2."]
        );
    }

    #[test]
    fn dollars_are_not_math() {
        let text = "The $40 aid: $25 billion to hospitals.";
        assert_eq!(mask(text), text);
    }

    #[test]
    fn markup_punctuation_goes_but_positions_stay() {
        let text = "# Budget 2025\n\n- **$40** for *schools*\n> quoted 7\n";
        let out = mask(text);
        assert_eq!(out.find("$40"), text.find("$40"));
        assert_eq!(out.find("2025"), text.find("2025"));
        assert_eq!(out.find("quoted 7"), text.find("quoted 7"));
        assert!(!out.contains('#') && !out.contains('*') && !out.contains('>'));
    }

    #[test]
    fn tables_keep_cell_text() {
        let text = "| Year | Amount |\n|---|---|\n| 2024 | $5 |\n";
        assert_eq!(words(text), ["Year", "Amount", "2024", "$5"]);
    }

    #[test]
    fn multibyte_characters_become_as_many_spaces() {
        let text = "`€40` and é 5\n";
        let out = mask(text);
        assert_eq!(out.find("and"), text.find("and"));
        assert!(out.contains("é 5"));
        assert!(!out.contains('€'));
    }

    #[test]
    fn code_inside_lists_and_quotes_is_blanked() {
        assert_eq!(words("- item 1\n\n      code 99\n"), ["item", "1"]);
        assert_eq!(words("> ```\n> 42\n> ```\n> said 3\n"), ["said", "3"]);
    }

    #[test]
    fn empty_and_unclosed_inputs_do_not_panic() {
        assert_eq!(mask(""), "");
        assert_eq!(words("```\nnever closed 5\n"), Vec::<String>::new());
        assert_eq!(words("<!-- never closed 5\n"), Vec::<String>::new());
        mask("[a](<b");
        mask("\u{feff}---\nx: 1\n---\n");
    }
}
