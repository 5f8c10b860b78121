//! Cross-checks run once at load: ids unique, every reference resolves, values in range.
//!
//! The rest of the engine relies on these checks (a trim map's target exists, every trim has a
//! price on every list…), so it can look things up without a panic path.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::{
    Catalog, Choice, DeliveryTable, Guarantee, Offer, OnRoadTable, OptionGroup, TableError, Tables, TaxPolicy,
    Timeline, Trim,
};
use crate::date::Moment;
use crate::figure::{Figure, Sources};

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

fn check_catalog(file: &str, c: &Catalog) -> Result<(), TableError> {
    let fc = FileCheck::new(file, &c.sources)?;
    if c.price_lists.is_empty() {
        return Err(fc.err("price_lists", "empty; a catalog needs at least one price list"));
    }
    if c.trims.is_empty() {
        return Err(fc.err("trims", "empty; a catalog needs at least one trim"));
    }
    fc.unique("price_lists", c.price_lists.iter().map(|p| p.id.as_str()))?;
    fc.unique("spec_rows", c.spec_rows.iter().map(|p| p.id.as_str()))?;
    fc.unique("trims", c.trims.iter().map(|p| p.id.as_str()))?;
    fc.unique("option_groups", c.option_groups.iter().map(|p| p.id.as_str()))?;
    fc.figure("deposit", &c.deposit)?;
    if c.deposit.value.is_negative() {
        return Err(fc.err("deposit.value", "negative; a deposit is zero or more"));
    }
    for (ti, t) in c.trims.iter().enumerate() {
        check_trim(&fc, c, &format!("trims[{ti}]"), t)?;
    }
    for (gi, g) in c.option_groups.iter().enumerate() {
        check_option_group(&fc, c, &format!("option_groups[{gi}]"), g)?;
    }
    Ok(())
}

/// One trim: a positive, sourced price on every price list and no other; sourced specs.
fn check_trim(fc: &FileCheck<'_>, c: &Catalog, tp: &str, t: &Trim) -> Result<(), TableError> {
    for pl in &c.price_lists {
        let Some(price) = t.prices.get(&pl.id) else {
            return Err(fc.err(
                format!("{tp}.prices"),
                format!("no price on price list '{}'; every trim needs a price on every list", pl.id),
            ));
        };
        fc.figure(&format!("{tp}.prices.{}", pl.id), price)?;
        if !price.value.amount().is_sign_positive() || price.value.is_zero() {
            return Err(fc.err(format!("{tp}.prices.{}.value", pl.id), "a trim price must be above zero"));
        }
    }
    if let Some(extra) = t.prices.keys().find(|k| c.price_list(k).is_none()) {
        return Err(fc.err(
            format!("{tp}.prices.{extra}"),
            "no price list has this id; add it to \"price_lists\" or fix the key",
        ));
    }
    if let Some(f) = &t.orders_from {
        fc.figure(&format!("{tp}.orders_from"), f)?;
    }
    if let Some(d) = &t.deposit {
        fc.figure(&format!("{tp}.deposit"), d)?;
    }
    for (key, spec) in &t.specs {
        if !c.spec_rows.iter().any(|r| &r.id == key) {
            return Err(
                fc.err(format!("{tp}.specs.{key}"), "no spec row has this id; add it to \"spec_rows\" or fix the key")
            );
        }
        fc.figure(&format!("{tp}.specs.{key}"), spec)?;
    }
    Ok(())
}

