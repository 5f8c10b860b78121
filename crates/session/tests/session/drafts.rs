//! The owner's session: drafts resolve to valid requests, links and saved state round-trip,
//! and every kind of bad link or saved text is a typed error, never a panic.

use engine::configuration::Configuration;
use engine::loan::RateKind;
use engine::quote::quote;
use engine::tables::Tables;
use engine::text::Lang;
use proptest::prelude::*;

use crate::fixtures::{any_draft, tables};
use session::{
    decode_link, decode_saved, encode_link, encode_saved, restore, screen, Alteration, Draft, Field, LinkError,
    SavedError, Storage,
};

fn draft() -> Draft {
    Draft::for_offer(tables(), "su7-gen1-to-gen2-2026", Lang::Zh).unwrap()
}

#[test]
fn it_resolves_every_offers_default_draft_to_a_quotable_request() {
    let t = tables();
    for offer in &t.offers {
        let d = Draft::for_offer(t, &offer.id, Lang::En).unwrap();
        let first = d.resolve(t, &d.resolve(t, &dummy(t)).request);
        assert_eq!(first.errors, vec![], "{}", offer.id);
        quote(t, &first.request).unwrap();
    }
}

fn dummy(t: &Tables) -> engine::quote::QuoteRequest {
    Draft::default_request(t, "su7-gen1-to-gen2-2026").unwrap()
}

#[test]
fn it_keeps_the_last_valid_value_of_each_bad_field() {
    let t = tables();
    let good = draft().resolve(t, &dummy(t)).request;
    let mut bad = draft();
    bad.amount_paid = "5.001".into();
    bad.locked_on = "2025-02-30".into();
    bad.old_options = vec!["paint/brilliant-magenta".into()]; // requires its wheels
    bad.new_configuration =
        Some(Configuration { trim: "pro".into(), options: vec!["paint/aqua-blue".into(), "paint/pearl-white".into()] });
    let r = bad.resolve(t, &good);
    let fields: Vec<Field> = r.errors.iter().map(|e| e.field).collect();
    for f in [Field::AmountPaid, Field::LockedOn, Field::OldOptions, Field::NewConfiguration] {
        assert!(fields.contains(&f), "{f:?} reported in {fields:?}");
    }
    assert_eq!(r.request.old_order.amount_paid, good.old_order.amount_paid);
    assert_eq!(r.request.old_order.locked_on, good.old_order.locked_on);
    assert_eq!(r.request.old_order.options, good.old_order.options);
    assert_eq!(r.request.new_configuration, good.new_configuration);
    assert!(r.errors.iter().any(|e| e.field == Field::OldOptions && e.group.as_deref() == Some("paint")));
    quote(t, &r.request).unwrap();
}

#[test]
fn amounts_read_as_owners_type_them() {
    let t = tables();
    for typed in ["5千", "0.5万", "５０００", "¥5,000元", "5k", "0.5W"] {
        let mut d = draft();
        d.amount_paid = typed.into();
        let r = d.resolve(t, &dummy(t));
        assert_eq!(r.errors, vec![], "{typed}");
        assert_eq!(r.request.old_order.amount_paid.to_string(), "5000.00", "{typed}");
    }
}

proptest! {
    /// Any amount of fen written in 万 with every digit reads back exact: the multiplier is
    /// applied to the decimal as typed, never through a float.
    #[test]
    fn amounts_in_wan_are_exact_to_the_fen(fen in 0_i64..10_000_000_000) {
        let typed = format!("{}.{:06}万", fen / 1_000_000, fen % 1_000_000);
        let read = session::typed_yuan(&typed).unwrap();
        prop_assert_eq!(read, engine::money::Money::from_fen(fen).unwrap(), "{}", typed);
    }
}

#[test]
fn it_round_trips_links_and_saved_state() {
    let mut d = draft();
    d.lang = Lang::En;
    d.old_options = vec!["paint/twilight-purple".into(), "interior/nappa".into()];
    d.gifted_options = vec!["interior/nappa".into()];
    d.new_configuration = Some(Configuration { trim: "max".into(), options: vec!["paint/capri-blue".into()] });
    let link = encode_link(&d);
    assert!(link.len() < 300, "compact: {} chars", link.len());
    assert_eq!(decode_link(&format!("#{link}")).unwrap(), d);
    assert_eq!(decode_saved(&encode_saved(&d)).unwrap(), d);
}

