//! The load-bearing assumptions behind the decision number: each unconfirmed reading of the
//! offer, the estimated prices and the expected invoice years, with how much the number moves
//! if it does not hold — measured by quoting again the other way — and the range they span
//! taken together: every combination of them quoted, since their effects overlap (a guarantee
//! not kept and an invoice a year late remove the same subsidy).

use crate::date::Date;
use crate::error::EngineError;
use crate::figure::{Figure, Provenance, Status};
use crate::format::yuan;
use crate::money::Money;
use crate::provenance::cite;
use crate::tables::{GuaranteeBasis, Offer, Switch, Tables};
use crate::text::Text;
use crate::words;

use super::assemble::Decider;
use super::model::{Assumption, AssumptionCode, DecisionRange, Precedent, Quote, QuoteLine};
use super::paths::Reading;
use super::request::QuoteRequest;

/// What is different when an assumption does not hold: one term read the other way, or one
/// field of the request. Changes of different assumptions combine.
#[derive(Clone)]
enum Otherwise {
    PaidCarries(bool),
    Retained(bool),
    Basis(GuaranteeBasis),
    ZeroEstimates,
    PriceList(String),
    SwitchInvoice(Date),
}

impl Otherwise {
    /// `reading` and `request` with this change made.
    fn apply(&self, reading: &mut Reading, request: &mut QuoteRequest) {
        match self {
            Otherwise::PaidCarries(v) => reading.paid_carries = *v,
            Otherwise::Retained(v) => reading.retained = *v,
            Otherwise::Basis(v) => reading.basis = *v,
            Otherwise::ZeroEstimates => reading.zero_estimates = true,
            Otherwise::PriceList(id) => request.price_list = Some(id.clone()),
            Otherwise::SwitchInvoice(d) => request.switch_invoice_date = *d,
        }
    }
}

/// The decision number with `changes` made; `base` when the changed quote has none.
fn decided_with(
    decider: &Decider<'_>,
    request: &QuoteRequest,
    reading: Reading,
    changes: &[&Otherwise],
    base: Money,
) -> Result<Money, EngineError> {
    let (mut reading, mut request) = (reading, request.clone());
    for c in changes {
        c.apply(&mut reading, &mut request);
    }
    Ok(decider.extra_cash(&request, &reading)?.unwrap_or(base))
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
    decider: Decider<'a>,
    request: &'a QuoteRequest,
    offer: &'a Offer,
    switch: &'a Switch,
    reading: Reading,
    base: Money,
    list: Vec<Assumption>,
    /// What every stated assumption changes, listed or not: one that moves nothing alone may
    /// move the number together with another, so the range takes them all.
    stated: Vec<(AssumptionCode, Otherwise)>,
}

