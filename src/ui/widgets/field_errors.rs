//! Input problems, written under the control they belong to, and engine errors in the
//! reader's language.

use yew::prelude::*;

use crate::ui::problems::engine_error_text;
use crate::ui::words as w;
use crate::variant::code;
use engine::error::EngineError;
use engine::text::Lang;
use session::{Field, FieldError, Screen};

/// One alert paragraph listing `problems`; nothing when there are none. `id` lets a control
/// point at it (`aria-describedby`); `data_field` names the control for tests and styles.
pub fn problem_list<'a>(
    lang: Lang,
    problems: impl IntoIterator<Item = &'a FieldError>,
    id: Option<String>,
    data_field: Option<String>,
) -> Html {
    let problems: Vec<&FieldError> = problems.into_iter().collect();
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <p class="field-error" role="alert" {id} data-field={data_field}>
            for e in problems { <span>{ e.message.get(lang).to_string() }{" "}</span> }
        </p>
    }
}

/// The problems `screen` has for `field`.
pub fn field_errors(screen: &Screen, field: Field) -> Html {
    problem_list(screen.lang, screen.problems_for(field), None, Some(code(&field)))
}

/// Why the engine could not compute something, in `lang`.
pub fn engine_error(lang: Lang, e: &EngineError) -> Html {
    html! { <p class="error" role="alert" data-code={code(&e.code())}>{ w::QUOTE_FAILED.fill(lang, &[("why", &engine_error_text(lang, e))]) }</p> }
}
