//! The load-bearing assumptions behind the decision number: each unconfirmed reading of the
//! offer, the estimated prices and the expected invoice years, with how much the number moves
//! if it does not hold — measured by quoting again the other way — and the range they span.

use crate::date::Date;
use crate::error::EngineError;
use crate::figure::{Figure, Provenance, Status};
use crate::format::yuan;
use crate::money::Money;
use crate::provenance::cite;
use crate::tables::{GuaranteeBasis, Offer, Tables};
use crate::text::Text;
use crate::words;

use super::assemble::quote_with;
use super::model::{Assumption, AssumptionCode, DecisionRange, Quote, QuoteLine};
use super::paths::Reading;
use super::request::QuoteRequest;

/// How an assumption is measured: a different reading of the offer, or a different request.
enum Otherwise {
    Reading(Reading),
    Request(Box<QuoteRequest>),
}

/// The decision number measured the other way, minus `base`.
fn effect(
    tables: &Tables,
    request: &QuoteRequest,
    reading: &Reading,
    other: Otherwise,
    base: Money,
) -> Result<Money, EngineError> {
    let q = match other {
        Otherwise::Reading(r) => quote_with(tables, request, &r)?,
        Otherwise::Request(r) => quote_with(tables, &r, reading)?,
    };
    let moved = q.extra_cash_to_switch.unwrap_or(base);
    moved.checked_sub(base).ok_or_else(|| EngineError::Overflow { path: "assumptions".into() })
}

fn sourced<T>(offer: &Offer, f: &Figure<T>) -> (Status, Option<Provenance>) {
    (f.status, Some(cite(&offer.sources, f)))
}

/// The same day a year later (28 February for 29 February).
fn a_year_later(d: Date) -> Option<Date> {
    let y = d.year().checked_add(1)?;
    Date::new(y, d.month(), d.day()).or_else(|| Date::new(y, d.month(), d.day().saturating_sub(1)))
}

/// Every estimated line of the new car, named once each.
fn estimated_names(q: &Quote) -> Option<Text> {
    let lines: Vec<&QuoteLine> = q.switch.iter().flat_map(|s| &s.items).filter(|l| l.estimate).collect();
    let mut names: Vec<&Text> = Vec::new();
    for l in lines.iter().filter_map(|l| l.label.as_ref()) {
        if !names.contains(&l) {
            names.push(l);
        }
    }
    if names.is_empty() {
        return None;
    }
    Some(words::list(&names))
}

/// One assumption's words and standing, before it is measured.
struct Stated {
    code: AssumptionCode,
    assumed: Text,
    otherwise: Text,
    standing: (Status, Option<Provenance>),
}

/// Measures assumptions against one quote's decision number and keeps the load-bearing ones.
struct Measure<'a> {
    tables: &'a Tables,
    request: &'a QuoteRequest,
    offer: &'a Offer,
    reading: Reading,
    base: Money,
    list: Vec<Assumption>,
}

