//! What is paid when, as a small timeline: the amount already paid, the offer's deadline, then
//! each path's delivery with what is paid there (with a loan: the down payment and the
//! instalments after it). Every figure is the quote's own, to the fen as in the table below;
//! nothing here adds or subtracts. Unmarked: the table marks the totals an estimate went
//! into, and a mark on every figure would mean nothing.

use yew::prelude::*;

use crate::ui::dates::{moment, month};
use crate::ui::words::{self as w};
use engine::date::Date;
use engine::format::{yuan_in, Precision};
use engine::loan::LoanPath;
use engine::money::Money;
use engine::quote::{PathQuote, Quote};
use engine::text::{Lang, Words};

/// One step: the day it sorts by, when (in words), and what.
type Step = (Date, String, String);

fn fen(m: Money) -> String {
    yuan_in(m, Precision::Fen)
}

/// A path's delivery: what is paid at the invoice, in cash or with the loan's figures.
fn delivery(lang: Lang, path: Words, p: &PathQuote, invoice: Date, loan: Option<(&LoanPath, u16)>) -> Step {
    let (path, tax) = (path.get(lang), fen(p.tax_due.amount));
    let owed = p.owed.amount;
    let what = match loan {
        // Paid more than this car costs: what comes back, never a negative payment.
        None if owed.is_negative() => {
            w::TIMELINE_REFUND.fill(lang, &[("path", path), ("refund", &fen(owed.abs())), ("tax", &tax)])
        }
        None => w::TIMELINE_CASH.fill(lang, &[("path", path), ("owed", &fen(owed)), ("tax", &tax)]),
        Some((l, months)) => w::TIMELINE_LOAN.fill(
            lang,
            &[
                ("path", path),
                ("down", &fen(l.down_payment)),
                ("tax", &tax),
                ("instalment", &fen(l.instalment)),
                ("months", &months.to_string()),
            ],
        ),
    };
    (invoice, month(lang, invoice), what)
}

/// The timeline; nothing where the dates are impossible or there is no new car.
pub fn payment_timeline(lang: Lang, q: &Quote, keep_invoice: Date, switch_invoice: Date) -> Html {
    let Some(switch) = q.switch.as_ref().filter(|_| q.date_conflicts.is_empty()) else { return html! {} };
    let loan = q.loan.as_ref();
    let months = loan.map_or(0, |l| l.terms.months);
    let mut steps: Vec<Step> = vec![
        delivery(lang, w::KEEP, &q.keep, keep_invoice, loan.map(|l| (&l.keep, months))),
        delivery(lang, w::SWITCH, switch, switch_invoice, loan.and_then(|l| l.switch.as_ref()).map(|s| (s, months))),
    ];
    // The offer's first deadline: the switch window's close.
    if let Some(d) = q.delivery.as_ref().and_then(|o| o.deadlines.first()) {
        steps.push((d.at.date, moment(lang, d.at), d.what.get(lang).to_string()));
    }
    steps.sort_by_key(|(day, _, _)| *day);
    // The same on both paths only where the offer carries the amount over.
    let (kept, moved) = (q.keep.amount_paid.amount, switch.amount_paid.amount);
    let paid_text = if kept == moved {
        w::TIMELINE_PAID.fill(lang, &[("paid", &fen(kept))])
    } else {
        w::TIMELINE_PAID_NOT_MOVED.fill(lang, &[("paid", &fen(kept)), ("moved", &fen(moved))])
    };
    let paid = (w::TIMELINE_AT_LOCK.get(lang).to_string(), paid_text);
    html! {
        <figure class="timeline" data-testid="timeline">
            <figcaption>{ w::TIMELINE_CAPTION.get(lang) }</figcaption>
            <ol>
                for (when, what) in [paid].into_iter().chain(steps.into_iter().map(|(_, when, what)| (when, what))) {
                    <li><span class="when">{ when }</span>{ what }</li>
                }
            </ol>
        </figure>
    }
}
