//! The documented JSON examples stay true.

use engine::quote::{quote, QuoteRequest};

fn json_blocks(doc: &str) -> Vec<&str> {
    doc.split("```json").skip(1).filter_map(|b| b.split("```").next()).collect()
}

#[test]
fn it_quotes_the_documented_request_to_the_documented_figures() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/quote-json.md")).unwrap();
    let blocks = json_blocks(&doc);
    let request: QuoteRequest = serde_json::from_str(blocks[0]).expect("documented request parses");
    let q = serde_json::to_value(quote(&bundled::tables().unwrap(), &request).unwrap()).unwrap();
    let shown: serde_json::Value = serde_json::from_str(blocks[1]).expect("documented quote is JSON");
    // Every value the abridged example shows must equal the real quote's value at that place.
    fn check(shown: &serde_json::Value, real: &serde_json::Value, at: &str) {
        match shown {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    check(v, &real[k], &format!("{at}.{k}"));
                }
            }
            other => assert_eq!(other, real, "docs/quote-json.md disagrees with the engine at {at}"),
        }
    }
    check(&shown, &q, "quote");
}
