//! One path priced: its items on a price list, the list total, the seller's guarantee as a
//! final-payment reduction, what is owed, the purchase tax and the cash still needed.

use crate::configuration::{option_price, Configuration};
use crate::date::Date;
use crate::error::EngineError;
use crate::figure::Provenance;
use crate::money::Money;
use crate::provenance::cite;
use crate::tables::{Catalog, Guarantee, GuaranteeBasis, TaxPolicy};
use crate::tax::{purchase_tax, steps, PurchaseTax};

use super::model::{GuaranteeCheck, LineKind, PathQuote, QuoteLine};

pub(super) fn line(kind: LineKind, amount: Money, provenance: Option<Provenance>, estimate: bool) -> QuoteLine {
    QuoteLine { kind, id: None, label: None, amount, provenance, estimate }
}

pub(super) fn add(a: Money, b: Money, path: &str) -> Result<Money, EngineError> {
    a.checked_add(b).ok_or_else(|| EngineError::Overflow { path: path.into() })
}

pub(super) fn sub(a: Money, b: Money, path: &str) -> Result<Money, EngineError> {
    a.checked_sub(b).ok_or_else(|| EngineError::Overflow { path: path.into() })
}

/// Prices a configuration's items on a price list: the trim line and one line per option.
fn items(
    catalog: &Catalog,
    config: &Configuration,
    price_list: &str,
    path: &str,
    zero_estimates: bool,
    gifted: &[String],
) -> Result<Vec<QuoteLine>, EngineError> {
    // "What if the estimated prices were ¥0?" prices every estimated line at zero.
    let priced = |amount: Money, estimate: bool| if estimate && zero_estimates { Money::ZERO } else { amount };
    let trim = catalog
        .trim(&config.trim)
        .ok_or_else(|| EngineError::UnknownTrim { path: format!("{path}.trim"), id: config.trim.clone() })?;
    let price = trim
        .prices
        .get(price_list)
        .ok_or_else(|| EngineError::UnknownPriceList { path: "price_list".into(), id: price_list.into() })?;
    let mut out = Vec::with_capacity(config.options.len() + 1);
    out.push(QuoteLine {
        kind: LineKind::Trim,
        id: Some(trim.id.clone()),
        label: Some(trim.name.clone()),
        amount: priced(price.value, price.status.is_estimate()),
        provenance: Some(cite(&catalog.sources, price)),
        estimate: price.status.is_estimate(),
    });
    for r in &config.options {
        let (_, o) = catalog
            .option(r)
            .ok_or_else(|| EngineError::UnknownOption { path: format!("{path}.options"), id: r.clone() })?;
        // An order benefit the owner received costs nothing; the line cites the benefit.
        let line = match o.order_benefit.as_ref().filter(|_| gifted.contains(r)) {
            Some(b) => (Money::ZERO, cite(&catalog.sources, b), b.status.is_estimate()),
            None => {
                let estimate = o.price.status.is_estimate();
                (priced(option_price(o, &trim.id), estimate), cite(&catalog.sources, &o.price), estimate)
            }
        };
        out.push(QuoteLine {
            kind: LineKind::Option,
            id: Some(r.clone()),
            label: Some(o.name.clone()),
            amount: line.0,
            provenance: Some(line.1),
            estimate: line.2,
        });
    }
    Ok(out)
}

/// The guarantee as one path sees it: the terms, whether the path may hold them at all, which
/// car they are computed on, and whether that reading is an estimate.
#[derive(Clone, Copy)]
pub(super) struct PathGuarantee<'a> {
    pub(super) terms: &'a Guarantee,
    pub(super) retained: bool,
    pub(super) basis: GuaranteeBasis,
    pub(super) basis_estimate: bool,
}

pub(super) struct PathInput<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) config: Configuration,
    pub(super) price_list: String,
    pub(super) paid: QuoteLine,
    pub(super) invoice_date: Date,
    pub(super) guarantee: Option<PathGuarantee<'a>>,
    /// The old order's list total, for the `original_order` basis.
    pub(super) original_total: Option<Money>,
    pub(super) locked_on: Date,
    pub(super) path: &'static str,
    pub(super) zero_estimates: bool,
    /// Options received free as order benefits (the keep path only).
    pub(super) gifted: Vec<String>,
}

/// The guarantee's final-payment reduction on one path, and how it was decided.
fn guarantee_on_path(
    policy: &TaxPolicy,
    p: &PathInput<'_>,
    g: PathGuarantee<'_>,
    total: Money,
    tax: &PurchaseTax,
    items_estimate: bool,
) -> Result<(QuoteLine, GuaranteeCheck), EngineError> {
    let terms = g.terms;
    let basis_price = match g.basis {
        GuaranteeBasis::InvoicedCar => total,
        GuaranteeBasis::OriginalOrder => p.original_total.unwrap_or(total),
    };
    let invoice = GuaranteedInvoice::on(policy, basis_price, (total, tax), p.invoice_date)?;
    let check = guarantee_check(policy, terms, g.retained, p.locked_on, invoice, p.path)?;
    let estimate = check.applies && (g.basis_estimate || terms.cap.status.is_estimate() || items_estimate);
    Ok((line(LineKind::Guarantee, check.amount, Some(cite(&terms.sources, &terms.terms)), estimate), check))
}

