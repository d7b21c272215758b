//! STUB: replaced by the spelled-number parser.
use nom::IResult;
use rust_decimal::Decimal;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SpelledForm {
    Cardinal,
    Ordinal,
    Fraction,
    Vague,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Spelled {
    pub value: Decimal,
    pub form: SpelledForm,
    pub scaled: bool,
}
pub(crate) fn spelled_number(input: &str) -> IResult<&str, Spelled> {
    crate::parse::fail(input)
}
