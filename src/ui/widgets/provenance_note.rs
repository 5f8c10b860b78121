//! A figure's source, one tap away, with the estimate mark where an estimate moves money.

use yew::prelude::*;

use crate::ui::hooks::use_view;
use crate::ui::widgets::Disclosure;
use crate::ui::words as w;
use engine::figure::{Provenance, Status};
use engine::text::Lang;

/// Props of [`ProvenanceNote`].
#[derive(Properties, PartialEq)]
pub struct ProvenanceNoteProps {
    /// Display language.
    pub lang: Lang,
    /// The figure's provenance.
    pub provenance: Provenance,
    /// True when the figure decides the owner's answer (a price that goes into the money, or
    /// whether there is a new car at all): an estimate is then marked beside it. Elsewhere
    /// (dates, terms, specs, notes) its status is one tap away in the disclosure, so that the
    /// mark keeps meaning "this moves your answer".
    #[prop_or_default]
    pub decisive: bool,
}

fn status_label(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Official => w::STATUS_OFFICIAL,
        Status::Press => w::STATUS_PRESS,
        Status::Reported => w::STATUS_REPORTED,
        Status::Derived => w::STATUS_DERIVED,
        Status::Estimate => w::STATUS_ESTIMATE,
    }
    .get(lang)
}

/// An estimate mark (where it decides the answer) and a disclosure with the source, date and status. The source is
/// rendered only once opened: a screen has dozens of these, and most are never read.
#[component]
pub fn ProvenanceNote(props: &ProvenanceNoteProps) -> Html {
    let p = &props.provenance;
    let lang = props.lang;
    let shown = use_view().is_none_or(|v| v.state.show_sources);
    html! {
        <>
            if props.decisive && p.status.is_estimate() {
                <span class="est" title={status_label(lang, p.status)}>{ w::ESTIMATE.get(lang) }</span>
            }
            if shown {
            <Disclosure class="source" summary={html! { w::SOURCE.get(lang) }}>
                <p>
                    <span class="status">{ status_label(lang, p.status) }</span>{ " · " }{ p.date.to_string() }<br/>
                    if p.url.is_empty() { { p.label.get(lang).to_string() } } else { <a href={p.url.to_string()} rel="noopener noreferrer" target="_blank">{ p.label.get(lang).to_string() }</a> }
                    if let Some(note) = &p.note { <br/><em>{ note.get(lang).to_string() }</em> }
                </p>
            </Disclosure>
            }
        </>
    }
}
