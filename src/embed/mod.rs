//! The embed layer: the JS API and the dealer widget. It only translates between JavaScript
//! values and the engine's JSON; all checks and all money are the engine's.
//!
//! Every exported function returns `{ok: true, value}` or `{ok: false, error: {code, message,
//! path}}` and never throws: a panic would take down the whole widget on the dealer's page.

/// The module-level JS API (the embed build only).
#[cfg(feature = "embed")]
pub mod api;
/// The bridge from the widget's JS methods to its state.
pub mod bridge;
/// The error codes a JavaScript caller sees (the embed build only).
#[cfg(feature = "embed")]
pub mod code;
/// The dealer widget (the embed build only).
#[cfg(feature = "embed")]
pub mod widget;
