//! The dealer embed's entry point: renders nothing by itself. `embed/loader.js` (the custom
//! element) and `embed/embed.js` (the iframe page) mount widgets through the JS API this build
//! exports (`mountWidget`, `quote`, `purchaseTax`, `tables`, `parseDealer`).

#[cfg(target_arch = "wasm32")]
fn main() {
    // Says which release is loaded (hosts may log it). It also keeps wasm-bindgen's runtime in a
    // binary whose own code calls nothing else; without it the bindings cannot be generated.
    let _ = js_sys::Reflect::set(
        &js_sys::global(),
        &"SU7_UPGRADE_WIDGET_VERSION".into(),
        &env!("CARGO_PKG_VERSION").into(),
    );
    // Links the library's exports into this binary: a binary that references nothing of a
    // library gets none of its `#[wasm_bindgen]` exports.
    std::hint::black_box(upgrade_configurator::embed::widget::mount_widget as fn(_, _, _) -> _);
    std::hint::black_box(upgrade_configurator::embed::api::quote as fn(_) -> _);
}

// The binary only means something in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
