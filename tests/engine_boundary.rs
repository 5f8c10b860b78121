//! The architecture rule: the engine imports nothing from the browser shell.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/engine is readable") {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn it_keeps_the_engine_free_of_browser_crates() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine"), &mut files);
    assert!(files.len() > 5, "found the engine's files");
    let forbidden = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
            for name in forbidden {
                assert!(
                    !(line.contains(&format!("{name}::")) || line.starts_with(&format!("use {name}"))),
                    "{} uses {name}: the engine must stay pure Rust (line: {line})",
                    f.display()
                );
            }
        }
    }
}

#[test]
fn it_has_no_floats_in_the_engine() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine"), &mut files);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for word in ["f32", "f64"] {
            assert!(
                !text.split(|c: char| !c.is_alphanumeric()).any(|w| w == word),
                "{} mentions {word}: money is Decimal",
                f.display()
            );
        }
    }
}
