//! 核对: an owner's papers against what the tables make due — the tax on the invoice, the
//! guarantee's reduction — each verdict to the fen; and the check agrees with the quote for
//! every car and date the quote prices.

use engine::check::{check, Papers, Verdict};
use engine::enumerate::requests;
use engine::error::ErrorCode;
use engine::money::Money;
use engine::quote::quote;
use engine::quote::AssumptionCode;
use engine::tax::purchase_tax;
use proptest::prelude::*;

use crate::fixtures::{tables, typical_dates};

const OFFER: &str = "su7-gen1-to-gen2-2026";

fn m(s: &str) -> Money {
    Money::parse(s).unwrap()
}

/// A kept Standard (¥215,900) locked 2025-11-20 and invoiced 2026-02-10, nothing stated yet.
fn kept() -> Papers {
    Papers {
        offer: OFFER.into(),
        locked_on: "2025-11-20".parse().unwrap(),
        switched: false,
        invoice_total: m("215900"),
        invoice_date: "2026-02-10".parse().unwrap(),
        tax_paid: None,
        guarantee_credited: None,
        original_total: None,
    }
}

#[test]
fn a_kept_order_invoiced_in_2026_is_due_the_halved_tax_and_the_guarantee_makes_it_up() {
    let due = check(tables(), &kept()).unwrap();
    // 2026: half the 10 % on 215,900 ÷ 1.13; against 2025's full exemption the difference is
    // the whole 2026 tax, under the ¥15,000 cap.
    assert_eq!(due.tax.base, m("191061.95"));
    assert_eq!(due.tax.payable, m("9553.10"));
    let g = due.guarantee.clone().unwrap();
    assert_eq!((g.tax_compared, g.amount, g.cap_applied), (Money::ZERO, m("9553.10"), false));
    assert!(g.locked_in_time && g.invoice_in_window && g.retained_by_offer);
    assert!(!g.assumes.is_empty(), "whose delay it was: no paper shows it");
    assert_eq!((due.tax_verdict, due.guarantee_verdict), (None, None), "nothing stated, nothing judged");
    // The papers, right and wrong.
    let papers = Papers { tax_paid: Some(m("9553.10")), guarantee_credited: Some(m("9000")), ..kept() };
    let said = check(tables(), &papers).unwrap();
    assert_eq!(said.tax_verdict, Some(Verdict::Matches));
    assert_eq!(said.guarantee_verdict, Some(Verdict::Short(m("553.10"))), "credited ¥553.10 too little");
    let papers = Papers { tax_paid: Some(m("19106.19")), ..kept() };
    assert_eq!(check(tables(), &papers).unwrap().tax_verdict, Some(Verdict::Over(m("9553.09"))), "the full 10 %");
}

#[test]
fn outside_the_guarantee_nothing_is_due_and_a_credit_is_over() {
    let late = Papers { locked_on: "2025-12-05".parse().unwrap(), guarantee_credited: Some(m("100")), ..kept() };
    let c = check(tables(), &late).unwrap();
    let g = c.guarantee.unwrap();
    assert!(!g.locked_in_time && g.amount.is_zero() && g.assumes.is_empty());
    assert_eq!(c.guarantee_verdict, Some(Verdict::Over(m("100"))));
    let year_late = Papers { invoice_date: "2027-01-04".parse().unwrap(), ..kept() };
    let c = check(tables(), &year_late).unwrap();
    assert!(!c.guarantee.unwrap().invoice_in_window);
    // 2027: the halved relief still applies, to 2027-12-31.
    assert_eq!(c.tax.payable, m("9553.10"));
}

#[test]
fn a_switched_order_keeps_the_guarantee_only_where_the_offer_does() {
    let switched = Papers { switched: true, invoice_total: m("219900"), ..kept() };
    assert!(!check(tables(), &switched).unwrap().guarantee.unwrap().amount.is_zero());
    let mut t = tables().clone();
    t.offers.iter_mut().find(|o| o.id == OFFER).unwrap().switch.as_mut().unwrap().guarantee_retained.value = false;
    let g = check(&t, &switched).unwrap().guarantee.unwrap();
    assert!(!g.retained_by_offer && g.amount.is_zero());
    assert!(!check(&t, &kept()).unwrap().guarantee.unwrap().amount.is_zero(), "a kept order keeps it");
}

#[test]
fn bad_papers_are_typed_errors() {
    let code = |p: Papers| check(tables(), &p).unwrap_err().code();
    assert_eq!(code(Papers { offer: "nope".into(), ..kept() }), ErrorCode::UnknownOffer);
    assert_eq!(code(Papers { tax_paid: Some(m("-1")), ..kept() }), ErrorCode::NegativeAmount);
    assert_eq!(code(Papers { invoice_total: m("-1"), ..kept() }), ErrorCode::NegativeAmount);
}

