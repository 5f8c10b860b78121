//! The browser shell: Yew components that render engine results and send actions.
//!
//! Boundaries: components never compute money; they call [`crate::engine`] and format with
//! [`crate::engine::format`]. All state lives in one reducer ([`state`]).

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod state;

pub use app::App;
