//! A car loan on each path: what is financed, the monthly instalment and the interest, exact to
//! the fen, so an owner sees what switching does to the monthly payment.
//!
//! Two ways lenders state a rate, and Chinese car finance uses both:
//! - [`RateKind::Interest`], an annual interest rate (年化利率) on the falling balance, repaid
//!   in equal instalments (等额本息): each month's interest is the balance × rate ÷ 12, rounded
//!   half up to the fen; the instalment is the annuity formula's, rounded to the fen; the last
//!   instalment pays off what is left, so the schedule sums exactly to principal + interest.
//! - [`RateKind::FlatFee`], an annual fee rate (年化费率) on the amount first borrowed: the fee
//!   is principal × rate × years, rounded to the fen, and principal + fee is split into equal
//!   instalments, the last taking the fen left over. A flat 2.5 % costs about as much as a 4.7 %
//!   interest rate over five years, because the fee is charged on money already repaid.
//!
//! The loan covers the car's price less the down payment (which the deposit already paid counts
//! toward); purchase tax and the seller's tax guarantee are settled in cash at delivery.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::EngineError;
use super::money::{round_fen, Money};

/// The longest and shortest terms offered, in months.
pub const MONTHS: std::ops::RangeInclusive<u16> = 12..=60;

/// How the rate is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    /// Annual interest on the falling balance, equal instalments (年化利率, 等额本息).
    Interest,
    /// Annual fee on the amount first borrowed (年化费率).
    FlatFee,
}

/// The down payment: a share of the price, or an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DownPayment {
    /// A share of the car's price, 0 to 1 (`"0.15"` for 15 %).
    Share(Decimal),
    /// An amount of yuan, at most the car's price.
    Amount(Money),
}

/// The loan the owner asks about.
///
/// ```
/// # use engine::loan::LoanTerms;
/// let terms: LoanTerms = serde_json::from_str(
///     r#"{"down_payment": {"share": "0.15"}, "months": 60, "rate": "0.025", "rate_kind": "flat_fee"}"#,
/// ).unwrap();
/// assert_eq!(terms.months, 60);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoanTerms {
    /// The down payment.
    pub down_payment: DownPayment,
    /// Number of monthly instalments, 12 to 60.
    pub months: u16,
    /// The annual rate, as a fraction (`"0.025"` for 2.5 %), 0 to 0.5.
    pub rate: Decimal,
    /// How the rate is stated.
    pub rate_kind: RateKind,
}

/// One path's loan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanPath {
    /// Down payment, the deposit already paid included.
    pub down_payment: Money,
    /// Amount borrowed.
    pub principal: Money,
    /// Each monthly instalment but the last.
    pub instalment: Money,
    /// The last instalment, which takes the fen left over by rounding.
    pub last_instalment: Money,
    /// Interest or fee over the whole term.
    pub interest: Money,
    /// Everything repaid: principal + interest.
    pub total_repaid: Money,
}

/// The loan on both paths, and what switching does to the monthly payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanComparison {
    /// The terms quoted.
    pub terms: LoanTerms,
    /// Keeping the order.
    pub keep: LoanPath,
    /// Switching; absent where there is no switch.
    pub switch: Option<LoanPath>,
    /// Switch down payment − keep down payment.
    pub down_payment_difference: Option<Money>,
    /// Switch instalment − keep instalment.
    pub monthly_difference: Option<Money>,
    /// Switch interest − keep interest.
    pub interest_difference: Option<Money>,
}

fn invalid(path: &str, problem: &str) -> EngineError {
    EngineError::InvalidValue { path: format!("loan.{path}"), problem: problem.into() }
}

fn overflow() -> EngineError {
    EngineError::Overflow { path: "loan".into() }
}

fn money(value: Decimal) -> Result<Money, EngineError> {
    Money::rounded(value).map_err(|_| overflow())
}

/// Checks the terms a person or a program gave.
///
/// # Errors
/// [`EngineError::InvalidValue`] naming the field that is out of range.
pub fn check(terms: &LoanTerms) -> Result<(), EngineError> {
    if !MONTHS.contains(&terms.months) {
        return Err(invalid("months", "the term must be 12 to 60 months"));
    }
    if terms.rate.is_sign_negative() || terms.rate > Decimal::new(5, 1) {
        return Err(invalid("rate", "the annual rate must be 0 to 0.5 (0 % to 50 %)"));
    }
    match terms.down_payment {
        DownPayment::Share(s) if s.is_sign_negative() || s > Decimal::ONE => {
            Err(invalid("down_payment.share", "the down payment share must be 0 to 1"))
        }
        DownPayment::Amount(a) if a.is_negative() => {
            Err(invalid("down_payment.amount", "the down payment is negative"))
        }
        _ => Ok(()),
    }
}

/// The down payment on a car of `price`: a share rounded to the fen, an amount capped at the price.
fn down(price: Money, d: DownPayment) -> Result<Money, EngineError> {
    match d {
        DownPayment::Share(s) => money(price.amount() * s),
        DownPayment::Amount(a) => Ok(a.min(price)),
    }
}

/// `principal` repaid in `n` instalments of `instalment`, the last taking what is left.
fn equal_instalments(principal: Money, n: u16, instalment: Money, interest: Money) -> Result<LoanPath, EngineError> {
    let total = principal.checked_add(interest).ok_or_else(overflow)?;
    let before_last = money(instalment.amount() * Decimal::from(n.saturating_sub(1)))?;
    let last = total.checked_sub(before_last).ok_or_else(overflow)?;
    Ok(LoanPath {
        down_payment: Money::ZERO,
        principal,
        instalment,
        last_instalment: last,
        interest,
        total_repaid: total,
    })
}

