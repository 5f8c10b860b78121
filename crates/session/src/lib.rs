//! The owner's session: what they typed, the last valid request derived from it, everything
//! the screen shows, and how it is saved (localStorage) and shared (link). Pure Rust, tested
//! natively; the UI only stores and renders it.
//!
//! A [`Draft`] holds raw input, which may be invalid while the owner types. [`Draft::resolve`]
//! turns it into a [`QuoteRequest`](engine::quote::QuoteRequest), keeping the previous
//! valid value of any field that does not parse or breaks a rule, and reports each problem in
//! the owner's words for the control it belongs to. So the quote always shows the last valid
//! configuration. [`Draft::apply`] makes each of the owner's [`Edit`]s and settles the result;
//! [`screen`] derives all the screen shows from it in one step; [`restore`] decides what the
//! page starts with.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod compact;
mod draft;
mod edit;
mod link;
mod papers;
mod qr;
mod replacement;
mod resolve;
mod restore;
mod saved;
mod screen;
mod typed;
pub mod words;

pub use compact::{compact_link, encode_compact};
pub use draft::{Draft, Field, FieldError, LoanDraft, Resolved};
pub use edit::Edit;
pub use link::{decode_link, encode_link, Alteration, LinkError};
pub use papers::{Paper, PapersCheck, PapersDraft, Quoted};
pub use qr::{Qr, QUIET_ZONE};
pub use replacement::{Replacement, ReplacementChoice};
pub use restore::{default_draft, restore, Restored, Storage};
pub use saved::{decode_saved, encode_saved, SavedError, MAX_SAVED_BYTES};
pub use screen::{screen, Screen};
pub use typed::typed_yuan;
