//! Dates the offer makes impossible. Every date the owner gives — the lock date and each path's
//! invoice date — is checked against the offer's timeline and against each other; each
//! conflict names the constraint, its source and the nearest possible date, so an impossible
//! combination is never quoted as a normal one.

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::figure::{Figure, Provenance};
use super::provenance::cite;
use super::tables::{Catalog, Guarantee, Offer, Trim};
use super::text::Text;
use super::words;
use crate::date::Moment;

/// Which rule a date breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictCode {
    /// Locked after the switch window closed: the order could not have used the offer.
    LockedAfterWindow,
    /// Locked before orders for the trim opened.
    LockedBeforeOrdersOpened,
    /// The kept order invoiced before it was locked.
    KeepInvoiceBeforeLock,
    /// The kept order invoiced before the offer opened, when it was still undelivered.
    KeepInvoiceBeforeWindow,
    /// The new car invoiced before it was locked (switched).
    SwitchInvoiceBeforeLock,
    /// The new car invoiced before its first deliveries.
    SwitchInvoiceBeforeDeliveries,
}

/// Which date of the request a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestDate {
    /// `old_order.locked_on`.
    LockedOn,
    /// `keep_invoice_date`.
    KeepInvoice,
    /// `switch_invoice_date`.
    SwitchInvoice,
}

/// A date the offer makes impossible, and the nearest one it allows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateConflict {
    /// The rule broken.
    pub code: ConflictCode,
    /// The date that breaks it.
    pub date: RequestDate,
    /// The nearest date the rule allows.
    pub nearest: Date,
    /// The rule, in the owner's words.
    pub message: Text,
    /// Where the constraint's date comes from, for timeline rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

fn conflict(code: ConflictCode, date: RequestDate, nearest: Date, message: Text) -> DateConflict {
    DateConflict { code, date, nearest, message, provenance: None }
}

fn sourced(mut c: DateConflict, offer: &Offer, f: &Figure<Moment>) -> DateConflict {
    c.provenance = Some(cite(&offer.sources, f));
    c
}

/// The lock date against the switch window.
fn lock_conflicts(offer: &Offer, locked: Date) -> Option<DateConflict> {
    let closes = &offer.timeline.window_closes;
    (locked > closes.value.date).then(|| {
        let c = closes.value;
        sourced(
            conflict(
                ConflictCode::LockedAfterWindow,
                RequestDate::LockedOn,
                c.date,
                words::LOCKED_AFTER_WINDOW.text(&[("locked", &Text::day(locked)), ("closes", &Text::moment(c))]),
            ),
            offer,
            closes,
        )
    })
}

/// The keep path's invoice date against the lock and, where the order can switch, the offer's
/// opening.
fn keep_conflicts(offer: &Offer, locked: Date, invoice: Date, can_switch: bool) -> Option<DateConflict> {
    let (earliest, _) = earliest_invoices(offer, locked);
    if invoice < locked {
        return Some(conflict(
            ConflictCode::KeepInvoiceBeforeLock,
            RequestDate::KeepInvoice,
            earliest,
            words::KEEP_INVOICE_BEFORE_LOCK.text(&[
                ("invoice", &Text::day(invoice)),
                ("locked", &Text::day(locked)),
                ("earliest", &Text::day(earliest)),
            ]),
        ));
    }
    let opens = &offer.timeline.window_opens;
    (can_switch && offer.requires_undelivered && invoice < opens.value.date).then(|| {
        let o = opens.value.date;
        sourced(
            conflict(
                ConflictCode::KeepInvoiceBeforeWindow,
                RequestDate::KeepInvoice,
                o,
                words::KEEP_INVOICE_BEFORE_WINDOW.text(&[("invoice", &Text::day(invoice)), ("opens", &Text::day(o))]),
            ),
            offer,
            opens,
        )
    })
}

