//! The checks of a catalog: its trims (prices on every list, deposits, order dates) and option
//! groups (choices, defaults, rules that name real options).

use super::FileCheck;
use crate::tables::{Catalog, Choice, OptionGroup, TableError, Trim};

pub(super) fn check_catalog(file: &str, c: &Catalog) -> Result<(), TableError> {
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
