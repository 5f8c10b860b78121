//! Quotes: the decision number on worked cases, eligibility notices, errors with paths.

use crate::fixtures::tables;
use engine::configuration::Configuration;
use engine::money::Money;
use engine::quote::{quote, NoticeCode, OldOrder, Quote, QuoteRequest};

const OFFER: &str = "su7-gen1-to-gen2-2026";

fn request(trim: &str, locked: &str, keep_invoice: &str, switch_invoice: &str) -> QuoteRequest {
    QuoteRequest {
        offer: OFFER.into(),
        old_order: OldOrder {
            gifted: vec![],
            trim: trim.into(),
            options: vec![],
            locked_on: locked.parse().unwrap(),
            amount_paid: Money::parse("5000").unwrap(),
        },
        new_configuration: None,
        price_list: None,
        keep_invoice_date: keep_invoice.parse().unwrap(),
        switch_invoice_date: switch_invoice.parse().unwrap(),
        loan: None,
        on_road: None,
    }
}

fn run(r: &QuoteRequest) -> Quote {
    quote(tables(), r).unwrap()
}

fn m(s: &str) -> Money {
    Money::parse(s).unwrap()
}

#[test]
fn it_costs_4000_to_switch_any_trim_at_final_prices_with_rights_kept() {
    // su7-upgrade-data.md §5: with the guarantee covering the 2026 tax on both paths, the
    // extra cash is the list difference, ¥4,000 for every trim.
    for trim in ["standard", "pro", "max"] {
        let q = run(&request(trim, "2025-11-01", "2026-01-15", "2026-04-15"));
        assert_eq!(q.extra_cash_to_switch, Some(m("4000")), "{trim}");
        let s = q.switch.as_ref().unwrap();
        assert_eq!(s.guarantee.amount, s.purchase_tax.payable, "{trim}: the whole 2026 tax is covered");
        assert_eq!(q.retained_benefit, Some(s.purchase_tax.payable));
    }
}

#[test]
fn it_matches_the_reference_totals_when_rights_are_not_kept() {
    // Locked after 2025-11-30: the owner pays the 2026 tax on the new car (§5 "NOT retained"
    // column) — and on the old car too if kept and invoiced in 2026.
    let q = run(&request("standard", "2025-12-05", "2025-12-20", "2026-04-15"));
    let s = q.switch.as_ref().unwrap();
    assert_eq!(s.guarantee.amount, Money::ZERO);
    assert_eq!(s.purchase_tax.payable, m("9730.09"));
    assert_eq!(s.cash_needed.amount, m("224630.09")); // 219900 − 5000 + 9730.09
    assert_eq!(q.keep.cash_needed.amount, m("210900.00")); // invoiced 2025: tax 0
    assert_eq!(q.extra_cash_to_switch, Some(m("13730.09")));
    let b = q.extra_cash_breakdown.unwrap();
    assert_eq!((b.list_price, b.amount_paid, b.guarantee, b.purchase_tax), (m("4000"), m("0"), m("0"), m("9730.09")));
    assert!(q.notices.iter().any(|n| n.code == NoticeCode::LockedAfterCutoff));
}

#[test]
fn it_uses_presale_prices_when_asked() {
    let mut r = request("max", "2025-10-01", "2026-01-15", "2026-01-20");
    r.price_list = Some("presale-2026-01-07".into());
    assert_eq!(run(&r).extra_cash_to_switch, Some(m("10000")));
    r.old_order.trim = "pro".into();
    assert_eq!(run(&r).extra_cash_to_switch, Some(m("14000")));
}

#[test]
fn it_drops_the_guarantee_outside_its_invoice_window() {
    let q = run(&request("pro", "2025-10-01", "2026-02-01", "2027-01-05"));
    let s = q.switch.as_ref().unwrap();
    assert!(!s.guarantee_check.as_ref().unwrap().invoice_in_window);
    assert_eq!(s.guarantee.amount, Money::ZERO);
    assert_eq!(s.purchase_tax.payable, m("11057.52"));
    assert!(q.notices.iter().any(|n| n.code == NoticeCode::SwitchInvoiceOutsideGuarantee));
    // 2028: no relief at all and no guarantee.
    let q = run(&request("pro", "2025-10-01", "2026-02-01", "2028-01-01"));
    assert_eq!(q.switch.unwrap().purchase_tax.payable, m("22115.04"));
}

