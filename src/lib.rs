//! numcheck fact-checks the numbers in prose.
//!
//! It has two halves:
//!
//! 1. **Extraction** ([`extract`], [`Extractor`]): finds every quantity in English text, with
//!    its exact value ([`rust_decimal::Decimal`]), unit, hedge, bound, counted noun and byte span.
//! 2. **Checking** ([`check`], [`Checker`]): reads a document's quantities and reports figures
//!    that cannot all be true: a pledge missing its scale, parts larger than their whole, a
//!    past-tense claim dated in the future, a wrong percent change.
//!
//! ```
//! let text = "Japan exported 1.37 million vehicles, about 70% of its output.";
//! let found = numcheck::extract(text);
//! assert_eq!(found[0].text(text), "1.37 million");
//! assert_eq!(found[0].number(), Some(1_370_000.into()));
//! assert_eq!(found[0].noun(text).as_deref(), Some("vehicles"));
//! assert!(found[1].approximate);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod check;
mod diagnostic;
mod error;
mod extract;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod parse;
mod quantity;
mod scan;
mod source;
mod tables;

pub use check::{CheckOptions, Checker, Format, RuleInfo, check, rules};
pub use diagnostic::{Diagnostic, Related, Severity, line_column};
pub use error::Error;
pub use extract::{Extraction, Extractor, extract, extract_all};
pub use quantity::{
    Bound, Dimension, Kind, PartialDate, Quantity, Relation, Relative, Span, Unit, Value,
};
pub use rust_decimal::Decimal;
pub use source::{front_matter_date, prose};
