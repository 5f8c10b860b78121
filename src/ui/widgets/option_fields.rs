//! The option groups of a catalog for one trim: a select for one-option groups, checkboxes for
//! the others, each with its rule violations written next to it.

use yew::prelude::*;

use crate::ui::widgets::{problem_list, ProvenanceNote};
use crate::ui::words as w;
use engine::configuration::{in_group, option_price};
use engine::format::{yuan_in, Precision};
use engine::provenance::cite;
use engine::tables::{CarOption, Catalog, Choice, OptionGroup};
use engine::text::Lang;
use session::FieldError;

/// What [`option_fields`] shows.
pub struct OptionFields<'a> {
    /// Display language.
    pub lang: Lang,
    /// Prefix for element ids (`old`, `new`), so labels stay unique on the page.
    pub id_prefix: &'static str,
    /// The catalog whose options are shown.
    pub catalog: &'a Catalog,
    /// The trim whose options are shown.
    pub trim: &'a str,
    /// Chosen options (`group/option`).
    pub chosen: &'a [String],
    /// Problems to show, matched to groups by `FieldError::group`.
    pub errors: Vec<&'a FieldError>,
    /// A one-option group's choice: `(group, option)`.
    pub onchoose: Callback<(String, Option<String>)>,
    /// An any-number group's option toggled.
    pub ontoggle: Callback<String>,
    /// Options marked as received free with the order, and the callback that marks or unmarks
    /// one: the old order only, where benefits apply.
    pub gifts: Option<(&'a [String], Callback<String>)>,
}

/// An option's label: name, price when not free, and the estimate mark.
fn option_label(lang: Lang, o: &CarOption, trim: &str) -> String {
    let price = option_price(o, trim);
    let name = o.name.get(lang);
    // List prices are whole yuan: the overview's precision.
    let named = if price.is_zero() {
        name.to_string()
    } else {
        w::OPTION_PRICED.fill(lang, &[("option", name), ("price", &yuan_in(price, Precision::Yuan))])
    };
    if o.price.status.is_estimate() {
        w::ESTIMATED.fill(lang, &[("figure", &named)])
    } else {
        named
    }
}

/// A one-option group as a select.
fn one_of(props: &OptionFields<'_>, g: &OptionGroup, offered: &[&CarOption], id: &str, invalid: bool) -> Html {
    let current = props.chosen.iter().find(|o| in_group(o, &g.id)).cloned().unwrap_or_default();
    let onchoose = props.onchoose.clone();
    let group = g.id.clone();
    let onchange = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        onchoose.emit((group.clone(), (!v.is_empty()).then_some(v)));
    });
    let described = invalid.then(|| format!("{id}-error"));
    html! {
        <select id={id.to_string()} data-group={g.id.clone()} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described}>
            for o in offered {
                { {
                    let value = format!("{}/{}", g.id, o.id);
                    let selected = value == current;
                    html! { <option {selected} {value}>{ option_label(props.lang, o, props.trim) }</option> }
                } }
            }
        </select>
    }
}

/// An any-number group as checkboxes.
fn any_of(props: &OptionFields<'_>, g: &OptionGroup, offered: &[&CarOption], id: &str, invalid: bool) -> Html {
    let check = |o: &CarOption| {
        let value = format!("{}/{}", g.id, o.id);
        let ontoggle = props.ontoggle.clone();
        let v = value.clone();
        html! {
            <label class="check">
                <input type="checkbox" data-option={value.clone()} checked={props.chosen.contains(&value)}
                    onchange={Callback::from(move |_| ontoggle.emit(v.clone()))} />
                { option_label(props.lang, o, props.trim) }
            </label>
        }
    };
    let described = invalid.then(|| format!("{id}-error"));
    html! {
        <div class="checks" role="group" aria-labelledby={format!("{id}-label")} aria-describedby={described}>
            for o in offered { { check(o) } }
        </div>
    }
}

/// For each chosen option of the group that some orders got free, the owner's "mine was free"
/// box, with the benefit's terms and source.
fn benefit_boxes(props: &OptionFields<'_>, g: &OptionGroup) -> Html {
    let Some((gifted, ongift)) = &props.gifts else { return html! {} };
    let catalog = props.catalog;
    let lang = props.lang;
    let boxes = g.options.iter().filter_map(|o| {
        let value = format!("{}/{}", g.id, o.id);
        let benefit = o.order_benefit.as_ref().filter(|_| props.chosen.contains(&value))?;
        let ongift = ongift.clone();
        let v = value.clone();
        Some(html! {
            <label class="check benefit">
                <input type="checkbox" data-gifted={value.clone()} checked={gifted.contains(&value)}
                    onchange={Callback::from(move |_| ongift.emit(v.clone()))} />
                { w::GOT_FREE.fill(lang, &[("benefit", benefit.value.get(lang))]) }
                <ProvenanceNote {lang} provenance={cite(&catalog.sources, benefit)} />
            </label>
        })
    });
    boxes.collect::<Html>()
}

/// One group: its label, its control and its problems; nothing when the trim offers none.
fn group_field(props: &OptionFields<'_>, g: &OptionGroup) -> Html {
    let id = format!("{}-{}", props.id_prefix, g.id);
    let errors: Vec<&FieldError> =
        props.errors.iter().copied().filter(|e| e.group.as_deref() == Some(g.id.as_str())).collect();
    let offered: Vec<&CarOption> = g.options.iter().filter(|o| o.offered_on(props.trim)).collect();
    if offered.is_empty() {
        return html! {};
    }
    let invalid = !errors.is_empty();
    let control = match g.choice {
        Choice::One => one_of(props, g, &offered, &id, invalid),
        Choice::Any => any_of(props, g, &offered, &id, invalid),
    };
    html! {
        <div class="field">
            <label id={format!("{id}-label")} for={id.clone()}>{ g.name.get(props.lang).to_string() }</label>
            { control }
            { benefit_boxes(props, g) }
            { problem_list(props.lang, errors, Some(format!("{id}-error")), None) }
        </div>
    }
}

/// The option groups as form controls, then any problem no shown group can hold (an unknown
/// trim or option), so none goes unseen. A function, not a component: it holds no state.
pub fn option_fields(props: OptionFields<'_>) -> Html {
    let groups = &props.catalog.option_groups;
    let shown =
        |group: &str| groups.iter().any(|g| g.id == group && g.options.iter().any(|o| o.offered_on(props.trim)));
    let orphans: Vec<&FieldError> =
        props.errors.iter().copied().filter(|e| !e.group.as_deref().is_some_and(shown)).collect();
    html! {
        <div class="option-fields">
            for g in groups { { group_field(&props, g) } }
            { problem_list(props.lang, orphans, None, Some(props.id_prefix.to_string())) }
        </div>
    }
}
