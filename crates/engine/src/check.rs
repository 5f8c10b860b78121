//! 核对: an owner's papers against what the tables make due, after delivery. The invoice
//! (机动车销售统一发票: its 价税合计 and date) gives the purchase tax due, by the rule of
//! [`crate::tax`] for the invoice date's year; the tax certificate (完税证明) says what was paid;
//! the final payment says what the offer's guarantee credited. Each is compared to the fen.
//!
//! Boundaries: the papers are the facts here, not a quote's assumptions. The guarantee is
//! computed by the quote's own rule on the car invoiced (the invoice is the car taken), and
//! its conditions that no paper shows (whose delay it was) are named in
//! [`GuaranteeCheck::assumes`], as a quote does.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::EngineError;
use crate::money::Money;
use crate::quote::pricing::{guarantee_check, GuaranteedInvoice};
use crate::quote::{AssumptionCode, GuaranteeCheck};
use crate::tables::Tables;
use crate::tables::{Guarantee, GuaranteeBasis, Offer, TaxPolicy};
use crate::tax::{purchase_tax, PurchaseTax};

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
    /// The locked order's list total, as ordered: a switched order's guarantee is computed on it
    /// where the offer's basis is the original order. Needed only then.
    #[serde(default)]
    pub original_total: Option<Money>,
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

/// The check: each amount due with its steps, and each stated amount's verdict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// The purchase tax due on the invoice, step by step.
    pub tax: PurchaseTax,
    /// The tax paid against it, when the certificate was given.
    pub tax_verdict: Option<Verdict>,
    /// The guarantee's reduction due and how it was decided (the quote's own rule), when the
    /// offer has a guarantee.
    pub guarantee: Option<GuaranteeCheck>,
    /// What was credited against it, when given.
    pub guarantee_verdict: Option<Verdict>,
    /// True when the guarantee due rests on a term no source confirms — one in
    /// [`Check::rests_on`], or an estimated cap — so it is shown marked, as a quote's guarantee
    /// line is.
    pub guarantee_estimate: bool,
    /// The offer's terms a switched order's guarantee rests on that its table sources as
    /// estimates ([`AssumptionCode::GuaranteeRetained`], [`AssumptionCode::GuaranteeBasis`]):
    /// named beside the amount. Empty for a kept order, or where no guarantee is due.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rests_on: Vec<AssumptionCode>,
}

/// Checks `papers` against the tables.
///
/// # Errors
/// [`EngineError::UnknownOffer`] for an offer the tables lack, [`EngineError::NegativeAmount`]
/// for a negative amount on a paper, [`EngineError::TablesIncomplete`] when the offer's market
/// has no tax policy or its guarantee is missing.
pub fn check(tables: &Tables, papers: &Papers) -> Result<Check, EngineError> {
    let unknown = || EngineError::UnknownOffer { path: "offer".into(), id: papers.offer.clone() };
    let (offer, from, to) = tables.offer_catalogs(&papers.offer).ok_or_else(unknown)?;
    let car = match (papers.switched, to) {
        (false, _) => from,
        (true, Some(to)) => to,
        (true, None) => {
            return Err(EngineError::InvalidValue {
                path: "switched".into(),
                problem: "this offer has no new car to switch to: check the order as kept".into(),
            })
        }
    };
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
    let policy = tables.tax_policy(&car.market).ok_or_else(|| EngineError::TablesIncomplete {
        path: "offer".into(),
        missing: format!("tax policy for market '{}'", car.market),
    })?;
    let tax = purchase_tax(policy, papers.invoice_total, papers.invoice_date)?;
    let guarantee = match offer.guarantee.as_deref() {
        None => None,
        Some(id) => {
            let terms = tables.guarantee(id).ok_or_else(|| EngineError::TablesIncomplete {
                path: "offer.guarantee".into(),
                missing: format!("guarantee '{id}'"),
            })?;
            Some(guarantee_due(policy, offer, terms, papers, &tax)?)
        }
    };
    let (guarantee, rests_on, estimate) = match guarantee {
        Some(Due { check, rests_on, estimate }) => (Some(check), rests_on, estimate),
        None => (None, Vec::new(), false),
    };
    Ok(Check {
        tax_verdict: papers.tax_paid.map(|paid| Verdict::of(paid, tax.payable)),
        guarantee_verdict: guarantee.as_ref().zip(papers.guarantee_credited).map(|(g, c)| Verdict::of(c, g.amount)),
        guarantee,
        guarantee_estimate: estimate,
        rests_on,
        tax,
    })
}

/// The guarantee due on the papers' invoice, and what it rests on.
struct Due {
    check: GuaranteeCheck,
    rests_on: Vec<AssumptionCode>,
    estimate: bool,
}

/// The guarantee due on the papers' invoice by the quote's own rule: a switched order keeps it
/// where the offer does, computed on the car invoiced or the original order as the offer says;
/// a kept order's invoice is its own car.
fn guarantee_due(
    policy: &TaxPolicy,
    offer: &Offer,
    terms: &Guarantee,
    papers: &Papers,
    tax: &PurchaseTax,
) -> Result<Due, EngineError> {
    // `check` refused a switched order under an offer without a switch.
    let switch = offer.switch.as_ref().filter(|_| papers.switched);
    let kept = switch.is_none_or(|w| w.guarantee_retained.value);
    let on_original = switch.is_some_and(|w| w.guarantee_basis.value == GuaranteeBasis::OriginalOrder);
    let basis_price = match (on_original, papers.original_total) {
        (false, _) => papers.invoice_total,
        (true, Some(total)) => total,
        (true, None) => {
            return Err(EngineError::InvalidValue {
                path: "original_total".into(),
                problem: "this offer computes a switched order's guarantee on the original order: give its list total"
                    .into(),
            })
        }
    };
    let invoice = GuaranteedInvoice::on(policy, basis_price, (papers.invoice_total, tax), papers.invoice_date)?;
    let check = guarantee_check(policy, terms, kept, papers.locked_on, invoice, "guarantee")?;
    // A switched order's guarantee rests on the offer's terms for it; those no source confirms
    // are named beside the amount.
    let terms_of_switch = switch.map(|w| {
        [
            (AssumptionCode::GuaranteeRetained, w.guarantee_retained.status),
            (AssumptionCode::GuaranteeBasis, w.guarantee_basis.status),
        ]
    });
    let rests_on: Vec<AssumptionCode> = terms_of_switch
        .into_iter()
        .flatten()
        .filter(|(_, status)| check.applies && status.is_estimate())
        .map(|(code, _)| code)
        .collect();
    let estimate = check.applies && (!rests_on.is_empty() || terms.cap.status.is_estimate());
    Ok(Due { check, rests_on, estimate })
}