#[test]
fn it_names_what_is_wrong_with_a_bad_link() {
    let link = encode_link(&draft());
    assert_eq!(decode_link("#hello"), Err(LinkError::NotALink));
    assert_eq!(decode_link(&link.replacen("v1", "v0", 1)), Err(LinkError::Outdated("v0".into())));
    let cut = &link[..link.find("&pl=").unwrap()];
    assert!(matches!(decode_link(cut), Err(LinkError::Truncated(_))), "{:?}", decode_link(cut));
    assert!(matches!(decode_link(&format!("{link}&x=1")), Err(LinkError::Altered(_))));
    assert!(matches!(decode_link(&format!("{link}&o=again")), Err(LinkError::Altered(_))));
    assert!(matches!(decode_link(&link.replace("a=5000.00", "a=%ZZ")), Err(LinkError::Altered(_))));
    assert!(matches!(decode_link(&link.replace("lang=zh", "lang=fr")), Err(LinkError::Altered(_))));
    assert_eq!(decode_link(&"v1&".repeat(1000)), Err(LinkError::TooLong));
}

#[test]
fn it_flags_tampered_values_that_decode_but_do_not_fit_the_tables() {
    let t = tables();
    let good = draft().resolve(t, &dummy(t)).request;
    let tampered = encode_link(&draft()).replace("a=5000.00", "a=-1e308").replace("t=standard", "t=hyper");
    let d = decode_link(&tampered).unwrap();
    let r = d.resolve(t, &good);
    assert!(r.errors.iter().any(|e| e.field == Field::AmountPaid));
    assert!(r.errors.iter().any(|e| e.field == Field::OldTrim));
    quote(t, &r.request).unwrap();
}

#[test]
fn it_reports_corrupted_or_foreign_saved_state() {
    assert!(matches!(decode_saved(""), Err(SavedError::Corrupted(_))));
    // Format 1 (JSON) is turned into today's format by the browser shell before it gets here;
    // one that arrives could not be read: damage, not another version.
    assert!(matches!(decode_saved("{\"v\":1,\"draft\":{}}"), Err(SavedError::Corrupted(_))));
    assert!(matches!(decode_saved("{\n \"v\": 1, \"draft\": {"), Err(SavedError::Corrupted(_))));
    // A version line as this app writes it, and no other spelling of it.
    let d = draft();
    let body = encode_saved(&d).split_once('\n').unwrap().1.to_string();
    assert_eq!(decode_saved(&format!("2\n{body}")), Ok(d));
    for line in ["02", "+2", " 2", "2 ", "-2", ""] {
        assert!(matches!(decode_saved(&format!("{line}\n{body}")), Err(SavedError::Corrupted(_))), "{line:?}");
    }
    assert_eq!(decode_saved("3\nv1&o=x"), Err(SavedError::OtherVersion(3)));
    assert!(matches!(decode_saved("2\nhello"), Err(SavedError::Corrupted(_))));
    assert!(matches!(decode_saved("2\nv1&o=x"), Err(SavedError::Corrupted(_))), "a truncated draft");
    assert_eq!(decode_saved("{\"v\":7}"), Err(SavedError::OtherVersion(7)));
    assert!(matches!(decode_saved("[1,2]"), Err(SavedError::Corrupted(_))));
}

proptest! {
    #[test]
    fn links_and_saved_text_never_panic(s in "\\PC{0,300}") {
        let _ = decode_link(&s);
        let _ = decode_link(&format!("v1&{s}"));
        let _ = decode_saved(&s);
    }

    #[test]
    fn any_draft_round_trips_through_a_link(d in any_draft()) {
        prop_assert_eq!(decode_link(&encode_link(&d)).unwrap(), d);
    }

    #[test]
    fn any_decoded_link_resolves_to_a_quotable_request(s in "[a-z0-9=&/:,.%-]{0,120}") {
        let t = tables();
        let good = draft().resolve(t, &dummy(t)).request;
        if let Ok(d) = decode_link(&format!("v1&o=su7-gen1-to-gen2-2026&{s}")) {
            let r = d.resolve(t, &good);
            prop_assert!(quote(t, &r.request).is_ok());
        }
    }
}

// --- Restoring the page: saved state × link × tables → what is shown, what message, what is saved.

