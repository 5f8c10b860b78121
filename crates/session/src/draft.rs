//! Raw input and its resolution into a valid quote request.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use engine::configuration::{complete, shown_id, validate, Configuration, Violation};
use engine::date::{Date, SourceDate};
use engine::loan::{self, DownPayment, LoanTerms, RateKind};
use engine::money::Money;
use engine::on_road::OnRoadRequest;
use engine::quote::{OldOrder, QuoteRequest};
use engine::tables::{Catalog, FinanceTerms, Offer, Tables};
use engine::text::{Lang, Text};
use engine::timeline::assumed_lock;

use crate::words;

/// What the owner has entered, as entered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Display language.
    pub lang: Lang,
    /// Offer id.
    pub offer: String,
    /// The locked order's trim.
    pub old_trim: String,
    /// The locked order's options (`group/option`).
    pub old_options: Vec<String>,
    /// Old options the owner received free as an order benefit (权益).
    #[serde(default)]
    pub gifted_options: Vec<String>,
    /// Lock date as typed.
    pub locked_on: String,
    /// Amount paid as typed.
    pub amount_paid: String,
    /// The new configuration as edited; `None` follows the proposal.
    pub new_configuration: Option<Configuration>,
    /// The new car's price list.
    pub price_list: String,
    /// Keep path's invoice date as typed.
    pub keep_invoice: String,
    /// Switch path's invoice date as typed.
    pub switch_invoice: String,
    /// The car loan to price, if the owner asked for one.
    #[serde(default)]
    pub loan: Option<LoanDraft>,
    /// Whether to add the market's on-road costs (落地价) on both paths.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_road: bool,
}

/// A car loan as the owner sets it: chips for the down payment, term and kind of rate, the
/// rate as typed (in percent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanDraft {
    /// Down payment share, `"0.15"` for 15 %.
    pub down_share: Decimal,
    /// Number of monthly instalments.
    pub months: u16,
    /// The annual rate in percent as typed, `"2.5"`.
    pub rate_percent: String,
    /// How the rate is stated.
    pub rate_kind: RateKind,
}

/// Which control a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The offer picker.
    Offer,
    /// The old trim.
    OldTrim,
    /// The old options.
    OldOptions,
    /// The lock date.
    LockedOn,
    /// The amount paid.
    AmountPaid,
    /// The new configuration.
    NewConfiguration,
    /// The price list.
    PriceList,
    /// The keep path's invoice date.
    KeepInvoice,
    /// The switch path's invoice date.
    SwitchInvoice,
    /// The loan's rate.
    LoanRate,
}

impl Field {
    /// Every field, in screen order.
    pub const ALL: [Field; 10] = [
        Field::Offer,
        Field::OldTrim,
        Field::OldOptions,
        Field::LockedOn,
        Field::AmountPaid,
        Field::NewConfiguration,
        Field::PriceList,
        Field::KeepInvoice,
        Field::SwitchInvoice,
        Field::LoanRate,
    ];
}

/// A problem with one control's input; the quote uses the previous valid value meanwhile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The control.
    pub field: Field,
    /// The option group concerned, for configuration rules.
    pub group: Option<String>,
    /// In the owner's words.
    pub message: Text,
}

/// A draft resolved: the request to quote and the problems to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The request: the draft where valid, the previous request where not.
    pub request: QuoteRequest,
    /// One entry per problem.
    pub errors: Vec<FieldError>,
    /// False while the owner has not given a lock date: the request then assumes
    /// [`assumed_lock`], and the screen shows both sides of the guarantee's cut-off.
    pub lock_given: bool,
}

fn err(field: Field, message: Text) -> FieldError {
    FieldError { field, group: None, message }
}

fn violations(field: Field, v: Vec<Violation>) -> impl Iterator<Item = FieldError> {
    v.into_iter().map(move |v| FieldError { field, group: v.group, message: v.message })
}

