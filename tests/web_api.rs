//! The JS API in real Chromium: valid requests, every invalid input class, dealer-table errors.
//! Every call returns `{ok, value}` or `{ok: false, error: {code, message, path}}`; none throws.
#![cfg(all(target_arch = "wasm32", feature = "embed"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use upgrade_configurator::embed::api::{parse_dealer, purchase_tax_js, quote, tables};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, k| js_sys::Reflect::get(&acc, &k.into()).unwrap_or(JsValue::UNDEFINED))
}

fn s(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_else(|| panic!("{path} is a string in {:?}", js_sys::JSON::stringify(v)))
}

fn is_ok(v: &JsValue) -> bool {
    get(v, "ok").as_bool() == Some(true)
}

fn error(v: &JsValue) -> (String, String) {
    assert!(!is_ok(v), "expected an error, got {:?}", js_sys::JSON::stringify(v));
    assert!(!s(v, "error.message").is_empty());
    (s(v, "error.code"), s(v, "error.path"))
}

fn obj(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

const REQUEST: &str = r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"max","locked_on":"2025-11-20","amount_paid":"5000.00"},
  "price_list":"presale-2026-01-07","keep_invoice_date":"2026-02-15","switch_invoice_date":"2026-04-30"}"#;

#[wasm_bindgen_test]
fn quote_takes_an_object_or_json_text_and_returns_the_engine_json() {
    for input in [obj(REQUEST), JsValue::from_str(REQUEST)] {
        let r = quote(input);
        assert!(is_ok(&r));
        assert_eq!(s(&r, "value.extra_cash_to_switch"), "10000.00");
        assert_eq!(s(&r, "value.switch.purchase_tax.payable"), "13712.39");
    }
}

#[wasm_bindgen_test]
fn quote_reports_every_invalid_class_with_a_path() {
    let cases: [(&str, &str, &str); 7] = [
        (
            r#"{"offer":"nope","old_order":{"trim":"max","locked_on":"2025-11-20","amount_paid":"5000"},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "unknown_offer",
            "offer",
        ),
        (
            r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"max","locked_on":"2025-11-20","amount_paid":5000},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "invalid_request",
            "old_order.amount_paid",
        ),
        (
            r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"max","locked_on":"2025-11-20","amount_paid":"-5"},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "negative_amount",
            "old_order.amount_paid",
        ),
        (
            r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"max","locked_on":"2025-11-20","amount_paid":"1e308"},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "invalid_request",
            "old_order.amount_paid",
        ),
        (
            r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"max","locked_on":"2025-11-20","amount_paid":"5.001"},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "invalid_request",
            "old_order.amount_paid",
        ),
        (
            r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"turbo","locked_on":"2025-11-20","amount_paid":"5"},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "unknown_trim",
            "old_order.trim",
        ),
        (
            r#"{"offer":"su7-gen1-to-gen2-2026","old_order":{"trim":"max","locked_on":"2025-13-01","amount_paid":"5"},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}"#,
            "invalid_request",
            "old_order.locked_on",
        ),
    ];
    for (json, code, path) in cases {
        assert_eq!(error(&quote(obj(json))), (code.to_string(), path.to_string()), "{json}");
    }
    assert_eq!(error(&quote(JsValue::UNDEFINED)).0, "wrong_type");
    assert_eq!(error(&quote(JsValue::from_f64(f64::NAN))).0, "invalid_request");
    assert_eq!(error(&quote(JsValue::from_str("{not json"))).0, "invalid_request");
    // Bounded input: 50 options more than any order is refused with a path, and text past any
    // real input before it is parsed (50,000 options took 3.4 s a call before).
    let many: Vec<String> = (0..65).map(|i| format!("\"paint/x{i}\"")).collect();
    let json = format!(
        r#"{{"offer":"su7-gen1-to-gen2-2026","old_order":{{"trim":"max","options":[{}],"locked_on":"2025-11-20","amount_paid":"5"}},"keep_invoice_date":"2026-01-01","switch_invoice_date":"2026-01-01"}}"#,
        many.join(",")
    );
    assert_eq!(error(&quote(obj(&json))), ("too_large".to_string(), "old_order.options".to_string()));
    let huge = JsValue::from_str(&format!("{{\"offer\":\"{}\"}}", "x".repeat(100_000)));
    assert_eq!(error(&quote(huge)).0, "too_large");
}

