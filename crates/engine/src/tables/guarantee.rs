//! A seller's purchase-tax guarantee: for orders locked early but invoiced late, the seller
//! pays the extra tax of the later year, as a reduction of the final payment.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::figure::{Figure, Sources};
use crate::money::Money;
use crate::text::Text;

/// A cross-year purchase-tax guarantee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}