/// The invoice a guarantee is computed on: its price, the tax on it at its date, the date.
#[derive(Clone, Copy)]
pub(crate) struct GuaranteedInvoice {
    pub(crate) basis_price: Money,
    pub(crate) tax_on_invoice: Money,
    pub(crate) invoice_date: Date,
}

impl GuaranteedInvoice {
    /// `basis_price` invoiced on `invoice_date`: taxed as the car invoiced (`invoiced`, its
    /// price and tax) where it is that car, else afresh at that date (the original order's).
    pub(crate) fn on(
        policy: &TaxPolicy,
        basis_price: Money,
        invoiced: (Money, &PurchaseTax),
        invoice_date: Date,
    ) -> Result<GuaranteedInvoice, EngineError> {
        let (price, tax) = invoiced;
        let tax_on_invoice =
            if basis_price == price { tax.payable } else { steps(policy, basis_price, invoice_date)?.payable };
        Ok(GuaranteedInvoice { basis_price, tax_on_invoice, invoice_date })
    }
}

/// The guarantee's reduction on `invoice` for an order locked on `locked_on`, and how it was
/// decided: the one rule for a quote's paths and for the check of an owner's papers.
pub(crate) fn guarantee_check(
    policy: &TaxPolicy,
    terms: &Guarantee,
    retained: bool,
    locked_on: Date,
    invoice: GuaranteedInvoice,
    path: &str,
) -> Result<GuaranteeCheck, EngineError> {
    let GuaranteedInvoice { basis_price, tax_on_invoice, invoice_date } = invoice;
    let locked_in_time = locked_on <= terms.locked_by.value;
    let invoice_in_window = terms.invoiced_from.value <= invoice_date && invoice_date <= terms.invoiced_to.value;
    let compared = steps(policy, basis_price, terms.compared_with_invoice_on.value)?.payable;
    let extra = sub(tax_on_invoice, compared, path)?.max(Money::ZERO);
    let applies = retained && locked_in_time && invoice_in_window;
    let amount = if applies { extra.min(terms.cap.value) } else { Money::ZERO };
    Ok(GuaranteeCheck {
        applies,
        locked_in_time,
        invoice_in_window,
        retained_by_offer: retained,
        basis_price,
        tax_on_invoice,
        tax_compared: compared,
        cap_applied: applies && extra > terms.cap.value,
        amount,
        locked_by: terms.locked_by.value,
        invoiced_from: terms.invoiced_from.value,
        invoiced_to: terms.invoiced_to.value,
        // Counted only where something is paid: then each unshowable condition is assumed.
        assumes: if amount.is_zero() { Vec::new() } else { terms.conditions.iter().map(|c| c.value).collect() },
    })
}

/// One path itemised: list total, guarantee, owed, tax and cash needed.
pub(super) fn price_path(policy: &TaxPolicy, p: PathInput<'_>) -> Result<PathQuote, EngineError> {
    let items = items(p.catalog, &p.config, &p.price_list, p.path, p.zero_estimates, &p.gifted)?;
    let mut total = Money::ZERO;
    for i in &items {
        total = add(total, i.amount, p.path)?;
    }
    let items_estimate = items.iter().any(|i| i.estimate);
    let list_total = line(LineKind::ListTotal, total, None, items_estimate);
    let tax = purchase_tax(policy, total, p.invoice_date)?;
    let (guarantee_line, check) = match p.guarantee {
        None => (line(LineKind::Guarantee, Money::ZERO, None, false), None),
        Some(g) => {
            let (l, c) = guarantee_on_path(policy, &p, g, total, &tax, items_estimate)?;
            (l, Some(c))
        }
    };
    let owed = sub(sub(total, p.paid.amount, p.path)?, guarantee_line.amount, p.path)?;
    let owed_estimate = items_estimate || p.paid.estimate || guarantee_line.estimate;
    let owed = line(LineKind::Owed, owed, None, owed_estimate);
    // Outside every relief period the rule applied is the table's no-relief reading (2028 on).
    let rule_estimate = tax.relief_rule.is_none() && policy.no_relief_rule.status.is_estimate();
    let tax_due = line(LineKind::PurchaseTax, tax.payable, None, items_estimate || rule_estimate);
    let cash = add(owed.amount, tax.payable, p.path)?;
    let cash_needed = line(LineKind::CashNeeded, cash, None, owed_estimate || tax_due.estimate);
    Ok(PathQuote {
        configuration: p.config,
        price_list: p.price_list,
        items,
        list_total,
        amount_paid: p.paid,
        guarantee: guarantee_line,
        owed,
        tax_due,
        purchase_tax: tax,
        guarantee_check: check,
        cash_needed,
    })
}
