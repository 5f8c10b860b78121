//! Exhaustive: every trim × every valid option combination of every offer is proposed,
//! validated, quoted without error, and balances.

use engine::configuration::validate;
use engine::enumerate::{configurations, requests, RequestDates};
use engine::money::Money;
use engine::proposal::propose;
use engine::quote::{quote, NoticeCode, PathQuote};

fn balances(p: &PathQuote) {
    let sum = p.items.iter().try_fold(Money::ZERO, |a, l| a.checked_add(l.amount)).unwrap();
    assert_eq!(p.list_total.amount, sum);
    let owed = p.list_total.amount.checked_sub(p.amount_paid.amount).unwrap().checked_sub(p.guarantee.amount).unwrap();
    assert_eq!(p.owed.amount, owed);
    assert_eq!(p.tax_due.amount, p.purchase_tax.payable);
    assert_eq!(p.cash_needed.amount, p.owed.amount.checked_add(p.tax_due.amount).unwrap());
}

#[test]
fn it_proposes_a_valid_configuration_for_every_old_configuration() {
    let tables = bundled::tables().unwrap();
    for offer in &tables.offers {
        let (_, from, to) = tables.offer_catalogs(&offer.id).unwrap();
        for trim in &from.trims {
            let all = configurations(from, &trim.id);
            assert!(!all.is_empty(), "{} {} has configurations", offer.id, trim.id);
            for old in all {
                let proposed = propose(&tables, &offer.id, &old).unwrap().configuration;
                match (to, proposed) {
                    (Some(to), Some(c)) => {
                        assert_eq!(validate(to, &c), vec![], "{}: proposal for {old:?} is valid", offer.id);
                    }
                    (None, Some(c)) => panic!("{}: a guarantee-only offer proposed {c:?}", offer.id),
                    (_, None) => {}
                }
            }
        }
    }
}

#[test]
fn it_quotes_every_request_of_every_offer_and_each_balances() {
    let tables = bundled::tables().unwrap();
    let dates = RequestDates {
        locked_on: "2025-11-30".parse().unwrap(),
        keep_invoice: "2026-01-02".parse().unwrap(),
        switch_invoice: "2026-06-30".parse().unwrap(),
    };
    let all = requests(&tables, dates);
    assert!(all.len() > 1_000, "enumerated {} requests", all.len());
    for r in &all {
        let q = quote(&tables, r).unwrap_or_else(|e| panic!("{r:?}: {e}"));
        balances(&q.keep);
        if let Some(s) = &q.switch {
            balances(s);
            assert_eq!(q.extra_cash_to_switch, s.cash_needed.amount.checked_sub(q.keep.cash_needed.amount));
            let b = q.extra_cash_breakdown.unwrap();
            let parts = [b.list_price, b.amount_paid, b.guarantee, b.purchase_tax];
            assert_eq!(
                parts.iter().try_fold(Money::ZERO, |t, p| t.checked_add(*p)),
                q.extra_cash_to_switch,
                "breakdown adds up"
            );
            if let Some(given) = &r.new_configuration {
                assert_eq!(
                    s.configuration.options.len(),
                    given.options.len(),
                    "a given configuration is priced as given"
                );
            }
        }
    }
}

/// "2025-11-30" or "2025-11" inside a text: how a date reads on an English screen, never on a
/// Chinese one.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(7).any(|w| w.iter().enumerate().all(|(i, c)| if i == 4 { *c == b'-' } else { c.is_ascii_digit() }))
}

/// Every `"zh"` text in a JSON value.
fn chinese_texts<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("zh", serde_json::Value::String(s)) => out.push(s),
                    _ => chinese_texts(v, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| chinese_texts(v, out)),
        _ => {}
    }
}

#[test]
fn the_tables_chinese_texts_write_dates_in_chinese() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/tables");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let table: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut texts = Vec::new();
        chinese_texts(&table, &mut texts);
        read += texts.len();
        for t in texts {
            assert!(!has_iso_date(t), "{}: {t}", path.display());
        }
    }
    assert!(read > 300, "{read} Chinese texts read");
}

#[test]
fn the_engines_chinese_messages_write_dates_in_chinese() {
    assert!(
        has_iso_date("晚于2025-11-30。") && has_iso_date("2026-04") && !has_iso_date("晚于2025年11月30日，2024–2025年")
    );
    let tables = bundled::tables().unwrap();
    // Dates that raise every kind of message: a lock after the guarantee's cut-off and after
    // the offers' windows, invoices before the lock and outside the guarantee's year.
    let cases = [
        ("2025-12-05", "2026-01-02", "2026-06-30"),
        ("2026-02-01", "2026-01-10", "2026-01-05"),
        ("2025-11-30", "2027-01-05", "2027-02-01"),
    ];
    // The engine's own date messages (a table's notes and names are the table's words).
    let dated = [
        NoticeCode::LockedAfterCutoff,
        NoticeCode::KeepInvoiceOutsideGuarantee,
        NoticeCode::SwitchInvoiceOutsideGuarantee,
    ];
    let mut seen = 0;
    for (locked, keep, switch) in cases {
        let dates = RequestDates {
            locked_on: locked.parse().unwrap(),
            keep_invoice: keep.parse().unwrap(),
            switch_invoice: switch.parse().unwrap(),
        };
        for r in requests(&tables, dates).iter().step_by(7) {
            let q = quote(&tables, r).unwrap_or_else(|e| panic!("{r:?}: {e}"));
            let notices = q.notices.iter().filter(|n| dated.contains(&n.code)).map(|n| &n.message);
            for t in notices.chain(q.date_conflicts.iter().map(|c| &c.message)) {
                seen += 1;
                assert!(!has_iso_date(&t.zh), "{}: {:?}", t.zh, r.offer);
            }
        }
    }
    assert!(seen > 100, "{seen} messages read");
}
