//! The draft resolved: each field read from what the owner typed, or the last valid value with
//! the problem reported at its control, so the result always quotes.

use rust_decimal::Decimal;

use engine::configuration::{check_given, shown_id, Configuration, Violation};
use engine::date::{Date, SourceDate};
use engine::loan::{self, DownPayment, LoanTerms};
use engine::money::Money;
use engine::on_road::OnRoadRequest;
use engine::quote::{OldOrder, QuoteRequest};
use engine::tables::{Catalog, Offer, Tables};
use engine::text::Text;
use engine::timeline::assumed_lock;

use crate::draft::{Draft, Field, FieldError, LoanDraft, Resolved};
use crate::typed::{typed_yuan, without_separators};
use crate::words;

fn err(field: Field, message: Text) -> FieldError {
    FieldError { field, group: None, message }
}

fn violations(field: Field, v: Vec<Violation>) -> impl Iterator<Item = FieldError> {
    v.into_iter().map(move |v| FieldError { field, group: v.group, message: v.message })
}

impl Draft {
    /// Resolves the draft against `previous`, the last valid request.
    ///
    /// Each field is taken from the draft when it is valid, else from `previous`; every problem
    /// is reported. When the offer or trims change, `previous` values that no longer fit are
    /// replaced by defaults so the result is always quotable. An unknown offer is reported on
    /// [`Field::Offer`] and `previous`'s offer is used for the rest of the draft.
    #[must_use]
    pub fn resolve(&self, tables: &Tables, previous: &QuoteRequest) -> Resolved {
        let mut errors = Vec::new();
        // An unknown offer (a stale link or saved state) is reported, and the rest of the draft
        // is read against the previous request's offer, so the owner's trim and dates survive.
        let catalogs = tables.offer_catalogs(&self.offer).or_else(|| {
            let given = shown_id(&self.offer);
            errors.push(err(Field::Offer, words::UNKNOWN_OFFER.text(&[("offer", &Text::same(given))])));
            tables.offer_catalogs(&previous.offer)
        });
        let Some((offer, from, to)) = catalogs else {
            return Resolved { request: previous.clone(), errors, lock_given: false };
        };
        let same_offer = previous.offer == offer.id;
        let old_trim = self.resolve_old_trim(from, previous, same_offer, &mut errors);
        let old_options = self.resolve_old_options(from, &old_trim, previous, same_offer, &mut errors);
        // A lock date that does not read is reported and treated as not given: the screen then
        // shows both sides of the cut-off instead of quietly assuming a date.
        let typed = !self.locked_on.trim().is_empty();
        let parsed = self.locked_on.parse::<Date>().ok();
        if typed && parsed.is_none() {
            resolve_date(&self.locked_on, Field::LockedOn, previous.old_order.locked_on, &mut errors);
        }
        let lock_given = parsed.is_some();
        let locked_on =
            parsed.unwrap_or_else(|| assumed_lock(offer, offer.guarantee.as_deref().and_then(|g| tables.guarantee(g))));
        let amount_paid = resolve_amount(&self.amount_paid, previous.old_order.amount_paid, &mut errors);
        // A guarantee-only offer reads neither a new car nor a price list.
        let switch = offer.switch.as_ref().zip(to);
        let new_configuration =
            switch.and_then(|(_, to)| self.resolve_new_configuration(to, previous, same_offer, &mut errors));
        let price_list = switch.map(|(w, to)| {
            if to.price_list(&self.price_list).is_some() {
                self.price_list.clone()
            } else {
                errors.push(err(Field::PriceList, words::UNKNOWN_PRICE_LIST.both()));
                w.default_price_list.value.clone()
            }
        });
        let keep_invoice_date =
            resolve_date(&self.keep_invoice, Field::KeepInvoice, previous.keep_invoice_date, &mut errors);
        let switch_invoice_date =
            resolve_date(&self.switch_invoice, Field::SwitchInvoice, previous.switch_invoice_date, &mut errors);
        Resolved {
            request: QuoteRequest {
                offer: offer.id.clone(),
                old_order: OldOrder {
                    gifted: self.resolve_gifted(from, &old_options, &mut errors),
                    trim: old_trim,
                    options: old_options,
                    locked_on,
                    amount_paid,
                },
                new_configuration,
                price_list,
                keep_invoice_date,
                switch_invoice_date,
                loan: self.resolve_loan(offer, previous.loan.as_ref(), &mut errors),
                on_road: self.on_road.then(|| OnRoadRequest {
                    trade_in: self.resolve_trade_in(tables, &offer.id, &mut errors),
                    ..OnRoadRequest::default()
                }),
            },
            errors,
            lock_given,
        }
    }

    fn resolve_old_trim(
        &self,
        from: &Catalog,
        previous: &QuoteRequest,
        same_offer: bool,
        errors: &mut Vec<FieldError>,
    ) -> String {
        if from.trim(&self.old_trim).is_some() {
            return self.old_trim.clone();
        }
        errors.push(err(Field::OldTrim, words::UNKNOWN_TRIM.both()));
        if same_offer {
            previous.old_order.trim.clone()
        } else {
            from.trims.first().map(|t| t.id.clone()).unwrap_or_default()
        }
    }

    fn resolve_old_options(
        &self,
        from: &Catalog,
        old_trim: &str,
        previous: &QuoteRequest,
        same_offer: bool,
        errors: &mut Vec<FieldError>,
    ) -> Vec<String> {
        let config = Configuration { trim: old_trim.to_string(), options: self.old_options.clone() };
        let (_, problems) = check_given(from, &config);
        if problems.is_empty() {
            return self.old_options.clone();
        }
        errors.extend(violations(Field::OldOptions, problems));
        let prev = Configuration { trim: old_trim.to_string(), options: previous.old_order.options.clone() };
        if same_offer && check_given(from, &prev).1.is_empty() {
            prev.options
        } else {
            Vec::new()
        }
    }

