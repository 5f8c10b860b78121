//! The dealer widget: mounts the configurator into an element (inside the custom element's
//! shadow root, or the iframe page's body), and exposes its methods to JavaScript.

use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::api::{err, json_text, ok, tables_or_err};
use crate::embed::code::EmbedCode;
use crate::ui::app::{Configurator, Mode};
use crate::ui::bridge::Bridge;
use crate::ui::shared::Shared;
use crate::ui::state::{Action, DealerState};
use engine::dealer::Dealer;
use engine::error::ErrorCode;
use engine::quote::Quote;
use engine::tables::Tables;
use engine::text::Lang;
use session::{Draft, Edit};

/// Props of [`WidgetRoot`].
#[derive(Properties, PartialEq)]
pub struct WidgetRootProps {
    /// The loaded tables.
    pub tables: Shared<Tables>,
    /// The starting configuration.
    pub draft: Draft,
    /// The element `quotechange` events are dispatched on.
    pub host: web_sys::Element,
    /// Reached by the widget's JS methods.
    pub bridge: Shared<Bridge>,
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

/// Dispatches `rendered` (not bubbling) on the host once the first render is done: from then on
/// the widget's methods answer, so the loader's `ready` waits for it.
fn emit_rendered(host: &web_sys::Element) {
    if let Ok(event) = web_sys::Event::new("rendered") {
        let _ = host.dispatch_event(&event);
    }
}

/// The configurator in embedded mode, reporting quotes to the host element.
#[component]
pub fn WidgetRoot(props: &WidgetRootProps) -> Html {
    let host = props.host.clone();
    // Child effects run first: by now the bridge holds the configurator's state.
    use_effect_with(host.clone(), emit_rendered);
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
    bridge: Shared<Bridge>,
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
pub fn mount_widget(mount_point: JsValue, host: JsValue, options: JsValue) -> JsValue {
    let elements = element(mount_point, "mountPoint").and_then(|m| Ok((m, element(host, "host")?)));
    match elements.and_then(|(mount_point, host)| mount(mount_point, host, options)) {
        Ok(widget) => result_with(widget),
        Err(e) => e,
    }
}

/// [`mount_widget`] for Rust callers: the widget, or the error object JavaScript would get.
///
/// # Errors
/// The `{ok: false, error}` object for bad options or an unknown offer.
pub fn mount(mount_point: web_sys::Element, host: web_sys::Element, options: JsValue) -> Result<Widget, JsValue> {
    let opts = mount_options(&options)?;
    let tables = Shared::from_rc(tables_or_err()?);
    let lang = match opts.lang.as_deref() {
        None | Some("") => Lang::Zh,
        Some(tag) => Lang::from_tag(tag)
            .ok_or_else(|| err(EmbedCode::InvalidOptions, "lang must be zh or en", "options.lang"))?,
    };
    let offer = match opts.offer.as_deref() {
        None | Some("") => tables.offers.first().map(|o| o.id.clone()).unwrap_or_default(),
        Some(id) => id.to_string(),
    };
    let draft = Draft::for_offer(&tables, &offer, lang).ok_or_else(|| unknown_offer(&offer, "options.offer"))?;
    let bridge = Shared::new(Bridge::starting(draft.clone()));
    let props = WidgetRootProps { tables, draft, host, bridge: bridge.clone() };
    let app = yew::Renderer::<WidgetRoot>::with_root_and_props(mount_point, props).render();
    Ok(Widget { app: Some(app), bridge })
}

/// `value` as an element the widget can mount into (or report to), else a typed error: a text
/// node or a plain object would make Yew fail on its first update.
fn element(value: JsValue, path: &str) -> Result<web_sys::Element, JsValue> {
    value.dyn_into::<web_sys::Element>().map_err(|_| {
        err(EmbedCode::InvalidMountPoint, "pass an element (e.g. a <div>), not a text node, object or string", path)
    })
}

fn unknown_offer(id: &str, path: &str) -> JsValue {
    let id: String = id.chars().take(60).collect();
    err(ErrorCode::UnknownOffer, &format!("no offer '{id}'; see tables().offers"), path)
}

fn mount_options(options: &JsValue) -> Result<MountOptions, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(MountOptions::default());
    }
    let text = json_text(options, "options")?;
    serde_json::from_str(&text).map_err(|e| err(EmbedCode::InvalidOptions, &e.to_string(), "options"))
}

impl Widget {
    /// The bridge of a live widget, or the typed error of a destroyed one.
    fn live(&self) -> Result<&Bridge, JsValue> {
        if self.app.is_none() {
            return Err(err(EmbedCode::Destroyed, "the widget was destroyed; mount a new one", "."));
        }
        Ok(&self.bridge)
    }

    /// The current draft of a live, rendered widget.
    fn current(&self) -> Result<Draft, JsValue> {
        self.live()?.draft().ok_or_else(|| err(EmbedCode::NotReady, "the widget has not rendered yet", "."))
    }

