//! The bridge between code outside the component tree (the dealer widget's JavaScript
//! methods) and the Yew state they change.

use std::cell::{Cell, RefCell};

use crate::ui::state::{Action, StateContext};
use session::Draft;

/// Lets code outside the component tree (the widget's JS methods) read and change the state.
/// The configurator stores its current handle here on every render; actions sent before the
/// first render are queued and sent once it has happened, so none is lost.
#[derive(Default)]
pub struct Bridge {
    handle: RefCell<Option<StateContext>>,
    pending: RefCell<Vec<Action>>,
    destroyed: Cell<bool>,
}

impl Bridge {
    /// Stores the current handle (called while rendering).
    pub fn attach(&self, handle: StateContext) {
        self.handle.replace(Some(handle));
    }

    /// Sends the actions queued before the first render (called after rendering).
    pub fn flush(&self) {
        let pending: Vec<Action> = self.pending.borrow_mut().drain(..).collect();
        if let Some(h) = self.handle.borrow().as_ref() {
            for a in pending {
                h.dispatch(a);
            }
        }
    }

    /// Sends an action now, or queues it behind earlier ones until the first render, so
    /// actions always arrive in the order they were sent.
    pub fn dispatch(&self, action: Action) {
        if self.destroyed.get() {
            return;
        }
        let queued = !self.pending.borrow().is_empty();
        match self.handle.borrow().as_ref() {
            Some(h) if !queued => h.dispatch(action),
            _ => self.pending.borrow_mut().push(action),
        }
    }

    /// The current draft, once rendered.
    #[must_use]
    pub fn draft(&self) -> Option<Draft> {
        self.handle.borrow().as_ref().map(|h| h.draft.clone())
    }

    /// Drops the handle: the widget was destroyed, and later calls do nothing.
    pub fn detach(&self) {
        self.destroyed.set(true);
        self.handle.replace(None);
        self.pending.borrow_mut().clear();
    }
}
