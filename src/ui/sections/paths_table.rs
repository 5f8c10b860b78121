//! Both paths side by side: list price, paid, guarantee, owed, purchase tax with its steps, and
//! the cash still needed.

use yew::prelude::*;

use crate::ui::i18n::{t, Msg};
use crate::ui::widgets::{money_text, Disclosure, MoneyText, ProvenanceNote};
use engine::format::{percent, yuan, Precision};
use engine::quote::{PathQuote, Quote, QuoteLine};
use engine::text::Lang;
use session::Screen;

fn cell(lang: Lang, line: Option<&QuoteLine>, negate: bool) -> Html {
    match line {
        None => html! { <td class="na">{ "—" }</td> },
        Some(l) => {
            html! { <td>{ money_text(MoneyText { precision: Precision::Fen, estimate: l.estimate, deducted: negate, ..MoneyText::new(lang, l.amount) }) }</td> }
        }
    }
}

fn items(lang: Lang, p: &PathQuote) -> Html {
    html! {
        <Disclosure class="items" summary={html! { t(lang, Msg::Items) }}>
            <ul>
            for i in p.items.iter() {
                <li data-item={i.id.clone().unwrap_or_default()}>
                    { i.label.as_ref().map(|l| l.get(lang).to_string()).unwrap_or_default() }{ " " }
                    // One 估 per line: the source note marks an estimate itself.
                    { money_text(MoneyText { precision: Precision::Fen, estimate: i.estimate && !i.provenance.as_ref().is_some_and(|p| p.status.is_estimate()), ..MoneyText::new(lang, i.amount) }) }
                    if let Some(p) = &i.provenance { <ProvenanceNote {lang} provenance={p.clone()} /> }
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

fn tax_steps(lang: Lang, p: &PathQuote) -> Html {
    let tx = &p.purchase_tax;
    let (divisor, rate) = (tx.vat_divisor.normalize().to_string(), percent(tx.rate));
    html! {
        <Disclosure class="tax-steps" summary={html! { <>{ t(lang, Msg::TaxSteps) }{ t(lang, Msg::OpenParen) }{ tx.invoice_date.to_string() }{ t(lang, Msg::CloseParen) }</> }}>
            <ol>
                <li>{ t(lang, Msg::TaxBase) }{ " = " }{ t(lang, Msg::TaxPrice) }{ " ÷ " }{ divisor.clone() }{ t(lang, Msg::Colon) }
                    { yuan(tx.price) }{ " ÷ " }{ divisor }{ " = " }<span class="money">{ yuan(tx.base) }</span></li>
                <li>{ t(lang, Msg::TaxFull) }{ " = " }{ t(lang, Msg::TaxBase) }{ " × " }{ rate }{ t(lang, Msg::Colon) }<span class="money">{ yuan(tx.full) }</span></li>
                <li>{ t(lang, Msg::TaxRelief) }{ t(lang, Msg::Colon) }<span class="money">{ yuan(tx.relief) }</span>
                    if tx.cap_applied { { t(lang, Msg::OpenParen) }{ t(lang, Msg::CapApplied) }{ t(lang, Msg::CloseParen) } }
                    { match &tx.relief_rule {
                        Some(r) => html! { <><br/><small>{ r.rule.get(lang).to_string() }</small></> },
                        None => html! { <><br/><small>{ t(lang, Msg::NoRelief) }</small></> },
                    } }
                </li>
                <li>{ t(lang, Msg::TaxPayable) }{ t(lang, Msg::Colon) }<strong class="money">{ yuan(tx.payable) }</strong></li>
            </ol>
        </Disclosure>
    }
}

/// The side-by-side table.
pub fn paths_table(screen: &Screen, q: &Quote) -> Html {
    let lang = screen.lang;
    let k = &q.keep;
    let s = q.switch.as_ref();
    let row = |label: Msg, key: &'static str, f: fn(&PathQuote) -> &QuoteLine, negate: bool| {
        html! {
            <tr data-line={key}>
                <th scope="row">{ t(lang, label) }</th>
                { cell(lang, Some(f(k)), negate) }
                if s.is_some() { { cell(lang, s.map(f), negate) } }
            </tr>
        }
    };
    html! {
        <table class="paths" data-testid="paths">
            <thead>
                <tr><td></td><th scope="col">{ t(lang, Msg::Keep) }</th>if s.is_some() { <th scope="col">{ t(lang, Msg::Switch) }</th> }</tr>
            </thead>
            <tbody>
                <tr class="print-only-row"><td></td><td>{ config_line(lang, k) }</td>if let Some(s) = s { <td>{ config_line(lang, s) }</td> }</tr>
                { row(Msg::ListPrice, "list_total", |p| &p.list_total, false) }
                <tr class="sub"><td></td><td>{ items(lang, k) }</td>if let Some(s) = s { <td>{ items(lang, s) }</td> }</tr>
                { row(Msg::Paid, "amount_paid", |p| &p.amount_paid, true) }
                { row(Msg::Guarantee, "guarantee", |p| &p.guarantee, true) }
                { row(Msg::Owed, "owed", |p| &p.owed, false) }
                { row(Msg::PurchaseTax, "tax_due", |p| &p.tax_due, false) }
                <tr class="sub"><td></td><td>{ tax_steps(lang, k) }</td>if let Some(s) = s { <td>{ tax_steps(lang, s) }</td> }</tr>
                <tr data-line="cash_needed" class="total">
                    <th scope="row">{ t(lang, Msg::CashNeeded) }</th>
                    { cell(lang, Some(&k.cash_needed), false) }
                    if let Some(s) = s { { cell(lang, Some(&s.cash_needed), false) } }
                </tr>
            </tbody>
        </table>
    }
}
