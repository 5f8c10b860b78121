//! What switching gains and loses beyond the price, in one list: the gifts that come with it,
//! whether the amount paid carries over, and the paid options the new car does not carry. The
//! tax guarantee on each path is told just above it (the guarantee summary).

use yew::prelude::*;

use crate::ui::widgets::{money_text, MoneyText, ProvenanceNote};
use crate::ui::words::{self as w, fill_html};
use engine::provenance::cite;
use engine::quote::{GiftLine, Quote};
use engine::tables::Offer;
use engine::text::Lang;

/// One gift: its name, its value or range (or that none is published), and its source.
fn gift(lang: Lang, g: &GiftLine) -> Html {
    let value = match (g.value, g.estimate_low, g.estimate_high) {
        (Some(v), _, _) => html! { { money_text(MoneyText::new(lang, v)) } },
        (None, Some(lo), Some(hi)) => fill_html(
            lang,
            w::GIFT_VALUE_RANGE,
            &[("low", money_text(MoneyText::new(lang, lo))), ("high", money_text(MoneyText::new(lang, hi)))],
        ),
        _ => html! { { w::GIFT_VALUE_UNKNOWN.get(lang) } },
    };
    html! {
        <span class="gift">
            { fill_html(lang, w::GIFT, &[("name", html! { { g.name.get(lang).to_string() } }), ("value", value)]) }
            <ProvenanceNote {lang} provenance={g.provenance.clone()} />
        </span>
    }
}

/// The options given up, each with what it cost: "熔岩橙（原价¥7,000）、…".
fn given_up(lang: Lang, q: &Quote) -> Html {
    q.options_given_up
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let price = money_text(MoneyText { estimate: g.estimate, ..MoneyText::new(lang, g.price) });
            let name = html! { { g.name.get(lang).to_string() } };
            html! {
                <>
                    if i > 0 { { w::LIST_SEPARATOR.get(lang) } }
                    { fill_html(lang, w::GIVEN_UP_OPTION, &[("name", name), ("price", price)]) }
                </>
            }
        })
        .collect()
}

/// The gains and losses of switching; nothing where there is no switch.
pub fn trade(lang: Lang, q: &Quote, offer: Option<&Offer>) -> Html {
    if q.switch.is_none() {
        return html! {};
    }
    let deposit = offer.and_then(|o| {
        let carries = &o.switch.as_ref()?.amount_paid_carries_over;
        Some((carries.value, cite(&o.sources, carries)))
    });
    html! {
        <div class="trade" data-testid="trade">
            <p class="headline-label">{ w::TRADE_HEADING.get(lang) }</p>
            <ul>
                if !q.gifts.is_empty() {
                    <li class="gifts" data-trade="gifts">{ w::GETS.get(lang) }
                        for g in q.gifts.iter() { { gift(lang, g) } }</li>
                }
                if let Some((carried, p)) = deposit {
                    <li data-trade="deposit">
                        { w::LABELLED.fill(lang, &[
                            ("label", w::BASIS_PAID.get(lang)),
                            ("value", (if carried { w::DEPOSIT_CARRIED } else { w::DEPOSIT_NOT_CARRIED }).get(lang)),
                        ]) }
                        <ProvenanceNote {lang} provenance={p} /></li>
                }
                if !q.options_given_up.is_empty() {
                    <li class="given-up" data-trade="given-up" data-testid="given-up">
                        { fill_html(lang, w::GIVEN_UP, &[("options", given_up(lang, q))]) }
                    </li>
                }
            </ul>
        </div>
    }
}
