//! The dealer widget: mounts the configurator into an element (inside the custom element's
//! shadow root, or the iframe page's body), and exposes its methods to JavaScript.

use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::api::{err, json_text, ok, tables_or_err};
use crate::engine::dealer::Dealer;
use crate::engine::quote::Quote;
use crate::engine::tables::Tables;
use crate::engine::text::Lang;
use crate::session::Draft;
use crate::ui::app::{Configurator, Mode};
use crate::ui::state::{Action, Bridge, DealerState};

/// Props of [`WidgetRoot`].
#[derive(Properties)]
pub struct WidgetRootProps {
    /// The loaded tables.
    pub tables: Rc<Tables>,
    /// The starting configuration.
    pub draft: Draft,
    /// The element `quotechange` events are dispatched on.
    pub host: web_sys::Element,
    /// Reached by the widget's JS methods.
    pub bridge: Rc<Bridge>,
}

impl PartialEq for WidgetRootProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.tables, &other.tables)
            && self.draft == other.draft
            && self.host == other.host
            && Rc::ptr_eq(&self.bridge, &other.bridge)
    }
}

/// Dispatches `quotechange` (bubbles, composed) with the quote's JSON as `detail`.
fn emit_quote(host: &web_sys::Element, quote: &Quote) {
    let Ok(json) = serde_json::to_string(quote) else { return };
    let Ok(detail) = js_sys::JSON::parse(&json) else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("quotechange", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The configurator in embedded mode, reporting quotes to the host element.
#[component]
pub fn WidgetRoot(props: &WidgetRootProps) -> Html {
    let host = props.host.clone();
    let on_quote = use_callback(host, |q: Rc<Quote>, host| emit_quote(host, &q));
    html! {
        <Configurator tables={props.tables.clone()} mode={Mode::Embedded} initial={Some(props.draft.clone())}
            on_quote={Some(on_quote)} bridge={Some(props.bridge.clone())} />
    }
}

/// Options of [`mount_widget`], from the element's attributes.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MountOptions {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    offer: Option<String>,
}

/// A mounted widget, as JavaScript holds it.
#[wasm_bindgen]
pub struct Widget {
    app: Option<yew::AppHandle<WidgetRoot>>,
    bridge: Rc<Bridge>,
}

fn result_with(widget: Widget) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"ok".into(), &JsValue::TRUE);
    let _ = js_sys::Reflect::set(&obj, &"value".into(), &JsValue::from(widget));
    obj.into()
}

/// Mounts a widget into `mount_point`; `quotechange` events go to `host`. `options` is
/// `{lang?: "zh" | "en", offer?: string}` (object or JSON text).
///
/// Returns `{ok: true, value: Widget}` or `{ok: false, error}`; an unknown language or offer is
/// an error, not a silent default.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(mount_point: web_sys::Element, host: web_sys::Element, options: JsValue) -> JsValue {
    match mount(mount_point, host, options) {
        Ok(widget) => result_with(widget),
        Err(e) => e,
    }
}

/// [`mount_widget`] for Rust callers: the widget, or the error object JavaScript would get.
///
/// # Errors
/// The `{ok: false, error}` object for bad options or an unknown offer.
pub fn mount(mount_point: web_sys::Element, host: web_sys::Element, options: JsValue) -> Result<Widget, JsValue> {
    let opts: MountOptions = if options.is_undefined() || options.is_null() {
        MountOptions::default()
    } else {
        let text = json_text(&options, "options")?;
        serde_json::from_str(&text).map_err(|e| err("invalid_options", &e.to_string(), "options"))?
    };
    let tables = Rc::new(tables_or_err()?);
    let lang = match opts.lang.as_deref() {
        None | Some("") => Lang::Zh,
        Some(tag) => {
            Lang::from_tag(tag).ok_or_else(|| err("invalid_options", "lang must be zh or en", "options.lang"))?
        }
    };
    let offer = match opts.offer.as_deref() {
        None | Some("") => tables.offers.first().map(|o| o.id.clone()).unwrap_or_default(),
        Some(id) => id.to_string(),
    };
    let draft = Draft::for_offer(&tables, &offer, lang)
        .ok_or_else(|| err("unknown_offer", &format!("no offer '{offer}'; see tables().offers"), "options.offer"))?;
    let bridge = Rc::new(Bridge::default());
    let props = WidgetRootProps { tables, draft, host, bridge: bridge.clone() };
    let app = yew::Renderer::<WidgetRoot>::with_root_and_props(mount_point, props).render();
    Ok(Widget { app: Some(app), bridge })
}

