//! What the owner has entered, as entered (the draft), the problems found in it, and settling
//! it on what is shown; reading it into a request is `resolve.rs`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use engine::configuration::Configuration;
use engine::error::EngineError;
use engine::loan::RateKind;
use engine::money::Money;
use engine::quote::{OldOrder, QuoteRequest};
use engine::tables::{Catalog, FinanceTerms, Offer, Tables};
use engine::text::{Lang, Text};
use engine::timeline::assumed_lock;

use crate::papers::PapersDraft;

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
    /// The trade-in subsidy the owner says they qualify for (its id in the market's on-road
    /// table), read with the on-road costs; `None`: no old car to scrap or sell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_in: Option<String>,
    /// After delivery, the papers the owner checks (核对); `None` while they quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub papers: Option<PapersDraft>,
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
    /// The loan's term in months.
    LoanMonths,
    /// The invoice's 价税合计 (核对).
    InvoiceTotal,
    /// The invoice's date (核对).
    InvoiceDate,
    /// The purchase tax paid (核对).
    TaxPaid,
    /// The guarantee credited (核对).
    GuaranteeCredited,
    /// The trade-in subsidy (with the on-road costs).
    TradeIn,
}

impl Field {
    /// Every field, in screen order.
    pub const ALL: [Field; 16] = [
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
        Field::LoanMonths,
        Field::InvoiceTotal,
        Field::InvoiceDate,
        Field::TaxPaid,
        Field::GuaranteeCredited,
        Field::TradeIn,
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
        // A guarantee-only offer has no new car: no price list, and the switch's date unused.
        let switch = offer.switch.as_ref();
        Some(Draft {
            lang,
            offer: offer.id.clone(),
            old_trim: trim.id.clone(),
            old_options: Vec::new(),
            gifted_options: Vec::new(),
            locked_on: String::new(),
            amount_paid: from.deposit_for(trim).value.to_string(),
            new_configuration: None,
            price_list: switch.map(|w| w.default_price_list.value.clone()).unwrap_or_default(),
            keep_invoice: d.keep_invoice.value.to_string(),
            switch_invoice: switch.map_or(d.keep_invoice.value, |w| w.typical_invoice.value).to_string(),
            loan: None,
            on_road: false,
            trade_in: None,
            papers: None,
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
            price_list: offer.switch.as_ref().map(|_| d.price_list),
            keep_invoice_date: offer.ui_defaults.keep_invoice.value,
            switch_invoice_date: d.switch_invoice.parse().ok()?,
            loan: None,
            on_road: None,
        })
    }
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
            // The loan as quoted: a mistyped rate is shared as the last valid one, a term
            // outside the range as the term priced.
            loan: self.loan.as_ref().zip(r.loan.as_ref()).map(|(l, terms)| LoanDraft {
                rate_percent: (terms.rate * Decimal::ONE_HUNDRED).normalize().to_string(),
                months: terms.months,
                ..l.clone()
            }),
            on_road: self.on_road,
            // The subsidy as quoted: one the tables lack is shared as none.
            trade_in: r.on_road.as_ref().map_or_else(|| self.trade_in.clone(), |o| o.trade_in.clone()),
            // The papers as typed (no earlier value stands in for a paper), cut as an edit cuts
            // them: a draft given whole (a widget's setConfig) may hold longer text.
            papers: self.papers.clone().map(PapersDraft::typed),
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

impl Draft {
    /// The first id in the draft that its offer's tables lack — offer, trims, options, trade-in
    /// subsidy, price list — as the engine's error, with the draft's field as its path. Typed
    /// values (dates, amounts, the rate) are not checked here: the screen shows those at their
    /// controls.
    #[must_use]
    pub fn unknown_id(&self, tables: &Tables) -> Option<EngineError> {
        let Some((_, from, to)) = tables.offer_catalogs(&self.offer) else {
            return Some(EngineError::UnknownOffer { path: "offer".into(), id: self.offer.clone() });
        };
        let trim = |catalog: &Catalog, path: &str, id: &str| {
            catalog.trim(id).is_none().then(|| EngineError::UnknownTrim { path: path.into(), id: id.into() })
        };
        let options = |catalog: &Catalog, path: &str, ids: &[String]| {
            ids.iter()
                .enumerate()
                .find(|(_, id)| catalog.option(id).is_none())
                .map(|(i, id)| EngineError::UnknownOption { path: format!("{path}[{i}]"), id: id.clone() })
        };
        let trade_in = self.trade_in.as_ref().filter(|id| {
            let table = tables.on_road_for_offer(&self.offer);
            !table.is_some_and(|t| t.trade_in.iter().any(|s| &s.id == *id))
        });
        let old = trim(from, "old_trim", &self.old_trim)
            .or_else(|| options(from, "old_options", &self.old_options))
            .or_else(|| options(from, "gifted_options", &self.gifted_options))
            .or_else(|| {
                trade_in.map(|id| EngineError::InvalidValue {
                    path: "trade_in".into(),
                    problem: format!("no trade-in subsidy '{id}' for this offer's market"),
                })
            });
        // A guarantee-only offer reads no new car and no price list.
        let Some(to) = to else { return old };
        let new = self.new_configuration.as_ref();
        old.or_else(|| new.and_then(|c| trim(to, "new_configuration.trim", &c.trim)))
            .or_else(|| new.and_then(|c| options(to, "new_configuration.options", &c.options)))
            .or_else(|| {
                to.price_list(&self.price_list)
                    .is_none()
                    .then(|| EngineError::UnknownPriceList { path: "price_list".into(), id: self.price_list.clone() })
            })
    }
}