fn saved_text(d: &Draft) -> String {
    encode_saved(d)
}

#[test]
fn restore_shows_defaults_when_nothing_is_saved_or_linked() {
    let t = tables();
    let r = restore(t, None, None).unwrap();
    assert_eq!(r.draft, draft());
    assert_eq!(r.storage, Storage::Saving);
    assert_eq!(r.link_problem, None);
}

#[test]
fn restore_shows_the_owners_saved_configuration() {
    let t = tables();
    let mut own = draft();
    own.old_trim = "max".into();
    let r = restore(t, Some(&saved_text(&own)), None).unwrap();
    assert_eq!((r.draft, r.storage, r.link_problem), (own, Storage::Saving, None));
}

#[test]
fn restore_shows_a_shared_link_and_keeps_the_owners_own_aside() {
    let t = tables();
    let mut own = draft();
    own.old_trim = "max".into();
    let shared = draft();
    let r = restore(t, Some(&saved_text(&own)), Some(&encode_link(&shared))).unwrap();
    assert_eq!(r.draft, shared);
    assert_eq!(
        r.storage,
        Storage::ViewingShared { own: Some(Box::new(own)), values_replaced: false, saved_problem: None }
    );
    assert_eq!(r.link_problem, None, "one message: the shared view, not also 'could not be read'");
}

#[test]
fn restore_says_once_that_a_read_link_had_values_replaced() {
    let t = tables();
    let tampered = encode_link(&draft()).replace("t=standard", "t=hyper");
    let r = restore(t, None, Some(&tampered)).unwrap();
    assert_eq!(r.storage, Storage::ViewingShared { own: None, values_replaced: true, saved_problem: None });
    assert_eq!(r.link_problem, None);
}

#[test]
fn restore_reports_an_unreadable_link_and_shows_the_owners_own() {
    let t = tables();
    let mut own = draft();
    own.amount_paid = "20000".into();
    let r = restore(t, Some(&saved_text(&own)), Some("v9&o=x")).unwrap();
    assert_eq!(r.draft, own);
    assert_eq!(r.storage, Storage::Saving);
    assert_eq!(r.link_problem, Some(LinkError::Outdated("v9".into())));
}

#[test]
fn restore_keeps_unreadable_saved_data_until_the_owner_chooses() {
    let t = tables();
    let r = restore(t, Some("2\nv1&o=su7-gen1-to-gen2-2026&t=pro"), None).unwrap();
    assert_eq!(r.draft, draft());
    assert!(matches!(r.storage, Storage::SavedUnreadable(SavedError::Corrupted(_))));
    let r = restore(t, Some("{\"v\":1,\"draft\":{\"lang\":\"zh\"}}"), None).unwrap();
    assert!(matches!(r.storage, Storage::SavedUnreadable(SavedError::Corrupted(_))), "the shell could not read it");
    let r = restore(t, Some("{\"v\":2}"), Some(&encode_link(&draft()))).unwrap();
    assert!(
        matches!(r.storage, Storage::ViewingShared { own: None, saved_problem: Some(SavedError::OtherVersion(2)), .. }),
        "a link still wins, and the unreadable saved data is still reported: {:?}",
        r.storage
    );
}

#[test]
fn an_unknown_offer_is_reported_once_and_the_rest_of_the_draft_is_kept() {
    let t = tables();
    let mut stale = draft();
    stale.offer = "su7-old-offer-2024".into();
    stale.old_trim = "pro".into();
    stale.amount_paid = "20000".into();
    let r = restore(t, Some(&saved_text(&stale)), None).unwrap();
    let start = r.draft.starting_request(t).unwrap();
    let (settled, resolved) = r.draft.settle(t, &start);
    assert_eq!(settled.offer, "su7-gen1-to-gen2-2026", "what is saved next names a real offer");
    assert_eq!(resolved.errors.iter().map(|e| e.field).collect::<Vec<_>>(), vec![Field::Offer]);
    assert!(resolved.errors[0].message.get(Lang::En).contains("su7-old-offer-2024"));
    assert_eq!(resolved.request.old_order.trim, "pro", "the owner's trim survives");
    assert_eq!(resolved.request.old_order.amount_paid.to_string(), "20000.00");
    let (again, resolved) = settled.clone().settle(t, &resolved.request);
    assert_eq!((again, resolved.errors), (settled, vec![]), "the message does not repeat");
}