#[wasm_bindgen]
impl Widget {
    /// The current configuration (the draft JSON: `lang`, `offer`, `old_trim`, `old_options`,
    /// `locked_on`, `amount_paid`, `new_configuration`, `price_list`, `keep_invoice`,
    /// `switch_invoice`).
    #[wasm_bindgen(js_name = getConfig)]
    pub fn get_config(&self) -> JsValue {
        match self.bridge.draft() {
            Some(d) => ok(&d),
            None => err("not_ready", "the widget has not rendered yet", "."),
        }
    }

    /// Changes the configuration. Takes any subset of the draft's fields; unknown fields and
    /// wrong types are errors. Values that do not fit the tables are shown to the owner next to
    /// their control, as for typed input.
    #[wasm_bindgen(js_name = setConfig)]
    pub fn set_config(&self, config: JsValue) -> JsValue {
        let run = || -> Result<JsValue, JsValue> {
            let current =
                self.bridge.draft().ok_or_else(|| err("not_ready", "the widget has not rendered yet", "."))?;
            let text = json_text(&config, "config")?;
            let patch: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| err("invalid_config", &e.to_string(), "config"))?;
            let serde_json::Value::Object(patch) = patch else {
                return Err(err("wrong_type", "expected an object of configuration fields", "config"));
            };
            let current = serde_json::to_string(&current).map_err(|e| err("internal", &e.to_string(), "."))?;
            let mut merged: serde_json::Value =
                serde_json::from_str(&current).map_err(|e| err("internal", &e.to_string(), "."))?;
            for (k, v) in patch {
                merged[k] = v;
            }
            let de = merged.to_string();
            let draft: Draft =
                serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(&de)).map_err(|e| {
                    let path = e.path().to_string();
                    err("invalid_config", &e.into_inner().to_string(), &path)
                })?;
            self.bridge.dispatch(Action::LoadDraft(Box::new(draft.clone())));
            Ok(ok(&draft))
        };
        run().unwrap_or_else(|e| e)
    }

    /// Gives the widget a dealer table (object or JSON text). A bad table is shown as a message
    /// in the widget and returned as an error; the widget keeps working.
    #[wasm_bindgen(js_name = setDealer)]
    pub fn set_dealer(&self, table: JsValue) -> JsValue {
        let text = match json_text(&table, "dealer") {
            Ok(t) => t,
            Err(e) => {
                self.bridge.dispatch(Action::SetDealer(DealerState::Failed("the dealer table is not JSON".into())));
                return e;
            }
        };
        match Dealer::parse(&text) {
            Ok(d) => {
                let result = ok(&d);
                self.bridge.dispatch(Action::SetDealer(DealerState::Ready(Box::new(d))));
                result
            }
            Err(e) => {
                self.bridge.dispatch(Action::SetDealer(DealerState::Failed(e.to_string())));
                err(e.code, &e.message, &e.path)
            }
        }
    }

    /// Marks the dealer table as loading.
    #[wasm_bindgen(js_name = dealerLoading)]
    pub fn dealer_loading(&self) {
        self.bridge.dispatch(Action::SetDealer(DealerState::Loading));
    }

    /// Reports that the dealer table could not be fetched; the widget shows `message`.
    #[wasm_bindgen(js_name = dealerUnavailable)]
    pub fn dealer_unavailable(&self, message: String) {
        let message: String = message.chars().take(200).collect();
        self.bridge.dispatch(Action::SetDealer(DealerState::Failed(message)));
    }

    /// Unmounts the widget.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
