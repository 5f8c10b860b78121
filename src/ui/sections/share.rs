//! Sharing where owners share: copy the link (with a confirmation, or the link selected to copy
//! by hand where the browser refuses), the system share sheet where there is one, a poster
//! image for WeChat, and print.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::bars::{part_names, scaled};
use super::basis::{basis_rows, code_link, share_link};
use super::breakdown::sentences;
use crate::ui::browser;
use crate::ui::hooks::{after_render, use_mounted, use_view, View};
use crate::ui::poster::{self, DecisionLine, PathBar, Poster};
use crate::ui::sections::hero::{history_line, loan_text};
use crate::ui::state::Action;
use crate::ui::widgets::decision_words;
use crate::ui::words::{self as w, fill_html};
use engine::format::{wan_aside, yuan_in, yuan_signed_in, Precision};
use engine::money::Money;
use engine::quote::{Quote, QuoteLine};
use engine::text::Lang;
use session::Screen;

/// What the last copy did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    /// The browser refused: the link is shown selected, to copy by hand.
    Failed,
}

/// A decision figure as text: `¥38,168（约3.82万）` where it is large, on the Chinese screen.
fn figure_text(lang: Lang, amount: Money, signed: bool) -> String {
    let main = if signed { yuan_signed_in(amount, Precision::Yuan) } else { yuan_in(amount, Precision::Yuan) };
    match wan_aside(amount).filter(|_| lang == Lang::Zh) {
        Some(wan) => w::WITH_WAN.fill(lang, &[("amount", &main), ("wan", &wan)]),
        None => main,
    }
}

/// The decision as the poster and the share text say it: one figure, or one per side of an
/// unknown lock date.
fn decision_lines(screen: &Screen) -> Vec<DecisionLine> {
    let lang = screen.lang;
    let Ok(q) = &screen.quote else { return Vec::new() };
    let line = |label: String, figure: String, saves: bool, estimate: bool| DecisionLine {
        label,
        figure,
        saves,
        // An estimate went into it: marked 估 / est. as on screen.
        mark: estimate.then(|| w::ESTIMATE.get(lang).to_string()),
    };
    if !q.date_conflicts.is_empty() {
        return vec![line(w::IMPOSSIBLE_DATES.get(lang).to_string(), "—".into(), false, false)];
    }
    // Keeping is the only path: what it costs, and the guarantee that comes off it.
    let kept = |label: String, l: &QuoteLine| line(label, figure_text(lang, l.amount, false), false, l.estimate);
    let side = |label: String, q: &Quote| match q.extra_cash_to_switch {
        None => kept(w::CASH_NEEDED_IF.fill(lang, &[("when", &label)]), &q.keep.cash_needed),
        Some(e) if e.is_negative() => line(
            label,
            w::SAVES.fill(lang, &[("amount", &figure_text(lang, e.abs(), false))]),
            true,
            q.extra_cash_is_estimate,
        ),
        Some(e) => line(label, figure_text(lang, e, true), false, q.extra_cash_is_estimate),
    };
    match (&screen.locked_later, screen.assumed_lock) {
        (Some((later, Ok(lq))), Some(assumed)) => {
            vec![side(w::locked_by(lang, assumed), q), side(w::locked_from(lang, *later), lq)]
        }
        _ => match q.extra_cash_to_switch {
            None => {
                let cash = kept(w::CASH_NEEDED.get(lang).to_string(), &q.keep.cash_needed);
                let guarantee = q
                    .keep
                    .guarantee_check
                    .as_ref()
                    .map(|_| kept(w::GUARANTEE.get(lang).to_string(), &q.keep.guarantee));
                std::iter::once(cash).chain(guarantee).collect()
            }
            Some(e) => {
                let (label, shown, saves) = decision_words(e);
                vec![line(
                    label.get(lang).to_string(),
                    figure_text(lang, shown, false),
                    saves,
                    q.extra_cash_is_estimate,
                )]
            }
        },
    }
}

/// The new car in one line: its trim and options, as the switch path itemises them.
fn car_line(lang: Lang, q: Option<&Quote>) -> String {
    let names = q
        .and_then(|q| q.switch.as_ref())
        .map(|s| s.items.iter().filter_map(|i| i.label.as_ref().map(|l| l.get(lang).to_string())).collect::<Vec<_>>());
    names.unwrap_or_default().join(" · ")
}

/// Everything the poster shows, from the screen.
fn poster_content(view: &View) -> Poster {
    let screen = &view.screen;
    let lang = screen.lang;
    let q = screen.quote.as_ref().ok();
    let paths = q.map(|q| scaled(q)).unwrap_or_default().into_iter().map(|(path, p, parts)| PathBar {
        text: format!(
            "{}  {}",
            w::PATH_CASH_NEEDED.fill(lang, &[("path", path.get(lang))]),
            yuan_in(p.cash_needed.amount, Precision::Yuan)
        ),
        parts,
    });
    let breakdown =
        q.and_then(|q| q.extra_cash_breakdown.map(|b| sentences(lang, &b, q.tax_change_net))).unwrap_or_default();
    Poster {
        title: w::TITLE.get(lang).to_string(),
        offer: view.tables().offer(&screen.request.offer).map(|o| o.name.get(lang).to_string()).unwrap_or_default(),
        history: history_line(view),
        car: car_line(lang, q),
        decision: decision_lines(screen),
        loan: q.and_then(|q| loan_text(lang, q)),
        breakdown,
        paths: paths.collect(),
        parts: part_names(lang),
        basis: basis_rows(view)
            .into_iter()
            .map(|(l, v)| w::LABELLED.fill(lang, &[("label", l), ("value", &v)]))
            .collect(),
        estimate_note: q.filter(|q| q.extra_cash_is_estimate).map(|_| w::ESTIMATE_LEGEND.get(lang).to_string()),
        footer: vec![w::SCAN_FOR_QUOTE.get(lang).to_string()],
        link: code_link(screen),
    }
}