#[test]
fn it_prices_options_and_marks_estimates() {
    let mut r = request("pro", "2025-10-01", "2026-02-01", "2026-04-01");
    r.old_order.options = vec!["paint/twilight-purple".into()];
    let q = run(&r);
    let keep = &q.keep;
    assert_eq!(keep.list_total.amount, m("252900")); // 245900 + 7000 (press-reported)
    assert!(!keep.list_total.estimate);
    let s = q.switch.as_ref().unwrap();
    assert!(s.configuration.options.contains(&"paint/twilight-purple".to_string()), "carried over");
    assert_eq!(s.list_total.amount, m("256900")); // 249900 + 7000 (estimate)
    assert!(s.list_total.estimate, "new-gen paint price is an estimate");
    assert!(q.extra_cash_is_estimate);
    assert_eq!(q.extra_cash_to_switch, Some(m("4000")));
}

#[test]
fn it_gives_ultra_only_the_keep_path() {
    let q = run(&request("ultra", "2025-10-01", "2026-02-01", "2026-04-01"));
    assert!(q.switch.is_none() && q.extra_cash_to_switch.is_none());
    assert!(q.notices.iter().any(|n| n.code == NoticeCode::NoSuccessor));
    // Ultra kept and invoiced in 2026: 31,893.81 − 16,893.81 = 15,000 extra tax, all paid by the
    // guarantee (both years' reliefs are capped, so the difference equals the cap exactly).
    let check = q.keep.guarantee_check.as_ref().unwrap();
    assert_eq!((check.tax_on_invoice, check.tax_compared), (m("31893.81"), m("16893.81")));
    assert_eq!(q.keep.guarantee.amount, m("15000"));
    assert!(!check.cap_applied);
    assert_eq!(q.keep.tax_due.amount, m("31893.81"));
    assert_eq!(q.keep.cash_needed.amount, m("541793.81")); // 529900 − 5000 − 15000 + 31893.81
}

#[test]
fn it_respects_an_explicit_new_configuration() {
    let mut r = request("standard", "2025-10-01", "2026-02-01", "2026-04-01");
    r.new_configuration = Some(Configuration { trim: "max".into(), options: vec!["interior/nappa".into()] });
    let q = run(&r);
    let s = q.switch.unwrap();
    assert_eq!(s.list_total.amount, m("311900")); // 303900 + 8000
    assert!(s.configuration.options.iter().any(|o| o.starts_with("paint/")), "defaults fill empty groups");
}

#[test]
fn it_reports_bad_requests_with_codes_and_paths() {
    let t = tables();
    type Edit = Box<dyn Fn(&mut QuoteRequest)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (Box::new(|r| r.offer = "nope".into()), "unknown_offer", "offer"),
        (Box::new(|r| r.old_order.trim = "turbo".into()), "unknown_trim", "old_order.trim"),
        (Box::new(|r| r.old_order.options = vec!["paint/gold".into()]), "unknown_option", "old_order.options"),
        (Box::new(|r| r.old_order.amount_paid = m("-1")), "negative_amount", "old_order.amount_paid"),
        (Box::new(|r| r.price_list = Some("2099".into())), "unknown_price_list", "price_list"),
        (
            Box::new(|r| {
                r.new_configuration =
                    Some(Configuration { trim: "pro".into(), options: vec!["paint/lava-orange".into()] })
            }),
            "unknown_option",
            "new_configuration.options",
        ),
        (
            Box::new(|r| {
                r.new_configuration = Some(Configuration {
                    trim: "pro".into(),
                    options: vec!["paint/aqua-blue".into(), "paint/pearl-white".into()],
                })
            }),
            "invalid_configuration",
            "new_configuration.options",
        ),
        (
            Box::new(|r| {
                r.new_configuration = Some(Configuration { trim: "max".into(), options: vec!["wheels/20-inch".into()] })
            }),
            "invalid_configuration",
            "new_configuration.options",
        ),
    ];
    for (edit, code, path) in cases {
        let mut r = request("pro", "2025-10-01", "2026-02-01", "2026-04-01");
        edit(&mut r);
        let e = quote(t, &r).unwrap_err();
        assert_eq!((serde_json::to_value(e.code()).unwrap(), e.path()), (serde_json::json!(code), path), "{e}");
    }
}

#[test]
fn it_round_trips_request_and_quote_json_with_string_amounts() {
    let r = request("pro", "2025-10-01", "2026-02-01", "2026-04-01");
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"amount_paid\":\"5000.00\""), "{json}");
    assert_eq!(serde_json::from_str::<QuoteRequest>(&json).unwrap(), r);
    let q = run(&r);
    let json = serde_json::to_value(&q).unwrap();
    assert_eq!(json["extra_cash_to_switch"], "4000.00");
    assert_eq!(serde_json::from_value::<Quote>(json).unwrap(), q);
}

