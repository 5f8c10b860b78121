//! Step 3: the decision — the extra cash to switch, big and first — then both paths side by
//! side, with the price-list and invoice-date controls that change everything at once.

use std::rc::Rc;

use yew::prelude::*;

use super::{MoneyText, PathsTable, ProvenanceNote};
use crate::engine::date::Date;
use crate::engine::quote::{NoticeCode, Quote};
use crate::engine::tax::what_if_invoice_dates;
use crate::engine::text::Lang;
use crate::session::Field;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{Action, StateContext};

/// Props of [`Decision`].
#[derive(Properties, PartialEq)]
pub struct DecisionProps {
    /// The quote to show.
    pub quote: Rc<Quote>,
}

fn invoice_control(
    lang: Lang,
    id: &'static str,
    label: Msg,
    value: &str,
    presets: &[Date],
    set: Callback<String>,
    err: Html,
) -> Html {
    let year = value.get(..4).unwrap_or_default().to_string();
    let on_date = {
        let set = set.clone();
        Callback::from(move |e: Event| set.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    html! {
        <div class="field invoice">
            <label for={id}>{ t(lang, label) }</label>
            <div class="presets" role="group" aria-label={t(lang, label)}>
            { for presets.iter().map(|date| {
                let set = set.clone();
                let y = date.year().to_string();
                let date = date.to_string();
                html! {
                    <button type="button" class="preset" data-year={y.clone()} aria-pressed={(year == y).to_string()}
                        onclick={Callback::from(move |_| set.emit(date.clone()))}>{ y.clone() }</button>
                }
            }) }
            </div>
            <input id={id} type="date" value={value.to_string()} onchange={on_date} />
            { err }
        </div>
    }
}

/// The decision section.
#[component]
pub fn Decision(props: &DecisionProps) -> Html {
    let Some(state) = use_context::<StateContext>() else { return html! {} };
    let lang = state.draft.lang;
    let q = &props.quote;
    let tables = state.tables.clone();
    let to = tables.offer_catalogs(&q.offer).map(|(_, _, to)| to);
    let presets = to.and_then(|c| tables.tax_policy(&c.market)).map(what_if_invoice_dates).unwrap_or_default();
    let set = |f: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(f(v)))
    };
    let headline = match q.extra_cash_to_switch {
        Some(extra) if extra.is_negative() => html! {
            <>
                <p class="headline-label">{ t(lang, Msg::SwitchSaves) }</p>
                <p class="headline" data-testid="extra-cash">
                    <MoneyText {lang} amount={extra} signed=true wan=true estimate={q.extra_cash_is_estimate} />
                </p>
            </>
        },
        Some(extra) => html! {
            <>
                <p class="headline-label">{ t(lang, Msg::ExtraCash) }</p>
                <p class="headline" data-testid="extra-cash">
                    <MoneyText {lang} amount={extra} signed=true wan=true estimate={q.extra_cash_is_estimate} />
                </p>
            </>
        },
        None => html! { <p class="headline keep-only" data-testid="extra-cash">{ t(lang, Msg::KeepOnly) }</p> },
    };
    let guarantee_prov = q.switch.as_ref().and_then(|s| s.guarantee.provenance.clone());
    let breakdown = q.extra_cash_breakdown.map(|b| {
        let parts: Vec<(Msg, crate::engine::money::Money)> = [
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
                { for parts.iter().enumerate().map(|(i, (label, m))| html! {
                    <span class="part">{ if i > 0 { " · " } else { "" } }{ t(lang, *label) }{ " " }<MoneyText {lang} amount={*m} signed=true /></span>
                }) }
            </p>
        }
    });
    let notices: Vec<_> = q
        .notices
        .iter()
        .filter(|n| {
            matches!(
                n.code,
                NoticeCode::KeepInvoiceOutsideGuarantee
                    | NoticeCode::SwitchInvoiceOutsideGuarantee
                    | NoticeCode::GuaranteeConditions
            )
        })
        .collect();
    html! {
        <section class="card decision" aria-labelledby="decision-h" aria-live="polite">
            <h2 id="decision-h">{ t(lang, Msg::Decision) }</h2>
            { headline }
            { breakdown.unwrap_or_default() }
            if let Some(benefit) = q.retained_benefit {
                <p class="retained" data-testid="retained-benefit">
                    { t(lang, Msg::RetainedBenefit) }{ ": " }
                    <MoneyText {lang} amount={benefit} estimate={q.switch.as_ref().is_some_and(|s| s.guarantee.estimate)} />
                    if let Some(p) = guarantee_prov { <ProvenanceNote {lang} provenance={p} /> }
                </p>
            }
            if !q.gifts.is_empty() {
                <p class="gifts">{ t(lang, Msg::Gifts) }{ ": " }
                { for q.gifts.iter().map(|g| html! {
                    <span class="gift">
                        { g.name.get(lang).to_string() }{ " (" }
                        { match (g.value, g.estimate_low, g.estimate_high) {
                            (Some(v), _, _) => html! { <MoneyText {lang} amount={v} /> },
                            (None, Some(lo), Some(hi)) => html! { <>{ t(lang, Msg::GiftValueUnknown) }{ ", " }
                                <MoneyText {lang} amount={lo} />{ "–" }<MoneyText {lang} amount={hi} /></> },
                            _ => html! { { t(lang, Msg::GiftValueUnknown) } },
                        } }
                        { ")" }
                        <ProvenanceNote {lang} provenance={g.provenance.clone()} />
                    </span>
                }) }
                </p>
            }
            <div class="controls">
                if let Some(to) = to {
                    if to.price_lists.len() > 1 {
                        <div class="field">
                            <span class="label" id="price-list-label">{ t(lang, Msg::PriceList) }</span>
                            <div class="presets" role="group" aria-labelledby="price-list-label">
                            { for to.price_lists.iter().map(|pl| {
                                let set = set(Action::SetPriceList);
                                let id = pl.id.clone();
                                let selected = state.resolved.request.price_list.as_deref() == Some(pl.id.as_str());
                                html! {
                                    <button type="button" class="preset" data-price-list-choice={pl.id.clone()} aria-pressed={selected.to_string()}
                                        onclick={Callback::from(move |_| set.emit(id.clone()))}>{ pl.name.get(lang).to_string() }</button>
                                }
                            }) }
                            </div>
                        </div>
                    }
                }
                { invoice_control(lang, "keep-invoice", Msg::KeepInvoice, &state.draft.keep_invoice, &presets, set(Action::SetKeepInvoice),
                    super::field_errors::field_errors(&state, Field::KeepInvoice, lang)) }
                if q.switch.is_some() {
                    { invoice_control(lang, "switch-invoice", Msg::SwitchInvoice, &state.draft.switch_invoice, &presets, set(Action::SetSwitchInvoice),
                        super::field_errors::field_errors(&state, Field::SwitchInvoice, lang)) }
                }
                <p class="hint">{ t(lang, Msg::InvoiceYearHint) }</p>
            </div>
            <PathsTable quote={q.clone()} />
            if !notices.is_empty() {
                <ul class="notices">
                { for notices.iter().map(|n| html! {
                    <li class="notice" data-code={format!("{:?}", n.code)}>{ n.message.get(lang).to_string() }
                        if let Some(p) = &n.provenance { <ProvenanceNote {lang} provenance={p.clone()} /> }</li>
                }) }
                </ul>
            }
        </section>
    }
}