// --- The derived screen.

#[test]
fn the_screen_shows_the_proposal_the_quote_prices() {
    let t = tables();
    for offer in &t.offers {
        for trim in &t.catalog(&offer.from_catalog).unwrap().trims {
            let mut d = Draft::for_offer(t, &offer.id, Lang::Zh).unwrap();
            d.old_trim = trim.id.clone();
            let resolved = d.resolve(t, &d.starting_request(t).unwrap());
            let s = screen(t, &d, &resolved);
            let q = s.quote.as_ref().unwrap();
            assert_eq!(
                s.new_configuration.as_ref(),
                q.switch.as_ref().map(|p| &p.configuration),
                "{}/{}",
                offer.id,
                trim.id
            );
            assert_eq!(s.proposal.as_ref().unwrap().configuration, s.new_configuration);
            assert!(!s.customised);
            assert_eq!(s.succession.as_ref().unwrap().new_trim.is_some(), q.switch.is_some());
        }
    }
}

#[test]
fn each_paths_tax_steps_carry_the_tax_tables_numbers() {
    let t = tables();
    let d = draft();
    let s = screen(t, &d, &d.resolve(t, &d.starting_request(t).unwrap()));
    let policy = t.tax_policy("CN").unwrap();
    let tax = &s.quote.unwrap().keep.purchase_tax;
    assert_eq!((tax.vat_divisor, tax.rate), (policy.vat_divisor.value, policy.rate.value));
    let years = |d: &Vec<engine::date::Date>| d.iter().map(|d| d.year()).collect::<Vec<_>>();
    assert_eq!(years(&s.keep_presets), [2026, 2027, 2028], "no 2025 invoice for an order undelivered in 2026-01");
    assert_eq!(years(&s.switch_presets), [2026, 2027, 2028], "the new car launched in 2026");
}

#[test]
fn links_made_before_order_benefits_still_read() {
    let old_link = "v1&o=su7-gen1-to-gen2-2026&t=pro&p=interior/nappa&l=2025-11-20&a=5000.00&pl=final-2026-03-19&k=2026-02-15&s=2026-04-30&lang=zh";
    let d = decode_link(old_link).unwrap();
    assert_eq!(d.gifted_options, Vec::<String>::new());
    assert_eq!(d.old_options, ["interior/nappa"]);
}

#[test]
fn a_benefit_on_an_option_not_chosen_is_reported_and_left_out() {
    let t = tables();
    let mut d = draft();
    d.gifted_options = vec!["interior/nappa".into()];
    let r = d.resolve(t, &dummy(t));
    assert!(r.errors.iter().any(|e| e.field == Field::OldOptions && e.message.get(Lang::En).contains("benefit")));
    assert!(r.request.old_order.gifted.is_empty());
    quote(t, &r.request).unwrap();
}

#[test]
fn an_invoice_given_as_a_delivery_month_counts_as_its_last_day() {
    let t = tables();
    let mut d = draft();
    d.switch_invoice = "2026-04".into();
    d.keep_invoice = "2028-02".into();
    let r = d.resolve(t, &dummy(t));
    assert_eq!(r.errors, vec![]);
    assert_eq!(r.request.switch_invoice_date.to_string(), "2026-04-30");
    assert_eq!(r.request.keep_invoice_date.to_string(), "2028-02-29");
    d.locked_on = "2025-11".into();
    let r = d.resolve(t, &dummy(t));
    assert!(r.errors.iter().any(|e| e.field == Field::LockedOn), "a lock date needs its day");
}

#[test]
fn a_lock_date_that_does_not_read_is_not_quietly_assumed() {
    let t = tables();
    let mut d = draft();
    d.locked_on = "2025-13-45".into();
    let r = d.resolve(t, &dummy(t));
    assert!(r.errors.iter().any(|e| e.field == Field::LockedOn));
    assert!(!r.lock_given, "the screen shows both sides of the cut-off, not the assumed date as if given");
    let s = screen(t, &d, &r);
    assert!(s.locked_later.is_some());
}

