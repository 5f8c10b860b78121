//! Prints the engine's figures for the end-to-end scenarios, as JSON keyed by scenario name.
//! `./x test` writes this to e2e/artifacts/expected.json before the e2e suite, so the browser
//! is checked against the native engine rather than against numbers typed into the tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::collections::BTreeMap;

use engine::configuration::Configuration;
use engine::format::{yuan, yuan_in, yuan_signed_in, Precision::Yuan};
use engine::loan::{DownPayment, LoanTerms, RateKind};
use engine::quote::{quote, QuoteRequest};
use engine::tax::what_if_invoice_dates;
use session::Draft;

fn main() {
    let tables = bundled::tables().expect("bundled tables load");
    let mut out: BTreeMap<String, BTreeMap<&str, String>> = BTreeMap::new();
    let mut add = |name: String, r: &QuoteRequest| {
        let q = quote(&tables, r).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut m = BTreeMap::new();
        // Overview figures read in whole yuan; the itemised table (cash needed) in fen.
        let whole = |m| yuan_in(m, Yuan);
        let signed = |m| yuan_signed_in(m, Yuan);
        // Where no label says which way it goes (the two sides of a lock date, the sticky bar).
        m.insert("extra_cash", q.extra_cash_to_switch.map(signed).unwrap_or_default());
        // The headline's label says "costs" or "saves": its amount without a sign.
        m.insert("headline", q.extra_cash_to_switch.map(|e| whole(e.abs())).unwrap_or_default());
        m.insert("keep_cash", yuan(q.keep.cash_needed.amount));
        m.insert("switch_cash", q.switch.as_ref().map(|s| yuan(s.cash_needed.amount)).unwrap_or_default());
        m.insert("retained", q.retained_benefit.map(whole).unwrap_or_default());
        m.insert("keep_guarantee", whole(q.keep.guarantee.amount));
        m.insert("range_low", q.decision_range.map(|r| signed(r.low)).unwrap_or_default());
        m.insert("range_high", q.decision_range.map(|r| signed(r.high)).unwrap_or_default());
        m.insert("switch_slip", yuan_signed_effect(&q, "switch_invoice_year"));
        m.insert("guarantee_change", q.guarantee_change.map(|c| whole(c.abs())).unwrap_or_default());
        out.insert(name, m);
    };
    for offer in &tables.offers {
        let base = Draft::default_request(&tables, &offer.id).expect("offer has defaults");
        let (_, from, to) = tables.offer_catalogs(&offer.id).expect("catalogs");
        for trim in &from.trims {
            let mut r = base.clone();
            r.old_order.trim = trim.id.clone();
            r.old_order.amount_paid = from.deposit_for(trim).value;
            // A guarantee-only offer: the kept order alone.
            let (Some(to), Some(w)) = (to, &offer.switch) else {
                add(format!("{}/{}", offer.id, trim.id), &r);
                continue;
            };
            for list in &to.price_lists {
                r.price_list = Some(list.id.clone());
                add(format!("{}/{}/{}", offer.id, trim.id, list.id), &r);
            }
            let policy = tables.tax_policy(&to.market).expect("tax policy");
            for date in what_if_invoice_dates(policy) {
                let mut r = r.clone();
                r.price_list = Some(w.default_price_list.value.clone());
                r.switch_invoice_date = date;
                add(format!("{}/{}/switch-invoice-{}", offer.id, trim.id, date.year()), &r);
            }
        }
    }
    // Each trim locked the day after the guarantee's cut-off (the second side shown while the
    // lock date is empty; e2e/tests/honest.spec.js).
    for trim in ["standard", "pro", "max"] {
        let mut r = Draft::default_request(&tables, "su7-gen1-to-gen2-2026").expect("offer");
        r.old_order.trim = trim.into();
        r.old_order.locked_on = "2025-12-01".parse().expect("date");
        add(format!("su7-gen1-to-gen2-2026/{trim}/locked-2025-12-01"), &r);
    }
    // The share-link scenario of e2e/tests/flow.spec.js.
    let mut r = Draft::default_request(&tables, "su7-gen1-to-gen2-2026").expect("offer");
    r.old_order.trim = "pro".into();
    r.old_order.options = vec!["paint/twilight-purple".into()];
    r.new_configuration = Some(Configuration {
        trim: "max".into(),
        options: vec!["paint/twilight-purple".into(), "interior/nappa".into()],
    });
    add("share-scenario".into(), &r);
    // The loan scenarios of e2e/tests/loan.spec.js: the offer's reported finance terms, then
    // the same loan at a 4.73 % interest rate.
    let offer = tables.offer("su7-gen1-to-gen2-2026").expect("offer");
    let start = session::LoanDraft::starting(offer);
    for (name, kind, rate) in
        [("loan-seller-terms", start.rate_kind, "2.5"), ("loan-interest-4.73", RateKind::Interest, "4.73")]
    {
        let mut r = Draft::default_request(&tables, "su7-gen1-to-gen2-2026").expect("offer");
        r.loan = Some(LoanTerms {
            down_payment: DownPayment::Share(start.down_share),
            months: start.months,
            rate: rate.parse::<rust_decimal::Decimal>().expect("rate") / rust_decimal::Decimal::ONE_HUNDRED,
            rate_kind: kind,
        });
        let l = quote(&tables, &r).expect("quote").loan.expect("loan");
        let mut m = BTreeMap::new();
        m.insert("monthly_difference", l.monthly_difference.map(yuan).unwrap_or_default());
        m.insert("keep_instalment", yuan(l.keep.instalment));
        // As the hero says them: signed, whole yuan.
        m.insert("down_signed", l.down_payment_difference.map(|d| yuan_signed_in(d, Yuan)).unwrap_or_default());
        m.insert("monthly_signed", l.monthly_difference.map(|d| yuan_signed_in(d, Yuan)).unwrap_or_default());
        m.insert("switch_instalment", l.switch.map(|s| yuan(s.instalment)).unwrap_or_default());
        out.insert(name.into(), m);
    }
    // The on-road scenarios of e2e/tests/delivery.spec.js: the default draft with on-road costs,
    // without a trade-in subsidy and with each.
    for (name, trade_in) in [("on-road-default", None), ("on-road-scrap", Some("scrap-2026"))] {
        let mut r = Draft::default_request(&tables, "su7-gen1-to-gen2-2026").expect("offer");
        r.on_road = Some(engine::on_road::OnRoadRequest {
            trade_in: trade_in.map(str::to_string),
            ..engine::on_road::OnRoadRequest::default()
        });
        let o = quote(&tables, &r).expect("quote").on_road.expect("on-road");
        let mut m = BTreeMap::new();
        m.insert("keep_low", yuan_in(o.keep.low, Yuan));
        m.insert("keep_high", yuan_in(o.keep.high, Yuan));
        m.insert("switch_low", o.switch.map(|s| yuan_in(s.low, Yuan)).unwrap_or_default());
        m.insert("difference", o.difference.map(yuan).unwrap_or_default());
        m.insert("trade_in_keep", o.trade_in.map(|t| yuan(t.keep.amount)).unwrap_or_default());
        out.insert(name.into(), m);
    }
    println!("{}", serde_json::to_string_pretty(&out).expect("serialises"));
}

/// The signed effect of one assumption, by its code, as the screen shows it.
fn yuan_signed_effect(q: &engine::quote::Quote, code: &str) -> String {
    q.assumptions
        .iter()
        .find(|a| {
            serde_json::to_value(a.code).ok().and_then(|v| v.as_str().map(str::to_string)).as_deref() == Some(code)
        })
        .map(|a| yuan_signed_in(a.effect, Yuan))
        .unwrap_or_default()
}
