//! The new trim that follows the owner's trim, its price on each list, and the difference.

use std::rc::Rc;

use yew::prelude::*;

use super::ProvenanceNote;
use crate::engine::format::{wan, yuan, yuan_signed};
use crate::engine::succession::succession;
use crate::engine::tables::Tables;
use crate::engine::text::Lang;
use crate::ui::i18n::{t, Msg};

/// Props of [`SuccessionView`].
#[derive(Properties, PartialEq)]
pub struct SuccessionViewProps {
    /// Display language.
    pub lang: Lang,
    /// The loaded tables.
    pub tables: Rc<Tables>,
    /// Offer id.
    pub offer: String,
    /// The locked order's trim id.
    pub old_trim: String,
}

/// Renders the engine's [`succession`] for the chosen trim.
#[component]
pub fn SuccessionView(props: &SuccessionViewProps) -> Html {
    let lang = props.lang;
    let s = match succession(&props.tables, &props.offer, &props.old_trim) {
        Ok(s) => s,
        Err(e) => return html! { <p class="error" role="alert">{ e.to_string() }</p> },
    };
    html! {
        <div class="succession">
            <p class="old-price">
                { t(lang, Msg::OldListPrice) }{ ": " }{ s.old_trim.get(lang).to_string() }{ " " }
                <strong class="money" data-testid="old-price">{ yuan(s.old_price) }</strong>
                <ProvenanceNote {lang} provenance={s.old_price_source.clone()} />
            </p>
            {
                match &s.new_trim {
                    None => html! {
                        <div class="no-successor" role="status" data-testid="no-successor">
                            <p><strong>{ t(lang, Msg::NoSuccessor) }</strong></p>
                            if let Some(note) = &s.reason_source.note { <p>{ note.get(lang).to_string() }</p> }
                            <ProvenanceNote {lang} provenance={s.reason_source.clone()} />
                        </div>
                    },
                    Some(new) => html! {
                        <>
                        <h3 class="new-trim" data-testid="new-trim">{ new.name.get(lang).to_string() }
                            <ProvenanceNote {lang} provenance={s.reason_source.clone()} /></h3>
                        <table class="prices">
                            <thead><tr><th scope="col"></th><th scope="col">{ "¥" }</th><th scope="col">{ t(lang, Msg::Difference) }</th></tr></thead>
                            <tbody>
                            { for new.prices.iter().map(|p| html! {
                                <tr data-price-list={p.price_list.clone()}>
                                    <th scope="row">{ p.name.get(lang).to_string() }</th>
                                    <td><span class="money price">{ yuan(p.price) }</span>
                                        <span class="wan">{ wan(p.price) }</span>
                                        <ProvenanceNote {lang} provenance={p.source.clone()} /></td>
                                    <td class="money difference">{ yuan_signed(p.difference) }</td>
                                </tr>
                            }) }
                            </tbody>
                        </table>
                        </>
                    },
                }
            }
        </div>
    }
}
