//! Messages about where the configuration came from: a shared link (perhaps with values
//! replaced), an unreadable link, or unreadable saved data. None of them loses or overwrites
//! the owner's configuration silently; each is worded in the current language.

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::i18n::{link_problem, saved_problem as saved_problem_text, t, Msg};
use crate::ui::state::Action;
use session::Storage;

fn link_banner(view: &View) -> Html {
    let Some(problem) = &view.state.link_problem else { return html! {} };
    let lang = view.lang();
    html! {
        <div class="banner warn" role="alert" data-testid="link-problem">
            <p>{ t(lang, Msg::LinkUnreadable) }{ " " }{ link_problem(lang, problem) }</p>
            <button type="button" onclick={view.send_fixed(Action::DismissLinkProblem)}>{ t(lang, Msg::Dismiss) }</button>
        </div>
    }
}

fn storage_banner(view: &View) -> Html {
    let lang = view.lang();
    match &view.state.storage {
        Storage::ViewingShared { values_replaced, saved_problem, .. } => html! {
            <div class="banner info" role="status" data-testid="shared-view">
                <p>{ t(lang, Msg::SharedView) }</p>
                if *values_replaced { <p data-testid="shared-values-replaced">{ t(lang, Msg::SharedValuesReplaced) }</p> }
                if let Some(why) = saved_problem { <p data-testid="saved-unreadable">{ t(lang, Msg::SavedUnreadable) }{ " " }{ saved_problem_text(lang, why) }</p> }
                <button type="button" data-action="keep-shared" onclick={view.send_fixed(Action::SaveShown)}>{ t(lang, Msg::KeepShared) }</button>
                <button type="button" data-action="back-to-mine" onclick={view.send_fixed(Action::BackToOwn)}>{ t(lang, Msg::BackToMine) }</button>
            </div>
        },
        Storage::SavedUnreadable(why) => html! {
            <div class="banner warn" role="alert" data-testid="saved-unreadable">
                <p>{ t(lang, Msg::SavedUnreadable) }{ " " }{ saved_problem_text(lang, why) }</p>
                <button type="button" data-action="start-fresh" onclick={view.send_fixed(Action::SaveShown)}>{ t(lang, Msg::StartFresh) }</button>
            </div>
        },
        Storage::Saving | Storage::Embedded => html! {},
    }
}

/// The banners, when any applies.
pub fn banners(view: &View) -> Html {
    html! { <>{ link_banner(view) }{ storage_banner(view) }</> }
}
