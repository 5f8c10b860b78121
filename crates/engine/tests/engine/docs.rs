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

#[test]
fn every_error_code_is_documented_in_the_embed_guide_and_nothing_else_is() {
    use engine::error::ErrorCode;
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/embed.md")).unwrap();
    let table = doc.split("| code | when |").nth(1).expect("docs/embed.md has the error-code table");
    let rows = table.lines().skip(2).take_while(|l| l.starts_with('|'));
    let mut documented: Vec<String> = Vec::new();
    for row in rows {
        let codes = row.split('|').nth(1).unwrap();
        documented.extend(codes.split(',').map(|c| c.trim().trim_matches('`').to_string()));
    }
    let real: Vec<String> =
        ErrorCode::ALL.iter().map(|c| serde_json::to_value(c).unwrap().as_str().unwrap().to_string()).collect();
    for c in &real {
        assert!(documented.contains(c), "docs/embed.md does not document `{c}`");
    }
    for c in &documented {
        assert!(real.contains(c), "docs/embed.md documents `{c}`, which no ErrorCode has");
    }
}
