//! "How this is computed": the tax rule text, the rounding convention, the guarantee and offer
//! terms, each with its source, and the estimate legend.

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::widgets::ProvenanceNote;
use crate::ui::words as w;
use engine::provenance::{cite, cite_parts};

/// The method section.
pub fn method_note(view: &View) -> Html {
    let lang = view.lang();
    let tables = view.tables();
    let Some((offer, from, to)) = tables.offer_catalogs(&view.screen.request.offer) else { return html! {} };
    let policy = tables.tax_policy(&to.unwrap_or(from).market);
    let guarantee = offer.guarantee.as_deref().and_then(|g| tables.guarantee(g));
    html! {
        <section part="method" class="card method" aria-labelledby="method-h">
            <details open=false>
                <summary><h2 id="method-h">{ w::HOW_COMPUTED.get(lang) }</h2></summary>
                if let Some(p) = policy {
                    <h3>{ w::TAX_RULES.get(lang) }</h3>
                    <ul>
                        <li>{ p.purchase_date_rule.value.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite(&p.sources, &p.purchase_date_rule)} /></li>
                        for r in p.reliefs.iter() {
                            <li>{ r.rule.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite_parts(&p.sources, &r.source, r.date, r.status, r.note.as_ref())} /></li>
                        }
                        <li>{ p.no_relief_rule.value.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite(&p.sources, &p.no_relief_rule)} /></li>
                    </ul>
                    <h3>{ w::ROUNDING.get(lang) }</h3>
                    // The rounding moves every tax figure by its fen: an estimate of it is marked.
                    <p data-testid="rounding">{ p.rounding.value.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite(&p.sources, &p.rounding)} decisive=true /></p>
                }
                if let Some(g) = guarantee {
                    <h3>{ w::GUARANTEE_TERMS.get(lang) }</h3>
                    <p>{ g.terms.value.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite(&g.sources, &g.terms)} /></p>
                }
                <h3>{ w::OFFER_TERMS.get(lang) }</h3>
                <ul>
                for term in offer.terms.iter() {
                    <li>{ term.value.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite(&offer.sources, term)} /></li>
                }
                </ul>
            </details>
        </section>
    }
}
