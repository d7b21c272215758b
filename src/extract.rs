//! STUB
use crate::quantity::{Quantity, Relation};
/// Everything extraction finds in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The quantities, in order of position.
    pub quantities: Vec<Quantity>,
    /// Links between them.
    pub relations: Vec<Relation>,
}
/// A configured extractor.
#[derive(Clone, Debug, Default)]
pub struct Extractor {}
impl Extractor {
    /// A new extractor.
    pub fn new() -> Self {
        Extractor {}
    }
    /// Extracts from `text`.
    pub fn extract(&self, text: &str) -> Extraction {
        let _ = text;
        Extraction::default()
    }
}
/// Every quantity in `text`.
pub fn extract(text: &str) -> Vec<Quantity> {
    extract_all(text).quantities
}
/// Quantities and relations.
pub fn extract_all(text: &str) -> Extraction {
    Extractor::new().extract(text)
}
