//! Upgrade cost configurator: a locked order against the new model, priced and taxed exactly.
//!
//! - [`engine`]: pure pricing and tax engine over data tables (native-testable); it names no
//!   model, offer, market or year.
//! - [`bundled`]: the table files shipped in the build.
//! - [`session`]: the owner's input, its resolution into a request, share links and saved state.
//! - [`variant`]: the serde name of a code (`locked_after_cutoff`) without a JSON serialiser.
//! - `embed` (wasm32, and natively for the prerender tool): the JS API and the dealer widget;
//!   translation only.
//! - `ui` (wasm32, and natively for the prerender tool): the Yew shell that renders engine
//!   results.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod bundled;
pub mod engine;
pub mod session;
pub mod variant;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod embed;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
