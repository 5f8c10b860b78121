//! The sources behind the quote's lines, listed once each (for print, where disclosures stay
//! closed).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::figure::Provenance;
use crate::engine::quote::Quote;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::StateContext;

/// Props of [`QuoteSources`].
#[derive(Properties, PartialEq)]
pub struct QuoteSourcesProps {
    /// The quote.
    pub quote: Rc<Quote>,
}

/// A numbered list of the distinct sources used by the quote.
#[component]
pub fn QuoteSources(props: &QuoteSourcesProps) -> Html {
    let Some(state) = use_context::<StateContext>() else { return html! {} };
    let lang = state.draft.lang;
    let q = &props.quote;
    let mut seen: Vec<&Provenance> = Vec::new();
    for p in std::iter::once(&q.keep).chain(q.switch.iter()) {
        let lines = p.items.iter().chain([&p.amount_paid, &p.guarantee]);
        for prov in lines.filter_map(|l| l.provenance.as_ref()) {
            if !seen.iter().any(|s| s.source == prov.source) {
                seen.push(prov);
            }
        }
    }
    html! {
        <section class="quote-sources print-only">
            <h2>{ t(lang, Msg::Source) }</h2>
            <ol>
            { for seen.iter().map(|p| html! {
                <li>{ p.source.to_string() }{ " · " }{ p.date.to_string() }
                    if p.status.is_estimate() { { " · " }<span class="est">{ t(lang, Msg::Estimate) }</span> }
                    if !p.url.is_empty() { { " · " }{ p.url.to_string() } }</li>
            }) }
            </ol>
        </section>
    }
}
