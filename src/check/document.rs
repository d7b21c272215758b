//! STUB
use chrono::NaiveDate;
use super::Format;
/// The document model.
#[derive(Debug)]
pub struct Document<'t> {
    /// Text.
    pub text: &'t str,
    /// As of.
    pub as_of: NaiveDate,
}
impl<'t> Document<'t> {
    /// Builds.
    pub fn build(text: &'t str, format: Format, as_of: NaiveDate) -> Self {
        let _ = format;
        Document { text, as_of }
    }
}
