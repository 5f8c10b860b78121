//! Sourced figures: every value in a table carries where it came from, when, and how sure it is.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::date::SourceDate;
use super::text::Text;

/// How sure a figure is, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Xiaomi's own statement or a government text, quoted by a named outlet.
    Official,
    /// Reported by a news outlet.
    Press,
    /// Repeated by an aggregator or a secondary page, with no outlet's or the maker's own
    /// words found behind it: weaker than a report, yet not our guess (not marked).
    Reported,
    /// Arithmetic on sourced figures (e.g. an option price from an official example minus the list price).
    Derived,
    /// Not confirmed by any source; our reasoning is in the source entry. Shown with a mark.
    Estimate,
}

impl Status {
    /// True when the UI must mark the figure as an estimate.
    #[must_use]
    pub fn is_estimate(self) -> bool {
        self == Status::Estimate
    }
}

/// A publication a figure comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What an owner reads as the source, in each language: the outlet and what it is
    /// ("界面新闻报道（转载）"), never an address or a file name.
    pub label: Text,
    /// What it is, for checking: outlet, title, and the words quoted (not shown on screen).
    pub title: Arc<str>,
    /// Where it was read; empty for our own reasoning.
    pub url: Arc<str>,
    /// When it was published.
    pub date: SourceDate,
}

/// A table file's sources, by key. Shared (`Arc`) so figures can hold theirs once resolved.
pub type Sources = std::collections::BTreeMap<String, Arc<Source>>;

/// A value with its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure<T> {
    /// The value itself.
    pub value: T,
    /// Key into the table file's `sources`.
    pub source: String,
    /// The date the figure was stated or is valid for.
    pub date: SourceDate,
    /// How sure it is.
    pub status: Status,
    /// A remark shown next to the figure (range of an estimate, our reading…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The source itself, resolved once when the tables are loaded (not part of the JSON).
    #[serde(skip)]
    pub cited: Option<Arc<Source>>,
}

impl<T> Figure<T> {
    /// Resolves `source` against the file's sources, once, at load time.
    pub fn resolve(&mut self, sources: &Sources) {
        self.cited = sources.get(&self.source).cloned();
    }
}

/// Where a figure came from, copied out of its table so a quote line can travel alone (to the UI,
/// the JS API or a print-out) and still say its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Provenance {
    /// The source as an owner reads it, in each language.
    pub label: Text,
    /// The source's title, for checking.
    pub source: Arc<str>,
    /// The source's address; empty for our own reasoning.
    pub url: Arc<str>,
    /// The figure's date.
    pub date: SourceDate,
    /// How sure it is.
    pub status: Status,
    /// The figure's note, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