impl Measure<'_> {
    /// Quotes `other` and lists the assumption when it moves the number.
    fn add(&mut self, stated: Stated, other: Otherwise) -> Result<(), EngineError> {
        let effect = effect(self.tables, self.request, &self.reading, other, self.base)?;
        if !effect.is_zero() {
            let Stated { code, assumed, otherwise, standing: (status, provenance) } = stated;
            self.list.push(Assumption { code, assumed, otherwise, status, provenance, effect });
        }
        Ok(())
    }

    /// The offer's unconfirmed terms: the amount paid carried over, the guarantee kept, its basis.
    fn offer_terms(&mut self) -> Result<(), EngineError> {
        let (offer, reading) = (self.offer, self.reading);
        let paid = yuan(self.request.old_order.amount_paid);
        self.add(
            Stated {
                code: AssumptionCode::AmountPaidCarriesOver,
                assumed: words::PAID_CARRIES_OVER.text(&[("paid", &Text::same(paid))]),
                otherwise: words::IF_NOT_CARRIED.both(),
                standing: sourced(offer, &offer.amount_paid_carries_over),
            },
            Otherwise::Reading(Reading { paid_carries: !reading.paid_carries, ..reading }),
        )?;
        // The guarantee's own name from its table: the engine names no maker.
        let Some(guarantee) = offer.guarantee.as_deref().and_then(|id| self.tables.guarantee(id)) else {
            return Ok(());
        };
        self.add(
            Stated {
                code: AssumptionCode::GuaranteeRetained,
                assumed: words::GUARANTEE_KEPT.text(&[("guarantee", &guarantee.name)]),
                otherwise: words::IF_NOT_KEPT.both(),
                standing: sourced(offer, &offer.guarantee_retained),
            },
            Otherwise::Reading(Reading { retained: !reading.retained, ..reading }),
        )?;
        let other_basis = match reading.basis {
            GuaranteeBasis::InvoicedCar => GuaranteeBasis::OriginalOrder,
            GuaranteeBasis::OriginalOrder => GuaranteeBasis::InvoicedCar,
        };
        self.add(
            Stated {
                code: AssumptionCode::GuaranteeBasis,
                assumed: words::GUARANTEE_ON_INVOICED_CAR.both(),
                otherwise: words::IF_ON_ORIGINAL_ORDER.both(),
                standing: sourced(offer, &offer.guarantee_basis),
            },
            Otherwise::Reading(Reading { basis: other_basis, ..reading }),
        )
    }

    /// The price list paid, against each other list of the new car: our reading when it is the
    /// offer's default, the owner's choice otherwise.
    fn price_list(&mut self) -> Result<(), EngineError> {
        let default = &self.offer.default_price_list;
        let chosen = self.request.price_list.as_deref().unwrap_or(&default.value);
        let Some(to) = self.tables.catalog(&self.offer.to_catalog) else { return Ok(()) };
        let Some(paid) = to.price_list(chosen) else { return Ok(()) };
        let standing = if chosen == default.value { sourced(self.offer, default) } else { (Status::Estimate, None) };
        for other in to.price_lists.iter().filter(|l| l.id != chosen) {
            let mut r = self.request.clone();
            r.price_list = Some(other.id.clone());
            self.add(
                Stated {
                    code: AssumptionCode::PriceListPaid,
                    assumed: words::PRICE_LIST_PAID.text(&[("list", &paid.name)]),
                    otherwise: words::IF_PRICE_LIST.text(&[("list", &other.name)]),
                    standing: standing.clone(),
                },
                Otherwise::Request(Box::new(r)),
            )?;
        }
        Ok(())
    }

    /// The new car's estimated prices, against the same car with those items free.
    fn estimated_prices(&mut self, q: &Quote) -> Result<(), EngineError> {
        let Some(names) = estimated_names(q) else { return Ok(()) };
        self.add(
            Stated {
                code: AssumptionCode::EstimatedPrices,
                assumed: words::ESTIMATES_HOLD.text(&[("names", &names)]),
                otherwise: words::IF_FREE.both(),
                standing: (Status::Estimate, None),
            },
            Otherwise::Reading(Reading { zero_estimates: true, ..self.reading }),
        )
    }

    /// The switch path's delivery slipping into the next tax year. The kept first-generation
    /// order cannot be delivered much later (its production ended), so only the switch's year
    /// is an assumption.
    fn invoice_year(&mut self) -> Result<(), EngineError> {
        let (date, default) = (self.request.switch_invoice_date, &self.offer.ui_defaults.switch_invoice);
        let Some(later) = a_year_later(date) else { return Ok(()) };
        let mut r = self.request.clone();
        r.switch_invoice_date = later;
        let (y, this) = (Text::of(later.year()), Text::of(date.year()));
        self.add(
            Stated {
                code: AssumptionCode::SwitchInvoiceYear,
                assumed: words::SWITCH_INVOICED_ON.text(&[("date", &Text::of(date)), ("year", &this)]),
                otherwise: words::IF_INVOICED_IN.text(&[("year", &y)]),
                // Our typical date cites its reasoning; a date the owner typed is their expectation.
                standing: if date == default.value { sourced(self.offer, default) } else { (Status::Estimate, None) },
            },
            Otherwise::Request(Box::new(r)),
        )
    }
}

/// Adds the assumptions, the range and the meaningful estimate flag to a quote with a decision
/// number; a keep-only quote is left as it is.
pub(super) fn add_assumptions(tables: &Tables, request: &QuoteRequest, q: &mut Quote) -> Result<(), EngineError> {
    let Some(base) = q.extra_cash_to_switch else { return Ok(()) };
    let Some(offer) = tables.offer(&request.offer) else { return Ok(()) };
    let mut m = Measure { tables, request, offer, reading: Reading::of(offer), base, list: Vec::new() };
    m.offer_terms()?;
    m.price_list()?;
    m.estimated_prices(q)?;
    m.invoice_year()?;
    q.decision_range = Some(range(base, &m.list)?);
    q.extra_cash_is_estimate = m.list.iter().any(|a| a.status.is_estimate());
    q.assumptions = m.list;
    Ok(())
}

/// The range: `base` plus the sum of the negative effects, and plus the sum of the positive.
fn range(base: Money, list: &[Assumption]) -> Result<DecisionRange, EngineError> {
    let overflow = || EngineError::Overflow { path: "assumptions".into() };
    let (mut low, mut high) = (base, base);
    for a in list {
        if a.effect.is_negative() {
            low = low.checked_add(a.effect).ok_or_else(overflow)?;
        } else {
            high = high.checked_add(a.effect).ok_or_else(overflow)?;
        }
    }
    Ok(DecisionRange { low, high })
}
