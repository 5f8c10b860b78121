//! Step 3: the decision — the extra cash to switch, big and first — then both paths side by
//! side, with the price-list and invoice-date controls that change everything at once.

use yew::prelude::*;

use super::bars::path_bars;
use super::breakdown::breakdown;
use super::loan::loan_view;
use super::on_road::on_road_view;
use super::paths_table::paths_table;
use super::timeline::payment_timeline;
use super::trade::trade;
use crate::ui::dates::day;
use crate::ui::hooks::View;
use crate::ui::places::Section;
use crate::ui::state::Action;
use crate::ui::widgets::{
    chip_tabindex, edit_chips, engine_error, field_errors, money_text, no_successor, notice_list, on_chip_keys, Chip,
    MoneyText, ProvenanceNote,
};
use crate::ui::words::{self as w, fill_html};
use crate::variant::code;
use engine::date::Date;
use engine::error::EngineError;
use engine::money::Money;
use engine::provenance::cite;
use engine::quote::{Assumption, GuaranteeCheck, Quote, QuoteLine};
use engine::text::{Lang, Words};
use engine::timeline::{DateConflict, RequestDate};
use session::{Edit, Field, Screen};

/// What the decision number rests on, each with what it is worth, and the range they span.
pub fn assumptions(lang: Lang, q: &Quote) -> Html {
    let Some(range) = q.decision_range.filter(|_| !q.assumptions.is_empty()) else { return html! {} };
    // Terms a source has settled are facts: said after the assumptions, outside the range.
    let (facts, assumed): (Vec<&Assumption>, Vec<&Assumption>) = q.assumptions.iter().partition(|a| a.settled);
    html! {
        <div class="assumptions" data-testid="assumptions">
            if range.low != range.high {
                <p class="range" data-testid="decision-range">
                    { fill_html(lang, w::RANGE, &[("low", signed(lang, range.low)), ("high", signed(lang, range.high))]) }
                </p>
            }
            if !assumed.is_empty() {
            <ul>
                for a in assumed {
                    <li data-code={code(&a.code)}>
                        { a.assumed.get(lang).to_string() }{ standing(lang, a) }
                        <span class="otherwise">{ fill_html(lang, w::OTHERWISE, &[
                            ("otherwise", html! { { a.otherwise.get(lang).to_string() } }),
                            ("effect", signed(lang, a.effect)),
                        ]) }</span>
                        for p in a.precedents.iter() {
                            <span class="precedent">
                                { w::PRECEDENT.fill(lang, &[("precedent", p.text.get(lang))]) }
                                <ProvenanceNote {lang} provenance={p.provenance.clone()} />
                            </span>
                        }
                    </li>
                }
            </ul>
            }
            if !facts.is_empty() {
                <ul class="settled">
                    for a in facts {
                        <li data-code={code(&a.code)}>{ w::SETTLED.get(lang) }{ a.assumed.get(lang).to_string() }{ standing(lang, a) }</li>
                    }
                </ul>
            }
        </div>
    }
}

/// An amount with its sign, as the decision's parts are said.
fn signed(lang: Lang, amount: Money) -> Html {
    money_text(MoneyText { signed: true, ..MoneyText::new(lang, amount) })
}

/// An assumption's source, one tap away. No estimate mark: the list is of assumptions, and
/// the figure they move carries it.
fn standing(lang: Lang, a: &Assumption) -> Html {
    match &a.provenance {
        Some(p) => html! { <ProvenanceNote {lang} provenance={p.clone()} /> },
        None => html! {},
    }
}

/// Why the guarantee does not apply, or `None` when it does (a quote's path, or the car the
/// owner's invoice is for).
pub fn guarantee_not_due(lang: Lang, check: &GuaranteeCheck) -> Option<String> {
    match (check.locked_in_time, check.invoice_in_window, check.retained_by_offer) {
        (true, true, true) => None,
        (_, false, _) => Some(
            w::GUARANTEE_OUTSIDE_WINDOW
                .fill(lang, &[("from", &day(lang, check.invoiced_from)), ("to", &day(lang, check.invoiced_to))]),
        ),
        (_, _, false) => Some(w::GUARANTEE_NOT_KEPT.get(lang).to_string()),
        (false, _, _) => Some(w::GUARANTEE_LOCKED_LATE.fill(lang, &[("date", &day(lang, check.locked_by))])),
    }
}

