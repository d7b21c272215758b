//! The library's one error type.

/// Everything that can go wrong when configuring or running numcheck.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A rule id that no rule has.
    #[error("unknown rule `{0}` (run `numcheck rules` for the list)")]
    UnknownRule(String),
    /// A date that is not `YYYY-MM-DD` or does not exist.
    #[error("bad date `{0}`: expected YYYY-MM-DD")]
    BadDate(String),
    /// A severity name that is not `off`, `info`, `warning` or `error`.
    #[error("bad level `{0}`: expected off, info, warning or error")]
    BadLevel(String),
}
