//! Spec tables: the data the engine prices from.
//!
//! Every catalog, offer, tax policy and guarantee is a JSON file (`static/tables/*.json`). The
//! engine names no model, trim, offer or year: a new offer or market is a new file. Files are
//! parsed and cross-checked once by [`Tables::load`]; anything malformed is a [`TableError`]
//! naming the file and the path inside it. After loading, every reference between tables is
//! known to resolve, which is what lets the rest of the engine look things up without panicking.

mod catalog;
mod delivery;
mod distinct;
mod error;
mod guarantee;
mod offer;
mod on_road;
mod resolve;
mod tax_policy;
mod validate;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use catalog::{CarOption, Catalog, Choice, OptionGroup, PriceList, SpecRow, Trim};
pub use delivery::{Deadline, DeliveryTable, DeliveryWindow};
pub use error::TableError;
pub use guarantee::{Guarantee, GuaranteeCondition};
pub use offer::{
    FinanceTerms, Gift, GuaranteeBasis, Mapping, Offer, OptionMapping, OptionReason, Switch, Timeline, TrimMapping,
    TrimReason, UiDefaults,
};
pub use on_road::{AmountRange, OnRoadItem, OnRoadTable, TradeInSubsidy};
pub use tax_policy::{Relief, TaxPolicy};

/// The table format this build reads. Format 2 moved an offer's switch terms into its optional
/// `switch` block.
pub const SCHEMA: u32 = 2;

/// Every table, loaded and cross-checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Tables {
    /// Model catalogs.
    pub catalogs: Vec<Catalog>,
    /// Switch offers.
    pub offers: Vec<Offer>,
    /// Purchase-tax policies, one per market.
    pub tax_policies: Vec<TaxPolicy>,
    /// Sellers' tax guarantees.
    pub guarantees: Vec<Guarantee>,
    /// On-road cost lines, at most one table per market.
    pub on_road: Vec<OnRoadTable>,
}

#[derive(Deserialize)]
struct Header {
    schema: Option<u32>,
    kind: Option<String>,
}

/// A file's body read as `T`, naming the JSON path of a problem ("trims[2].prices"): what an
/// author fixing a table needs. The file's `$schema` (which its author's editor reads) is
/// skipped.
fn body<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, TableError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, distinct::Distinct>(de).map_err(|e| {
        let path = e.path().to_string();
        TableError::new(file, path, format!("{}; keep one of them", e.into_inner()))
    })?;
    let mut value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| TableError::new(file, "", format!("not valid JSON ({e}); fix the syntax")))?;
    if let Some(fields) = value.as_object_mut() {
        fields.remove("$schema");
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        TableError::new(file, path, format!("{}; fix this value in the file", e.into_inner()))
    })
}

/// One file: its schema version checked, then its body read as the kind its header names.
fn add_file<'a>(
    parsed: &mut validate::Parsed<'a>,
    file: &'a str,
    header: Header,
    text: &str,
) -> Result<(), TableError> {
    match header.schema {
        Some(SCHEMA) => {}
        Some(other) => {
            return Err(TableError::new(
                file,
                "schema",
                format!("this build reads schema {SCHEMA}, the file says {other}; convert the table or update the app"),
            ))
        }
        None => return Err(TableError::new(file, "schema", format!("missing; add \"schema\": {SCHEMA}"))),
    }
    match header.kind.as_deref() {
        Some("catalog") => parsed.catalogs.push((file, body(file, text)?)),
        Some("offer") => parsed.offers.push((file, body(file, text)?)),
        Some("tax_policy") => parsed.tax_policies.push((file, body(file, text)?)),
        Some("guarantee") => parsed.guarantees.push((file, body(file, text)?)),
        Some("on_road") => parsed.on_road.push((file, body(file, text)?)),
        Some(other) => {
            return Err(TableError::new(
                file,
                "kind",
                format!("unknown kind '{other}'; use catalog, offer, tax_policy, guarantee or on_road"),
            ))
        }
        None => return Err(TableError::new(file, "kind", "missing; say which kind of table this is")),
    }
    Ok(())
}

/// JSON files: each header read, then its body.
fn parse_files<'a>(files: &[(&'a str, &'a str)]) -> Result<validate::Parsed<'a>, TableError> {
    let mut parsed = validate::Parsed::default();
    for (file, text) in files {
        let header: Header = serde_json::from_str(text)
            .map_err(|e| TableError::new(file, "", format!("not valid JSON ({e}); fix the syntax")))?;
        add_file(&mut parsed, file, header, text)?;
    }
    Ok(parsed)
}