#[test]
fn the_check_agrees_with_the_quote_on_every_priced_path() {
    let t = tables();
    let dates = typical_dates();
    let mut compared = 0;
    for r in requests(t, dates).iter().step_by(5) {
        let q = quote(t, r).unwrap();
        let paths = [(false, Some(&q.keep), r.keep_invoice_date), (true, q.switch.as_ref(), r.switch_invoice_date)];
        for (switched, path, invoice_date) in paths {
            let Some(path) = path else { continue };
            let papers = Papers {
                offer: r.offer.clone(),
                locked_on: r.old_order.locked_on,
                switched,
                invoice_total: path.list_total.amount,
                invoice_date,
                tax_paid: Some(path.tax_due.amount),
                guarantee_credited: Some(path.guarantee.amount),
                original_total: Some(q.keep.list_total.amount),
            };
            let c = check(t, &papers).unwrap();
            assert_eq!(c.tax_verdict, Some(Verdict::Matches), "{}", r.offer);
            // On either basis the offer names: the check's rule is the quote's.
            assert_eq!(
                c.guarantee_verdict.or(Some(Verdict::Matches)),
                Some(Verdict::Matches),
                "{} {switched}",
                r.offer
            );
            compared += 1;
        }
    }
    assert!(compared > 50, "{compared} paths compared");
}

proptest! {
    #[test]
    fn verdicts_are_exact_to_the_fen(due in 0i64..200_000_000, by in 1i64..100_000_000) {
        let due = Money::from_fen(due).unwrap();
        let by = Money::from_fen(by).unwrap();
        prop_assert_eq!(Verdict::of(due, due), Verdict::Matches);
        prop_assert_eq!(Verdict::of(due.checked_add(by).unwrap(), due), Verdict::Over(by));
        prop_assert_eq!(Verdict::of(due, due.checked_add(by).unwrap()), Verdict::Short(by));
    }

    #[test]
    fn the_tax_due_is_the_tax_rule_and_the_guarantee_stays_within_its_cap(
        fen in 0i64..10_000_000_000, year in 2025u16..=2028, month in 1u8..=12, day in 1u8..=28, lock_month in 6u8..=12,
    ) {
        let t = tables();
        let papers = Papers {
            invoice_total: Money::from_fen(fen).unwrap(),
            invoice_date: engine::date::Date::new(year, month, day).unwrap(),
            locked_on: engine::date::Date::new(2025, lock_month, day).unwrap(),
            ..kept()
        };
        let c = check(t, &papers).unwrap();
        let rule = purchase_tax(t.tax_policy("CN").unwrap(), papers.invoice_total, papers.invoice_date).unwrap();
        prop_assert_eq!(&c.tax, &rule);
        let g = c.guarantee.unwrap();
        prop_assert!(!g.amount.is_negative() && g.amount <= m("15000"));
        prop_assert!(g.amount <= c.tax.payable, "never more than the tax itself");
        prop_assert_eq!(g.amount.is_zero(), !(g.locked_in_time && g.invoice_in_window) || g.tax_on_invoice <= g.tax_compared);
    }
}

#[test]
fn a_switched_orders_guarantee_rests_on_the_offers_readings_and_is_marked_so() {
    // The SU7 offer's keeping the guarantee, and its basis, are our readings (estimate).
    let switched = Papers { switched: true, invoice_total: m("219900"), ..kept() };
    let c = check(tables(), &switched).unwrap();
    assert!(c.guarantee_estimate, "a switched order's guarantee rests on estimated terms");
    assert_eq!(c.rests_on, [AssumptionCode::GuaranteeRetained, AssumptionCode::GuaranteeBasis]);
    let k = check(tables(), &kept()).unwrap();
    assert!(!k.guarantee_estimate && k.rests_on.is_empty(), "a kept order's rests on the guarantee's own terms");
    // Nothing due (invoiced in 2027), nothing it rests on.
    let late = check(tables(), &Papers { invoice_date: "2027-01-04".parse().unwrap(), ..switched.clone() }).unwrap();
    assert!(!late.guarantee_estimate && late.rests_on.is_empty());
    // Where the offer computes it on the original order, that order's price is the basis, taxed
    // at the invoice date; without it the check says what it needs.
    let mut t = tables().clone();
    let offer = t.offers.iter_mut().find(|o| o.id == OFFER).unwrap();
    offer.switch.as_mut().unwrap().guarantee_basis.value = engine::tables::GuaranteeBasis::OriginalOrder;
    let e = check(&t, &switched).unwrap_err();
    assert_eq!((e.code(), e.path()), (ErrorCode::InvalidValue, "original_total"));
    let on_original = check(&t, &Papers { original_total: Some(m("215900")), ..switched.clone() }).unwrap();
    let g = on_original.guarantee.unwrap();
    assert_eq!((g.basis_price, g.amount), (m("215900.00"), m("9553.10")), "the kept Standard's guarantee");
    assert_eq!(on_original.tax.payable, m("9730.09"), "the tax is still the invoiced car's");
    // A kept order's basis is its own invoice, whatever the offer says of switched ones.
    assert_eq!(check(&t, &kept()).unwrap().guarantee.unwrap().basis_price, m("215900"));
}
