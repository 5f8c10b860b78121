//! Step 2: the proposed new car, item by item with the reason for each, and the controls to
//! change its trim and options.

use yew::prelude::*;

use super::{OptionFields, ProvenanceNote, SuccessionView, TrimPicker};
use crate::engine::configuration::{complete, Configuration};
use crate::engine::proposal::{propose, ItemReason};
use crate::engine::tables::TrimReason;
use crate::engine::text::Lang;
use crate::session::Field;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{Action, StateContext};

fn item_reason(lang: Lang, r: ItemReason) -> &'static str {
    t(
        lang,
        match r {
            ItemReason::CarriedOver => Msg::ReasonCarriedOver,
            ItemReason::NowStandard => Msg::ReasonNowStandard,
            ItemReason::DiscontinuedNearest => Msg::ReasonDiscontinuedNearest,
            ItemReason::Discontinued => Msg::ReasonDiscontinued,
            ItemReason::NoEquivalent => Msg::ReasonNoEquivalent,
            ItemReason::Default => Msg::ReasonDefault,
        },
    )
}

fn trim_reason(lang: Lang, r: TrimReason) -> &'static str {
    t(
        lang,
        match r {
            TrimReason::SameTrim => Msg::ReasonSameTrim,
            TrimReason::NearestTrim => Msg::ReasonNearestTrim,
            TrimReason::NoSuccessor => Msg::ReasonNoSuccessor,
        },
    )
}

/// The new-car section.
#[component]
pub fn NewCar() -> Html {
    let Some(state) = use_context::<StateContext>() else { return html! {} };
    let lang = state.draft.lang;
    let tables = state.tables.clone();
    let req = &state.resolved.request;
    let Some((offer, _, to)) = tables.offer_catalogs(&req.offer) else { return html! {} };
    let old = Configuration { trim: req.old_order.trim.clone(), options: req.old_order.options.clone() };
    let Ok(proposal) = propose(&tables, &offer.id, &old) else { return html! {} };
    let Some(config) = state.new_configuration() else {
        return html! {
            <section class="card new-car" aria-labelledby="new-h">
                <h2 id="new-h">{ t(lang, Msg::YourNewCar) }</h2>
                <SuccessionView {lang} tables={tables.clone()} offer={offer.id.clone()} old_trim={req.old_order.trim.clone()} />
            </section>
        };
    };
    let shown = complete(to, &config);
    let customised = state.draft.new_configuration.is_some();
    let on_trim = {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(Action::SetNewTrim(v)))
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |(group, option): (String, Option<String>)| {
            state.dispatch(Action::ChooseNewOption { group, option })
        })
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(Action::ToggleNewOption(v)))
    };
    let on_follow = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::FollowProposal))
    };
    let errors: Vec<_> = state.resolved.errors.iter().filter(|e| e.field == Field::NewConfiguration).cloned().collect();
    let p = &proposal.trim;
    html! {
        <section class="card new-car" aria-labelledby="new-h">
            <h2 id="new-h">{ t(lang, Msg::YourNewCar) }</h2>
            <h3>{ t(lang, Msg::ProposalHeading) }</h3>
            <ul class="proposal" data-testid="proposal">
                <li data-reason={format!("{:?}", p.reason)}>
                    <span class="from">{ p.from_name.get(lang).to_string() }</span>{ " → " }
                    <strong class="to">{ p.to_name.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default() }</strong>
                    <span class="reason">{ trim_reason(lang, p.reason) }</span>
                    <ProvenanceNote {lang} provenance={p.provenance.clone()} />
                </li>
                { for proposal.items.iter().map(|i| html! {
                    <li data-reason={format!("{:?}", i.reason)} data-group={i.group.clone()}>
                        <span class="group">{ i.group_name.get(lang).to_string() }{ ": " }</span>
                        if let Some(f) = &i.from_name { <span class="from">{ f.get(lang).to_string() }</span>{ " → " } }
                        <strong class="to">{ i.to_name.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_else(|| t(lang, Msg::NothingChosen).to_string()) }</strong>
                        <span class="reason">{ item_reason(lang, i.reason) }</span>
                        if let Some(pr) = &i.provenance { <ProvenanceNote {lang} provenance={pr.clone()} /> }
                    </li>
                }) }
            </ul>
            <TrimPicker {lang} label={t(lang, Msg::NewTrim)} kind="new" trims={to.trims.clone()} selected={shown.trim.clone()} onselect={on_trim} />
            <OptionFields {lang} id_prefix="new" catalog={to.clone()} trim={shown.trim.clone()} chosen={shown.options.clone()}
                errors={errors} onchoose={on_choose} ontoggle={on_toggle} />
            if customised {
                <p class="customised"><span>{ t(lang, Msg::Customised) }</span>{ " " }
                    <button type="button" class="link-button" onclick={on_follow}>{ t(lang, Msg::FollowProposal) }</button></p>
            }
            <details class="succession-box">
                <summary>{ t(lang, Msg::PricesOnEachList) }</summary>
                <SuccessionView {lang} tables={tables.clone()} offer={offer.id.clone()} old_trim={req.old_order.trim.clone()} />
            </details>
        </section>
    }
}