impl Draft {
    /// The default draft for an offer: its first old trim, the catalog deposit, no lock date
    /// (only the owner knows it), and invoice dates that fit the offer (its `ui_defaults`).
    ///
    /// Returns `None` when the tables have no such offer.
    #[must_use]
    pub fn for_offer(tables: &Tables, offer_id: &str, lang: Lang) -> Option<Draft> {
        let (offer, from, _) = tables.offer_catalogs(offer_id)?;
        let trim = from.trims.first()?;
        let d = &offer.ui_defaults;
        Some(Draft {
            lang,
            offer: offer.id.clone(),
            old_trim: trim.id.clone(),
            old_options: Vec::new(),
            gifted_options: Vec::new(),
            locked_on: String::new(),
            amount_paid: from.deposit_for(trim).value.to_string(),
            new_configuration: None,
            price_list: offer.default_price_list.value.clone(),
            keep_invoice: d.keep_invoice.value.to_string(),
            switch_invoice: d.switch_invoice.value.to_string(),
            loan: None,
            on_road: false,
        })
    }

    /// The request a fresh draft for `offer_id` resolves to; the starting "last valid" request.
    #[must_use]
    pub fn default_request(tables: &Tables, offer_id: &str) -> Option<QuoteRequest> {
        let d = Draft::for_offer(tables, offer_id, Lang::Zh)?;
        let offer = tables.offer(offer_id)?;
        Some(QuoteRequest {
            offer: d.offer.clone(),
            old_order: OldOrder {
                gifted: Vec::new(),
                trim: d.old_trim.clone(),
                options: Vec::new(),
                locked_on: assumed_lock(offer, offer.guarantee.as_deref().and_then(|g| tables.guarantee(g))),
                amount_paid: Money::parse(&d.amount_paid).ok()?,
            },
            new_configuration: None,
            price_list: Some(d.price_list),
            keep_invoice_date: offer.ui_defaults.keep_invoice.value,
            switch_invoice_date: offer.ui_defaults.switch_invoice.value,
            loan: None,
            on_road: None,
        })
    }

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
        let new_configuration = self.resolve_new_configuration(to, previous, same_offer, &mut errors);
        let price_list = if to.price_list(&self.price_list).is_some() {
            self.price_list.clone()
        } else {
            errors.push(err(Field::PriceList, words::UNKNOWN_PRICE_LIST.both()));
            offer.default_price_list.value.clone()
        };
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
                price_list: Some(price_list),
                keep_invoice_date,
                switch_invoice_date,
                loan: self.resolve_loan(offer, previous.loan.as_ref(), &mut errors),
                on_road: self.on_road.then(OnRoadRequest::default),
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
        let problems = validate(from, &complete(from, &config));
        if problems.is_empty() {
            return self.old_options.clone();
        }
        errors.extend(violations(Field::OldOptions, problems));
        let prev = Configuration { trim: old_trim.to_string(), options: previous.old_order.options.clone() };
        if same_offer && validate(from, &complete(from, &prev)).is_empty() {
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

    fn resolve_new_configuration(
        &self,
        to: &Catalog,
        previous: &QuoteRequest,
        same_offer: bool,
        errors: &mut Vec<FieldError>,
    ) -> Option<Configuration> {
        let given = self.new_configuration.as_ref()?;
        let problems = validate(to, &complete(to, given));
        if problems.is_empty() {
            return Some(given.clone());
        }
        errors.extend(violations(Field::NewConfiguration, problems));
        previous.new_configuration.clone().filter(|p| same_offer && validate(to, &complete(to, p)).is_empty())
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

impl LoanDraft {
    /// Where the loan view starts for `offer`: the seller's reported finance terms (their
    /// lowest down payment, longest term and fee rate), else a bank loan we picked as an example
    /// (from no source; the loan view says so and asks for the owner's own terms).
    #[must_use]
    pub fn starting(offer: &Offer) -> LoanDraft {
        match &offer.finance {
            Some(f) => LoanDraft::starting_from(f),
            None => LoanDraft {
                down_share: Decimal::new(3, 1),
                months: 36,
                rate_percent: "3.5".into(),
                rate_kind: RateKind::Interest,
            },
        }
    }
}

impl LoanDraft {
    /// The seller's reported terms: their lowest down payment, longest term and fee rate.
    #[must_use]
    pub fn starting_from(f: &FinanceTerms) -> LoanDraft {
        LoanDraft {
            down_share: f.min_down_share.value,
            months: f.max_months.value,
            rate_percent: (f.fee_rate.value * Decimal::ONE_HUNDRED).normalize().to_string(),
            rate_kind: RateKind::FlatFee,
        }
    }
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
        let terms = LoanTerms {
            down_payment: DownPayment::Share(l.down_share.clamp(Decimal::ZERO, Decimal::ONE)),
            months: l.months.clamp(*loan::MONTHS.start(), *loan::MONTHS.end()),
            rate,
            rate_kind: l.rate_kind,
        };
        Some(terms)
    }
}

/// An amount as owners type it: thousands separators (`5,000`, `5，000`) are taken out when
/// they group the whole yuan in threes; anything else is left for the parser to judge.
fn without_separators(text: &str) -> String {
    let t = text.trim();
    let (whole, fraction) = t.split_once('.').map_or((t, None), |(w, f)| (w, Some(f)));
    let groups: Vec<&str> = whole.split([',', '，']).collect();
    let grouped = groups.len() > 1
        && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups.iter().skip(1).all(|g| g.len() == 3);
    if !grouped {
        return t.to_string();
    }
    let joined = groups.concat();
    fraction.map_or(joined.clone(), |f| format!("{joined}.{f}"))
}

/// A typed amount, or `previous` with the problem reported.
fn resolve_amount(text: &str, previous: Money, errors: &mut Vec<FieldError>) -> Money {
    match Money::parse(&without_separators(text)) {
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

impl Draft {
    /// Resolves the draft and settles it on what is shown: an unknown offer is replaced in the
    /// draft by the offer the request fell back to, so a stale offer id is reported once (on
    /// [`Field::Offer`]) and never saved again.
    #[must_use]
    pub fn settle(mut self, tables: &Tables, previous: &QuoteRequest) -> (Draft, Resolved) {
        let resolved = self.resolve(tables, previous);
        if tables.offer(&self.offer).is_none() {
            self.offer.clone_from(&resolved.request.offer);
        }
        (self, resolved)
    }

    /// The request a draft starts from: the offer's defaults, else the first offer's. `None`
    /// only when the tables hold no offer at all.
    #[must_use]
    pub fn starting_request(&self, tables: &Tables) -> Option<QuoteRequest> {
        Draft::default_request(tables, &self.offer)
            .or_else(|| tables.offers.first().and_then(|o| Draft::default_request(tables, &o.id)))
    }
}

impl Draft {
    /// The draft to share: what `resolved` quotes, in the owner's words — a field the owner
    /// mistyped is shared as its last valid value, so a share link is always short enough to
    /// read back and reproduces the figures shown.
    #[must_use]
    pub fn for_share(&self, resolved: &Resolved) -> Draft {
        let r = &resolved.request;
        Draft {
            lang: self.lang,
            offer: r.offer.clone(),
            old_trim: r.old_order.trim.clone(),
            old_options: r.old_order.options.clone(),
            gifted_options: r.old_order.gifted.clone(),
            locked_on: if resolved.lock_given { r.old_order.locked_on.to_string() } else { String::new() },
            amount_paid: r.old_order.amount_paid.to_string(),
            new_configuration: r.new_configuration.clone(),
            price_list: r.price_list.clone().unwrap_or_else(|| self.price_list.clone()),
            keep_invoice: r.keep_invoice_date.to_string(),
            switch_invoice: r.switch_invoice_date.to_string(),
            // The loan as quoted: a mistyped rate is shared as the last valid one.
            loan: self.loan.as_ref().zip(r.loan.as_ref()).map(|(l, terms)| LoanDraft {
                rate_percent: (terms.rate * Decimal::ONE_HUNDRED).normalize().to_string(),
                ..l.clone()
            }),
            on_road: self.on_road,
        }
    }
}

impl Resolved {
    /// The request with a dealer's own prices for the on-road lines that carry the same id (a
    /// dealer's `plate-service` fee replaces the table's estimate), where the owner asked for
    /// on-road costs; other fees stay the dealer block's.
    #[must_use]
    pub fn with_dealer_fees(mut self, tables: &Tables, fees: &[engine::dealer::DealerItem]) -> Resolved {
        let r = &mut self.request;
        let Some(lines) = tables.on_road_for_offer(&r.offer).map(|t| &t.lines) else { return self };
        if let Some(on_road) = r.on_road.as_mut() {
            for fee in fees.iter().filter(|f| lines.iter().any(|l| l.id == f.id)) {
                on_road.overrides.insert(fee.id.clone(), fee.amount);
            }
        }
        self
    }
}
