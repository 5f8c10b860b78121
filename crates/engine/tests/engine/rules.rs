//! Catalog rules the bundled data does not exercise yet, on a small synthetic table set:
//! `excludes`, `standard_on` (priced at ¥0 and proposed as "now standard"), `any` groups.

use bundled::FILES;
use engine::configuration::{validate, Configuration, ViolationCode};
use engine::money::Money;
use engine::proposal::{propose, ItemReason};
use engine::quote::{quote, OldOrder, QuoteRequest};
use engine::tables::Tables;

fn src() -> serde_json::Value {
    serde_json::json!({ "s": { "label": { "zh": "测试数据", "en": "test data" }, "title": "synthetic test table", "url": "", "date": "2026-01-01" } })
}

fn fig(v: &str) -> serde_json::Value {
    serde_json::json!({ "value": v, "source": "s", "date": "2026-01-01", "status": "official" })
}

fn name(n: &str) -> serde_json::Value {
    serde_json::json!({ "zh": n, "en": n })
}

fn catalog(id: &str, hud_standard_on: &[&str]) -> String {
    serde_json::json!({
        "schema": 2, "kind": "catalog", "market": "CN", "id": id, "name": name(id), "sources": src(),
        "price_lists": [{ "id": "list", "date": "2026-01-01", "name": name("list") }],
        "deposit": fig("5000.00"), "spec_rows": [],
        "trims": [
            { "id": "base", "name": name("Base"), "prices": { "list": fig("200000.00") } },
            { "id": "top", "name": name("Top"), "prices": { "list": fig("250000.00") } }
        ],
        "option_groups": [
            { "id": "paint", "name": name("Paint"), "choice": "one", "options": [
                { "id": "white", "name": name("White"), "price": fig("0.00") },
                { "id": "matte", "name": name("Matte"), "price": fig("9000.00"), "excludes": ["packs/tow"] }
            ]},
            { "id": "packs", "name": name("Packs"), "choice": "any", "options": [
                { "id": "tow", "name": name("Tow bar"), "price": fig("3000.00") },
                { "id": "hud", "name": name("Head-up display"), "price": fig("4000.00"), "standard_on": hud_standard_on }
            ]}
        ]
    })
    .to_string()
}

fn tables() -> Tables {
    let old = catalog("old", &[]);
    let new = catalog("new", &["top"]);
    let offer = serde_json::json!({
        "schema": 2, "kind": "offer", "id": "o", "name": name("o"), "from_catalog": "old",
        "sources": src(), "terms": [],
        "requires_locked": true, "requires_undelivered": true,
        "timeline": {
            "window_opens": { "value": "2026-01-01", "source": "s", "date": "2026-01-01", "status": "official" },
            "window_closes": { "value": "2026-01-31 24:00", "source": "s", "date": "2026-01-01", "status": "official" }
        },
        "ui_defaults": {
            "keep_invoice": { "value": "2026-02-01", "source": "s", "date": "2026-01-01", "status": "estimate" }
        },
        "switch": {
            "to_catalog": "new",
            "default_price_list": { "value": "list", "source": "s", "date": "2026-01-01", "status": "official" },
            "amount_paid_carries_over": { "value": true, "source": "s", "date": "2026-01-01", "status": "official" },
            "guarantee_retained": { "value": false, "source": "s", "date": "2026-01-01", "status": "official" },
            "guarantee_basis": { "value": "invoiced_car", "source": "s", "date": "2026-01-01", "status": "official" },
            "trim_map": [
                { "from": "base", "to": "top", "reason": "nearest_trim", "source": "s", "date": "2026-01-01", "status": "official" },
                { "from": "top", "to": "top", "reason": "same_trim", "source": "s", "date": "2026-01-01", "status": "official" }
            ],
            "new_car_launch": { "value": "2026-01-01", "source": "s", "date": "2026-01-01", "status": "official" },
            "first_deliveries": { "value": "2026-03-01", "source": "s", "date": "2026-01-01", "status": "official" },
            "typical_invoice": { "value": "2026-05-01", "source": "s", "date": "2026-01-01", "status": "estimate" }
        }
    })
    .to_string();
    let tax = FILES.iter().find(|(n, _)| *n == "tax-cn.json").unwrap().1;
    Tables::load(&[("tax.json", tax), ("old.json", &old), ("new.json", &new), ("offer.json", &offer)]).unwrap()
}

#[test]
fn it_reports_options_that_exclude_each_other() {
    let t = tables();
    let c = Configuration { trim: "base".into(), options: vec!["paint/matte".into(), "packs/tow".into()] };
    let v = validate(t.catalog("old").unwrap(), &c);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].code, ViolationCode::Excluded);
    assert!(v[0].message.en.contains("cannot be combined"), "{}", v[0].message.en);
}

#[test]
fn it_proposes_now_standard_items_at_no_charge() {
    let t = tables();
    let old = Configuration { trim: "base".into(), options: vec!["packs/hud".into(), "packs/tow".into()] };
    let p = propose(&t, "o", &old).unwrap();
    let hud = p.items.iter().find(|i| i.from.as_deref() == Some("packs/hud")).unwrap();
    assert_eq!(hud.reason, ItemReason::NowStandard);
    let tow = p.items.iter().find(|i| i.from.as_deref() == Some("packs/tow")).unwrap();
    assert_eq!(tow.reason, ItemReason::CarriedOver);
    let r = QuoteRequest {
        offer: "o".into(),
        old_order: OldOrder {
            gifted: vec![],
            trim: "base".into(),
            options: old.options,
            locked_on: "2025-11-01".parse().unwrap(),
            amount_paid: Money::parse("5000").unwrap(),
        },
        new_configuration: None,
        price_list: None,
        keep_invoice_date: "2026-02-01".parse().unwrap(),
        switch_invoice_date: "2026-05-01".parse().unwrap(),
        loan: None,
        on_road: None,
    };
    let q = quote(&t, &r).unwrap();
    assert_eq!(q.keep.list_total.amount, Money::parse("207000").unwrap(), "old: 200,000 + HUD 4,000 + tow 3,000");
    let s = q.switch.unwrap();
    let hud_line = s.items.iter().find(|l| l.id.as_deref() == Some("packs/hud")).unwrap();
    assert_eq!(hud_line.amount, Money::ZERO, "standard on the new trim");
    assert_eq!(s.list_total.amount, Money::parse("253000").unwrap(), "new: 250,000 + tow 3,000");
}
