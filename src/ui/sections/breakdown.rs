//! What the decision number is made of, said as short sentences an owner reads at a glance
//! ("车价高¥4,000；购置税多交¥177，由小米补贴全额抵扣，相抵后为¥0"), not as signed terms.

use yew::prelude::*;

use crate::ui::words as w;
use engine::format::{yuan_in, Precision};
use engine::money::Money;
use engine::quote::{ExtraCashBreakdown, Quote};
use engine::text::{Lang, Words};

/// `¥177`: the size of a difference; the message says which way it goes.
fn size(m: Money) -> String {
    yuan_in(m.abs(), Precision::Yuan)
}

/// `more` or `less` filled with the size of `m` (not zero); `less` when it is negative.
fn way(lang: Lang, m: Money, (more, less): (Words, Words)) -> String {
    (if m.is_negative() { less } else { more }).fill(lang, &[("amount", &size(m))])
}

/// The price and the payment, one clause each when they are not zero.
fn price_and_paid(lang: Lang, b: &ExtraCashBreakdown) -> Vec<String> {
    let mut out = Vec::new();
    if !b.list_price.is_zero() {
        out.push(way(lang, b.list_price, (w::PRICE_HIGHER, w::PRICE_LOWER)));
    }
    if !b.amount_paid.is_zero() {
        // Positive: switching loses what was paid.
        out.push(way(lang, b.amount_paid, (w::PAID_LOST, w::PAID_GAINED)));
    }
    out
}

/// The tax and the guarantee in one sentence, since the guarantee exists to offset the tax:
/// the tax difference, what the guarantee covers, and the net.
fn tax_and_guarantee(lang: Lang, b: &ExtraCashBreakdown, net: Option<Money>) -> Option<String> {
    let (tax, guarantee) = (b.purchase_tax, b.guarantee);
    let mut parts = Vec::new();
    if !tax.is_zero() {
        parts.push(way(lang, tax, (w::TAX_MORE, w::TAX_LESS)));
    }
    let offsets_all = net.is_some_and(Money::is_zero) && guarantee.is_negative();
    if !guarantee.is_zero() {
        // The guarantee's part is negative when switching gets more of it.
        parts.push(if offsets_all && !tax.is_zero() {
            w::GUARANTEE_COVERS_ALL.get(lang).to_string()
        } else {
            way(lang, guarantee, (w::GUARANTEE_LESS, w::GUARANTEE_MORE))
        });
    }
    if let (Some(net), false, false) = (net, tax.is_zero(), guarantee.is_zero()) {
        parts.push(if net.is_zero() {
            w::NET_ZERO.get(lang).to_string()
        } else {
            way(lang, net, (w::NET_MORE, w::NET_LESS))
        });
    }
    (!parts.is_empty()).then(|| parts.join(w::CLAUSE_SEPARATOR.get(lang)))
}

/// The breakdown's clauses, in reading order, as one sentence: "其中：车价高¥4,000；……。".
/// Empty when nothing differs.
#[must_use]
pub fn sentences(lang: Lang, b: &ExtraCashBreakdown, net: Option<Money>) -> String {
    let mut all = price_and_paid(lang, b);
    all.extend(tax_and_guarantee(lang, b, net));
    if all.is_empty() {
        return String::new();
    }
    w::MADE_OF.fill(lang, &[("clauses", &all.join(w::SENTENCE_SEPARATOR.get(lang)))])
}

/// What the decision number is made of.
pub fn breakdown(lang: Lang, q: &Quote) -> Html {
    let Some(b) = q.extra_cash_breakdown else { return html! {} };
    let text = sentences(lang, &b, q.tax_change_net);
    html! {
        <p class="breakdown" data-testid="breakdown">
            if !text.is_empty() {
                <span data-testid="breakdown-sentences">{ text }</span>
            }
        </p>
    }
}
