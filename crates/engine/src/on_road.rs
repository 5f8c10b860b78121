//! On-road costs (落地费用) on both paths: the market's lines (compulsory insurance, vehicle
//! tax, registration, commercial insurance), each sourced, apart from the seller's figures, and
//! the landed price of each path. The lines are the same car class on both paths, so the
//! difference between the landed prices is the car and tax difference; the owner is told that
//! the insurance is taken as the same on both. A trade-in subsidy the owner says they qualify
//! for comes off each path's landed price: a share of that path's price up to the cap, where
//! its invoice date is inside the subsidy's window.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::error::EngineError;
use super::figure::Provenance;
use super::money::Money;
use super::provenance::cite;
use super::tables::{OnRoadItem, OnRoadTable, TradeInSubsidy};
use super::text::Text;

/// The on-road costs asked for in a request.
///
/// ```
/// let r: engine::on_road::OnRoadRequest =
///     serde_json::from_str(r#"{ "overrides": { "plate-service": "500.00" } }"#).unwrap();
/// assert_eq!(r.overrides["plate-service"].to_string(), "500.00");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnRoadRequest {
    /// Amounts that replace a line's, by line id: a dealer's own plate service fee.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, Money>,
    /// The trade-in subsidy the owner qualifies for (its id in the market's table), if any:
    /// only the owner knows whether they have an old car to scrap or sell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_in: Option<String>,
}

/// The trade-in subsidy on both paths.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TradeInQuote {
    /// The subsidy's id in the market's table.
    pub id: String,
    /// What it is.
    pub label: Text,
    /// What the old car must be.
    pub old_car: Text,
    /// Where the old car's rules come from.
    pub old_car_provenance: Provenance,
    /// The most it pays.
    pub cap: Money,
    /// True when the table estimates the cap.
    pub cap_estimate: bool,
    /// First and last invoice date it covers.
    pub window: (Date, Date),
    /// Where its share comes from.
    pub provenance: Provenance,
    /// On the kept order.
    pub keep: TradeInLine,
    /// On the new car, where there is one.
    pub switch: Option<TradeInLine>,
    /// Switch − keep subsidy, where there is a new car: zero where both reach the cap, so the
    /// landed difference is the car and tax difference still.
    pub difference: Option<Money>,
    /// True when an estimate went into a subsidy that differs between the paths.
    pub difference_is_estimate: bool,
}

/// The subsidy on one path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeInLine {
    /// What comes off the landed price (0 outside the window).
    pub amount: Money,
    /// The path's invoice date is inside the window.
    pub in_window: bool,
    /// The cap, not the share, decided the amount.
    pub capped: bool,
    /// True when an estimate went into the amount: the table's share, cap or window, or (below
    /// the cap) the path's price.
    pub estimate: bool,
}

/// One on-road line as quoted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnRoadLine {
    /// The line's id in the market's table.
    pub id: String,
    /// What it is.
    pub label: Text,
    /// Lowest amount.
    pub low: Money,
    /// Highest amount (equal to `low` where the amount is known).
    pub high: Money,
    /// Where the table's amount comes from; `None` where the request overrode it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// One path's landed price: the car after the guarantee, its purchase tax and the lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LandedPrice {
    /// With every line at its lowest.
    pub low: Money,
    /// With every line at its highest.
    pub high: Money,
    /// True when an estimate went into it: the path's car, guarantee or tax, or a line.
    pub estimate: bool,
}

/// On-road costs on both paths.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnRoadComparison {
    /// The lines, the same on both paths.
    pub lines: Vec<OnRoadLine>,
    /// Σ lines, lowest and highest.
    pub lines_total: LandedPrice,
    /// Keeping the order: list total − guarantee + purchase tax + lines.
    pub keep: LandedPrice,
    /// Switching, where there is a new car.
    pub switch: Option<LandedPrice>,
    /// Switch − keep landed price: exact, since the lines are taken as the same on both paths.
    pub difference: Option<Money>,
    /// The trade-in subsidy asked for, on both paths (already off the landed prices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_in: Option<TradeInQuote>,
    /// True when an estimate went into the difference: either path's car, guarantee or tax (the
    /// lines cancel out).
    pub difference_is_estimate: bool,
}

fn overflow() -> EngineError {
    EngineError::Overflow { path: "on_road".into() }
}

fn line(item: &OnRoadItem, table: &OnRoadTable, request: &OnRoadRequest) -> Result<OnRoadLine, EngineError> {
    let (low, high, provenance) = match request.overrides.get(&item.id) {
        Some(m) if m.is_negative() => {
            return Err(EngineError::InvalidValue {
                path: format!("on_road.overrides.{}", item.id),
                problem: "an amount is zero or more".into(),
            })
        }
        Some(m) => (*m, *m, None),
        None => (item.amount.value.low, item.amount.value.high, Some(cite(&table.sources, &item.amount))),
    };
    Ok(OnRoadLine { id: item.id.clone(), label: item.label.clone(), low, high, provenance })
}

/// What one path's landed price starts from (a quote's path gives it: `PathQuote::cost`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathCost {
    /// The car's list total.
    pub list_total: Money,
    /// The seller's guarantee, taken off the final payment.
    pub guarantee: Money,
    /// The purchase tax payable.
    pub tax: Money,
    /// The invoice date: whether a trade-in subsidy's window covers the path.
    pub invoice_date: Date,
    /// True when an estimate went into any of the three.
    pub estimate: bool,
}

