//! rustc-style snippets via `annotate-snippets`: the figure underlined, the related figures
//! labelled, the rule id in the title, one line of help; then a summary line.
//!
//! ```text
//! warning[missing-scale]: $40 has no scale, but its parts … are in billions
//!  --> draft.md:1:26
//!   |
//! 1 | The ministry announced a $40 aid package on Monday. Of that, $25 billion goes …
//!   |                          ^^^                                 ----------- part
//!   |
//!   = help: replace with `$40 billion`
//! ```

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use numcheck::{Diagnostic, Severity};

use super::Report;

pub fn write(report: &Report, color: bool, out: &mut impl Write) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for file in report.files {
        for d in &file.diagnostics {
            writeln!(out, "{}\n", render(&renderer, &file.name, &file.text, d))?;
        }
    }
    writeln!(out, "{}", summary(report))
}

/// One finding as a snippet of the lines it touches.
fn render(renderer: &Renderer, path: &str, text: &str, d: &Diagnostic) -> String {
    // Hand the renderer only the lines involved, so a long file costs no more than a short one.
    let first = d
        .related
        .iter()
        .map(|r| r.span.start)
        .fold(d.span.start, usize::min);
    let last = d
        .related
        .iter()
        .map(|r| r.span.end)
        .fold(d.span.end, usize::max);
    let (window_start, window_end) = line_window(text, first, last);
    let window = &text[window_start..window_end];
    let line_start = text[..window_start].bytes().filter(|&b| b == b'\n').count() + 1;
    let local = |start: usize, end: usize| {
        let s = start.clamp(window_start, window_end) - window_start;
        let e = end.clamp(window_start, window_end) - window_start;
        s..e.max(s)
    };

    let mut snippet = Snippet::source(window)
        .path(path)
        .line_start(line_start)
        .annotation(AnnotationKind::Primary.span(local(d.span.start, d.span.end)));
    for r in &d.related {
        snippet = snippet.annotation(
            AnnotationKind::Context
                .span(local(r.span.start, r.span.end))
                .label(r.message.as_str()),
        );
    }
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let help = match &d.suggestion {
        Some(s) => format!("replace with `{s}`"),
        None => format!("`numcheck explain {}` tells what this rule checks", d.rule),
    };
    let group: Group = level
        .primary_title(d.message.as_str())
        .id(d.rule)
        .element(snippet)
        .element(Level::HELP.message(help));
    renderer.render(&[group])
}

/// The byte range of the whole lines that hold `start..end`, without the final newline.
fn line_window(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = floor_char_boundary(text, start.min(text.len()));
    let end = floor_char_boundary(text, end.min(text.len())).max(start);
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    (from, to)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "2 findings in 1 of 14 files", plus unreadable inputs.
pub fn summary(report: &Report) -> String {
    let findings = report.findings();
    let files = report.files_checked;
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            one.to_string()
        } else {
            many.to_string()
        }
    };
    let mut line = if findings == 0 {
        format!("no findings in {files} {}", plural(files, "file", "files"))
    } else {
        format!(
            "{findings} {} in {} of {files} {}",
            plural(findings, "finding", "findings"),
            report.files_with_findings(),
            plural(files, "file", "files"),
        )
    };
    if !report.errors.is_empty() {
        let n = report.errors.len();
        line.push_str(&format!(
            "; {n} {} could not be read",
            plural(n, "input", "inputs")
        ));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_is_whole_lines() {
        let text = "one\ntwo three\nfour";
        assert_eq!(line_window(text, 5, 6), (4, 13));
        assert_eq!(&text[4..13], "two three");
        assert_eq!(line_window(text, 0, 16), (0, text.len()));
        assert_eq!(line_window(text, 99, 99), (14, 18));
    }
}
