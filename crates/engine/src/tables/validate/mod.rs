//! Cross-checks run once at load: ids unique, every reference resolves, values in range.
//!
//! The rest of the engine relies on these checks (a trim map's target exists, every trim has a
//! price on every list…), so it can look things up without a panic path.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::{Catalog, Guarantee, Offer, OnRoadTable, TableError, Tables, TaxPolicy};
use crate::figure::{Figure, Sources};

mod catalog;
mod offer;

use catalog::check_catalog;
use offer::check_offer;

#[derive(Default)]
pub(super) struct Parsed<'a> {
    pub catalogs: Vec<(&'a str, Catalog)>,
    pub offers: Vec<(&'a str, Offer)>,
    pub tax_policies: Vec<(&'a str, TaxPolicy)>,
    pub guarantees: Vec<(&'a str, Guarantee)>,
    pub on_road: Vec<(&'a str, OnRoadTable)>,
}

/// Checks one file: knows its name and its `sources`.
struct FileCheck<'a> {
    file: &'a str,
    sources: &'a Sources,
}

/// True when `text` holds a web address or file name ("autotimes.net", "car_roundup.md").
fn names_an_address(text: &str) -> bool {
    let b = text.as_bytes();
    text.contains("://")
        || b.windows(3).any(|w| matches!(w, [l, b'.', r] if l.is_ascii_alphanumeric() && r.is_ascii_alphabetic()))
}

impl<'a> FileCheck<'a> {
    /// A check of one file, once its sources' labels read as an owner reads them: both
    /// languages given, no address or file name, and Chinese punctuation in the Chinese one.
    fn new(file: &'a str, sources: &'a Sources) -> Result<FileCheck<'a>, TableError> {
        for (key, s) in sources {
            let path = format!("sources.{key}.label");
            let fix = "give the outlet and what it is, e.g. {\"zh\": \"界面新闻报道（转载）\", \"en\": \"Jiemian News report (mirror)\"}";
            if s.label.zh.trim().is_empty() || s.label.en.trim().is_empty() {
                return Err(TableError::new(file, path, format!("empty; {fix}")));
            }
            if names_an_address(&s.label.zh) || names_an_address(&s.label.en) {
                return Err(TableError::new(
                    file,
                    path,
                    format!("names an address or a file; it is shown to owners: {fix}"),
                ));
            }
            if s.label.zh.contains([',', ';', ':', '(', ')']) {
                return Err(TableError::new(file, path + ".zh", "ASCII punctuation; use ，；：（）"));
            }
        }
        Ok(FileCheck { file, sources })
    }

    fn err(&self, path: impl Into<String>, problem: impl Into<String>) -> TableError {
        TableError::new(self.file, path, problem)
    }

    fn source(&self, path: &str, key: &str) -> Result<(), TableError> {
        if self.sources.contains_key(key) {
            Ok(())
        } else {
            Err(self.err(
                format!("{path}.source"),
                format!("cites source '{key}', which is not in this file's \"sources\"; add it there or fix the key"),
            ))
        }
    }

    fn figure<T>(&self, path: &str, f: &Figure<T>) -> Result<(), TableError> {
        self.source(path, &f.source)
    }

    fn unique<'b>(&self, path: &str, ids: impl IntoIterator<Item = &'b str>) -> Result<(), TableError> {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if id.is_empty() {
                return Err(self.err(format!("{path}[{i}].id"), "empty id; give it a short stable name"));
            }
            if !seen.insert(id) {
                return Err(self.err(format!("{path}[{i}].id"), format!("id '{id}' is used twice; ids must be unique")));
            }
        }
        Ok(())
    }
}

