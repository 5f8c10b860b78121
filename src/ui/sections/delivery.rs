//! When each path's car is expected, what had to be done by when, and the steps to switch — the
//! quote's delivery outlook. Picking a window sets that path's invoice date, so the tax year
//! follows the delivery the owner expects; each window says whether the path's invoice month
//! is in it.

use yew::prelude::*;

use crate::ui::dates::{moment, month, span};
use crate::ui::hooks::View;
use crate::ui::sections::decision::set_date;
use crate::ui::widgets::ProvenanceNote;
use crate::ui::words::{self as w, fill_html};
use engine::date::Date;
use engine::delivery::{DeadlineLine, DeliveryOutlook, WindowLine};
use engine::text::{Lang, Words};
use engine::timeline::RequestDate;

/// One window: what and when, its source, and whether the path's invoice date is in it (or a
/// button that puts it there).
fn window(view: &View, which: RequestDate, w: &WindowLine) -> Html {
    let lang = view.lang();
    let invoice = w.invoice.to_string();
    // The button's name is the same for every window: its window's label describes it.
    let label_id = format!("window-{}-{}", if which == RequestDate::KeepInvoice { "keep" } else { "switch" }, w.id);
    html! {
        <li class="window" data-window={w.id.clone()} data-inside={w.invoice_inside.to_string()}>
            { fill_html(lang, w::LABELLED, &[
                ("label", html! { <span id={label_id.clone()}>{ w.label.get(lang).to_string() }</span> }),
                ("value", html! { <span class="window-span">{ span(lang, w.from, w.to) }</span> }),
            ]) }
            <ProvenanceNote {lang} provenance={w.provenance.clone()} />
            if w.invoice_inside {
                <small class="hint">{ w::INVOICE_IN_WINDOW.get(lang) }</small>
            } else {
                <small class="hint">{ w::INVOICE_OUTSIDE_WINDOW.get(lang) }</small>
                <button type="button" class="link-button" data-action="use-window" aria-describedby={label_id}
                    onclick={view.send(move |_: MouseEvent| set_date(which, invoice.clone()))}>
                    { w::USE_WINDOW.fill(lang, &[("month", &month(lang, w.invoice))]) }
                </button>
            }
        </li>
    }
}

/// One path's windows under its name; nothing when the offer gives none for its trim.
fn path(view: &View, which: RequestDate, label: Words, windows: &[WindowLine]) -> Html {
    if windows.is_empty() {
        return html! {};
    }
    let lang = view.lang();
    html! {
        <div class="delivery-path" data-path={if which == RequestDate::KeepInvoice { "keep" } else { "switch" }}>
            <h3 class="side-label">{ w::EXPECTED_DELIVERY.fill(lang, &[("path", label.get(lang))]) }</h3>
            <ul>for w in windows { { window(view, which, w) } }</ul>
        </div>
    }
}

/// A deadline, marked once it has passed (only after mount: the pre-rendered page has no day).
fn deadline(lang: Lang, today: Option<Date>, d: &DeadlineLine) -> Html {
    let passed = today.is_some_and(|day| d.passed_by(day));
    html! {
        <li data-passed={passed.to_string()}>
            <strong>{ moment(lang, d.at) }</strong>{ " " }{ d.what.get(lang).to_string() }
            if passed { <span class="tag">{ w::PASSED.get(lang) }</span> }
            <ProvenanceNote {lang} provenance={d.provenance.clone()} />
        </li>
    }
}

fn outlook(view: &View, o: &DeliveryOutlook, has_switch: bool) -> Html {
    let lang = view.lang();
    let today = view.screen.today.filter(|_| view.mounted);
    html! {
        <section part="delivery" class="card delivery" aria-labelledby="delivery-h" data-testid="delivery">
            <h2 class="step" id="delivery-h">{ w::DELIVERY_HEADING.get(lang) }</h2>
            { path(view, RequestDate::KeepInvoice, w::KEEP, &o.keep) }
            { path(view, RequestDate::SwitchInvoice, w::SWITCH, &o.switch) }
            // Deadlines and steps are the switch's: a trim with no new car has none to meet.
            if has_switch {
                <h3 class="side-label">{ w::DEADLINES.get(lang) }</h3>
                <ul class="deadlines">for d in o.deadlines.iter() { { deadline(lang, today, d) } }</ul>
                <h3 class="side-label">{ w::STEPS_TO_SWITCH.get(lang) }</h3>
                <ol class="steps">
                    for s in o.steps.iter() {
                        <li>{ s.text.get(lang).to_string() }<ProvenanceNote {lang} provenance={s.provenance.clone()} /></li>
                    }
                </ol>
            }
            <p class="hint">{ w::APP_DECIDES.get(lang) }</p>
        </section>
    }
}

/// The delivery section; nothing where the offer's table has no outlook or the dates are
/// impossible (the decision names them first).
pub fn delivery(view: &View) -> Html {
    let Ok(q) = &view.screen.quote else { return html! {} };
    match &q.delivery {
        Some(o) if q.date_conflicts.is_empty() => outlook(view, o, q.switch.is_some()),
        _ => html! {},
    }
}
