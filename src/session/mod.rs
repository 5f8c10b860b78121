//! The owner's session: what they typed, the last valid request derived from it, and how it is
//! saved (localStorage) and shared (link). Pure Rust, tested natively; the UI only stores and
//! renders it.
//!
//! A [`Draft`] holds raw input, which may be invalid while the owner types. [`Draft::resolve`]
//! turns it into a [`QuoteRequest`], keeping the previous valid value of any field that does not
//! parse or breaks a rule, and reports each problem in the owner's words for the control it
//! belongs to. So the quote always shows the last valid configuration.

mod draft;
mod link;
mod saved;

pub use draft::{Draft, Field, FieldError, Resolved};
pub use link::{decode_link, encode_link, LinkError};
pub use saved::{decode_saved, encode_saved, SavedError};
