//! The view every section renders (passed to the sections' functions, and read from the
//! context by the few components with state of their own), and the hooks they share.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, StateContext};
use engine::tables::Tables;
use engine::text::Lang;
use session::Screen;

/// What a section needs: the derived screen to render and the reducer to send actions to.
#[derive(Clone, PartialEq)]
pub struct View {
    /// The reducer handle (draft, storage, dealer).
    pub state: StateContext,
    /// Everything the screen shows, derived once per change.
    pub screen: Rc<Screen>,
    /// False in the first render — the one pre-rendered at build time and taken over in the
    /// browser — true once mounted: what only the browser knows (the quote's date) shows then.
    pub mounted: bool,
}

impl View {
    /// Display language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.screen.lang
    }

    /// The loaded tables.
    #[must_use]
    pub fn tables(&self) -> &Tables {
        &self.state.tables
    }

    /// A callback that sends `to_action(value)`.
    pub fn send<T: 'static>(&self, to_action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let state = self.state.clone();
        Callback::from(move |v: T| state.dispatch(to_action(v)))
    }

    /// A callback that sends `action`, whatever the event.
    pub fn send_fixed<T: 'static>(&self, action: Action) -> Callback<T> {
        self.send(move |_| action.clone())
    }
}

/// False in the first render (and on the server), true once the component is mounted.
#[hook]
pub fn use_mounted() -> bool {
    let mounted = use_state_eq(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |()| mounted.set(true));
    }
    *mounted
}

/// The [`View`] the configurator provides; `None` outside it.
#[hook]
pub fn use_view() -> Option<View> {
    use_context::<View>()
}

/// Runs `then` after the render a dispatch just scheduled (a microtask): a zero timer runs
/// later, when the new DOM is in place (to focus what it drew, or print it).
pub fn after_render(then: impl FnOnce() + 'static) {
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        then();
    });
}
