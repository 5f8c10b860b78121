//! The option groups of a catalog for one trim: a select for one-option groups, checkboxes for
//! the others, each with its rule violations written next to it.

use yew::prelude::*;

use crate::engine::configuration::{in_group, option_price};
use crate::engine::format::yuan;
use crate::engine::tables::{Catalog, Choice};
use crate::engine::text::Lang;
use crate::session::FieldError;
use crate::ui::i18n::{t, Msg};

/// Props of [`OptionFields`].
#[derive(Properties, PartialEq)]
pub struct OptionFieldsProps {
    /// Display language.
    pub lang: Lang,
    /// Prefix for element ids (`old`, `new`), so labels stay unique on the page.
    pub id_prefix: AttrValue,
    /// The catalog.
    pub catalog: Catalog,
    /// The trim whose options are shown.
    pub trim: String,
    /// Chosen options (`group/option`).
    pub chosen: Vec<String>,
    /// Problems to show, matched to groups by `FieldError::group`.
    pub errors: Vec<FieldError>,
    /// A one-option group's choice: `(group, option)`.
    pub onchoose: Callback<(String, Option<String>)>,
    /// An any-number group's option toggled.
    pub ontoggle: Callback<String>,
}

/// The option groups as form controls.
#[component]
pub fn OptionFields(props: &OptionFieldsProps) -> Html {
    let lang = props.lang;
    let label = |o: &crate::engine::tables::CarOption| {
        let price = option_price(o, &props.trim);
        let est = if o.price.status.is_estimate() { format!(" ({})", t(lang, Msg::Estimate)) } else { String::new() };
        if price.is_zero() {
            format!("{}{est}", o.name.get(lang))
        } else {
            format!("{} +{}{est}", o.name.get(lang), yuan(price))
        }
    };
    html! {
        <div class="option-fields">
        { for props.catalog.option_groups.iter().map(|g| {
            let id = format!("{}-{}", props.id_prefix, g.id);
            let errors: Vec<&FieldError> = props.errors.iter().filter(|e| e.group.as_deref() == Some(g.id.as_str())).collect();
            let err_id = format!("{id}-error");
            let described = (!errors.is_empty()).then(|| err_id.clone());
            let offered: Vec<_> = g.options.iter().filter(|o| o.offered_on(&props.trim)).collect();
            if offered.is_empty() {
                return html! {};
            }
            let control = match g.choice {
                Choice::One => {
                    let current = props.chosen.iter().find(|o| in_group(o, &g.id)).cloned().unwrap_or_default();
                    let onchoose = props.onchoose.clone();
                    let group = g.id.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        onchoose.emit((group.clone(), (!v.is_empty()).then_some(v)));
                    });
                    html! {
                        <select id={id.clone()} data-group={g.id.clone()} {onchange} aria-invalid={(!errors.is_empty()).to_string()} aria-describedby={described}>
                        { for offered.iter().map(|o| {
                            let value = format!("{}/{}", g.id, o.id);
                            html! { <option selected={value == current} value={value.clone()}>{ label(o) }</option> }
                        }) }
                        </select>
                    }
                }
                Choice::Any => html! {
                    <div class="checks" role="group" aria-labelledby={format!("{id}-label")} aria-describedby={described}>
                    { for offered.iter().map(|o| {
                        let value = format!("{}/{}", g.id, o.id);
                        let ontoggle = props.ontoggle.clone();
                        let v = value.clone();
                        html! {
                            <label class="check">
                                <input type="checkbox" data-option={value.clone()} checked={props.chosen.contains(&value)}
                                    onchange={Callback::from(move |_| ontoggle.emit(v.clone()))} />
                                { label(o) }
                            </label>
                        }
                    }) }
                    </div>
                },
            };
            html! {
                <div class="field">
                    <label id={format!("{id}-label")} for={id.clone()}>{ g.name.get(lang).to_string() }</label>
                    { control }
                    if !errors.is_empty() {
                        <p class="field-error" id={err_id} role="alert">
                            { for errors.iter().map(|e| html! { <span>{ e.message.get(lang).to_string() }{" "}</span> }) }
                        </p>
                    }
                </div>
            }
        }) }
        </div>
    }
}
