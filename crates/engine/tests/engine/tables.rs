//! Table loading: the bundled tables hold together, and every kind of malformed table is a
//! typed error naming the file and the path, never a panic.

use bundled::FILES;
use engine::figure::Status;
use engine::tables::Tables;

fn with_edit(file: &str, edit: impl Fn(&mut serde_json::Value)) -> Result<Tables, engine::tables::TableError> {
    let mut owned: Vec<(String, String)> = FILES.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
    let entry = owned.iter_mut().find(|(n, _)| n == file).expect("file exists");
    let mut v: serde_json::Value = serde_json::from_str(&entry.1).unwrap();
    edit(&mut v);
    entry.1 = v.to_string();
    let refs: Vec<(&str, &str)> = owned.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    Tables::load(&refs)
}

#[test]
fn it_loads_the_bundled_tables() {
    let t = bundled::tables().unwrap();
    assert!(t.catalogs.len() >= 2 && !t.offers.is_empty() && t.tax_policy("CN").is_some());
}

#[test]
fn it_keeps_the_reference_prices() {
    let t = bundled::tables().unwrap();
    let price =
        |cat: &str, trim: &str, list: &str| t.catalog(cat).unwrap().trim(trim).unwrap().prices[list].value.to_string();
    assert_eq!(price("su7-gen1", "standard", "first-gen-list"), "215900.00");
    assert_eq!(price("su7-gen1", "pro", "first-gen-list"), "245900.00");
    assert_eq!(price("su7-gen1", "max", "first-gen-list"), "299900.00");
    assert_eq!(price("su7-gen1", "ultra", "first-gen-list"), "529900.00");
    assert_eq!(price("su7-gen2", "standard", "presale-2026-01-07"), "229900.00");
    assert_eq!(price("su7-gen2", "pro", "presale-2026-01-07"), "259900.00");
    assert_eq!(price("su7-gen2", "max", "presale-2026-01-07"), "309900.00");
    assert_eq!(price("su7-gen2", "standard", "final-2026-03-19"), "219900.00");
    assert_eq!(price("su7-gen2", "pro", "final-2026-03-19"), "249900.00");
    assert_eq!(price("su7-gen2", "max", "final-2026-03-19"), "303900.00");
}

#[test]
fn it_marks_unconfirmed_figures_as_estimates() {
    let t = bundled::tables().unwrap();
    let gen2 = t.catalog("su7-gen2").unwrap();
    assert_eq!(gen2.deposit.status, Status::Estimate, "new-gen deposit was not found in any source");
    let offer = t.offer("su7-gen1-to-gen2-2026").unwrap();
    assert_eq!(offer.switch.as_ref().unwrap().guarantee_basis.status, Status::Estimate, "the basis is our reading");
    assert!(offer.switch.as_ref().unwrap().gifts.iter().all(|g| g.value.is_none() && g.status == Status::Estimate));
    // Readings, not reports (checked against ../shared/reference/).
    assert_eq!(
        offer.switch.as_ref().unwrap().guarantee_retained.status,
        Status::Estimate,
        "'keeps the tax rights' is interpreted"
    );
    assert_eq!(
        offer.trim_mapping("ultra").unwrap().status,
        Status::Estimate,
        "no Ultra successor was found, not announced"
    );
    let yu7 = t.offer("su7-to-yu7-2025").unwrap();
    assert_eq!(yu7.option_mapping("interior/nappa").unwrap().status, Status::Estimate);
    assert_eq!(t.tax_policy("CN").unwrap().no_relief_rule.status, Status::Estimate, "2028 is inferred");
    let nappa = t.catalog("su7-gen1").unwrap().option("interior/nappa").unwrap().1;
    assert_eq!(nappa.price.status, Status::Estimate, "a free benefit's value, not an option price");
}

#[test]
fn source_dates_are_only_as_precise_as_their_source() {
    use engine::date::SourceDate;
    for text in ["2025", "2025-01", "2025-01-07"] {
        let d: SourceDate = text.parse().unwrap();
        assert_eq!(d.to_string(), text);
        assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{text}\""));
    }
    for bad in ["25", "2025-13", "2025-1", "2025-02-30", "20255", "1899", "2025-01-07x", ""] {
        assert!(bad.parse::<SourceDate>().is_err(), "{bad}");
    }
    let t = bundled::tables().unwrap();
    let nappa = t.catalog("su7-gen1").unwrap().option("interior/nappa").unwrap().1;
    assert_eq!(nappa.price.date, SourceDate::Year(2025), "the aggregator gives only the year");
}

#[test]
fn it_names_file_and_path_for_a_wrong_type() {
    let e = with_edit("su7-gen2.json", |v| v["trims"][1]["prices"]["final-2026-03-19"]["value"] = 249900.into())
        .unwrap_err();
    assert_eq!(e.file, "su7-gen2.json");
    assert_eq!(e.path, "trims[1].prices.final-2026-03-19.value");
    assert!(e.problem.contains("decimal string"), "{e}");
}

