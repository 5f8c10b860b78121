//! [`Shared`]: an `Rc` that compares by pointer, for data loaded once (the tables) and passed
//! through props and state without deep clones or deep comparisons.

use std::ops::Deref;
use std::rc::Rc;

/// Shared, immutable data; two handles are equal when they point at the same value.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }

    /// Wraps a value already shared.
    pub fn from_rc(value: Rc<T>) -> Shared<T> {
        Shared(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Shared<T> {}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> yew::html::ImplicitClone for Shared<T> {}
