//! Vehicle purchase tax (车辆购置税) for an invoice price and an invoice date.
//!
//! The rule, from the market's [`TaxPolicy`] table, rounded half up to the fen at every step:
//!
//! ```text
//! base    = round(price / vat_divisor)          计税价格, VAT removed
//! full    = round(base × rate)                  全额税
//! relief  = min(round(full × share), cap)       减免额, by the invoice date's relief period
//! payable = full − relief                       应缴
//! ```
//!
//! The invoice date, not the order or lock date, selects the relief period.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::date::Date;
use super::error::EngineError;
use super::figure::Status;
use super::money::Money;
use super::tables::{Relief, TaxPolicy};
use super::text::Text;

/// The relief rule that applied to a purchase-tax computation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedRelief {
    /// The relief period's id in the tax table.
    pub id: String,
    /// The rule in words.
    pub rule: Text,
    /// The source's title.
    pub source: std::sync::Arc<str>,
    /// How sure the rule is.
    pub status: Status,
}

/// Purchase tax with every step shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurchaseTax {
    /// Invoice price, VAT included (含税价).
    pub price: Money,
    /// Invoice date; it selects the relief period.
    pub invoice_date: Date,
    /// The VAT divisor the base was computed with (1.13), from the tax table.
    pub vat_divisor: Decimal,
    /// The statutory rate applied to the base (0.10), from the tax table.
    pub rate: Decimal,
    /// Taxable base: price ÷ VAT divisor (计税价格).
    pub base: Money,
    /// Full tax: base × rate.
    pub full: Money,
    /// Relief granted (减免额).
    pub relief: Money,
    /// True when the relief cap, not the share, set the relief.
    pub cap_applied: bool,
    /// Tax to pay: full − relief.
    pub payable: Money,
    /// The relief period applied, or `None` when no relief is in force on that date.
    pub relief_rule: Option<AppliedRelief>,
}

/// The amounts of the four steps and the relief period applied, without copying its text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Steps<'a> {
    pub base: Money,
    pub full: Money,
    pub relief: Money,
    pub cap_applied: bool,
    pub payable: Money,
    pub period: Option<&'a Relief>,
}

/// The four steps, for callers that need only the amounts (the guarantee's comparison tax).
pub(crate) fn steps(policy: &TaxPolicy, price: Money, invoice_date: Date) -> Result<Steps<'_>, EngineError> {
    if price.is_negative() {
        return Err(EngineError::NegativeAmount { path: "price".into() });
    }
    let overflow = || EngineError::Overflow { path: "price".into() };
    let one = Decimal::ONE;
    let base = price.scaled(one, policy.vat_divisor.value).ok_or_else(overflow)?;
    let full = base.scaled(policy.rate.value, one).ok_or_else(overflow)?;
    let period = policy.relief_on(invoice_date);
    let (relief, cap_applied) = match period {
        Some(r) => {
            let share = full.scaled(r.share, one).ok_or_else(overflow)?;
            if share > r.cap {
                (r.cap, true)
            } else {
                (share, false)
            }
        }
        None => (Money::ZERO, false),
    };
    let payable = full.checked_sub(relief).ok_or_else(overflow)?;
    Ok(Steps { base, full, relief, cap_applied, payable, period })
}

/// Computes purchase tax on `price` for an invoice dated `invoice_date` under `policy`.
///
/// # Errors
/// [`EngineError::NegativeAmount`] for a negative price. Arithmetic is checked, so a price
/// within [`Money`]'s range cannot overflow.
///
/// # Example
/// ```
/// use engine::{money::Money, tax::purchase_tax};
/// let tables = bundled::tables().unwrap();
/// let policy = tables.tax_policy("CN").unwrap();
/// let tax = purchase_tax(policy, Money::parse("229900").unwrap(), "2026-01-01".parse().unwrap()).unwrap();
/// assert_eq!(tax.base.to_string(), "203451.33");
/// assert_eq!(tax.full.to_string(), "20345.13");
/// assert_eq!(tax.relief.to_string(), "10172.57");
/// assert_eq!(tax.payable.to_string(), "10172.56");
/// ```
pub fn purchase_tax(policy: &TaxPolicy, price: Money, invoice_date: Date) -> Result<PurchaseTax, EngineError> {
    let s = steps(policy, price, invoice_date)?;
    Ok(PurchaseTax {
        price,
        invoice_date,
        vat_divisor: policy.vat_divisor.value,
        rate: policy.rate.value,
        base: s.base,
        full: s.full,
        relief: s.relief,
        cap_applied: s.cap_applied,
        payable: s.payable,
        relief_rule: s.period.map(|r| AppliedRelief {
            id: r.id.clone(),
            rule: r.rule.clone(),
            source: policy.sources.get(&r.source).map(|s| s.title.clone()).unwrap_or_default(),
            status: r.status,
        }),
    })
}

/// Invoice dates for "what if it is invoiced in year Y?" controls: 30 June of every year from
/// the year the first relief period ends to the year after the last one ends, so each rule of
/// the policy, and the no-relief rule after it, is one choice away.
///
/// # Example
/// ```
/// use engine::tax::what_if_invoice_dates;
/// let tables = bundled::tables().unwrap();
/// let years: Vec<u16> = what_if_invoice_dates(tables.tax_policy("CN").unwrap()).iter().map(|d| d.year()).collect();
/// assert_eq!(years, [2025, 2026, 2027, 2028]);
/// ```
#[must_use]
pub fn what_if_invoice_dates(policy: &TaxPolicy) -> Vec<Date> {
    let first = policy.reliefs.iter().map(|r| r.to.year()).min();
    let last = policy.reliefs.iter().map(|r| r.to.year()).max();
    match (first, last) {
        (Some(a), Some(b)) => (a..=b.saturating_add(1)).filter_map(|y| Date::new(y, 6, 30)).collect(),
        _ => Vec::new(),
    }
}