fn unique_ids<'a, T>(items: &'a [(&'a str, T)], id: impl Fn(&T) -> &str, what: &str) -> Result<(), TableError> {
    let mut seen = BTreeMap::new();
    for (file, t) in items {
        if let Some(first) = seen.insert(id(t), *file) {
            return Err(TableError::new(
                file,
                "id",
                format!("{what} id '{}' is also used by {first}; ids must be unique across tables", id(t)),
            ));
        }
    }
    Ok(())
}

fn check_tax_policy(file: &str, t: &TaxPolicy) -> Result<(), TableError> {
    let fc = FileCheck::new(file, &t.sources)?;
    fc.figure("rate", &t.rate)?;
    fc.figure("vat_divisor", &t.vat_divisor)?;
    fc.figure("purchase_date_rule", &t.purchase_date_rule)?;
    fc.figure("rounding", &t.rounding)?;
    fc.figure("no_relief_rule", &t.no_relief_rule)?;
    if t.rate.value <= Decimal::ZERO || t.rate.value > Decimal::ONE {
        return Err(fc.err("rate.value", "the rate must be above 0 and at most 1 (0.10 for 10%)"));
    }
    if t.vat_divisor.value < Decimal::ONE || t.vat_divisor.value > Decimal::TWO {
        return Err(fc.err("vat_divisor.value", "the VAT divisor must be between 1 and 2 (1.13 for 13% VAT)"));
    }
    fc.unique("reliefs", t.reliefs.iter().map(|r| r.id.as_str()))?;
    for (i, r) in t.reliefs.iter().enumerate() {
        let p = format!("reliefs[{i}]");
        fc.source(&p, &r.source)?;
        if r.from > r.to {
            return Err(fc.err(format!("{p}.to"), "ends before it starts"));
        }
        if r.share < Decimal::ZERO || r.share > Decimal::ONE {
            return Err(fc.err(format!("{p}.share"), "the relieved share must be between 0 and 1"));
        }
        if r.cap.is_negative() {
            return Err(fc.err(format!("{p}.cap"), "negative; a cap is zero or more"));
        }
        if let Some((j, _)) = t.reliefs.iter().enumerate().find(|(j, o)| *j != i && o.from <= r.to && r.from <= o.to) {
            return Err(
                fc.err(format!("{p}.from"), format!("overlaps reliefs[{j}]; one invoice date must select one rule"))
            );
        }
    }
    Ok(())
}

fn check_guarantee(file: &str, g: &Guarantee) -> Result<(), TableError> {
    let fc = FileCheck::new(file, &g.sources)?;
    fc.figure("locked_by", &g.locked_by)?;
    fc.figure("invoiced_from", &g.invoiced_from)?;
    fc.figure("invoiced_to", &g.invoiced_to)?;
    fc.figure("compared_with_invoice_on", &g.compared_with_invoice_on)?;
    fc.figure("cap", &g.cap)?;
    fc.figure("terms", &g.terms)?;
    for (i, c) in g.conditions.iter().enumerate() {
        fc.figure(&format!("conditions[{i}]"), c)?;
    }
    for (i, p) in g.precedents.iter().enumerate() {
        fc.figure(&format!("precedents[{i}]"), p)?;
    }
    if g.invoiced_from.value > g.invoiced_to.value {
        return Err(fc.err("invoiced_to.value", "ends before it starts"));
    }
    if g.cap.value.is_negative() {
        return Err(fc.err("cap.value", "negative; a cap is zero or more"));
    }
    Ok(())
}

/// On-road lines: unique ids, sourced amounts from zero up, each range low to high.
fn check_on_road(file: &str, t: &OnRoadTable) -> Result<(), TableError> {
    let fc = FileCheck::new(file, &t.sources)?;
    fc.unique("lines", t.lines.iter().map(|l| l.id.as_str()))?;
    for (i, l) in t.lines.iter().enumerate() {
        let at = format!("lines[{i}].amount");
        fc.figure(&at, &l.amount)?;
        let a = l.amount.value;
        if a.low.is_negative() || a.low > a.high {
            return Err(fc.err(format!("{at}.value"), "needs 0 <= low <= high"));
        }
    }
    fc.unique("trade_in", t.trade_in.iter().map(|s| s.id.as_str()))?;
    for (i, s) in t.trade_in.iter().enumerate() {
        let at = |f: &str| format!("trade_in[{i}].{f}");
        fc.figure(&at("share"), &s.share)?;
        fc.figure(&at("cap"), &s.cap)?;
        fc.figure(&at("invoiced_from"), &s.invoiced_from)?;
        fc.figure(&at("invoiced_to"), &s.invoiced_to)?;
        fc.figure(&at("old_car"), &s.old_car)?;
        let share = s.share.value;
        if share <= rust_decimal::Decimal::ZERO || share > rust_decimal::Decimal::ONE {
            return Err(fc.err(at("share.value"), "a share is above 0 and at most 1 (0.12 for 12 %)"));
        }
        if s.cap.value.is_negative() || s.cap.value.is_zero() {
            return Err(fc.err(at("cap.value"), "a cap is above zero"));
        }
        if s.invoiced_to.value < s.invoiced_from.value {
            return Err(fc.err(at("invoiced_to.value"), "before invoiced_from; a window ends after it starts"));
        }
    }
    Ok(())
}

impl<'a> Parsed<'a> {
    pub(super) fn check(&self) -> Result<(), TableError> {
        unique_ids(&self.catalogs, |c| &c.id, "catalog")?;
        unique_ids(&self.offers, |c| &c.id, "offer")?;
        unique_ids(&self.tax_policies, |c| &c.market, "tax policy market")?;
        unique_ids(&self.guarantees, |c| &c.id, "guarantee")?;
        for (file, c) in &self.catalogs {
            check_catalog(file, c)?;
            if !self.tax_policies.iter().any(|(_, t)| t.market == c.market) {
                return Err(TableError::new(
                    file,
                    "market",
                    format!("no tax policy for market '{}' is loaded; add one", c.market),
                ));
            }
        }
        for (file, t) in &self.tax_policies {
            check_tax_policy(file, t)?;
        }
        for (file, g) in &self.guarantees {
            check_guarantee(file, g)?;
        }
        unique_ids(&self.on_road, |c| &c.market, "on-road table market")?;
        for (file, t) in &self.on_road {
            check_on_road(file, t)?;
        }
        for (file, o) in &self.offers {
            check_offer(file, o, &self.catalogs, self)?;
        }
        Ok(())
    }

    pub(super) fn into_tables(self) -> Tables {
        let mut t = Tables {
            catalogs: self.catalogs.into_iter().map(|(_, t)| t).collect(),
            offers: self.offers.into_iter().map(|(_, t)| t).collect(),
            tax_policies: self.tax_policies.into_iter().map(|(_, t)| t).collect(),
            guarantees: self.guarantees.into_iter().map(|(_, t)| t).collect(),
            on_road: self.on_road.into_iter().map(|(_, t)| t).collect(),
        };
        super::resolve::resolve_sources(&mut t);
        t
    }
}
