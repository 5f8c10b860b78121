//! The app page's entry point: takes over the pre-rendered page (hydration) where it shows what
//! the app would render first, else renders into it afresh. The dealer embed has its own
//! binary (`src/bin/widget.rs`), whose widgets the loader mounts.

#[cfg(target_arch = "wasm32")]
fn main() {
    use engine::date::Date;
    use engine::text::Lang;
    use upgrade_configurator::ui::{browser, prerendered_page_fits, App, AppProps};

    // A loader from before the embed had its own build (cached by a dealer's CDN) still loads
    // this module and sets this flag: render nothing into the dealer's page then.
    let old_loader = js_sys::Reflect::get(&js_sys::global(), &"SU7_UPGRADE_EMBED".into()).is_ok_and(|v| v.is_truthy());
    if old_loader {
        return;
    }
    // Phases for `./x bench-web`: the module instantiated and running, then the tables decoded.
    mark("cuc-main");
    let _ = bundled::shared();
    mark("cuc-tables");
    register_service_worker();
    let doc = web_sys::window().and_then(|w| w.document());
    // A first visit follows the browser's language; the pre-rendered page is Chinese.
    let first_lang = browser::preferred_lang();
    let props = || AppProps { today: None, first_lang: Some(first_lang) };
    let Some(root) = doc.as_ref().and_then(|d| d.get_element_by_id("app")) else {
        yew::Renderer::<App>::with_props(props()).render();
        return;
    };
    // The pre-rendered page is the default quote on its build day. It is taken over only for a
    // first visit (nothing saved, no link: the restoring check found neither) on a day when it
    // has the same shape; otherwise it is replaced.
    // Asked again here, not only through the class static/restoring.js sets: if that script did
    // not run, the owner's own configuration must still not be hydrated into the default page.
    let restoring = doc.and_then(|d| d.document_element()).is_some_and(|e| e.class_list().contains(browser::RESTORING))
        || browser::fragment().is_some()
        || browser::load_saved().is_some()
        || first_lang != Lang::Zh;
    let rendered_for = root.get_attribute("data-rendered-for").and_then(|d| d.parse::<Date>().ok());
    let today = browser::today().parse::<Date>().ok();
    let fits = !restoring && rendered_for.zip(today).is_some_and(|(built, today)| prerendered_page_fits(built, today));
    #[cfg(feature = "hydrate")]
    if fits {
        yew::Renderer::<App>::with_root_and_props(root, props()).hydrate();
        return;
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = fits;
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, props()).render();
}

/// A performance mark (`performance.mark`), where the browser has one.
#[cfg(target_arch = "wasm32")]
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Registers the service worker that lets a second visit work offline (static/sw.js); where
/// the browser has none, or refuses, the app works as before.
#[cfg(target_arch = "wasm32")]
fn register_service_worker() {
    if let Some(w) = web_sys::window() {
        let has = js_sys::Reflect::get(&w.navigator(), &"serviceWorker".into()).is_ok_and(|v| !v.is_undefined());
        if has {
            let _ = w.navigator().service_worker().register("sw.js");
        }
    }
}

// The binary only means something in the browser; natively it exists so `cargo test` builds.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("upgrade-configurator runs in the browser: use `./x serve`");
}
