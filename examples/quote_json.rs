//! Prints a quote request and its quote as JSON: `cargo run --example quote_json`.
//! The output is what docs/quote-json.md shows and what the JS API takes and returns.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use engine::quote::{quote, QuoteRequest};

fn main() {
    let request: QuoteRequest = serde_json::from_str(
        r#"{
  "offer": "su7-gen1-to-gen2-2026",
  "old_order": { "trim": "pro", "options": ["paint/twilight-purple"], "locked_on": "2025-11-20", "amount_paid": "5000.00" },
  "price_list": "final-2026-03-19",
  "keep_invoice_date": "2026-01-15",
  "switch_invoice_date": "2026-04-20"
}"#,
    )
    .expect("example request parses");
    let tables = bundled::tables().expect("bundled tables load");
    let q = quote(&tables, &request).expect("example request quotes");
    println!("{}", serde_json::to_string_pretty(&request).unwrap());
    println!("{}", serde_json::to_string_pretty(&q).unwrap());
}
