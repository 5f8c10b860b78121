//! Messages about where the configuration came from: a shared link, an unreadable link, or
//! unreadable saved data. None of them loses or overwrites the owner's configuration silently.

use yew::prelude::*;

use crate::ui::i18n::{t, Msg};
use crate::ui::state::{Action, StateContext, Storage};

/// The banners, when any applies.
#[component]
pub fn Banners() -> Html {
    let Some(state) = use_context::<StateContext>() else { return html! {} };
    let lang = state.draft.lang;
    let send = |a: Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(a.clone()))
    };
    html! {
        <>
            if let Some(problem) = &state.link_problem {
                <div class="banner warn" role="alert" data-testid="link-problem">
                    <p>{ t(lang, Msg::LinkUnreadable) }{ " " }{ problem.clone() }</p>
                    <button type="button" onclick={send(Action::DismissLinkProblem)}>{ t(lang, Msg::Dismiss) }</button>
                </div>
            }
            { match &state.storage {
                Storage::ViewingShared { .. } => html! {
                    <div class="banner info" role="status" data-testid="shared-view">
                        <p>{ t(lang, Msg::SharedView) }</p>
                        <button type="button" data-action="keep-shared" onclick={send(Action::SaveShown)}>{ t(lang, Msg::KeepShared) }</button>
                        <button type="button" data-action="back-to-mine" onclick={send(Action::BackToOwn)}>{ t(lang, Msg::BackToMine) }</button>
                    </div>
                },
                Storage::SavedUnreadable(why) => html! {
                    <div class="banner warn" role="alert" data-testid="saved-unreadable">
                        <p>{ t(lang, Msg::SavedUnreadable) }{ " " }{ why.clone() }</p>
                        <button type="button" data-action="start-fresh" onclick={send(Action::SaveShown)}>{ t(lang, Msg::StartFresh) }</button>
                    </div>
                },
                Storage::Saving | Storage::Embedded => html! {},
            } }
        </>
    }
}
