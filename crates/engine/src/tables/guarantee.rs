//! A seller's purchase-tax guarantee: for orders locked early but invoiced late, the seller
//! pays the extra tax of the later year, as a reduction of the final payment.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::figure::{Figure, Sources};
use crate::money::Money;
use crate::text::Text;

/// A cross-year purchase-tax guarantee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Guarantee {
    /// Table format version; this build reads 1.
    pub schema: u32,
    /// Always `"guarantee"`.
    pub kind: String,
    /// Stable id that offers refer to.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Sources cited by this file's figures, by key.
    pub sources: Sources,
    /// Orders locked on or before this date qualify.
    pub locked_by: Figure<Date>,
    /// First invoice date covered.
    pub invoiced_from: Figure<Date>,
    /// Last invoice date covered.
    pub invoiced_to: Figure<Date>,
    /// The extra tax is measured against an invoice on this date.
    pub compared_with_invoice_on: Figure<Date>,
    /// Most paid per car.
    pub cap: Figure<Money>,
    /// The terms in words, including conditions the engine cannot check (whose delay it was).
    pub terms: Figure<Text>,
    /// The conditions the owner's dates cannot show, as data: a quote that counts the guarantee
    /// assumes each holds and says so (`GuaranteeCheck::assumes`).
    #[serde(default)]
    pub conditions: Vec<Figure<GuaranteeCondition>>,
    /// Promises of this kind that were changed after the fact (sourced): why "the seller pays as
    /// announced" is an assumption, not a certainty.
    #[serde(default)]
    pub precedents: Vec<Figure<Text>>,
}

/// A condition of a guarantee that no date in the request can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GuaranteeCondition {
    /// The late invoice is the seller's doing (its production, supply or transport), not a
    /// delay the buyer asked for.
    SellerCausedDelay,
    /// The car is delivered, not only invoiced, within the covered dates.
    DeliveredInWindow,
}