impl Measure<'_> {
    /// Quotes `other` and lists the assumption when it moves the number. A term of the offer
    /// that the table sources officially or in the press is settled: listed, not ranged over.
    fn add(&mut self, stated: Stated, other: Otherwise) -> Result<(), EngineError> {
        let moved = decided_with(&self.decider, self.request, self.reading, &[&other], self.base)?;
        let effect = moved.checked_sub(self.base).ok_or_else(overflow)?;
        let settled = matches!(stated.standing.0, Status::Official | Status::Press) && is_offer_term(stated.code);
        if !settled {
            self.stated.push((stated.code, other));
        }
        // A settled term is said once, however many alternatives it had (price lists).
        let said = settled && self.list.iter().any(|a| a.code == stated.code);
        if !effect.is_zero() && !said {
            let Stated { code, assumed, otherwise, standing: (status, provenance) } = stated;
            let precedents = Vec::new();
            self.list.push(Assumption { code, assumed, otherwise, status, provenance, effect, precedents, settled });
        }
        Ok(())
    }

    /// The offer's unconfirmed terms: the amount paid carried over, the guarantee kept, its basis.
    fn offer_terms(&mut self) -> Result<(), EngineError> {
        let (offer, switch, reading) = (self.offer, self.switch, self.reading);
        let paid = yuan(self.request.old_order.amount_paid);
        self.add(
            Stated {
                code: AssumptionCode::AmountPaidCarriesOver,
                assumed: words::PAID_CARRIES_OVER.text(&[("paid", &Text::same(paid))]),
                otherwise: words::IF_NOT_CARRIED.both(),
                standing: sourced(offer, &switch.amount_paid_carries_over),
            },
            Otherwise::PaidCarries(!reading.paid_carries),
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
                standing: sourced(offer, &switch.guarantee_retained),
            },
            Otherwise::Retained(!reading.retained),
        )?;
        // Such promises have been changed after the fact: the guarantee table's precedents, beside
        // a guarantee still assumed kept (one a source confirms needs no warning).
        if let Some(a) = self.list.iter_mut().find(|a| a.code == AssumptionCode::GuaranteeRetained && !a.settled) {
            let cited = |p: &Figure<Text>| Precedent { text: p.value.clone(), provenance: cite(&guarantee.sources, p) };
            a.precedents = guarantee.precedents.iter().map(cited).collect();
        }
        let other_basis = match reading.basis {
            GuaranteeBasis::InvoicedCar => GuaranteeBasis::OriginalOrder,
            GuaranteeBasis::OriginalOrder => GuaranteeBasis::InvoicedCar,
        };
        self.add(
            Stated {
                code: AssumptionCode::GuaranteeBasis,
                assumed: words::GUARANTEE_ON_INVOICED_CAR.both(),
                otherwise: words::IF_ON_ORIGINAL_ORDER.both(),
                standing: sourced(offer, &switch.guarantee_basis),
            },
            Otherwise::Basis(other_basis),
        )
    }

    /// The price list paid, against each other list of the new car: our reading when it is the
    /// offer's default, the owner's choice otherwise.
    fn price_list(&mut self) -> Result<(), EngineError> {
        let default = &self.switch.default_price_list;
        let chosen = self.request.price_list.as_deref().unwrap_or(&default.value);
        let Some(to) = self.tables.catalog(&self.switch.to_catalog) else { return Ok(()) };
        let Some(paid) = to.price_list(chosen) else { return Ok(()) };
        let standing = if chosen == default.value { sourced(self.offer, default) } else { (Status::Estimate, None) };
        for other in to.price_lists.iter().filter(|l| l.id != chosen) {
            self.add(
                Stated {
                    code: AssumptionCode::PriceListPaid,
                    assumed: words::PRICE_LIST_PAID.text(&[("list", &paid.name)]),
                    otherwise: words::IF_PRICE_LIST.text(&[("list", &other.name)]),
                    standing: standing.clone(),
                },
                Otherwise::PriceList(other.id.clone()),
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
            Otherwise::ZeroEstimates,
        )
    }

    /// The switch path's delivery slipping into the next tax year. The kept first-generation
    /// order cannot be delivered much later (its production ended), so only the switch's year
    /// is an assumption.
    fn invoice_year(&mut self) -> Result<(), EngineError> {
        let (date, default) = (self.request.switch_invoice_date, &self.switch.typical_invoice);
        let Some(later) = a_year_later(date) else { return Ok(()) };
        let (y, this) = (Text::of(later.year()), Text::of(date.year()));
        self.add(
            Stated {
                code: AssumptionCode::SwitchInvoiceYear,
                assumed: words::SWITCH_INVOICED_ON.text(&[("date", &Text::day(date)), ("year", &this)]),
                otherwise: words::IF_INVOICED_IN.text(&[("year", &y)]),
                // Our typical date cites its reasoning; a date the owner typed is their expectation.
                standing: if date == default.value { sourced(self.offer, default) } else { (Status::Estimate, None) },
            },
            Otherwise::SwitchInvoice(later),
        )
    }

    /// The lowest and highest decision number over every combination of the stated assumptions
    /// not holding: each assumption held or not; of several price lists, at most one.
    fn joint_range(&self) -> Result<DecisionRange, EngineError> {
        let mut range = DecisionRange { low: self.base, high: self.base };
        // One wheel per assumption kind (the price lists are listed side by side): it holds, or
        // one of its alternatives is taken.
        let mut kinds: Vec<(AssumptionCode, Vec<&Otherwise>)> = Vec::new();
        for (code, c) in &self.stated {
            match kinds.iter_mut().find(|(k, _)| k == code) {
                Some((_, alternatives)) => alternatives.push(c),
                None => kinds.push((*code, vec![c])),
            }
        }
        let mut pick = vec![0_usize; kinds.len()];
        loop {
            // pick[i] = 0: assumption i holds; n: its n-th alternative.
            let changes: Vec<&Otherwise> = kinds
                .iter()
                .zip(&pick)
                .filter_map(|((_, k), &p)| p.checked_sub(1).and_then(|i| k.get(i)).copied())
                .collect();
            if !changes.is_empty() {
                let n = decided_with(&self.decider, self.request, self.reading, &changes, self.base)?;
                range.low = range.low.min(n);
                range.high = range.high.max(n);
            }
            // The next combination, as an odometer whose i-th wheel has kinds[i].len() + 1 places.
            let Some(i) = pick.iter().zip(&kinds).position(|(&p, (_, k))| p < k.len()) else { break };
            for p in pick.iter_mut().take(i) {
                *p = 0;
            }
            if let Some(p) = pick.get_mut(i) {
                *p += 1;
            }
        }
        Ok(range)
    }
}

/// Terms of the offer, which a later source can settle; estimated prices and the owner's
/// expected invoice date stay assumptions whatever their source.
fn is_offer_term(code: AssumptionCode) -> bool {
    matches!(
        code,
        AssumptionCode::AmountPaidCarriesOver
            | AssumptionCode::GuaranteeRetained
            | AssumptionCode::GuaranteeBasis
            | AssumptionCode::PriceListPaid
    )
}

fn overflow() -> EngineError {
    EngineError::Overflow { path: "assumptions".into() }
}

/// Adds the assumptions, the range and the meaningful estimate flag to a quote with a decision
/// number; a keep-only quote is left as it is.
pub(super) fn add_assumptions(tables: &Tables, request: &QuoteRequest, q: &mut Quote) -> Result<(), EngineError> {
    let Some(base) = q.extra_cash_to_switch else { return Ok(()) };
    let Some(offer) = tables.offer(&request.offer) else { return Ok(()) };
    let Some(switch) = offer.switch.as_ref() else { return Ok(()) };
    let decider = Decider::new(tables, request)?;
    let reading = Reading::of(offer);
    let mut m =
        Measure { tables, decider, request, offer, switch, reading, base, list: Vec::new(), stated: Vec::new() };
    m.offer_terms()?;
    m.price_list()?;
    m.estimated_prices(q)?;
    m.invoice_year()?;
    q.decision_range = Some(m.joint_range()?);
    q.extra_cash_is_estimate = m.list.iter().any(|a| a.status.is_estimate());
    q.assumptions = m.list;
    Ok(())
}
