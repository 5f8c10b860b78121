//! What a quote is asked: the locked order as the owner states it, the new configuration, the
//! price list, the invoice dates, and optionally a loan and on-road costs. Its JSON form is the
//! JS API's input (`docs/quote-json.md`).

use serde::{Deserialize, Serialize};

use crate::configuration::Configuration;
use crate::date::Date;
use crate::loan::LoanTerms;
use crate::money::Money;
use crate::on_road::OnRoadRequest;

/// The locked order as the owner states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OldOrder {
    /// Trim id in the offer's `from` catalog.
    pub trim: String,
    /// Options as `group/option`; `one` groups left out take their default.
    #[serde(default)]
    pub options: Vec<String>,
    /// The date the order was locked (锁单).
    pub locked_on: Date,
    /// What has been paid so far (usually the deposit).
    pub amount_paid: Money,
    /// Options (`group/option`) the order received free as an order benefit (权益); each must
    /// be one of `options` and have an `order_benefit` in the catalog. They cost ¥0 on the
    /// kept order; the new car prices its equivalent from its own catalog.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gifted: Vec<String>,
}

/// A quote request. Its JSON form is the JS API's input (see `docs/quote-json.md`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteRequest {
    /// Offer id.
    pub offer: String,
    /// The locked order.
    pub old_order: OldOrder,
    /// The new configuration; absent means the engine's proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_configuration: Option<Configuration>,
    /// Price list of the new car; absent means the offer's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list: Option<String>,
    /// Expected invoice date if the owner keeps the old order.
    pub keep_invoice_date: Date,
    /// Expected invoice date if the owner switches.
    pub switch_invoice_date: Date,
    /// A car loan to price on both paths; absent means cash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan: Option<LoanTerms>,
    /// On-road costs to add on both paths (落地价); absent means none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_road: Option<OnRoadRequest>,
}

impl QuoteRequest {
    /// The old order's configuration as given (options not completed with defaults).
    #[must_use]
    pub fn old_configuration(&self) -> Configuration {
        Configuration { trim: self.old_order.trim.clone(), options: self.old_order.options.clone() }
    }
}
