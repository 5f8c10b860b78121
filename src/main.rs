//! The app page's entry point: mounts the Yew app into the page body. The dealer embed has its
//! own binary (`src/bin/widget.rs`), whose widgets the loader mounts.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<upgrade_configurator::ui::App>::new().render();
}

// The binary only means something in the browser; natively it exists so `cargo test` builds.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("upgrade-configurator runs in the browser: use `./x serve`");
}