#[test]
fn it_refuses_json_numbers_for_amounts() {
    let bad = r#"{"offer":"x","old_order":{"trim":"pro","locked_on":"2025-10-01","amount_paid":5000},
                 "keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#;
    let e = serde_json::from_str::<QuoteRequest>(bad).unwrap_err().to_string();
    assert!(e.contains("decimal string"), "{e}");
}

#[test]
fn it_quotes_the_yu7_switch_from_tables_alone() {
    // yu7-switch-data.md §2.4: same-trim switches +37,600 / +34,000 / +30,000 list difference;
    // with the guarantee covering the 2026 tax on both paths, that is the extra cash.
    for (trim, diff) in [("standard", "37600"), ("pro", "34000"), ("max", "30000")] {
        let mut r = request(trim, "2025-06-01", "2025-09-01", "2026-07-01");
        r.offer = "su7-to-yu7-2025".into();
        let q = run(&r);
        let s = q.switch.as_ref().unwrap();
        assert_eq!(s.list_total.amount.checked_sub(q.keep.list_total.amount), Some(m(diff)), "{trim}");
        assert_eq!(s.guarantee.amount, s.purchase_tax.payable, "{trim}: YU7 under ¥339,000, tax fully covered in 2026");
        assert_eq!(q.extra_cash_to_switch, Some(m(diff)), "{trim}");
    }
    // Xiaomi's own example: YU7 Pro with 流金粉 paint, ¥286,900, 2026 tax ¥12,694.69.
    let mut r = request("pro", "2025-06-01", "2025-09-01", "2026-07-01");
    r.offer = "su7-to-yu7-2025".into();
    r.new_configuration = Some(Configuration { trim: "pro".into(), options: vec!["paint/dawn-pink".into()] });
    let s = run(&r).switch.unwrap();
    assert_eq!(
        (s.list_total.amount, s.purchase_tax.payable, s.guarantee.amount),
        (m("286900"), m("12694.69"), m("12694.69"))
    );
}

#[test]
fn it_moves_an_ultra_order_to_the_yu7_max_without_ultra_options() {
    let mut r = request("ultra", "2025-03-01", "2025-12-01", "2026-07-01");
    r.offer = "su7-to-yu7-2025".into();
    r.old_order.options = vec!["packs/carbon-wing".into()];
    r.old_order.amount_paid = m("20000");
    let q = run(&r);
    assert_eq!(q.keep.list_total.amount, m("541900"));
    assert_eq!(q.keep.purchase_tax.payable, m("17955.75"), "invoiced 2025: over the ¥30,000 exemption cap");
    let s = q.switch.as_ref().unwrap();
    assert_eq!(s.configuration.trim, "max");
    assert!(!s.configuration.options.iter().any(|o| o.starts_with("packs/")));
    assert_eq!(s.amount_paid.amount, m("20000"));
    assert!(s.amount_paid.estimate, "deposit carry-over is our reading");
    assert!(q.extra_cash_to_switch.unwrap().is_negative(), "the YU7 Max is far cheaper than the Ultra");
}

#[test]
fn a_tax_line_under_the_inferred_2028_rule_carries_the_estimate_mark() {
    let q = run(&request("pro", "2025-11-20", "2028-02-01", "2026-04-01"));
    assert!(q.keep.tax_due.estimate, "2028: no relief is our reading");
    assert!(q.keep.cash_needed.estimate);
    assert!(!q.keep.list_total.estimate, "the first-gen price is not an estimate");
    let q = run(&request("pro", "2025-11-20", "2027-02-01", "2026-04-01"));
    assert!(!q.keep.tax_due.estimate, "2027: the halving is official");
}

