//! The owner's edits as pure functions: each edit does what it says, and any sequence of edits
//! — valid or not, in any order — leaves a draft that resolves to a request the engine quotes.

use engine::loan::RateKind;
use engine::quote::quote;
use engine::text::Lang;
use proptest::prelude::*;
use rust_decimal::Decimal;
use session::{Draft, Edit, LoanDraft, Resolved};

use crate::fixtures::tables;

const SU7: &str = "su7-gen1-to-gen2-2026";

/// The first screen of `offer`: its default draft, settled.
fn start(offer: &str) -> (Draft, Resolved) {
    let t = tables();
    let d = Draft::for_offer(t, offer, Lang::Zh).unwrap();
    let r = d.starting_request(t).unwrap();
    d.settle(t, &r)
}

/// Ids and texts an edit may carry: every real one in the tables, and some that are not.
fn ids() -> Vec<String> {
    let t = tables();
    let mut v: Vec<String> = t.offers.iter().map(|o| o.id.clone()).collect();
    for c in &t.catalogs {
        v.extend(c.trims.iter().map(|x| x.id.clone()));
        for g in &c.option_groups {
            v.push(g.id.clone());
            v.extend(g.options.iter().map(|o| format!("{}/{}", g.id, o.id)));
        }
        v.extend(c.price_lists.iter().map(|l| l.id.clone()));
    }
    v.extend(
        ["", "nope", "paint/nope", "2025-11-20", "2026-04", "5000", "-1", "5千", "２０２６-０１-０１"]
            .map(String::from),
    );
    v
}

fn edit() -> impl Strategy<Value = Edit> {
    let id = proptest::sample::select(ids());
    let text = prop_oneof![id.clone(), "\\PC{0,50}"];
    prop_oneof![
        id.clone().prop_map(Edit::Offer),
        id.clone().prop_map(Edit::OldTrim),
        (id.clone(), proptest::option::of(id.clone()))
            .prop_map(|(group, option)| Edit::ChooseOldOption { group, option }),
        id.clone().prop_map(Edit::ToggleOldOption),
        id.clone().prop_map(Edit::ToggleGifted),
        text.clone().prop_map(Edit::LockedOn),
        text.clone().prop_map(Edit::AmountPaid),
        id.clone().prop_map(Edit::NewTrim),
        (id.clone(), proptest::option::of(id.clone()))
            .prop_map(|(group, option)| Edit::ChooseNewOption { group, option }),
        id.clone().prop_map(Edit::ToggleNewOption),
        Just(Edit::FollowProposal),
        id.clone().prop_map(Edit::PriceList),
        text.clone().prop_map(Edit::KeepInvoice),
        text.clone().prop_map(Edit::SwitchInvoice),
        (0u8..=100, 0u16..=100, text.clone(), any::<bool>()).prop_map(|(share, months, rate_percent, fee)| {
            Edit::Loan(Some(LoanDraft {
                down_share: Decimal::new(i64::from(share), 2),
                months,
                rate_percent,
                rate_kind: if fee { RateKind::FlatFee } else { RateKind::Interest },
            }))
        }),
        Just(Edit::Loan(None)),
        any::<bool>().prop_map(Edit::OnRoad),
        prop_oneof![Just(Lang::Zh), Just(Lang::En)].prop_map(Edit::Lang),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_edit_sequence_leaves_a_draft_that_resolves_and_quotes(edits in proptest::collection::vec(edit(), 1..12)) {
        let t = tables();
        let (mut d, mut r) = start(SU7);
        for e in edits {
            (d, r) = d.apply(t, &r, e.clone());
            prop_assert!(t.offer(&d.offer).is_some(), "after {e:?} the draft names offer {}", d.offer);
            prop_assert!(quote(t, &r.request).is_ok(), "after {e:?}: {:?}", quote(t, &r.request));
            // What the draft says now resolves to what was stored: the page shows one state.
            prop_assert_eq!(&d.resolve(t, &r.request).request, &r.request);
        }
    }
}

#[test]
fn an_unknown_offer_leaves_the_draft_as_it_is() {
    let (d, r) = start(SU7);
    assert_eq!(d.apply(tables(), &r, Edit::Offer("nope".into())), (d.clone(), r.clone()));
}

#[test]
fn a_new_old_trim_drops_the_owners_new_car_and_an_untouched_deposit_follows_the_trim() {
    let t = tables();
    let (d, r) = start(SU7);
    let (d, r) = d.apply(t, &r, Edit::NewTrim("max".into()));
    assert!(d.new_configuration.is_some(), "the owner chose a new trim");
    assert_eq!(d.amount_paid, "5000.00", "the standard order's deposit");
    let (d, r) = d.apply(t, &r, Edit::OldTrim("ultra".into()));
    assert_eq!(d.new_configuration, None, "a new old order means a new proposal");
    assert_eq!(r.request.old_order.trim, "ultra");
    // An untouched deposit follows the trim: Ultra orders paid ¥20,000.
    assert_eq!(d.amount_paid, "20000.00");
    // A typed amount is the owner's: it stays when the trim changes.
    let (d, r) = d.apply(t, &r, Edit::AmountPaid("6000".into()));
    let (d, _) = d.apply(t, &r, Edit::OldTrim("pro".into()));
    assert_eq!(d.amount_paid, "6000");
}

#[test]
fn a_typed_value_is_kept_to_forty_characters() {
    let (d, r) = start(SU7);
    let (d, _) = d.apply(tables(), &r, Edit::LockedOn("x".repeat(500)));
    assert_eq!(d.locked_on.chars().count(), 40);
}

#[test]
fn toggling_an_option_twice_leaves_the_order_as_it_was() {
    let t = tables();
    let (d, r) = start(SU7);
    let option = t
        .catalog("su7-gen1")
        .unwrap()
        .option_groups
        .iter()
        .flat_map(|g| g.options.iter().map(move |o| format!("{}/{}", g.id, o.id)))
        .next()
        .unwrap();
    let (d1, r1) = d.apply(t, &r, Edit::ToggleOldOption(option.clone()));
    let (d2, _) = d1.apply(t, &r1, Edit::ToggleOldOption(option));
    assert_eq!(d2.old_options, d.old_options);
}
