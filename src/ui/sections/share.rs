//! Share link and print.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::hooks::use_view;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::Action;

/// The share and print buttons, and the link once made.
#[component]
pub fn SharePrint() -> Html {
    let Some(view) = use_view() else { return html! {} };
    let lang = view.lang();
    let on_share = view.send_fixed(Action::MakeShareLink);
    let link = view.state.share_fragment.as_deref().map(browser::link_with_fragment);
    html! {
        <section class="share no-print">
            <button type="button" data-action="share" onclick={on_share}>{ t(lang, Msg::Share) }</button>
            <button type="button" data-action="print" onclick={Callback::from(|_| browser::print())}>{ t(lang, Msg::Print) }</button>
            if let Some(link) = link {
                <p class="share-link">
                    <label for="share-link">{ t(lang, Msg::ShareHint) }</label>
                    <input id="share-link" type="text" readonly=true value={link} data-testid="share-link"
                        onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
                </p>
            }
        </section>
    }
}
