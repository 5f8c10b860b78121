//! What switching gains and loses beyond the price, in one list: the gifts that come with it,
//! whether the amount paid carries over, and the paid options the new car does not carry. The
//! tax guarantee on each path is told just above it (the guarantee summary).

use yew::prelude::*;

use crate::ui::widgets::{money_text, MoneyText, ProvenanceNote};
use crate::ui::words as w;
use engine::provenance::cite;
use engine::quote::{GiftLine, Quote};
use engine::tables::Offer;
use engine::text::Lang;

/// One gift: its name, its value or range (or that none is published), and its source.
fn gift(lang: Lang, g: &GiftLine) -> Html {
    let value = match (g.value, g.estimate_low, g.estimate_high) {
        (Some(v), _, _) => html! { { money_text(MoneyText::new(lang, v)) } },
        (None, Some(lo), Some(hi)) => html! { <>{ w::GIFT_VALUE_UNKNOWN.get(lang) }{ w::COMMA.get(lang) }
        { money_text(MoneyText::new(lang, lo)) }{ "–" }{ money_text(MoneyText::new(lang, hi)) }</> },
        _ => html! { { w::GIFT_VALUE_UNKNOWN.get(lang) } },
    };
    html! {
        <span class="gift">
            { g.name.get(lang).to_string() }{ w::OPEN_PAREN.get(lang) }{ value }{ w::CLOSE_PAREN.get(lang) }
            <ProvenanceNote {lang} provenance={g.provenance.clone()} />
        </span>
    }
}

/// The gains and losses of switching; nothing where there is no switch.
pub fn trade(lang: Lang, q: &Quote, offer: Option<&Offer>) -> Html {
    if q.switch.is_none() {
        return html! {};
    }
    let deposit = offer.map(|o| (o.amount_paid_carries_over.value, cite(&o.sources, &o.amount_paid_carries_over)));
    html! {
        <div class="trade" data-testid="trade">
            <p class="headline-label">{ w::TRADE_HEADING.get(lang) }</p>
            <ul>
                if !q.gifts.is_empty() {
                    <li class="gifts" data-trade="gifts">{ w::GETS.get(lang) }
                        for g in q.gifts.iter() { { gift(lang, g) } }</li>
                }
                if let Some((carried, p)) = deposit {
                    <li data-trade="deposit">{ w::BASIS_PAID.get(lang) }{ w::COLON.get(lang) }
                        { (if carried { w::DEPOSIT_CARRIED } else { w::DEPOSIT_NOT_CARRIED }).get(lang) }
                        <ProvenanceNote {lang} provenance={p} /></li>
                }
                if !q.options_given_up.is_empty() {
                    <li class="given-up" data-trade="given-up" data-testid="given-up">{ w::GIVEN_UP.get(lang) }
                        for (i, g) in q.options_given_up.iter().enumerate() {
                            { if i > 0 { w::LIST_SEPARATOR.get(lang) } else { "" } }{ g.name.get(lang).to_string() }
                            { w::WAS_PRICED.get(lang) }{ money_text(MoneyText { estimate: g.estimate, ..MoneyText::new(lang, g.price) }) }{ w::CLOSE_PAREN.get(lang) }
                        }
                    </li>
                }
            </ul>
        </div>
    }
}
