//! The bridge between code outside the component tree (the dealer widget's JavaScript
//! methods) and the Yew state they change.

use std::cell::{Cell, RefCell};

use crate::ui::state::{Action, StateContext};
use session::{Draft, Edit};

/// Lets code outside the component tree (the widget's JS methods) read and change the state.
/// The configurator stores its current handle here on every render; actions sent before the
/// first render are queued and sent once it has happened, so none is lost.
#[derive(Default)]
pub struct Bridge {
    handle: RefCell<Option<StateContext>>,
    /// The starting draft, or the last one replaced, until a render shows it: the handle holds
    /// the state as last rendered, so a second `setConfig` before the next render would
    /// otherwise patch a stale draft.
    replaced: RefCell<Option<Draft>>,
    pending: RefCell<Vec<Action>>,
    destroyed: Cell<bool>,
}

impl Bridge {
    /// A bridge for a configurator that starts from `draft`: its methods answer from the start,
    /// before the first render.
    #[must_use]
    pub fn starting(draft: Draft) -> Self {
        Self { replaced: RefCell::new(Some(draft)), ..Self::default() }
    }

    /// Stores the current handle (called while rendering); none once destroyed, since a render
    /// still scheduled then would hold the state past the widget's removal.
    pub fn attach(&self, handle: StateContext) {
        if !self.destroyed.get() {
            self.handle.replace(Some(handle));
            self.replaced.replace(None);
        }
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

    /// Replaces the whole draft (sent like any action), and answers it as the current one
    /// until the render that shows it.
    pub fn replace(&self, draft: Draft) {
        if self.destroyed.get() {
            return;
        }
        self.replaced.replace(Some(draft.clone()));
        self.dispatch(Action::Edit(Edit::Replace(Box::new(draft))));
    }

    /// The current draft: the starting or last replaced one until rendered, else the rendered one.
    #[must_use]
    pub fn draft(&self) -> Option<Draft> {
        let replaced = self.replaced.borrow().clone();
        replaced.or_else(|| self.handle.borrow().as_ref().map(|h| h.draft.clone()))
    }

    /// Drops the handle: the widget was destroyed, and later calls do nothing.
    pub fn detach(&self) {
        self.destroyed.set(true);
        self.handle.replace(None);
        self.replaced.replace(None);
        self.pending.borrow_mut().clear();
    }
}
