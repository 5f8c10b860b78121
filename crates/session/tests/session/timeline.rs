//! Dates the offer makes impossible are named, with the nearest possible date; no bundled
//! default or preset is impossible; an unknown lock date shows both sides of the cut-off.

use engine::date::Date;
use engine::quote::{quote, QuoteRequest};
use engine::text::Lang;

use crate::fixtures::tables;
use engine::timeline::{ConflictCode, RequestDate};
use session::{screen, Draft};

const SU7: &str = "su7-gen1-to-gen2-2026";
const YU7: &str = "su7-to-yu7-2025";

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn request(offer: &str, locked: &str, keep: &str, switch: &str) -> QuoteRequest {
    let mut r = Draft::default_request(tables(), offer).unwrap();
    r.old_order.trim = "standard".into();
    r.old_order.locked_on = d(locked);
    r.keep_invoice_date = d(keep);
    r.switch_invoice_date = d(switch);
    r
}

fn conflicts(r: &QuoteRequest) -> Vec<(ConflictCode, RequestDate, Date)> {
    quote(tables(), r).unwrap().date_conflicts.iter().map(|c| (c.code, c.date, c.nearest)).collect()
}

#[test]
fn a_switch_invoiced_before_the_new_car_could_be_delivered_is_named_with_the_earliest_date() {
    // The case from the issue: a new-generation SU7 invoiced in 2025 (it launched 2026-03-19).
    let c = conflicts(&request(SU7, "2025-12-01", "2026-02-15", "2025-06-30"));
    assert_eq!(c, [(ConflictCode::SwitchInvoiceBeforeDeliveries, RequestDate::SwitchInvoice, d("2026-03-26"))]);
}

#[test]
fn a_keep_invoice_before_the_lock_is_impossible() {
    let c = conflicts(&request(SU7, "2025-11-20", "2025-11-01", "2026-04-30"));
    // The nearest possible date is the first the offer allows, not the lock date (still before the window).
    assert_eq!(c[0], (ConflictCode::KeepInvoiceBeforeLock, RequestDate::KeepInvoice, d("2026-01-07")));
}

#[test]
fn a_keep_invoice_before_the_offer_opened_is_impossible_for_an_order_that_could_switch() {
    let c = conflicts(&request(SU7, "2025-11-20", "2025-12-20", "2026-04-30"));
    assert_eq!(c, [(ConflictCode::KeepInvoiceBeforeWindow, RequestDate::KeepInvoice, d("2026-01-07"))]);
}

#[test]
fn a_lock_after_the_window_closed_could_not_use_the_offer() {
    let c = conflicts(&request(YU7, "2025-07-15", "2025-09-15", "2026-07-15"));
    assert_eq!(c, [(ConflictCode::LockedAfterWindow, RequestDate::LockedOn, d("2025-06-29"))]);
    let c = conflicts(&request(SU7, "2026-01-20", "2026-02-15", "2026-04-30"));
    assert_eq!(c[0].0, ConflictCode::LockedAfterWindow);
}

#[test]
fn a_switch_invoiced_before_the_lock_is_impossible() {
    let c = conflicts(&request(YU7, "2025-06-28", "2025-09-15", "2025-06-27"));
    assert!(c.iter().any(|x| x.1 == RequestDate::SwitchInvoice), "{c:?}");
    let c = conflicts(&request(YU7, "2025-06-28", "2025-09-15", "2025-07-10"));
    assert_eq!(c, []);
}

#[test]
fn possible_dates_have_no_conflict_and_the_message_names_the_nearest_date() {
    assert_eq!(conflicts(&request(SU7, "2025-11-20", "2026-02-15", "2026-04-30")), []);
    let q = quote(tables(), &request(SU7, "2025-12-01", "2026-02-15", "2025-06-30")).unwrap();
    let c = &q.date_conflicts[0];
    assert!(c.message.get(Lang::Zh).contains("2026年3月26日") && c.message.get(Lang::En).contains("2026-03-26"));
    assert!(c.provenance.as_ref().is_some_and(|p| p.status.is_estimate()), "first deliveries are our reading");
}

