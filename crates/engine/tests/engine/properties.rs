//! Property tests over whole-fen prices, dates and arbitrary text.

use crate::fixtures::tables;
use engine::configuration::Configuration;
use engine::date::Date;
use engine::format::yuan;
use engine::money::Money;
use engine::quote::{quote, OldOrder, Quote, QuoteRequest};
use engine::tax::purchase_tax;
use proptest::prelude::*;

fn fen(max_yuan: i64) -> impl Strategy<Value = Money> {
    (0i64..=max_yuan * 100).prop_map(|f| Money::from_fen(f).unwrap())
}

fn date() -> impl Strategy<Value = Date> {
    (2023u16..=2029, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn scale_ok(m: Money) -> bool {
    m.amount().scale() <= 2
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn tax_relief_is_capped_and_payable_balances(price in fen(2_000_000), d in date()) {
        let policy = tables().tax_policy("CN").unwrap();
        let t = purchase_tax(policy, price, d).unwrap();
        prop_assert!(t.relief <= t.full);
        if let Some(r) = policy.relief_on(d) { prop_assert!(t.relief <= r.cap); } else { prop_assert!(t.relief.is_zero()); }
        prop_assert_eq!(t.payable, t.full.checked_sub(t.relief).unwrap());
        prop_assert!(!t.payable.is_negative());
        for m in [t.base, t.full, t.relief, t.payable] { prop_assert!(scale_ok(m)); }
    }

    #[test]
    fn tax_payable_is_monotone_in_price(a in fen(2_000_000), b in fen(2_000_000), d in date()) {
        let policy = tables().tax_policy("CN").unwrap();
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(purchase_tax(policy, lo, d).unwrap().payable <= purchase_tax(policy, hi, d).unwrap().payable);
    }

    #[test]
    fn quotes_balance_round_trip_and_never_panic(
        trim in prop::sample::select(vec!["standard", "pro", "max", "ultra", "founders-standard", "founders-max"]),
        paint in prop::sample::select(vec!["aqua-blue", "mineral-gray", "twilight-purple", "lava-orange", "pearl-white"]),
        paid in fen(600_000),
        locked in date(), keep in date(), switch in date(),
        list in prop::sample::select(vec!["presale-2026-01-07", "final-2026-03-19"]),
    ) {
        let r = QuoteRequest {
            offer: "su7-gen1-to-gen2-2026".into(),
            old_order: OldOrder {
            gifted: vec![], trim: trim.into(), options: vec![format!("paint/{paint}")], locked_on: locked, amount_paid: paid },
            new_configuration: None,
            price_list: Some(list.into()),
            keep_invoice_date: keep,
            switch_invoice_date: switch,
            loan: None,
            on_road: None,
        };
        let q = quote(tables(), &r).unwrap();
        for p in std::iter::once(&q.keep).chain(q.switch.as_ref()) {
            let sum = p.items.iter().try_fold(Money::ZERO, |a, l| a.checked_add(l.amount)).unwrap();
            prop_assert_eq!(p.list_total.amount, sum);
            prop_assert_eq!(p.cash_needed.amount, p.owed.amount.checked_add(p.tax_due.amount).unwrap());
            prop_assert!(p.guarantee.amount <= p.purchase_tax.payable.max(Money::parse("15000").unwrap()));
            for m in [p.list_total.amount, p.owed.amount, p.guarantee.amount, p.cash_needed.amount] { prop_assert!(scale_ok(m)); }
        }
        let json = serde_json::to_string(&q).unwrap();
        prop_assert_eq!(serde_json::from_str::<Quote>(&json).unwrap(), q);
        let rj = serde_json::to_string(&r).unwrap();
        prop_assert_eq!(serde_json::from_str::<QuoteRequest>(&rj).unwrap(), r);
    }

    #[test]
    fn arbitrary_requests_give_errors_not_panics(
        offer in "\\PC{0,12}", trim in "\\PC{0,12}", opts in prop::collection::vec("\\PC{0,16}", 0..4),
        new_trim in "\\PC{0,8}", paid in any::<i64>(), list in proptest::option::of("\\PC{0,10}"),
    ) {
        let Ok(paid) = Money::from_fen(paid) else { return Ok(()); };
        let r = QuoteRequest {
            offer,
            old_order: OldOrder {
            gifted: vec![], trim, options: opts.clone(), locked_on: Date::new(2025, 1, 1).unwrap(), amount_paid: paid },
            new_configuration: Some(Configuration { trim: new_trim, options: opts }),
            price_list: list,
            keep_invoice_date: Date::new(2026, 1, 1).unwrap(),
            switch_invoice_date: Date::new(2026, 1, 1).unwrap(),
            loan: None,
            on_road: None,
        };
        let _ = quote(tables(), &r);
        let _ = quote(tables(), &QuoteRequest { offer: "su7-gen1-to-gen2-2026".into(), ..r.clone() });
    }

    #[test]
    fn integer_scaling_equals_decimal_rounding(
        f in -100_000_000_000i64..100_000_000_000,
        nm in 0i64..100_000, ns in 0u32..6, dm in 1i64..100_000, ds in 0u32..6,
    ) {
        use rust_decimal::Decimal;
        use engine::money::round_fen;
        let m = Money::from_fen(f).unwrap();
        let (num, den) = (Decimal::new(nm, ns), Decimal::new(dm, ds));
        let exact = round_fen(m.amount() * num / den);
        match m.scaled(num, den) {
            Some(s) => prop_assert_eq!(s.amount(), exact),
            None => prop_assert!(exact.abs() > Decimal::from(engine::money::MAX_YUAN)),
        }
    }

    #[test]
    fn parsing_text_never_panics(s in "\\PC{0,40}") {
        let _ = Money::parse(&s);
        let _ = s.parse::<Date>();
        let _ = serde_json::from_str::<QuoteRequest>(&s);
    }

    #[test]
    fn money_text_round_trips_through_the_formatter(f in -100_000_000_000i64..100_000_000_000) {
        let m = Money::from_fen(f).unwrap();
        prop_assert_eq!(Money::parse(&m.to_string()).unwrap(), m);
        let shown = yuan(m).replace(['¥', ','], "").replace('−', "-");
        prop_assert_eq!(Money::parse(&shown).unwrap(), m);
    }
}
