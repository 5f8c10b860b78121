//! A market's on-road costs (落地费用): what registering and insuring a car costs besides its
//! price and purchase tax — separate from the seller's figures, each line sourced.

use serde::{Deserialize, Serialize};

use crate::date::Date;
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
    /// The government's trade-in subsidies (以旧换新) an owner may qualify for, by their old car.
    #[serde(default)]
    pub trade_in: Vec<TradeInSubsidy>,
}

/// A trade-in subsidy: a share of the new car's price up to a cap, for cars invoiced in a
/// window, to an owner whose old car qualifies (which the owner, not the tables, knows).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TradeInSubsidy {
    /// Stable id; a request names the subsidy the owner qualifies for by it.
    pub id: String,
    /// What it is (报废更新, 置换更新).
    pub label: Text,
    /// The share of the car's price (价税合计), as a fraction (0.12).
    pub share: Figure<rust_decimal::Decimal>,
    /// The most it pays per car.
    pub cap: Figure<Money>,
    /// First invoice date it covers.
    pub invoiced_from: Figure<Date>,
    /// Last invoice date it covers.
    pub invoiced_to: Figure<Date>,
    /// What the old car must be, in the owner's words.
    pub old_car: Figure<Text>,
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
