//! A market's on-road costs (落地费用): what registering and insuring a car costs besides its
//! price and purchase tax — separate from the seller's figures, each line sourced.

use serde::{Deserialize, Serialize};

use crate::figure::{Figure, Sources};
use crate::money::Money;
use crate::text::Text;

/// The on-road cost lines of one market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OnRoadTable {
    /// Table format version; this build reads 1.
    pub schema: u32,
    /// Always `"on_road"`.
    pub kind: String,
    /// Market code, matched by catalogs' `market`.
    pub market: String,
    /// What the lines are for (which cars, which year).
    pub name: Text,
    /// Sources cited by this file's figures, by key.
    pub sources: Sources,
    /// The lines, in the order shown.
    pub lines: Vec<OnRoadItem>,
}

/// One on-road cost line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OnRoadItem {
    /// Stable id; a request may override the amount by it (a dealer's plate fee).
    pub id: String,
    /// What it is.
    pub label: Text,
    /// What it costs: one amount (`low` = `high`) or an estimate range.
    pub amount: Figure<AmountRange>,
}

/// An amount, or a range where the cost varies (city, insurer, driver record).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AmountRange {
    /// Lowest.
    pub low: Money,
    /// Highest.
    pub high: Money,
}