#[test]
fn the_share_link_carries_the_loan_as_quoted_and_the_on_road_costs() {
    let t = tables();
    let mut d = draft();
    d.on_road = true;
    d.loan = Some(session::LoanDraft {
        down_share: rust_decimal::Decimal::new(2, 1),
        months: 36,
        rate_percent: "3.1".into(),
        rate_kind: RateKind::Interest,
    });
    let r = d.resolve(t, &dummy(t));
    let link = encode_link(&d.for_share(&r));
    assert!(link.contains("&f=0.2:36:3.1:i&r=1&"), "{link}");
    let back = decode_link(&link).unwrap().resolve(t, &dummy(t));
    assert_eq!(quote(t, &back.request).unwrap(), quote(t, &r.request).unwrap());
    assert!(quote(t, &back.request).unwrap().on_road.is_some());
    // A mistyped rate travels as the last valid one, never as the typo.
    d.loan.as_mut().unwrap().rate_percent = "abc".into();
    let r2 = d.resolve(t, &r.request);
    assert!(encode_link(&d.for_share(&r2)).contains("&f=0.2:36:3.1:i"));
    for bad in ["f=0.2:36", "f=x:36:3:i", "f=0.2:36:3:q", "f=0.2:36:3:i:9"] {
        let tampered = link.replace("f=0.2:36:3.1:i&r=1", bad);
        assert!(matches!(decode_link(&tampered), Err(LinkError::Altered(_))), "{bad}: {:?}", decode_link(&tampered));
    }
    for bad in ["r=2", "r=0", "r=1:", "r=2:scrap-2026", "r=:scrap-2026"] {
        let tampered = link.replace("&r=1&", &format!("&{bad}&"));
        assert_eq!(decode_link(&tampered), Err(LinkError::Altered(Alteration::OnRoad)), "{bad}");
    }
    let with = decode_link(&link.replace("&r=1&", "&r=0:scrap-2026&")).unwrap();
    assert_eq!((with.on_road, with.trade_in.as_deref()), (false, Some("scrap-2026")), "kept while off");
}

#[test]
fn a_loan_term_outside_the_range_is_reported_and_shared_as_priced() {
    let t = tables();
    let mut d = draft();
    d.loan = Some(session::LoanDraft {
        down_share: rust_decimal::Decimal::new(2, 1),
        months: 36,
        rate_percent: "3.5".into(),
        rate_kind: RateKind::Interest,
    });
    let link = encode_link(&d.for_share(&d.resolve(t, &dummy(t))));
    for (given, priced) in [(65535, 60), (61, 60), (11, 12), (0, 12)] {
        let tampered = link.replace("f=0.2:36:", &format!("f=0.2:{given}:"));
        let r = restore(t, None, Some(&tampered)).unwrap();
        assert!(matches!(r.storage, Storage::ViewingShared { values_replaced: true, .. }), "{given}");
        let resolved = r.draft.resolve(t, &dummy(t));
        assert_eq!(resolved.request.loan.as_ref().unwrap().months, priced);
        let said: Vec<_> = resolved.errors.iter().filter(|e| e.field == Field::LoanMonths).collect();
        assert_eq!(said.len(), 1, "{given}");
        assert!(said[0].message.zh.contains(&format!("已按{priced}个月计算")), "{}", said[0].message.zh);
        assert!(said[0].message.en.contains(&format!("said {given},")), "{}", said[0].message.en);
        // Shared again: the term that was priced, which reads back without a problem.
        let again = encode_link(&r.draft.for_share(&resolved));
        assert!(again.contains(&format!("f=0.2:{priced}:")), "{again}");
        assert!(decode_link(&again).unwrap().resolve(t, &dummy(t)).errors.is_empty());
    }
}

#[test]
fn the_share_link_is_always_readable_back_and_reproduces_the_quote() {
    let t = tables();
    let mut d = draft();
    d.old_trim = "max".into();
    d.amount_paid = "9".repeat(5_000); // pasted nonsense: not valid, the last valid amount is quoted
    d.old_options = (0..50_000).map(|i| format!("paint/x{i}")).collect();
    let r = d.resolve(t, &dummy(t));
    assert!(r.errors.iter().any(|e| e.field == Field::AmountPaid));
    assert!(r.errors.iter().any(|e| e.field == Field::OldOptions));
    let link = encode_link(&d.for_share(&r));
    assert!(link.len() < 2_000, "{} chars", link.len());
    let back = decode_link(&link).unwrap();
    let again = back.resolve(t, &dummy(t));
    assert_eq!(again.errors, vec![]);
    assert_eq!(quote(t, &again.request).unwrap(), quote(t, &r.request).unwrap());
}