#[wasm_bindgen_test]
fn purchase_tax_takes_decimal_strings_only() {
    let r = purchase_tax_js("229900".into(), "2026-01-01".into());
    assert_eq!(s(&r, "value.payable"), "10172.56");
    let bad: [(JsValue, JsValue, &str); 7] = [
        (JsValue::from_f64(f64::NAN), "2026-01-01".into(), "wrong_type"),
        (JsValue::from_f64(1e308), "2026-01-01".into(), "wrong_type"),
        ("1e308".into(), "2026-01-01".into(), "invalid_amount"),
        ("-1".into(), "2026-01-01".into(), "negative_amount"),
        ("1.001".into(), "2026-01-01".into(), "invalid_amount"),
        ("1000".into(), "2026-02-30".into(), "invalid_date"),
        ("1000".into(), JsValue::from_f64(2026.0), "wrong_type"),
    ];
    for (price, date, code) in bad {
        assert_eq!(error(&purchase_tax_js(price, date)).0, code);
    }
}

#[wasm_bindgen_test]
fn tables_lists_offers_trims_and_sources() {
    let t = tables();
    assert!(is_ok(&t));
    let json = js_sys::JSON::stringify(&get(&t, "value")).unwrap().as_string().unwrap();
    for needle in ["su7-gen1-to-gen2-2026", "su7-to-yu7-2025", "\"standard\"", "autotimes.net", "\"estimate\""] {
        assert!(json.contains(needle), "tables() holds {needle}");
    }
}

#[wasm_bindgen_test]
fn dealer_tables_are_checked_with_paths() {
    let good = parse_dealer(JsValue::from_str(include_str!("../static/dealers/demo-dealer.json")));
    assert!(is_ok(&good));
    let cases = [
        (
            r#"{"schema":1,"kind":"dealer","name":"A","fees":[{"id":"f","name":"n","amount":100}]}"#,
            "invalid_value",
            "fees[0].amount",
        ),
        (
            r#"{"schema":1,"kind":"dealer","name":"A","fees":[{"id":"f","name":"n","amount":"-1"}]}"#,
            "invalid_value",
            "fees[0].amount",
        ),
        (r#"{"schema":1,"kind":"dealer","name":"A","extra":"<script>"}"#, "invalid_value", "extra"),
        (r#"{"schema":1,"kind":"dealer","name":""}"#, "invalid_value", "name"),
    ];
    for (json, code, path) in cases {
        assert_eq!(error(&parse_dealer(JsValue::from_str(json))), (code.to_string(), path.to_string()), "{json}");
    }
    let huge = format!(r#"{{"schema":1,"kind":"dealer","name":"{}"}}"#, "x".repeat(70_000));
    assert_eq!(error(&parse_dealer(JsValue::from_str(&huge))).0, "too_large");
}

#[wasm_bindgen_test]
fn every_error_code_is_documented_in_the_embed_guide_and_nothing_else_is() {
    use upgrade_configurator::embed::code::Code;
    let doc = include_str!("../docs/embed.md");
    let table = doc.split("| code | when |").nth(1).expect("docs/embed.md has the error-code table");
    let rows = table.lines().skip(2).take_while(|l| l.starts_with('|'));
    let mut documented: Vec<String> = Vec::new();
    for row in rows {
        let codes = row.split('|').nth(1).unwrap();
        documented.extend(codes.split(',').map(|c| c.trim().trim_matches('`').to_string()));
    }
    let mut real: Vec<String> =
        Code::all().map(|c| serde_json::to_value(c).unwrap().as_str().unwrap().to_string()).collect();
    assert!(real.len() > 15, "both lists are walked");
    // The loader's own codes (the module did not load, a dealer URL failed), as its source
    // writes them: `code: '…'`, `code === '…'` or `failure('…'`.
    let loader = include_str!("../static/embed/loader.js");
    let loader_codes: Vec<String> = ["code: '", "code === '", "failure('"]
        .iter()
        .flat_map(|marker| loader.split(marker).skip(1))
        .filter_map(|rest| rest.split('\'').next().map(str::to_string))
        .collect();
    for c in ["no_webassembly", "load_failed", "dealer_unreachable"] {
        assert!(loader_codes.iter().any(|l| l == c), "the loader's codes are read: {loader_codes:?}");
    }
    real.extend(loader_codes);
    for c in &real {
        assert!(documented.contains(c), "docs/embed.md does not document `{c}`");
    }
    for c in &documented {
        assert!(real.contains(c), "docs/embed.md documents `{c}`, which no code has");
    }
}
