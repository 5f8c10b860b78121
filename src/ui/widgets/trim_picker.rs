//! Picks a trim: one toggle button per trim, thumb-sized for phones.

use yew::prelude::*;

use crate::ui::widgets::{chip_tabindex, on_chip_keys};
use engine::tables::Trim;
use engine::text::Lang;

/// What [`trim_picker`] shows.
pub struct TrimPicker<'a> {
    /// Display language.
    pub lang: Lang,
    /// The group's label.
    pub label: &'static str,
    /// `data-kind` value for tests and styling (`old`, `new`).
    pub kind: &'static str,
    /// The trims offered (a catalog's).
    pub trims: &'a [Trim],
    /// The selected trim id.
    pub selected: &'a str,
    /// Called with the trim id picked.
    pub onselect: Callback<String>,
}

fn trim_button(props: &TrimPicker<'_>, trim: &Trim, first: bool, any_pressed: bool) -> Html {
    let id = trim.id.clone();
    let onselect = props.onselect.clone();
    let pressed = trim.id == props.selected;
    html! {
        <button type="button" class="choice" data-kind={props.kind} data-trim={trim.id.clone()}
            aria-pressed={pressed.to_string()} tabindex={chip_tabindex(pressed, first, any_pressed)}
            onclick={Callback::from(move |_| onselect.emit(id.clone()))}>
            { trim.name.get(props.lang).to_string() }
        </button>
    }
}

/// A labelled group of trim buttons. A function, not a component: it holds no state, and each
/// component type costs its own copy of Yew's component machinery (about 0.7 KB brotli).
pub fn trim_picker(props: TrimPicker<'_>) -> Html {
    let any_pressed = props.trims.iter().any(|t| t.id == props.selected);
    html! {
        <div class="trim-picker" role="group" aria-label={props.label}>
            <span class="label">{ props.label }</span>
            <div class="choices" onkeydown={on_chip_keys()}>
                for (i, trim) in props.trims.iter().enumerate() { { trim_button(&props, trim, i == 0, any_pressed) } }
            </div>
        </div>
    }
}
