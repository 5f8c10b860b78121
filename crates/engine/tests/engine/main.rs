//! The engine's tests, one binary: worked cases, every boundary, property tests and the
//! documented JSON, over the shipped tables (`fixtures`) or small synthetic ones (`rules`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

mod fixtures;

mod assumptions;
mod audit;
mod check;
mod dealer;
mod docs;
mod exhaustive;
mod guarantee_only;
mod loan;
mod money;
mod properties;
mod quote;
mod rules;
mod tables;
mod tax;
mod trade_in;
mod words;