impl PathCost {
    /// The car and tax after the guarantee: what the landed price adds the lines to.
    fn car_and_tax(&self) -> Result<Money, EngineError> {
        self.list_total.checked_sub(self.guarantee).and_then(|m| m.checked_add(self.tax)).ok_or_else(overflow)
    }
}

/// The subsidy on one path: the share of its price, capped, where its invoice is in the window.
fn trade_in_line(s: &TradeInSubsidy, p: PathCost) -> Result<TradeInLine, EngineError> {
    let in_window = (s.invoiced_from.value..=s.invoiced_to.value).contains(&p.invoice_date);
    let share = p.list_total.scaled(s.share.value, rust_decimal::Decimal::ONE).ok_or_else(overflow)?;
    let capped = in_window && share > s.cap.value;
    let amount = if in_window { share.min(s.cap.value) } else { Money::ZERO };
    let window_estimate = s.invoiced_from.status.is_estimate() || s.invoiced_to.status.is_estimate();
    let estimate = window_estimate
        || (in_window && if capped { s.cap.status.is_estimate() } else { s.share.status.is_estimate() || p.estimate });
    Ok(TradeInLine { amount, in_window, capped, estimate })
}

/// One path's landed price, less the subsidy.
fn landed(p: PathCost, lines: LandedPrice, subsidy: Option<TradeInLine>) -> Result<LandedPrice, EngineError> {
    let base = p.car_and_tax()?;
    let base = base.checked_sub(subsidy.map_or(Money::ZERO, |s| s.amount)).ok_or_else(overflow)?;
    Ok(LandedPrice {
        low: base.checked_add(lines.low).ok_or_else(overflow)?,
        high: base.checked_add(lines.high).ok_or_else(overflow)?,
        estimate: lines.estimate || p.estimate || subsidy.is_some_and(|s| s.estimate),
    })
}

/// The on-road costs of both paths from the market's `table`.
///
/// # Errors
/// [`EngineError::InvalidValue`] for an override of a line the table does not have or a
/// negative one; [`EngineError::Overflow`] if a sum does not fit.
pub fn on_road(
    table: &OnRoadTable,
    request: &OnRoadRequest,
    keep: PathCost,
    switch: Option<PathCost>,
) -> Result<OnRoadComparison, EngineError> {
    if let Some(id) = request.overrides.keys().find(|id| !table.lines.iter().any(|l| &l.id == *id)) {
        return Err(EngineError::InvalidValue {
            path: format!("on_road.overrides.{id}"),
            problem: format!("no on-road line '{id}' in the {} table", table.market),
        });
    }
    let lines = table.lines.iter().map(|l| line(l, table, request)).collect::<Result<Vec<_>, _>>()?;
    let sum = |f: fn(&OnRoadLine) -> Money| {
        lines.iter().try_fold(Money::ZERO, |a, l| a.checked_add(f(l))).ok_or_else(overflow)
    };
    let estimate = lines.iter().any(|l| l.provenance.as_ref().is_some_and(|p| p.status.is_estimate()));
    let lines_total = LandedPrice { low: sum(|l| l.low)?, high: sum(|l| l.high)?, estimate };
    let trade_in = request.trade_in.as_deref().map(|id| trade_in(table, id, keep, switch)).transpose()?;
    let keep_landed = landed(keep, lines_total, trade_in.as_ref().map(|t| t.keep))?;
    let switch_landed = switch.map(|s| landed(s, lines_total, trade_in.as_ref().and_then(|t| t.switch))).transpose()?;
    let difference = switch_landed.map(|s| s.low.checked_sub(keep_landed.low).ok_or_else(overflow)).transpose()?;
    let subsidy_estimate = trade_in.as_ref().is_some_and(|t| t.difference_is_estimate);
    let difference_is_estimate = switch.is_some_and(|s| keep.estimate || s.estimate) || subsidy_estimate;
    Ok(OnRoadComparison {
        lines,
        lines_total,
        keep: keep_landed,
        switch: switch_landed,
        difference,
        difference_is_estimate,
        trade_in,
    })
}

/// The subsidy `id` of `table` on both paths.
fn trade_in(
    table: &OnRoadTable,
    id: &str,
    keep: PathCost,
    switch: Option<PathCost>,
) -> Result<TradeInQuote, EngineError> {
    let s = table.trade_in.iter().find(|s| s.id == id).ok_or_else(|| EngineError::InvalidValue {
        path: "on_road.trade_in".into(),
        problem: format!(
            "no trade-in subsidy '{id}' in the {} table; use one of: {}",
            table.market,
            table.trade_in.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
        ),
    })?;
    let (on_keep, on_switch) = (trade_in_line(s, keep)?, switch.map(|p| trade_in_line(s, p)).transpose()?);
    let difference = on_switch.map(|w| w.amount.checked_sub(on_keep.amount).ok_or_else(overflow)).transpose()?;
    // An estimated subsidy moves the difference only where the paths' subsidies differ.
    let differs = difference.is_some_and(|d| !d.is_zero());
    Ok(TradeInQuote {
        id: s.id.clone(),
        label: s.label.clone(),
        old_car: s.old_car.value.clone(),
        old_car_provenance: cite(&table.sources, &s.old_car),
        cap: s.cap.value,
        cap_estimate: s.cap.status.is_estimate(),
        window: (s.invoiced_from.value, s.invoiced_to.value),
        provenance: cite(&table.sources, &s.share),
        keep: on_keep,
        switch: on_switch,
        difference,
        difference_is_estimate: differs && (on_keep.estimate || on_switch.is_some_and(|w| w.estimate)),
    })
}
