//! Both paths and the decision under one reading of the offer's terms: the keep and switch
//! paths, the decision number and its parts, notices, impossible dates, delivery, loan, on-road
//! costs, gifts and options given up — everything but the assumptions, which are measured by
//! assembling again under other readings.

use crate::configuration::Configuration;
use crate::delivery::outlook;
use crate::error::EngineError;
use crate::loan::compare;
use crate::money::Money;
use crate::on_road::{on_road, OnRoadComparison, OnRoadRequest};
use crate::proposal::proposed_configuration;
use crate::provenance::cite_parts;
use crate::tables::{Catalog, Offer, Tables};
use crate::timeline::{date_conflicts, DateConflict, OrderDates};
use crate::words;

use super::model::{ExtraCashBreakdown, GiftLine, GivenUpOption, LineKind, Notice, NoticeCode, PathQuote, Quote};
use super::notices::{benefit_notice, no_successor_notice, order_notices, refund_notice, switch_outside_window};
use super::paths::{keep_path, old_configuration, quote_tables, switch_path, QuoteTables, Reading};
use super::pricing::sub;
use super::request::QuoteRequest;
use crate::tables::Switch;

/// The decision number alone, for measuring assumptions: the kept path and the proposal made
/// once, then only the switch path priced for each reading — an assumption never changes the
/// kept order.
pub(super) struct Decider<'a> {
    t: QuoteTables<'a>,
    keep: PathQuote,
    proposed: Option<Configuration>,
}

