//! The app's one reducer: what the owner has chosen. Derived figures are never stored here;
//! they are recomputed by the engine from this state.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::text::Lang;

/// What the owner has chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// Display language.
    pub lang: Lang,
    /// The offer being priced.
    pub offer: String,
    /// The locked order's trim.
    pub old_trim: String,
}

/// A change the owner makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the display language.
    SetLang(Lang),
    /// Pick the locked order's trim.
    SetOldTrim(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::SetLang(lang) => State { lang, ..(*self).clone() },
            Action::SetOldTrim(old_trim) => State { old_trim, ..(*self).clone() },
        };
        if next == *self { self } else { Rc::new(next) }
    }
}
