//! Step 3: the decision — the extra cash to switch, big and first — then both paths side by
//! side, with the price-list and invoice-date controls that change everything at once.

use yew::prelude::*;

use super::paths_table::paths_table;
use crate::engine::date::Date;
use crate::engine::error::EngineError;
use crate::engine::money::Money;
use crate::engine::quote::{GiftLine, Quote};
use crate::engine::text::Lang;
use crate::session::{Field, Screen};
use crate::ui::hooks::{use_view, View};
use crate::ui::i18n::{t, Msg};
use crate::ui::places::Section;
use crate::ui::state::Action;
use crate::ui::widgets::{engine_error, field_errors, notice_list, MoneyText, ProvenanceNote};

/// The decision number, big: what switching costs, or saves, or that keeping is the only path.
fn headline(lang: Lang, q: &Quote) -> Html {
    let Some(extra) = q.extra_cash_to_switch else {
        return html! { <p class="headline keep-only" data-testid="extra-cash">{ t(lang, Msg::KeepOnly) }</p> };
    };
    let label = if extra.is_negative() { Msg::SwitchSaves } else { Msg::ExtraCash };
    html! {
        <>
            <p class="headline-label">{ t(lang, label) }</p>
            <p class="headline" data-testid="extra-cash">
                <MoneyText {lang} amount={extra} signed=true wan=true estimate={q.extra_cash_is_estimate} />
            </p>
        </>
    }
}

/// What the decision number is made of, its non-zero parts only.
fn breakdown(lang: Lang, q: &Quote) -> Html {
    let Some(b) = q.extra_cash_breakdown else { return html! {} };
    let parts: Vec<(Msg, Money)> = [
        (Msg::BreakdownPrice, b.list_price),
        (Msg::BreakdownPaid, b.amount_paid),
        (Msg::BreakdownGuarantee, b.guarantee),
        (Msg::BreakdownTax, b.purchase_tax),
    ]
    .into_iter()
    .filter(|(_, m)| !m.is_zero())
    .collect();
    html! {
        <p class="breakdown" data-testid="breakdown">
            { t(lang, Msg::BreakdownLead) }{ ": " }
            for (i, (label, m)) in parts.iter().enumerate() {
                <span class="part">{ if i > 0 { " · " } else { "" } }{ t(lang, *label) }{ " " }<MoneyText {lang} amount={*m} signed=true /></span>
            }
        </p>
    }
}

fn retained_benefit(lang: Lang, q: &Quote) -> Html {
    let (Some(benefit), Some(s)) = (q.retained_benefit, &q.switch) else { return html! {} };
    html! {
        <p class="retained" data-testid="retained-benefit">
            { t(lang, Msg::RetainedBenefit) }{ ": " }
            <MoneyText {lang} amount={benefit} estimate={s.guarantee.estimate} />
            if let Some(p) = &s.guarantee.provenance { <ProvenanceNote {lang} provenance={p.clone()} /> }
        </p>
    }
}

fn gift(lang: Lang, g: &GiftLine) -> Html {
    let value = match (g.value, g.estimate_low, g.estimate_high) {
        (Some(v), _, _) => html! { <MoneyText {lang} amount={v} /> },
        (None, Some(lo), Some(hi)) => html! { <>{ t(lang, Msg::GiftValueUnknown) }{ ", " }
        <MoneyText {lang} amount={lo} />{ "–" }<MoneyText {lang} amount={hi} /></> },
        _ => html! { { t(lang, Msg::GiftValueUnknown) } },
    };
    html! {
        <span class="gift">
            { g.name.get(lang).to_string() }{ " (" }{ value }{ ")" }
            <ProvenanceNote {lang} provenance={g.provenance.clone()} />
        </span>
    }
}

fn gifts(lang: Lang, q: &Quote) -> Html {
    if q.gifts.is_empty() {
        return html! {};
    }
    html! { <p class="gifts">{ t(lang, Msg::Gifts) }{ ": " } for g in q.gifts.iter() { { gift(lang, g) } }</p> }
}

