//! The root component: loads the bundled tables once, restores the owner's configuration (share
//! link, saved state or defaults) and lays out the screen.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::components::{
    Banners, DealerBlockView, Decision, LangSwitch, MethodNote, MoneyText, NewCar, OrderForm, QuoteSources, SharePrint,
    SpecCompare,
};
use super::i18n::{t, Msg};
use super::state::{Action, Bridge, State, StateContext, Storage};
use crate::bundled;
use crate::engine::quote::quote;
use crate::engine::tables::Tables;
use crate::engine::text::Lang;
use crate::session::{decode_link, decode_saved, encode_saved, Draft};

/// The configurator page.
#[component]
pub fn App() -> Html {
    let tables = use_memo((), |_| bundled::tables().map(Rc::new));
    match tables.as_ref() {
        Ok(tables) => html! { <Configurator tables={tables.clone()} mode={Mode::Standalone} /> },
        Err(e) => html! {
            <main class="app">
                <p class="error" role="alert">{ t(Lang::Zh, Msg::TablesBroken) }{ " " }{ e.to_string() }</p>
                <p class="error" lang="en">{ t(Lang::En, Msg::TablesBroken) }{ " " }{ e.to_string() }</p>
            </main>
        },
    }
}

/// Where the configurator runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page: share links in the URL, configuration saved in localStorage.
    Standalone,
    /// A dealer's widget: the host owns the URL and storage; nothing is read or written there.
    Embedded,
}

/// Props of [`Configurator`].
#[derive(Properties)]
pub struct ConfiguratorProps {
    /// The loaded tables.
    pub tables: Rc<Tables>,
    /// Standalone page or dealer widget.
    pub mode: Mode,
    /// The starting configuration for an embedded widget.
    #[prop_or_default]
    pub initial: Option<Draft>,
    /// Called with every new quote (the widget's `quotechange` event).
    #[prop_or_default]
    pub on_quote: Option<Callback<Rc<crate::engine::quote::Quote>>>,
    /// Lets the widget's JS methods reach the state.
    #[prop_or_default]
    pub bridge: Option<Rc<Bridge>>,
}

impl PartialEq for ConfiguratorProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.tables, &other.tables)
            && self.mode == other.mode
            && self.initial == other.initial
            && self.on_quote == other.on_quote
            && match (&self.bridge, &other.bridge) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// Where the first configuration comes from. Embedded: the host's starting draft or defaults.
/// Standalone: a share link, else saved state, else defaults.
fn initial_state(tables: Rc<Tables>, mode: Mode, initial: Option<Draft>) -> State {
    let first_offer = tables.offers.first().map(|o| o.id.clone()).unwrap_or_default();
    let fallback = || Draft::for_offer(&tables, &first_offer, Lang::Zh).unwrap_or_else(empty_draft);
    if mode == Mode::Embedded {
        let draft = initial.unwrap_or_else(fallback);
        return State::new(tables.clone(), draft, Storage::Embedded, None);
    }
    let (own, saved_problem) = match browser::load_saved() {
        None => (None, None),
        Some(text) => match decode_saved(&text) {
            Ok(d) => (Some(d), None),
            Err(e) => (None, Some(e.to_string())),
        },
    };
    let mut link_problem = None;
    if let Some(fragment) = browser::fragment() {
        match decode_link(&fragment) {
            Ok(shared) => {
                let state = State::new(tables.clone(), shared, Storage::ViewingShared { own: own.map(Box::new) }, None);
                if state.resolved.errors.is_empty() {
                    return state;
                }
                let problem = match state.draft.lang {
                    Lang::Zh => "链接中有些数值无效,已用默认值代替(见各项下方的说明)。",
                    Lang::En => {
                        "some values in the link are not valid and were replaced (see the notes under the fields)."
                    }
                };
                return State { link_problem: Some(problem.to_string()), ..state };
            }
            Err(e) => link_problem = Some(e.to_string()),
        }
    }
    let storage = match saved_problem {
        Some(why) => Storage::SavedUnreadable(why),
        None => Storage::Saving,
    };
    let draft = own.unwrap_or_else(fallback);
    State::new(tables.clone(), draft, storage, link_problem)
}

