//! The notices of one section of the screen, each with its source.

use yew::prelude::*;

use crate::ui::places::{notice_section, Section};
use crate::ui::widgets::ProvenanceNote;
use crate::variant::code;
use engine::quote::Notice;
use session::Screen;

/// The notices a section lists, each with its source.
pub fn notice_list(screen: &Screen, section: Section, test_id: &'static str) -> Html {
    let Ok(q) = &screen.quote else { return html! {} };
    let shown: Vec<&Notice> = q.notices.iter().filter(|n| notice_section(n.code) == section).collect();
    if shown.is_empty() {
        return html! {};
    }
    let lang = screen.lang;
    html! {
        <ul class="notices" data-testid={test_id}>
            for n in shown {
                <li class={classes!("notice", format!("notice-{}", code(&n.code)))} data-code={code(&n.code)}>
                    { n.message.get(lang).to_string() }
                    if let Some(p) = &n.provenance { <ProvenanceNote {lang} provenance={p.clone()} /> }
                </li>
            }
        </ul>
    }
}
