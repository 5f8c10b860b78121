//! Step 2: the proposed new car, item by item with the reason for each, and the controls to
//! change its trim and options.

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::state::Action;
use crate::ui::widgets::{
    engine_error, field_errors, option_fields, succession_view, trim_picker, Disclosure, OptionFields, ProvenanceNote,
    TrimPicker,
};
use crate::ui::words as w;
use crate::variant::code;
use engine::proposal::{ItemReason, Proposal, ProposedItem};
use engine::tables::TrimReason;
use engine::text::Lang;
use session::{Edit, Field, Screen};

fn item_reason(lang: Lang, r: ItemReason) -> &'static str {
    (match r {
        ItemReason::CarriedOver => w::REASON_CARRIED_OVER,
        ItemReason::NowStandard => w::REASON_NOW_STANDARD,
        ItemReason::DiscontinuedNearest => w::REASON_DISCONTINUED_NEAREST,
        ItemReason::Discontinued => w::REASON_DISCONTINUED,
        ItemReason::NoEquivalent => w::REASON_NO_EQUIVALENT,
        ItemReason::Default => w::REASON_DEFAULT,
    })
    .get(lang)
}

fn trim_reason(lang: Lang, r: TrimReason) -> &'static str {
    (match r {
        TrimReason::SameTrim => w::REASON_SAME_TRIM,
        TrimReason::NearestTrim => w::REASON_NEAREST_TRIM,
        TrimReason::NoSuccessor => w::REASON_NO_SUCCESSOR,
    })
    .get(lang)
}

fn proposal_item(lang: Lang, i: &ProposedItem) -> Html {
    let to = i.to_name.as_ref().map_or_else(|| w::NOTHING_CHOSEN.get(lang).to_string(), |n| n.get(lang).to_string());
    html! {
        <li data-reason={code(&i.reason)} data-group={i.group.clone()}>
            <span class="group">{ w::GROUP_LABEL.fill(lang, &[("group", i.group_name.get(lang))]) }</span>
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
                if let Some(provenance) = p.provenance.clone() { <ProvenanceNote {lang} {provenance} /> }
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
    let Some((_, _, Some(to))) = tables.offer_catalogs(&screen.request.offer) else { return html! {} };
    let heading = html! { <h2 class="step" id="new-h">{ w::YOUR_NEW_CAR.get(lang) }</h2> };
    let (Ok(proposal), Some(shown)) = (&screen.proposal, &screen.new_configuration) else {
        // No new car to configure (the decision's card says so and what to do next); a bad new
        // configuration from a link must still be said.
        if screen.problems_for(Field::NewConfiguration).next().is_none() {
            return html! {};
        }
        return html! {
            <section part="new-car" class="card new-car" aria-labelledby="new-h">
                { heading }{ field_errors(screen, Field::NewConfiguration) }
            </section>
        };
    };
    let errors: Vec<_> = screen.problems_for(Field::NewConfiguration).collect();
    html! {
        <section part="new-car" class="card new-car" aria-labelledby="new-h">
            { heading }
            <h3>{ w::PROPOSAL_HEADING.get(lang) }</h3>
            { proposal_list(lang, proposal) }
            { trim_picker(TrimPicker { lang, label: w::NEW_TRIM.get(lang), kind: "new", trims: &to.trims,
                selected: &shown.trim, onselect: view.send(|v| Action::Edit(Edit::NewTrim(v))) }) }
            { option_fields(OptionFields { lang, id_prefix: "new", catalog: to, trim: &shown.trim,
                chosen: &shown.options, errors,
                onchoose: view.send(|(group, option)| Action::Edit(Edit::ChooseNewOption { group, option })),
                ontoggle: view.send(|v| Action::Edit(Edit::ToggleNewOption(v))), gifts: None }) }
            if screen.customised {
                <p class="customised"><span>{ w::CUSTOMISED.get(lang) }</span>{ " " }
                    <button type="button" class="link-button" onclick={view.send_fixed(Action::Edit(Edit::FollowProposal))}>{ w::FOLLOW_PROPOSAL.get(lang) }</button></p>
            }
            <Disclosure class="succession-box" summary={html! { w::PRICES_ON_EACH_LIST.get(lang) }}>
                { succession_part(screen) }
            </Disclosure>
        </section>
    }
}
