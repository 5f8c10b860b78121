//! What the decision number is made of, said as short sentences an owner reads at a glance
//! ("车价高¥4,000；购置税多交¥177，由小米补贴全额抵扣，相抵后为¥0"), not as signed terms.

use yew::prelude::*;

use crate::ui::words as w;
use engine::format::{yuan_in, Precision};
use engine::money::Money;
use engine::quote::{ExtraCashBreakdown, Quote};
use engine::text::Lang;

/// `¥177`: the size of a difference; the sentence says which way it goes.
fn size(m: Money) -> String {
    yuan_in(m.abs(), Precision::Yuan)
}

/// 多 / 少 (more / less) for a difference that is not zero.
fn way(lang: Lang, m: Money) -> &'static str {
    (if m.is_negative() { w::LESS } else { w::MORE }).get(lang)
}

/// The price and the payment, one sentence each when they are not zero.
fn price_and_paid(lang: Lang, b: &ExtraCashBreakdown) -> Vec<String> {
    let mut out = Vec::new();
    if !b.list_price.is_zero() {
        out.push(match lang {
            Lang::Zh => format!(
                "车价{}{}",
                (if b.list_price.is_negative() { w::LOWER } else { w::HIGHER }).get(lang),
                size(b.list_price)
            ),
            Lang::En => format!("the car costs {} {}", size(b.list_price), way(lang, b.list_price)),
        });
    }
    if !b.amount_paid.is_zero() {
        let lost = !b.amount_paid.is_negative();
        out.push(match (lang, lost) {
            (Lang::Zh, true) => format!("已付的{}不能抵新车车款", size(b.amount_paid)),
            (Lang::Zh, false) => format!("已付款可多抵车款{}", size(b.amount_paid)),
            (Lang::En, true) => format!("the {} paid does not carry over", size(b.amount_paid)),
            (Lang::En, false) => format!("{} more of what you paid counts", size(b.amount_paid)),
        });
    }
    out
}

/// The tax and the guarantee in one sentence, since the guarantee exists to offset the tax:
/// the tax difference, what the guarantee covers, and the net.
fn tax_and_guarantee(lang: Lang, b: &ExtraCashBreakdown, net: Option<Money>) -> Option<String> {
    let (tax, guarantee) = (b.purchase_tax, b.guarantee);
    let mut parts = Vec::new();
    if !tax.is_zero() {
        parts.push(match lang {
            Lang::Zh => format!("购置税{}交{}", way(lang, tax), size(tax)),
            Lang::En => format!("{} {} purchase tax", size(tax), way(lang, tax)),
        });
    }
    let offsets_all = net.is_some_and(Money::is_zero) && guarantee.is_negative();
    if !guarantee.is_zero() {
        // The guarantee's part is negative when switching gets more of it.
        let covers = if guarantee.is_negative() { w::MORE } else { w::LESS };
        parts.push(match (lang, offsets_all && !tax.is_zero()) {
            (Lang::Zh, true) => "由小米补贴全额抵扣".to_string(),
            (Lang::En, true) => "all covered by Xiaomi's guarantee".to_string(),
            (Lang::Zh, false) => format!("小米补贴{}{}", covers.get(lang), size(guarantee)),
            (Lang::En, false) => format!("Xiaomi's guarantee covers {} {}", size(guarantee), covers.get(lang)),
        });
    }
    if let (Some(net), false, false) = (net, tax.is_zero(), guarantee.is_zero()) {
        parts.push(match (lang, net.is_zero()) {
            (Lang::Zh, true) => "相抵后为¥0".to_string(),
            (Lang::En, true) => "net ¥0".to_string(),
            (Lang::Zh, false) => format!("相抵后{}{}", way(lang, net), size(net)),
            (Lang::En, false) => format!("net {} {}", size(net), way(lang, net)),
        });
    }
    (!parts.is_empty()).then(|| parts.join(w::COMMA.get(lang)))
}

/// The breakdown's sentences, in reading order.
#[must_use]
pub fn sentences(lang: Lang, b: &ExtraCashBreakdown, net: Option<Money>) -> String {
    let mut all = price_and_paid(lang, b);
    all.extend(tax_and_guarantee(lang, b, net));
    all.join(w::SEMICOLON.get(lang))
}

/// What the decision number is made of.
pub fn breakdown(lang: Lang, q: &Quote) -> Html {
    let Some(b) = q.extra_cash_breakdown else { return html! {} };
    let text = sentences(lang, &b, q.tax_change_net);
    html! {
        <p class="breakdown" data-testid="breakdown">
            if !text.is_empty() {
                <span data-testid="breakdown-sentences">{ w::BREAKDOWN_LEAD.get(lang) }{ w::COLON.get(lang) }{ text }{ w::FULL_STOP.get(lang) }</span>
            }
        </p>
    }
}
