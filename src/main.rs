//! The app page's entry point: mounts the Yew app into the page body. The dealer embed has its
//! own binary (`src/bin/widget.rs`), whose widgets the loader mounts.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A loader from before the embed had its own build (cached by a dealer's CDN) still loads
    // this module and sets this flag: render nothing into the dealer's page then.
    let old_loader = js_sys::Reflect::get(&js_sys::global(), &"SU7_UPGRADE_EMBED".into()).is_ok_and(|v| v.is_truthy());
    if !old_loader {
        yew::Renderer::<upgrade_configurator::ui::App>::new().render();
    }
}

// The binary only means something in the browser; natively it exists so `cargo test` builds.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("upgrade-configurator runs in the browser: use `./x serve`");
}
