//! Any text as the JS API's quote request: a quote or a typed error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use engine::quote::{quote, QuoteRequest};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(request) = serde_json::from_str::<QuoteRequest>(text) else { return };
    let Ok(tables) = bundled::shared() else { return };
    if let Ok(q) = quote(&tables, &request) {
        let _ = serde_json::to_string(&q);
    }
});