    /// The benefits the owner ticked that are chosen options ever given as benefits; any other
    /// is reported and left out.
    fn resolve_gifted(&self, from: &Catalog, old_options: &[String], errors: &mut Vec<FieldError>) -> Vec<String> {
        let (mut good, bad): (Vec<String>, Vec<String>) =
            self.gifted_options.iter().cloned().partition(|r| from.is_order_benefit(old_options, r));
        // Each benefit once: a chosen option can only have been given once.
        let mut seen = std::collections::BTreeSet::new();
        good.retain(|r| seen.insert(r.clone()));
        if let Some(r) = bad.first() {
            let r = shown_id(r);
            errors.push(err(Field::OldOptions, words::NOT_A_BENEFIT.text(&[("option", &Text::same(r))])));
        }
        good
    }

    /// The trade-in subsidy, where the offer's market has it; another is reported and none
    /// applied (a link from other tables, or altered).
    fn resolve_trade_in(&self, tables: &Tables, offer: &str, errors: &mut Vec<FieldError>) -> Option<String> {
        let id = self.trade_in.as_ref()?;
        let known = tables.on_road_for_offer(offer).is_some_and(|t| t.trade_in.iter().any(|s| &s.id == id));
        if !known {
            errors.push(err(Field::TradeIn, words::UNKNOWN_TRADE_IN.text(&[("id", &Text::same(shown_id(id)))])));
        }
        known.then(|| id.clone())
    }

    fn resolve_new_configuration(
        &self,
        to: &Catalog,
        previous: &QuoteRequest,
        same_offer: bool,
        errors: &mut Vec<FieldError>,
    ) -> Option<Configuration> {
        let given = self.new_configuration.as_ref()?;
        let (_, problems) = check_given(to, given);
        if problems.is_empty() {
            return Some(given.clone());
        }
        errors.extend(violations(Field::NewConfiguration, problems));
        previous.new_configuration.clone().filter(|p| same_offer && check_given(to, p).1.is_empty())
    }
}

/// A typed date, or `previous` with the problem reported on `field`. An invoice date may be a
/// month (`2026-04`, the expected delivery month): it counts as the month's last day, the
/// latest invoice that month, which is what decides the tax year and the guarantee's window.
fn resolve_date(text: &str, field: Field, previous: Date, errors: &mut Vec<FieldError>) -> Date {
    let month_end = || match text.parse::<SourceDate>() {
        Ok(SourceDate::Month(y, m)) if field != Field::LockedOn => Date::last_of_month(y, m),
        _ => None,
    };
    text.parse::<Date>().ok().or_else(month_end).unwrap_or_else(|| {
        let words = if field == Field::LockedOn { words::LOCK_DATE_FORMAT } else { words::INVOICE_DATE_FORMAT };
        errors.push(err(field, words.both()));
        previous
    })
}

impl Draft {
    /// The loan terms, the rate read from percent; a rate that does not read (or is out of
    /// range) keeps the previous terms' rate and is reported.
    fn resolve_loan(
        &self,
        offer: &Offer,
        previous: Option<&LoanTerms>,
        errors: &mut Vec<FieldError>,
    ) -> Option<LoanTerms> {
        let l = self.loan.as_ref()?;
        let typed = without_separators(&l.rate_percent).trim_end_matches(['%', '％']).trim().parse::<Decimal>();
        let rate = match typed.map(|p| p / Decimal::ONE_HUNDRED) {
            Ok(r) if !r.is_sign_negative() && r <= Decimal::new(5, 1) => r,
            _ => {
                errors.push(err(Field::LoanRate, words::LOAN_RATE_RANGE.both()));
                // No earlier loan to keep: the offer's starting rate, never a silent 0 %.
                let start = LoanDraft::starting(offer).rate_percent.parse::<Decimal>().unwrap_or_default();
                previous.map_or(start / Decimal::ONE_HUNDRED, |p| p.rate)
            }
        };
        let (min, max) = (*loan::MONTHS.start(), *loan::MONTHS.end());
        let months = l.months.clamp(min, max);
        if months != l.months {
            // Only a link, saved data or a widget host can give such a term (the chips offer none).
            let n = |v: u16| Text::same(v.to_string());
            let slots = [("min", &n(min)), ("max", &n(max)), ("months", &n(months)), ("given", &n(l.months))];
            errors.push(err(Field::LoanMonths, words::LOAN_MONTHS_RANGE.text(&slots)));
        }
        let terms = LoanTerms {
            down_payment: DownPayment::Share(l.down_share.clamp(Decimal::ZERO, Decimal::ONE)),
            months,
            rate,
            rate_kind: l.rate_kind,
        };
        Some(terms)
    }
}

/// A typed amount, or `previous` with the problem reported.
fn resolve_amount(text: &str, previous: Money, errors: &mut Vec<FieldError>) -> Money {
    match typed_yuan(text) {
        Ok(m) if !m.is_negative() => m,
        Ok(_) => {
            errors.push(err(Field::AmountPaid, words::AMOUNT_NEGATIVE.both()));
            previous
        }
        Err(_) => {
            errors.push(err(Field::AmountPaid, words::AMOUNT_FORMAT.both()));
            previous
        }
    }
}