/// An instalment rounded half up, but never more than `total` spread over the months before
/// the last, so the last instalment is never negative (a tiny loan over many months: ¥10 over
/// 60 months is 17 fen a month rounded, and 59 × 17 fen > ¥10).
fn rounded_instalment(exact: Decimal, total: Decimal, n: u16) -> Result<Money, EngineError> {
    let rounded = money(exact)?;
    let before_last = Decimal::from(n.saturating_sub(1).max(1));
    let cap = money((total / before_last * Decimal::ONE_HUNDRED).floor() / Decimal::ONE_HUNDRED)?;
    Ok(rounded.min(cap))
}

/// The interest a month-by-month schedule of `instalment`s charges on `p` at monthly rate `r`
/// (each month's interest rounded to the fen; the last month repays the balance left).
fn schedule_interest(p: Decimal, r: Decimal, n: u16, instalment: Money) -> Decimal {
    let (mut balance, mut interest) = (p, Decimal::ZERO);
    for month in 1..=n {
        let due = round_fen(balance * r);
        interest += due;
        balance = if month == n { Decimal::ZERO } else { balance + due - instalment.amount() };
    }
    interest
}

/// 等额本息: the annuity instalment rounded to the fen, then the schedule month by month to
/// find the interest the rounded instalments actually carry. A tiny loan whose rounded
/// instalments would overpay it before the last month pays a fen less each month until the
/// last instalment is not negative.
fn annuity(principal: Money, n: u16, annual: Decimal) -> Result<LoanPath, EngineError> {
    let r = annual / Decimal::from(12);
    let p = principal.amount();
    let exact = if r.is_zero() {
        p / Decimal::from(n)
    } else {
        let mut growth = Decimal::ONE;
        for _ in 0..n {
            growth = growth.checked_mul(Decimal::ONE + r).ok_or_else(overflow)?;
        }
        p * r * growth / (growth - Decimal::ONE)
    };
    let fen = Money::from_fen(1).map_err(|_| overflow())?;
    let mut instalment = money(exact)?;
    loop {
        let interest = schedule_interest(p, r, n, instalment);
        let before_last = instalment.amount() * Decimal::from(n - 1);
        if p + interest >= before_last || instalment.is_zero() {
            return equal_instalments(principal, n, instalment, money(interest)?);
        }
        instalment = instalment.checked_sub(fen).ok_or_else(overflow)?;
    }
}

/// 年化费率: a fee on the amount first borrowed, for every year of the term.
fn flat_fee(principal: Money, n: u16, annual: Decimal) -> Result<LoanPath, EngineError> {
    let fee = money(principal.amount() * annual * Decimal::from(n) / Decimal::from(12))?;
    let total = principal.amount() + fee.amount();
    let instalment = rounded_instalment(total / Decimal::from(n), total, n)?;
    equal_instalments(principal, n, instalment, fee)
}

/// The loan on a car of `price` (the path's list total).
///
/// # Errors
/// [`EngineError::InvalidValue`] for terms out of range, [`EngineError::Overflow`] past the
/// supported amounts.
///
/// # Example
/// ```
/// use engine::loan::{loan, DownPayment, LoanTerms, RateKind};
/// use engine::money::Money;
/// let terms = LoanTerms { down_payment: DownPayment::Share("0.15".parse().unwrap()), months: 60,
///     rate: "0.025".parse().unwrap(), rate_kind: RateKind::FlatFee };
/// let l = loan(Money::parse("219900").unwrap(), &terms).unwrap();
/// assert_eq!(l.principal.to_string(), "186915.00");
/// assert_eq!(l.interest.to_string(), "23364.38"); // 186,915 × 2.5 % × 5 years
/// assert_eq!(l.instalment.to_string(), "3504.66");
/// ```
pub fn loan(price: Money, terms: &LoanTerms) -> Result<LoanPath, EngineError> {
    check(terms)?;
    let down_payment = down(price, terms.down_payment)?;
    let principal = price.checked_sub(down_payment).ok_or_else(overflow)?;
    let path = match terms.rate_kind {
        RateKind::Interest => annuity(principal, terms.months, terms.rate)?,
        RateKind::FlatFee => flat_fee(principal, terms.months, terms.rate)?,
    };
    Ok(LoanPath { down_payment, ..path })
}

/// The loan on both paths' cars and the differences switching makes.
///
/// # Errors
/// As [`loan`].
pub fn compare(
    keep_price: Money,
    switch_price: Option<Money>,
    terms: &LoanTerms,
) -> Result<LoanComparison, EngineError> {
    let keep = loan(keep_price, terms)?;
    let switch = switch_price.map(|p| loan(p, terms)).transpose()?;
    let diff = |f: fn(&LoanPath) -> Money| switch.map(|s| f(&s).checked_sub(f(&keep)).ok_or_else(overflow)).transpose();
    Ok(LoanComparison {
        terms: *terms,
        keep,
        switch,
        down_payment_difference: diff(|p| p.down_payment)?,
        monthly_difference: diff(|p| p.instalment)?,
        interest_difference: diff(|p| p.interest)?,
    })
}