#[test]
fn amounts_typed_with_thousands_separators_are_read() {
    let t = tables();
    for (typed, read) in
        [("5,000", "5000.00"), ("5，000", "5000.00"), ("20,000.50", "20000.50"), ("1,234,567", "1234567.00")]
    {
        let mut d = draft();
        d.amount_paid = typed.into();
        let r = d.resolve(t, &dummy(t));
        assert_eq!((r.errors, r.request.old_order.amount_paid.to_string()), (vec![], read.to_string()), "{typed}");
    }
    for bad in ["5,00", "50,0000", ",500", "5.001"] {
        let mut d = draft();
        d.amount_paid = bad.into();
        assert!(d.resolve(t, &dummy(t)).errors.iter().any(|e| e.field == Field::AmountPaid), "{bad}");
    }
}

#[test]
fn a_benefit_listed_many_times_counts_once_and_the_share_link_stays_short() {
    let t = tables();
    let mut d = draft();
    d.old_options = vec!["interior/nappa".into()];
    d.gifted_options = vec!["interior/nappa".into(); 65];
    let r = d.resolve(t, &dummy(t));
    assert_eq!(r.request.old_order.gifted, ["interior/nappa"]);
    quote(t, &r.request).unwrap();
    let link = encode_link(&d.for_share(&r));
    assert!(link.len() < 2_000 && decode_link(&link).is_ok());
}

#[test]
fn a_dealers_own_plate_fee_replaces_the_on_road_estimate_and_other_fees_do_not() {
    use engine::dealer::Dealer;
    let t = tables();
    let dealer = Dealer::parse(include_str!("../../../../static/dealers/demo-dealer.json")).unwrap();
    let mut d = draft();
    let r = d.resolve(t, &dummy(t)).with_dealer_fees(t, &dealer.fees);
    assert!(r.request.on_road.is_none(), "no on-road costs unless asked for");
    d.on_road = true;
    let r = d.resolve(t, &dummy(t)).with_dealer_fees(t, &dealer.fees);
    let overrides = &r.request.on_road.as_ref().unwrap().overrides;
    assert_eq!(overrides.keys().collect::<Vec<_>>(), ["plate-service"], "delivery-prep is no on-road line");
    let line =
        quote(t, &r.request).unwrap().on_road.unwrap().lines.into_iter().find(|l| l.id == "plate-service").unwrap();
    assert_eq!(
        (line.low.to_string(), line.high.to_string(), line.provenance),
        ("500.00".into(), "500.00".into(), None)
    );
}

#[test]
fn every_session_message_has_the_same_slots_in_both_languages() {
    assert!(session::words::ALL.len() >= 9, "the list is the session's messages");
    assert_eq!(engine::text::slot_mismatches(session::words::ALL), Vec::<String>::new());
}

#[test]
fn a_discontinued_paid_colour_is_asked_about_with_the_answer_for_each_replacement() {
    let t = tables();
    let mut d = draft();
    d.old_trim = "pro".into();
    d.old_options = vec!["paint/lava-orange".into()];
    let r = d.resolve(t, &dummy(t));
    let s = screen(t, &d, &r);
    let [rep] = s.replacements.as_slice() else { panic!("one given-up option: {:?}", s.replacements) };
    assert_eq!((rep.given_up.id.as_str(), rep.group.as_str()), ("paint/lava-orange", "paint"));
    let [same, free] = rep.choices.as_slice() else { panic!("two choices: {:?}", rep.choices) };
    assert_eq!(same.price.to_string(), "7000.00", "a colour of the same price first");
    assert!(free.price.is_zero(), "then a free one");
    assert!(free.chosen && !same.chosen, "the proposal took the free colour; the question says so");
    assert_eq!(
        Some(free.extra_cash),
        s.quote.as_ref().unwrap().extra_cash_to_switch,
        "the answer shown is the free one's"
    );
    assert!(same.extra_cash > free.extra_cash, "a paid colour costs more");
    // Choosing the paid colour makes it the one shown, with the answer that was promised.
    let (d2, r2) =
        d.apply(t, &r, session::Edit::ChooseNewOption { group: "paint".into(), option: Some(same.option.clone()) });
    let s2 = screen(t, &d2, &r2);
    assert_eq!(s2.quote.unwrap().extra_cash_to_switch, Some(same.extra_cash));
    assert!(s2.replacements[0].choices[0].chosen);
    // An order without a given-up paid option is not asked.
    assert!(screen(t, &draft(), &draft().resolve(t, &dummy(t))).replacements.is_empty());
}

