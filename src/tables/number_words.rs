//! STUB: replaced by the number-word table.
use nom::IResult;
use rust_decimal::Decimal;
pub(crate) fn scale_word(input: &str) -> IResult<&str, Decimal> {
    crate::parse::fail(input)
}
