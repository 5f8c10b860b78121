//! The 中文 / English switch.

use yew::prelude::*;

use crate::ui::widgets::{chip_tabindex, on_chip_keys};
use crate::ui::words as w;
use engine::text::Lang;

/// Two toggle buttons, one per language; `onchange` is called with the language picked. A
/// function, not a component: it holds no state, and a component's machinery costs bytes.
pub fn lang_switch(lang: Lang, onchange: &Callback<Lang>) -> Html {
    let button = |l: Lang, label: &'static str| {
        let onchange = onchange.clone();
        html! {
            <button type="button" class="lang" lang={l.tag()} aria-pressed={(lang == l).to_string()}
                tabindex={chip_tabindex(lang == l, false, true)}
                onclick={Callback::from(move |_| onchange.emit(l))}>{ label }</button>
        }
    };
    html! {
        <div class="lang-switch" part="language" role="group" aria-label={w::LANGUAGE.get(lang)} onkeydown={on_chip_keys()}>
            { button(Lang::Zh, "中文") }
            { button(Lang::En, "English") }
        </div>
    }
}
