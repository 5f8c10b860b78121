//! Chip groups (trims, invoice years, price lists, languages, loan terms, trade-in): one tab
//! stop per group, and the arrow keys move between its chips, as in a toolbar — so the flow is
//! not a tab stop per chip.

use session::Edit;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::state::Action;

/// The chip's `tabindex`: only the pressed chip, or the first when none is, is a tab stop.
#[must_use]
pub fn chip_tabindex(pressed: bool, first: bool, any_pressed: bool) -> AttrValue {
    AttrValue::Static(if pressed || (first && !any_pressed) { "0" } else { "-1" })
}

/// Where a key moves focus among `count` chips from `at`, or `None` for other keys.
fn target(key: &str, at: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if at >= last { 0 } else { at + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if at == 0 { last } else { at - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// The key handler of a chip group (an element with `role="group"` holding only chips):
/// arrows, Home and End move focus to a chip.
#[must_use]
pub fn on_chip_keys() -> Callback<KeyboardEvent> {
    Callback::from(|e: KeyboardEvent| {
        // Alt+← is the browser's "back", Ctrl/Meta+arrows its own shortcuts: not ours.
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        // The group from the chip itself: Yew delegates events, so `currentTarget` is the root.
        let Some(focused) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Some(group) = focused.closest("[role=group]").ok().flatten() else { return };
        let Ok(list) = group.query_selector_all("button") else { return };
        let chips: Vec<HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
        let Some(at) = chips.iter().position(|c| &focused == c.unchecked_ref::<Element>()) else { return };
        if let Some(next) = target(&e.key(), at, chips.len()).and_then(|i| chips.get(i)) {
            e.prevent_default();
            let _ = next.focus();
        }
    })
}

/// One chip of a choice.
pub struct Chip {
    /// Its label.
    pub text: String,
    /// The edit it makes.
    pub edit: Edit,
    /// Whether it is the current choice.
    pub pressed: bool,
    /// The value it stands for, where tests and styles need one (`data-choice`).
    pub value: Option<AttrValue>,
}

/// One group of chips that each make an edit: the price list, the loan's terms, the trade-in
/// subsidy. Not generic: every group shares one copy of this code (generic, it was inlined
/// each time).
pub fn edit_chips(view: &View, label: Html, id: &'static str, choices: Vec<Chip>) -> Html {
    let any_pressed = choices.iter().any(|c| c.pressed);
    html! {
        <div class="field">
            <span class="label" id={id}>{ label }</span>
            <div class="presets" role="group" aria-labelledby={id} onkeydown={on_chip_keys()}>
                for (i, Chip { text, edit, pressed, value }) in choices.into_iter().enumerate() {
                    <button type="button" class="preset" data-choice={value} aria-pressed={pressed.to_string()}
                        tabindex={chip_tabindex(pressed, i == 0, any_pressed)}
                        onclick={view.send(move |_: MouseEvent| Action::Edit(edit.clone()))}>
                        { text }
                    </button>
                }
            </div>
        </div>
    }
}
