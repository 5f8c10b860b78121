//! The pricing and tax engine: plain Rust over plain data.
//!
//! Boundaries: this crate knows nothing of the DOM, Yew, JavaScript or storage, and names no
//! model, offer, maker, market or year: those come from [`tables`] (data files). It takes
//! requests and returns results with every figure's provenance. Money is [`money::Money`]
//! (exact to the fen), rounded only by [`money::round_fen`]. The session, the UI and the JS
//! layer call in here and never compute money themselves. The manifest has no browser crate,
//! so the compiler keeps the boundary (and `./x check` asks `cargo tree`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod check;
pub mod configuration;
pub mod date;
pub mod dealer;
pub mod delivery;
pub mod enumerate;
pub mod error;
pub mod figure;
pub mod format;
pub mod loan;
pub mod money;
pub mod on_road;
pub mod proposal;
pub mod provenance;
pub mod quote;
#[cfg(feature = "schema")]
pub mod schema;
pub mod succession;
pub mod tables;
pub mod tax;
pub mod text;
pub mod timeline;
pub mod words;

pub use error::EngineError;
