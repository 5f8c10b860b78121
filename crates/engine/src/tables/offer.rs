//! An offer: who may switch a locked order from one catalog to another, and on what terms.

use serde::{Deserialize, Serialize};

use crate::date::{Date, Moment, SourceDate};
use crate::figure::{Figure, Sources, Status};
use crate::money::Money;
use crate::text::Text;

/// An offer to owners of locked orders: the guarantee they hold and, where the offer has one, a
/// new car to switch to (e.g. first-gen SU7 locked orders → new-gen SU7). An offer without a
/// `switch` block is a guarantee-only offer: keeping the order is its one path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Table format version; this build reads 2.
    pub schema: u32,
    /// Always `"offer"`.
    pub kind: String,
    /// Stable id.
    pub id: String,
    /// The offer's name.
    pub name: Text,
    /// Catalog of the locked order.
    pub from_catalog: String,
    /// The tax guarantee an eligible order holds (by id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantee: Option<String>,
    /// Sources cited by this file's figures, by key.
    pub sources: Sources,
    /// The offer's terms in words, each sourced.
    pub terms: Vec<Figure<Text>>,
    /// Only locked (锁单) orders qualify.
    pub requires_locked: bool,
    /// Only orders undelivered when the offer opened qualify.
    pub requires_undelivered: bool,
    /// The offer's window: when it opened and the last lock it took.
    pub timeline: Timeline,
    /// Starting values for the owner's form. Our choice of typical dates, not offer terms.
    pub ui_defaults: UiDefaults,
    /// The new car and the terms of switching to it; absent for a guarantee-only offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch: Option<Switch>,
    /// The seller's finance terms as reported, the loan view's starting point; absent where
    /// no source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance: Option<FinanceTerms>,
    /// When each path's car is expected, the deadlines and the steps to switch; absent where
    /// no source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<super::DeliveryTable>,
}

/// What switching gives: the catalog switched to, the terms the old order keeps, how old trims
/// and options map, the gifts, and the new car's dates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Switch {
    /// Catalog of the car switched to.
    pub to_catalog: String,
    /// Price list of `to_catalog` the upgrader pays, used unless the request names another; a
    /// sourced figure, since which list applies is itself a reading for some offers.
    pub default_price_list: Figure<String>,
    /// Whether what the old order paid counts toward the new car.
    pub amount_paid_carries_over: Figure<bool>,
    /// Whether the switched order keeps the guarantee of the original order.
    pub guarantee_retained: Figure<bool>,
    /// Which car the kept guarantee is computed on.
    pub guarantee_basis: Figure<GuaranteeBasis>,
    /// Old trim → new trim, one entry for every trim of `from_catalog`.
    pub trim_map: Vec<TrimMapping>,
    /// Old option → new option where the ids differ or the option ended. Options not listed
    /// carry over when the new catalog has the same `group/option` on the new trim.
    #[serde(default)]
    pub option_map: Vec<OptionMapping>,
    /// Gifts that come with switching.
    #[serde(default)]
    pub gifts: Vec<Gift>,
    /// The new car's launch (final prices, sales open).
    pub new_car_launch: Figure<Moment>,
    /// The new car's first deliveries: no switch invoice can be earlier.
    pub first_deliveries: Figure<Moment>,
    /// A typical invoice date for the new car, with the reasoning behind it: the form's
    /// starting value, our choice, not an offer term.
    pub typical_invoice: Figure<Date>,
}

/// A seller's car-finance terms, each sourced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FinanceTerms {
    /// The annual fee rate (年化费率) on the amount borrowed, as a fraction.
    pub fee_rate: Figure<rust_decimal::Decimal>,
    /// The smallest down payment, as a share of the price.
    pub min_down_share: Figure<rust_decimal::Decimal>,
    /// The longest term, in months.
    pub max_months: Figure<u16>,
}

/// The offer's window, each date sourced. The engine checks every date the owner gives against
/// it (and against the switch's dates, where there is a switch).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// When the offer opened (owners could first switch, or the guarantee was announced).
    pub window_opens: Figure<Moment>,
    /// When the window closed: a lock after this could not have used the offer.
    pub window_closes: Figure<Moment>,
    /// When the old car left sale, where a source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_car_end_of_sale: Option<Figure<Moment>>,
}

