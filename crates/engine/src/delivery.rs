//! When each path's car is expected, what the owner must do by when, and the steps to switch:
//! an offer's delivery table read for one request. Windows are the offer's sourced estimates,
//! chosen for the trims the request names; whether each path's invoice date falls inside its
//! window is said, never corrected silently.

use serde::{Deserialize, Serialize};

use super::date::{Date, Moment};
use super::figure::{Figure, Provenance};
use super::provenance::cite;
use super::tables::{DeliveryWindow, Offer};
use super::text::Text;
use super::words;

/// The delivery outlook of a quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeliveryOutlook {
    /// When the kept order is expected.
    pub keep: Vec<WindowLine>,
    /// When the switched order is expected; empty where there is no new car.
    pub switch: Vec<WindowLine>,
    /// What the owner had to do by when, earliest first: the switch window's close, then the
    /// offer's other deadlines.
    pub deadlines: Vec<DeadlineLine>,
    /// The steps to switch, in order.
    pub steps: Vec<StepLine>,
}

/// One expected delivery window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WindowLine {
    /// The window's id in the offer's table.
    pub id: String,
    /// What the window is.
    pub label: Text,
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
    /// The invoice date picking this window stands for.
    pub invoice: Date,
    /// True when the request's invoice date for this path falls in the window.
    pub invoice_inside: bool,
    /// Where the window comes from.
    pub provenance: Provenance,
}

/// A moment to act by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeadlineLine {
    /// The last moment.
    pub at: Moment,
    /// What had to be done by then.
    pub what: Text,
    /// Where it comes from.
    pub provenance: Provenance,
}

impl DeadlineLine {
    /// True when the deadline is behind `today` (its whole day has gone).
    #[must_use]
    pub fn passed_by(&self, today: Date) -> bool {
        self.at.date < today
    }
}

/// One step to switch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepLine {
    /// What to do.
    pub text: Text,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The windows of one path for `trim`, each told whether `invoice` falls in it.
fn windows(offer: &Offer, table: &[Figure<DeliveryWindow>], trim: &str, invoice: Date) -> Vec<WindowLine> {
    table
        .iter()
        .filter(|f| f.value.is_for(trim))
        .map(|f| WindowLine {
            id: f.value.id.clone(),
            label: f.value.label.clone(),
            from: f.value.from,
            to: f.value.to,
            invoice: f.value.invoice,
            invoice_inside: f.value.holds(invoice),
            provenance: cite(&offer.sources, f),
        })
        .collect()
}

/// The switch window's close as the first deadline.
fn window_close(offer: &Offer) -> DeadlineLine {
    DeadlineLine {
        at: offer.timeline.window_closes.value,
        what: words::WINDOW_CLOSES.both(),
        provenance: cite(&offer.sources, &offer.timeline.window_closes),
    }
}

/// The request's two paths: (old trim, keep invoice date) and, where there is a new car,
/// (new trim, switch invoice date).
pub type PathDates<'a> = ((&'a str, Date), Option<(&'a str, Date)>);

/// The offer's delivery outlook for one request; `None` when the offer's table has none.
///
/// ```
/// use engine::{date::Date, delivery::outlook};
/// let tables = bundled::tables().unwrap();
/// let offer = tables.offer("su7-gen1-to-gen2-2026").unwrap();
/// let april: Date = "2026-04-15".parse().unwrap();
/// let o = outlook(offer, (("max", "2026-02-15".parse().unwrap()), Some(("max", april)))).unwrap();
/// assert!(o.switch.iter().all(|w| w.invoice_inside));
/// assert_eq!(o.deadlines.first().unwrap().at.to_string(), "2026-01-09 24:00");
/// ```
#[must_use]
pub fn outlook(offer: &Offer, ((old_trim, keep_invoice), switch): PathDates<'_>) -> Option<DeliveryOutlook> {
    let d = offer.delivery.as_ref()?;
    let deadlines = std::iter::once(window_close(offer))
        .chain(d.deadlines.iter().map(|f| DeadlineLine {
            at: f.value.at,
            what: f.value.what.clone(),
            provenance: cite(&offer.sources, f),
        }))
        .collect();
    Some(DeliveryOutlook {
        keep: windows(offer, &d.keep, old_trim, keep_invoice),
        switch: switch.map(|(trim, invoice)| windows(offer, &d.switch, trim, invoice)).unwrap_or_default(),
        deadlines,
        steps: d
            .steps
            .iter()
            .map(|f| StepLine { text: f.value.clone(), provenance: cite(&offer.sources, f) })
            .collect(),
    })
}
