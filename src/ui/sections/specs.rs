//! Step 4: old vs new, spec by spec, each value with its source.

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::widgets::ProvenanceNote;
use crate::ui::words as w;
use engine::provenance::cite;
use engine::tables::{Catalog, Trim};
use engine::text::Lang;

fn value(lang: Lang, catalog: &Catalog, trim: Option<&Trim>, row: &str) -> Html {
    match trim.and_then(|t| t.specs.get(row)) {
        Some(f) => {
            html! { <td>{ f.value.get(lang).to_string() }<ProvenanceNote {lang} provenance={cite(&catalog.sources, f)} /></td> }
        }
        None => html! { <td class="not-found">{ w::NOT_FOUND.get(lang) }</td> },
    }
}

/// The spec comparison table.
pub fn spec_compare(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let Some((_, from, Some(to))) = view.tables().offer_catalogs(&screen.request.offer) else { return html! {} };
    let old = from.trim(&screen.request.old_order.trim);
    // Old against new: nothing to compare where the offer has no new car for this trim.
    let Some(new) = screen.new_configuration.as_ref().and_then(|c| to.trim(&c.trim)) else { return html! {} };
    html! {
        <section part="specs" class="card specs" aria-labelledby="specs-h">
            <h2 class="step" id="specs-h">{ w::OLD_VS_NEW.get(lang) }</h2>
            <table class="spec-table" data-testid="specs">
                <thead><tr>
                    <th scope="col">{ w::SPEC.get(lang) }</th>
                    <th scope="col">{ old.map(|t| t.name.get(lang).to_string()).unwrap_or_else(|| w::FIRST_GEN.get(lang).into()) }</th>
                    <th scope="col">{ new.name.get(lang).to_string() }</th>
                </tr></thead>
                <tbody>
                for row in to.spec_rows.iter() {
                    <tr data-spec={row.id.clone()}>
                        <th scope="row">{ row.name.get(lang).to_string() }</th>
                        { value(lang, from, old, &row.id) }
                        { value(lang, to, Some(new), &row.id) }
                    </tr>
                }
                </tbody>
            </table>
        </section>
    }
}
