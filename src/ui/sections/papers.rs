//! 核对: after delivery, the owner's papers against what the tables make due — the purchase
//! tax on the invoice and the guarantee's reduction — each with its verdict, its steps and
//! what to do next. Opened from the answer card; the papers travel in the share link.

use yew::prelude::*;

use super::decision::guarantee_not_due;
use super::paths_table::tax_steps;
use crate::ui::browser;
use crate::ui::hooks::{after_render, View};
use crate::ui::state::Action;
use crate::ui::widgets::{chip_tabindex, engine_error, field_errors, money_text, MoneyText, ProvenanceNote};
use crate::ui::words::{self as w, fill_html};
use engine::check::{Check, Verdict};
use engine::format::Precision;
use engine::money::Money;
use engine::provenance::cite;
use engine::quote::AssumptionCode;
use engine::text::{Lang, Words};
use session::{Edit, Paper, PapersCheck, PapersDraft};

/// The heading the view is opened to.
const HEADING_ID: &str = "papers-h";

/// The link under the answer that opens the view, then goes to it.
pub fn papers_link(view: &View) -> Html {
    if view.state.draft.papers.is_some() {
        return html! {};
    }
    let state = view.state.clone();
    let open = Callback::from(move |e: MouseEvent| {
        // This link is gone once the view opens: the way there starts from the page's root.
        let app = e.target_dyn_into::<web_sys::Element>().and_then(|el| el.closest(".app").ok().flatten());
        state.dispatch(Action::Edit(Edit::Papers(Some(PapersDraft::default()))));
        if let Some(app) = app {
            after_render(move || browser::go_to(&app, HEADING_ID));
        }
    });
    html! {
        <button type="button" class="papers-link link-button" data-action="check-papers" onclick={open}>
            { w::PAPERS_OPEN.get(view.lang()) }
        </button>
    }
}

/// One paper's field: label, input, hint and problems.
struct PaperInput {
    id: &'static str,
    paper: Paper,
    label: Words,
    hint: Option<Words>,
    date: bool,
    value: String,
}

