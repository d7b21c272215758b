//! STUB: replaced by the currency table.
use nom::IResult;
pub(crate) fn currency_before(input: &str) -> IResult<&str, &'static str> {
    match input.strip_prefix('$') {
        Some(rest) => Ok((rest, "USD")),
        None => crate::parse::fail(input),
    }
}
pub(crate) fn currency_after(input: &str) -> IResult<&str, &'static str> {
    crate::parse::fail(input)
}
