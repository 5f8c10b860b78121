//! The two paths of a request: the tables it reads, the old order checked, the kept order on
//! its newest price list and the new car under the offer — each under one reading of the
//! offer's unconfirmed terms.

use crate::configuration::{check_given, Configuration, MAX_OPTIONS};
use crate::date::Date;
use crate::error::EngineError;
use crate::money::Money;
use crate::proposal::offer_catalogs;
use crate::provenance::cite;
use crate::tables::{Catalog, Guarantee, GuaranteeBasis, Offer, Switch, Tables, TaxPolicy};

use super::model::{LineKind, PathQuote};
use super::pricing::{line, price_path, PathGuarantee, PathInput};
use super::request::{OldOrder, QuoteRequest};

/// How the offer's unconfirmed terms are read for one quote: as the table says, or, to measure
/// an assumption, the other way.
#[derive(Clone, Copy, Debug)]
pub(super) struct Reading {
    /// What the old order paid counts toward the new car.
    pub paid_carries: bool,
    /// The switched order keeps the guarantee.
    pub retained: bool,
    /// Which car the kept guarantee is computed on.
    pub basis: GuaranteeBasis,
    /// Estimated prices are taken as ¥0 ("what if they were free?").
    pub zero_estimates: bool,
}

impl Reading {
    /// The offer's terms as its table states them (a guarantee-only offer states none: no
    /// switch path reads them).
    pub(super) fn of(offer: &Offer) -> Reading {
        Reading {
            paid_carries: offer.switch.as_ref().is_some_and(|w| w.amount_paid_carries_over.value),
            retained: offer.switch.as_ref().is_some_and(|w| w.guarantee_retained.value),
            basis: offer.switch.as_ref().map_or(GuaranteeBasis::InvoicedCar, |w| w.guarantee_basis.value),
            zero_estimates: false,
        }
    }
}

/// The tables a quote reads for one request.
pub(super) struct QuoteTables<'a> {
    pub(super) offer: &'a Offer,
    pub(super) from: &'a Catalog,
    pub(super) guarantee: Option<&'a Guarantee>,
    pub(super) from_policy: &'a TaxPolicy,
    /// The offer's switch terms, its new catalog and that catalog's tax policy; `None` for a
    /// guarantee-only offer.
    pub(super) switch: Option<SwitchTables<'a>>,
}

/// The tables the switch path reads.
pub(super) struct SwitchTables<'a> {
    pub(super) terms: &'a Switch,
    pub(super) to: &'a Catalog,
    pub(super) policy: &'a TaxPolicy,
}

pub(super) fn quote_tables<'a>(tables: &'a Tables, offer_id: &str) -> Result<QuoteTables<'a>, EngineError> {
    let (offer, from, to) = offer_catalogs(tables, offer_id)?;
    let policy_for = |c: &Catalog| {
        tables.tax_policy(&c.market).ok_or_else(|| EngineError::TablesIncomplete {
            path: "offer".into(),
            missing: format!("tax policy for market '{}'", c.market),
        })
    };
    let switch = match (&offer.switch, to) {
        (Some(terms), Some(to)) => Some(SwitchTables { terms, to, policy: policy_for(to)? }),
        _ => None,
    };
    Ok(QuoteTables {
        offer,
        from,
        guarantee: offer.guarantee.as_deref().and_then(|g| tables.guarantee(g)),
        from_policy: policy_for(from)?,
        switch,
    })
}

/// The old order's configuration, completed with defaults and checked against its catalog.
pub(super) fn old_configuration(from: &Catalog, old: &OldOrder) -> Result<Configuration, EngineError> {
    // Bounded before anything is done with it (check_given bounds the options).
    if old.gifted.len() > MAX_OPTIONS {
        return Err(EngineError::TooLarge { path: "old_order.gifted".into(), limit: MAX_OPTIONS });
    }
    if old.amount_paid.is_negative() {
        return Err(EngineError::NegativeAmount { path: "old_order.amount_paid".into() });
    }
    let given = Configuration { trim: old.trim.clone(), options: old.options.clone() };
    let (config, problems) = check_given(from, &given);
    if let Some(v) = problems.into_iter().next() {
        return Err(v.into_error("old_order", &old.trim));
    }
    if let Some(bad) = old.gifted.iter().find(|r| !from.is_order_benefit(&config.options, r)) {
        return Err(EngineError::InvalidConfiguration {
            path: "old_order.gifted".into(),
            first: format!("'{bad}' is not a chosen option that was ever given as an order benefit"),
        });
    }
    Ok(config)
}

/// The keep path: the old order on its catalog's newest price list.
pub(super) fn keep_path(
    t: &QuoteTables<'_>,
    old: &OldOrder,
    config: Configuration,
    invoice: Date,
) -> Result<PathQuote, EngineError> {
    let old_list = t.from.latest_price_list().ok_or_else(|| EngineError::TablesIncomplete {
        path: "old_order".into(),
        missing: format!("price list in catalog '{}'", t.from.id),
    })?;
    price_path(
        t.from_policy,
        PathInput {
            catalog: t.from,
            config,
            price_list: old_list.id.clone(),
            paid: line(LineKind::AmountPaid, old.amount_paid, None, false),
            invoice_date: invoice,
            guarantee: t.guarantee.map(|terms| PathGuarantee {
                terms,
                retained: true,
                basis: GuaranteeBasis::InvoicedCar,
                basis_estimate: false,
            }),
            original_total: None,
            locked_on: old.locked_on,
            path: "old_order",
            // The old order's prices are the owner's known facts; only the new car's are measured.
            zero_estimates: false,
            gifted: old.gifted.clone(),
        },
    )
}

/// The switch path for a proposed (or requested) new configuration.
pub(super) fn switch_path(
    t: &QuoteTables<'_>,
    w: &SwitchTables<'_>,
    request: &QuoteRequest,
    proposed: Configuration,
    keep_total: Money,
    reading: &Reading,
) -> Result<PathQuote, EngineError> {
    let (offer, to, old) = (w.terms, w.to, &request.old_order);
    // The engine's own proposal is complete and valid (tests/engine/exhaustive.rs proves it for
    // every table); only a configuration from the request is checked here.
    let config = match &request.new_configuration {
        None => proposed,
        Some(given) => {
            let (config, problems) = check_given(to, given);
            if let Some(v) = problems.into_iter().next() {
                return Err(v.into_error("new_configuration", &config.trim));
            }
            config
        }
    };
    let price_list = request.price_list.clone().unwrap_or_else(|| offer.default_price_list.value.clone());
    if to.price_list(&price_list).is_none() {
        return Err(EngineError::UnknownPriceList { path: "price_list".into(), id: price_list });
    }
    let carries = &offer.amount_paid_carries_over;
    let paid = line(
        LineKind::AmountPaid,
        if reading.paid_carries { old.amount_paid } else { Money::ZERO },
        Some(cite(&t.offer.sources, carries)),
        carries.status.is_estimate(),
    );
    let guarantee = t.guarantee.map(|terms| PathGuarantee {
        terms,
        retained: reading.retained,
        basis: reading.basis,
        basis_estimate: offer.guarantee_basis.status.is_estimate() || offer.guarantee_retained.status.is_estimate(),
    });
    price_path(
        w.policy,
        PathInput {
            catalog: to,
            config,
            price_list,
            paid,
            invoice_date: request.switch_invoice_date,
            guarantee,
            original_total: Some(keep_total),
            locked_on: old.locked_on,
            path: "new_configuration",
            zero_estimates: reading.zero_estimates,
            gifted: Vec::new(),
        },
    )
}
