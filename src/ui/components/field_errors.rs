//! The input problems of one control, written under it.

use yew::prelude::*;

use crate::engine::text::Lang;
use crate::session::Field;
use crate::ui::state::StateContext;

/// The problems `state` has for `field`, as an alert paragraph; nothing when there are none.
pub(crate) fn field_errors(state: &StateContext, field: Field, lang: Lang) -> Html {
    let errors: Vec<_> = state.resolved.errors.iter().filter(|e| e.field == field).collect();
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <p class="field-error" role="alert" data-field={format!("{field:?}")}>
            { for errors.iter().map(|e| html! { <span>{ e.message.get(lang).to_string() }{" "}</span> }) }
        </p>
    }
}
