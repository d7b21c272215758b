//! STUB: replaced by the unit table.
use crate::quantity::{Kind, Unit};
use nom::IResult;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitMatch {
    pub unit: Unit,
    pub kind: Kind,
}
pub(crate) fn unit_after_number(input: &str) -> IResult<&str, UnitMatch> {
    crate::parse::fail(input)
}