/// The copy, share, poster and print buttons, and what each produced.
#[component]
pub fn SharePrint() -> Html {
    let copy = use_state_eq(|| Copy::Idle);
    // The poster's image and what it says (its alternative text).
    let poster_url = use_state_eq(|| None::<(String, String)>);
    let link_input = use_node_ref();
    // Whether the browser has a share sheet is known once mounted: the first render (and the
    // pre-rendered page it takes over) is the same everywhere.
    let has_share_sheet = use_mounted() && browser::can_share();
    // Where the browser refused to copy: select the link (focus moves to it) and try the older
    // command on the selection.
    {
        let (input, copy) = (link_input.clone(), copy.clone());
        use_effect_with(*copy, move |state| {
            if let (Copy::Failed, Some(el)) = (state, input.cast::<web_sys::HtmlInputElement>()) {
                let _ = el.focus();
                el.select();
                // iOS selects nothing with select() on a read-only field.
                let _ = el.set_selection_range(0, u32::try_from(el.value().len()).unwrap_or(u32::MAX));
                if browser::copy_selection() {
                    copy.set(Copy::Copied);
                }
            }
        });
    }
    let view = use_view();
    // A new configuration makes the copied link and the poster old news: start over.
    {
        let (copy, poster_url) = (copy.clone(), poster_url.clone());
        let fragment = view.as_ref().map(|v| v.screen.share_fragment.clone());
        use_effect_with(fragment, move |_| {
            copy.set(Copy::Idle);
            poster_url.set(None);
        });
    }
    let Some(view) = view else { return html! {} };
    let lang = view.lang();
    let link = share_link(&view.screen);
    // The QR code drawn first: the print dialog lays out the page as it is when it opens.
    let on_print = {
        let state = view.state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::PrintCode);
            after_render(browser::print);
        })
    };
    let on_copy = {
        let (copy, link) = (copy.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (copy, link) = (copy.clone(), link.clone());
            spawn_local(
                async move { copy.set(if browser::copy_text(&link).await { Copy::Copied } else { Copy::Failed }) },
            );
        })
    };
    let on_share = {
        let (link, title) = (link.clone(), w::TITLE.get(lang));
        let lines = decision_lines(&view.screen)
            .into_iter()
            .map(|d| {
                let figure = d.mark.map_or(d.figure.clone(), |m| format!("{} {m}", d.figure));
                w::LABELLED.fill(lang, &[("label", &d.label), ("value", &figure)])
            })
            .collect::<Vec<_>>()
            .join(w::SENTENCE_SEPARATOR.get(lang));
        // No new car: the text is about the order kept, not an upgrade.
        let kept = view.screen.quote.as_ref().is_ok_and(|q| q.switch.is_none());
        let text = if kept { w::SHARE_TEXT_KEPT } else { w::SHARE_TEXT }.fill(lang, &[("lines", &lines)]);
        // A closed offer is said in the text too: it must not read as a live quote.
        let text = match history_line(&view) {
            Some(h) => w::SHARE_WITH_HISTORY.fill(lang, &[("text", &text), ("history", &h)]),
            None => text,
        };
        Callback::from(move |_: MouseEvent| {
            let (link, text) = (link.clone(), text.clone());
            spawn_local(async move {
                let _ = browser::share(title, &text, &link).await;
            });
        })
    };
    let on_poster = {
        let (poster_url, content) = (poster_url.clone(), poster_content(&view));
        Callback::from(move |_: MouseEvent| poster_url.set(poster::draw(&content).map(|url| (url, content.summary()))))
    };
    html! {
        <section class="share no-print">
            <button type="button" data-action="copy-link" onclick={on_copy}>{ w::COPY_LINK.get(lang) }</button>
            if has_share_sheet {
                <button type="button" data-action="share-sheet" onclick={on_share}>{ w::SHARE_SHEET.get(lang) }</button>
            }
            <button type="button" data-action="poster" onclick={on_poster}>{ w::MAKE_POSTER.get(lang) }</button>
            <button type="button" data-action="print" onclick={on_print}>{ w::PRINT.get(lang) }</button>
            <p class="share-status" role="status" data-testid="copy-status">
                { match *copy { Copy::Copied => w::COPIED.get(lang), Copy::Failed => w::COPY_FAILED.get(lang), Copy::Idle => "" } }
            </p>
            if *copy != Copy::Idle {
                <input ref={link_input} class="share-link" type="text" readonly=true value={link.clone()} data-testid="share-link"
                    aria-label={w::COPY_LINK.get(lang)}
                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
            }
            if let Some((url, says)) = (*poster_url).clone() {
                <figure class="poster" data-testid="poster">
                    <img src={url.clone()} alt={w::POSTER_ALT.fill(lang, &[("says", &says)])} />
                    <figcaption>{ fill_html(lang, w::POSTER_HINT, &[("download", html! {
                        <a href={url} download="su7-upgrade-quote.png" data-testid="poster-download">{ w::SAVE_POSTER.get(lang) }</a>
                    })]) }</figcaption>
                </figure>
            }
        </section>
    }
}
