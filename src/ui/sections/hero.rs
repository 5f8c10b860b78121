//! The answer, first: the owner's order in one line of chips (each opens its field), the
//! decision number for it under a label that names the new car, and the best and worst case
//! over the assumptions taken together. What it rests on is one tap away: 详情 leads to the
//! decision section, which says every step.

use yew::prelude::*;

use super::sheet::{order_line, sheet};
use crate::ui::browser;
use crate::ui::dates::{moment, source_date};
use crate::ui::hooks::{after_render, View};
use crate::ui::state::Action;
use crate::ui::widgets::{decision_figure, decision_words, engine_error, money_text, MoneyText};
use crate::ui::words::{self as w, fill_html};
use engine::date::Date;
use engine::error::EngineError;
use engine::format::{yuan_signed_in, Precision};
use engine::money::Money;
use engine::quote::{DecisionRange, Quote};
use engine::text::Lang;
use session::{Edit, LoanDraft, Replacement, Screen};

use super::dealer::lead_action;
use super::decision::keep_only_figures;
use super::papers_link;

/// Opens the details (closed on a phone) and, once they are drawn, goes there.
fn open_details(view: &View) -> Callback<MouseEvent> {
    let state = view.state.clone();
    Callback::from(move |e: MouseEvent| {
        state.dispatch(Action::ShowDetails(true));
        if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
            after_render(move || browser::go_to(&el, "decision-h"));
        }
    })
}

/// The new car's trim name, as the label says where the owner is going.
fn new_car_name(view: &View, q: &Quote) -> String {
    let lang = view.lang();
    q.switch
        .as_ref()
        .and_then(|s| {
            let (_, _, to) = view.tables().offer_catalogs(&q.offer)?;
            to?.trim(&s.configuration.trim).map(|t| t.name.get(lang).to_string())
        })
        .unwrap_or_else(|| w::THE_NEW_CAR.get(lang).to_string())
}

/// The figure under its label: "换成新一代SU7 Max，需多付 ¥5.1万" or, when it saves, "合计少付".
fn figure(lang: Lang, car: &str, extra: Money, estimate: bool) -> Html {
    // The project's one rule for a saving (said as its amount, never a negative cost), with
    // the answer's own label naming the car.
    let (_, shown, saves) = decision_words(extra);
    let label = if saves { w::HERO_LESS } else { w::HERO_MORE };
    html! {
        <>
            <h2 class="hero-label" id="hero-h">{ label.fill(lang, &[("car", car)]) }</h2>
            <p class={classes!("hero-figure", saves.then_some("saves"))} data-testid="extra-cash" aria-live="polite">
                { money_text(MoneyText { wan: true, estimate, decision: true, ..MoneyText::new(lang, shown) }) }
            </p>
        </>
    }
}

/// 全款 / 贷款: the loan's terms are set in the details; here it is only on or off.
fn pay_switch(view: &View) -> Html {
    let lang = view.lang();
    let Some(offer) = view.tables().offer(&view.screen.request.offer) else { return html! {} };
    let on = view.state.draft.loan.is_some();
    // A tap on the choice already made changes nothing (the loan's own terms stay as set).
    let (cash, loan) = if on {
        (view.send_fixed(Action::Edit(Edit::Loan(None))), Callback::noop())
    } else {
        (Callback::noop(), view.send_fixed(Action::Edit(Edit::Loan(Some(LoanDraft::starting(offer))))))
    };
    html! {
        <div class="pay-switch presets" role="group" aria-label={w::PAY_HOW.get(lang)}>
            <button type="button" class="preset" aria-pressed={(!on).to_string()} data-action="pay-cash" onclick={cash}>
                { w::PAY_CASH.get(lang) }</button>
            <button type="button" class="preset" aria-pressed={on.to_string()} data-action="pay-loan" onclick={loan}>
                { w::PAY_LOAN.get(lang) }</button>
        </div>
    }
}

/// With a loan, as plain text (the poster): "首付+¥600 · 月供+¥64 × 60期".
#[must_use]
pub fn loan_text(lang: Lang, q: &Quote) -> Option<String> {
    let c = q.loan.as_ref()?;
    let (down, monthly) = (c.down_payment_difference?, c.monthly_difference?);
    let signed = |m: Money| yuan_signed_in(m, Precision::Yuan);
    Some(
        w::HERO_LOAN.fill(
            lang,
            &[("down", &signed(down)), ("monthly", &signed(monthly)), ("months", &c.terms.months.to_string())],
        ),
    )
}