/// One option group: unique, sourced, non-negative options whose trims and rules resolve; a
/// 'one' group offers something on every trim.
fn check_option_group(fc: &FileCheck<'_>, c: &Catalog, gp: &str, g: &OptionGroup) -> Result<(), TableError> {
    fc.unique(&format!("{gp}.options"), g.options.iter().map(|o| o.id.as_str()))?;
    for (oi, o) in g.options.iter().enumerate() {
        let op = format!("{gp}.options[{oi}]");
        fc.figure(&format!("{op}.price"), &o.price)?;
        if let Some(b) = &o.order_benefit {
            fc.figure(&format!("{op}.order_benefit"), b)?;
        }
        if o.price.value.is_negative() {
            return Err(fc.err(format!("{op}.price.value"), "negative; an option price is zero or more"));
        }
        for (field, list) in [("trims", o.trims.as_deref().unwrap_or(&[])), ("standard_on", &o.standard_on[..])] {
            if let Some(bad) = list.iter().find(|t| c.trim(t).is_none()) {
                return Err(fc.err(format!("{op}.{field}"), format!("no trim '{bad}' in this catalog")));
            }
        }
        for (field, list) in [("requires", &o.requires), ("excludes", &o.excludes)] {
            if let Some(bad) = list.iter().find(|r| c.option(r).is_none()) {
                return Err(fc.err(
                    format!("{op}.{field}"),
                    format!("no option '{bad}' in this catalog; write it as group/option"),
                ));
            }
        }
    }
    if g.choice == Choice::One {
        for t in &c.trims {
            if !g.options.iter().any(|o| o.offered_on(&t.id)) {
                return Err(fc.err(
                    gp,
                    format!("a 'one' group needs an option offered on every trim, and trim '{}' has none", t.id),
                ));
            }
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
    Ok(())
}

/// The timeline: sourced figures in an order that can happen.
fn check_timeline(fc: &FileCheck<'_>, t: &Timeline) -> Result<(), TableError> {
    for (name, f) in t.figures() {
        fc.figure(&format!("timeline.{name}"), f)?;
    }
    if t.window_closes.value < t.window_opens.value {
        return Err(fc.err("timeline.window_closes.value", "before window_opens; a window closes after it opens"));
    }
    if t.first_deliveries.value.date < t.new_car_launch.value.date {
        return Err(fc.err("timeline.first_deliveries.value", "before new_car_launch; deliveries follow the launch"));
    }
    Ok(())
}

/// The offer's trim map (every old trim exactly once, ids that resolve, `no_successor` when
/// nothing follows) and option map (ids that resolve).
fn check_maps(fc: &FileCheck<'_>, o: &Offer, from: &Catalog, to: &Catalog) -> Result<(), TableError> {
    for t in &from.trims {
        let n = o.trim_map.iter().filter(|m| m.from == t.id).count();
        if n != 1 {
            return Err(fc.err(
                "trim_map",
                format!("trim '{}' of '{}' appears {n} times; map every old trim exactly once", t.id, from.id),
            ));
        }
    }
    for (i, m) in o.trim_map.iter().enumerate() {
        let p = format!("trim_map[{i}]");
        fc.source(&p, &m.source)?;
        if from.trim(&m.from).is_none() {
            return Err(fc.err(format!("{p}.from"), format!("no trim '{}' in '{}'", m.from, from.id)));
        }
        match &m.to {
            Some(t) if to.trim(t).is_none() => {
                return Err(fc.err(format!("{p}.to"), format!("no trim '{t}' in '{}'", to.id)));
            }
            None if m.reason != super::TrimReason::NoSuccessor => {
                return Err(fc.err(format!("{p}.reason"), "'to' is null, so the reason must be no_successor"));
            }
            _ => {}
        }
    }
    for (i, m) in o.option_map.iter().enumerate() {
        let p = format!("option_map[{i}]");
        fc.source(&p, &m.source)?;
        if from.option(&m.from).is_none() {
            return Err(fc.err(format!("{p}.from"), format!("no option '{}' in '{}'", m.from, from.id)));
        }
        if let Some(t) = &m.to {
            if to.option(t).is_none() {
                return Err(fc.err(format!("{p}.to"), format!("no option '{t}' in '{}'", to.id)));
            }
        }
    }
    Ok(())
}

fn check_offer(file: &str, o: &Offer, catalogs: &[(&str, Catalog)], tables: &Parsed) -> Result<(), TableError> {
    let fc = FileCheck::new(file, &o.sources)?;
    let find = |id: &str, field: &str| {
        catalogs
            .iter()
            .map(|(_, c)| c)
            .find(|c| c.id == id)
            .ok_or_else(|| fc.err(field, format!("no catalog '{id}' is loaded; add its table or fix the id")))
    };
    let from = find(&o.from_catalog, "from_catalog")?;
    let to = find(&o.to_catalog, "to_catalog")?;
    fc.figure("default_price_list", &o.default_price_list)?;
    if to.price_list(&o.default_price_list.value).is_none() {
        return Err(fc.err(
            "default_price_list",
            format!("catalog '{}' has no price list '{}'", to.id, o.default_price_list.value),
        ));
    }
    if let Some(g) = &o.guarantee {
        if !tables.guarantees.iter().any(|(_, x)| &x.id == g) {
            return Err(fc.err("guarantee", format!("no guarantee '{g}' is loaded; add its table or fix the id")));
        }
    }
    for (i, t) in o.terms.iter().enumerate() {
        fc.figure(&format!("terms[{i}]"), t)?;
    }
    fc.figure("amount_paid_carries_over", &o.amount_paid_carries_over)?;
    fc.figure("guarantee_retained", &o.guarantee_retained)?;
    fc.figure("guarantee_basis", &o.guarantee_basis)?;
    check_timeline(&fc, &o.timeline)?;
    fc.figure("ui_defaults.keep_invoice", &o.ui_defaults.keep_invoice)?;
    fc.figure("ui_defaults.switch_invoice", &o.ui_defaults.switch_invoice)?;
    if let Some(f) = &o.finance {
        fc.figure("finance.fee_rate", &f.fee_rate)?;
        fc.figure("finance.min_down_share", &f.min_down_share)?;
        fc.figure("finance.max_months", &f.max_months)?;
        let rate = &f.fee_rate.value;
        if rate.is_sign_negative() || *rate > rust_decimal::Decimal::new(5, 1) {
            return Err(fc.err("finance.fee_rate.value", "a fee rate is 0 to 0.5 (0 % to 50 %)"));
        }
        let share = &f.min_down_share.value;
        if share.is_sign_negative() || *share > rust_decimal::Decimal::ONE {
            return Err(fc.err("finance.min_down_share.value", "a down payment share is 0 to 1"));
        }
        if !crate::loan::MONTHS.contains(&f.max_months.value) {
            return Err(fc.err("finance.max_months.value", "a loan term is 12 to 60 months"));
        }
    }
    if let Some(d) = &o.delivery {
        check_delivery(&fc, d, (from, to), o.timeline.window_closes.value)?;
    }
    check_maps(&fc, o, from, to)?;
    fc.unique("gifts", o.gifts.iter().map(|g| g.id.as_str()))?;
    for (i, g) in o.gifts.iter().enumerate() {
        fc.source(&format!("gifts[{i}]"), &g.source)?;
    }
    Ok(())
}

/// The delivery outlook: sourced, each window a real span holding its invoice date and naming
/// trims of its path's catalog, deadlines in order after the switch window closes (the
/// outlook lists that close first).
fn check_delivery(
    fc: &FileCheck<'_>,
    d: &DeliveryTable,
    (from, to): (&Catalog, &Catalog),
    window_closes: Moment,
) -> Result<(), TableError> {
    for (path, windows, catalog) in [("keep", &d.keep, from), ("switch", &d.switch, to)] {
        fc.unique(&format!("delivery.{path}"), windows.iter().map(|w| w.value.id.as_str()))?;
        for (i, f) in windows.iter().enumerate() {
            let at = format!("delivery.{path}[{i}]");
            fc.figure(&at, f)?;
            let w = &f.value;
            if !(w.from <= w.invoice && w.invoice <= w.to) {
                return Err(fc.err(format!("{at}.value"), "needs from <= invoice <= to"));
            }
            if let Some(t) = w.trims.iter().find(|t| catalog.trim(t).is_none()) {
                return Err(fc.err(format!("{at}.value.trims"), format!("catalog '{}' has no trim '{t}'", catalog.id)));
            }
        }
    }
    for (i, f) in d.deadlines.iter().enumerate() {
        fc.figure(&format!("delivery.deadlines[{i}]"), f)?;
    }
    let at = d.deadlines.iter().map(|f| f.value.at);
    if !std::iter::once(window_closes).chain(at.clone()).zip(at).all(|(a, b)| a <= b) {
        return Err(fc.err("delivery.deadlines", "deadlines go earliest first, after timeline.window_closes"));
    }
    for (i, f) in d.steps.iter().enumerate() {
        fc.figure(&format!("delivery.steps[{i}]"), f)?;
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
