//! The dealer's own items, in a block of their own, never mixed into Xiaomi's figures. Dealer
//! text is rendered as text (Yew escapes it), never as HTML.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::hooks::View;
use crate::ui::state::DealerState;
use crate::ui::widgets::{money_text, MoneyText};
use crate::ui::words::{self as w, fill_html};
use engine::date::Date;
use engine::dealer::{dealer_block, Dealer};
use engine::format::Precision;
use engine::text::Lang;

/// A phone number as a `tel:` link takes it: a leading `+` and digits, separators skipped, up to
/// anything else (an extension written as "转 5" is not dialled as part of the number).
fn tel(phone: &str) -> String {
    phone
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || "+-() ".contains(*c))
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

fn ready(lang: Lang, d: &Dealer, in_landed: &[&str]) -> Html {
    let today: Option<Date> = browser::today().parse().ok();
    let Some(block) = today.and_then(|t| dealer_block(d, t, in_landed)) else {
        return html! { <section part="dealer" class="card dealer failed" data-testid="dealer-block"><p>{ w::DEALER_FAILED.get(lang) }</p></section> };
    };
    html! {
        <section part="dealer" class="card dealer" data-testid="dealer-block" aria-labelledby="dealer-h">
            <h2 id="dealer-h">{ w::DEALER_TITLE.get(lang) }</h2>
            <p class="dealer-name"><strong><bdi>{ block.dealer.clone() }</bdi></strong></p>
            if !(d.contact.phone.is_empty() && d.contact.email.is_empty() && d.contact.address.is_empty()) {
                <p class="dealer-contact">
                    if !d.contact.phone.is_empty() { <a href={format!("tel:{}", tel(&d.contact.phone))}><bdi>{ d.contact.phone.clone() }</bdi></a>{ " " } }
                    if !d.contact.email.is_empty() { <a href={format!("mailto:{}", d.contact.email)}><bdi>{ d.contact.email.clone() }</bdi></a>{ " " } }
                    <bdi>{ d.contact.address.clone() }</bdi>
                </p>
            }
            <ul class="dealer-lines">
                for l in block.lines.iter() {
                    <li data-dealer-item={l.id.clone()}><span class="dealer-item-name"><bdi>{ l.name.clone() }</bdi></span>{ " " }{ money_text(MoneyText { precision: Precision::Fen, signed: true, ..MoneyText::new(lang, l.amount) }) }</li>
                }
                for l in block.in_landed_price.iter() {
                    <li data-dealer-item={l.id.clone()} data-in-landed="true"><span class="dealer-item-name"><bdi>{ l.name.clone() }</bdi></span>{ " " }{ fill_html(lang, w::IN_LANDED_PRICE, &[("amount", money_text(MoneyText { precision: Precision::Fen, ..MoneyText::new(lang, l.amount) }))]) }</li>
                }
            </ul>
            <p class="dealer-total">{ fill_html(lang, w::DEALER_TOTAL, &[("amount", money_text(MoneyText { precision: Precision::Fen, signed: true, ..MoneyText::new(lang, block.total) }))]) }</p>
            if !block.accessories.is_empty() {
                <details><summary>{ w::DEALER_ACCESSORIES.get(lang) }</summary>
                    <ul>
                        for a in block.accessories.iter() { <li><bdi>{ a.name.clone() }</bdi>{ " " }{ money_text(MoneyText { precision: Precision::Fen, ..MoneyText::new(lang, a.amount) }) }</li> }
                    </ul>
                </details>
            }
        </section>
    }
}

/// The dealer's next step beside the answer (询底价, 预约试驾), when its table offers one: a
/// page opened in a new tab, or a call. The widget's loader says `leadintent` before it is
/// followed (static/embed/loader.js), with the quote it was asked from.
pub fn lead_action(view: &View) -> Html {
    let DealerState::Ready(d) = view.state.dealer() else { return html! {} };
    let Some(lead) = &d.lead else { return html! {} };
    // A page opens in a new tab; a call needs no tab.
    let (href, target) = match lead.url.is_empty() {
        true => (format!("tel:{}", tel(&lead.phone)), None),
        false => (lead.url.clone(), Some("_blank")),
    };
    html! {
        <a class="lead-action" part="lead" data-action="lead" href={href} target={target} rel="noopener noreferrer"
            data-url={lead.url.clone()} data-phone={lead.phone.clone()}>{ lead.label.clone() }</a>
    }
}

/// The dealer block, when a dealer table was given.
pub fn dealer_block_view(view: &View) -> Html {
    let lang = view.lang();
    match view.state.dealer() {
        DealerState::None => html! {},
        DealerState::Loading => {
            html! { <section part="dealer" class="card dealer" data-testid="dealer-block"><p>{ w::DEALER_LOADING.get(lang) }</p></section> }
        }
        DealerState::Failed => html! {
            <section part="dealer" class="card dealer failed" data-testid="dealer-block" role="alert"><p>{ w::DEALER_FAILED.get(lang) }</p></section>
        },
        DealerState::Ready(d) => {
            // Fees the request put into on-road lines are in the landed price already.
            let overridden: Vec<&str> = view
                .screen
                .request
                .on_road
                .as_ref()
                .map(|o| o.overrides.keys().map(String::as_str).collect())
                .unwrap_or_default();
            ready(lang, d, &overridden)
        }
    }
}
