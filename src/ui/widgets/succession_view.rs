//! The new trim that follows the owner's trim, its price on each list, and the difference.

use yew::prelude::*;

use crate::ui::widgets::ProvenanceNote;
use crate::ui::words as w;
use engine::format::{wan, yuan, yuan_signed};
use engine::succession::Succession;
use engine::text::Lang;

/// That the offer has no new car for this trim, why, and the source of that reading; nothing
/// for a guarantee-only offer, which offers no new car to any trim.
pub fn no_successor(lang: Lang, s: &Succession) -> Html {
    let Some(source) = &s.reason_source else { return html! {} };
    html! {
        <div class="no-successor" data-testid="no-successor">
            <p><strong>{ w::NO_SUCCESSOR.get(lang) }</strong></p>
            if let Some(note) = &source.note { <p>{ note.get(lang).to_string() }</p> }
            <ProvenanceNote {lang} provenance={source.clone()} decisive=true />
        </div>
    }
}

/// Renders the engine's succession for the chosen trim.
pub fn succession_view(lang: Lang, s: &Succession) -> Html {
    html! {
        <div class="succession">
            <p class="old-price">
                { w::OLD_LIST_PRICE.fill(lang, &[("trim", s.old_trim.get(lang))]) }{ " " }
                <strong class="money" data-testid="old-price">{ yuan(s.old_price) }</strong>
                <ProvenanceNote {lang} provenance={s.old_price_source.clone()} decisive=true />
            </p>
            {
                match &s.new_trim {
                    None => no_successor(lang, s),
                    Some(new) => html! {
                        <>
                        <h3 class="new-trim" data-testid="new-trim">{ new.name.get(lang).to_string() }
                            if let Some(provenance) = s.reason_source.clone() { <ProvenanceNote {lang} {provenance} /> }</h3>
                        <table class="prices">
                            <thead><tr><th scope="col"></th><th scope="col">{ "¥" }</th><th scope="col">{ w::DIFFERENCE.get(lang) }</th></tr></thead>
                            <tbody>
                            for p in new.prices.iter() {
                                <tr data-price-list={p.price_list.clone()}>
                                    <th scope="row">{ p.name.get(lang).to_string() }</th>
                                    <td><span class="money price">{ yuan(p.price) }</span>
                                        <span class="wan">{ wan(p.price) }</span>
                                        <ProvenanceNote {lang} provenance={p.source.clone()} decisive=true /></td>
                                    <td class="money difference">{ yuan_signed(p.difference) }</td>
                                </tr>
                            }
                            </tbody>
                        </table>
                        </>
                    },
                }
            }
        </div>
    }
}
