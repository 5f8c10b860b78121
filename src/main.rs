//! Entry point: mounts the Yew app into the page body.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The widget loader and the iframe page set this flag before loading the module and mount
    // widgets themselves; only the standalone page renders into <body> here.
    let embedded = js_sys::Reflect::get(&js_sys::global(), &"SU7_UPGRADE_EMBED".into()).is_ok_and(|v| v.is_truthy());
    if !embedded {
        yew::Renderer::<upgrade_configurator::ui::App>::new().render();
    }
}

// The binary only means something in the browser; natively it exists so `cargo test` builds.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("upgrade-configurator runs in the browser: use `./x serve`");
}
