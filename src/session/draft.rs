//! Raw input and its resolution into a valid quote request.

use serde::{Deserialize, Serialize};

use crate::engine::configuration::{complete, validate, Configuration, Violation};
use crate::engine::date::Date;
use crate::engine::money::Money;
use crate::engine::quote::{OldOrder, QuoteRequest};
use crate::engine::tables::Tables;
use crate::engine::text::{Lang, Text};

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
}

fn err(field: Field, zh: impl Into<String>, en: impl Into<String>) -> FieldError {
    FieldError { field, group: None, message: Text::new(zh.into(), en.into()) }
}

fn violations(field: Field, v: Vec<Violation>) -> impl Iterator<Item = FieldError> {
    v.into_iter().map(move |v| FieldError { field, group: v.group, message: v.message })
}

impl Draft {
    /// The default draft for an offer: its first old trim, the catalog deposit, and dates that
    /// fit the offer (lock date at the guarantee's cut-off, invoices in the years the offer's
    /// cars were delivered).
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
            locked_on: d.locked_on.to_string(),
            amount_paid: from.deposit_for(trim).value.to_string(),
            new_configuration: None,
            price_list: offer.default_price_list.clone(),
            keep_invoice: d.keep_invoice.to_string(),
            switch_invoice: d.switch_invoice.to_string(),
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
                trim: d.old_trim.clone(),
                options: Vec::new(),
                locked_on: offer.ui_defaults.locked_on,
                amount_paid: Money::parse(&d.amount_paid).ok()?,
            },
            new_configuration: None,
            price_list: Some(d.price_list),
            keep_invoice_date: offer.ui_defaults.keep_invoice,
            switch_invoice_date: offer.ui_defaults.switch_invoice,
        })
    }

    /// Resolves the draft against `previous`, the last valid request.
    ///
    /// Each field is taken from the draft when it is valid, else from `previous`; every problem
    /// is reported. When the offer or trims change, `previous` values that no longer fit are
    /// replaced by defaults so the result is always quotable.
    #[must_use]
    pub fn resolve(&self, tables: &Tables, previous: &QuoteRequest) -> Resolved {
        let mut errors = Vec::new();
        let Some((offer, from, to)) = tables.offer_catalogs(&self.offer) else {
            errors.push(err(
                Field::Offer,
                "没有这个活动,已保留之前的选择。",
                "Unknown offer; the previous one is kept.",
            ));
            return Resolved { request: previous.clone(), errors };
        };
        let same_offer = previous.offer == offer.id;

        let old_trim = if from.trim(&self.old_trim).is_some() {
            self.old_trim.clone()
        } else {
            errors.push(err(Field::OldTrim, "没有这个版本。", "Unknown trim."));
            if same_offer {
                previous.old_order.trim.clone()
            } else {
                from.trims[0].id.clone()
            }
        };
        let old_config = complete(from, &Configuration { trim: old_trim.clone(), options: self.old_options.clone() });
        let problems = validate(from, &old_config);
        let old_options = if problems.is_empty() {
            self.old_options.clone()
        } else {
            errors.extend(violations(Field::OldOptions, problems));
            let prev = Configuration { trim: old_trim.clone(), options: previous.old_order.options.clone() };
            if same_offer && validate(from, &complete(from, &prev)).is_empty() {
                prev.options
            } else {
                Vec::new()
            }
        };

        let locked_on = match self.locked_on.parse::<Date>() {
            Ok(d) => d,
            Err(_) => {
                errors.push(err(
                    Field::LockedOn,
                    "请按 年-月-日 输入锁单日期,如 2025-11-20。",
                    "Enter the lock date as YYYY-MM-DD, e.g. 2025-11-20.",
                ));
                previous.old_order.locked_on
            }
        };
        let amount_paid = match Money::parse(&self.amount_paid) {
            Ok(m) if !m.is_negative() => m,
            Ok(_) => {
                errors.push(err(Field::AmountPaid, "已付金额不能为负数。", "The amount paid cannot be negative."));
                previous.old_order.amount_paid
            }
            Err(e) => {
                errors.push(err(
                    Field::AmountPaid,
                    "请输入金额(元),如 5000 或 5000.00。",
                    format!("Enter an amount in yuan, e.g. 5000 ({e})."),
                ));
                previous.old_order.amount_paid
            }
        };
        let new_configuration = match &self.new_configuration {
            None => None,
            Some(c) => {
                let problems = validate(to, &complete(to, c));
                if problems.is_empty() {
                    Some(c.clone())
                } else {
                    errors.extend(violations(Field::NewConfiguration, problems));
                    previous
                        .new_configuration
                        .clone()
                        .filter(|p| same_offer && validate(to, &complete(to, p)).is_empty())
                }
            }
        };
        let price_list = if to.price_list(&self.price_list).is_some() {
            self.price_list.clone()
        } else {
            errors.push(err(Field::PriceList, "没有这个价格表。", "Unknown price list."));
            offer.default_price_list.clone()
        };
        let date_or = |text: &str, field, prev: Date, errors: &mut Vec<FieldError>| match text.parse::<Date>() {
            Ok(d) => d,
            Err(_) => {
                errors.push(err(field, "请按 年-月-日 输入开票日期。", "Enter the invoice date as YYYY-MM-DD."));
                prev
            }
        };
        let keep_invoice_date =
            date_or(&self.keep_invoice, Field::KeepInvoice, previous.keep_invoice_date, &mut errors);
        let switch_invoice_date =
            date_or(&self.switch_invoice, Field::SwitchInvoice, previous.switch_invoice_date, &mut errors);
        Resolved {
            request: QuoteRequest {
                offer: offer.id.clone(),
                old_order: OldOrder { trim: old_trim, options: old_options, locked_on, amount_paid },
                new_configuration,
                price_list: Some(price_list),
                keep_invoice_date,
                switch_invoice_date,
            },
            errors,
        }
    }
}
