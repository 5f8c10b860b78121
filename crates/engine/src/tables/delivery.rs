//! When each path's car is expected and what the owner must do by when: an offer's delivery
//! windows, its extra deadlines and its next steps, each a sourced figure.

use serde::{Deserialize, Serialize};

use crate::date::{Date, Moment};
use crate::figure::Figure;
use crate::text::Text;

/// An offer's delivery outlook.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeliveryTable {
    /// When the kept order is expected, one window per case (e.g. per trim).
    pub keep: Vec<Figure<DeliveryWindow>>,
    /// When the switched order is expected.
    pub switch: Vec<Figure<DeliveryWindow>>,
    /// Dates the owner must act by besides the switch window's close (which the timeline
    /// already gives), earliest first.
    #[serde(default)]
    pub deadlines: Vec<Figure<Deadline>>,
    /// What to do to switch, in order.
    pub steps: Vec<Figure<Text>>,
}

/// A span of days a car is expected in, and the invoice date it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeliveryWindow {
    /// Stable id within its path.
    pub id: String,
    /// What the window is, in the owner's words ("一代停产前").
    pub label: Text,
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
    /// The invoice date quoted when the owner picks this window: a day inside it.
    pub invoice: Date,
    /// The trims (of that path's catalog) it is for; empty for every trim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trims: Vec<String>,
}

impl DeliveryWindow {
    /// True when the window is for `trim`.
    #[must_use]
    pub fn is_for(&self, trim: &str) -> bool {
        self.trims.is_empty() || self.trims.iter().any(|t| t == trim)
    }

    /// True when `date`'s month falls in the window: owners give a delivery month (read as its
    /// last day), so a window is met by any day of the months it touches.
    #[must_use]
    pub fn holds(&self, date: Date) -> bool {
        let month = |d: Date| (d.year(), d.month());
        (month(self.from)..=month(self.to)).contains(&month(date))
    }
}

/// A moment the owner must act by, and what is lost after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// The last moment.
    pub at: Moment,
    /// What must be done by then, and what is lost after.
    pub what: Text,
}