/// One path's guarantee: its amount, or why it does not apply.
fn path_guarantee(lang: Lang, label: Words, line: &QuoteLine, check: &GuaranteeCheck) -> Html {
    let value = match guarantee_not_due(lang, check) {
        Some(why) => html! { { why } },
        None => money_text(MoneyText { estimate: line.estimate, ..MoneyText::new(lang, line.amount) }),
    };
    html! { <li>{ fill_html(lang, w::LABELLED, &[("label", html! { { label.get(lang) } }), ("value", value)]) }</li> }
}

/// The tax guarantee told straight: on each path, and what switching does to it — never a
/// figure that reads as a gain keeping the order also gets.
fn guarantee_summary(lang: Lang, q: &Quote) -> Html {
    let Some(keep_check) = &q.keep.guarantee_check else { return html! {} };
    if !keep_check.locked_in_time {
        return html! {
            <p class="guarantee-summary" data-testid="guarantee-summary">
                { w::GUARANTEE_NONE_LOCKED_LATE.fill(lang, &[("date", &day(lang, keep_check.locked_by))]) }
            </p>
        };
    }
    let switch = q.switch.as_ref().and_then(|s| s.guarantee_check.as_ref().map(|c| (s, c)));
    // What switching does to the tax, the guarantee counted: never the guarantee alone, which
    // reads as a gain when it only offsets the new car's higher tax.
    let change = match (q.extra_cash_breakdown, q.guarantee_change, q.tax_change_net) {
        (Some(b), Some(g), Some(net)) => html! {
            <li class="guarantee-change" data-testid="guarantee-change">
                { fill_html(lang, w::TAX_CHANGE, &[
                    ("tax", signed(lang, b.purchase_tax)),
                    ("guarantee", signed(lang, g)),
                    ("net", signed(lang, net)),
                ]) }
            </li>
        },
        _ => html! {},
    };
    html! {
        <div class="guarantee-summary" data-testid="guarantee-summary">
            <p>{ w::GUARANTEE_HEADING.get(lang) }</p>
            <ul>
                { path_guarantee(lang, w::KEEP, &q.keep.guarantee, keep_check) }
                if let Some((s, c)) = switch { { path_guarantee(lang, w::SWITCH, &s.guarantee, c) } }
                { change }
            </ul>
            if let Some(p) = &q.keep.guarantee.provenance { <ProvenanceNote {lang} provenance={p.clone()} /> }
        </div>
    }
}

/// One path's invoice date, as its control needs it.
struct InvoiceDate<'a> {
    id: &'static str,
    label: Words,
    field: Field,
    date: RequestDate,
    value: &'a str,
    presets: &'a [Date],
}

