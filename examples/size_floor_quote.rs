//! The size floor of the product (`./x size-floor`): the bundled tables, the owner's draft
//! resolved into a request, the engine's quote and its decision figure, shown by one Yew
//! component — the least the app page can ship that still answers with our engine and data,
//! before any section, input, link, saved state, loan, delivery or print view.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // a measurement, not shipped

#[cfg(target_arch = "wasm32")]
#[yew::component]
fn Answer() -> yew::Html {
    use engine::format::{yuan_in, Precision};
    use engine::quote::quote;
    use session::{default_draft, Draft};

    let tables = bundled::shared().unwrap();
    let draft = default_draft(&tables).unwrap();
    let previous = Draft::default_request(&tables, &draft.offer).unwrap();
    let request = draft.resolve(&tables, &previous).request;
    let q = quote(&tables, &request).unwrap();
    let extra = q.extra_cash_to_switch.map(|m| yuan_in(m, Precision::Yuan)).unwrap_or_default();
    yew::html! { <p>{ "升级需多付 " }{ extra }</p> }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<Answer>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("a wasm32 measurement: ./x size-floor");
}
