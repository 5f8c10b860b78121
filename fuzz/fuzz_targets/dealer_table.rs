//! Any text as a dealer table: a checked table whose block always computes, or a typed error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use engine::dealer::{dealer_block, Dealer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(dealer) = Dealer::parse(text) else { return };
    let day = "2026-04-01".parse().ok();
    if let Some(day) = day {
        assert!(dealer_block(&dealer, day).is_some(), "a table that parses always prices");
    }
});
