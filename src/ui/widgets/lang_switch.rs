//! The 中文 / English switch.

use yew::prelude::*;

use crate::ui::widgets::{chip_tabindex, on_chip_keys};
use crate::ui::words as w;
use engine::text::Lang;

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// Current language.
    pub lang: Lang,
    /// Called with the language picked.
    pub onchange: Callback<Lang>,
}

/// Two toggle buttons, one per language.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let button = |l: Lang, label: &'static str| {
        let onchange = props.onchange.clone();
        html! {
            <button type="button" class="lang" lang={l.tag()} aria-pressed={(props.lang == l).to_string()}
                tabindex={chip_tabindex(props.lang == l, false, true)}
                onclick={Callback::from(move |_| onchange.emit(l))}>{ label }</button>
        }
    };
    html! {
        <div class="lang-switch" part="language" role="group" aria-label={w::LANGUAGE.get(props.lang)} onkeydown={on_chip_keys()}>
            { button(Lang::Zh, "中文") }
            { button(Lang::En, "English") }
        </div>
    }
}
