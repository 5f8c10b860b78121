//! Messages about where the configuration came from: a shared link (perhaps with values
//! replaced), an unreadable link, or unreadable saved data. None of them loses or overwrites
//! the owner's configuration silently; each is worded in the current language.

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::problems::{link_problem, saved_problem as saved_problem_text};
use crate::ui::state::Action;
use crate::ui::words as w;
use session::Storage;

fn link_banner(view: &View) -> Html {
    let Some(problem) = &view.state.link_problem else { return html! {} };
    let lang = view.lang();
    html! {
        <div class="banner warn" role="alert" data-testid="link-problem">
            <p>{ w::LINK_UNREADABLE.fill(lang, &[("why", &link_problem(lang, problem))]) }</p>
            <button type="button" onclick={view.send_fixed(Action::DismissLinkProblem)}>{ w::DISMISS.get(lang) }</button>
        </div>
    }
}

fn storage_banner(view: &View) -> Html {
    let lang = view.lang();
    match &view.state.storage {
        Storage::ViewingShared { values_replaced, saved_problem, .. } => html! {
            <div class="banner info" role="status" data-testid="shared-view">
                <p>{ w::SHARED_VIEW.get(lang) }</p>
                if *values_replaced { <p data-testid="shared-values-replaced">{ w::SHARED_VALUES_REPLACED.get(lang) }</p> }
                if let Some(why) = saved_problem { <p data-testid="saved-unreadable">{ w::SAVED_UNREADABLE.fill(lang, &[("why", &saved_problem_text(lang, why))]) }</p> }
                <button type="button" data-action="keep-shared" onclick={view.send_fixed(Action::SaveShown)}>{ w::KEEP_SHARED.get(lang) }</button>
                <button type="button" data-action="back-to-mine" onclick={view.send_fixed(Action::BackToOwn)}>{ w::BACK_TO_MINE.get(lang) }</button>
            </div>
        },
        Storage::SavedUnreadable(why) => html! {
            <div class="banner warn" role="alert" data-testid="saved-unreadable">
                <p>{ w::SAVED_UNREADABLE.fill(lang, &[("why", &saved_problem_text(lang, why))]) }</p>
                <button type="button" data-action="start-fresh" onclick={view.send_fixed(Action::SaveShown)}>{ w::START_FRESH.get(lang) }</button>
            </div>
        },
        Storage::Saving | Storage::Embedded => html! {},
    }
}

/// The banners, when any applies.
pub fn banners(view: &View) -> Html {
    html! { <>{ link_banner(view) }{ storage_banner(view) }</> }
}
