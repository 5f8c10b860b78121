//! The itemised quote for both paths — keep the locked order, or switch under the offer — and
//! the decision number: the extra cash switching costs.
//!
//! For each path:
//!
//! ```text
//! list total   = trim price + Σ option prices
//! owed         = list total − amount paid − guarantee        (what the seller still gets)
//! cash needed  = owed + purchase tax payable                  (what the owner still spends)
//! ```
//!
//! and `extra cash to switch = switch.cash_needed − keep.cash_needed`. The guarantee is the
//! seller's cross-year tax guarantee, paid as a final-payment reduction: the later year's extra
//! tax over the comparison date's, capped. Every line carries its provenance and whether an
//! estimate went into it.
//!
//! Each file holds one idea, and imports run down this list only:
//! `assumptions` (each measured by assembling again) → `assemble` (both paths and the decision
//! under one reading) → `notices` / `paths` (the keep and switch paths) → `pricing` (one path
//! priced) → `model` (what a quote answers) → `request` (what it is asked).

mod assemble;
mod assumptions;
mod model;
mod notices;
mod paths;
pub(crate) mod pricing;
mod request;

pub use model::{
    Assumption, AssumptionCode, DecisionRange, ExtraCashBreakdown, GiftLine, GivenUpOption, GuaranteeCheck, LineKind,
    Notice, NoticeCode, PathQuote, Precedent, Quote, QuoteLine,
};
pub use request::{OldOrder, QuoteRequest};

use crate::error::EngineError;
use crate::proposal::offer_catalogs;
use crate::tables::Tables;

/// Quotes both paths for a request.
///
/// # Errors
/// An [`EngineError`] naming the request path: unknown offer, trim, option or price list; a
/// negative amount paid; a new configuration that breaks the catalog's rules (the first rule is
/// in the error; [`validate`](crate::configuration::validate) lists them all); an amount too large to compute (`Overflow`);
/// tables that lack a tax policy or price list (`TablesIncomplete`, unreachable for tables
/// that loaded) or the on-road table asked for; a loan or on-road override out of range
/// (`InvalidValue`).
///
/// # Example
/// ```
/// use engine::{quote::{quote, QuoteRequest, OldOrder}, money::Money};
/// let tables = bundled::tables().unwrap();
/// let request = QuoteRequest {
///     offer: "su7-gen1-to-gen2-2026".into(),
///     old_order: OldOrder { trim: "standard".into(), options: vec![], gifted: vec![], locked_on: "2025-11-20".parse().unwrap(),
///                           amount_paid: Money::parse("5000").unwrap() },
///     new_configuration: None,
///     price_list: None,
///     keep_invoice_date: "2026-02-01".parse().unwrap(),
///     switch_invoice_date: "2026-05-01".parse().unwrap(),
///     loan: None,
///     on_road: None,
/// };
/// let q = quote(&tables, &request).unwrap();
/// // ¥219,900 vs ¥215,900, the 2026 tax covered on both paths by the guarantee:
/// assert_eq!(q.extra_cash_to_switch.unwrap().to_string(), "4000.00");
/// ```
pub fn quote(tables: &Tables, request: &QuoteRequest) -> Result<Quote, EngineError> {
    let offer = offer_catalogs(tables, &request.offer)?.0;
    let mut q = assemble::quote_with(tables, request, &paths::Reading::of(offer))?;
    assumptions::add_assumptions(tables, request, &mut q)?;
    Ok(q)
}