impl Timeline {
    /// Every figure with its field name, for checks and source resolution.
    pub fn figures_mut(&mut self) -> impl Iterator<Item = &mut Figure<Moment>> {
        [&mut self.window_opens, &mut self.window_closes].into_iter().chain(self.old_car_end_of_sale.as_mut())
    }

    /// Every figure with its field name.
    pub fn figures(&self) -> impl Iterator<Item = (&'static str, &Figure<Moment>)> {
        [("window_opens", &self.window_opens), ("window_closes", &self.window_closes)]
            .into_iter()
            .chain(self.old_car_end_of_sale.as_ref().map(|f| ("old_car_end_of_sale", f)))
    }
}

/// Starting values for the owner's form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UiDefaults {
    /// A typical invoice date if the old order is kept, with the reasoning behind it.
    pub keep_invoice: Figure<Date>,
}

/// Which car a kept tax guarantee is computed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GuaranteeBasis {
    /// The car actually invoiced (the new one).
    InvoicedCar,
    /// The original order's car and price.
    OriginalOrder,
}

/// Why an old trim maps where it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TrimReason {
    /// The same-name trim of the new generation.
    SameTrim,
    /// No same-name trim; the closest one.
    NearestTrim,
    /// The offer has nothing to switch to.
    NoSuccessor,
}

/// Why an old option maps where it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OptionReason {
    /// The same option exists on the new car.
    CarriedOver,
    /// The new trim has it as standard equipment.
    NowStandard,
    /// The option ended; the nearest choice is proposed.
    DiscontinuedNearest,
    /// The option ended; nothing replaces it.
    Discontinued,
    /// The new car has no equivalent.
    NoEquivalent,
}

/// One row of an offer's trim map or option map: what an old item becomes, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mapping<R> {
    /// Id in `from_catalog`: a trim, or `group/option`.
    pub from: String,
    /// Id in `to_catalog`, or `null` when nothing follows.
    pub to: Option<String>,
    /// Why.
    pub reason: R,
    /// Key into `sources`.
    pub source: String,
    /// Date of the statement, as precise as its source.
    pub date: SourceDate,
    /// How sure it is.
    pub status: Status,
    /// A remark for the owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl<R> Mapping<R> {
    /// The row's provenance, its source resolved against the offer's `sources`.
    #[must_use]
    pub fn cite(&self, sources: &Sources) -> crate::figure::Provenance {
        crate::provenance::cite_parts(sources, &self.source, self.date, self.status, self.note.as_ref())
    }
}

/// One row of an offer's trim map.
pub type TrimMapping = Mapping<TrimReason>;

/// One row of an offer's option map.
pub type OptionMapping = Mapping<OptionReason>;

/// A gift that comes with the switch. Gifts are not part of the invoice price.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gift {
    /// Stable id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Its published value, or `null` when none was published.
    pub value: Option<Money>,
    /// Low end of our estimate when no value was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_low: Option<Money>,
    /// High end of our estimate when no value was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_high: Option<Money>,
    /// Key into `sources`.
    pub source: String,
    /// Date of the statement, as precise as its source.
    pub date: SourceDate,
    /// How sure it is.
    pub status: Status,
    /// A remark for the owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl Offer {
    /// The trim-map row for an old trim; `None` for a guarantee-only offer.
    #[must_use]
    pub fn trim_mapping(&self, from: &str) -> Option<&TrimMapping> {
        self.switch.as_ref()?.trim_map.iter().find(|m| m.from == from)
    }

    /// The option-map row for an old `group/option`.
    #[must_use]
    pub fn option_mapping(&self, from: &str) -> Option<&OptionMapping> {
        self.switch.as_ref()?.option_map.iter().find(|m| m.from == from)
    }

    /// The new trim the offer gives an old trim, if any.
    #[must_use]
    pub fn successor(&self, from: &str) -> Option<&str> {
        self.trim_mapping(from)?.to.as_deref()
    }
}