#[test]
fn no_bundled_default_or_preset_produces_an_impossible_date() {
    let t = tables();
    for offer in &t.offers {
        for trim in &t.catalog(&offer.from_catalog).unwrap().trims {
            let mut draft = Draft::for_offer(t, &offer.id, Lang::Zh).unwrap();
            draft.old_trim = trim.id.clone();
            assert_eq!(draft.locked_on, "", "the lock date starts empty: only the owner knows it");
            let resolved = draft.resolve(t, &draft.starting_request(t).unwrap());
            let s = screen(t, &draft, &resolved);
            let q = s.quote.as_ref().unwrap();
            assert_eq!(q.date_conflicts, [], "{}/{} defaults", offer.id, trim.id);
            let mut sides = vec![resolved.request.old_order.locked_on];
            sides.extend(s.locked_later.as_ref().map(|(later, _)| *later));
            for locked in sides {
                for keep in &s.keep_presets {
                    for switch in &s.switch_presets {
                        let mut r = resolved.request.clone();
                        (r.old_order.locked_on, r.keep_invoice_date, r.switch_invoice_date) = (locked, *keep, *switch);
                        let q = quote(t, &r).unwrap();
                        assert_eq!(
                            q.date_conflicts,
                            [],
                            "{}/{} lock {locked} keep {keep} switch {switch}",
                            offer.id,
                            trim.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn until_the_lock_date_is_given_both_sides_of_the_cutoff_are_shown() {
    let t = tables();
    let draft = Draft::for_offer(t, SU7, Lang::Zh).unwrap();
    let resolved = draft.resolve(t, &draft.starting_request(t).unwrap());
    assert!(!resolved.lock_given);
    let s = screen(t, &draft, &resolved);
    assert_eq!(s.assumed_lock, Some(d("2025-11-30")));
    let (later, later_q) = s.locked_later.as_ref().unwrap();
    assert_eq!(*later, d("2025-12-01"));
    let (early, late) = (s.quote.as_ref().unwrap(), later_q.as_ref().unwrap());
    assert_eq!(early.extra_cash_to_switch.unwrap().to_string(), "4000.00");
    // Standard, locked after the cut-off: no guarantee on either path, the tax difference counts.
    assert_eq!(late.extra_cash_to_switch.unwrap().to_string(), "4176.99");
    assert!(late.keep.guarantee.amount.is_zero() && late.switch.as_ref().unwrap().guarantee.amount.is_zero());

    let mut given = draft.clone();
    given.locked_on = "2025-11-20".into();
    let resolved = given.resolve(t, &draft.starting_request(t).unwrap());
    let s = screen(t, &given, &resolved);
    assert!(resolved.lock_given && s.locked_later.is_none() && s.assumed_lock.is_none());
}

#[test]
fn an_offer_whose_window_closed_before_the_cutoff_has_one_side_only() {
    let t = tables();
    let draft = Draft::for_offer(t, YU7, Lang::Zh).unwrap();
    let resolved = draft.resolve(t, &draft.starting_request(t).unwrap());
    let s = screen(t, &draft, &resolved);
    assert_eq!(s.assumed_lock, Some(d("2025-06-29")), "every order this offer took was locked in time");
    assert!(s.locked_later.is_none());
}

#[test]
fn a_closed_offer_is_marked_as_history_on_the_day_the_screen_is_seen() {
    let t = tables();
    let draft = Draft::for_offer(t, YU7, Lang::Zh).unwrap();
    let resolved = draft.resolve(t, &draft.starting_request(t).unwrap());
    let during = screen(t, &draft, &resolved).seen_on(t, d("2025-06-28"));
    assert!(during.offer_closed.is_none(), "open during its window");
    let after = screen(t, &draft, &resolved).seen_on(t, d("2026-11-25"));
    let (closed, provenance) = after.offer_closed.unwrap();
    assert_eq!(closed.to_string(), "2025-06-29 24:00");
    assert!(provenance.source.contains("36kr"));
}

#[test]
fn a_lock_before_orders_for_the_trim_opened_is_impossible() {
    let mut r = request(YU7, "2025-03-01", "2025-09-15", "2026-07-15");
    r.old_order.trim = "ultra-nurburgring".into();
    r.old_order.amount_paid = engine::money::Money::parse("20000").unwrap();
    let c = conflicts(&r);
    assert_eq!(c, [(ConflictCode::LockedBeforeOrdersOpened, RequestDate::LockedOn, d("2025-06-26"))]);
    r.old_order.trim = "ultra".into();
    assert_eq!(conflicts(&r), [], "the Ultra took orders from 2025-02-27");
}

#[test]
fn the_delivery_outlook_follows_the_trims_and_says_whether_each_invoice_date_is_inside_its_window() {
    // YU7: one window per new trim, so the standard order sees only the standard wait.
    let r = request(YU7, "2025-06-01", "2025-09-15", "2026-08-15");
    let o = quote(tables(), &r).unwrap().delivery.unwrap();
    assert_eq!(o.switch.iter().map(|w| w.id.as_str()).collect::<Vec<_>>(), ["standard"]);
    // The keep path has two windows (delivered in 2025, or in 2026): the date is in one.
    assert_eq!(o.keep.iter().map(|w| w.id.as_str()).collect::<Vec<_>>(), ["delivered-2025", "delivered-2026"]);
    assert!(o.switch.iter().all(|w| w.invoice_inside) && o.keep.iter().any(|w| w.invoice_inside));
    // An invoice outside every window is said, not moved.
    let r = request(YU7, "2025-06-01", "2026-06-30", "2026-05-15");
    let q = quote(tables(), &r).unwrap();
    let o = q.delivery.unwrap();
    assert!(!o.switch[0].invoice_inside && o.keep.iter().all(|w| !w.invoice_inside));
    assert_eq!(q.date_conflicts, vec![], "outside the estimate is possible, not impossible");
    // Owners give a month (read as its last day): a window is met by any day of its months.
    let mut r = request(YU7, "2025-06-01", "2025-11-30", "2026-07-31");
    r.old_order.trim = "pro".into();
    let o = quote(tables(), &r).unwrap().delivery.unwrap();
    assert!(o.switch[0].invoice_inside && o.keep.iter().any(|w| w.invoice_inside), "{o:?}");
    // Deadlines: the window's close first, every one sourced.
    let o = quote(tables(), &request(SU7, "2025-11-01", "2026-02-15", "2026-04-30")).unwrap().delivery.unwrap();
    let at: Vec<String> = o.deadlines.iter().map(|x| x.at.to_string()).collect();
    assert_eq!(at, ["2026-01-09 24:00", "2026-03-22 24:00"]);
    assert!(o.deadlines.iter().all(|x| !x.provenance.label.zh.is_empty()));
    assert!(o.deadlines[1].passed_by(d("2026-03-23")) && !o.deadlines[1].passed_by(d("2026-03-22")));
    assert!(o.steps.len() >= 3 && o.steps.iter().any(|s| s.provenance.status.is_estimate()));
}

#[test]
fn every_window_picks_an_invoice_date_the_offer_allows_and_the_default_lies_in_a_window() {
    let t = tables();
    for offer in &t.offers {
        let Some(d) = &offer.delivery else { continue };
        let earliest = engine::timeline::earliest_invoices(offer, offer.timeline.window_opens.value.date);
        assert!(d.keep.iter().all(|w| w.value.invoice >= earliest.0), "{}", offer.id);
        assert!(d.switch.iter().all(|w| w.value.invoice >= earliest.1), "{}", offer.id);
        assert!(d.keep.iter().any(|w| w.value.holds(offer.ui_defaults.keep_invoice.value)), "{}", offer.id);
        if let Some(w) = &offer.switch {
            assert!(d.switch.iter().any(|x| x.value.holds(w.typical_invoice.value)), "{}", offer.id);
        }
    }
}
