//! A model generation's catalog: trims with dated price lists, option groups, spec rows.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::figure::{Figure, Sources};
use crate::money::Money;
use crate::text::Text;

/// One model generation as sold in one market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Table format version; this build reads 1.
    pub schema: u32,
    /// Always `"catalog"`.
    pub kind: String,
    /// Stable id that offers refer to.
    pub id: String,
    /// Market code; selects the tax policy.
    pub market: String,
    /// The model's name.
    pub name: Text,
    /// Sources cited by this file's figures, by key.
    pub sources: Sources,
    /// Dated price lists, oldest first.
    pub price_lists: Vec<PriceList>,
    /// The usual deposit (定金) for an order of this model.
    pub deposit: Figure<Money>,
    /// The rows of the spec comparison, in display order.
    pub spec_rows: Vec<SpecRow>,
    /// The trims (版本).
    pub trims: Vec<Trim>,
    /// Option groups (选装): paint, wheels, interior…
    pub option_groups: Vec<OptionGroup>,
}

/// A dated price list (e.g. the presale list of 2026-01-07).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriceList {
    /// Stable id, used by trims' `prices` and by requests.
    pub id: String,
    /// The date the list was published.
    pub date: Date,
    /// Its name.
    pub name: Text,
}

/// A row of the spec comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SpecRow {
    /// Key into a trim's `specs`.
    pub id: String,
    /// The row's label.
    pub name: Text,
}

/// A trim (版本), with its price on every price list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Trim {
    /// Stable id, unique in the catalog.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Price (含税价, VAT included) on each price list, by price-list id.
    pub prices: BTreeMap<String, Figure<Money>>,
    /// A deposit that differs from the catalog's (Founder's Edition, Ultra).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit: Option<Figure<Money>>,
    /// Spec values by spec-row id; a missing row means no source gave it.
    #[serde(default)]
    pub specs: BTreeMap<String, Figure<Text>>,
    /// The day orders for it opened, where a source says: no order can be locked earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orders_from: Option<Figure<Date>>,
}

/// How many options of a group a configuration takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    /// Exactly one (paint, wheels).
    One,
    /// Any number, including none (packs).
    Any,
}

/// A group of options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OptionGroup {
    /// Stable id, unique in the catalog.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// One, or any number.
    pub choice: Choice,
    /// The options. For a `one` group the first option available on a trim is its default.
    pub options: Vec<CarOption>,
}

/// An option (选装项).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CarOption {
    /// Id, unique within its group; referred to as `group/option`.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Price when paid for.
    pub price: Figure<Money>,
    /// Trims it is offered on; absent means every trim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trims: Option<Vec<String>>,
    /// Trims on which it is standard equipment (no charge).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standard_on: Vec<String>,
    /// Options (`group/option`) that must be chosen with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// Options (`group/option`) that cannot be chosen with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<String>,
    /// When some orders received it free as an order benefit (权益), who and when, sourced.
    /// The owner says whether theirs did; it then costs ¥0 on the kept order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_benefit: Option<Figure<Text>>,
}

impl Catalog {
    /// True when `reference` is one of `chosen` and some orders got it free as a benefit, so
    /// the owner may say theirs did.
    #[must_use]
    pub fn is_order_benefit(&self, chosen: &[String], reference: &str) -> bool {
        chosen.iter().any(|c| c == reference) && self.option(reference).is_some_and(|(_, o)| o.order_benefit.is_some())
    }
}

impl CarOption {
    /// True when the option can be chosen on `trim`.
    #[must_use]
    pub fn offered_on(&self, trim: &str) -> bool {
        self.trims.as_ref().is_none_or(|t| t.iter().any(|x| x == trim))
    }

    /// True when the option is standard (free) on `trim`.
    #[must_use]
    pub fn standard_on(&self, trim: &str) -> bool {
        self.standard_on.iter().any(|x| x == trim)
    }
}

impl Catalog {
    /// The trim with this id.
    #[must_use]
    pub fn trim(&self, id: &str) -> Option<&Trim> {
        self.trims.iter().find(|t| t.id == id)
    }

    /// The price list with this id.
    #[must_use]
    pub fn price_list(&self, id: &str) -> Option<&PriceList> {
        self.price_lists.iter().find(|p| p.id == id)
    }

    /// The newest price list.
    #[must_use]
    pub fn latest_price_list(&self) -> Option<&PriceList> {
        self.price_lists.iter().max_by_key(|p| p.date)
    }

    /// The option group with this id.
    #[must_use]
    pub fn group(&self, id: &str) -> Option<&OptionGroup> {
        self.option_groups.iter().find(|g| g.id == id)
    }

    /// The group and option named by `group/option`.
    #[must_use]
    pub fn option(&self, reference: &str) -> Option<(&OptionGroup, &CarOption)> {
        // Hot in quoting: match the `group/` prefix on bytes instead of splitting the string.
        let (group, option) = self
            .option_groups
            .iter()
            .find_map(|g| Some((g, reference.strip_prefix(g.id.as_str())?.strip_prefix('/')?)))?;
        Some((group, group.options.iter().find(|x| x.id == option)?))
    }

    /// The deposit for `trim`: its own, else the catalog's.
    #[must_use]
    pub fn deposit_for<'a>(&'a self, trim: &'a Trim) -> &'a Figure<Money> {
        trim.deposit.as_ref().unwrap_or(&self.deposit)
    }
}
