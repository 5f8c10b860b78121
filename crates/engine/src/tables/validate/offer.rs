//! The checks of an offer: its window in order, its switch block (trim and option maps against
//! both catalogs, the new car's dates), its guarantee, and its delivery windows and deadlines.

use super::{FileCheck, Parsed};
use crate::date::Moment;
use crate::tables::{Catalog, DeliveryTable, Offer, Switch, TableError, Timeline, TrimReason};

/// The timeline: sourced figures in an order that can happen.
fn check_timeline(fc: &FileCheck<'_>, t: &Timeline) -> Result<(), TableError> {
    for (name, f) in t.figures() {
        fc.figure(&format!("timeline.{name}"), f)?;
    }
    if t.window_closes.value < t.window_opens.value {
        return Err(fc.err("timeline.window_closes.value", "before window_opens; a window closes after it opens"));
    }
    Ok(())
}

/// A trim id `catalog` lacks, and the ids it has.
fn no_trim(id: &str, catalog: &Catalog) -> String {
    let ids: Vec<&str> = catalog.trims.iter().map(|t| t.id.as_str()).collect();
    format!("no trim '{id}' in '{}'; use one of: {}", catalog.id, ids.join(", "))
}

/// An option id `catalog` lacks, and how its options are written.
fn no_option(id: &str, catalog: &Catalog) -> String {
    format!("no option '{id}' in '{}'; write it as group/option, as in its \"option_groups\"", catalog.id)
}

/// The offer's trim map (every old trim exactly once, ids that resolve, `no_successor` when
/// nothing follows) and option map (ids that resolve).
fn check_maps(fc: &FileCheck<'_>, o: &Switch, from: &Catalog, to: &Catalog) -> Result<(), TableError> {
    for t in &from.trims {
        let n = o.trim_map.iter().filter(|m| m.from == t.id).count();
        if n != 1 {
            return Err(fc.err(
                "switch.trim_map",
                format!("trim '{}' of '{}' appears {n} times; map every old trim exactly once", t.id, from.id),
            ));
        }
    }
    for (i, m) in o.trim_map.iter().enumerate() {
        let p = format!("switch.trim_map[{i}]");
        fc.source(&p, &m.source)?;
        if from.trim(&m.from).is_none() {
            return Err(fc.err(format!("{p}.from"), no_trim(&m.from, from)));
        }
        match &m.to {
            Some(t) if to.trim(t).is_none() => {
                return Err(fc.err(format!("{p}.to"), no_trim(t, to)));
            }
            None if m.reason != TrimReason::NoSuccessor => {
                return Err(fc.err(format!("{p}.reason"), "'to' is null, so the reason must be no_successor"));
            }
            _ => {}
        }
    }
    for (i, m) in o.option_map.iter().enumerate() {
        let p = format!("switch.option_map[{i}]");
        fc.source(&p, &m.source)?;
        if from.option(&m.from).is_none() {
            return Err(fc.err(format!("{p}.from"), no_option(&m.from, from)));
        }
        if let Some(t) = &m.to {
            if to.option(t).is_none() {
                return Err(fc.err(format!("{p}.to"), no_option(t, to)));
            }
        }
    }
    Ok(())
}

pub(super) fn check_offer(
    file: &str,
    o: &Offer,
    catalogs: &[(&str, Catalog)],
    tables: &Parsed,
) -> Result<(), TableError> {
    let fc = FileCheck::new(file, &o.sources)?;
    let find = |id: &str, field: &str| {
        catalogs
            .iter()
            .map(|(_, c)| c)
            .find(|c| c.id == id)
            .ok_or_else(|| fc.err(field, format!("no catalog '{id}' is loaded; add its table or fix the id")))
    };
    let from = find(&o.from_catalog, "from_catalog")?;
    let to = match &o.switch {
        Some(w) => Some(find(&w.to_catalog, "switch.to_catalog")?),
        None => None,
    };
    if let Some(g) = &o.guarantee {
        if !tables.guarantees.iter().any(|(_, x)| &x.id == g) {
            return Err(fc.err("guarantee", format!("no guarantee '{g}' is loaded; add its table or fix the id")));
        }
    }
    for (i, t) in o.terms.iter().enumerate() {
        fc.figure(&format!("terms[{i}]"), t)?;
    }
    check_timeline(&fc, &o.timeline)?;
    fc.figure("ui_defaults.keep_invoice", &o.ui_defaults.keep_invoice)?;
    if let Some(f) = &o.finance {
        check_finance(&fc, f)?;
    }
    if let Some(d) = &o.delivery {
        check_delivery(&fc, d, (from, to), o.timeline.window_closes.value)?;
    }
    if let (Some(w), Some(to)) = (&o.switch, to) {
        check_switch(&fc, w, from, to)?;
    }
    Ok(())
}

