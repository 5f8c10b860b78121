//! The sources behind the quote's lines, listed once each (for print, where disclosures stay
//! closed).

use yew::prelude::*;

use crate::ui::hooks::View;
use crate::ui::words as w;
use engine::figure::Provenance;

/// A numbered list of the distinct sources used by the quote.
pub fn quote_sources(view: &View) -> Html {
    let lang = view.lang();
    let Ok(q) = &view.screen.quote else { return html! {} };
    let mut seen: Vec<&Provenance> = Vec::new();
    for p in std::iter::once(&q.keep).chain(q.switch.iter()) {
        let lines = p.items.iter().chain([&p.amount_paid, &p.guarantee]);
        for prov in lines.filter_map(|l| l.provenance.as_ref()) {
            // One line per source, told apart by what the page has of it: its label and where it
            // was read (the app page's tables carry no titles). Our own reasoning, cited by
            // several figures, is one line.
            if !seen.iter().any(|s| (&s.label, &s.url) == (&prov.label, &prov.url)) {
                seen.push(prov);
            }
        }
    }
    html! {
        <section class="quote-sources print-only">
            <h2 class="step">{ w::SOURCES.get(lang) }</h2>
            <ol>
            for p in seen {
                <li>{ p.label.get(lang).to_string() }{ " · " }{ p.date.to_string() }
                    if p.status.is_estimate() { { " · " }<span class="est">{ w::ESTIMATE.get(lang) }</span> }
                    </li>
            }
            </ol>
        </section>
    }
}
