//! A market's vehicle purchase-tax policy: rate, VAT-exclusive base, and relief periods by
//! invoice date.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::{Date, SourceDate};
use crate::figure::{Figure, Sources, Status};
use crate::money::Money;
use crate::text::Text;

/// The purchase-tax policy of one market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TaxPolicy {
    /// Table format version; this build reads 1.
    pub schema: u32,
    /// Always `"tax_policy"`.
    pub kind: String,
    /// Stable id.
    pub id: String,
    /// Market code, matched by catalogs' `market`.
    pub market: String,
    /// The tax's name.
    pub name: Text,
    /// Sources cited by this file's figures, by key.
    pub sources: Sources,
    /// Statutory rate on the base (0.10 in China).
    pub rate: Figure<Decimal>,
    /// The invoice price is divided by this to remove VAT (1.13 in China).
    pub vat_divisor: Figure<Decimal>,
    /// Which date decides the tax year.
    pub purchase_date_rule: Figure<Text>,
    /// The rounding convention, in words.
    pub rounding: Figure<Text>,
    /// Relief periods; an invoice date outside all of them gets no relief.
    pub reliefs: Vec<Relief>,
    /// What applies outside every relief period, in words.
    pub no_relief_rule: Figure<Text>,
}

/// A relief period: `relief = min(round(full × share), cap)` for invoices dated `from..=to`.
///
/// A full exemption is `share = 1`; China's 2026–27 halving is `share = 0.5`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relief {
    /// Stable id.
    pub id: String,
    /// First invoice date covered.
    pub from: Date,
    /// Last invoice date covered.
    pub to: Date,
    /// Share of the full tax relieved, 0–1.
    pub share: Decimal,
    /// Most relief per car.
    pub cap: Money,
    /// The rule in words.
    pub rule: Text,
    /// Key into `sources`.
    pub source: String,
    /// Date of the rule.
    pub date: SourceDate,
    /// How sure it is.
    pub status: Status,
    /// A remark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl TaxPolicy {
    /// The relief in force for an invoice dated `date`, if any.
    #[must_use]
    pub fn relief_on(&self, date: Date) -> Option<&Relief> {
        self.reliefs.iter().find(|r| r.from <= date && date <= r.to)
    }
}
