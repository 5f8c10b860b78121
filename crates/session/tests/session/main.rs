//! The session's tests, one binary: drafts resolve to valid requests, links and saved state
//! round-trip, bad input is a typed error, impossible dates are named, and the QR code reads
//! back the link.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

mod fixtures;

mod compact;
mod drafts;
mod edits;
mod papers;
mod qr;
mod timeline;