#[test]
fn paying_more_than_the_new_car_costs_names_the_refund_on_that_path() {
    let mut r = request("max", "2025-06-20", "2025-09-15", "2026-07-15");
    r.offer = "su7-to-yu7-2025".into();
    r.old_order.amount_paid = m("299900");
    r.new_configuration = Some(Configuration { trim: "standard".into(), options: vec![] });
    r.price_list = None;
    let q = run(&r);
    let s = q.switch.as_ref().unwrap();
    assert!(s.owed.amount.is_negative(), "{}", s.owed.amount);
    let n = q.notices.iter().find(|n| n.code == NoticeCode::SwitchRefundDue).expect("refund notice");
    assert!(n.message.en.contains(&engine::format::yuan(s.owed.amount.abs())));
    assert!(n.message.zh.contains("应退还"));
    assert!(!q.notices.iter().any(|n| n.code == NoticeCode::KeepRefundDue), "keep: paid equals the price");
    // Paid the deposit only: no refund on either path.
    let q = run(&request("pro", "2025-11-20", "2026-02-01", "2026-04-01"));
    assert!(!q.notices.iter().any(|n| matches!(n.code, NoticeCode::SwitchRefundDue | NoticeCode::KeepRefundDue)));
}

#[test]
fn a_discontinued_paid_option_is_named_as_given_up() {
    let mut r = request("pro", "2025-11-20", "2026-02-01", "2026-04-01");
    r.old_order.options = vec!["paint/lava-orange".into()];
    let q = run(&r);
    assert_eq!(q.options_given_up.len(), 1);
    let g = &q.options_given_up[0];
    assert_eq!((g.id.as_str(), g.price), ("paint/lava-orange", m("7000")));
    // The decision number is 4,000 less 7,000 of paint the owner gives up.
    assert_eq!(q.extra_cash_breakdown.unwrap().list_price, m("-3000"));
    // A paid option that carries over is not given up.
    r.old_order.options = vec!["paint/twilight-purple".into()];
    assert_eq!(run(&r).options_given_up, []);
}

#[test]
fn an_option_received_as_an_order_benefit_costs_nothing_on_the_kept_order_only() {
    let mut r = request("pro", "2025-11-20", "2026-02-01", "2026-04-01");
    r.old_order.options = vec!["interior/nappa".into()];
    let paid = run(&r);
    r.old_order.gifted = vec!["interior/nappa".into()];
    let gifted = run(&r);
    let nappa = |q: &Quote| q.keep.items.iter().find(|l| l.id.as_deref() == Some("interior/nappa")).unwrap().amount;
    assert_eq!(nappa(&paid), m("8000"));
    assert_eq!(nappa(&gifted), Money::ZERO, "free with the order");
    let new_nappa = |q: &Quote| {
        q.switch.as_ref().unwrap().items.iter().find(|l| l.id.as_deref() == Some("interior/nappa")).unwrap().amount
    };
    assert_eq!(new_nappa(&gifted), new_nappa(&paid), "the new car prices its own from its catalog");
    assert!(gifted.notices.iter().any(|n| n.code == NoticeCode::BenefitNotCarried));
    assert!(!paid.notices.iter().any(|n| n.code == NoticeCode::BenefitNotCarried));
    // Only a chosen option that was ever a benefit can be marked as one.
    r.old_order.gifted = vec!["paint/twilight-purple".into()];
    assert_eq!(quote(tables(), &r).unwrap_err().path(), "old_order.gifted");
}

#[test]
fn an_option_list_longer_than_any_order_is_refused_before_it_is_checked() {
    let mut r = request("pro", "2025-11-20", "2026-02-01", "2026-04-01");
    r.old_order.options = (0..50_000).map(|i| format!("paint/x{i}")).collect();
    let e = quote(tables(), &r).unwrap_err();
    assert_eq!(
        (serde_json::to_value(e.code()).unwrap(), e.path()),
        (serde_json::json!("too_large"), "old_order.options")
    );
    let mut r = request("pro", "2025-11-20", "2026-02-01", "2026-04-01");
    r.new_configuration = Some(Configuration { trim: "pro".into(), options: vec!["paint/aqua-blue".into(); 65] });
    assert_eq!(quote(tables(), &r).unwrap_err().path(), "new_configuration.options");
}

#[test]
fn the_options_limit_counts_what_the_owner_gave_and_says_one_thing() {
    let code = |e: &engine::error::EngineError| serde_json::to_value(e.code()).unwrap();
    let with = |options: Vec<String>| {
        let mut r = request("pro", "2025-11-20", "2026-02-01", "2026-04-01");
        r.old_order.options = options;
        quote(tables(), &r).unwrap_err()
    };
    // 62 unknown options: the first unknown one, not "too many" (the defaults the engine adds
    // to complete the car used to push the count over the limit).
    let unknown = with((0..62).map(|i| format!("paint/x{i}")).collect());
    assert_eq!(code(&unknown), serde_json::json!("unknown_option"));
    // 64 of one option: within the limit, so it is the option chosen twice.
    let twice = with(vec!["paint/twilight-purple".into(); 64]);
    assert_eq!(code(&twice), serde_json::json!("invalid_configuration"));
    assert!(twice.to_string().contains("chosen twice"), "{twice}");
    // 65: over it, with the page's own sentence.
    let over = with(vec!["paint/twilight-purple".into(); 65]);
    assert_eq!(code(&over), serde_json::json!("too_large"));
    assert_eq!(over.to_string(), "More than 64 options: not a real order.");
}

