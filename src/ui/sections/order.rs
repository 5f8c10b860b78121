//! Step 1: the locked order — offer, trim, options, lock date, amount paid — and whether it
//! qualifies.

use yew::prelude::*;

use crate::ui::dates::moment;
use crate::ui::hooks::View;
use crate::ui::places::Section;
use crate::ui::state::Action;
use crate::ui::widgets::{
    chip_tabindex, field_errors, notice_list, on_chip_keys, option_fields, trim_picker, OptionFields, ProvenanceNote,
    TrimPicker,
};
use crate::ui::words as w;
use engine::quote::NoticeCode;
use engine::tables::{Offer, Tables};
use engine::timeline::{closed_by, RequestDate};
use session::{Edit, Field, Screen};

/// The offer picker, when there is more than one offer: a chip per offer, so each shows its
/// whole name on a phone (a select cuts it off).
fn offer_picker(view: &View, tables: &Tables) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    if tables.offers.len() < 2 && !screen.has_problem(Field::Offer) {
        return html! {};
    }
    let any_pressed = tables.offers.iter().any(|o| o.id == screen.request.offer);
    let chip = |(i, o): (usize, &Offer)| {
        let pressed = o.id == screen.request.offer;
        html! {
            <button type="button" class="choice offer" data-offer={o.id.clone()} aria-pressed={pressed.to_string()}
                tabindex={chip_tabindex(pressed, i == 0, any_pressed)} onclick={view.send_fixed(Action::Edit(Edit::Offer(o.id.clone())))}>
                { o.name.get(lang).to_string() }
                // A tag, not a bracket after the name's own: "（2026年1月）（已结束）" read badly.
                if screen.today.and_then(|d| closed_by(o, d)).is_some() { { " " }<span class="closed-tag">{ w::CLOSED_MARK.get(lang) }</span> }
            </button>
        }
    };
    html! {
        <div class="field">
            <span class="label" id="offer-label">{ w::OFFER.get(lang) }</span>
            <div class="choices offers" role="group" aria-labelledby="offer-label" onkeydown={on_chip_keys()}>
                for o in tables.offers.iter().enumerate() { { chip(o) } }
            </div>
            { field_errors(screen, Field::Offer) }
        </div>
    }
}

/// Why the lock date cannot be, under its field: after today, or impossible for the offer
/// (the quote's conflicts, also listed with the decision).
fn lock_date_problems(screen: &Screen, id: &str) -> Html {
    let lang = screen.lang;
    let conflicts = screen.quote.as_ref().map(|q| q.date_conflicts.as_slice()).unwrap_or_default();
    let said: Vec<String> = screen
        .lock_note
        .iter()
        .map(|t| t.get(lang).to_string())
        .chain(conflicts.iter().filter(|c| c.date == RequestDate::LockedOn).map(|c| c.message.get(lang).to_string()))
        .collect();
    if said.is_empty() {
        return html! {};
    }
    html! {
        <p class="field-error" role="alert" id={id.to_string()} data-testid="lock-date-problem">
            for s in said { <span>{ s }{ " " }</span> }
        </p>
    }
}

/// The form's lock-date input (a chip's sheet has its own, `sheet-` before it).
pub const LOCKED_ON_ID: &str = "locked-on";
/// The form's amount-paid input.
pub const AMOUNT_PAID_ID: &str = "amount-paid";

/// What the figures assume until the owner gives the lock date: both sides of the guarantee's
/// cut-off, or the one side every lock the offer took is on.
fn lock_hint(lang: engine::text::Lang, screen: &Screen, assumed: engine::date::Date) -> String {
    if screen.locked_later.is_some() {
        w::LOCK_DATE_HINT.get(lang).to_string()
    } else {
        w::LOCK_DATE_HINT_ONE_CASE.fill(lang, &[("when", &w::locked_by(lang, assumed))])
    }
}

