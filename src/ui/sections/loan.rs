//! The loan view, inside the decision: what switching does to the monthly payment, on terms the
//! owner sets (down payment, term, rate and how the rate is stated), starting from the seller's
//! reported finance terms. Every figure is the engine's (`Quote.loan`).

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::state::Action;
use crate::ui::widgets::{edit_chips as chips, field_errors, money_text, Chip, MoneyText, ProvenanceNote};
use crate::ui::words::{self as w, fill_html};
use engine::format::Precision;
use engine::loan::{LoanComparison, LoanPath, RateKind};
use engine::money::Money;
use engine::provenance::cite;
use engine::text::{Lang, Words};
use session::{Edit, Field, LoanDraft};

const SHARES: [(i64, &str); 4] = [(15, "15%"), (20, "20%"), (30, "30%"), (50, "50%")];
const MONTHS: [u16; 5] = [12, 24, 36, 48, 60];

/// The chips of one term: each choice's label and the loan with that choice.
fn choices<T: PartialEq + Copy>(all: &[(T, String)], current: T, with: impl Fn(T) -> LoanDraft) -> Vec<Chip> {
    let chip = |(v, text): &(T, String)| Chip {
        text: text.clone(),
        edit: Edit::Loan(Some(with(*v))),
        pressed: *v == current,
        value: None,
    };
    all.iter().map(chip).collect()
}

/// The loan's terms: down payment, term, kind of rate, and the rate as typed.
fn terms(view: &View, l: &LoanDraft) -> Html {
    let lang = view.lang();
    let shares: Vec<(Decimal, String)> = SHARES.iter().map(|(p, s)| (Decimal::new(*p, 2), (*s).to_string())).collect();
    let months: Vec<(u16, String)> =
        MONTHS.iter().map(|m| (*m, w::MONTHS.fill(lang, &[("months", &m.to_string())]))).collect();
    let kinds = [
        (RateKind::FlatFee, w::FEE_RATE.get(lang).to_string()),
        (RateKind::Interest, w::INTEREST_RATE.get(lang).to_string()),
    ];
    let d = l.clone();
    let on_rate = view.send(move |e: InputEvent| {
        let rate_percent = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        Action::Edit(Edit::Loan(Some(LoanDraft { rate_percent, ..d.clone() })))
    });
    // The seller's terms, while the owner keeps them: say where they come from.
    let offer = view.tables().offer(&view.screen.request.offer);
    let finance = offer.and_then(|o| o.finance.as_ref().map(|f| (o, f)));
    let sourced =
        finance.filter(|(_, f)| LoanDraft::starting_from(f) == *l).map(|(o, f)| cite(&o.sources, &f.fee_rate));
    // Without the seller's terms the view starts from our example: never passed off as anyone's.
    let example = finance.is_none() && offer.is_some_and(|o| LoanDraft::starting(o) == *l);
    html! {
        <div class="loan-terms">
            { chips(view, html! { { w::DOWN_SHARE.get(lang) } }, "loan-down", choices(&shares, l.down_share, |down_share| LoanDraft { down_share, ..l.clone() })) }
            { chips(view, html! { { w::TERM.get(lang) } }, "loan-months", choices(&months, l.months, |months| LoanDraft { months, ..l.clone() })) }
            { field_errors(&view.screen, Field::LoanMonths) }
            { chips(view, html! { { w::RATE_KIND.get(lang) } }, "loan-kind", choices(&kinds, l.rate_kind, |rate_kind| LoanDraft { rate_kind, ..l.clone() })) }
            <div class="field">
                <label for="loan-rate">{ (if l.rate_kind == RateKind::FlatFee { w::FEE_RATE_PERCENT } else { w::INTEREST_RATE_PERCENT }).get(lang) }</label>
                <input id="loan-rate" type="text" inputmode="decimal" value={l.rate_percent.clone()} oninput={on_rate}
                    aria-invalid={view.screen.has_problem(Field::LoanRate).to_string()} />
                if let Some(p) = sourced {
                    <small class="hint">{ w::SELLER_FINANCE.get(lang) }<ProvenanceNote {lang} provenance={p} /></small>
                } else if example {
                    <small class="hint" data-testid="loan-example">{ w::EXAMPLE_LOAN.get(lang) }<span class="est">{ w::ESTIMATE.get(lang) }</span></small>
                }
                { field_errors(&view.screen, Field::LoanRate) }
            </div>
        </div>
    }
}

