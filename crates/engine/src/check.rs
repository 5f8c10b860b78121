//! 核对: an owner's papers against what the tables make due, after delivery. The invoice
//! (机动车销售统一发票: its 价税合计 and date) gives the purchase tax due, by the rule of
//! [`crate::tax`] for the invoice date's year; the tax certificate (完税证明) says what was paid;
//! the final payment says what the offer's guarantee credited. Each is compared to the fen.
//!
//! Boundaries: the papers are the facts here, not a quote's assumptions. The guarantee is
//! computed on the car invoiced (the invoice is the car taken), and its conditions that no
//! paper shows (whose delay it was) are named in [`GuaranteeDue::assumes`], as a quote does.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::EngineError;
use crate::money::Money;
use crate::tables::{GuaranteeCondition, Tables};
use crate::tax::{purchase_tax, steps, PurchaseTax};

/// What the owner's papers say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Papers {
    /// The offer the order was under (its tables name the market and the guarantee).
    pub offer: String,
    /// The order's lock date (锁单日期): the guarantee's eligibility.
    pub locked_on: Date,
    /// True when the order was switched to the offer's new car; false when it was kept.
    pub switched: bool,
    /// 价税合计 on the 机动车销售统一发票: the price, VAT included.
    pub invoice_total: Money,
    /// The invoice's date (开票日期): it selects the purchase-tax year.
    pub invoice_date: Date,
    /// Purchase tax paid, from the 完税证明; `None` when the owner does not have it at hand.
    #[serde(default)]
    pub tax_paid: Option<Money>,
    /// What the guarantee took off the final payment (0 for none); `None` when not known.
    #[serde(default)]
    pub guarantee_credited: Option<Money>,
}

/// How a stated amount compares with the amount due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "verdict", content = "by")]
pub enum Verdict {
    /// The same to the fen.
    Matches,
    /// The paper says less than is due, by this much.
    Short(Money),
    /// The paper says more than is due, by this much.
    Over(Money),
}

impl Verdict {
    /// `stated` against `due`.
    ///
    /// # Example
    /// ```
    /// use engine::{check::Verdict, money::Money};
    /// let m = |s| Money::parse(s).unwrap();
    /// assert_eq!(Verdict::of(m("10172.56"), m("10172.56")), Verdict::Matches);
    /// assert_eq!(Verdict::of(m("10000"), m("10172.56")), Verdict::Short(m("172.56")));
    /// ```
    #[must_use]
    pub fn of(stated: Money, due: Money) -> Verdict {
        // The larger less the smaller: no overflow for two amounts of Money's range.
        let by = |a: Money, b: Money| a.checked_sub(b).unwrap_or(a);
        match stated.cmp(&due) {
            std::cmp::Ordering::Equal => Verdict::Matches,
            std::cmp::Ordering::Less => Verdict::Short(by(due, stated)),
            std::cmp::Ordering::Greater => Verdict::Over(by(stated, due)),
        }
    }
}

/// The guarantee's reduction due on this invoice, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuaranteeDue {
    /// The reduction due (0 when it does not apply).
    pub amount: Money,
    /// The order was locked by the guarantee's date.
    pub locked_in_time: bool,
    /// The invoice date is within the covered dates.
    pub invoice_in_window: bool,
    /// The offer keeps the guarantee for this path (a switched order: the offer's reading).
    pub kept_by_offer: bool,
    /// The tax on this invoice, and on the same invoice on the compared date.
    pub tax_on_invoice: Money,
    /// The tax the guarantee compares with.
    pub tax_compared: Money,
    /// True when the cap, not the difference, set the amount.
    pub cap_applied: bool,
    /// Conditions no paper shows, assumed to hold where an amount is due.
    pub assumes: Vec<GuaranteeCondition>,
}

/// The check: each amount due with its steps, and each stated amount's verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// The purchase tax due on the invoice, step by step.
    pub tax: PurchaseTax,
    /// The tax paid against it, when the certificate was given.
    pub tax_verdict: Option<Verdict>,
    /// The guarantee's reduction due, when the offer has a guarantee.
    pub guarantee: Option<GuaranteeDue>,
    /// What was credited against it, when given.
    pub guarantee_verdict: Option<Verdict>,
}

/// Checks `papers` against the tables.
///
/// # Errors
/// [`EngineError::UnknownOffer`] for an offer the tables lack, [`EngineError::NegativeAmount`]
/// for a negative amount on a paper, [`EngineError::TablesIncomplete`] when the offer's market
/// has no tax policy or its guarantee is missing.
pub fn check(tables: &Tables, papers: &Papers) -> Result<Check, EngineError> {
    let unknown = || EngineError::UnknownOffer { path: "offer".into(), id: papers.offer.clone() };
    let (offer, _, to) = tables.offer_catalogs(&papers.offer).ok_or_else(unknown)?;
    let amounts = [
        ("invoice_total", Some(papers.invoice_total)),
        ("tax_paid", papers.tax_paid),
        ("guarantee_credited", papers.guarantee_credited),
    ];
    for (path, amount) in amounts {
        if amount.is_some_and(Money::is_negative) {
            return Err(EngineError::NegativeAmount { path: path.into() });
        }
    }
    let policy = tables.tax_policy(&to.market).ok_or_else(|| EngineError::TablesIncomplete {
        path: "offer".into(),
        missing: format!("tax policy for market '{}'", to.market),
    })?;
    let tax = purchase_tax(policy, papers.invoice_total, papers.invoice_date)?;
    let guarantee = match offer.guarantee.as_deref() {
        None => None,
        Some(id) => {
            let g = tables.guarantee(id).ok_or_else(|| EngineError::TablesIncomplete {
                path: "offer.guarantee".into(),
                missing: format!("guarantee '{id}'"),
            })?;
            let compared = steps(policy, papers.invoice_total, g.compared_with_invoice_on.value)?.payable;
            let overflow = || EngineError::Overflow { path: "guarantee".into() };
            let extra = tax.payable.checked_sub(compared).ok_or_else(overflow)?.max(Money::ZERO);
            let locked_in_time = papers.locked_on <= g.locked_by.value;
            let invoice_in_window =
                g.invoiced_from.value <= papers.invoice_date && papers.invoice_date <= g.invoiced_to.value;
            let kept_by_offer = !papers.switched || offer.guarantee_retained.value;
            let applies = locked_in_time && invoice_in_window && kept_by_offer;
            let amount = if applies { extra.min(g.cap.value) } else { Money::ZERO };
            Some(GuaranteeDue {
                amount,
                locked_in_time,
                invoice_in_window,
                kept_by_offer,
                tax_on_invoice: tax.payable,
                tax_compared: compared,
                cap_applied: applies && extra > g.cap.value,
                assumes: if amount.is_zero() { Vec::new() } else { g.conditions.iter().map(|c| c.value).collect() },
            })
        }
    };
    Ok(Check {
        tax_verdict: papers.tax_paid.map(|paid| Verdict::of(paid, tax.payable)),
        guarantee_verdict: guarantee.as_ref().zip(papers.guarantee_credited).map(|(g, c)| Verdict::of(c, g.amount)),
        guarantee,
        tax,
    })
}