#[test]
fn it_refuses_bad_json_unknown_fields_and_schema_versions() {
    let e = Tables::load(&[("x.json", "{not json")]).unwrap_err();
    assert!(e.problem.contains("not valid JSON"), "{e}");
    let e = with_edit("offer-su7-2026.json", |v| v["surprise"] = 1.into()).unwrap_err();
    assert!(e.problem.contains("unknown field"), "{e}");
    let e = with_edit("tax-cn.json", |v| v["schema"] = 1.into()).unwrap_err();
    assert_eq!(e.path, "schema");
    assert!(e.problem.contains("reads schema 2"), "{e}");
    // A switch term left at the top level, as format 1 had it, is named where it is missing.
    let e = with_edit("offer-su7-2026.json", |v| {
        let w = v["switch"].as_object_mut().unwrap().remove("to_catalog").unwrap();
        v["to_catalog"] = w;
    })
    .unwrap_err();
    assert_eq!(e.path, "switch");
    assert!(e.problem.contains("missing field `to_catalog`"), "{e}");
    let e = with_edit("tax-cn.json", |v| v["schema"] = 3.into()).unwrap_err();
    assert_eq!(e.path, "schema");
    let e = with_edit("tax-cn.json", |v| v["kind"] = "recipe".into()).unwrap_err();
    assert_eq!(e.path, "kind");
}

#[test]
fn it_refuses_dangling_references() {
    let e = with_edit("su7-gen1.json", |v| v["trims"][0]["prices"]["first-gen-list"]["source"] = "nowhere".into())
        .unwrap_err();
    assert_eq!(e.path, "trims[0].prices.first-gen-list.source");
    let e = with_edit("offer-su7-2026.json", |v| v["switch"]["trim_map"][0]["to"] = "hyper".into()).unwrap_err();
    assert_eq!(e.path, "switch.trim_map[0].to");
    let e = with_edit("offer-su7-2026.json", |v| v["switch"]["to_catalog"] = "nope".into()).unwrap_err();
    assert_eq!(e.path, "switch.to_catalog");
    let e = with_edit("offer-su7-2026.json", |v| {
        v["switch"]["trim_map"].as_array_mut().unwrap().remove(0);
    })
    .unwrap_err();
    assert!(e.problem.contains("exactly once"), "{e}");
    let e = with_edit("su7-gen1.json", |v| v["option_groups"][0]["options"][9]["requires"][0] = "wheels/none".into())
        .unwrap_err();
    assert_eq!(e.path, "option_groups[0].options[9].requires");
}

#[test]
fn it_refuses_out_of_range_values() {
    let e = with_edit("tax-cn.json", |v| v["reliefs"][1]["share"] = "1.5".into()).unwrap_err();
    assert_eq!(e.path, "reliefs[1].share");
    let e = with_edit("tax-cn.json", |v| v["reliefs"][1]["from"] = "2025-06-01".into()).unwrap_err();
    assert!(e.problem.contains("overlaps"), "{e}");
    let e = with_edit("su7-gen2.json", |v| v["trims"][0]["prices"]["final-2026-03-19"]["value"] = "0.00".into())
        .unwrap_err();
    assert!(e.problem.contains("above zero"), "{e}");
    let e = with_edit("su7-gen2.json", |v| v["trims"][0]["prices"]["final-2026-03-19"]["value"] = "1e9".into())
        .unwrap_err();
    assert_eq!(e.path, "trims[0].prices.final-2026-03-19.value");
    let e = with_edit("su7-gen2.json", |v| v["trims"][0]["id"] = "pro".into()).unwrap_err();
    assert!(e.problem.contains("twice"), "{e}");
}

#[test]
fn the_ultra_editions_are_trims_with_their_sourced_prices() {
    let t = bundled::tables().unwrap();
    let gen1 = t.catalog("su7-gen1").unwrap();
    for (id, price) in [("ultra-track", "629900.00"), ("ultra-nurburgring", "814900.00")] {
        let trim = gen1.trim(id).unwrap();
        let p = &trim.prices["first-gen-list"];
        assert_eq!((p.value.to_string().as_str(), p.status), (price, Status::Press), "{id}");
        assert_eq!(trim.deposit.as_ref().unwrap().status, Status::Estimate, "{id}: deposit assumed as the Ultra's");
    }
}

#[test]
fn no_source_shown_to_owners_names_our_internal_reference_files() {
    for (file, text) in FILES {
        for internal in ["su7-upgrade-data.md", "yu7-switch-data.md"] {
            assert!(!text.contains(internal), "{file} names {internal}: a source note or print would show it");
        }
    }
}

