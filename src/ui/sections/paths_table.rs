//! Both paths side by side: list price, paid, guarantee, owed, purchase tax with its steps, and
//! the cash still needed.

use yew::prelude::*;

use crate::ui::widgets::{money_text, Disclosure, MoneyText, ProvenanceNote};
use crate::ui::words::{self as w, fill_html};
use engine::format::{percent, yuan, Precision};
use engine::quote::{PathQuote, Quote, QuoteLine};
use engine::tax::PurchaseTax;
use engine::text::{Lang, Words};
use session::Screen;

/// One amount. Only the total is marked when estimates went in (`marked`): a mark on every
/// line derived from one estimated price would say the same thing six times.
fn cell(lang: Lang, line: Option<&QuoteLine>, negate: bool, marked: bool) -> Html {
    match line {
        None => html! { <td class="na">{ "—" }</td> },
        Some(l) => {
            html! { <td>{ money_text(MoneyText { precision: Precision::Fen, estimate: marked && l.estimate, deducted: negate, ..MoneyText::new(lang, l.amount) }) }</td> }
        }
    }
}

/// Under the totals, the estimates inside them named once ("含2项估计：海湾蓝、保留补贴").
fn estimates_inside(lang: Lang, k: &PathQuote, s: Option<&PathQuote>) -> Html {
    let mut names: Vec<String> = Vec::new();
    for p in std::iter::once(k).chain(s) {
        let items =
            p.items.iter().filter(|i| i.estimate).filter_map(|i| i.label.as_ref().map(|l| l.get(lang).to_string()));
        let guarantee = p.guarantee.estimate.then(|| w::GUARANTEE.get(lang).to_string());
        for n in items.chain(guarantee) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    if names.is_empty() {
        return html! {};
    }
    let count = names.len().to_string();
    html! {
        <p class="estimates-inside" data-testid="estimates-inside">
            <span class="est">{ w::ESTIMATE.get(lang) }</span>{ " " }
            { w::ESTIMATES_INSIDE.fill(lang, &[("count", &count), ("names", &names.join(w::LIST_SEPARATOR.get(lang)))]) }
        </p>
    }
}

fn items(lang: Lang, p: &PathQuote) -> Html {
    html! {
        <Disclosure class="items" summary={html! { w::ITEMS.get(lang) }}>
            <ul>
            for i in p.items.iter() {
                <li data-item={i.id.clone().unwrap_or_default()}>
                    { i.label.as_ref().map(|l| l.get(lang).to_string()).unwrap_or_default() }{ " " }
                    // One 估 per line: the source note marks an estimate itself.
                    { money_text(MoneyText { precision: Precision::Fen, estimate: i.estimate && !i.provenance.as_ref().is_some_and(|p| p.status.is_estimate()), ..MoneyText::new(lang, i.amount) }) }
                    if let Some(p) = &i.provenance { <ProvenanceNote {lang} provenance={p.clone()} decisive=true /> }
                </li>
            }
            </ul>
        </Disclosure>
    }
}

/// The configuration in one line, for print (where the item disclosures stay closed).
fn config_line(lang: Lang, p: &PathQuote) -> Html {
    let names: Vec<String> = p.items.iter().filter_map(|i| i.label.as_ref().map(|l| l.get(lang).to_string())).collect();
    html! { <small>{ names.join(" · ") }</small> }
}

/// Plain text as a slot's markup.
fn text(s: String) -> Html {
    html! { { s } }
}

/// The purchase tax worked out in four steps, in a disclosure (a quote's path, or the owner's
/// invoice).
pub fn tax_steps(lang: Lang, tx: &PurchaseTax) -> Html {
    let (divisor, rate) = (tx.vat_divisor.normalize().to_string(), percent(tx.rate));
    html! {
        <Disclosure class="tax-steps" summary={html! { { w::TAX_STEPS_FOR.fill(lang, &[("date", &crate::ui::dates::day(lang, tx.invoice_date))]) } }}>
            <ol>
                <li>{ fill_html(lang, w::TAX_STEP_BASE, &[
                    ("divisor", text(divisor)),
                    ("price", text(yuan(tx.price))),
                    ("base", html! { <span class="money">{ yuan(tx.base) }</span> }),
                ]) }</li>
                <li>{ fill_html(lang, w::TAX_STEP_FULL, &[("rate", text(rate)), ("full", html! { <span class="money">{ yuan(tx.full) }</span> })]) }</li>
                <li>{ fill_html(
                        lang,
                        if tx.cap_applied { w::TAX_STEP_RELIEF_CAPPED } else { w::TAX_STEP_RELIEF },
                        &[("relief", html! { <span class="money">{ yuan(tx.relief) }</span> })],
                    ) }
                    { match &tx.relief_rule {
                        Some(r) => html! { <><br/><small>{ r.rule.get(lang).to_string() }</small></> },
                        None => html! { <><br/><small>{ w::NO_RELIEF.get(lang) }</small></> },
                    } }
                </li>
                <li>{ fill_html(lang, w::TAX_STEP_PAYABLE, &[("payable", html! { <strong class="money">{ yuan(tx.payable) }</strong> })]) }</li>
            </ol>
        </Disclosure>
    }
}

/// The side-by-side table.
pub fn paths_table(screen: &Screen, q: &Quote) -> Html {
    let lang = screen.lang;
    let k = &q.keep;
    let s = q.switch.as_ref();
    let row = |label: Words, key: &'static str, f: fn(&PathQuote) -> &QuoteLine, negate: bool| {
        html! {
            <tr data-line={key}>
                <th scope="row">{ label.get(lang) }</th>
                { cell(lang, Some(f(k)), negate, false) }
                if s.is_some() { { cell(lang, s.map(f), negate, false) } }
            </tr>
        }
    };
    html! {
        <>
        <table class="paths" data-testid="paths">
            <thead>
                <tr><td></td><th scope="col">{ w::KEEP.get(lang) }</th>if s.is_some() { <th scope="col">{ w::SWITCH.get(lang) }</th> }</tr>
            </thead>
            <tbody>
                <tr class="print-only-row"><td></td><td>{ config_line(lang, k) }</td>if let Some(s) = s { <td>{ config_line(lang, s) }</td> }</tr>
                { row(w::LIST_PRICE, "list_total", |p| &p.list_total, false) }
                <tr class="sub"><td></td><td>{ items(lang, k) }</td>if let Some(s) = s { <td>{ items(lang, s) }</td> }</tr>
                { row(w::PAID, "amount_paid", |p| &p.amount_paid, true) }
                { row(w::GUARANTEE, "guarantee", |p| &p.guarantee, true) }
                { row(w::OWED, "owed", |p| &p.owed, false) }
                { row(w::PURCHASE_TAX, "tax_due", |p| &p.tax_due, false) }
                <tr class="sub"><td></td><td>{ tax_steps(lang, &k.purchase_tax) }</td>if let Some(s) = s { <td>{ tax_steps(lang, &s.purchase_tax) }</td> }</tr>
                <tr data-line="cash_needed" class="total">
                    <th scope="row">{ w::CASH_NEEDED.get(lang) }</th>
                    { cell(lang, Some(&k.cash_needed), false, true) }
                    if let Some(s) = s { { cell(lang, Some(&s.cash_needed), false, true) } }
                </tr>
            </tbody>
        </table>
        { estimates_inside(lang, k, s) }
        </>
    }
}
