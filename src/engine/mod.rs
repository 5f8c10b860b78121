//! The pricing and tax engine: plain Rust over plain data.
//!
//! Boundaries: this module knows nothing of the DOM, Yew, JavaScript or storage. It reads
//! [`tables`] (data files), takes requests and returns results with every figure's provenance.
//! Money is [`money::Money`] (exact to the fen), rounded only by [`money::round_fen`]. The UI and
//! the JS layer call in here and never compute money themselves. A test fails if any file in
//! this folder imports the browser shell.

pub mod assumptions;
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
pub mod succession;
pub mod tables;
pub mod tax;
pub mod text;
pub mod timeline;

pub use error::EngineError;