/// One invoice date: a preset per feasible year, a date field, and its problems.
fn invoice_control(view: &View, c: InvoiceDate<'_>) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let year = c.value.get(..4).unwrap_or_default();
    let which = c.date;
    let any_pressed = c.presets.iter().any(|d| d.year().to_string() == year);
    let preset = |(i, date): (usize, &Date)| {
        let y = date.year().to_string();
        let text = date.to_string();
        let pressed = year == y;
        html! {
            <button type="button" class="preset" data-year={y.clone()} aria-pressed={pressed.to_string()}
                tabindex={chip_tabindex(pressed, i == 0, any_pressed)}
                onclick={view.send(move |_: MouseEvent| set_date(which, text.clone()))}>{ y.clone() }</button>
        }
    };
    let invalid = screen.has_problem(c.field) || screen.date_conflict(which);
    // The owner's typical date, while they keep it: say it is ours, and why.
    let default = view.tables().offer(&screen.request.offer).and_then(|o| match which {
        RequestDate::KeepInvoice => Some((&o.ui_defaults.keep_invoice, o)),
        _ => o.switch.as_ref().map(|w| (&w.typical_invoice, o)),
    });
    let default = default.filter(|(f, _)| f.value.to_string() == c.value).map(|(f, o)| cite(&o.sources, f));
    html! {
        <div class="field invoice">
            <label for={c.id}>{ c.label.get(lang) }</label>
            <div class="presets" role="group" aria-label={c.label.get(lang)} onkeydown={on_chip_keys()}>
                for d in c.presets.iter().enumerate() { { preset(d) } }
            </div>
            // A month: owners know when they expect the car, rarely the invoice's day.
            <input id={c.id} type="month" value={c.value.get(..7).unwrap_or_default().to_string()} aria-invalid={invalid.to_string()}
                onchange={view.send(move |e: Event| set_date(which, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
            if let Some(p) = default {
                <small class="hint">{ w::DEFAULT_DATE.fill(lang, &[("date", &c.value.parse::<Date>().map_or_else(|_| c.value.to_string(), |d| day(lang, d)))]) }<ProvenanceNote {lang} provenance={p} /></small>
            }
            { field_errors(screen, c.field) }
        </div>
    }
}

/// The action that sets one of the request's dates.
pub(crate) fn set_date(which: RequestDate, text: String) -> Action {
    match which {
        RequestDate::LockedOn => Action::Edit(Edit::LockedOn(text)),
        RequestDate::KeepInvoice => Action::Edit(Edit::KeepInvoice(text)),
        RequestDate::SwitchInvoice => Action::Edit(Edit::SwitchInvoice(text)),
    }
}

/// The dates the offer makes impossible, each with a one-tap fix, and the figure as entered
/// marked as not a possible outcome.
fn impossible(view: &View, q: &Quote) -> Html {
    let lang = view.lang();
    let fix = |c: &DateConflict| {
        let (which, nearest) = (c.date, c.nearest.to_string());
        html! {
            <li data-code={code(&c.code)}>
                { c.message.get(lang).to_string() }
                if let Some(p) = &c.provenance { <ProvenanceNote {lang} provenance={p.clone()} /> }
                { " " }
                // A lock date is a fact of the owner's order: named, never "fixed" for them.
                if c.date != RequestDate::LockedOn {
                    <button type="button" class="link-button" data-action="use-nearest"
                    onclick={view.send(move |_: MouseEvent| set_date(which, nearest.clone()))}>
                    { w::USE_DATE.fill(lang, &[("date", &day(lang, c.nearest))]) }
                </button>
                }
            </li>
        }
    };
    html! {
        <div class="impossible" role="alert" data-testid="impossible-dates">
            <p class="headline-label">{ w::IMPOSSIBLE_DATES.get(lang) }</p>
            <ul>for c in q.date_conflicts.iter() { { fix(c) } }</ul>
            if let Some(extra) = q.extra_cash_to_switch {
                <p class="as-entered">{ fill_html(lang, w::COMPUTED_AS_ENTERED, &[("amount", signed(lang, extra))]) }</p>
            }
        </div>
    }
}

/// What keeping the order costs (the cash still needed), on each side of an unknown lock date:
/// a dead end's answer, in the answer card and in the details.
pub fn keep_only_figures(screen: &Screen, q: &Quote) -> Html {
    let lang = screen.lang;
    let cash = |label: String, q: &Quote| {
        html! {
            <li>{ fill_html(lang, w::LABELLED, &[
                ("label", html! { { label } }),
                ("value", money_text(MoneyText { estimate: q.keep.cash_needed.estimate, wan: true, ..MoneyText::new(lang, q.keep.cash_needed.amount) })),
            ]) }</li>
        }
    };
    let lines = match (&screen.locked_later, screen.assumed_lock) {
        (Some((later, Ok(lq))), Some(assumed)) => html! {
            <>
                { cash(w::CASH_NEEDED_IF.fill(lang, &[("when", &w::locked_by(lang, assumed))]), q) }
                { cash(w::CASH_NEEDED_IF.fill(lang, &[("when", &w::locked_from(lang, *later))]), lq) }
            </>
        },
        // One lock date: what keeping costs, and the guarantee that comes off it (the retained
        // benefit, the answer a guarantee-only offer exists for).
        _ => html! {
            <>
                { cash(w::CASH_NEEDED.get(lang).to_string(), q) }
                if q.keep.guarantee_check.is_some() {
                    <li data-testid="keep-guarantee">{ fill_html(lang, w::LABELLED, &[
                        ("label", html! { { w::GUARANTEE.get(lang) } }),
                        ("value", money_text(MoneyText { estimate: q.keep.guarantee.estimate, wan: true, ..MoneyText::new(lang, q.keep.guarantee.amount) })),
                    ]) }</li>
                }
            </>
        },
    };
    html! { <ul class="keep-figures" data-testid="keep-figures">{ lines }</ul> }
}

/// A dead end (no new car for this trim in the offer): one card with what keeping costs, on
/// each side of an unknown lock date, and what to do next.
fn keep_only(screen: &Screen, q: &Quote) -> Html {
    let lang = screen.lang;
    html! {
        <div class="keep-only-card" data-testid="keep-only">
            if let Ok(s) = &screen.succession { { no_successor(lang, s) } }
            { keep_only_figures(screen, q) }
            <p class="next-step"><strong>{ w::NEXT_STEP.get(lang) }</strong>{ w::KEEP_ONLY_NEXT_STEP.get(lang) }</p>
        </div>
    }
}

/// The top of the details: impossible dates named with their fixes, a dead end's figures, or
/// which side of an unknown lock date the details assume. The figure itself is the hero's.
fn decision_head(view: &View, q: &Quote) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    if !q.date_conflicts.is_empty() {
        return impossible(view, q);
    }
    // While some input does not read, the figures are the last valid input's: say so.
    let last_valid = (!screen.problems.is_empty()).then(|| {
        html! { <p class="last-valid" role="status" data-testid="last-valid">{ w::LAST_VALID.get(lang) }</p> }
    });
    let head = match screen.assumed_lock {
        _ if q.switch.is_none() => keep_only(screen, q),
        Some(assumed) if screen.locked_later.is_some() => html! {
            <p class="assumed-lock" data-testid="details-assume">{ w::DETAILS_ASSUME.fill(lang, &[("date", &day(lang, assumed))]) }</p>
        },
        _ => html! {},
    };
    html! { <>{ last_valid.unwrap_or_default() }{ head }</> }
}

/// The new car's price lists, when there is a choice.
fn price_list_control(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let Some((_, _, Some(to))) = view.tables().offer_catalogs(&screen.request.offer) else { return html! {} };
    if to.price_lists.len() < 2 && !screen.has_problem(Field::PriceList) {
        return html! {};
    }
    let selected = screen.request.price_list.as_deref();
    let choices = to
        .price_lists
        .iter()
        .map(|pl| Chip {
            text: pl.name.get(lang).to_string(),
            edit: Edit::PriceList(pl.id.clone()),
            pressed: selected == Some(pl.id.as_str()),
            value: Some(AttrValue::from(pl.id.clone())),
        })
        .collect();
    html! {
        <>
            { edit_chips(view, html! { { w::PRICE_LIST.get(lang) } }, "price-list-label", choices) }
            { field_errors(screen, Field::PriceList) }
        </>
    }
}

fn controls(view: &View, has_switch: bool) -> Html {
    let draft = &view.state.draft;
    html! {
        <div class="controls">
            // The new car's price list does not apply where there is no new car.
            if has_switch { { price_list_control(view) } } else { { field_errors(&view.screen, Field::PriceList) } }
            { invoice_control(view, InvoiceDate { id: "keep-invoice", label: w::KEEP_INVOICE, field: Field::KeepInvoice,
                date: RequestDate::KeepInvoice, value: &draft.keep_invoice, presets: &view.screen.keep_presets }) }
            if has_switch {
                { invoice_control(view, InvoiceDate { id: "switch-invoice", label: w::SWITCH_INVOICE, field: Field::SwitchInvoice,
                    date: RequestDate::SwitchInvoice, value: &draft.switch_invoice, presets: &view.screen.switch_presets }) }
            } else {
                // No switch path to date, but a bad value from a link must still be said.
                { field_errors(&view.screen, Field::SwitchInvoice) }
            }
            <p class="hint">{ w::INVOICE_YEAR_HINT.get(view.lang()) }</p>
        </div>
    }
}

fn quote_failed(screen: &Screen, e: &EngineError) -> Html {
    html! {
        <section part="decision" class="card decision" aria-labelledby="decision-h">
            <h2 class="step" id="decision-h">{ w::DECISION.get(screen.lang) }</h2>
            { engine_error(screen.lang, e) }
        </section>
    }
}

/// The decision section.
pub fn decision(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let q = match &screen.quote {
        Ok(q) => q,
        Err(e) => return quote_failed(screen, e),
    };
    html! {
        <section part="decision" class="card decision" aria-labelledby="decision-h">
            <h2 class="step" id="decision-h">{ w::DECISION.get(lang) }</h2>
            { decision_head(view, q) }
            if q.date_conflicts.is_empty() && q.switch.is_some() {
                { path_bars(lang, q) }
                { payment_timeline(lang, q, screen.request.keep_invoice_date, screen.request.switch_invoice_date) }
                { breakdown(lang, q) }
                { assumptions(lang, q) }
                { guarantee_summary(lang, q) }
            }
            if q.date_conflicts.is_empty() { { trade(lang, q, view.tables().offer(&q.offer)) } }
            { controls(view, q.switch.is_some()) }
            { paths_table(screen, q) }
            if q.date_conflicts.is_empty() { { loan_view(view) }{ on_road_view(view) } }
            { notice_list(screen, Section::Decision, "decision-notices") }
        </section>
    }
}