#[test]
fn every_source_has_an_owner_facing_label_without_addresses() {
    let t = bundled::tables().unwrap();
    let mut n = 0;
    for s in t.catalogs.iter().flat_map(|c| c.sources.values()).chain(t.offers.iter().flat_map(|o| o.sources.values()))
    {
        assert!(!s.label.zh.is_empty() && !s.label.en.is_empty());
        n += 1;
    }
    assert!(n > 40, "labels checked on {n} sources");
    let cases: [(&str, serde_json::Value); 4] = [
        ("sources.launch.label", serde_json::json!({ "zh": "", "en": "Launch" })),
        ("sources.launch.label", serde_json::json!({ "zh": "发布会", "en": "autotimes.net" })),
        ("sources.launch.label", serde_json::json!({ "zh": "见 car_roundup.md", "en": "notes" })),
        ("sources.launch.label.zh", serde_json::json!({ "zh": "发布会(转载)", "en": "Launch (mirror)" })),
    ];
    for (path, label) in cases {
        let e = with_edit("offer-su7-2026.json", |v| v["sources"]["launch"]["label"] = label.clone()).unwrap_err();
        assert_eq!((e.file.as_str(), e.path.as_str()), ("offer-su7-2026.json", path), "{label}: {e}");
    }
    let e = with_edit("offer-su7-2026.json", |v| {
        v["sources"]["launch"].as_object_mut().unwrap().remove("label");
    })
    .unwrap_err();
    assert_eq!(e.path, "sources.launch", "a missing label names its place: {e}");
    assert!(e.to_string().contains("label"), "{e}");
}

#[test]
fn finance_terms_out_of_range_are_refused() {
    for (field, value, path) in [
        ("fee_rate", serde_json::json!("0.6"), "finance.fee_rate.value"),
        ("min_down_share", serde_json::json!("1.5"), "finance.min_down_share.value"),
        ("max_months", serde_json::json!(84), "finance.max_months.value"),
    ] {
        let e = with_edit("offer-su7-2026.json", |v| v["finance"][field]["value"] = value.clone()).unwrap_err();
        assert_eq!((e.file.as_str(), e.path.as_str()), ("offer-su7-2026.json", path), "{e}");
    }
}

#[test]
fn delivery_windows_and_deadlines_that_cannot_be_are_refused() {
    type Edit = fn(&mut serde_json::Value);
    let cases: [(Edit, &str); 4] = [
        (|v| v["delivery"]["switch"][0]["value"]["invoice"] = "2026-06-01".into(), "delivery.switch[0].value"),
        (
            |v| v["delivery"]["switch"][0]["value"]["trims"] = serde_json::json!(["ultra"]),
            "delivery.switch[0].value.trims",
        ),
        (|v| v["delivery"]["deadlines"][0]["value"]["at"] = "2026-01-08".into(), "delivery.deadlines"),
        (|v| v["delivery"]["steps"][0]["source"] = "nowhere".into(), "delivery.steps[0].source"),
    ];
    for (edit, path) in cases {
        let e = with_edit("offer-su7-2026.json", edit).unwrap_err();
        assert_eq!((e.file.as_str(), e.path.as_str()), ("offer-su7-2026.json", path), "{e}");
    }
}

#[test]
fn an_offer_without_a_switch_lists_no_switch_deliveries() {
    let e = with_edit("offer-yu7-guarantee-2025.json", |v| {
        let window = serde_json::json!({
            "value": { "id": "w", "label": { "zh": "窗口", "en": "Window" }, "from": "2026-01-01", "to": "2026-02-01", "invoice": "2026-01-15" },
            "source": "yu7-waits", "date": "2025-10", "status": "estimate"
        });
        v["delivery"] = serde_json::json!({ "keep": [], "switch": [window], "deadlines": [], "steps": [] });
    })
    .unwrap_err();
    assert_eq!(e.path, "delivery.switch", "{e}");
    assert!(e.problem.contains("no switch block"), "{e}");
}

#[test]
fn a_trade_in_subsidy_is_a_share_up_to_a_cap_over_a_window() {
    let e = with_edit("on-road-cn.json", |v| v["trade_in"][0]["share"]["value"] = "12".into()).unwrap_err();
    assert_eq!(e.path, "trade_in[0].share.value", "{e}");
    let e =
        with_edit("on-road-cn.json", |v| v["trade_in"][1]["invoiced_to"]["value"] = "2025-12-31".into()).unwrap_err();
    assert_eq!(e.path, "trade_in[1].invoiced_to.value", "{e}");
    let e = with_edit("on-road-cn.json", |v| v["trade_in"][1]["id"] = "scrap-2026".into()).unwrap_err();
    assert!(e.problem.contains("twice"), "{e}");
}