/// The lock date as typed, with its hint and problems; `id` names the input, and its hint
/// and problem after it (`{id}-hint`, `{id}-problem`), so the form and the sheet each have one.
pub fn lock_date_field(view: &View, id: &str) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let (hint, problem) = (format!("{id}-hint"), format!("{id}-problem"));
    let lock_invalid = screen.has_problem(Field::LockedOn)
        || screen.date_conflict(RequestDate::LockedOn)
        || screen.lock_note.is_some();
    // Only ids that are on the page: the hint while the date is assumed, the problem when one is said.
    let lock_described = [
        screen.assumed_lock.is_some().then_some(hint.as_str()),
        (lock_invalid && (screen.lock_note.is_some() || screen.date_conflict(RequestDate::LockedOn)))
            .then_some(problem.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let on_locked = view
        .send(|e: Event| Action::Edit(Edit::LockedOn(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ w::LOCKED_ON.get(lang) }</label>
            <input id={id.to_string()} type="date" value={view.state.draft.locked_on.clone()} onchange={on_locked}
                aria-describedby={lock_described} aria-invalid={lock_invalid.to_string()} />
            if let Some(assumed) = screen.assumed_lock { <small id={hint} class="hint">{ lock_hint(lang, screen, assumed) }</small> }
            { field_errors(screen, Field::LockedOn) }
            { lock_date_problems(screen, &problem) }
        </div>
    }
}

/// The amount paid as typed, with its hint and problems; `id` as for [`lock_date_field`].
pub fn amount_paid_field(view: &View, id: &str) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let hint = format!("{id}-hint");
    let paid_over =
        screen.quote.as_ref().is_ok_and(|q| q.notices.iter().any(|n| n.code == NoticeCode::PaidMoreThanPrice));
    let paid_invalid = screen.has_problem(Field::AmountPaid) || paid_over;
    let on_paid = view.send(|e: InputEvent| {
        Action::Edit(Edit::AmountPaid(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    });
    html! {
        <div class="field">
            <label for={id.to_string()}>{ w::AMOUNT_PAID.get(lang) }</label>
            <input id={id.to_string()} type="text" inputmode="decimal" autocomplete="off" value={view.state.draft.amount_paid.clone()}
                oninput={on_paid} aria-invalid={paid_invalid.to_string()} aria-describedby={hint.clone()} />
            <small id={hint} class="hint">{ w::AMOUNT_PAID_HINT.get(lang) }</small>
            { field_errors(screen, Field::AmountPaid) }
            { notice_list(screen, Section::AmountPaidField, "paid-over-price") }
        </div>
    }
}

/// The old trim's buttons; `kind` tells the form's from the sheet's.
pub fn old_trim_field(view: &View, kind: &'static str) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let tables = view.state.tables.clone();
    let Some((_, from, _)) = tables.offer_catalogs(&screen.request.offer) else { return html! {} };
    html! {
        <>
            { trim_picker(TrimPicker { lang, label: w::OLD_TRIM.get(lang), kind, trims: &from.trims,
                selected: &screen.request.old_order.trim, onselect: view.send(|v| Action::Edit(Edit::OldTrim(v))) }) }
            { field_errors(screen, Field::OldTrim) }
        </>
    }
}

/// The old-order form.
pub fn order_form(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let tables = view.state.tables.clone();
    let Some((_, from, _)) = tables.offer_catalogs(&screen.request.offer) else { return html! {} };
    let option_errors: Vec<_> = screen.problems_for(Field::OldOptions).collect();
    html! {
        <section part="order" class="card order" aria-labelledby="order-h">
            <h2 class="step" id="order-h" tabindex="-1">{ w::YOUR_ORDER.get(lang) }</h2>
            { offer_picker(view, &tables) }
            if let Some((closed, p)) = &screen.offer_closed {
                <p class="historical" role="note" data-testid="offer-closed">
                    { w::OFFER_CLOSED.fill(lang, &[("closed", &moment(lang, *closed))]) }
                    <ProvenanceNote {lang} provenance={p.clone()} />
                </p>
            }
            { old_trim_field(view, "old") }
            <details class="options-box" open={!view.state.draft.old_options.is_empty() || !option_errors.is_empty()}>
                <summary>{ w::OLD_OPTIONS.get(lang) }</summary>
                { option_fields(OptionFields { lang, id_prefix: "old", catalog: from, trim: &screen.request.old_order.trim,
                    chosen: &screen.old_options, errors: option_errors,
                    onchoose: view.send(|(group, option)| Action::Edit(Edit::ChooseOldOption { group, option })),
                    ontoggle: view.send(|v| Action::Edit(Edit::ToggleOldOption(v))),
                    gifts: Some((&view.state.draft.gifted_options, view.send(|v| Action::Edit(Edit::ToggleGifted(v))))) }) }
            </details>
            <div class="row2">{ lock_date_field(view, LOCKED_ON_ID) }{ amount_paid_field(view, AMOUNT_PAID_ID) }</div>
            { notice_list(screen, Section::Order, "eligibility") }
        </section>
    }
}
