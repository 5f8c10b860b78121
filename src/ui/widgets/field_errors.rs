//! The input problems of one control, written under it.

use yew::prelude::*;

use crate::session::{Field, Screen};
use crate::ui::i18n::code;

/// The problems `screen` has for `field`, as an alert paragraph; nothing when there are none.
pub fn field_errors(screen: &Screen, field: Field) -> Html {
    if !screen.has_problem(field) {
        return html! {};
    }
    html! {
        <p class="field-error" role="alert" data-field={code(&field)}>
            { for screen.problems_for(field).map(|e| html! { <span>{ e.message.get(screen.lang).to_string() }{" "}</span> }) }
        </p>
    }
}