/// The switch block: its terms sourced, its price list in the new catalog, the new car's dates
/// in order, its maps and gifts.
fn check_switch(fc: &FileCheck<'_>, w: &Switch, from: &Catalog, to: &Catalog) -> Result<(), TableError> {
    fc.figure("switch.default_price_list", &w.default_price_list)?;
    if to.price_list(&w.default_price_list.value).is_none() {
        return Err(fc.err(
            "switch.default_price_list",
            format!(
                "catalog '{}' has no price list '{}'; use one of: {}",
                to.id,
                w.default_price_list.value,
                to.price_lists.iter().map(|l| l.id.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    fc.figure("switch.amount_paid_carries_over", &w.amount_paid_carries_over)?;
    fc.figure("switch.guarantee_retained", &w.guarantee_retained)?;
    fc.figure("switch.guarantee_basis", &w.guarantee_basis)?;
    fc.figure("switch.new_car_launch", &w.new_car_launch)?;
    fc.figure("switch.first_deliveries", &w.first_deliveries)?;
    fc.figure("switch.typical_invoice", &w.typical_invoice)?;
    if w.first_deliveries.value.date < w.new_car_launch.value.date {
        return Err(fc.err("switch.first_deliveries.value", "before new_car_launch; deliveries follow the launch"));
    }
    check_maps(fc, w, from, to)?;
    fc.unique("switch.gifts", w.gifts.iter().map(|g| g.id.as_str()))?;
    for (i, g) in w.gifts.iter().enumerate() {
        fc.source(&format!("switch.gifts[{i}]"), &g.source)?;
    }
    Ok(())
}

/// The seller's finance terms: sourced, each within what a loan can be.
fn check_finance(fc: &FileCheck<'_>, f: &crate::tables::FinanceTerms) -> Result<(), TableError> {
    fc.figure("finance.fee_rate", &f.fee_rate)?;
    fc.figure("finance.min_down_share", &f.min_down_share)?;
    fc.figure("finance.max_months", &f.max_months)?;
    let rate = &f.fee_rate.value;
    if rate.is_sign_negative() || *rate > rust_decimal::Decimal::new(5, 1) {
        return Err(fc.err("finance.fee_rate.value", "a fee rate is 0 to 0.5 (0 % to 50 %)"));
    }
    let share = &f.min_down_share.value;
    if share.is_sign_negative() || *share > rust_decimal::Decimal::ONE {
        return Err(fc.err("finance.min_down_share.value", "a down payment share is 0 to 1"));
    }
    if !crate::loan::MONTHS.contains(&f.max_months.value) {
        return Err(fc.err("finance.max_months.value", "a loan term is 12 to 60 months"));
    }
    Ok(())
}

/// The delivery outlook: sourced, each window a real span holding its invoice date and naming
/// trims of its path's catalog, deadlines in order after the switch window closes (the
/// outlook lists that close first).
fn check_delivery(
    fc: &FileCheck<'_>,
    d: &DeliveryTable,
    (from, to): (&Catalog, Option<&Catalog>),
    window_closes: Moment,
) -> Result<(), TableError> {
    let Some(to) = to.or(d.switch.is_empty().then_some(from)) else {
        return Err(fc.err("delivery.switch", "the offer has no switch block; leave this list empty"));
    };
    for (path, windows, catalog) in [("keep", &d.keep, from), ("switch", &d.switch, to)] {
        fc.unique(&format!("delivery.{path}"), windows.iter().map(|w| w.value.id.as_str()))?;
        for (i, f) in windows.iter().enumerate() {
            let at = format!("delivery.{path}[{i}]");
            fc.figure(&at, f)?;
            let w = &f.value;
            if !(w.from <= w.invoice && w.invoice <= w.to) {
                return Err(fc.err(format!("{at}.value"), "needs from <= invoice <= to"));
            }
            if let Some(t) = w.trims.iter().find(|t| catalog.trim(t).is_none()) {
                return Err(fc.err(format!("{at}.value.trims"), format!("catalog '{}' has no trim '{t}'", catalog.id)));
            }
        }
    }
    for (i, f) in d.deadlines.iter().enumerate() {
        fc.figure(&format!("delivery.deadlines[{i}]"), f)?;
    }
    let at = d.deadlines.iter().map(|f| f.value.at);
    if !std::iter::once(window_closes).chain(at.clone()).zip(at).all(|(a, b)| a <= b) {
        return Err(fc.err("delivery.deadlines", "deadlines go earliest first, after timeline.window_closes"));
    }
    for (i, f) in d.steps.iter().enumerate() {
        fc.figure(&format!("delivery.steps[{i}]"), f)?;
    }
    Ok(())
}
