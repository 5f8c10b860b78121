//! An offer with no `switch` block (the YU7 guarantee table): the kept order is its one path,
//! quoted, dated and checked by the same code as any offer, with nothing said about a new car.

use engine::check::{check, Papers, Verdict};
use engine::error::EngineError;
use engine::money::Money;
use engine::proposal::propose;
use engine::quote::{quote, NoticeCode};
use engine::succession::succession;
use engine::tables::TrimReason;
use engine::timeline::ConflictCode;

use crate::fixtures::{default_request, tables};

const OFFER: &str = "yu7-cross-year-tax-2025";

fn money(s: &str) -> Money {
    Money::parse(s).unwrap()
}

#[test]
fn it_is_loaded_as_an_offer_without_a_new_car() {
    let (offer, from, to) = tables().offer_catalogs(OFFER).unwrap();
    assert!(offer.switch.is_none() && to.is_none());
    assert_eq!(from.id, "yu7");
    // Another offer from the same catalog would be where a dead end points; none gives the YU7 a new car.
    assert_eq!(tables().offers_with_successor("yu7", "pro", OFFER).count(), 0);
}

#[test]
fn it_quotes_the_kept_order_alone_and_says_nothing_of_a_new_car() {
    let mut r = default_request(OFFER);
    r.old_order.trim = "pro".into();
    r.old_order.locked_on = "2025-10-01".parse().unwrap();
    let q = quote(tables(), &r).unwrap();
    assert!(q.switch.is_none() && q.extra_cash_to_switch.is_none() && q.decision_range.is_none());
    assert!(q.gifts.is_empty() && q.options_given_up.is_empty() && q.assumptions.is_empty());
    assert!(q.notices.iter().all(|n| n.code != NoticeCode::NoSuccessor), "{:?}", q.notices);
    assert!(q.date_conflicts.is_empty(), "{:?}", q.date_conflicts);
    // ¥279,900 invoiced 2026-07-15: the 2026 tax, all of it the 2025 relief would have covered,
    // comes back off the final payment (the reference's worked figure, 12,384.95 or .96).
    let keep = &q.keep;
    assert_eq!(keep.list_total.amount, money("279900"));
    assert!(keep.purchase_tax.payable > money("12384.94") && keep.purchase_tax.payable < money("12384.97"));
    assert_eq!(keep.guarantee.amount, keep.purchase_tax.payable);
    assert_eq!(keep.cash_needed.amount, money("279900").checked_sub(r.old_order.amount_paid).unwrap());
}

#[test]
fn a_lock_after_the_cut_off_is_a_real_order_quoted_without_the_guarantee() {
    let mut r = default_request(OFFER);
    r.old_order.locked_on = "2025-12-05".parse().unwrap();
    let q = quote(tables(), &r).unwrap();
    // Not an impossible date: a YU7 locked in December exists; the guarantee just does not cover it.
    assert!(q.date_conflicts.is_empty(), "{:?}", q.date_conflicts);
    assert!(q.notices.iter().any(|n| n.code == NoticeCode::LockedAfterCutoff));
    assert!(q.keep.guarantee.amount.is_zero());
    assert_eq!(q.keep.cash_needed.amount, q.keep.owed.amount.checked_add(q.keep.tax_due.amount).unwrap());
    // Nor is a YU7 delivered before the guarantee was announced; an invoice before the lock is.
    r.keep_invoice_date = "2025-09-30".parse().unwrap();
    r.old_order.locked_on = "2025-07-01".parse().unwrap();
    assert!(quote(tables(), &r).unwrap().date_conflicts.is_empty());
    r.keep_invoice_date = "2025-06-30".parse().unwrap();
    let q = quote(tables(), &r).unwrap();
    assert_eq!(q.date_conflicts.iter().map(|c| c.code).collect::<Vec<_>>(), [ConflictCode::KeepInvoiceBeforeLock]);
}

#[test]
fn a_trim_with_no_new_car_under_a_switch_offer_is_not_bound_by_its_window_either() {
    let mut r = default_request("su7-gen1-to-gen2-2026");
    r.old_order.trim = "ultra".into();
    r.old_order.locked_on = "2026-02-01".parse().unwrap();
    r.keep_invoice_date = "2026-03-01".parse().unwrap();
    let q = quote(tables(), &r).unwrap();
    assert!(q.switch.is_none());
    assert!(q.date_conflicts.is_empty(), "{:?}", q.date_conflicts);
    // The same lock on a trim that can switch is named: the switch could not have happened.
    r.old_order.trim = "pro".into();
    let q = quote(tables(), &r).unwrap();
    assert!(q.date_conflicts.iter().any(|c| c.code == ConflictCode::LockedAfterWindow));
}

#[test]
fn its_proposal_and_succession_name_no_new_trim_and_cite_nothing() {
    let old = engine::configuration::Configuration { trim: "max".into(), options: vec![] };
    let p = propose(tables(), OFFER, &old).unwrap();
    assert_eq!(
        (p.trim.to.as_deref(), p.trim.reason, p.trim.provenance.is_none()),
        (None, TrimReason::NoSuccessor, true)
    );
    assert!(p.configuration.is_none() && p.items.is_empty());
    let s = succession(tables(), OFFER, "max").unwrap();
    assert!(s.new_trim.is_none() && s.reason_source.is_none());
    assert!(matches!(succession(tables(), OFFER, "ultra"), Err(EngineError::UnknownTrim { .. })));
}

#[test]
fn its_papers_check_as_kept_and_a_switched_order_is_refused_with_what_to_do() {
    let papers = Papers {
        offer: OFFER.into(),
        locked_on: "2025-10-01".parse().unwrap(),
        switched: false,
        invoice_total: money("279900"),
        invoice_date: "2026-07-15".parse().unwrap(),
        tax_paid: None,
        guarantee_credited: Some(money("12000")),
        original_total: None,
    };
    let c = check(tables(), &papers).unwrap();
    let due = c.guarantee.as_ref().unwrap().amount;
    assert_eq!(due, c.tax.payable);
    assert_eq!(c.guarantee_verdict, Some(Verdict::Short(due.checked_sub(money("12000")).unwrap())));
    assert!(c.rests_on.is_empty() && !c.guarantee_estimate);
    let e = check(tables(), &Papers { switched: true, ..papers }).unwrap_err();
    assert!(matches!(&e, EngineError::InvalidValue { path, .. } if path == "switched"), "{e:?}");
    assert!(e.to_string().contains("check the order as kept"), "{e}");
}
