//! An offer: who may switch a locked order from one catalog to another, and on what terms.

use serde::{Deserialize, Serialize};

use crate::engine::date::{Date, SourceDate};
use crate::engine::figure::{Figure, Sources, Status};
use crate::engine::money::Money;
use crate::engine::text::Text;

/// A switch offer, e.g. first-gen SU7 locked orders → new-gen SU7.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Table format version; this build reads 1.
    pub schema: u32,
    /// Always `"offer"`.
    pub kind: String,
    /// Stable id.
    pub id: String,
    /// The offer's name.
    pub name: Text,
    /// Catalog of the locked order.
    pub from_catalog: String,
    /// Catalog of the car switched to.
    pub to_catalog: String,
    /// The tax guarantee an eligible order holds (by id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantee: Option<String>,
    /// Price list of `to_catalog` used unless the request names another.
    pub default_price_list: String,
    /// Sources cited by this file's figures, by key.
    pub sources: Sources,
    /// The offer's terms in words, each sourced.
    pub terms: Vec<Figure<Text>>,
    /// Only locked (锁单) orders qualify.
    pub requires_locked: bool,
    /// Only undelivered orders qualify.
    pub requires_undelivered: bool,
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
    /// Starting values for the owner's form. Our choice of typical dates, not offer terms.
    pub ui_defaults: UiDefaults,
}

/// Starting values for the owner's form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiDefaults {
    /// A typical lock date for orders this offer was for.
    pub locked_on: Date,
    /// A typical invoice date if the old order is kept.
    pub keep_invoice: Date,
    /// A typical invoice date if the owner switches.
    pub switch_invoice: Date,
}

/// Which car a kept tax guarantee is computed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuaranteeBasis {
    /// The car actually invoiced (the new one).
    InvoicedCar,
    /// The original order's car and price.
    OriginalOrder,
}

/// Why an old trim maps where it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    pub fn cite(&self, sources: &Sources) -> crate::engine::figure::Provenance {
        crate::engine::provenance::cite_parts(sources, &self.source, self.date, self.status, self.note.as_ref())
    }
}

/// One row of an offer's trim map.
pub type TrimMapping = Mapping<TrimReason>;

/// One row of an offer's option map.
pub type OptionMapping = Mapping<OptionReason>;

/// A gift that comes with the switch. Gifts are not part of the invoice price.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// The trim-map row for an old trim.
    #[must_use]
    pub fn trim_mapping(&self, from: &str) -> Option<&TrimMapping> {
        self.trim_map.iter().find(|m| m.from == from)
    }

    /// The option-map row for an old `group/option`.
    #[must_use]
    pub fn option_mapping(&self, from: &str) -> Option<&OptionMapping> {
        self.option_map.iter().find(|m| m.from == from)
    }
}
