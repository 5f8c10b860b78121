//! The embed layer (the `embed` feature: the widget's build only): the JS API and the dealer
//! widget. It only translates between JavaScript values and the engine's JSON; all checks and
//! all money are the engine's. The UI never imports it.
//!
//! Every exported function returns `{ok: true, value}` or `{ok: false, error: {code, message,
//! path}}` and never throws: a panic would take down the whole widget on the dealer's page.

/// The module-level JS API.
pub mod api;
/// The error codes a JavaScript caller sees.
pub mod code;
/// The dealer widget.
pub mod widget;
