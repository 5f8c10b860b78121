//! The few browser facilities the app uses: the URL fragment, localStorage, print, today's date.
//! Every call tolerates a missing window or a storage error (private mode, embeds) and reports
//! it as `None`/`false` instead of panicking.
//!
//! Compiled natively for the prerender tool, every call answers as a page with no browser
//! would: nothing saved, no fragment, no share sheet (the server-side render never calls the
//! browser).

/// The class `static/restoring.js` puts on `<html>` before the first paint when the owner has
/// a saved configuration or opens a link: the pre-rendered page shows the default quote, which
/// must not pass for theirs, so its figures stay hidden until the app has rendered their own.
pub const RESTORING: &str = "cuc-restoring";

#[cfg(target_arch = "wasm32")]
mod web {
    use super::RESTORING;

    /// localStorage, where the browser allows it (off with cookies blocked, absent in some
    /// webviews): asked without gloo's `raw()`, which throws there.
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    /// Forgets the saved draft (it equals the defaults, which the page already shows).
    pub fn forget_saved() {
        if let Some(s) = storage() {
            let _ = s.remove_item(SAVED_KEY);
        }
    }

    /// localStorage key of the owner's saved draft.
    pub const SAVED_KEY: &str = "su7-upgrade-configurator.draft";

    /// The URL fragment without `#`, if any.
    #[must_use]
    pub fn fragment() -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        let f = hash.trim_start_matches('#').to_string();
        (!f.is_empty()).then_some(f)
    }

    /// The page address with `fragment` as its fragment.
    #[must_use]
    pub fn link_with_fragment(fragment: &str) -> String {
        let Some(location) = web_sys::window().map(|w| w.location()) else { return format!("#{fragment}") };
        let base = location.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default();
        format!("{base}#{fragment}")
    }

    /// Sets the URL fragment without reloading.
    pub fn set_fragment(fragment: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(fragment);
        }
    }

    /// Removes the fragment from the address bar (after leaving a shared view).
    pub fn clear_fragment() {
        if let Some(w) = web_sys::window() {
            if let (Ok(history), Ok(path)) = (w.history(), w.location().pathname()) {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
            }
        }
    }

    /// The raw saved text, if any.
    #[must_use]
    pub fn load_saved() -> Option<String> {
        let text = storage()?.get_item(SAVED_KEY).ok().flatten()?;
        // An earlier release's JSON, read in today's format (and saved so at the owner's
        // first change, like any saved configuration).
        Some(crate::ui::legacy_saved::upgraded(&text).unwrap_or(text))
    }

    /// Saves `text`; false when storage is unavailable.
    pub fn save(text: &str) -> bool {
        storage().is_some_and(|s| s.set_item(SAVED_KEY, text).is_ok())
    }

    /// Brings the element `id` of the configurator `near` belongs to into view (found from
    /// there, so inside a widget's shadow root too), focusing it when it is a field. Not an
    /// in-page link: that would replace the URL fragment, which holds the share link.
    pub fn go_to(near: &web_sys::Element, id: &str) {
        use wasm_bindgen::JsCast;
        let Some(app) = near.closest(".app").ok().flatten() else { return };
        let Some(target) = app.query_selector(&format!("#{id}")).ok().flatten() else { return };
        target.scroll_into_view();
        // A field, or a heading made focusable (tabindex -1) so keyboard focus follows the scroll.
        if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
            let _ = target.focus();
        }
    }

    /// True where a chip's sheet belongs, near `near`: a narrow screen (below style.css's
    /// `min-width: 1024px`, where the form is not beside the answer) that is the page's own — not
    /// the iframe embed, whose frame grows to its content, so a sheet fixed to its bottom would
    /// open far out of sight.
    #[must_use]
    pub fn sheet_fits(near: &web_sys::Element) -> bool {
        let wide = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .is_some_and(|px| px >= 1024.0);
        !wide && near.closest(".cuc-frame").ok().flatten().is_none()
    }

    /// The page's sheet (`dialog.sheet`) near `near`.
    fn sheet_near(near: &web_sys::Element) -> Option<web_sys::HtmlDialogElement> {
        use wasm_bindgen::JsCast;
        near.closest(".app").ok()??.query_selector("dialog.sheet").ok()??.dyn_into().ok()
    }

    /// The element `selector` finds in `d`, as one that takes focus.
    fn focusable(d: &web_sys::HtmlDialogElement, selector: &str) -> Option<web_sys::HtmlElement> {
        use wasm_bindgen::JsCast;
        d.query_selector(selector).ok()??.dyn_into().ok()
    }

    /// Opens the page's sheet, still empty, and focuses its primer input, inside the tap: iOS
    /// raises the keyboard only for a focus the tap itself makes, and keeps it up when the
    /// focus then moves to the field drawn next ([`show_sheet`]).
    pub fn prime_sheet(near: &web_sys::Element) {
        let Some(d) = sheet_near(near) else { return };
        if d.open() || d.show_modal().is_ok() {
            if let Some(primer) = focusable(&d, ".sheet-primer") {
                let _ = primer.focus();
            }
        }
    }

    /// Shows the page's sheet as a modal dialog, focus on its chosen chip if it holds a chip
    /// group (the dialog would focus the group's first), else on its field; false where the
    /// browser has no modal dialog (Safari before 15.4), and the caller goes to the form
    /// instead.
    #[must_use]
    pub fn show_sheet(near: &web_sys::Element) -> bool {
        let Some(d) = sheet_near(near) else { return false };
        if !d.open() && d.show_modal().is_err() {
            return false;
        }
        let target = focusable(&d, "[aria-pressed='true']").or_else(|| focusable(&d, "form input"));
        if let Some(target) = target {
            let _ = target.focus();
        }
        true
    }

    /// Closes the page's sheet (its `close` event tells the reducer).
    pub fn close_sheet(near: &web_sys::Element) {
        if let Some(d) = sheet_near(near) {
            d.close();
        }
    }

    /// Opens the print dialog.
    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    /// Calls `f` on the window's `beforeprint` until the returned listener is dropped.
    #[must_use]
    pub fn on_before_print(f: impl Fn() + 'static) -> Option<BeforePrint> {
        use wasm_bindgen::JsCast;
        let window = web_sys::window()?;
        let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
        window.add_event_listener_with_callback("beforeprint", closure.as_ref().unchecked_ref()).ok()?;
        Some(BeforePrint { window, closure })
    }

    /// A `beforeprint` listener, removed when dropped.
    pub struct BeforePrint {
        window: web_sys::Window,
        closure: wasm_bindgen::closure::Closure<dyn Fn()>,
    }

    impl Drop for BeforePrint {
        fn drop(&mut self) {
            use wasm_bindgen::JsCast;
            let _ =
                self.window.remove_event_listener_with_callback("beforeprint", self.closure.as_ref().unchecked_ref());
        }
    }

    /// Today's date as `YYYY-MM-DD` in the owner's time zone.
    #[must_use]
    pub fn today() -> String {
        let d = js_sys::Date::new_0();
        format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
    }

    /// Marks the page as taken over by the app (`<html data-app-ready>`, which tests wait
    /// for) and ends the restoring state that hid the pre-rendered default figures.
    pub fn mark_ready() {
        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = el.set_attribute("data-app-ready", "");
            let _ = el.class_list().remove_2(RESTORING, "cuc-failed");
        }
    }

    /// The browser's preferred language (`navigator.language`, the first of its list), read
    /// as the app's: a first visit follows it.
    #[must_use]
    pub fn preferred_lang() -> engine::text::Lang {
        let tag = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
        engine::text::Lang::for_browser(&tag)
    }

    /// Sets `<html lang>` so screen readers and fonts follow the language switch.
    pub fn set_document_lang(tag: &str) {
        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", tag);
        }
    }

    /// True when `navigator` has the property `name` (an API the browser may lack: the Clipboard
    /// API outside secure contexts, the share sheet on desktops).
    fn navigator_has(name: &str) -> Option<web_sys::Navigator> {
        let nav = web_sys::window()?.navigator();
        let has = js_sys::Reflect::get(&nav, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null());
        has.then_some(nav)
    }

    /// Copies `text` with the Clipboard API; true once the browser says it is there.
    pub async fn copy_text(text: &str) -> bool {
        let Some(nav) = navigator_has("clipboard") else { return false };
        wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text)).await.is_ok()
    }

    /// Copies the page's current selection with the older command, for webviews without the
    /// Clipboard API (some in-app browsers); true when the browser reports success.
    #[must_use]
    pub fn copy_selection() -> bool {
        use wasm_bindgen::JsCast;
        let doc = web_sys::window().and_then(|w| w.document()).and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
        doc.and_then(|d| d.exec_command("copy").ok()).unwrap_or(false)
    }

    /// True when the browser has a system share sheet (the Web Share API).
    #[must_use]
    pub fn can_share() -> bool {
        navigator_has("share").is_some()
    }

    /// Opens the system share sheet with a title, a line of text and the link; true when the
    /// owner shared (false when they cancelled or the browser refused).
    pub async fn share(title: &str, text: &str, url: &str) -> bool {
        let Some(nav) = navigator_has("share") else { return false };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        data.set_url(url);
        wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await.is_ok()
    }
}
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// Without a browser (the prerender tool): the answers of a first visit with nothing saved.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    /// localStorage key of the owner's saved draft.
    pub const SAVED_KEY: &str = "su7-upgrade-configurator.draft";
    /// No URL, so no fragment.
    #[must_use]
    pub fn fragment() -> Option<String> {
        None
    }
    /// A relative link: the page's address is not known before it is served.
    #[must_use]
    pub fn link_with_fragment(fragment: &str) -> String {
        format!("#{fragment}")
    }
    /// Nothing to set.
    pub fn set_fragment(_: &str) {}
    /// Nothing to clear.
    pub fn clear_fragment() {}
    /// Nothing saved.
    #[must_use]
    pub fn load_saved() -> Option<String> {
        None
    }
    /// Nowhere to save.
    pub fn save(_: &str) -> bool {
        false
    }
    /// Nothing to forget.
    pub fn forget_saved() {}
    /// No page to move in.
    pub fn go_to(_: &web_sys::Element, _: &str) {}
    /// No window.
    #[must_use]
    pub fn sheet_fits(_: &web_sys::Element) -> bool {
        false
    }
    /// No dialog.
    #[must_use]
    pub fn show_sheet(_: &web_sys::Element) -> bool {
        false
    }
    /// No dialog.
    pub fn prime_sheet(_: &web_sys::Element) {}
    /// No dialog.
    pub fn close_sheet(_: &web_sys::Element) {}
    /// No print dialog.
    pub fn print() {}
    /// No window to listen to.
    #[must_use]
    pub fn on_before_print(_: impl Fn() + 'static) -> Option<()> {
        None
    }
    /// The day is given to the renderer, not read here.
    #[must_use]
    pub fn today() -> String {
        String::new()
    }
    /// No document.
    pub fn set_document_lang(_: &str) {}
    /// No document.
    pub fn mark_ready() {}
    /// No clipboard.
    #[allow(clippy::unused_async)]
    pub async fn copy_text(_: &str) -> bool {
        false
    }
    /// No selection.
    #[must_use]
    pub fn copy_selection() -> bool {
        false
    }
    /// No share sheet.
    #[must_use]
    pub fn can_share() -> bool {
        false
    }
    /// No share sheet.
    #[allow(clippy::unused_async)]
    pub async fn share(_: &str, _: &str, _: &str) -> bool {
        false
    }
}
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
