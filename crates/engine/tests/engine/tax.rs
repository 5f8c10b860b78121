//! Purchase-tax rules: the issue's worked example, the reference table, and every boundary.

use crate::fixtures::tables;
use engine::{date::Date, money::Money, tax::purchase_tax};

fn tax(price: &str, date: &str) -> engine::tax::PurchaseTax {
    let t = tables();
    let policy = t.tax_policy("CN").expect("CN policy");
    purchase_tax(policy, Money::parse(price).unwrap(), date.parse::<Date>().unwrap()).unwrap()
}

#[test]
fn it_reproduces_the_issue_example_step_by_step() {
    let t = tax("229900", "2026-01-01");
    assert_eq!(
        (t.base.to_string(), t.full.to_string(), t.relief.to_string(), t.payable.to_string()),
        ("203451.33".into(), "20345.13".into(), "10172.57".into(), "10172.56".into())
    );
    assert!(!t.cap_applied);
    assert_eq!(t.relief_rule.unwrap().id, "nev-halved-2026-2027");
}

#[test]
fn it_matches_the_reference_tables_payable_in_2026() {
    // su7-upgrade-data.md §0 and §5, yu7-switch-data.md §4.3 (computed there with the same rule).
    let cases = [
        ("215900", "9553.10"),
        ("219900", "9730.09"),
        ("222900", "9862.83"),
        ("245900", "10880.53"),
        ("249900", "11057.52"),
        ("299900", "13269.91"),
        ("303900", "13446.90"),
        ("259900", "11500.00"),
        ("309900", "13712.39"),
        ("253500", "11216.81"),
        ("286900", "12694.69"),
        ("279900", "12384.95"),
        ("329900", "14597.34"),
    ];
    for (price, payable) in cases {
        assert_eq!(tax(price, "2026-06-30").payable.to_string(), payable, "2026 tax on ¥{price}");
    }
}

#[test]
fn it_exempts_2025_invoices_up_to_the_cap() {
    assert_eq!(tax("299900", "2025-12-31").payable.to_string(), "0.00");
    let ultra = tax("529900", "2025-12-31");
    assert_eq!(ultra.full.to_string(), "46893.81");
    assert_eq!(ultra.payable.to_string(), "16893.81");
    assert!(ultra.cap_applied);
    assert_eq!(tax("541900", "2025-06-01").payable.to_string(), "17955.75");
    assert_eq!(tax("541900", "2026-06-01").payable.to_string(), "32955.75");
}

#[test]
fn it_switches_rules_exactly_at_the_year_boundaries() {
    let p = "249900";
    assert_eq!(tax(p, "2023-12-31").payable.to_string(), "22115.04", "before 2024: no relief");
    assert_eq!(tax(p, "2024-01-01").payable.to_string(), "0.00");
    assert_eq!(tax(p, "2025-12-31").payable.to_string(), "0.00");
    assert_eq!(tax(p, "2026-01-01").payable.to_string(), "11057.52");
    assert_eq!(tax(p, "2027-12-31").payable.to_string(), "11057.52");
    let t2028 = tax(p, "2028-01-01");
    assert_eq!(t2028.payable.to_string(), "22115.04");
    assert_eq!(t2028.relief.to_string(), "0.00");
    assert!(t2028.relief_rule.is_none());
}

#[test]
fn it_binds_the_2026_cap_exactly_at_339000() {
    let at = tax("339000", "2026-03-01");
    assert_eq!((at.base.to_string(), at.full.to_string()), ("300000.00".into(), "30000.00".into()));
    assert_eq!(at.relief.to_string(), "15000.00");
    assert!(!at.cap_applied, "at the threshold the share equals the cap");
    let below = tax("338999.99", "2026-03-01");
    assert_eq!(below.base.to_string(), "299999.99");
    assert_eq!(below.relief.to_string(), "15000.00"); // 29999.999 -> 30000.00 full; half = 15000.00
    assert!(!below.cap_applied);
    let above = tax("339000.01", "2026-03-01");
    assert_eq!(above.base.to_string(), "300000.01");
    assert_eq!(above.relief.to_string(), "15000.00");
    assert_eq!(above.payable.to_string(), "15000.00");
    let well_above = tax("400000", "2026-03-01");
    assert!(well_above.cap_applied);
    assert_eq!(
        well_above.payable.to_string(),
        (well_above.full.amount() - rust_decimal::Decimal::from(15000)).to_string()
    );
}

#[test]
fn it_refuses_a_negative_price() {
    let t = tables();
    let err = purchase_tax(t.tax_policy("CN").unwrap(), Money::parse("-1").unwrap(), "2026-01-01".parse().unwrap())
        .unwrap_err();
    assert_eq!(err.code(), engine::error::ErrorCode::NegativeAmount);
}
