//! A `<details>` whose content enters the page only once it is opened: a screen has dozens of
//! disclosures (sources, items, tax steps, price lists) and most are never opened.

use yew::prelude::*;

/// Props of [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Class of the `<details>` element.
    #[prop_or_default]
    pub class: Classes,
    /// What the closed disclosure shows.
    pub summary: Html,
    /// What it shows once opened.
    pub children: Html,
}

/// The disclosure; its children are rendered while it is open.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()))
    };
    html! {
        <details class={props.class.clone()} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *open { { props.children.clone() } }
        </details>
    }
}
