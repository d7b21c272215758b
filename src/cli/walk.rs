//! Which files `numcheck check` and `numcheck extract` read.
//!
//! Folders are walked the way ripgrep walks them (the `ignore` crate): `.gitignore`,
//! `.ignore` and hidden files are respected, and only known file types are read. A file named
//! on the command line is always read, whatever its type, unless an `exclude` glob matches it
//! (so that pre-commit, which passes file names, honours the configuration too).

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use numcheck::Format;

/// The file types read by default: Markdown and plain text.
pub const DEFAULT_TYPES: [&str; 4] = ["md", "markdown", "mdx", "txt"];

/// One document to read.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// Standard input, reported under this name.
    Stdin(String),
    /// A file, reported under its path as found.
    File(PathBuf),
}

impl Input {
    /// The name reports use.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin(name) => name.clone(),
            Input::File(path) => display_path(path),
        }
    }

    /// Markdown for `.md`, `.markdown`, `.mdx`; plain text otherwise.
    pub fn format(&self) -> Format {
        let name = match self {
            Input::Stdin(name) => Path::new(name),
            Input::File(path) => path.as_path(),
        };
        format_of(name)
    }
}

/// Markdown for `.md`, `.markdown`, `.mdx`; plain text otherwise.
pub fn format_of(path: &Path) -> Format {
    match extension(path).as_deref() {
        Some("md" | "markdown" | "mdx") => Format::Markdown,
        _ => Format::Text,
    }
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// A path as reports show it: without a leading `./`, with `/` separators.
pub fn display_path(path: &Path) -> String {
    let shown = path.strip_prefix(".").unwrap_or(path);
    shown.to_string_lossy().replace('\\', "/")
}

/// How to choose files.
#[derive(Debug, Default)]
pub struct Selection {
    /// Extensions to walk (lower-case, no dot).
    pub types: Vec<String>,
    /// When set, only walked files matching one of these are read.
    pub include: Option<GlobSet>,
    /// Files matching one of these are never read.
    pub exclude: Option<GlobSet>,
    /// The folder globs are relative to (the configuration file's).
    pub base: Option<PathBuf>,
}

impl Selection {
    /// Builds a selection; a bad glob is an error naming it.
    pub fn new(
        extra_types: &[String],
        include: &[String],
        exclude: &[String],
        base: Option<PathBuf>,
    ) -> Result<Self, String> {
        let mut types: Vec<String> = DEFAULT_TYPES.iter().map(|t| t.to_string()).collect();
        for t in extra_types {
            let t = t
                .trim_start_matches("*.")
                .trim_start_matches('.')
                .to_ascii_lowercase();
            if !t.is_empty() && !types.contains(&t) {
                types.push(t);
            }
        }
        Ok(Selection {
            types,
            include: glob_set(include, "include")?,
            exclude: glob_set(exclude, "exclude")?,
            base: base.and_then(|b| std::path::absolute(b).ok()),
        })
    }

    /// The documents under `paths` (`-` is standard input), sorted and de-duplicated, and a
    /// message for each path that could not be walked.
    pub fn collect(
        &self,
        paths: &[PathBuf],
        stdin_name: &str,
    ) -> (Vec<Input>, Vec<(String, String)>) {
        let mut inputs = Vec::new();
        let mut errors = Vec::new();
        for path in paths {
            if path.as_os_str() == "-" {
                inputs.push(Input::Stdin(stdin_name.to_string()));
                continue;
            }
            if path.is_file() {
                if !self.excluded(path) {
                    inputs.push(Input::File(path.clone()));
                }
                continue;
            }
            if !path.exists() {
                errors.push((display_path(path), "no such file or directory".to_string()));
                continue;
            }
            for entry in ignore::WalkBuilder::new(path).build() {
                match entry {
                    Ok(entry) => {
                        if entry.file_type().is_some_and(|t| t.is_file())
                            && self.walks(entry.path())
                        {
                            inputs.push(Input::File(entry.into_path()));
                        }
                    }
                    Err(e) => errors.push((display_path(path), e.to_string())),
                }
            }
        }
        inputs.sort_by_key(|i| i.display());
        inputs.dedup();
        (inputs, errors)
    }

    fn walks(&self, path: &Path) -> bool {
        let typed = extension(path).is_some_and(|e| self.types.contains(&e));
        typed
            && !self.excluded(path)
            && self
                .include
                .as_ref()
                .is_none_or(|set| self.matches(set, path))
    }

    fn excluded(&self, path: &Path) -> bool {
        self.exclude
            .as_ref()
            .is_some_and(|set| self.matches(set, path))
    }

    fn matches(&self, set: &GlobSet, path: &Path) -> bool {
        let relative = self
            .base
            .as_ref()
            .and_then(|base| {
                let absolute = std::path::absolute(path).ok()?;
                Some(normalize(&absolute).strip_prefix(base).ok()?.to_path_buf())
            })
            .unwrap_or_else(|| path.strip_prefix(".").unwrap_or(path).to_path_buf());
        set.is_match(&relative)
    }
}

/// Drops `.` and resolves `..` components lexically (paths need not exist).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Globs as gitignore reads them: one without a `/` matches at any depth, one ending in `/`
/// matches everything under that folder.
fn glob_set(patterns: &[String], key: &str) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let mut p = pattern.trim_start_matches("./").to_string();
        if p.ends_with('/') {
            p.push_str("**");
        }
        if !p.contains('/') {
            p = format!("**/{p}");
        }
        let glob = Glob::new(&p).map_err(|e| format!("bad `{key}` glob {pattern:?}: {e}"))?;
        builder.add(glob);
        // `docs` also means everything under docs/.
        if !p.ends_with("**") {
            if let Ok(glob) = Glob::new(&format!("{p}/**")) {
                builder.add(glob);
            }
        }
    }
    builder
        .build()
        .map(Some)
        .map_err(|e| format!("bad `{key}` globs: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(include: &[&str], exclude: &[&str]) -> Selection {
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Selection::new(&["rst".into()], &own(include), &own(exclude), None).unwrap()
    }

    #[test]
    fn types_decide_what_is_walked() {
        let s = selection(&[], &[]);
        assert!(s.walks(Path::new("a/b.md")));
        assert!(s.walks(Path::new("a/b.MDX")));
        assert!(s.walks(Path::new("b.txt")));
        assert!(s.walks(Path::new("b.rst")));
        assert!(!s.walks(Path::new("b.rs")));
        assert!(!s.walks(Path::new("README")));
    }

    #[test]
    fn globs_without_slash_match_at_any_depth() {
        let s = selection(&[], &["CHANGELOG.md", "drafts/", "vendor/**"]);
        assert!(s.excluded(Path::new("CHANGELOG.md")));
        assert!(s.excluded(Path::new("./docs/CHANGELOG.md")));
        assert!(s.excluded(Path::new("drafts/x.md")));
        assert!(s.excluded(Path::new("vendor/a/b.md")));
        assert!(!s.excluded(Path::new("docs/x.md")));
    }

    #[test]
    fn include_limits_walked_files() {
        let s = selection(&["docs/**"], &[]);
        assert!(s.walks(Path::new("docs/a.md")));
        assert!(!s.walks(Path::new("notes/a.md")));
    }

    #[test]
    fn bad_glob_is_an_error() {
        let e = Selection::new(&[], &["a[".into()], &[], None).unwrap_err();
        assert!(e.contains("include") && e.contains("a["), "{e}");
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(format_of(Path::new("a.md")), Format::Markdown);
        assert_eq!(format_of(Path::new("a.Markdown")), Format::Markdown);
        assert_eq!(format_of(Path::new("a.txt")), Format::Text);
        assert_eq!(display_path(Path::new("./a/b.md")), "a/b.md");
    }
}
