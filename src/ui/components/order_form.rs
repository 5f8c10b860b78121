//! Step 1: the locked order — offer, trim, options, lock date, amount paid — and whether it
//! qualifies.

use yew::prelude::*;

use super::field_errors::field_errors;
use super::{OptionFields, TrimPicker};
use crate::engine::quote::{NoticeCode, Quote};
use crate::session::Field;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{Action, StateContext};

/// Props of [`OrderForm`].
#[derive(Properties, PartialEq)]
pub struct OrderFormProps {
    /// The current quote, for eligibility notices.
    pub quote: Option<std::rc::Rc<Quote>>,
}

/// The old-order form.
#[component]
pub fn OrderForm(props: &OrderFormProps) -> Html {
    let Some(state) = use_context::<StateContext>() else { return html! {} };
    let lang = state.draft.lang;
    let tables = state.tables.clone();
    let Some((offer, from, _)) = tables.offer_catalogs(&state.draft.offer) else { return html! {} };
    let req = &state.resolved.request;
    let dispatch = |f: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(f(v)))
    };
    let on_offer = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Action::SetOffer(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
        })
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |(group, option): (String, Option<String>)| {
            state.dispatch(Action::ChooseOldOption { group, option })
        })
    };
    let on_toggle = dispatch(Action::ToggleOldOption);
    let on_locked = {
        let set = dispatch(Action::SetLockedOn);
        Callback::from(move |e: Event| set.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_paid = {
        let set = dispatch(Action::SetAmountPaid);
        Callback::from(move |e: InputEvent| set.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let option_errors: Vec<_> =
        state.resolved.errors.iter().filter(|e| e.field == Field::OldOptions).cloned().collect();
    let notices: Vec<_> = props
        .quote
        .iter()
        .flat_map(|q| q.notices.iter())
        .filter(|n| {
            matches!(
                n.code,
                NoticeCode::NoSuccessor
                    | NoticeCode::LockedAfterCutoff
                    | NoticeCode::OfferEligibility
                    | NoticeCode::PaidMoreThanPrice
            )
        })
        .cloned()
        .collect();
    let has_err = |f: Field| state.resolved.errors.iter().any(|e| e.field == f);
    html! {
        <section class="card order" aria-labelledby="order-h">
            <h2 id="order-h">{ t(lang, Msg::YourOrder) }</h2>
            if tables.offers.len() > 1 {
                <div class="field">
                    <label for="offer">{ t(lang, Msg::Offer) }</label>
                    <select id="offer" onchange={on_offer}>
                    { for tables.offers.iter().map(|o| html! {
                        <option value={o.id.clone()} selected={o.id == offer.id}>{ o.name.get(lang).to_string() }</option>
                    }) }
                    </select>
                </div>
            }
            <TrimPicker {lang} label={t(lang, Msg::OldTrim)} kind="old" trims={from.trims.clone()}
                selected={req.old_order.trim.clone()} onselect={dispatch(Action::SetOldTrim)} />
            <details class="options-box" open={!state.draft.old_options.is_empty() || !option_errors.is_empty()}>
                <summary>{ t(lang, Msg::OldOptions) }</summary>
                <OptionFields {lang} id_prefix="old" catalog={from.clone()} trim={req.old_order.trim.clone()}
                    chosen={crate::engine::configuration::complete(from, &crate::engine::configuration::Configuration {
                        trim: req.old_order.trim.clone(), options: state.draft.old_options.clone() }).options}
                    errors={option_errors} onchoose={on_choose} ontoggle={on_toggle} />
            </details>
            <div class="row2">
                <div class="field">
                    <label for="locked-on">{ t(lang, Msg::LockedOn) }</label>
                    <input id="locked-on" type="date" value={state.draft.locked_on.clone()} onchange={on_locked}
                        aria-invalid={has_err(Field::LockedOn).to_string()} />
                    { field_errors(&state, Field::LockedOn, lang) }
                </div>
                <div class="field">
                    <label for="amount-paid">{ t(lang, Msg::AmountPaid) }</label>
                    <input id="amount-paid" type="text" inputmode="decimal" autocomplete="off" value={state.draft.amount_paid.clone()}
                        oninput={on_paid} aria-invalid={has_err(Field::AmountPaid).to_string()} aria-describedby="amount-paid-hint" />
                    <small id="amount-paid-hint" class="hint">{ t(lang, Msg::AmountPaidHint) }</small>
                    { field_errors(&state, Field::AmountPaid, lang) }
                </div>
            </div>
            if !notices.is_empty() {
                <ul class="notices" data-testid="eligibility">
                { for notices.iter().map(|n| html! {
                    <li class={classes!("notice", format!("notice-{:?}", n.code).to_lowercase())} data-code={format!("{:?}", n.code)}>
                        { n.message.get(lang).to_string() }
                        if let Some(p) = &n.provenance { <super::ProvenanceNote {lang} provenance={p.clone()} /> }
                    </li>
                }) }
                </ul>
            }
        </section>
    }
}