impl Tables {
    /// The data's as-of date: the newest publication date among all the tables' sources (what
    /// the figures can know of), as precise as that source dates itself. `None` without sources.
    ///
    /// ```
    /// let tables = bundled::tables().unwrap();
    /// assert_eq!(tables.data_as_of().unwrap().to_string(), "2026-03-20");
    /// ```
    #[must_use]
    pub fn data_as_of(&self) -> Option<crate::date::SourceDate> {
        // A plain loop over each kind: chained iterators cost the page ~1.5 KB of code here.
        let mut newest: Option<crate::date::SourceDate> = None;
        let mut see = |sources: &crate::figure::Sources| {
            for d in sources.values().map(|s| s.date) {
                if newest.is_none_or(|n| d.earliest() > n.earliest()) {
                    newest = Some(d);
                }
            }
        };
        self.catalogs.iter().for_each(|c| see(&c.sources));
        self.offers.iter().for_each(|o| see(&o.sources));
        self.tax_policies.iter().for_each(|t| see(&t.sources));
        self.guarantees.iter().for_each(|g| see(&g.sources));
        self.on_road.iter().for_each(|r| see(&r.sources));
        newest
    }

    /// Parses and cross-checks a set of table files given as `(file name, JSON text)`.
    ///
    /// # Errors
    /// The first problem found, as a [`TableError`]: bad JSON, a wrong type, an unknown field, a
    /// schema version this build cannot read, a duplicate id, a reference to a source, trim,
    /// option, price list, catalog or guarantee that does not exist, or a value out of range.
    ///
    /// # Example
    /// ```
    /// use engine::tables::Tables;
    /// let err = Tables::load(&[("bad.json", r#"{"schema": 2, "kind": "catalog", "id": 7}"#)]).unwrap_err();
    /// assert_eq!(err.file, "bad.json");
    /// assert_eq!(err.path, "id");
    /// ```
    pub fn load(files: &[(&str, &str)]) -> Result<Tables, TableError> {
        let parsed = parse_files(files)?;
        parsed.check()?;
        Ok(parsed.into_tables())
    }

    /// Reads one table file alone — its header, then its body as the kind it names — without
    /// the checks that need the other files (what it refers to): a table author's first check.
    ///
    /// # Errors
    /// The file's first problem, as [`Tables::load`] would name it.
    ///
    /// # Example
    /// ```
    /// use engine::tables::Tables;
    /// let err = Tables::read_file("t.json", r#"{"schema": 2, "kind": "offr"}"#).unwrap_err();
    /// assert_eq!((err.path.as_str(), err.problem.starts_with("unknown kind 'offr'")), ("kind", true));
    /// ```
    pub fn read_file(file: &str, text: &str) -> Result<(), TableError> {
        parse_files(&[(file, text)]).map(|_| ())
    }

    /// These tables with every figure's source resolved, as loading leaves them: for tables
    /// read some other way (the `bundled` crate's positional form, in the browser).
    #[must_use]
    pub fn with_sources_resolved(mut self) -> Tables {
        resolve::resolve_sources(&mut self);
        self
    }

    /// The catalog with this id.
    #[must_use]
    pub fn catalog(&self, id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.id == id)
    }

    /// The offer with this id.
    #[must_use]
    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers.iter().find(|o| o.id == id)
    }

    /// The other offers that give a trim of `from_catalog` a new car: where a dead end (no
    /// successor in one offer) can point the owner.
    ///
    /// ```
    /// let tables = bundled::tables().unwrap();
    /// let ids: Vec<&str> = tables.offers_with_successor("su7-gen1", "ultra", "su7-gen1-to-gen2-2026").map(|o| o.id.as_str()).collect();
    /// assert_eq!(ids, ["su7-to-yu7-2025"]);
    /// ```
    pub fn offers_with_successor<'a>(
        &'a self,
        from_catalog: &'a str,
        trim: &'a str,
        except: &'a str,
    ) -> impl Iterator<Item = &'a Offer> + 'a {
        self.offers
            .iter()
            .filter(move |o| o.id != except && o.from_catalog == from_catalog && o.successor(trim).is_some())
    }

    /// An offer with the catalog of the locked order and the catalog switched to (`None` for a
    /// guarantee-only offer).
    ///
    /// Load-time validation guarantees both catalogs of every loaded offer exist, so this is
    /// `None` only for an unknown offer id.
    #[must_use]
    pub fn offer_catalogs(&self, id: &str) -> Option<(&Offer, &Catalog, Option<&Catalog>)> {
        let offer = self.offer(id)?;
        let to = match &offer.switch {
            Some(s) => Some(self.catalog(&s.to_catalog)?),
            None => None,
        };
        Some((offer, self.catalog(&offer.from_catalog)?, to))
    }

    /// The tax policy of a market.
    #[must_use]
    pub fn tax_policy(&self, market: &str) -> Option<&TaxPolicy> {
        self.tax_policies.iter().find(|t| t.market == market)
    }

    /// The on-road cost table of a market.
    #[must_use]
    pub fn on_road(&self, market: &str) -> Option<&OnRoadTable> {
        self.on_road.iter().find(|t| t.market == market)
    }

    /// The on-road cost table for an offer: its locked order's market's, if any.
    #[must_use]
    pub fn on_road_for_offer(&self, offer_id: &str) -> Option<&OnRoadTable> {
        self.on_road(&self.offer_catalogs(offer_id)?.1.market)
    }

    /// The guarantee with this id.
    #[must_use]
    pub fn guarantee(&self, id: &str) -> Option<&Guarantee> {
        self.guarantees.iter().find(|g| g.id == id)
    }
}
