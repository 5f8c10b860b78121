//! Components in real Chromium: the first slice renders, reacts to a click, and shows the
//! estimate mark and the no-successor message.
#![cfg(target_arch = "wasm32")]

use upgrade_configurator::engine::{bundled, format::yuan};
use upgrade_configurator::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

async fn settle() {
    yew::scheduler::flush().await;
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} is rendered")).text_content().unwrap()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector).unwrap().unwrap().dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn it_renders_the_standard_trim_and_its_prices_in_chinese() {
    let root = mount();
    settle().await;
    assert_eq!(text(&root, "h1"), "SU7 升级费用计算器");
    let tables = bundled::tables().unwrap();
    let final_price = tables.catalog("su7-gen2").unwrap().trim("standard").unwrap().prices["final-2026-03-19"].value;
    assert_eq!(text(&root, "tr[data-price-list='final-2026-03-19'] .price"), yuan(final_price));
    assert_eq!(text(&root, "tr[data-price-list='final-2026-03-19'] .difference"), "+¥4,000.00");
}

#[wasm_bindgen_test]
async fn it_reacts_to_a_trim_click() {
    let root = mount();
    settle().await;
    click(&root, "button[data-trim='max']");
    settle().await;
    assert_eq!(text(&root, "[data-testid='old-price']"), "¥299,900.00");
    assert_eq!(text(&root, "tr[data-price-list='presale-2026-01-07'] .difference"), "+¥10,000.00");
}

#[wasm_bindgen_test]
async fn it_explains_that_ultra_has_no_successor() {
    let root = mount();
    settle().await;
    click(&root, "button[data-trim='ultra']");
    settle().await;
    assert!(text(&root, "[data-testid='no-successor']").contains("没有对应的新车型"));
    assert!(root.query_selector("tr[data-price-list]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn it_shows_the_estimate_mark_for_an_unconfirmed_mapping() {
    let root = mount();
    settle().await;
    click(&root, "button[data-trim='founders-max']");
    settle().await;
    // The founder's-edition mapping is our reading: the mark must be visible next to it.
    assert!(root.query_selector("[data-testid='new-trim'] .est").unwrap().is_some());
    click(&root, "button[data-trim='max']");
    settle().await;
    assert!(root.query_selector("[data-testid='new-trim'] .est").unwrap().is_none());
}
