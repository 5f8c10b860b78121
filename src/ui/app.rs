//! The root component: loads the bundled tables once and lays out the screen.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{LangSwitch, SuccessionView, TrimPicker};
use super::i18n::{t, Msg};
use super::state::{Action, State};
use crate::engine::bundled;
use crate::engine::tables::Tables;
use crate::engine::text::Lang;

/// The configurator.
#[component]
pub fn App() -> Html {
    let tables = use_memo((), |_| bundled::tables().map(Rc::new));
    let state = use_reducer(|| State {
        lang: Lang::Zh,
        offer: "su7-gen1-to-gen2-2026".to_string(),
        old_trim: "standard".to_string(),
    });

    let tables: Rc<Tables> = match tables.as_ref() {
        Ok(t) => t.clone(),
        Err(e) => {
            return html! {
                <main class="app">
                    <p class="error" role="alert">{ t(state.lang, Msg::TablesBroken) }{" "}{ e.to_string() }</p>
                </main>
            }
        }
    };
    let lang = state.lang;
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_trim = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::SetOldTrim(id)))
    };
    let from_trims = tables
        .offer(&state.offer)
        .and_then(|o| tables.catalog(&o.from_catalog))
        .map(|c| c.trims.clone())
        .unwrap_or_default();

    html! {
        <main class="app" lang={lang.tag()}>
            <header class="top">
                <div>
                    <h1>{ t(lang, Msg::Title) }</h1>
                    <p class="subtitle">{ t(lang, Msg::Subtitle) }</p>
                </div>
                <LangSwitch {lang} onchange={on_lang} />
            </header>
            <section class="card" aria-labelledby="order-h">
                <h2 id="order-h">{ t(lang, Msg::YourOrder) }</h2>
                <TrimPicker {lang} trims={from_trims} selected={state.old_trim.clone()} onselect={on_trim} />
            </section>
            <SuccessionView {lang} tables={tables.clone()} offer={state.offer.clone()} old_trim={state.old_trim.clone()} />
            <p class="legend"><span class="est">{ t(lang, Msg::Estimate) }</span>{" "}{ t(lang, Msg::EstimateLegend) }</p>
        </main>
    }
}
