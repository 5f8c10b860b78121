//! The root component: takes the bundled tables, restores the owner's configuration (share
//! link, saved state or defaults), derives the screen once per change and lays it out.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::hooks::{use_mounted, View};
use super::sections::{
    banners, dealer_block_view, decision, delivery, hero, method_note, new_car, order_form, papers_view, quote_sources,
    spec_compare, QuoteBasis, SharePrint,
};
use super::shared::Shared;
use super::state::{Action, DealerState, State};
use super::widgets::{decision_figure, decision_words, lang_switch, money_text, MoneyText};
use crate::ui::bridge::Bridge;
use crate::ui::dates::source_date;
use crate::ui::words::{self as w, fill_html};
use engine::date::Date;
use engine::quote::Quote;
use engine::tables::Tables;
use engine::text::Lang;
use engine::timeline::closed_by;
use session::{default_draft, encode_saved, restore, screen, Draft, Edit, Restored, Screen, Storage};

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The day to show the page as seen on; the browser's today when not given. The prerender
    /// tool gives its build day.
    #[prop_or_default]
    pub today: Option<Date>,
    /// The language of a first visit (nothing saved, no link): the browser's, given by the
    /// page's entry point; Chinese when not given.
    #[prop_or_default]
    pub first_lang: Option<Lang>,
}

/// The configurator page.
#[component]
pub fn App(props: &AppProps) -> Html {
    match bundled::shared() {
        Ok(tables) => {
            html! { <Configurator tables={Shared::from_rc(tables)} mode={Mode::Standalone} today={props.today} first_lang={props.first_lang} /> }
        }
        Err(e) => broken(&e.to_string()),
    }
}

/// True when the page pre-rendered as seen on `rendered_for` has the shape the app renders
/// first on `today` for a first visit (the default draft), so the app can take that page over
/// (hydrate) instead of replacing it. Only the offer's closing changes the shape with the day.
#[must_use]
pub fn prerendered_page_fits(rendered_for: Date, today: Date) -> bool {
    let Ok(tables) = bundled::shared() else { return false };
    let Some(offer) = default_draft(&tables).and_then(|d| tables.offer(&d.offer).cloned()) else { return false };
    closed_by(&offer, rendered_for).is_some() == closed_by(&offer, today).is_some()
}

