//! STUB: replaced by the date parsers.
use crate::quantity::PartialDate;
use nom::IResult;
pub(crate) fn month(input: &str) -> IResult<&str, u32> {
    crate::parse::fail(input)
}
pub(crate) fn weekday(input: &str) -> IResult<&str, chrono::Weekday> {
    crate::parse::fail(input)
}
pub(crate) fn date(input: &str) -> IResult<&str, PartialDate> {
    crate::parse::fail(input)
}
pub(crate) fn decade(input: &str) -> IResult<&str, i32> {
    crate::parse::fail(input)
}
