//! The dealer widget in real Chromium: mounts through the JS API, fires quotechange, takes a
//! dealer table into its own block, and shows a bad table as a message without breaking.
#![cfg(all(target_arch = "wasm32", feature = "embed"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::cell::RefCell;
use std::rc::Rc;

use upgrade_configurator::embed::widget::{mount as mount_rust, mount_widget};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(v, &k.into()).unwrap()
}

async fn settle() {
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn widget_mounts_emits_quotes_and_keeps_dealer_items_apart() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    let mount = document.create_element("div").unwrap();
    host.append_child(&mount).unwrap();
    document.body().unwrap().append_child(&host).unwrap();

    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        sink.borrow_mut().push(e.detail())
    });
    host.add_event_listener_with_callback("quotechange", listener.as_ref().unchecked_ref()).unwrap();

    let widget = mount_rust(mount.clone(), host.clone(), js_sys::JSON::parse(r#"{"lang":"en"}"#).unwrap())
        .unwrap_or_else(|_| panic!("mounts"));
    settle().await;
    assert_eq!(mount.query_selector(".title").unwrap().unwrap().text_content().unwrap(), "SU7 upgrade cost calculator");
    let first = seen.borrow().last().cloned().expect("a quotechange event");
    assert_eq!(get(&first, "extra_cash_to_switch").as_string().as_deref(), Some("4000.00"));
    let headline =
        || mount.query_selector("[data-testid='extra-cash'] .money").unwrap().unwrap().text_content().unwrap();

    let ok = widget.set_dealer(JsValue::from_str(include_str!("../static/dealers/demo-dealer.json")));
    assert_eq!(get(&ok, "ok").as_bool(), Some(true));
    settle().await;
    let block = mount.query_selector("[data-testid='dealer-block']").unwrap().unwrap();
    assert!(block.text_content().unwrap().contains("Demo Motors"));
    assert_eq!(headline(), "+¥4,000", "dealer items never change Xiaomi's figures");

    let bad = widget.set_dealer(JsValue::from_str(
        r#"{"schema":1,"kind":"dealer","name":"A","fees":[{"id":"f","name":"n","amount":"-9"}]}"#,
    ));
    assert_eq!(get(&get(&bad, "error"), "path").as_string().as_deref(), Some("fees[0].amount"));
    settle().await;
    let block = mount.query_selector("[data-testid='dealer-block']").unwrap().unwrap();
    assert_eq!(block.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(headline(), "+¥4,000");

    let set =
        widget.set_config(js_sys::JSON::parse(r#"{"old_trim":"max","price_list":"presale-2026-01-07"}"#).unwrap());
    assert_eq!(get(&set, "ok").as_bool(), Some(true));
    settle().await;
    assert_eq!(headline(), "+¥10,000");
    let bad = widget.set_config(js_sys::JSON::parse(r#"{"old_trim":7}"#).unwrap());
    assert_eq!(get(&get(&bad, "error"), "code").as_string().as_deref(), Some("invalid_config"));

    // An offer the tables lack is refused and changes nothing (it used to blank step 1).
    let stale = widget.set_config(js_sys::JSON::parse(r#"{"offer":"su7-old-offer-2024"}"#).unwrap());
    assert_eq!(get(&get(&stale, "error"), "code").as_string().as_deref(), Some("unknown_offer"));
    // So is a trim or option the offer's catalogs lack: the API's error, at the draft's field.
    let trim = widget.set_config(js_sys::JSON::parse(r#"{"old_trim":"nonexistent"}"#).unwrap());
    assert_eq!(get(&get(&trim, "error"), "code").as_string().as_deref(), Some("unknown_trim"));
    assert_eq!(get(&get(&trim, "error"), "path").as_string().as_deref(), Some("old_trim"));
    let option = widget.set_config(js_sys::JSON::parse(r#"{"old_options":["paint/nope"]}"#).unwrap());
    assert_eq!(get(&get(&option, "error"), "path").as_string().as_deref(), Some("old_options[0]"));
    assert_eq!(get(&get(&widget.get_config(), "value"), "old_trim").as_string().as_deref(), Some("max"));
    settle().await;
    assert_eq!(headline(), "+¥10,000");
    assert!(mount.query_selector("#order-h").unwrap().is_some(), "step 1 is still there");
    // Another offer starts from that offer's defaults, with the fields given on top.
    let yu7 = widget.set_config(js_sys::JSON::parse(r#"{"offer":"su7-to-yu7-2025","old_trim":"pro"}"#).unwrap());
    assert_eq!(get(&yu7, "ok").as_bool(), Some(true), "{:?}", js_sys::JSON::stringify(&yu7));
    assert_eq!(get(&get(&yu7, "value"), "price_list").as_string().as_deref(), Some("launch-2025-06-26"));
    assert_eq!(get(&get(&yu7, "value"), "old_trim").as_string().as_deref(), Some("pro"));
    let back = widget.set_config(js_sys::JSON::parse(r#"{"offer":"su7-gen1-to-gen2-2026"}"#).unwrap());
    assert_eq!(get(&get(&back, "value"), "old_trim").as_string().as_deref(), Some("standard"), "the defaults");
    // A language tag, read as mounting reads it.
    assert_eq!(get(&widget.set_lang(JsValue::from_str("en-GB")), "value").as_string().as_deref(), Some("en"));
    assert_eq!(
        get(&get(&widget.set_lang(JsValue::from_str("fr")), "error"), "code").as_string().as_deref(),
        Some("invalid_options")
    );

    let div = || JsValue::from(document.create_element("div").unwrap());
    let unknown = mount_widget(div(), host.clone().into(), js_sys::JSON::parse(r#"{"offer":"nope"}"#).unwrap());
    assert_eq!(get(&get(&unknown, "error"), "code").as_string().as_deref(), Some("unknown_offer"));
    let bad_lang = mount_widget(div(), host.clone().into(), js_sys::JSON::parse(r#"{"lang":"fr"}"#).unwrap());
    assert_eq!(get(&get(&bad_lang, "error"), "path").as_string().as_deref(), Some("options.lang"));
    drop(listener);
}

#[wasm_bindgen_test]
async fn a_mount_point_that_is_not_an_element_is_a_typed_error_not_a_panic() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: JsValue = document.create_element("div").unwrap().into();
    let text_node: JsValue = document.create_text_node("x").into();
    for (mount_point, what) in
        [(text_node, "text node"), (js_sys::Object::new().into(), "{}"), (JsValue::from_str("#app"), "string")]
    {
        let r = mount_widget(mount_point, host.clone(), JsValue::UNDEFINED);
        assert_eq!(get(&r, "ok").as_bool(), Some(false), "{what}");
        assert_eq!(get(&get(&r, "error"), "code").as_string().as_deref(), Some("invalid_mount_point"), "{what}");
    }
}

#[wasm_bindgen_test]
async fn a_destroyed_widget_answers_a_typed_error() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    let mut widget = mount_rust(mount.clone(), mount.clone(), JsValue::UNDEFINED).unwrap_or_else(|_| panic!("mounts"));
    settle().await;
    widget.destroy();
    for r in
        [widget.get_config(), widget.set_config(JsValue::from_str("{}")), widget.set_dealer(JsValue::from_str("{}"))]
    {
        assert_eq!(get(&get(&r, "error"), "code").as_string().as_deref(), Some("destroyed"));
    }
}

#[wasm_bindgen_test]
async fn a_dealer_table_given_before_the_first_render_is_not_lost() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    let widget = mount_rust(mount.clone(), mount.clone(), JsValue::UNDEFINED).unwrap_or_else(|_| panic!("mounts"));
    // Straight after mounting, before Yew has rendered anything.
    let r = widget.set_dealer(JsValue::from_str(r#"{"schema":1,"kind":"dealer","name":"Early Motors"}"#));
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    settle().await;
    settle().await;
    let block = mount.query_selector("[data-testid='dealer-block']").unwrap().expect("the dealer block is shown");
    assert!(block.text_content().unwrap().contains("Early Motors"));
}

#[wasm_bindgen_test]
async fn actions_sent_before_and_around_the_first_render_keep_their_order() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    let widget = mount_rust(mount.clone(), mount.clone(), JsValue::UNDEFINED).unwrap_or_else(|_| panic!("mounts"));
    widget.dealer_loading();
    yew::platform::time::sleep(std::time::Duration::from_millis(0)).await; // render happens, flush may not have
    widget.dealer_unavailable();
    settle().await;
    settle().await;
    let block = mount.query_selector("[data-testid='dealer-block']").unwrap().expect("dealer block");
    assert!(block.text_content().unwrap().contains("经销商信息暂不可用"), "the later message wins");
}

#[wasm_bindgen_test]
async fn the_config_answers_from_mounting_and_two_changes_before_a_render_both_count() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    let rendered = Rc::new(RefCell::new(0));
    let count = rendered.clone();
    let listener = Closure::<dyn Fn()>::new(move || *count.borrow_mut() += 1);
    mount.add_event_listener_with_callback("rendered", listener.as_ref().unchecked_ref()).unwrap();
    let widget = mount_rust(mount.clone(), mount.clone(), JsValue::UNDEFINED).unwrap_or_else(|_| panic!("mounts"));
    // Before the first render: the starting configuration, and a change to it, are answered.
    assert_eq!(*rendered.borrow(), 0);
    let early = widget.set_config(js_sys::JSON::parse(r#"{"old_trim":"max"}"#).unwrap());
    assert_eq!(get(&get(&early, "value"), "old_trim").as_string().as_deref(), Some("max"));
    settle().await;
    assert_eq!(*rendered.borrow(), 1, "`rendered` fires after the first render");
    let shown = get(&widget.get_config(), "value");
    assert_eq!(get(&shown, "old_trim").as_string().as_deref(), Some("max"), "the early change is rendered");
    assert_eq!(get(&widget.get_config(), "ok").as_bool(), Some(true), "methods answer once rendered");
    let parse = |s: &str| js_sys::JSON::parse(s).unwrap();
    // No render between the calls: the second patches the first's result, not the rendered draft.
    widget.set_config(parse(r#"{"old_trim":"pro"}"#));
    let second = widget.set_config(parse(r#"{"amount_paid":"12345"}"#));
    assert_eq!(get(&get(&second, "value"), "old_trim").as_string().as_deref(), Some("pro"));
    let now = get(&widget.get_config(), "value");
    assert_eq!(get(&now, "old_trim").as_string().as_deref(), Some("pro"));
    assert_eq!(get(&now, "amount_paid").as_string().as_deref(), Some("12345"));
    settle().await;
    let later = get(&widget.get_config(), "value");
    assert_eq!(get(&later, "old_trim").as_string().as_deref(), Some("pro"), "the render keeps both");
    assert_eq!(*rendered.borrow(), 1, "`rendered` fires once");
    drop(listener);
}
