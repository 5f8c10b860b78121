//! Picks the locked order's trim: one toggle button per trim, thumb-sized for phones.

use yew::prelude::*;

use crate::engine::tables::Trim;
use crate::engine::text::Lang;
use crate::ui::i18n::{t, Msg};

/// Props of [`TrimPicker`].
#[derive(Properties, PartialEq)]
pub struct TrimPickerProps {
    /// Display language.
    pub lang: Lang,
    /// Trims to choose from.
    pub trims: Vec<Trim>,
    /// The selected trim id.
    pub selected: String,
    /// Called with the trim id picked.
    pub onselect: Callback<String>,
}

/// A labelled group of trim buttons.
#[component]
pub fn TrimPicker(props: &TrimPickerProps) -> Html {
    html! {
        <div class="trim-picker" role="group" aria-label={t(props.lang, Msg::OldTrim)}>
            <span class="label">{ t(props.lang, Msg::OldTrim) }</span>
            <div class="choices">
            { for props.trims.iter().map(|trim| {
                let id = trim.id.clone();
                let onselect = props.onselect.clone();
                html! {
                    <button type="button" class="choice" data-trim={trim.id.clone()}
                        aria-pressed={(trim.id == props.selected).to_string()}
                        onclick={Callback::from(move |_| onselect.emit(id.clone()))}>
                        { trim.name.get(props.lang) }
                    </button>
                }
            }) }
            </div>
        </div>
    }
}
