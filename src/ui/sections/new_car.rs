//! Step 2: the proposed new car, item by item with the reason for each, and the controls to
//! change its trim and options.

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::i18n::{code, t, Msg};
use crate::ui::state::Action;
use crate::ui::widgets::{
    engine_error, field_errors, succession_view, Disclosure, OptionFields, ProvenanceNote, TrimPicker,
};
use engine::proposal::{ItemReason, Proposal, ProposedItem};
use engine::tables::TrimReason;
use engine::text::Lang;
use session::{Field, Screen};

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

fn proposal_item(lang: Lang, i: &ProposedItem) -> Html {
    let to = i.to_name.as_ref().map_or_else(|| t(lang, Msg::NothingChosen).to_string(), |n| n.get(lang).to_string());
    html! {
        <li data-reason={code(&i.reason)} data-group={i.group.clone()}>
            <span class="group">{ i.group_name.get(lang).to_string() }{ t(lang, Msg::Colon) }</span>
            if let Some(f) = &i.from_name { <span class="from">{ f.get(lang).to_string() }</span>{ " → " } }
            <strong class="to">{ to }</strong>
            <span class="reason">{ item_reason(lang, i.reason) }</span>
            if let Some(pr) = &i.provenance { <ProvenanceNote {lang} provenance={pr.clone()} /> }
        </li>
    }
}

/// The proposal, trim first, then item by item.
fn proposal_list(lang: Lang, proposal: &Proposal) -> Html {
    let p = &proposal.trim;
    html! {
        <ul class="proposal" data-testid="proposal">
            <li data-reason={code(&p.reason)}>
                <span class="from">{ p.from_name.get(lang).to_string() }</span>{ " → " }
                <strong class="to">{ p.to_name.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default() }</strong>
                <span class="reason">{ trim_reason(lang, p.reason) }</span>
                <ProvenanceNote {lang} provenance={p.provenance.clone()} />
            </li>
            for i in proposal.items.iter() { { proposal_item(lang, i) } }
        </ul>
    }
}

/// The succession, or why it could not be computed.
fn succession_part(screen: &Screen) -> Html {
    match &screen.succession {
        Ok(s) => succession_view(screen.lang, s),
        Err(e) => engine_error(screen.lang, e),
    }
}

/// The new-car section.
pub fn new_car(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let tables = view.state.tables.clone();
    let Some((_, _, to)) = tables.offer_catalogs(&screen.request.offer) else { return html! {} };
    let heading = html! { <h2 class="step" id="new-h">{ t(lang, Msg::YourNewCar) }</h2> };
    let (Ok(proposal), Some(shown)) = (&screen.proposal, &screen.new_configuration) else {
        // No new car to configure (the decision's card says so and what to do next); a bad new
        // configuration from a link must still be said.
        if screen.problems_for(Field::NewConfiguration).next().is_none() {
            return html! {};
        }
        return html! {
            <section class="card new-car" aria-labelledby="new-h">
                { heading }{ field_errors(screen, Field::NewConfiguration) }
            </section>
        };
    };
    let errors: Vec<_> = screen.problems_for(Field::NewConfiguration).cloned().collect();
    html! {
        <section class="card new-car" aria-labelledby="new-h">
            { heading }
            <h3>{ t(lang, Msg::ProposalHeading) }</h3>
            { proposal_list(lang, proposal) }
            <TrimPicker {lang} label={t(lang, Msg::NewTrim)} kind="new" tables={tables.clone()} catalog={to.id.clone()}
                selected={shown.trim.clone()} onselect={view.send(Action::SetNewTrim)} />
            <OptionFields {lang} id_prefix="new" tables={tables.clone()} catalog={to.id.clone()} trim={shown.trim.clone()}
                chosen={shown.options.clone()} errors={errors}
                onchoose={view.send(|(group, option)| Action::ChooseNewOption { group, option })}
                ontoggle={view.send(Action::ToggleNewOption)} />
            if screen.customised {
                <p class="customised"><span>{ t(lang, Msg::Customised) }</span>{ " " }
                    <button type="button" class="link-button" onclick={view.send_fixed(Action::FollowProposal)}>{ t(lang, Msg::FollowProposal) }</button></p>
            }
            <Disclosure class="succession-box" summary={html! { t(lang, Msg::PricesOnEachList) }}>
                { succession_part(screen) }
            </Disclosure>
        </section>
    }
}