fn paper_input(view: &View, p: PaperInput) -> Html {
    let lang = view.lang();
    let hint_id = format!("{}-hint", p.id);
    let paper = p.paper;
    // One paper per edit: two inputs before a render each keep their own.
    let on_input = view.send(move |e: InputEvent| {
        Action::Edit(Edit::Paper(paper, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    });
    let (kind, mode) = if p.date { ("date", None) } else { ("text", Some("decimal")) };
    html! {
        <div class="field">
            <label for={p.id}>{ p.label.get(lang) }</label>
            <input id={p.id} type={kind} inputmode={mode} autocomplete="off" value={p.value} oninput={on_input}
                aria-invalid={view.screen.has_problem(p.paper.field()).to_string()}
                aria-describedby={p.hint.map(|_| hint_id.clone())} />
            if let Some(h) = p.hint { <small id={hint_id} class="hint">{ h.get(lang) }</small> }
            { field_errors(&view.screen, p.paper.field()) }
        </div>
    }
}

/// Kept or switched: which car the invoice is for, when the offer has a new car.
fn car_taken(view: &View, papers: &PapersDraft) -> Html {
    let lang = view.lang();
    if !view.screen.quote.as_ref().is_ok_and(|q| q.switch.is_some()) {
        return html! {};
    }
    let chip = |switched: bool, label: Words| {
        let pressed = papers.switched == switched;
        let next = PapersDraft { switched, ..papers.clone() };
        html! {
            <button type="button" class="choice" data-switched={switched.to_string()} aria-pressed={pressed.to_string()}
                tabindex={chip_tabindex(pressed, !switched, true)}
                onclick={view.send_fixed(Action::Edit(Edit::Papers(Some(next))))}>{ label.get(lang) }</button>
        }
    };
    html! {
        <div class="field">
            <span class="label" id="car-taken-label">{ w::CAR_TAKEN.get(lang) }</span>
            <div class="choices" role="group" aria-labelledby="car-taken-label">
                { chip(false, w::KEEP) }{ chip(true, w::SWITCH) }
            </div>
        </div>
    }
}

/// A stated amount against the amount due, and what to do when they differ.
fn verdict(lang: Lang, stated: Money, v: Verdict, next: (Words, Words)) -> Html {
    let amount = |m: Money| money_text(MoneyText { precision: Precision::Fen, ..MoneyText::new(lang, m) });
    let (words, by, next) = match v {
        Verdict::Matches => (w::VERDICT_MATCHES, Money::ZERO, None),
        Verdict::Short(by) => (w::VERDICT_SHORT, by, Some(next.0)),
        Verdict::Over(by) => (w::VERDICT_OVER, by, Some(next.1)),
    };
    let class = if next.is_none() { "verdict matches" } else { "verdict differs" };
    html! {
        <>
            <p class={class} data-testid="verdict">{ fill_html(lang, words, &[("stated", amount(stated)), ("by", amount(by))]) }</p>
            if let Some(n) = next { <p class="next-step">{ n.get(lang) }</p> }
        </>
    }
}

/// The amount due, big, under its label.
fn due_line(lang: Lang, label: Words, due: Html) -> Html {
    html! { <p class="due">{ fill_html(lang, w::LABELLED, &[("label", html! { { label.get(lang) } }), ("value", due)]) }</p> }
}

/// The purchase tax due on the invoice, with its steps, against the tax paid.
fn tax_result(lang: Lang, checked: &PapersCheck, c: &Check) -> Html {
    let due = money_text(MoneyText { precision: Precision::Fen, ..MoneyText::new(lang, c.tax.payable) });
    html! {
        <div class="check-row" data-testid="tax-check">
            { due_line(lang, w::TAX_DUE, due) }
            if let (Some(v), Some(s)) = (c.tax_verdict, checked.tax_paid) { { verdict(lang, s, v, (w::TAX_SHORT_NEXT, w::TAX_OVER_NEXT)) } }
            { tax_steps(lang, &c.tax) }
        </div>
    }
}

/// The offer's terms a switched order's guarantee rests on that no source confirms (the
/// check's `rests_on`), each with our reading and its source: the amount due is marked, and
/// these say why.
fn readings(view: &View, rests_on: &[AssumptionCode]) -> Html {
    let lang = view.lang();
    let Some(offer) = view.tables().offer(&view.screen.request.offer) else { return html! {} };
    let Some(w) = &offer.switch else { return html! {} };
    let reading = |code: &AssumptionCode| {
        let (note, p) = match code {
            AssumptionCode::GuaranteeRetained => {
                (&w.guarantee_retained.note, cite(&offer.sources, &w.guarantee_retained))
            }
            AssumptionCode::GuaranteeBasis => (&w.guarantee_basis.note, cite(&offer.sources, &w.guarantee_basis)),
            _ => return html! {},
        };
        let note = note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default();
        html! { <li>{ note }<ProvenanceNote {lang} provenance={p} /></li> }
    };
    html! {
        <div class="readings" data-testid="guarantee-readings">
            <p class="hint">{ w::GUARANTEE_READINGS.get(lang) }</p>
            <ul>{ for rests_on.iter().map(reading) }</ul>
        </div>
    }
}

/// The guarantee due under the offer's rule, or why none is, against what was credited.
fn guarantee_result(view: &View, checked: &PapersCheck, c: &Check) -> Html {
    let lang = view.lang();
    let Some(g) = &c.guarantee else { return html! {} };
    let tables = view.tables();
    let terms = tables
        .offer(&view.screen.request.offer)
        .and_then(|o| o.guarantee.as_deref())
        .and_then(|id| tables.guarantee(id));
    let source = terms.map(|t| html! { <ProvenanceNote {lang} provenance={cite(&t.sources, &t.terms)} /> });
    if !checked.lock_given {
        let state = view.state.clone();
        let to_lock = Callback::from(move |e: MouseEvent| {
            state.dispatch(Action::ShowDetails(true));
            if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                browser::go_to(&el, super::order::LOCKED_ON_ID);
            }
        });
        return html! {
            <div class="check-row" data-testid="guarantee-check">
                <p class="due">{ w::GUARANTEE_DUE.get(lang) }</p>
                <p>{ w::GUARANTEE_NEEDS_LOCK.get(lang) }{ " " }
                    <button type="button" class="link-button" onclick={to_lock}>{ w::LOCKED_ON.get(lang) }</button></p>
            </div>
        };
    }
    let due = match guarantee_not_due(lang, g) {
        Some(why) => html! { { why } },
        None => money_text(MoneyText {
            precision: Precision::Fen,
            estimate: c.guarantee_estimate,
            ..MoneyText::new(lang, g.amount)
        }),
    };
    // A difference from an amount resting on our readings may be no shortfall at all.
    let short_next = if c.guarantee_estimate { w::GUARANTEE_SHORT_ESTIMATE_NEXT } else { w::GUARANTEE_SHORT_NEXT };
    html! {
        <div class="check-row" data-testid="guarantee-check">
            { due_line(lang, w::GUARANTEE_DUE, due) }
            if !c.rests_on.is_empty() { { readings(view, &c.rests_on) } }
            if let (Some(v), Some(s)) = (c.guarantee_verdict, checked.guarantee_credited) {
                { verdict(lang, s, v, (short_next, w::GUARANTEE_OVER_NEXT)) }
            }
            if !g.assumes.is_empty() {
                if let Some(t) = terms { <p class="hint">{ w::GUARANTEE_ASSUMES.fill(lang, &[("terms", t.terms.value.get(lang))]) }</p> }
            }
            { source.unwrap_or_default() }
        </div>
    }
}

/// The 核对 view, while the owner checks papers.
pub fn papers_view(view: &View) -> Html {
    let (Some(papers), Some(checked)) = (&view.state.draft.papers, &view.screen.papers) else { return html! {} };
    let lang = view.lang();
    let input = |p: PaperInput| paper_input(view, p);
    let result = match &checked.outcome {
        None => html! { <p class="hint" data-testid="papers-waiting">{ w::PAPERS_WAITING.get(lang) }</p> },
        Some(Err(e)) => engine_error(lang, e),
        Some(Ok(c)) => html! { <>{ tax_result(lang, checked, c) }{ guarantee_result(view, checked, c) }</> },
    };
    html! {
        <section part="papers" class="card papers" aria-labelledby={HEADING_ID} data-testid="papers">
            <h2 class="papers-title" id={HEADING_ID} tabindex="-1">{ w::PAPERS_HEADING.get(lang) }</h2>
            <p class="hint">{ w::PAPERS_INTRO.get(lang) }</p>
            { car_taken(view, papers) }
            <div class="row2">
                { input(PaperInput { id: "invoice-total", paper: Paper::InvoiceTotal,
                    label: w::INVOICE_TOTAL, hint: Some(w::INVOICE_TOTAL_HINT), date: false, value: papers.invoice_total.clone() }) }
                { input(PaperInput { id: "invoice-date", paper: Paper::InvoiceDate,
                    label: w::INVOICE_DATE, hint: None, date: true, value: papers.invoice_date.clone() }) }
            </div>
            <div class="row2">
                { input(PaperInput { id: "tax-paid", paper: Paper::TaxPaid,
                    label: w::TAX_PAID, hint: Some(w::TAX_PAID_HINT), date: false, value: papers.tax_paid.clone() }) }
                { input(PaperInput { id: "guarantee-credited", paper: Paper::GuaranteeCredited,
                    label: w::GUARANTEE_CREDITED, hint: Some(w::GUARANTEE_CREDITED_HINT), date: false,
                    value: papers.guarantee_credited.clone() }) }
            </div>
            <div class="check-result" aria-live="polite">{ result }</div>
            <button type="button" class="link-button" data-action="close-papers"
                onclick={view.send_fixed(Action::Edit(Edit::Papers(None)))}>{ w::PAPERS_CLOSE.get(lang) }</button>
        </section>
    }
}
