//! The 2026 trade-in subsidy (以旧换新) as an on-road line: a share of each path's price up to
//! the cap, where the path is invoiced inside the window; asked for by the owner, since only
//! they know whether they have an old car to scrap or sell.

use engine::date::Date;
use engine::error::EngineError;
use engine::money::Money;
use engine::on_road::{on_road, OnRoadRequest, PathCost};
use engine::quote::{quote, QuoteRequest};

use crate::fixtures::{default_request, tables};

fn m(s: &str) -> Money {
    Money::parse(s).unwrap()
}

fn asking(r: &QuoteRequest, trade_in: Option<&str>) -> QuoteRequest {
    let mut r = r.clone();
    r.on_road = Some(OnRoadRequest { trade_in: trade_in.map(str::to_string), ..OnRoadRequest::default() });
    r
}

#[test]
fn on_both_paths_the_cap_binds_so_it_lowers_the_landed_prices_not_the_difference() {
    let mut r = default_request("su7-gen1-to-gen2-2026");
    r.old_order.locked_on = "2025-11-20".parse().unwrap();
    let without = quote(tables(), &asking(&r, None)).unwrap().on_road.unwrap();
    assert!(without.trade_in.is_none());
    for (id, cap) in [("scrap-2026", "20000"), ("replace-2026", "15000")] {
        let with = quote(tables(), &asking(&r, Some(id))).unwrap().on_road.unwrap();
        let t = with.trade_in.as_ref().unwrap();
        let switch = t.switch.unwrap();
        // 12 % of ¥215,900 is ¥25,908 and 8 % is ¥17,272: over each cap, on either car.
        assert_eq!((t.keep.amount, switch.amount), (m(cap), m(cap)), "{id}");
        assert!(t.keep.capped && switch.capped && t.keep.in_window && switch.in_window, "{id}");
        assert_eq!(t.difference, Some(Money::ZERO), "{id}");
        assert_eq!(with.keep.low, without.keep.low.checked_sub(m(cap)).unwrap());
        assert_eq!(with.switch.unwrap().high, without.switch.unwrap().high.checked_sub(m(cap)).unwrap());
        assert_eq!(with.difference, without.difference, "{id}: the decision does not move");
    }
}

#[test]
fn a_path_invoiced_outside_2026_gets_none_and_the_difference_says_so() {
    let mut r = default_request("su7-gen1-to-gen2-2026");
    r.old_order.locked_on = "2025-11-20".parse().unwrap();
    r.keep_invoice_date = "2025-12-20".parse().unwrap();
    let without = quote(tables(), &asking(&r, None)).unwrap().on_road.unwrap();
    let with = quote(tables(), &asking(&r, Some("scrap-2026"))).unwrap().on_road.unwrap();
    let t = with.trade_in.unwrap();
    assert_eq!((t.keep.amount, t.keep.in_window, t.keep.capped), (Money::ZERO, false, false));
    assert_eq!(t.switch.unwrap().amount, m("20000"));
    assert_eq!((t.difference, t.difference_is_estimate), (Some(m("20000")), false));
    assert_eq!(with.difference, without.difference.and_then(|d| d.checked_sub(m("20000"))));
}

#[test]
fn below_the_cap_it_is_the_share_of_the_price_to_the_fen() {
    let table = tables().on_road("CN").unwrap();
    let date: Date = "2026-06-30".parse().unwrap();
    for (price, id, want, capped) in [
        ("100000.00", "scrap-2026", "12000.00", false),
        ("166666.67", "scrap-2026", "20000.00", false),
        ("166666.68", "scrap-2026", "20000.00", false), // 20,000.0016 rounds to the cap
        ("166666.71", "scrap-2026", "20000.00", true),
        ("123456.78", "replace-2026", "9876.54", false),
        ("187500.07", "replace-2026", "15000.00", true),
    ] {
        let keep = PathCost {
            list_total: m(price),
            guarantee: Money::ZERO,
            tax: Money::ZERO,
            invoice_date: date,
            estimate: false,
        };
        let ask = OnRoadRequest { trade_in: Some(id.into()), ..OnRoadRequest::default() };
        let line = on_road(table, &ask, keep, None).unwrap().trade_in.unwrap().keep;
        assert_eq!((line.amount, line.capped), (m(want), capped), "{price} {id}");
    }
}

#[test]
fn an_unknown_subsidy_is_named_with_the_ones_there_are() {
    let r = asking(&default_request("su7-gen1-to-gen2-2026"), Some("cash-for-clunkers"));
    let e = quote(tables(), &r).unwrap_err();
    assert!(matches!(&e, EngineError::InvalidValue { path, .. } if path == "on_road.trade_in"), "{e:?}");
    assert!(e.to_string().contains("scrap-2026, replace-2026"), "{e}");
}

#[test]
fn below_the_cap_an_estimated_price_makes_the_subsidy_an_estimate_at_the_cap_it_does_not() {
    let table = tables().on_road("CN").unwrap();
    let date: Date = "2026-06-30".parse().unwrap();
    let ask = OnRoadRequest { trade_in: Some("scrap-2026".into()), ..OnRoadRequest::default() };
    for (price, estimate) in [("100000.00", true), ("300000.00", false)] {
        let path = PathCost {
            list_total: m(price),
            guarantee: Money::ZERO,
            tax: Money::ZERO,
            invoice_date: date,
            estimate: true,
        };
        let c = on_road(table, &ask, path, Some(PathCost { estimate: false, ..path })).unwrap();
        let t = c.trade_in.unwrap();
        assert_eq!(t.keep.estimate, estimate, "{price}: the share of an estimated price is one");
        assert!(!t.switch.unwrap().estimate, "{price}: a known price, press-sourced share and cap");
    }
}