/// With a loan: what switching does to the down payment and the instalment, signed.
fn loan_line(lang: Lang, q: &Quote) -> Html {
    match loan_text(lang, q) {
        Some(text) => html! { <p class="hero-loan" data-testid="hero-loan">{ text }</p> },
        None => html! {},
    }
}

/// Other offers in the data that give this trim a new car, each one tap away (the order is
/// kept as entered).
fn other_offers(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let Some(offer) = view.tables().offer(&screen.request.offer) else { return html! {} };
    let trim = &screen.request.old_order.trim;
    let others: Vec<_> = view.tables().offers_with_successor(&offer.from_catalog, trim, &offer.id).collect();
    if others.is_empty() {
        return html! {};
    }
    html! {
        <div class="other-offers" data-testid="other-offers">
            <p>{ w::OTHER_OFFERS.get(lang) }</p>
            for o in others {
                <button type="button" class="link-button" data-offer={o.id.clone()}
                    onclick={view.send_fixed(Action::Edit(Edit::Offer(o.id.clone())))}>{ o.name.get(lang).to_string() }</button>
            }
        </div>
    }
}

/// A discontinued paid option of the old order: what replaces it is asked, each choice with
/// the answer it gives (a colour of the same price, or a free one).
fn replacements(view: &View) -> Html {
    let lang = view.lang();
    let ask = |r: &Replacement| {
        let price = money_text(MoneyText::new(lang, r.given_up.price));
        html! {
            <div class="replacement" role="group" aria-labelledby={format!("replace-{}", r.group)} data-testid="replacement" data-given-up={r.given_up.id.clone()}>
                <p id={format!("replace-{}", r.group)}>{ fill_html(lang, w::REPLACE_QUESTION, &[("option", html! { { r.given_up.name.get(lang).to_string() } }), ("price", price)]) }</p>
                <div class="presets">
                    for c in r.choices.iter() {
                        <button type="button" class="preset" aria-pressed={c.chosen.to_string()} data-option={c.option.clone()}
                            onclick={view.send_fixed(Action::Edit(Edit::ChooseNewOption { group: r.group.clone(), option: Some(c.option.clone()) }))}>
                            { fill_html(lang, w::REPLACE_CHOICE, &[
                                ("name", html! { { c.name.get(lang).to_string() } }),
                                ("price", money_text(MoneyText::new(lang, c.price))),
                                ("answer", decision_figure(lang, c.extra_cash, false, false)),
                            ]) }
                        </button>
                    }
                </div>
            </div>
        }
    };
    view.screen.replacements.iter().map(ask).collect()
}

/// The best, most likely and worst case, and a bar with the most likely marked on it.
fn range_bar(lang: Lang, range: DecisionRange, likely: Money) -> Html {
    if range.low == range.high {
        return html! {};
    }
    let signed = |m: Money| money_text(MoneyText { signed: true, ..MoneyText::new(lang, m) });
    // Drawn in SVG, not positioned by an inline style: the page's CSP forbids style attributes.
    let at = range.percent_of(likely).min(98).to_string();
    html! {
        <div class="hero-range" data-testid="hero-range">
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="span" x="0" y="3" width="100" height="4" rx="2" />
                <rect class="marker" x={at} y="0" width="2" height="10" />
            </svg>
            <dl>
                <div><dt>{ w::RANGE_BEST.get(lang) }</dt><dd data-testid="range-best">{ signed(range.low) }</dd></div>
                <div class="likely"><dt>{ w::RANGE_LIKELY.get(lang) }</dt><dd data-testid="range-likely">{ signed(likely) }</dd></div>
                <div><dt>{ w::RANGE_WORST.get(lang) }</dt><dd data-testid="range-worst">{ signed(range.high) }</dd></div>
            </dl>
        </div>
    }
}

