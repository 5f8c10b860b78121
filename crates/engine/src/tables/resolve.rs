//! Resolves every figure's source once, after the cross-checks, so that quoting copies a
//! shared `Arc<Source>` instead of searching the file's sources for each line.

use super::{Catalog, Guarantee, Offer, OnRoadTable, Tables, TaxPolicy};

fn catalog(c: &mut Catalog) {
    let s = &c.sources;
    c.deposit.resolve(s);
    for t in &mut c.trims {
        t.prices.values_mut().for_each(|f| f.resolve(s));
        t.specs.values_mut().for_each(|f| f.resolve(s));
        if let Some(d) = &mut t.deposit {
            d.resolve(s);
        }
        if let Some(f) = &mut t.orders_from {
            f.resolve(s);
        }
    }
    for o in c.option_groups.iter_mut().flat_map(|g| g.options.iter_mut()) {
        o.price.resolve(s);
        if let Some(b) = &mut o.order_benefit {
            b.resolve(s);
        }
    }
}

fn offer(o: &mut Offer) {
    let s = &o.sources;
    o.terms.iter_mut().for_each(|f| f.resolve(s));
    if let Some(w) = &mut o.switch {
        w.amount_paid_carries_over.resolve(s);
        w.guarantee_retained.resolve(s);
        w.guarantee_basis.resolve(s);
        w.default_price_list.resolve(s);
        w.new_car_launch.resolve(s);
        w.first_deliveries.resolve(s);
        w.typical_invoice.resolve(s);
    }
    o.ui_defaults.keep_invoice.resolve(s);
    o.timeline.figures_mut().for_each(|f| f.resolve(s));
    if let Some(f) = &mut o.finance {
        f.fee_rate.resolve(s);
        f.min_down_share.resolve(s);
        f.max_months.resolve(s);
    }
    if let Some(d) = &mut o.delivery {
        d.keep.iter_mut().chain(&mut d.switch).for_each(|f| f.resolve(s));
        d.deadlines.iter_mut().for_each(|f| f.resolve(s));
        d.steps.iter_mut().for_each(|f| f.resolve(s));
    }
}

fn on_road(t: &mut OnRoadTable) {
    let s = &t.sources;
    t.lines.iter_mut().for_each(|l| l.amount.resolve(s));
    for x in &mut t.trade_in {
        x.share.resolve(s);
        x.cap.resolve(s);
        x.invoiced_from.resolve(s);
        x.invoiced_to.resolve(s);
        x.old_car.resolve(s);
    }
}

fn tax_policy(t: &mut TaxPolicy) {
    let s = &t.sources;
    t.rate.resolve(s);
    t.vat_divisor.resolve(s);
    t.purchase_date_rule.resolve(s);
    t.rounding.resolve(s);
    t.no_relief_rule.resolve(s);
}

fn guarantee(g: &mut Guarantee) {
    let s = &g.sources;
    g.locked_by.resolve(s);
    g.invoiced_from.resolve(s);
    g.invoiced_to.resolve(s);
    g.compared_with_invoice_on.resolve(s);
    g.cap.resolve(s);
    g.terms.resolve(s);
}

pub(super) fn resolve_sources(t: &mut Tables) {
    t.catalogs.iter_mut().for_each(catalog);
    t.offers.iter_mut().for_each(offer);
    t.tax_policies.iter_mut().for_each(tax_policy);
    t.guarantees.iter_mut().for_each(guarantee);
    t.on_road.iter_mut().for_each(on_road);
}
