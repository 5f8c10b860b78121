//! The order line's chips, and the sheet a chip opens on a phone: its one field at the bottom
//! of the screen, under the answer it changes, so the owner edits and sees the figure move
//! without scrolling. A wide screen has the form beside the answer: there a chip goes to the
//! field instead. Functions of the view, not components: the sheet is the page's `<dialog>`,
//! opened once its field is drawn, and the reducer knows which field it holds.

use yew::prelude::*;

use super::order::{amount_paid_field, lock_date_field, old_trim_field, AMOUNT_PAID_ID, LOCKED_ON_ID};
use crate::ui::browser;
use crate::ui::hooks::{after_render, View};
use crate::ui::state::{Action, OrderChip};
use crate::ui::widgets::{money_text, MoneyText};
use crate::ui::words::{self as w, fill_html};

/// Where the form has the chip's field, for a wide screen.
fn form_id(chip: OrderChip) -> &'static str {
    match chip {
        OrderChip::Trim => "order-h",
        OrderChip::LockedOn => LOCKED_ON_ID,
        OrderChip::AmountPaid => AMOUNT_PAID_ID,
    }
}

/// A chip's tap: on a phone its sheet, drawn first and then shown; on a wide screen or in the
/// iframe embed, its field.
fn tap(view: &View, chip: OrderChip) -> Callback<MouseEvent> {
    let state = view.state.clone();
    Callback::from(move |e: MouseEvent| {
        let Some(el) = e.target_dyn_into::<web_sys::Element>() else { return };
        if !browser::sheet_fits(&el) {
            browser::go_to(&el, form_id(chip));
            return;
        }
        // A field that types: its keyboard must be asked for inside the tap (iOS).
        if chip != OrderChip::Trim {
            browser::prime_sheet(&el);
        }
        state.dispatch(Action::Sheet(Some(chip)));
        // After the render, so the dialog focuses the field it holds.
        let state = state.clone();
        after_render(move || {
            if !browser::show_sheet(&el) {
                state.dispatch(Action::Sheet(None));
                browser::go_to(&el, form_id(chip));
            }
        });
    })
}

/// The owner's order as chips: old trim, lock date, amount paid.
pub fn order_line(view: &View) -> Html {
    let screen = &view.screen;
    let lang = screen.lang;
    let draft = &view.state.draft;
    let trim = view
        .tables()
        .offer_catalogs(&screen.request.offer)
        .and_then(|(_, from, _)| from.trim(&screen.request.old_order.trim).map(|t| t.name.get(lang).to_string()))
        .unwrap_or_default();
    let locked = if draft.locked_on.is_empty() {
        w::CHIP_LOCK_UNKNOWN.get(lang).to_string()
    } else {
        w::CHIP_LOCKED.fill(lang, &[("date", &draft.locked_on)])
    };
    let paid = money_text(MoneyText::new(lang, screen.request.old_order.amount_paid));
    html! {
        <p class="order-line" data-testid="order-line">
            <button type="button" class="chip" data-chip="trim" onclick={tap(view, OrderChip::Trim)}>{ trim }</button>
            <button type="button" class={classes!("chip", draft.locked_on.is_empty().then_some("ask"))} data-chip="locked-on"
                onclick={tap(view, OrderChip::LockedOn)}>{ locked }</button>
            <button type="button" class="chip" data-chip="amount-paid" onclick={tap(view, OrderChip::AmountPaid)}>
                { fill_html(lang, w::CHIP_PAID, &[("amount", paid)]) }
            </button>
        </p>
    }
}

/// An input the tap focuses while the sheet's field is drawn (`browser::prime_sheet`): the
/// same first child of the dialog, open or closed, so it stays in place until the field takes
/// the focus. Out of sight and out of the tab order.
fn primer() -> Html {
    html! { <input class="sheet-primer" aria-hidden="true" tabindex="-1" /> }
}

/// The sheet: a modal dialog at the bottom of the screen holding the open chip's field. Esc,
/// 完成, Enter or a tap beside it closes it; the browser's dialog moves focus to the field and back to the chip.
pub fn sheet(view: &View) -> Html {
    let lang = view.lang();
    let (name, field) = match view.state.sheet {
        Some(OrderChip::Trim) => (w::OLD_TRIM, old_trim_field(view, "sheet")),
        Some(OrderChip::LockedOn) => (w::LOCKED_ON, lock_date_field(view, &format!("sheet-{LOCKED_ON_ID}"))),
        Some(OrderChip::AmountPaid) => (w::AMOUNT_PAID, amount_paid_field(view, &format!("sheet-{AMOUNT_PAID_ID}"))),
        None => return html! { <dialog class="sheet" data-testid="sheet">{ primer() }</dialog> },
    };
    let whole_order = Callback::from(|e: MouseEvent| {
        if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
            browser::close_sheet(&el);
            browser::go_to(&el, "order-h");
        }
    });
    // The form fills the dialog: a click on the dialog itself is on its backdrop, beside the sheet.
    let backdrop = Callback::from(|e: MouseEvent| {
        if let Some(d) = e.target_dyn_into::<web_sys::HtmlDialogElement>() {
            d.close();
        }
    });
    // The close event comes a task after the close: a chip tapped in between has opened the
    // sheet again, and the late event must not empty it.
    let state = view.state.clone();
    let closed = Callback::from(move |e: Event| {
        if e.target_dyn_into::<web_sys::HtmlDialogElement>().is_some_and(|d| !d.open()) {
            state.dispatch(Action::Sheet(None));
        }
    });
    html! {
        <dialog class="sheet" data-testid="sheet" aria-label={name.get(lang)} onclick={backdrop} onclose={closed}>
            { primer() }
            // The app checks the field itself: a half-typed date must not keep the sheet open.
            <form method="dialog" novalidate=true>
                { field }
                <p class="sheet-actions">
                    <button type="button" class="link-button" onclick={whole_order}>{ w::SHEET_WHOLE_ORDER.get(lang) }</button>
                    <button class="sheet-done" data-action="sheet-done">{ w::SHEET_DONE.get(lang) }</button>
                </p>
            </form>
        </dialog>
    }
}