/// Both sides of an unknown lock date, each a figure.
fn both_sides(lang: Lang, q: &Quote, assumed: Date, later: Date, later_quote: &Result<Quote, EngineError>) -> Html {
    let side = |testid: &'static str, when: String, q: &Quote| {
        html! {
            <div class="side">
                <p class="side-label">{ when }</p>
                <p class="side-figure" data-testid={testid}>
                    if let Some(extra) = q.extra_cash_to_switch {
                        { money_text(MoneyText { signed: true, estimate: q.extra_cash_is_estimate, decision: true, ..MoneyText::new(lang, extra) }) }
                    } else { { w::KEEP_ONLY.get(lang) } }
                </p>
            </div>
        }
    };
    html! {
        <div class="sides" data-testid="lock-sides">
            { side("extra-cash", w::locked_by(lang, assumed), q) }
            { match later_quote {
                Ok(lq) => side("extra-cash-locked-later", w::locked_from(lang, later), lq),
                Err(e) => engine_error(lang, e),
            } }
        </div>
    }
}

/// The answer for a quote: impossible dates, a dead end, both sides of an unknown lock date, or
/// the one figure with its range.
fn answer(view: &View, q: &Quote) -> Html {
    let screen: &Screen = &view.screen;
    let lang = screen.lang;
    if !q.date_conflicts.is_empty() {
        return html! { <h2 class="hero-label problem" id="hero-h" data-testid="hero-impossible">{ w::IMPOSSIBLE_DATES.get(lang) }</h2> };
    }
    let Some(extra) = q.extra_cash_to_switch else {
        // An offer with no new car at all is not a dead end: keeping is what it is about.
        let no_switch = view.tables().offer(&q.offer).is_some_and(|o| o.switch.is_none());
        let label = if no_switch { w::KEEPING_THE_ORDER } else { w::KEEP_ONLY };
        return html! {
            <>
                <h2 class="hero-label keep-only" id="hero-h" data-testid="extra-cash">{ label.get(lang) }</h2>
                // What keeping costs is the answer then: in sight, not only in the details.
                { keep_only_figures(screen, q) }
                { other_offers(view) }
            </>
        };
    };
    let car = new_car_name(view, q);
    match (&screen.locked_later, screen.assumed_lock) {
        (Some((later, lq)), Some(assumed)) => html! {
            <>
                <h2 class="hero-label" id="hero-h">{ w::HERO_BY_LOCK.fill(lang, &[("car", &car)]) }</h2>
                { both_sides(lang, q, assumed, *later, lq) }
                { loan_line(lang, q) }
            </>
        },
        _ => html! {
            <>
                { figure(lang, &car, extra, q.extra_cash_is_estimate) }
                { loan_line(lang, q) }
                if let Some(r) = q.decision_range { { range_bar(lang, r, extra) } }
            </>
        },
    }
}

/// A closed offer said as history, with the data's as-of date: "活动已于2026年1月9日 24:00结束 ·
/// 仅供回顾 · 资料截至2026年3月20日". On the screen, the share text, the poster and the print.
#[must_use]
pub fn history_line(view: &View) -> Option<String> {
    let lang = view.lang();
    let (closed, _) = view.screen.offer_closed.as_ref()?;
    let as_of = view.tables().data_as_of().map(|d| source_date(lang, d)).unwrap_or_default();
    Some(w::HISTORY_LINE.fill(lang, &[("closed", &moment(lang, *closed)), ("as_of", &as_of)]))
}

/// The answer card, first on the page.
pub fn hero(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let body = match &screen.quote {
        Ok(q) => answer(view, q),
        Err(e) => {
            html! { <><h2 class="hero-label" id="hero-h">{ w::CONCLUSION.get(lang) }</h2>{ engine_error(lang, e) }</> }
        }
    };
    html! {
        <section part="hero" class="card hero" aria-labelledby="hero-h" data-testid="hero">
            if let Some(line) = history_line(view) { <p class="hero-closed" data-testid="hero-closed">{ line }</p> }
            { order_line(view) }
            { body }
            { replacements(view) }
            if screen.quote.as_ref().is_ok_and(|q| q.switch.is_some() && q.date_conflicts.is_empty()) { { pay_switch(view) } }
            <button type="button" class="details-link link-button" onclick={open_details(view)}>{ w::DETAILS.get(lang) }</button>
            { lead_action(view) }
            { papers_link(view) }
            { sheet(view) }
        </section>
    }
}
