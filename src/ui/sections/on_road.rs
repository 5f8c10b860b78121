//! On-road costs (落地价), inside the decision: off until asked for; then each line of the
//! market's table (sourced, estimates marked), the trade-in subsidy the owner says they
//! qualify for, both paths' landed price and the difference, kept apart from Xiaomi's figures.
//! Every figure is the engine's (`Quote.on_road`).

use yew::prelude::*;

use crate::ui::dates::span;
use crate::ui::hooks::View;
use crate::ui::state::Action;
use crate::ui::widgets::{edit_chips, field_errors, money_text, Chip, MoneyText, ProvenanceNote};
use crate::ui::words::{self as w, fill_html};
use engine::format::Precision;
use engine::money::Money;
use engine::on_road::{LandedPrice, OnRoadComparison, OnRoadLine, TradeInLine, TradeInQuote};
use engine::text::{Lang, Words};
use session::{Edit, Field};

/// An amount, or a range where the table gives one.
fn range(lang: Lang, low: Money, high: Money, estimate: bool) -> Html {
    if low == high {
        html! { { money_text(MoneyText { precision: Precision::Fen, estimate, ..MoneyText::new(lang, low) }) } }
    } else {
        html! { <>{ money_text(MoneyText { precision: Precision::Yuan, ..MoneyText::new(lang, low) }) }{ "–" }{ money_text(MoneyText { precision: Precision::Yuan, estimate, ..MoneyText::new(lang, high) }) }</> }
    }
}

/// One line; its source note marks an estimate, once.
fn line(lang: Lang, l: &OnRoadLine) -> Html {
    html! {
        <tr data-on-road-line={l.id.clone()}>
            <th scope="row">{ l.label.get(lang).to_string() }
                if let Some(p) = &l.provenance { <ProvenanceNote {lang} provenance={p.clone()} decisive=true /> }
                // Without a source, the amount is a request's own: in the widget, its dealer's.
                else { <small class="hint">{ w::OVERRIDDEN_BY_DEALER.get(lang) }</small> }
            </th>
            <td>{ range(lang, l.low, l.high, false) }</td>
        </tr>
    }
}

fn landed(lang: Lang, label: Words, key: &'static str, p: LandedPrice) -> Html {
    html! {
        <p class="landed" data-landed={key}>{ fill_html(lang, w::LANDED_PRICE, &[
            ("path", html! { { label.get(lang) } }),
            ("price", range(lang, p.low, p.high, p.estimate)),
        ]) }</p>
    }
}

/// The market's lines.
fn lines(lang: Lang, c: &OnRoadComparison) -> Html {
    html! {
        <table class="on-road-lines" data-testid="on-road-lines">
            <tbody>for l in c.lines.iter() { { line(lang, l) } }</tbody>
        </table>
    }
}

/// Both landed prices and the difference.
fn landed_prices(lang: Lang, c: &OnRoadComparison) -> Html {
    html! {
        <>
            { landed(lang, w::KEEP, "keep", c.keep) }
            if let Some(s) = c.switch { { landed(lang, w::SWITCH, "switch", s) } }
            if let Some(d) = c.difference {
                <p class="loan-difference" data-testid="on-road-difference">
                    { fill_html(lang, if d.is_negative() { w::LANDED_LESS } else { w::LANDED_MORE }, &[
                        ("amount", money_text(MoneyText { precision: Precision::Fen, estimate: c.difference_is_estimate, ..MoneyText::new(lang, d.abs()) })),
                    ]) }
                </p>
                <p class="hint">{ w::SAME_LINES_ASSUMED.get(lang) }</p>
            }
        </>
    }
}

/// Which trade-in subsidy the owner qualifies for: none, or one of the market's; only they
/// know whether they have an old car to scrap or sell.
fn trade_in_choice(view: &View, quoted: Option<&TradeInQuote>) -> Html {
    let lang = view.lang();
    let Some(table) = view.tables().on_road_for_offer(&view.screen.request.offer) else { return html! {} };
    if table.trade_in.is_empty() {
        return html! {};
    }
    let chosen = view.state.draft.trade_in.as_ref();
    let choices = std::iter::once((None, w::TRADE_IN_NONE.get(lang).to_string()))
        .chain(table.trade_in.iter().map(|s| (Some(&s.id), s.label.get(lang).to_string())))
        .map(|(id, text)| Chip {
            text,
            edit: Edit::TradeIn(id.cloned()),
            pressed: id == chosen,
            value: Some(AttrValue::from(id.cloned().unwrap_or_default())),
        })
        .collect();
    let label = html! {
        <>{ w::TRADE_IN_HEADING.get(lang) }
            if let Some(t) = quoted { <ProvenanceNote {lang} provenance={t.provenance.clone()} decisive=true /> }</>
    };
    html! {
        <div class="trade-in" data-testid="trade-in">
            { edit_chips(view, label, "trade-in-h", choices) }
            <small class="hint">{ w::TRADE_IN_NOT_OLD_CAR.get(lang) }</small>
            { field_errors(&view.screen, Field::TradeIn) }
        </div>
    }
}

