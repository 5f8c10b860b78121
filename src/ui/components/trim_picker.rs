//! Picks a trim: one toggle button per trim, thumb-sized for phones.

use yew::prelude::*;

use crate::engine::tables::Trim;
use crate::engine::text::Lang;

/// Props of [`TrimPicker`].
#[derive(Properties, PartialEq)]
pub struct TrimPickerProps {
    /// Display language.
    pub lang: Lang,
    /// The group's label.
    pub label: AttrValue,
    /// `data-` attribute name prefix for tests and styling (`trim`, `new-trim`).
    pub kind: AttrValue,
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
        <div class="trim-picker" role="group" aria-label={props.label.clone()}>
            <span class="label">{ props.label.clone() }</span>
            <div class="choices">
            { for props.trims.iter().map(|trim| {
                let id = trim.id.clone();
                let onselect = props.onselect.clone();
                html! {
                    <button type="button" class="choice" data-kind={props.kind.clone()} data-trim={trim.id.clone()}
                        aria-pressed={(trim.id == props.selected).to_string()}
                        onclick={Callback::from(move |_| onselect.emit(id.clone()))}>
                        { trim.name.get(props.lang).to_string() }
                    </button>
                }
            }) }
            </div>
        </div>
    }
}