#[test]
fn unknown_ids_are_the_engines_errors_at_the_drafts_fields() {
    let t = tables();
    for offer in &t.offers {
        assert!(Draft::for_offer(t, &offer.id, Lang::Zh).unwrap().unknown_id(t).is_none(), "{}", offer.id);
    }
    // A change to the default draft, the error code it gives, and its path.
    type Case = (fn(&mut Draft), &'static str, &'static str);
    let cases: [Case; 7] = [
        (|d| d.offer = "su7-old-offer-2024".into(), "unknown_offer", "offer"),
        (|d| d.old_trim = "hyper".into(), "unknown_trim", "old_trim"),
        (|d| d.old_options = vec!["paint/lava-orange".into(), "paint/nope".into()], "unknown_option", "old_options[1]"),
        (|d| d.gifted_options = vec!["wheels/none".into()], "unknown_option", "gifted_options[0]"),
        (
            |d| d.new_configuration = Some(Configuration { trim: "ultra-x".into(), options: vec![] }),
            "unknown_trim",
            "new_configuration.trim",
        ),
        (
            |d| d.new_configuration = Some(Configuration { trim: "max".into(), options: vec!["interior/x".into()] }),
            "unknown_option",
            "new_configuration.options[0]",
        ),
        (|d| d.price_list = "final-2099".into(), "unknown_price_list", "price_list"),
    ];
    for (change, code, path) in cases {
        let mut d = draft();
        change(&mut d);
        let e = d.unknown_id(t).expect(path);
        assert_eq!((serde_json::to_value(e.code()).unwrap(), e.path()), (serde_json::json!(code), path));
    }
}

#[test]
fn the_page_and_the_api_answer_an_option_list_alike() {
    let t = tables();
    let api = |options: &[String]| {
        let mut r = dummy(t);
        r.old_order.options = options.to_vec();
        quote(t, &r).unwrap_err().to_string()
    };
    let page = |options: &[String]| {
        let mut d = draft();
        d.old_options = options.to_vec();
        let errors = d.resolve(t, &dummy(t)).errors;
        errors.into_iter().find(|e| e.field == Field::OldOptions).unwrap().message.en.to_string()
    };
    let over = vec!["paint/twilight-purple".to_string(); 65];
    assert_eq!(page(&over), api(&over));
    let unknown: Vec<String> = (0..62).map(|i| format!("paint/x{i}")).collect();
    assert!(page(&unknown).contains("paint/x0") && api(&unknown).contains("paint/x0"));
}

#[test]
fn a_trade_in_subsidy_goes_to_the_on_road_request_and_an_unknown_one_is_told() {
    let t = tables();
    let mut d = draft();
    d.on_road = true;
    d.trade_in = Some("scrap-2026".into());
    let r = d.resolve(t, &dummy(t));
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.request.on_road.as_ref().unwrap().trade_in.as_deref(), Some("scrap-2026"));
    assert!(quote(t, &r.request).unwrap().on_road.unwrap().trade_in.is_some());
    // From a link made with other tables: said at its control, none applied, the rest kept.
    d.trade_in = Some("bonus-2027".into());
    let r = d.resolve(t, &dummy(t));
    assert_eq!(r.errors.iter().map(|e| e.field).collect::<Vec<_>>(), [Field::TradeIn]);
    assert!(r.errors[0].message.zh.contains("bonus-2027"), "{:?}", r.errors);
    assert!(r.request.on_road.as_ref().unwrap().trade_in.is_none());
    assert_eq!(d.for_share(&r).trade_in, None, "shared as quoted");
    // Given whole (a widget's setConfig), it is an error that changes nothing.
    let e = d.unknown_id(t).unwrap();
    assert!(matches!(&e, engine::error::EngineError::InvalidValue { path, .. } if path == "trade_in"), "{e:?}");
    // Without on-road costs the subsidy is not read.
    d.on_road = false;
    assert!(d.resolve(t, &dummy(t)).errors.is_empty());
}
