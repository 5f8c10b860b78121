//! Dealer tables: the demo table prices as a separate block; every hostile or malformed table is
//! a typed error with a path, never a panic.

use engine::dealer::{dealer_block, Dealer, MAX_AMOUNT_YUAN, MAX_ROWS, MAX_TEXT};
use engine::money::Money;
use proptest::prelude::*;

const DEMO: &str = include_str!("../../../../static/dealers/demo-dealer.json");

fn edit(f: impl Fn(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    f(&mut v);
    v.to_string()
}

#[test]
fn it_prices_fees_and_valid_discounts_only() {
    let d = Dealer::parse(DEMO).unwrap();
    let in_spring = dealer_block(&d, "2026-04-01".parse().unwrap(), &[]).unwrap();
    assert_eq!(in_spring.total, Money::parse("-400").unwrap()); // 500 + 300 − 200 − 1000
    let summer = dealer_block(&d, "2026-07-01".parse().unwrap(), &[]).unwrap();
    assert_eq!(summer.total, Money::parse("600").unwrap());
    assert_eq!(summer.expired_or_future.len(), 1);
    assert_eq!(summer.accessories.len(), 2, "accessories are listed, not added");
    // The plate service already in the landed price (on-road costs on): listed apart, not added again.
    let counted = dealer_block(&d, "2026-07-01".parse().unwrap(), &["plate-service"]).unwrap();
    assert_eq!(counted.total, Money::parse("100").unwrap()); // 300 − 200
    assert_eq!(counted.in_landed_price.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["plate-service"]);
}

#[test]
fn it_refuses_hostile_and_malformed_tables_with_paths() {
    let cases: Vec<(String, &str)> = vec![
        ("not json".into(), "."),
        (edit(|v| v["fees"][0]["amount"] = 500.into()), "fees[0].amount"),
        (edit(|v| v["fees"][0]["amount"] = "NaN".into()), "fees[0].amount"),
        (edit(|v| v["fees"][0]["amount"] = "1e308".into()), "fees[0].amount"),
        (edit(|v| v["fees"][0]["amount"] = "0.001".into()), "fees[0].amount"),
        (edit(|v| v["fees"][1]["amount"] = "-1".into()), "fees[1].amount"),
        (edit(|v| v["name"] = "x".repeat(MAX_TEXT + 1).into()), "name"),
        (edit(|v| v["name"] = 7.into()), "name"),
        (edit(|v| v["contact"]["email"] = "a\u{0}b".into()), "contact.email"),
        (
            edit(|v| v["accessories"] = serde_json::Value::Array(vec![v["accessories"][0].clone(); MAX_ROWS + 1])),
            "accessories",
        ),
        (edit(|v| v["discounts"][0]["valid_to"] = "2025-01-01".into()), "discounts[0].valid_to"),
        (edit(|v| v["discounts"][0]["valid_from"] = "2026-02-30".into()), "discounts[0].valid_from"),
        (edit(|v| v["script"] = "<script>alert(1)</script>".into()), "script"),
        (edit(|v| v["schema"] = 2.into()), "schema"),
        ("x".repeat(70_000), "."),
    ];
    for (json, path) in cases {
        let e = Dealer::parse(&json).unwrap_err();
        assert_eq!(e.path, path, "{e}");
    }
}

#[test]
fn it_keeps_markup_in_names_as_plain_text() {
    let d = Dealer::parse(&edit(|v| v["name"] = "<img src=x onerror=alert(1)>".into())).unwrap();
    assert_eq!(d.name, "<img src=x onerror=alert(1)>", "stored verbatim; the UI renders it as text");
}

proptest! {
    #[test]
    fn any_text_is_an_error_or_a_table_never_a_panic(s in "\\PC{0,400}") {
        let _ = Dealer::parse(&s);
    }
}

#[test]
fn an_amount_above_a_million_yuan_is_refused_at_its_path() {
    let e = Dealer::parse(&edit(|v| v["fees"][1]["amount"] = "1000000000000.00".into())).unwrap_err();
    assert_eq!(
        (e.path.as_str(), serde_json::to_value(e.code).unwrap()),
        ("fees[1].amount", serde_json::json!("invalid_value"))
    );
    assert!(e.message.contains("mistyped"), "{e}");
    assert_eq!(
        Dealer::parse(&edit(|v| v["discounts"][0]["amount"] = "1000000.01".into())).unwrap_err().path,
        "discounts[0].amount"
    );
    assert_eq!(
        Dealer::parse(&edit(|v| v["accessories"][0]["amount"] = "1000000.01".into())).unwrap_err().path,
        "accessories[0].amount"
    );
}

#[test]
fn the_largest_table_accepted_still_prices() {
    let max = format!("{MAX_AMOUNT_YUAN}.00");
    let row = |i: usize| serde_json::json!({ "id": format!("r{i}"), "name": "n", "amount": max });
    let dated = |i: usize| serde_json::json!({ "id": format!("d{i}"), "name": "n", "amount": max, "valid_from": "2026-01-01", "valid_to": "2026-12-31" });
    let t = edit(|v| {
        v["fees"] = (0..MAX_ROWS).map(row).collect();
        v["accessories"] = (0..MAX_ROWS).map(row).collect();
        v["discounts"] = (0..MAX_ROWS).map(dated).collect();
    });
    let d = Dealer::parse(&t).unwrap();
    assert!(dealer_block(&d, "2026-06-01".parse().unwrap(), &[]).is_some());
}

#[test]
fn duplicate_ids_in_a_list_are_refused() {
    let e = Dealer::parse(&edit(|v| v["fees"][1]["id"] = v["fees"][0]["id"].clone())).unwrap_err();
    assert_eq!(e.path, "fees[1].id");
    assert!(e.message.contains("fees[0]"), "{e}");
    assert_eq!(
        Dealer::parse(&edit(|v| v["discounts"][1]["id"] = v["discounts"][0]["id"].clone())).unwrap_err().path,
        "discounts[1].id"
    );
}

#[test]
fn valid_json_of_the_wrong_shape_is_a_bad_value_not_bad_json() {
    let code = |t: &str| serde_json::to_value(Dealer::parse(t).unwrap_err().code).unwrap();
    assert_eq!(code(&edit(|v| v["fees"][0]["amount"] = 500.into())), serde_json::json!("invalid_value"));
    assert_eq!(code(&edit(|v| v["fees"][0]["amout"] = "5".into())), serde_json::json!("invalid_value"));
    assert_eq!(code("{\"schema\": 1,"), serde_json::json!("invalid_json"));
    assert_eq!(code("not json"), serde_json::json!("invalid_json"));
}

#[test]
fn a_phone_is_digits_with_separators() {
    for good in ["400-000-0000", "+86 10 1234 5678", "(010) 8888 8888 转 5", ""] {
        assert!(Dealer::parse(&edit(|v| v["contact"]["phone"] = good.into())).is_ok(), "{good}");
    }
    for bad in ["call us", "12", "javascript:alert(1)", "400-000-0000; drop"] {
        assert_eq!(
            Dealer::parse(&edit(|v| v["contact"]["phone"] = bad.into())).unwrap_err().path,
            "contact.phone",
            "{bad}"
        );
    }
}

#[test]
fn bidirectional_controls_that_could_reverse_amounts_are_refused() {
    for c in ['\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
        let t = edit(|v| v["fees"][0]["name"] = format!("Plate {c}005 fee").into());
        let e = Dealer::parse(&t).unwrap_err();
        assert_eq!(e.path, "fees[0].name", "U+{:04X}", c as u32);
        assert!(e.message.contains("bidirectional"));
    }
    assert!(Dealer::parse(&edit(|v| v["name"] = "Motors \u{202E}".into())).is_err());
}

#[test]
fn a_contact_e_mail_that_could_add_link_parameters_is_refused() {
    for bad in [
        "sales@example.com?body=pay-here",
        "not-an-address",
        "a@b.com&cc=x@y.z",
        "a b@c.d",
        "javascript:alert(1)@x.com",
        "a@localhost",
        "a@b..c",
        "a@b.c\"onclick",
    ] {
        let e = Dealer::parse(&edit(|v| v["contact"]["email"] = bad.into())).unwrap_err();
        assert_eq!(e.path, "contact.email", "{bad}");
    }
    assert!(Dealer::parse(&edit(|v| v["contact"]["email"] = "".into())).is_ok(), "an e-mail is optional");
}

#[test]
fn a_lead_action_is_a_labelled_https_page_or_a_phone_never_both_never_script() {
    let with = |lead: serde_json::Value| Dealer::parse(&edit(|v| v["lead"] = lead.clone()));
    let page = with(serde_json::json!({ "label": "询底价", "url": "https://dealer.example/ask?car=su7" })).unwrap();
    assert_eq!(page.lead.unwrap().url, "https://dealer.example/ask?car=su7");
    let call = with(serde_json::json!({ "label": "预约试驾", "phone": "400-000-0000 转 8" })).unwrap();
    assert_eq!(call.lead.unwrap().phone, "400-000-0000 转 8");
    assert!(Dealer::parse(&edit(|_| {})).unwrap().lead.is_none(), "optional");
    let refused = [
        (serde_json::json!({ "label": "x", "url": "javascript:alert(1)" }), "lead.url"),
        (serde_json::json!({ "label": "x", "url": "http://dealer.example" }), "lead.url"),
        (serde_json::json!({ "label": "x", "url": "https://a.example/\" onclick=\"x" }), "lead.url"),
        (serde_json::json!({ "label": "x", "url": "https://" }), "lead.url"),
        (serde_json::json!({ "label": "x", "phone": "call us" }), "lead.phone"),
        (serde_json::json!({ "label": "x", "url": "https://a.example", "phone": "4000000000" }), "lead"),
        (serde_json::json!({ "label": "x" }), "lead"),
        (serde_json::json!({ "label": "", "url": "https://a.example" }), "lead.label"),
        (serde_json::json!({ "label": "x", "url": "https://a.example", "target": "_top" }), "lead.target"),
    ];
    for (lead, path) in refused {
        let e = with(lead.clone()).unwrap_err();
        assert_eq!(e.path, path, "{lead}: {e}");
    }
}
