//! The size floor's first part (`./x size-floor`): a Yew 0.23 hello world, built for wasm32 the
//! way the app page is built. What any Yew page costs before it shows anything of ours.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // a measurement, not shipped

#[cfg(target_arch = "wasm32")]
#[yew::component]
fn Hello() -> yew::Html {
    yew::html! { <p>{ "你好" }</p> }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<Hello>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("a wasm32 measurement: ./x size-floor");
}