/// A draft for tables that hold no offer at all; the page then shows the quote's error.
fn empty_draft() -> Draft {
    Draft {
        lang: Lang::Zh,
        offer: String::new(),
        old_trim: String::new(),
        old_options: Vec::new(),
        locked_on: String::new(),
        amount_paid: String::new(),
        new_configuration: None,
        price_list: String::new(),
        keep_invoice: String::new(),
        switch_invoice: String::new(),
    }
}

/// The configurator for loaded tables.
#[component]
pub fn Configurator(props: &ConfiguratorProps) -> Html {
    let tables = props.tables.clone();
    let mode = props.mode;
    let state = use_reducer({
        let tables = tables.clone();
        let initial = props.initial.clone();
        move || initial_state(tables, mode, initial)
    });
    if let Some(bridge) = &props.bridge {
        bridge.attach(state.clone());
    }
    {
        let bridge = props.bridge.clone();
        use_effect(move || {
            if let Some(b) = bridge {
                b.flush();
            }
        });
    }
    {
        let saving = state.storage == Storage::Saving;
        use_effect_with((state.draft.clone(), saving), |(draft, saving)| {
            if *saving {
                browser::save(&encode_saved(draft));
            }
        });
    }
    {
        let viewing_shared = matches!(state.storage, Storage::ViewingShared { .. });
        use_effect_with(viewing_shared, move |shared| {
            if mode == Mode::Standalone && !*shared && browser::fragment().is_some() {
                browser::clear_fragment();
            }
        });
    }
    use_effect_with(state.draft.lang, move |l| {
        if mode == Mode::Standalone {
            browser::set_document_lang(l.tag());
        }
    });
    {
        let fragment = state.share_fragment.clone();
        use_effect_with(fragment, move |f| {
            if let (Some(f), Mode::Standalone) = (f, mode) {
                browser::set_fragment(f);
            }
        });
    }
    let result = {
        let tables = tables.clone();
        use_memo(state.resolved.request.clone(), move |r| quote(&tables, r).map(Rc::new))
    };
    {
        let on_quote = props.on_quote.clone();
        use_effect_with(result.clone(), move |r| {
            if let (Some(cb), Ok(q)) = (on_quote, r.as_ref()) {
                cb.emit(q.clone());
            }
        });
    }
    let lang = state.draft.lang;
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let quote = result.as_ref().as_ref().ok().cloned();
    html! {
        <ContextProvider<StateContext> context={state.clone()}>
            <main class="app" lang={lang.tag()}>
                <header class="top">
                    <div>
                        <h1>{ t(lang, Msg::Title) }</h1>
                        <p class="subtitle">{ t(lang, Msg::Subtitle) }</p>
                    </div>
                    <LangSwitch {lang} onchange={on_lang} />
                </header>
                <Banners />
                <div class="layout">
                    <div class="inputs">
                        <OrderForm quote={quote.clone()} />
                        <NewCar />
                    </div>
                    <div class="results">
                        { match result.as_ref() {
                            Ok(q) => html! { <Decision quote={q.clone()} /> },
                            Err(e) => html! { <p class="error" role="alert">{ t(lang, Msg::QuoteFailed) }{ " " }{ e.to_string() }</p> },
                        } }
                        <DealerBlockView />
                        <SpecCompare />
                        <MethodNote />
                        if mode == Mode::Standalone { <SharePrint /> }
                        <p class="legend"><span class="est">{ t(lang, Msg::Estimate) }</span>{ " " }{ t(lang, Msg::EstimateLegend) }
                            <br/>{ t(lang, Msg::NotFoundLegend) }</p>
                        <p class="quote-date">{ t(lang, Msg::QuoteDate) }{ ": " }{ browser::today() }</p>
                        if let Some(q) = &quote { <QuoteSources quote={q.clone()} /> }
                    </div>
                </div>
                if let Some(extra) = quote.as_ref().and_then(|q| q.extra_cash_to_switch.map(|e| (e, q.extra_cash_is_estimate))) {
                    <div class="sticky-total no-print" aria-hidden="true">
                        <span>{ t(lang, if extra.0.is_negative() { Msg::SwitchSaves } else { Msg::ExtraCash }) }</span>
                        <MoneyText {lang} amount={extra.0} signed=true estimate={extra.1} />
                    </div>
                }
            </main>
        </ContextProvider<StateContext>>
    }
}