/// One invoice date: a preset per year, a date field, and its problems.
fn invoice_control(
    view: &View,
    id: &'static str,
    label: Msg,
    field: Field,
    value: &str,
    set: fn(String) -> Action,
) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let year = value.get(..4).unwrap_or_default();
    let preset = |date: &Date| {
        let y = date.year().to_string();
        let text = date.to_string();
        html! {
            <button type="button" class="preset" data-year={y.clone()} aria-pressed={(year == y).to_string()}
                onclick={view.send(move |_: MouseEvent| set(text.clone()))}>{ y.clone() }</button>
        }
    };
    html! {
        <div class="field invoice">
            <label for={id}>{ t(lang, label) }</label>
            <div class="presets" role="group" aria-label={t(lang, label)}>
                for d in screen.invoice_presets.iter() { { preset(d) } }
            </div>
            <input id={id} type="date" value={value.to_string()} aria-invalid={screen.has_problem(field).to_string()}
                onchange={view.send(move |e: Event| set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
            { field_errors(screen, field) }
        </div>
    }
}

/// The new car's price lists, when there is a choice.
fn price_list_control(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let Some((_, _, to)) = view.tables().offer_catalogs(&screen.request.offer) else { return html! {} };
    if to.price_lists.len() < 2 && !screen.has_problem(Field::PriceList) {
        return html! {};
    }
    let selected = screen.request.price_list.as_deref();
    html! {
        <div class="field">
            <span class="label" id="price-list-label">{ t(lang, Msg::PriceList) }</span>
            <div class="presets" role="group" aria-labelledby="price-list-label">
                for pl in to.price_lists.iter() {
                    <button type="button" class="preset" data-price-list-choice={pl.id.clone()}
                        aria-pressed={(selected == Some(pl.id.as_str())).to_string()}
                        onclick={view.send_fixed(Action::SetPriceList(pl.id.clone()))}>{ pl.name.get(lang).to_string() }</button>
                }
            </div>
            { field_errors(screen, Field::PriceList) }
        </div>
    }
}

fn controls(view: &View, has_switch: bool) -> Html {
    let draft = &view.state.draft;
    html! {
        <div class="controls">
            { price_list_control(view) }
            { invoice_control(view, "keep-invoice", Msg::KeepInvoice, Field::KeepInvoice, &draft.keep_invoice, Action::SetKeepInvoice) }
            if has_switch {
                { invoice_control(view, "switch-invoice", Msg::SwitchInvoice, Field::SwitchInvoice, &draft.switch_invoice, Action::SetSwitchInvoice) }
            } else {
                // No switch path to date, but a bad value from a link must still be said.
                { field_errors(&view.screen, Field::SwitchInvoice) }
            }
            <p class="hint">{ t(view.lang(), Msg::InvoiceYearHint) }</p>
        </div>
    }
}

fn quote_failed(screen: &Screen, e: &EngineError) -> Html {
    html! {
        <section class="card decision" aria-labelledby="decision-h">
            <h2 id="decision-h">{ t(screen.lang, Msg::Decision) }</h2>
            { engine_error(screen.lang, e) }
        </section>
    }
}

/// The decision section.
#[component]
pub fn Decision() -> Html {
    let Some(view) = use_view() else { return html! {} };
    let screen = &view.screen;
    let lang = screen.lang;
    let q = match &screen.quote {
        Ok(q) => q,
        Err(e) => return quote_failed(screen, e),
    };
    html! {
        <section class="card decision" aria-labelledby="decision-h" aria-live="polite">
            <h2 id="decision-h">{ t(lang, Msg::Decision) }</h2>
            { headline(lang, q) }
            { breakdown(lang, q) }
            { retained_benefit(lang, q) }
            { gifts(lang, q) }
            { controls(&view, q.switch.is_some()) }
            { paths_table(screen, q) }
            { notice_list(screen, Section::Decision, "decision-notices") }
        </section>
    }
}