/// One path's subsidy: what comes off, or why nothing does.
fn trade_in_path(lang: Lang, label: Words, key: &'static str, t: &TradeInQuote, l: TradeInLine) -> Html {
    let value = if l.in_window {
        money_text(MoneyText {
            precision: Precision::Fen,
            deducted: true,
            estimate: l.estimate,
            ..MoneyText::new(lang, l.amount)
        })
    } else {
        html! { { w::TRADE_IN_OUTSIDE.fill(lang, &[("window", &span(lang, t.window.0, t.window.1))]) } }
    };
    html! {
        <li data-trade-in-path={key}>{ fill_html(lang, w::LABELLED, &[("label", html! { { label.get(lang) } }), ("value", value)]) }</li>
    }
}

/// The subsidy on each path, what the old car must be, and whether it moves the difference.
fn trade_in_lines(lang: Lang, t: &TradeInQuote) -> Html {
    let cap = || {
        money_text(MoneyText { precision: Precision::Yuan, estimate: t.cap_estimate, ..MoneyText::new(lang, t.cap) })
    };
    html! {
        <div class="trade-in-lines" data-testid="trade-in-lines">
            <ul>
                { trade_in_path(lang, w::KEEP, "keep", t, t.keep) }
                if let Some(s) = t.switch { { trade_in_path(lang, w::SWITCH, "switch", t, s) } }
            </ul>
            <p class="hint">{ t.old_car.get(lang).to_string() }<ProvenanceNote {lang} provenance={t.old_car_provenance.clone()} /></p>
            {
                match t.difference {
                    Some(d) if d.is_zero() && t.keep.capped => html! {
                        <p class="hint" data-testid="trade-in-same">{ fill_html(lang, w::TRADE_IN_SAME, &[("cap", cap())]) }</p>
                    },
                    Some(d) if !d.is_zero() => html! {
                        <p class="hint" data-testid="trade-in-differs">{ fill_html(lang, w::TRADE_IN_DIFFERS, &[
                            ("amount", money_text(MoneyText { precision: Precision::Fen, estimate: t.difference_is_estimate, ..MoneyText::new(lang, d.abs()) })),
                        ]) }</p>
                    },
                    _ => html! {},
                }
            }
        </div>
    }
}

/// The on-road view: off until asked for.
pub fn on_road_view(view: &View) -> Html {
    let lang = view.lang();
    // Only where the market has an on-road table: asking for costs it lacks would fail the quote.
    if view.tables().on_road_for_offer(&view.screen.request.offer).is_none() {
        return html! {};
    }
    if !view.state.draft.on_road {
        return html! {
            <div class="loan on-road" data-testid="on-road">
                <button type="button" data-action="on-road-on" onclick={view.send_fixed(Action::Edit(Edit::OnRoad(true)))}>{ w::ON_ROAD_ON.get(lang) }</button>
            </div>
        };
    }
    let quoted = view.screen.quote.as_ref().ok().and_then(|q| q.on_road.as_ref());
    let trade_in = quoted.and_then(|c| c.trade_in.as_ref());
    // Lines, then the subsidy the owner chooses, then the landed prices both make.
    html! {
        <div class="loan on-road" data-testid="on-road">
            <h3>{ w::ON_ROAD_HEADING.get(lang) }</h3>
            if let Some(c) = quoted { { lines(lang, c) } }
            { trade_in_choice(view, trade_in) }
            if let Some(t) = trade_in { { trade_in_lines(lang, t) } }
            if let Some(c) = quoted { { landed_prices(lang, c) } }
            <p class="hint">{ w::ON_ROAD_METHOD.get(lang) }</p>
            <button type="button" class="link-button" data-action="on-road-off" onclick={view.send_fixed(Action::Edit(Edit::OnRoad(false)))}>{ w::ON_ROAD_OFF.get(lang) }</button>
        </div>
    }
}
