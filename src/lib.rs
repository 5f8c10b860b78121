//! Upgrade cost configurator: a locked order against the new model, priced and taxed exactly.
//! This crate is the browser app; the pure core is in the workspace's other crates, which know
//! nothing of the DOM, Yew or JavaScript (their manifests carry none of those crates):
//!
//! - `engine` (`crates/engine`): the pricing and tax engine over data tables; it names no
//!   model, offer, market or year.
//! - `bundled` (`crates/bundled`): the table files shipped in the build.
//! - `session` (`crates/session`): the owner's input, its resolution into a request, share
//!   links, saved state and the derived screen.
//!
//! Here:
//! - [`variant`]: the serde name of a code (`locked_after_cutoff`) without a JSON serialiser.
//! - `embed` (the `embed` feature: the widget's build): the JS API and the dealer widget;
//!   translation only. The UI never imports it.
//! - The `page` feature (default; off in the widget's build): the configurator's own page —
//!   share links, saved state, the share/print block and poster (`ui::Mode::is_page`).
//! - `ui` (wasm32, and natively for the prerender tool): the Yew shell that renders engine
//!   results.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod variant;

// Talc instead of Rust's default dlmalloc: smaller and faster on single-threaded wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