#[test]
fn on_road_costs_add_the_same_lines_to_both_paths_and_the_landed_difference_is_the_car_and_tax_difference() {
    use engine::on_road::OnRoadRequest;
    let mut r = request("max", "2025-11-01", "2026-02-15", "2026-04-30");
    assert!(run(&r).on_road.is_none(), "off unless asked for");
    r.on_road = Some(OnRoadRequest::default());
    let q = run(&r);
    let o = q.on_road.as_ref().unwrap();
    let ids: Vec<&str> = o.lines.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["compulsory-insurance", "vehicle-tax", "plates", "plate-service", "commercial-insurance"]);
    // 950 + 0 + 120 + (0–268) + (4,150–7,050)
    assert_eq!((o.lines_total.low.to_string(), o.lines_total.high.to_string()), ("5220.00".into(), "8388.00".into()));
    for (landed, path) in [(o.keep, &q.keep), (o.switch.unwrap(), q.switch.as_ref().unwrap())] {
        let base = path
            .list_total
            .amount
            .checked_sub(path.guarantee.amount)
            .unwrap()
            .checked_add(path.tax_due.amount)
            .unwrap();
        assert_eq!(landed.low, base.checked_add(o.lines_total.low).unwrap());
        assert_eq!(landed.high, base.checked_add(o.lines_total.high).unwrap());
    }
    // The amount paid carries over, so the landed difference is the decision number.
    assert_eq!(o.difference, q.extra_cash_to_switch);
    // Commercial insurance is an estimate, so both landed prices are; the lines cancel out of
    // the difference, which is estimated only where a path's car, guarantee or tax is.
    let switch = q.switch.as_ref().unwrap();
    assert!(!q.keep.list_total.estimate && !q.keep.guarantee.estimate && !q.keep.tax_due.estimate);
    assert!(switch.list_total.estimate, "the new Max's price in this request is an estimate");
    assert_eq!((o.lines_total.estimate, o.keep.estimate, o.switch.unwrap().estimate), (true, true, true));
    assert!(o.difference_is_estimate);
    // With the estimated lines given as known amounts, the kept order's landed price is exact.
    let mut ask = OnRoadRequest::default();
    for id in ["plate-service", "commercial-insurance"] {
        ask.overrides.insert(id.into(), m("300"));
    }
    r.on_road = Some(ask);
    let known = run(&r).on_road.unwrap();
    assert_eq!((known.lines_total.estimate, known.keep.estimate, known.switch.unwrap().estimate), (false, false, true));
    assert!(known.difference_is_estimate);
    assert!(o.lines.iter().filter(|l| l.id == "commercial-insurance").all(|l| l
        .provenance
        .as_ref()
        .unwrap()
        .status
        .is_estimate()));
}

#[test]
fn an_on_road_override_replaces_its_line_and_a_bad_one_is_a_typed_error() {
    use engine::error::EngineError;
    use engine::on_road::OnRoadRequest;
    let mut r = request("pro", "2025-11-01", "2026-02-15", "2026-04-30");
    let mut ask = OnRoadRequest::default();
    ask.overrides.insert("plate-service".into(), Money::parse("500").unwrap());
    r.on_road = Some(ask.clone());
    let o = run(&r).on_road.unwrap();
    let line = o.lines.iter().find(|l| l.id == "plate-service").unwrap();
    assert_eq!(
        (line.low.to_string(), line.high.to_string(), line.provenance.is_none()),
        ("500.00".into(), "500.00".into(), true)
    );
    for (id, amount, path) in
        [("parking", "1", "on_road.overrides.parking"), ("plates", "-1", "on_road.overrides.plates")]
    {
        let mut bad = OnRoadRequest::default();
        bad.overrides.insert(id.into(), Money::parse(amount).unwrap());
        r.on_road = Some(bad);
        match quote(tables(), &r) {
            Err(EngineError::InvalidValue { path: p, .. }) => assert_eq!(p, path),
            other => panic!("{other:?}"),
        }
    }
}
