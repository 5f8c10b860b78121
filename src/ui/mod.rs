//! The browser shell: Yew components that render the derived [`session::Screen`] and
//! send actions.
//!
//! Boundaries: nothing here computes money; the screen comes whole from
//! [`session::screen`], and amounts are formatted by [`engine::format`]. All
//! state lives in one reducer ([`state`]). `sections/` are the parts of the page; `widgets/`
//! are the small pieces they share.

pub mod app;
pub mod bridge;
pub mod browser;
pub mod dates;
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod legacy_saved;
pub mod places;
pub mod poster;
pub mod problems;
pub mod sections;
pub mod shared;
pub mod state;
pub mod widgets;
pub mod words;

pub use app::{prerendered_page_fits, App, AppProps};