    /// `current` with the fields of `patch` replaced, checked as a whole draft.
    fn patched(current: &Draft, patch: serde_json::Map<String, serde_json::Value>) -> Result<Draft, JsValue> {
        let internal = |e: serde_json::Error| err(EmbedCode::Internal, &e.to_string(), ".");
        // Through text: serde_json::to_value would compile a second Serialize copy into the wasm.
        let text = serde_json::to_string(current).map_err(internal)?;
        let mut merged: serde_json::Value = serde_json::from_str(&text).map_err(internal)?;
        if let serde_json::Value::Object(m) = &mut merged {
            m.extend(patch);
        }
        let text = merged.to_string();
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(&text)).map_err(|e| {
            let path = e.path().to_string();
            err(EmbedCode::InvalidConfig, &e.into_inner().to_string(), &path)
        })
    }
}

#[wasm_bindgen]
impl Widget {
    /// The current configuration (the draft JSON: `lang`, `offer`, `old_trim`, `old_options`, `gifted_options`,
    /// `locked_on`, `amount_paid`, `new_configuration`, `price_list`, `keep_invoice`,
    /// `switch_invoice`).
    #[wasm_bindgen(js_name = getConfig)]
    pub fn get_config(&self) -> JsValue {
        self.current().map(|d| ok(&d)).unwrap_or_else(|e| e)
    }

    /// Changes the configuration. Takes any subset of the draft's fields (another `offer` starts
    /// from that offer's defaults); unknown fields, wrong types and ids the offer's tables lack
    /// (offer, trims, options, price list) are errors and change nothing. Typed values that do
    /// not fit (a date, an amount, a rate) are shown to the owner next to their control, as
    /// typed input would be.
    #[wasm_bindgen(js_name = setConfig)]
    pub fn set_config(&self, config: JsValue) -> JsValue {
        let run = || -> Result<JsValue, JsValue> {
            let current = self.current()?;
            let text = json_text(&config, "config")?;
            let patch: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| err(EmbedCode::InvalidConfig, &e.to_string(), "config"))?;
            let serde_json::Value::Object(patch) = patch else {
                return Err(err(EmbedCode::WrongType, "expected an object of configuration fields", "config"));
            };
            let tables = tables_or_err()?;
            // Another offer: its catalogs differ, so the patch goes onto that offer's defaults.
            let base = match patch.get("offer").and_then(serde_json::Value::as_str) {
                Some(id) if id != current.offer => {
                    Draft::for_offer(&tables, id, current.lang).ok_or_else(|| unknown_offer(id, "offer"))?
                }
                _ => current,
            };
            let draft = Widget::patched(&base, patch)?;
            if let Some(e) = draft.unknown_id(&tables) {
                return Err(err(e.code(), &e.to_string(), e.path()));
            }
            self.live()?.replace(draft.clone());
            Ok(ok(&draft))
        };
        run().unwrap_or_else(|e| e)
    }

    /// Switches the language to `tag` (`zh`, `en` or a tag of either, `zh-CN`), read as
    /// mounting reads the `lang` option; anything else is an `invalid_options` error.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, tag: JsValue) -> JsValue {
        let Some(lang) = tag.as_string().as_deref().and_then(Lang::from_tag) else {
            return err(EmbedCode::InvalidOptions, "lang must be zh or en", "lang");
        };
        match self.live() {
            Ok(b) => {
                b.dispatch(Action::Edit(Edit::Lang(lang)));
                ok(&lang)
            }
            Err(e) => e,
        }
    }

    /// Gives the widget a dealer table (object or JSON text). A bad table is shown as a message
    /// in the widget and returned as an error; the widget keeps working.
    #[wasm_bindgen(js_name = setDealer)]
    pub fn set_dealer(&self, table: JsValue) -> JsValue {
        let bridge = match self.live() {
            Ok(b) => b,
            Err(e) => return e,
        };
        let text = match json_text(&table, "dealer") {
            Ok(t) => t,
            Err(e) => {
                bridge.dispatch(Action::SetDealer(DealerState::Failed));
                return e;
            }
        };
        match Dealer::parse(&text) {
            Ok(d) => {
                let result = ok(&d);
                bridge.dispatch(Action::SetDealer(DealerState::Ready(Box::new(d))));
                result
            }
            Err(e) => {
                let result = err(e.code, &e.message, &e.path);
                bridge.dispatch(Action::SetDealer(DealerState::Failed));
                result
            }
        }
    }

    /// Takes the dealer table away (the host removed its `dealer` attribute).
    #[wasm_bindgen(js_name = clearDealer)]
    pub fn clear_dealer(&self) {
        if let Ok(b) = self.live() {
            b.dispatch(Action::SetDealer(DealerState::None));
        }
    }

    /// Marks the dealer table as loading.
    #[wasm_bindgen(js_name = dealerLoading)]
    pub fn dealer_loading(&self) {
        if let Ok(b) = self.live() {
            b.dispatch(Action::SetDealer(DealerState::Loading));
        }
    }

    /// Reports that the dealer table could not be fetched; buyers read that the dealer's
    /// information is unavailable (the loader tells the developer why).
    #[wasm_bindgen(js_name = dealerUnavailable)]
    pub fn dealer_unavailable(&self) {
        if let Ok(b) = self.live() {
            b.dispatch(Action::SetDealer(DealerState::Failed));
        }
    }

    /// Unmounts the widget; its methods answer a `destroyed` error from then on.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            self.bridge.detach();
            app.destroy();
        }
    }
}