impl<'a> Decider<'a> {
    /// Prices the kept path of `request`.
    pub(super) fn new(tables: &'a Tables, request: &QuoteRequest) -> Result<Decider<'a>, EngineError> {
        let t = quote_tables(tables, &request.offer)?;
        let (keep, proposed) = kept_and_proposed(&t, request)?;
        Ok(Decider { t, keep, proposed })
    }

    /// The decision number for `request` (the same old order) read as `reading`.
    pub(super) fn extra_cash(&self, request: &QuoteRequest, reading: &Reading) -> Result<Option<Money>, EngineError> {
        let (Some(proposed), Some(w)) = (self.proposed.clone(), &self.t.switch) else { return Ok(None) };
        let switch = switch_path(&self.t, w, request, proposed, self.keep.list_total.amount, reading)?;
        decision(&self.keep, &switch).map(|(extra, _)| Some(extra))
    }
}

/// The kept path priced, and the new car the offer proposes for the order (`None`: no successor).
fn kept_and_proposed(
    t: &QuoteTables<'_>,
    request: &QuoteRequest,
) -> Result<(PathQuote, Option<Configuration>), EngineError> {
    let old = &request.old_order;
    let old_config = old_configuration(t.from, old)?;
    let proposed = proposed_configuration(t.offer, t.from, t.switch.as_ref().map(|w| w.to), &old_config)?;
    Ok((keep_path(t, old, old_config, request.keep_invoice_date)?, proposed))
}

/// Both paths and the decision under one reading of the offer's terms, without the
/// assumptions list (which is made of such quotes).
pub(super) fn quote_with(tables: &Tables, request: &QuoteRequest, reading: &Reading) -> Result<Quote, EngineError> {
    let t = quote_tables(tables, &request.offer)?;
    let old = &request.old_order;
    let (keep, switch, notices) = both_paths(&t, request, reading)?;
    let decided = switch.as_ref().map(|s| decision(&keep, s)).transpose()?;
    let date_conflicts = impossible_dates(&t, request, switch.is_some())?;
    let options_given_up = switch.as_ref().map(|s| given_up(t.offer, &keep, s)).unwrap_or_default();
    let terms = t.switch.as_ref().map(|w| w.terms);
    let overflow = || EngineError::Overflow { path: "new_configuration".into() };
    let tax_change_net =
        decided.map(|(_, b)| b.purchase_tax.checked_add(b.guarantee).ok_or_else(overflow)).transpose()?;
    let guarantee_change =
        switch.as_ref().map(|s| sub(s.guarantee.amount, keep.guarantee.amount, "new_configuration")).transpose()?;
    let delivery = outlook(
        t.offer,
        (
            (&old.trim, request.keep_invoice_date),
            switch.as_ref().map(|s| (s.configuration.trim.as_str(), request.switch_invoice_date)),
        ),
    );
    let on_road =
        request.on_road.as_ref().map(|r| on_road_costs(tables, t.from, r, &keep, switch.as_ref())).transpose()?;
    Ok(Quote {
        offer: t.offer.id.clone(),
        delivery,
        on_road,
        gifts: terms.filter(|_| switch.is_some()).map(|w| gifts(t.offer, w)).unwrap_or_default(),
        extra_cash_is_estimate: switch.as_ref().is_some_and(|s| s.cash_needed.estimate || keep.cash_needed.estimate),
        retained_benefit: switch.as_ref().map(|s| s.guarantee.amount),
        guarantee_change,
        tax_change_net,
        loan: request
            .loan
            .map(|t| compare(keep.list_total.amount, switch.as_ref().map(|s| s.list_total.amount), &t))
            .transpose()?,
        extra_cash_to_switch: decided.map(|(extra, _)| extra),
        extra_cash_breakdown: decided.map(|(_, b)| b),
        keep,
        switch,
        notices,
        date_conflicts,
        options_given_up,
        assumptions: Vec::new(),
        decision_range: None,
    })
}

/// The keep path, the switch path where the offer has a new car for the trim, and the notices
/// both raise.
fn both_paths(
    t: &QuoteTables<'_>,
    request: &QuoteRequest,
    reading: &Reading,
) -> Result<(PathQuote, Option<PathQuote>, Vec<Notice>), EngineError> {
    let old = &request.old_order;
    let (keep, proposed) = kept_and_proposed(t, request)?;
    let mut notices = order_notices(t, old, &keep);
    notices.extend(refund_notice(NoticeCode::KeepRefundDue, words::KEEP_PATH, &keep));
    let (Some(proposed), Some(w)) = (proposed, &t.switch) else {
        // A guarantee-only offer has no new car for any trim: nothing to say it lacks.
        notices.extend(t.switch.as_ref().map(|_| no_successor_notice(t.offer, &old.trim)));
        return Ok((keep, None, notices));
    };
    let switch = switch_path(t, w, request, proposed, keep.list_total.amount, reading)?;
    notices.extend(switch_outside_window(t, &switch));
    notices.extend(refund_notice(NoticeCode::SwitchRefundDue, words::SWITCH_PATH, &switch));
    notices.extend(benefit_notice(old, &keep));
    Ok((keep, Some(switch), notices))
}

/// The request's dates the offer makes impossible; the switch's invoice date only where there
/// is a new car.
fn impossible_dates(
    t: &QuoteTables<'_>,
    request: &QuoteRequest,
    has_switch: bool,
) -> Result<Vec<DateConflict>, EngineError> {
    let old = &request.old_order;
    let old_trim = t
        .from
        .trim(&old.trim)
        .ok_or_else(|| EngineError::UnknownTrim { path: "old_order.trim".into(), id: old.trim.clone() })?;
    let dates = OrderDates {
        locked: old.locked_on,
        keep_invoice: request.keep_invoice_date,
        switch_invoice: has_switch.then_some(request.switch_invoice_date),
    };
    Ok(date_conflicts(t.offer, (t.from, old_trim), dates))
}

/// The on-road costs of the old catalog's market.
fn on_road_costs(
    tables: &Tables,
    from: &Catalog,
    request: &OnRoadRequest,
    keep: &PathQuote,
    switch: Option<&PathQuote>,
) -> Result<OnRoadComparison, EngineError> {
    let table = tables.on_road(&from.market).ok_or_else(|| EngineError::TablesIncomplete {
        path: "on_road".into(),
        missing: format!("on-road table for market '{}'", from.market),
    })?;
    on_road(table, request, keep.cost(), switch.map(PathQuote::cost))
}

/// The keep path's paid options that neither carry over nor map to an option of the new car.
fn given_up(offer: &Offer, keep: &PathQuote, switch: &PathQuote) -> Vec<GivenUpOption> {
    let on_new_car = |id: &str| switch.configuration.options.iter().any(|o| o == id);
    keep.items
        .iter()
        .filter(|l| l.kind == LineKind::Option && !l.amount.is_zero())
        .filter_map(|l| {
            let id = l.id.as_deref()?;
            let mapped = offer.option_mapping(id).and_then(|m| m.to.as_deref());
            let kept = on_new_car(id) || mapped.is_some_and(on_new_car);
            (!kept).then(|| GivenUpOption {
                id: id.to_string(),
                name: l.label.clone().unwrap_or_default(),
                price: l.amount,
                estimate: l.estimate,
            })
        })
        .collect()
}

fn gifts(offer: &Offer, terms: &Switch) -> Vec<GiftLine> {
    terms
        .gifts
        .iter()
        .map(|g| GiftLine {
            id: g.id.clone(),
            name: g.name.clone(),
            value: g.value,
            estimate_low: g.estimate_low,
            estimate_high: g.estimate_high,
            provenance: cite_parts(&offer.sources, &g.source, g.date, g.status, g.note.as_ref()),
        })
        .collect()
}

/// The decision number (switch cash − keep cash) and its four parts; the paid and guarantee
/// parts are keep − switch, so that each part is what it adds to the number.
fn decision(keep: &PathQuote, switch: &PathQuote) -> Result<(Money, ExtraCashBreakdown), EngineError> {
    let at = "new_configuration";
    let extra = sub(switch.cash_needed.amount, keep.cash_needed.amount, at)?;
    let breakdown = ExtraCashBreakdown {
        list_price: sub(switch.list_total.amount, keep.list_total.amount, at)?,
        amount_paid: sub(keep.amount_paid.amount, switch.amount_paid.amount, at)?,
        guarantee: sub(keep.guarantee.amount, switch.guarantee.amount, at)?,
        purchase_tax: sub(switch.tax_due.amount, keep.tax_due.amount, at)?,
    };
    Ok((extra, breakdown))
}
