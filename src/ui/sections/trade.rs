//! What switching gains and loses beyond the price, in one list: the gifts that come with it,
//! whether the amount paid carries over, and the paid options the new car does not carry. The
//! tax guarantee on each path is told just above it (the guarantee summary).

use yew::prelude::*;

use crate::ui::i18n::{t, Msg};
use crate::ui::widgets::{money_text, MoneyText, ProvenanceNote};
use engine::provenance::cite;
use engine::quote::{GiftLine, Quote};
use engine::tables::Offer;
use engine::text::Lang;

/// One gift: its name, its value or range (or that none is published), and its source.
fn gift(lang: Lang, g: &GiftLine) -> Html {
    let value = match (g.value, g.estimate_low, g.estimate_high) {
        (Some(v), _, _) => html! { { money_text(MoneyText::new(lang, v)) } },
        (None, Some(lo), Some(hi)) => html! { <>{ t(lang, Msg::GiftValueUnknown) }{ t(lang, Msg::Comma) }
        { money_text(MoneyText::new(lang, lo)) }{ "–" }{ money_text(MoneyText::new(lang, hi)) }</> },
        _ => html! { { t(lang, Msg::GiftValueUnknown) } },
    };
    html! {
        <span class="gift">
            { g.name.get(lang).to_string() }{ t(lang, Msg::OpenParen) }{ value }{ t(lang, Msg::CloseParen) }
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
            <p class="headline-label">{ t(lang, Msg::TradeHeading) }</p>
            <ul>
                if !q.gifts.is_empty() {
                    <li class="gifts" data-trade="gifts">{ t(lang, Msg::Gets) }
                        for g in q.gifts.iter() { { gift(lang, g) } }</li>
                }
                if let Some((carried, p)) = deposit {
                    <li data-trade="deposit">{ t(lang, Msg::BasisPaid) }{ t(lang, Msg::Colon) }
                        { t(lang, if carried { Msg::DepositCarried } else { Msg::DepositNotCarried }) }
                        <ProvenanceNote {lang} provenance={p} /></li>
                }
                if !q.options_given_up.is_empty() {
                    <li class="given-up" data-trade="given-up" data-testid="given-up">{ t(lang, Msg::GivenUp) }
                        for (i, g) in q.options_given_up.iter().enumerate() {
                            { if i > 0 { t(lang, Msg::ListSeparator) } else { "" } }{ g.name.get(lang).to_string() }
                            { t(lang, Msg::WasPriced) }{ money_text(MoneyText { estimate: g.estimate, ..MoneyText::new(lang, g.price) }) }{ t(lang, Msg::CloseParen) }
                        }
                    </li>
                }
            </ul>
        </div>
    }
}
