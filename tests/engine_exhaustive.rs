//! Exhaustive: every trim × every valid option combination of every offer is proposed,
//! validated, quoted without error, and balances.
#![cfg(not(target_arch = "wasm32"))]

use upgrade_configurator::bundled;
use upgrade_configurator::engine::configuration::validate;
use upgrade_configurator::engine::enumerate::configurations;
use upgrade_configurator::engine::money::Money;
use upgrade_configurator::engine::proposal::propose;
use upgrade_configurator::engine::quote::{quote, OldOrder, PathQuote, QuoteRequest};

fn balances(p: &PathQuote) {
    let sum = p.items.iter().try_fold(Money::ZERO, |a, l| a.checked_add(l.amount)).unwrap();
    assert_eq!(p.list_total.amount, sum);
    let owed = p.list_total.amount.checked_sub(p.amount_paid.amount).unwrap().checked_sub(p.guarantee.amount).unwrap();
    assert_eq!(p.owed.amount, owed);
    assert_eq!(p.tax_due.amount, p.purchase_tax.payable);
    assert_eq!(p.cash_needed.amount, p.owed.amount.checked_add(p.tax_due.amount).unwrap());
}

#[test]
fn it_quotes_every_old_configuration_of_every_offer() {
    let tables = bundled::tables().unwrap();
    let mut count = 0;
    for offer in &tables.offers {
        let from = tables.catalog(&offer.from_catalog).unwrap();
        let to = tables.catalog(&offer.to_catalog).unwrap();
        for trim in &from.trims {
            let all = configurations(from, &trim.id);
            assert!(!all.is_empty(), "{} {} has configurations", offer.id, trim.id);
            for old in all {
                let p = propose(&tables, &offer.id, &old).unwrap();
                if let Some(c) = &p.configuration {
                    assert_eq!(validate(to, c), vec![], "{}: proposal for {old:?} is valid", offer.id);
                }
                for list in &to.price_lists {
                    let r = QuoteRequest {
                        offer: offer.id.clone(),
                        old_order: OldOrder {
                            trim: old.trim.clone(),
                            options: old.options.clone(),
                            locked_on: "2025-11-30".parse().unwrap(),
                            amount_paid: from.deposit_for(trim).value,
                        },
                        new_configuration: None,
                        price_list: Some(list.id.clone()),
                        keep_invoice_date: "2026-01-02".parse().unwrap(),
                        switch_invoice_date: "2026-06-30".parse().unwrap(),
                    };
                    let q = quote(&tables, &r).unwrap_or_else(|e| panic!("{}: {old:?}: {e}", offer.id));
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
                    }
                    count += 1;
                }
            }
        }
    }
    assert!(count > 500, "enumerated {count} quotes");
}

#[test]
fn it_quotes_every_new_configuration_of_every_offer() {
    let tables = bundled::tables().unwrap();
    let mut count = 0;
    for offer in &tables.offers {
        let from = tables.catalog(&offer.from_catalog).unwrap();
        let to = tables.catalog(&offer.to_catalog).unwrap();
        let old_trim = offer.trim_map.iter().find(|m| m.to.is_some()).unwrap();
        for trim in &to.trims {
            for new in configurations(to, &trim.id) {
                let r = QuoteRequest {
                    offer: offer.id.clone(),
                    old_order: OldOrder {
                        trim: old_trim.from.clone(),
                        options: vec![],
                        locked_on: "2025-06-01".parse().unwrap(),
                        amount_paid: from.deposit.value,
                    },
                    new_configuration: Some(new.clone()),
                    price_list: None,
                    keep_invoice_date: "2025-12-31".parse().unwrap(),
                    switch_invoice_date: "2026-01-01".parse().unwrap(),
                };
                let q = quote(&tables, &r).unwrap_or_else(|e| panic!("{}: {new:?}: {e}", offer.id));
                let s = q.switch.as_ref().unwrap();
                assert_eq!(
                    s.configuration.options.len(),
                    new.options.len(),
                    "the request's configuration is priced as given"
                );
                balances(s);
                count += 1;
            }
        }
    }
    assert!(count > 100, "enumerated {count} quotes");
}