/// The page when nothing can be quoted: in both languages, since no language is known yet.
fn broken(why: &str) -> Html {
    html! {
        <main class="app" translate="no">
            <p class="error" role="alert">{ w::TABLES_BROKEN.fill(Lang::Zh, &[("why", why)]) }</p>
            <p class="error" lang="en">{ w::TABLES_BROKEN.fill(Lang::En, &[("why", why)]) }</p>
        </main>
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

impl Mode {
    /// Whether this is the configurator's own page. The widget's build (without the default
    /// `page` feature) has none, so it leaves the page's share, poster, saving and link code
    /// out (17 KB brotli).
    #[must_use]
    pub fn is_page(self) -> bool {
        cfg!(feature = "page") && self == Mode::Standalone
    }
}

/// Props of [`Configurator`].
#[derive(Properties, PartialEq)]
pub struct ConfiguratorProps {
    /// The loaded tables.
    pub tables: Shared<Tables>,
    /// Standalone page or dealer widget.
    pub mode: Mode,
    /// The starting configuration for an embedded widget.
    #[prop_or_default]
    pub initial: Option<Draft>,
    /// Called with every new quote (the widget's `quotechange` event).
    #[prop_or_default]
    pub on_quote: Option<Callback<Rc<Quote>>>,
    /// Lets the widget's JS methods reach the state.
    #[prop_or_default]
    pub bridge: Option<Shared<Bridge>>,
    /// The day to show the page as seen on; the browser's today when not given.
    #[prop_or_default]
    pub today: Option<Date>,
    /// The language of a first visit on its own page; Chinese when not given.
    #[prop_or_default]
    pub first_lang: Option<Lang>,
}

/// Where the first configuration comes from. Embedded: the host's starting draft or defaults.
/// Standalone: a share link, else saved state, else defaults in the first visit's language.
fn initial_state(
    tables: Shared<Tables>,
    mode: Mode,
    initial: Option<Draft>,
    first_lang: Option<Lang>,
) -> Option<State> {
    let restored = if mode.is_page() {
        let (saved, fragment) = (browser::load_saved(), browser::fragment());
        let first_visit = saved.is_none() && fragment.is_none();
        let mut r = restore(&tables, saved.as_deref(), fragment.as_deref())?;
        if let Some(lang) = first_lang.filter(|_| first_visit) {
            r.draft.lang = lang;
        }
        r
    } else {
        Restored { draft: initial.or_else(|| default_draft(&tables))?, storage: Storage::Embedded, link_problem: None }
    };
    State::new(tables, restored)
}

/// The configurator for loaded tables.
#[component]
pub fn Configurator(props: &ConfiguratorProps) -> Html {
    let start = {
        let (tables, mode, initial, first_lang) =
            (props.tables.clone(), props.mode, props.initial.clone(), props.first_lang);
        use_memo((), move |_| initial_state(tables, mode, initial, first_lang))
    };
    match start.as_ref() {
        Some(state) => {
            html! { <Screened start={state.clone()} mode={props.mode} on_quote={props.on_quote.clone()} bridge={props.bridge.clone()} today={props.today} first_lang={props.first_lang} /> }
        }
        None => broken("no offer"),
    }
}

/// Props of [`Screened`].
#[derive(Properties, PartialEq)]
struct ScreenedProps {
    start: State,
    mode: Mode,
    on_quote: Option<Callback<Rc<Quote>>>,
    bridge: Option<Shared<Bridge>>,
    today: Option<Date>,
    first_lang: Option<Lang>,
}

/// The configurator once its starting state is known: the reducer, the derived screen, and the
/// effects that keep the page, storage and host in step with them.
#[component]
fn Screened(props: &ScreenedProps) -> Html {
    let state = use_reducer_eq({
        let start = props.start.clone();
        move || start
    });
    let screen = {
        let tables = state.tables.clone();
        let given = props.today;
        let today = *use_memo((), move |_| given.or_else(|| browser::today().parse::<Date>().ok()));
        // A dealer's own fee for an on-road line (its plate service) replaces the estimate.
        let fees = match state.dealer() {
            DealerState::Ready(d) => d.fees.clone(),
            _ => Vec::new(),
        };
        use_memo((state.draft.clone(), state.resolved.clone(), fees), move |(draft, resolved, fees)| {
            let s = screen(&tables, draft, &resolved.clone().with_dealer_fees(&tables, fees));
            match today {
                Some(day) => s.seen_on(&tables, day),
                None => s,
            }
        })
    };
    use_bridge(props.bridge.clone(), &state);
    use_page_sync(props.mode, &state, props.first_lang);
    use_quote_report(props.on_quote.clone(), screen.clone());
    let mounted = use_mounted();
    let view = View { state, screen, mounted };
    html! {
        <ContextProvider<View> context={view.clone()}>
            { layout(&view, props.mode) }
        </ContextProvider<View>>
    }
}

/// Keeps the widget bridge pointed at the current state and sends what it queued.
#[hook]
fn use_bridge(bridge: Option<Shared<Bridge>>, state: &UseReducerHandle<State>) {
    if let Some(b) = &bridge {
        b.attach(state.clone());
    }
    use_effect(move || {
        if let Some(b) = bridge {
            b.flush();
        }
    });
}

/// Standalone page only: saves the draft, keeps the URL fragment and `<html lang>` in step.
#[hook]
fn use_page_sync(mode: Mode, state: &UseReducerHandle<State>, first_lang: Option<Lang>) {
    let standalone = mode.is_page();
    let saving = state.storage == Storage::Saving;
    // A first visit's defaults are in the browser's language: another language chosen is kept.
    let defaults = default_draft(&state.tables).map(|d| Draft { lang: first_lang.unwrap_or(d.lang), ..d });
    // Nothing is written until the owner changes something: what was loaded stays as it was,
    // even where it had to be settled to show it (an offer the tables no longer have).
    let loaded = use_mut_ref(|| true);
    use_effect_with((state.draft.clone(), saving), move |(draft, saving)| {
        if std::mem::replace(&mut *loaded.borrow_mut(), false) {
            return;
        }
        // The defaults are what the pre-rendered page shows: saving them would only make the
        // next visit wait for the app to render the same screen (static/restoring.js).
        if standalone && *saving && defaults.as_ref() == Some(draft) {
            browser::forget_saved();
        } else if standalone && *saving {
            browser::save(&encode_saved(draft));
        }
    });
    let viewing_shared = matches!(state.storage, Storage::ViewingShared { .. });
    use_effect_with(viewing_shared, move |shared| {
        if standalone && !*shared && browser::fragment().is_some() {
            browser::clear_fragment();
        }
    });
    use_effect_with(state.draft.lang, move |l| {
        if standalone {
            browser::set_document_lang(l.tag());
        }
    });
    use_effect_with((), move |()| {
        if standalone {
            browser::mark_ready();
        }
    });
    // The browser's own print (its menu, Ctrl+P) asks for the QR code just before it lays out
    // the page: the render runs in the microtasks after the event.
    let state = state.clone();
    use_effect_with((), move |()| {
        let listener = standalone.then(|| browser::on_before_print(move || state.dispatch(Action::PrintCode)));
        move || {
            let _removed_when_dropped = listener;
        }
    });
}

/// Reports every new quote to the widget's host (not a language switch or a typing error that
/// leaves the quote as it was).
#[hook]
fn use_quote_report(on_quote: Option<Callback<Rc<Quote>>>, screen: Rc<Screen>) {
    // Only a widget's host listens: elsewhere (the app page) no quote is copied on each render.
    let listened = on_quote.is_some() && cfg!(feature = "embed");
    use_effect_with(screen.quote.as_ref().ok().filter(|_| listened).cloned(), move |q| {
        if let (Some(cb), Some(q)) = (on_quote, q) {
            cb.emit(Rc::new(q.clone()));
        }
    });
}

/// The page: header, banners, inputs on one side, results on the other, the sticky answer.
fn layout(view: &View, mode: Mode) -> Html {
    // `./x size-floor` only: what the page weighs without its views.
    if cfg!(feature = "floor-no-views") {
        return html! {};
    }
    let lang = view.lang();
    let on_lang = view.send(|v| Action::Edit(Edit::Lang(v)));
    // On its own page the configurator is the page's <main> and <h1>; inside a dealer's page
    // (widget or iframe) it is a labelled region with a heading below the host's own.
    let standalone = mode.is_page();
    let title = html! { <>{ w::TITLE.get(lang) }</> };
    let tables_version = bundled::tables_version();
    let content = html! {
        <>
            <header class="top" part="header">
                <div>
                    if standalone { <h1 class="title">{ title }</h1> } else { <h2 class="title" id="cuc-title">{ title }</h2> }
                    <p class="subtitle">{ w::SUBTITLE.get(lang) }</p>
                </div>
                <div class="top-controls">
                    { lang_switch(lang, &on_lang) }
                    <button type="button" class="sources-toggle" part="sources-toggle" data-action="show-sources" aria-pressed={view.state.show_sources.to_string()}
                        onclick={view.send_fixed(Action::ShowSources(!view.state.show_sources))}>
                        { (if view.state.show_sources { w::HIDE_SOURCES } else { w::SHOW_SOURCES }).get(lang) }</button>
                </div>
            </header>
            { banners(view) }
            <div class="layout">
                { hero(view) }
                <div class="inputs">
                    { papers_view(view) }
                    { order_form(view) }
                    { new_car(view) }
                </div>
                <div class={classes!("results", view.state.show_details.then_some("open"))}>
                    if standalone { <SharePrint /> }
                    { details_toggle(view) }
                    <div class="details-body" id="details-body">
                    { decision(view) }
                    { delivery(view) }
                    { dealer_block_view(view) }
                    { spec_compare(view) }
                    { method_note(view) }
                    <p class="legend"><span class="est">{ w::ESTIMATE.get(lang) }</span>{ " " }{ w::ESTIMATE_LEGEND.get(lang) }
                        <br/>{ w::NOT_FOUND_LEGEND.get(lang) }</p>
                    <p class="quote-date">{ fill_html(lang, w::QUOTE_LINE, &[
                        ("date", html! { { quote_day(view) } }),
                        ("as_of", html! { { view.tables().data_as_of().map(|d| source_date(lang, d)).unwrap_or_default() } }),
                        ("version", html! { <span data-testid="tables-version">{ tables_version.clone() }</span> }),
                    ]) }</p>
                    <QuoteBasis />
                    { quote_sources(view) }
                    </div>
                </div>
            </div>
            { sticky_total(&view.screen) }
        </>
    };
    if standalone {
        html! { <main class="app" lang={lang.tag()} translate="no">{ content }</main> }
    } else {
        html! { <section class="app" lang={lang.tag()} translate="no" aria-labelledby="cuc-title">{ content }</section> }
    }
}

/// On a phone, the button that opens the details (a wide screen always shows them).
fn details_toggle(view: &View) -> Html {
    let open = view.state.show_details;
    html! {
        <button type="button" class="details-toggle" data-action="details" aria-expanded={open.to_string()} aria-controls="details-body"
            onclick={view.send_fixed(Action::ShowDetails(!open))}>
            { (if open { w::HIDE_DETAILS } else { w::SHOW_DETAILS }).get(view.lang()) }
        </button>
    }
}

/// The quote's date: the browser's today, once mounted (never the build day of a pre-rendered
/// page).
#[must_use]
pub fn quote_day(view: &View) -> String {
    view.screen.today.filter(|_| view.mounted).map(|d| d.to_string()).unwrap_or_default()
}

/// The decision number, kept in sight on phones.
/// Not while the dates are impossible, nor while papers are checked; both sides while the lock
/// date is not given.
fn sticky_total(screen: &Screen) -> Html {
    // While the owner checks papers, the quote's number is not what they came for.
    let (Ok(q), None) = (&screen.quote, &screen.papers) else { return html! {} };
    let Some(extra) = q.extra_cash_to_switch.filter(|_| q.date_conflicts.is_empty()) else { return html! {} };
    let lang = screen.lang;
    let later = screen
        .locked_later
        .as_ref()
        .and_then(|(_, lq)| lq.as_ref().ok())
        .and_then(|lq| lq.extra_cash_to_switch.map(|e| (e, lq.extra_cash_is_estimate)));
    // As the headline: a saving alone is said as a saving, not as a negative cost.
    let (label, shown, signed) = match later {
        Some(_) => (w::BY_LOCK_DATE, extra, true),
        None => {
            let (label, shown, _) = decision_words(extra);
            (label, shown, false)
        }
    };
    html! {
        <div class="sticky-total no-print" part="sticky-total" aria-hidden="true">
            <span>{ label.get(lang) }</span>
            <span>
                if later.is_some() { { decision_figure(lang, extra, q.extra_cash_is_estimate, false) } }
                else { { money_text(MoneyText { signed, estimate: q.extra_cash_is_estimate, ..MoneyText::new(lang, shown) }) } }
                if let Some((e, est)) = later { { " / " }{ decision_figure(lang, e, est, false) } }
            </span>
        </div>
    }
}
