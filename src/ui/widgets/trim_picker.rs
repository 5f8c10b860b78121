//! Picks a trim: one toggle button per trim, thumb-sized for phones.

use yew::prelude::*;

use crate::ui::shared::Shared;
use crate::ui::widgets::{chip_tabindex, on_chip_keys};
use engine::tables::{Tables, Trim};
use engine::text::Lang;

/// Props of [`TrimPicker`].
#[derive(Properties, PartialEq)]
pub struct TrimPickerProps {
    /// Display language.
    pub lang: Lang,
    /// The group's label.
    pub label: AttrValue,
    /// `data-kind` value for tests and styling (`old`, `new`).
    pub kind: AttrValue,
    /// The loaded tables.
    pub tables: Shared<Tables>,
    /// The catalog whose trims are offered.
    pub catalog: AttrValue,
    /// The selected trim id.
    pub selected: String,
    /// Called with the trim id picked.
    pub onselect: Callback<String>,
}

fn trim_button(props: &TrimPickerProps, trim: &Trim, first: bool, any_pressed: bool) -> Html {
    let id = trim.id.clone();
    let onselect = props.onselect.clone();
    let pressed = trim.id == props.selected;
    html! {
        <button type="button" class="choice" data-kind={props.kind.clone()} data-trim={trim.id.clone()}
            aria-pressed={pressed.to_string()} tabindex={chip_tabindex(pressed, first, any_pressed)}
            onclick={Callback::from(move |_| onselect.emit(id.clone()))}>
            { trim.name.get(props.lang).to_string() }
        </button>
    }
}

/// A labelled group of trim buttons.
#[component]
pub fn TrimPicker(props: &TrimPickerProps) -> Html {
    let trims = props.tables.catalog(&props.catalog).map(|c| c.trims.as_slice()).unwrap_or_default();
    let any_pressed = trims.iter().any(|t| t.id == props.selected);
    html! {
        <div class="trim-picker" role="group" aria-label={props.label.clone()}>
            <span class="label">{ props.label.clone() }</span>
            <div class="choices" onkeydown={on_chip_keys()}>
                for (i, trim) in trims.iter().enumerate() { { trim_button(props, trim, i == 0, any_pressed) } }
            </div>
        </div>
    }
}
