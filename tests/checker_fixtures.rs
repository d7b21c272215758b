//! The checker on whole articles: the bundled draft with its planted slips, a corpus of clean
//! news copy that must raise nothing, and news copy with planted slips.

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use numcheck::{CheckOptions, Checker, Format};

fn checker(as_of: &str, format: Format) -> Checker {
    let mut options = CheckOptions::as_of(NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap());
    options.format = format;
    Checker::new(options).unwrap()
}

/// (rule, flagged text) for every diagnostic.
fn findings(checker: &Checker, text: &str) -> Vec<(String, String)> {
    checker
        .check(text)
        .into_iter()
        .map(|d| (d.rule.to_string(), d.span.of(text).to_string()))
        .collect()
}

#[test]
fn bundled_draft_has_exactly_its_planted_slips() {
    let text = fs::read_to_string("examples/draft.md").unwrap();
    let got = findings(&checker("2025-10-28", Format::Markdown), &text);
    let want: Vec<(String, String)> = [
        ("missing-scale", "€12"),
        ("wrong-percent-change", "12%"),
        ("future-year-in-past-tense", "2026"),
        ("parts-exceed-total", "21"),
        ("weekday-mismatch", "Thursday, Sept. 12, 2025"),
    ]
    .iter()
    .map(|(r, t)| (r.to_string(), t.to_string()))
    .collect();
    assert_eq!(got, want);
}

fn news_files(prefix: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(Path::new("tests/fixtures/news"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(prefix) && name.ends_with(".txt")
        })
        .collect();
    files.sort();
    files
}

#[test]
fn clean_news_copy_raises_nothing() {
    let checker = checker("2025-11-01", Format::Text);
    let files = news_files("clean-");
    assert!(files.len() >= 10);
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let got = findings(&checker, &text);
        assert!(got.is_empty(), "{}: {got:?}", path.display());
    }
}

#[test]
fn planted_slips_are_found_without_false_alarms() {
    let checker = checker("2025-11-01", Format::Text);
    let (mut planted, mut found) = (0, 0);
    for path in news_files("slips-") {
        let text = fs::read_to_string(&path).unwrap();
        let expected: Vec<(String, String)> = fs::read_to_string(path.with_extension("expected"))
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(r, t)| (r.to_string(), t.to_string()))
            .collect();
        let got = checker.check(&text);
        // A finding explains a slip when it points at the slip's figure or right beside it
        // (the other end of the same pair, in the same sentence).
        let explains =
            |start: usize, slip: &str| text.find(slip).is_some_and(|at| at.abs_diff(start) < 120);
        for d in &got {
            assert!(
                expected.iter().any(|(_, t)| explains(d.span.start, t)),
                "{}: unexpected {} on {:?}",
                path.display(),
                d.rule,
                d.span.of(&text)
            );
        }
        planted += expected.len();
        found += expected
            .iter()
            .filter(|(_, t)| got.iter().any(|d| explains(d.span.start, t)))
            .count();
    }
    // 11 of the 12 planted slips are found today; the miss is a breakdown given in the
    // next paragraph, away from its total.
    assert!(found >= 11, "found {found} of {planted} planted slips");
}
