//! On-road costs (落地价), inside the decision: off until asked for; then each line of the
//! market's table (sourced, estimates marked), both paths' landed price and the difference,
//! kept apart from Xiaomi's figures. Every figure is the engine's (`Quote.on_road`).

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::state::Action;
use crate::ui::widgets::{money_text, MoneyText, ProvenanceNote};
use crate::ui::words::{self as w, fill_html};
use engine::format::Precision;
use engine::money::Money;
use engine::on_road::{LandedPrice, OnRoadComparison, OnRoadLine};
use engine::text::{Lang, Words};
use session::Edit;

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

/// The lines, both landed prices and the difference.
fn comparison(lang: Lang, c: &OnRoadComparison) -> Html {
    html! {
        <>
            <table class="on-road-lines" data-testid="on-road-lines">
                <tbody>for l in c.lines.iter() { { line(lang, l) } }</tbody>
            </table>
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
    let quote = view.screen.quote.as_ref().ok();
    html! {
        <div class="loan on-road" data-testid="on-road">
            <h3>{ w::ON_ROAD_HEADING.get(lang) }</h3>
            if let Some(c) = quote.and_then(|q| q.on_road.as_ref()) { { comparison(lang, c) } }
            <p class="hint">{ w::ON_ROAD_METHOD.get(lang) }</p>
            <button type="button" class="link-button" data-action="on-road-off" onclick={view.send_fixed(Action::Edit(Edit::OnRoad(false)))}>{ w::ON_ROAD_OFF.get(lang) }</button>
        </div>
    }
}
