//! What the owner must know, in both languages: who the offer is for, an amount paid above the
//! price, the guarantee's conditions and window, a trim with no new car, options received as
//! benefits, and refunds.

use crate::figure::Provenance;
use crate::format::yuan;
use crate::provenance::cite;
use crate::tables::{Guarantee, Offer};
use crate::text::{Text, Words};
use crate::words;

use super::model::{Notice, NoticeCode, PathQuote};
use super::paths::QuoteTables;
use super::request::OldOrder;

fn notice(code: NoticeCode, message: Text, provenance: Option<Provenance>) -> Notice {
    Notice { code, message, provenance }
}

/// What the owner must know about the order and the guarantee, before either path is chosen.
pub(super) fn order_notices(t: &QuoteTables<'_>, old: &OldOrder, keep: &PathQuote) -> Vec<Notice> {
    let mut notices = Vec::new();
    let offer = t.offer;
    if offer.requires_locked || offer.requires_undelivered {
        notices.push(notice(
            NoticeCode::OfferEligibility,
            words::OFFER_ELIGIBILITY.both(),
            offer.terms.first().map(|term| cite(&offer.sources, term)),
        ));
    }
    if old.amount_paid > keep.list_total.amount {
        notices.push(notice(NoticeCode::PaidMoreThanPrice, words::PAID_MORE_THAN_PRICE.both(), None));
    }
    let Some(g) = t.guarantee else { return notices };
    let prov = Some(cite(&g.sources, &g.terms));
    if old.locked_on > g.locked_by.value {
        notices.push(notice(
            NoticeCode::LockedAfterCutoff,
            words::LOCKED_AFTER_CUTOFF.text(&[("cutoff", &Text::day(g.locked_by.value))]),
            prov,
        ));
        return notices;
    }
    notices.push(Notice {
        code: NoticeCode::GuaranteeConditions,
        message: g.terms.value.clone(),
        provenance: prov.clone(),
    });
    if !keep.guarantee_check.as_ref().is_some_and(|c| c.invoice_in_window) {
        notices.push(invoice_outside_window(NoticeCode::KeepInvoiceOutsideGuarantee, words::KEEP_PATH, g));
    }
    notices
}

/// The switch path's invoice date is outside the guarantee's window (the order locked in time).
pub(super) fn switch_outside_window(t: &QuoteTables<'_>, path: &PathQuote) -> Option<Notice> {
    match (t.guarantee, &path.guarantee_check) {
        (Some(g), Some(c)) if c.locked_in_time && !c.invoice_in_window => {
            Some(invoice_outside_window(NoticeCode::SwitchInvoiceOutsideGuarantee, words::SWITCH_PATH, g))
        }
        _ => None,
    }
}

/// The invoice date of one `path` is outside the guarantee's invoice window.
fn invoice_outside_window(code: NoticeCode, path: Words, g: &Guarantee) -> Notice {
    let (from, to) = (Text::day(g.invoiced_from.value), Text::day(g.invoiced_to.value));
    let message = words::INVOICE_OUTSIDE_GUARANTEE.text(&[("path", &path.both()), ("from", &from), ("to", &to)]);
    notice(code, message, Some(cite(&g.sources, &g.terms)))
}

/// The offer has no new car for the old trim: keeping is the only path.
pub(super) fn no_successor_notice(offer: &Offer, old_trim: &str) -> Notice {
    // Load-time validation guarantees the old trim is in the offer's trim map.
    let mapping = offer.trim_mapping(old_trim);
    let note = mapping.and_then(|m| m.note.clone()).unwrap_or_default();
    Notice {
        code: NoticeCode::NoSuccessor,
        message: words::NO_SUCCESSOR.text(&[("note", &note)]),
        provenance: mapping.map(|m| m.cite(&offer.sources)),
    }
}

/// Options the kept order got free as benefits: the new car prices its own, since benefits
/// follow the car, not the order.
pub(super) fn benefit_notice(old: &OldOrder, keep: &PathQuote) -> Option<Notice> {
    let names: Vec<&Text> = keep
        .items
        .iter()
        .filter(|l| l.id.as_ref().is_some_and(|id| old.gifted.contains(id)))
        .filter_map(|l| l.label.as_ref())
        .collect();
    if names.is_empty() {
        return None;
    }
    let message = words::BENEFIT_NOT_CARRIED.text(&[("options", &words::list(&names))]);
    Some(notice(NoticeCode::BenefitNotCarried, message, None))
}

/// A path whose payments exceed its price: the difference is a refund, named as such, and
/// whether the guarantee (a final-payment reduction) can exceed what is left to pay is a reading.
pub(super) fn refund_notice(code: NoticeCode, name: Words, path: &PathQuote) -> Option<Notice> {
    if !path.owed.amount.is_negative() {
        return None;
    }
    let refund = Text::same(yuan(path.owed.amount.abs()));
    let why = if path.amount_paid.amount > path.list_total.amount {
        words::PAID_OVER_PRICE
    } else {
        words::PAID_AND_GUARANTEE_OVER_PRICE
    };
    let message = words::REFUND_DUE.text(&[("path", &name.both()), ("why", &why.both()), ("refund", &refund)]);
    Some(notice(code, message, None))
}