/// Both paths' loans side by side; a path's figures are marked 估 where its car's price
/// includes an estimate.
fn table(lang: Lang, c: &LoanComparison, estimate: (bool, bool)) -> Html {
    let row = |label: Words, key: &'static str, f: fn(&LoanPath) -> Money| {
        html! {
            <tr data-loan-line={key}>
                <th scope="row">{ label.get(lang) }</th>
                <td>{ money_text(MoneyText { precision: Precision::Fen, estimate: estimate.0, ..MoneyText::new(lang, f(&c.keep)) }) }</td>
                if let Some(s) = &c.switch { <td>{ money_text(MoneyText { precision: Precision::Fen, estimate: estimate.1, ..MoneyText::new(lang, f(s)) }) }</td> }
            </tr>
        }
    };
    html! {
        <table class="paths loan-table" data-testid="loan-table">
            <thead><tr><td></td><th scope="col">{ w::KEEP.get(lang) }</th>
                if c.switch.is_some() { <th scope="col">{ w::SWITCH.get(lang) }</th> }</tr></thead>
            <tbody>
                { row(w::DOWN_PAYMENT_LINE, "down_payment", |p| p.down_payment) }
                { row(w::PRINCIPAL, "principal", |p| p.principal) }
                { row(w::INSTALMENT, "instalment", |p| p.instalment) }
                { row(w::LAST_INSTALMENT, "last_instalment", |p| p.last_instalment) }
                { row(w::LOAN_INTEREST, "interest", |p| p.interest) }
            </tbody>
        </table>
    }
}

/// What switching does to the monthly payment, in a sentence.
fn difference(lang: Lang, c: &LoanComparison, estimate: bool) -> Html {
    let Some(diff) = c.monthly_difference else { return html! {} };
    let (label, amount) = if diff.is_negative() { (w::MONTHLY_LESS, diff.abs()) } else { (w::MONTHLY_MORE, diff) };
    html! {
        <p class="loan-difference" data-testid="loan-difference">
            { fill_html(lang, label, &[
                ("amount", money_text(MoneyText { precision: Precision::Fen, estimate, ..MoneyText::new(lang, amount) })),
                ("months", html! { { c.terms.months.to_string() } }),
            ]) }
        </p>
    }
}

/// The loan view: off until asked for; then the terms, the difference and both paths.
pub fn loan_view(view: &View) -> Html {
    let lang = view.lang();
    let Some(offer) = view.tables().offer(&view.screen.request.offer) else { return html! {} };
    let Some(l) = view.state.draft.loan.clone() else {
        let start = LoanDraft::starting(offer);
        return html! {
            <div class="loan" data-testid="loan">
                <button type="button" data-action="loan-on" onclick={view.send_fixed(Action::Edit(Edit::Loan(Some(start))))}>{ w::LOAN_ON.get(lang) }</button>
            </div>
        };
    };
    let quote = view.screen.quote.as_ref().ok();
    let quoted = quote.and_then(|q| q.loan.as_ref());
    let estimate = quote.map_or((false, false), |q| {
        (q.keep.list_total.estimate, q.switch.as_ref().is_some_and(|s| s.list_total.estimate))
    });
    html! {
        <div class="loan" data-testid="loan">
            <h3>{ w::LOAN_HEADING.get(lang) }</h3>
            { terms(view, &l) }
            if let Some(c) = quoted {
                { difference(lang, c, estimate.0 || estimate.1) }
                { table(lang, c, estimate) }
            }
            <p class="hint">{ w::LOAN_METHOD.get(lang) }</p>
            <button type="button" class="link-button" data-action="loan-off" onclick={view.send_fixed(Action::Edit(Edit::Loan(None)))}>{ w::LOAN_OFF.get(lang) }</button>
        </div>
    }
}
