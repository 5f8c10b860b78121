//! Keep and switch as two stacked bars on one scale: what is already paid, what the subsidy
//! takes off, what is still owed to the seller, and the purchase tax. The last two are the
//! cash still needed, drawn solid; the first two are drawn light. Drawn in SVG (no inline
//! style: the page's CSP forbids it); each segment names itself and its amount on hover, and
//! the table below gives every line (the picture is hidden from screen readers for that).

use yew::prelude::*;

use crate::ui::widgets::{money_text, MoneyText};
use crate::ui::words::{self as w};
use engine::money::Money;
use engine::quote::{PathQuote, Quote};
use engine::text::{Lang, Words};

/// The parts of a bar, in drawing order.
const PARTS: [(Words, &str); 4] =
    [(w::BAR_PAID, "paid"), (w::BAR_SUBSIDY, "subsidy"), (w::BAR_OWED, "owed"), (w::BAR_TAX, "tax")];

/// Each path with its parts as thousandths of the longer path's whole, keep first: the one
/// scale the screen's bars and the poster's share.
pub fn scaled(q: &Quote) -> Vec<(Words, &PathQuote, [u16; 4])> {
    let paths: Vec<(Words, &PathQuote)> =
        [(w::KEEP, &q.keep)].into_iter().chain(q.switch.as_ref().map(|s| (w::SWITCH, s))).collect();
    let scale = paths.iter().map(|(_, p)| p.parts().1).fold(Money::ZERO, Money::max);
    paths.into_iter().map(|(name, p)| (name, p, p.parts().0.map(|part| part.per_mille_of(scale)))).collect()
}

/// The parts' names, in drawing order.
pub fn part_names(lang: Lang) -> Vec<String> {
    PARTS.iter().map(|(name, _)| name.get(lang).to_string()).collect()
}

/// One path's bar.
fn bar(lang: Lang, label: Words, p: &PathQuote, widths: [u16; 4]) -> Html {
    let mut x: u16 = 0;
    let segments: Vec<Html> = PARTS
        .iter()
        .zip(p.parts().0)
        .zip(widths)
        .map(|(((name, class), amount), width)| {
            let at = x;
            x = x.saturating_add(width);
            let title = format!("{} {}", name.get(lang), engine::format::yuan(amount));
            html! {
                <rect class={*class} x={at.to_string()} y="0" width={width.to_string()} height="20"><title>{ title }</title></rect>
            }
        })
        .collect();
    html! {
        <div class="bar-row">
            <span class="bar-label">{ label.get(lang) }</span>
            <svg class="path-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                { for segments }
            </svg>
            <span class="bar-total">{ money_text(MoneyText::new(lang, p.cash_needed.amount)) }</span>
        </div>
    }
}

/// Both bars and their legend; nothing for a keep-only quote.
pub fn path_bars(lang: Lang, q: &Quote) -> Html {
    if q.switch.is_none() {
        return html! {};
    }
    html! {
        <figure class="bars" data-testid="path-bars">
            <figcaption>{ w::BARS_CAPTION.get(lang) }</figcaption>
            for (label, p, widths) in scaled(q) { { bar(lang, label, p, widths) } }
            <ul class="bar-legend">
                for (name, class) in PARTS.iter() { <li class={*class}><span class="swatch" aria-hidden="true"></span>{ name.get(lang) }</li> }
            </ul>
        </figure>
    }
}
