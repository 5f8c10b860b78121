//! What the owner must know, in both languages: who the offer is for, an amount paid above the
//! price, the guarantee's conditions and window, a trim with no new car, options received as
//! benefits, and refunds.

use crate::figure::Provenance;
use crate::format::yuan;
use crate::provenance::cite;
use crate::tables::{Guarantee, Offer};
use crate::text::Text;

use super::model::{Notice, NoticeCode, PathQuote};
use super::paths::QuoteTables;
use super::request::OldOrder;

fn notice(
    code: NoticeCode,
    zh: impl Into<std::sync::Arc<str>>,
    en: impl Into<std::sync::Arc<str>>,
    provenance: Option<Provenance>,
) -> Notice {
    Notice { code, message: Text::new(zh, en), provenance }
}

/// What the owner must know about the order and the guarantee, before either path is chosen.
pub(super) fn order_notices(t: &QuoteTables<'_>, old: &OldOrder, keep: &PathQuote) -> Vec<Notice> {
    let mut notices = Vec::new();
    let offer = t.offer;
    if offer.requires_locked || offer.requires_undelivered {
        notices.push(notice(
            NoticeCode::OfferEligibility,
            "本活动仅适用于已锁单且尚未交付的订单。",
            "The offer is only for orders that are locked and not yet delivered.",
            offer.terms.first().map(|term| cite(&offer.sources, term)),
        ));
    }
    if old.amount_paid > keep.list_total.amount {
        notices.push(notice(
            NoticeCode::PaidMoreThanPrice,
            "已付金额高于车价，请检查输入。",
            "The amount paid is more than the car's price; check what you entered.",
            None,
        ));
    }
    let Some(g) = t.guarantee else { return notices };
    let prov = Some(cite(&g.sources, &g.terms));
    if old.locked_on > g.locked_by.value {
        notices.push(notice(
            NoticeCode::LockedAfterCutoff,
            format!("锁单日期晚于{}，不享受跨年购置税补贴。", g.locked_by.value),
            format!("Locked after {}: the cross-year tax guarantee does not apply.", g.locked_by.value),
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
        notices.push(invoice_outside_window(NoticeCode::KeepInvoiceOutsideGuarantee, ("保留原订单", "Keep"), g));
    }
    notices
}

/// The switch path's invoice date is outside the guarantee's window (the order locked in time).
pub(super) fn switch_outside_window(t: &QuoteTables<'_>, path: &PathQuote) -> Option<Notice> {
    match (t.guarantee, &path.guarantee_check) {
        (Some(g), Some(c)) if c.locked_in_time && !c.invoice_in_window => {
            Some(invoice_outside_window(NoticeCode::SwitchInvoiceOutsideGuarantee, ("升级新车", "Switch"), g))
        }
        _ => None,
    }
}

/// The invoice date of one path (named `zh`/`en`) is outside the guarantee's invoice window.
fn invoice_outside_window(code: NoticeCode, (zh, en): (&str, &str), g: &Guarantee) -> Notice {
    let (from, to) = (g.invoiced_from.value, g.invoiced_to.value);
    notice(
        code,
        format!("{zh}：开票日期不在{from}至{to}之间，补贴不适用。"),
        format!("{en}: the invoice date is outside {from} to {to}, so the guarantee does not apply."),
        Some(cite(&g.sources, &g.terms)),
    )
}

/// The offer has no new car for the old trim: keeping is the only path.
pub(super) fn no_successor_notice(offer: &Offer, old_trim: &str) -> Notice {
    // Load-time validation guarantees the old trim is in the offer's trim map.
    let mapping = offer.trim_mapping(old_trim);
    let note = mapping.and_then(|m| m.note.clone()).unwrap_or_default();
    Notice {
        code: NoticeCode::NoSuccessor,
        message: Text::new(
            format!("本活动的资料中未找到这个版本对应的新车型，这里只能计算保留原订单。{}", note.zh),
            format!(
                "No new car for this trim was found in the offer's sources; only keeping the order is priced here. {}",
                note.en
            ),
        ),
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
    let zh: Vec<&str> = names.iter().map(|n| n.zh.as_ref()).collect();
    let en: Vec<&str> = names.iter().map(|n| n.en.as_ref()).collect();
    Some(notice(
        NoticeCode::BenefitNotCarried,
        format!("{}是原订单获赠的权益，保留原订单按¥0计；权益随车不随单，升级新车则按新车价格表计价。", zh.join("、")),
        format!(
            "{} came free with your order (a benefit), so the kept order counts ¥0; benefits follow the car, not the order, so the new car prices them from its own list.",
            en.join(", ")
        ),
        None,
    ))
}

/// A path whose payments exceed its price: the difference is a refund, named as such, and
/// whether the guarantee (a final-payment reduction) can exceed what is left to pay is a reading.
pub(super) fn refund_notice(code: NoticeCode, (zh, en): (&str, &str), path: &PathQuote) -> Option<Notice> {
    if !path.owed.amount.is_negative() {
        return None;
    }
    let refund = yuan(path.owed.amount.abs());
    let (why_zh, why_en) = if path.amount_paid.amount > path.list_total.amount {
        ("已付金额高于车价", "what was paid is more than the price")
    } else {
        (
            "已付金额加补贴超过车价；补贴以尾款减免兑现，超出尾款的部分能否退还为推测",
            "what was paid plus the guarantee is more than the price; the guarantee is a final-payment reduction, and that it can exceed what is left to pay is our reading",
        )
    };
    Some(notice(
        code,
        format!("{zh}：{why_zh}，差额{refund}应退还给您（不是还需支付的金额）。"),
        format!("{en}: {why_en}; the {refund} difference is owed back to you (a refund, not a payment)."),
        None,
    ))
}
