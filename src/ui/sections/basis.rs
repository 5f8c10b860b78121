//! What the quote rests on, for paper: the lock date, the amount paid, the price list, both
//! invoice months, the quote date and every notice — and a QR code of the share link, so a
//! printed quote leads back to the live one. The poster shows the same rows.

use yew::prelude::*;

use crate::ui::app::quote_day;
use crate::ui::browser;
use crate::ui::dates::month;
use crate::ui::hooks::{use_view, View};
use crate::ui::words as w;
use engine::format::yuan;
use session::{Qr, Screen};

/// One row of what the quote rests on: (label, value), in the reader's language.
pub type BasisRow = (&'static str, String);

/// What the quote rests on, row by row; the print block and the poster both show these.
#[must_use]
pub fn basis_rows(view: &View) -> Vec<BasisRow> {
    let screen = &view.screen;
    let (lang, r) = (screen.lang, &screen.request);
    let locked = match screen.assumed_lock {
        // Both sides of the guarantee's cut-off are shown, or (every lock the offer took being
        // in time) the one.
        Some(_) if screen.locked_later.is_some() => w::LOCK_NOT_GIVEN.get(lang).to_string(),
        Some(assumed) => w::LOCK_NOT_GIVEN_ONE_CASE.fill(lang, &[("when", &w::locked_by(lang, assumed))]),
        None => r.old_order.locked_on.to_string(),
    };
    // The new car's price list and invoice month, where the quote has a new car.
    let switched = screen.quote.as_ref().is_ok_and(|q| q.switch.is_some());
    let price_list = view
        .tables()
        .offer_catalogs(&r.offer)
        .and_then(|(o, _, to)| {
            let id = r.price_list.as_deref().or(o.switch.as_ref().map(|w| w.default_price_list.value.as_str()))?;
            to?.price_lists.iter().find(|pl| pl.id == id)
        })
        .filter(|_| switched)
        .map(|pl| (w::PRICE_LIST.get(lang), pl.name.get(lang).to_string()));
    let mut rows = vec![(w::LOCKED_ON.get(lang), locked), (w::BASIS_PAID.get(lang), yuan(r.old_order.amount_paid))];
    rows.extend(price_list);
    rows.push((w::BASIS_KEEP_INVOICE.get(lang), month(lang, r.keep_invoice_date)));
    if switched {
        rows.push((w::BASIS_SWITCH_INVOICE.get(lang), month(lang, r.switch_invoice_date)));
    }
    rows.push((w::QUOTE_DATE.get(lang), quote_day(view)));
    rows
}

/// The share link of what is shown.
#[must_use]
pub fn share_link(screen: &Screen) -> String {
    browser::link_with_fragment(&screen.share_fragment)
}

/// The same link in the compact form a QR code packs tighter.
#[must_use]
pub fn code_link(screen: &Screen) -> String {
    browser::link_with_fragment(&session::compact_link(&screen.share_fragment))
}

/// The link in its compact form as an SVG QR code: `(side, path)`, an empty path before the
/// page is printed or when the link is too long for any code — the same elements either way,
/// so the pre-rendered page and the browser's first render have one shape.
fn qr_svg(side_and_path: &(usize, String), label: &str) -> Html {
    let (side, path) = side_and_path;
    html! {
        <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label.to_string()} shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={path.clone()} fill="#000" />
        </svg>
    }
}

/// The print-only block: what the quote rests on, its notices, and the QR code.
#[component]
pub fn QuoteBasis() -> Html {
    let view = use_view();
    // Encoded once per link, not on every keystroke; and only once the page is printed.
    let link = view.as_ref().filter(|v| v.state.print_code).map(|v| code_link(&v.screen)).unwrap_or_default();
    let code = use_memo(link, |link| {
        Some(link)
            .filter(|l| !l.is_empty())
            .and_then(|l| Qr::of(l))
            .map_or((1, String::new()), |q| (q.side_with_quiet_zone(), q.svg_path()))
    });
    let Some(view) = view else { return html! {} };
    let lang = view.lang();
    let notices: Vec<String> = view
        .screen
        .quote
        .as_ref()
        .map(|q| q.notices.iter().map(|n| n.message.get(lang).to_string()).collect())
        .unwrap_or_default();
    let scan = w::SCAN_FOR_QUOTE.get(lang);
    html! {
        <section class="quote-basis print-only" data-testid="quote-basis">
            <h2 class="step">{ w::BASIS.get(lang) }</h2>
            <div class="basis-body">
                <dl>
                    for (label, value) in basis_rows(&view) { <div><dt>{ label }</dt><dd>{ value }</dd></div> }
                </dl>
                <figure class="qr-box">
                    { qr_svg(&code, scan) }
                    <figcaption>{ scan }</figcaption>
                </figure>
            </div>
            if !notices.is_empty() {
                <ul class="basis-notices">for n in notices { <li>{ n }</li> }</ul>
            }
        </section>
    }
}