/// The switch path's invoice date against the lock and the new car's first deliveries.
fn switch_conflicts(offer: &Offer, locked: Date, invoice: Date) -> Option<DateConflict> {
    let first = offer.switch.as_ref().map(|w| &w.first_deliveries);
    if let Some(first) = first.filter(|f| invoice < f.value.date) {
        let f = first.value.date;
        let c = conflict(
            ConflictCode::SwitchInvoiceBeforeDeliveries,
            RequestDate::SwitchInvoice,
            f.max(locked),
            words::SWITCH_INVOICE_BEFORE_DELIVERIES.text(&[
                ("invoice", &Text::day(invoice)),
                ("first", &Text::day(f)),
                ("earliest", &Text::day(f.max(locked))),
            ]),
        );
        return Some(sourced(c, offer, first));
    }
    (invoice < locked).then(|| {
        conflict(
            ConflictCode::SwitchInvoiceBeforeLock,
            RequestDate::SwitchInvoice,
            locked,
            words::SWITCH_INVOICE_BEFORE_LOCK.text(&[("invoice", &Text::day(invoice)), ("locked", &Text::day(locked))]),
        )
    })
}

/// The lock date against the day orders for the trim opened.
fn lock_before_orders(catalog: &Catalog, trim: &Trim, locked: Date) -> Option<DateConflict> {
    let from = trim.orders_from.as_ref()?;
    let f = from.value;
    (locked < f).then(|| DateConflict {
        code: ConflictCode::LockedBeforeOrdersOpened,
        date: RequestDate::LockedOn,
        nearest: f,
        message: words::LOCKED_BEFORE_ORDERS.text(&[
            ("locked", &Text::day(locked)),
            ("trim", &trim.name),
            ("opened", &Text::day(f)),
        ]),
        provenance: Some(cite(&catalog.sources, from)),
    })
}

/// The dates of one order that the offer's timeline can make impossible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrderDates {
    /// When the order was locked.
    pub locked: Date,
    /// The kept order's invoice date.
    pub keep_invoice: Date,
    /// The new car's invoice date; `None` when the offer has no new car for the trim (it is
    /// then not checked).
    pub switch_invoice: Option<Date>,
}

/// Every date of an order that `offer` makes impossible for the old `trim` of `catalog`. The
/// offer's window bounds only an order that can switch: without a new car (a guarantee-only
/// offer, a trim with no successor) a lock or invoice outside it is a real order the offer
/// does not cover, which the quote's notices say, not an impossible one.
#[must_use]
pub fn date_conflicts(offer: &Offer, (catalog, trim): (&Catalog, &Trim), dates: OrderDates) -> Vec<DateConflict> {
    let locked = dates.locked;
    let can_switch = dates.switch_invoice.is_some();
    let switch = dates.switch_invoice.and_then(|d| switch_conflicts(offer, locked, d));
    lock_before_orders(catalog, trim, locked)
        .into_iter()
        .chain(lock_conflicts(offer, locked).filter(|_| can_switch))
        .chain(keep_conflicts(offer, locked, dates.keep_invoice, can_switch))
        .chain(switch)
        .collect()
}

/// The earliest date each path can be invoiced, whatever the owner types: (keep, switch). A
/// guarantee-only offer's switch date is the lock's (there is no new car to wait for).
#[must_use]
pub fn earliest_invoices(offer: &Offer, locked: Date) -> (Date, Date) {
    let opens = if offer.requires_undelivered { offer.timeline.window_opens.value.date } else { locked };
    let first = offer.switch.as_ref().map_or(locked, |w| w.first_deliveries.value.date);
    (locked.max(opens), locked.max(first))
}

/// The lock date assumed while the owner has not given one: the latest date that keeps every
/// right an order of this offer can hold (the guarantee's cut-off, if the window is later).
#[must_use]
pub fn assumed_lock(offer: &Offer, guarantee: Option<&Guarantee>) -> Date {
    let closes = offer.timeline.window_closes.value.date;
    guarantee.map_or(closes, |g| closes.min(g.locked_by.value))
}

/// The first lock date after the guarantee's cut-off, when the offer still accepted orders
/// locked then: the other side of the question "locked by the cut-off?". `None` when every
/// order the offer accepted was locked in time (or there is no guarantee).
#[must_use]
pub fn lock_after_cutoff(offer: &Offer, guarantee: Option<&Guarantee>) -> Option<Date> {
    let after = guarantee?.locked_by.value.next_day()?;
    (after <= offer.timeline.window_closes.value.date).then_some(after)
}

/// When the offer's window closed, if it had by `today`: the offer is then history, shown to
/// review its terms, not as a live choice.
#[must_use]
pub fn closed_by(offer: &Offer, today: Date) -> Option<&Figure<Moment>> {
    let closes = &offer.timeline.window_closes;
    (closes.value.date < today).then_some(closes)
}
