//! The itemised quote for both paths — keep the locked order, or switch under the offer — and
//! the decision number: the extra cash switching costs.
//!
//! For each path:
//!
//! ```text
//! list total   = trim price + Σ option prices
//! owed         = list total − amount paid − guarantee        (what the seller still gets)
//! cash needed  = owed + purchase tax payable                  (what the owner still spends)
//! ```
//!
//! and `extra cash to switch = switch.cash_needed − keep.cash_needed`. The guarantee is the
//! seller's cross-year tax guarantee, paid as a final-payment reduction: the later year's extra
//! tax over the comparison date's, capped. Every line carries its provenance and whether an
//! estimate went into it.

use serde::{Deserialize, Serialize};

use super::assumptions::{Assumption, DecisionRange};
use super::configuration::{complete, complete_in_place, option_price, validate, Configuration, MAX_OPTIONS};
use super::date::Date;
use super::delivery::{outlook, DeliveryOutlook};
use super::error::EngineError;
use super::figure::Provenance;
use super::format::yuan;
use super::loan::{compare, LoanComparison, LoanTerms};
use super::money::Money;
use super::on_road::{on_road, OnRoadComparison, OnRoadRequest};
use super::proposal::{offer_catalogs, proposed_configuration};
use super::provenance::{cite, cite_parts};
use super::tables::{Catalog, Guarantee, GuaranteeBasis, Offer, Tables, TaxPolicy};
use super::tax::{purchase_tax, steps, PurchaseTax};
use super::text::Text;
use super::timeline::{date_conflicts, DateConflict};

/// The locked order as the owner states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OldOrder {
    /// Trim id in the offer's `from` catalog.
    pub trim: String,
    /// Options as `group/option`; `one` groups left out take their default.
    #[serde(default)]
    pub options: Vec<String>,
    /// The date the order was locked (锁单).
    pub locked_on: Date,
    /// What has been paid so far (usually the deposit).
    pub amount_paid: Money,
    /// Options (`group/option`) the order received free as an order benefit (权益); each must
    /// be one of `options` and have an `order_benefit` in the catalog. They cost ¥0 on the
    /// kept order; the new car prices its equivalent from its own catalog.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gifted: Vec<String>,
}

/// A quote request. Its JSON form is the JS API's input (see `docs/quote-json.md`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteRequest {
    /// Offer id.
    pub offer: String,
    /// The locked order.
    pub old_order: OldOrder,
    /// The new configuration; absent means the engine's proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_configuration: Option<Configuration>,
    /// Price list of the new car; absent means the offer's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list: Option<String>,
    /// Expected invoice date if the owner keeps the old order.
    pub keep_invoice_date: Date,
    /// Expected invoice date if the owner switches.
    pub switch_invoice_date: Date,
    /// A car loan to price on both paths; absent means cash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan: Option<LoanTerms>,
    /// On-road costs to add on both paths (落地价); absent means none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_road: Option<OnRoadRequest>,
}

impl QuoteRequest {
    /// The old order's configuration as given (options not completed with defaults).
    #[must_use]
    pub fn old_configuration(&self) -> Configuration {
        Configuration { trim: self.old_order.trim.clone(), options: self.old_order.options.clone() }
    }
}

/// What a quote line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// The trim's list price.
    Trim,
    /// An option's price.
    Option,
    /// Trim plus options.
    ListTotal,
    /// Already paid (deposit), counted toward the price.
    AmountPaid,
    /// The seller's tax guarantee, taken off the final payment.
    Guarantee,
    /// Still owed to the seller.
    Owed,
    /// Purchase tax payable.
    PurchaseTax,
    /// Cash the owner still needs: owed + tax.
    CashNeeded,
}

/// One line of a quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteLine {
    /// What it is.
    pub kind: LineKind,
    /// Id of the trim or option (`group/option`), for item lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Label for item lines (trim or option name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The amount.
    pub amount: Money,
    /// Where the figure comes from; absent for lines computed from other lines, or entered by
    /// the owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    /// True when an estimate went into this line.
    pub estimate: bool,
}

/// How the guarantee on one path was decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuaranteeCheck {
    /// True when the order qualifies and the invoice date is inside the guarantee's window.
    pub applies: bool,
    /// The lock date was on or before the guarantee's cut-off.
    pub locked_in_time: bool,
    /// The invoice date is inside the guarantee's invoice window.
    pub invoice_in_window: bool,
    /// On the switch path: the offer keeps the guarantee.
    pub retained_by_offer: bool,
    /// The price the guarantee is computed on.
    pub basis_price: Money,
    /// Tax on `basis_price` at the path's invoice date.
    pub tax_on_invoice: Money,
    /// Tax on `basis_price` at the comparison date.
    pub tax_compared: Money,
    /// True when the cap, not the difference, set the amount.
    pub cap_applied: bool,
    /// The amount: min(max(tax_on_invoice − tax_compared, 0), cap), or 0 when it does not apply.
    pub amount: Money,
    /// The guarantee's lock cut-off, so the reason it does not apply can be said.
    pub locked_by: Date,
    /// The first invoice date the guarantee covers.
    pub invoiced_from: Date,
    /// The last invoice date the guarantee covers.
    pub invoiced_to: Date,
}

/// One path (keep or switch), itemised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathQuote {
    /// The configuration priced.
    pub configuration: Configuration,
    /// Price-list id the prices come from.
    pub price_list: String,
    /// Trim line, then one line per option.
    pub items: Vec<QuoteLine>,
    /// Σ items.
    pub list_total: QuoteLine,
    /// Paid so far and counted toward this car.
    pub amount_paid: QuoteLine,
    /// The guarantee's final-payment reduction.
    pub guarantee: QuoteLine,
    /// list total − paid − guarantee.
    pub owed: QuoteLine,
    /// Purchase tax payable.
    pub tax_due: QuoteLine,
    /// The purchase tax with its steps.
    pub purchase_tax: PurchaseTax,
    /// How the guarantee was decided, when the offer has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantee_check: Option<GuaranteeCheck>,
    /// owed + tax.
    pub cash_needed: QuoteLine,
}

/// A gift that comes with switching (never part of any amount).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GiftLine {
    /// Gift id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Published value, if any.
    pub value: Option<Money>,
    /// Our estimate's range when no value was published.
    pub estimate_low: Option<Money>,
    /// Our estimate's range when no value was published.
    pub estimate_high: Option<Money>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A paid option of the old order that the new car does not carry: part of the price difference
/// is the owner giving it up, not the new car costing less.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GivenUpOption {
    /// The old option (`group/option`).
    pub id: String,
    /// Its name.
    pub name: Text,
    /// What it cost on the old order.
    pub price: Money,
    /// True when that price is an estimate.
    pub estimate: bool,
}

/// Something the owner must know about eligibility or a condition the engine cannot check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeCode {
    /// The offer has no new car for this trim: keeping is the only path.
    NoSuccessor,
    /// Locked after the guarantee's cut-off: no tax guarantee on either path.
    LockedAfterCutoff,
    /// The keep path's invoice date is outside the guarantee's window.
    KeepInvoiceOutsideGuarantee,
    /// The switch path's invoice date is outside the guarantee's window.
    SwitchInvoiceOutsideGuarantee,
    /// The guarantee has conditions the owner must check (whose delay it was).
    GuaranteeConditions,
    /// The offer is only for locked, undelivered orders.
    OfferEligibility,
    /// The amount paid is more than the car's list price.
    PaidMoreThanPrice,
    /// Keep: what was paid plus the guarantee exceeds the price; the rest is owed back.
    KeepRefundDue,
    /// An option the old order got free as a benefit is priced on the new car.
    BenefitNotCarried,
    /// Switch: what was paid plus the guarantee exceeds the new price; the rest is owed back.
    SwitchRefundDue,
}

/// A notice with its words and source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    /// Which notice.
    pub code: NoticeCode,
    /// In the owner's words.
    pub message: Text,
    /// Where the rule comes from, if from a table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// The decision number split into what each difference between the paths contributes:
/// `extra cash = list_price + amount_paid + guarantee + purchase_tax`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraCashBreakdown {
    /// New list total − old list total.
    pub list_price: Money,
    /// −(paid counted on the switch path − paid on the keep path): positive when switching
    /// loses money already paid.
    pub amount_paid: Money,
    /// −(switch guarantee − keep guarantee): positive when switching gets less guarantee.
    pub guarantee: Money,
    /// Switch purchase tax − keep purchase tax.
    pub purchase_tax: Money,
}

/// The quote. Its JSON form is the JS API's output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Offer id.
    pub offer: String,
    /// Keep the locked order.
    pub keep: PathQuote,
    /// Switch under the offer; `None` when the offer has no successor for the trim.
    pub switch: Option<PathQuote>,
    /// The decision number: switch cash needed − keep cash needed.
    pub extra_cash_to_switch: Option<Money>,
    /// True when an estimate went into the decision number.
    pub extra_cash_is_estimate: bool,
    /// Where the decision number comes from; its four parts add up to it exactly.
    pub extra_cash_breakdown: Option<ExtraCashBreakdown>,
    /// The guarantee on the switch path. Not a gain of switching: keeping the order gets its
    /// own guarantee too; [`Quote::guarantee_change`] is what switching does to it.
    pub retained_benefit: Option<Money>,
    /// Switch guarantee − keep guarantee: what switching does to the tax guarantee.
    pub guarantee_change: Option<Money>,
    /// What switching does to the tax once the guarantee is counted: the tax difference minus
    /// the guarantee difference (the breakdown's tax and guarantee parts added).
    pub tax_change_net: Option<Money>,
    /// The loan asked for, on both paths, and what switching does to the monthly payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan: Option<LoanComparison>,
    /// When each path's car is expected, the deadlines and the steps to switch, where the
    /// offer's table gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<DeliveryOutlook>,
    /// The on-road costs and landed price of each path, when the request asks for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_road: Option<OnRoadComparison>,
    /// Gifts that come with switching.
    pub gifts: Vec<GiftLine>,
    /// What the owner must know.
    pub notices: Vec<Notice>,
    /// Dates of the request the offer makes impossible, each with the nearest possible date.
    /// When any is present the figures are not a possible outcome and must not be shown as one.
    pub date_conflicts: Vec<DateConflict>,
    /// Paid options of the old order the new car does not carry (discontinued, no equivalent).
    pub options_given_up: Vec<GivenUpOption>,
    /// The load-bearing assumptions behind the decision number, each with how much the number
    /// moves if it does not hold.
    pub assumptions: Vec<Assumption>,
    /// The decision number's range over the assumptions: the number plus every negative
    /// effect (low) and plus every positive effect (high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_range: Option<DecisionRange>,
}

fn line(kind: LineKind, amount: Money, provenance: Option<Provenance>, estimate: bool) -> QuoteLine {
    QuoteLine { kind, id: None, label: None, amount, provenance, estimate }
}

fn add(a: Money, b: Money, path: &str) -> Result<Money, EngineError> {
    a.checked_add(b).ok_or_else(|| EngineError::Overflow { path: path.into() })
}

fn sub(a: Money, b: Money, path: &str) -> Result<Money, EngineError> {
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
struct PathGuarantee<'a> {
    terms: &'a Guarantee,
    retained: bool,
    basis: GuaranteeBasis,
    basis_estimate: bool,
}

struct PathInput<'a> {
    catalog: &'a Catalog,
    config: Configuration,
    price_list: String,
    paid: QuoteLine,
    invoice_date: Date,
    guarantee: Option<PathGuarantee<'a>>,
    /// The old order's list total, for the `original_order` basis.
    original_total: Option<Money>,
    locked_on: Date,
    path: &'static str,
    zero_estimates: bool,
    /// Options received free as order benefits (the keep path only).
    gifted: Vec<String>,
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
    let locked_in_time = p.locked_on <= terms.locked_by.value;
    let invoice_in_window = terms.invoiced_from.value <= p.invoice_date && p.invoice_date <= terms.invoiced_to.value;
    // On the invoiced-car basis the tax at the invoice date is the path's own tax.
    let on_invoice =
        if basis_price == total { tax.payable } else { steps(policy, basis_price, p.invoice_date)?.payable };
    let compared = steps(policy, basis_price, terms.compared_with_invoice_on.value)?.payable;
    let extra = sub(on_invoice, compared, p.path)?.max(Money::ZERO);
    let applies = g.retained && locked_in_time && invoice_in_window;
    let amount = if applies { extra.min(terms.cap.value) } else { Money::ZERO };
    let estimate = applies && (g.basis_estimate || terms.cap.status.is_estimate() || items_estimate);
    let check = GuaranteeCheck {
        applies,
        locked_in_time,
        invoice_in_window,
        retained_by_offer: g.retained,
        basis_price,
        tax_on_invoice: on_invoice,
        tax_compared: compared,
        cap_applied: applies && extra > terms.cap.value,
        amount,
        locked_by: terms.locked_by.value,
        invoiced_from: terms.invoiced_from.value,
        invoiced_to: terms.invoiced_to.value,
    };
    Ok((line(LineKind::Guarantee, amount, Some(cite(&terms.sources, &terms.terms)), estimate), check))
}

/// One path itemised: list total, guarantee, owed, tax and cash needed.
fn price_path(policy: &TaxPolicy, p: PathInput<'_>) -> Result<PathQuote, EngineError> {
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

fn notice(
    code: NoticeCode,
    zh: impl Into<std::sync::Arc<str>>,
    en: impl Into<std::sync::Arc<str>>,
    provenance: Option<Provenance>,
) -> Notice {
    Notice { code, message: Text::new(zh, en), provenance }
}

/// The tables a quote reads for one request.
struct QuoteTables<'a> {
    offer: &'a Offer,
    from: &'a Catalog,
    to: &'a Catalog,
    guarantee: Option<&'a Guarantee>,
    from_policy: &'a TaxPolicy,
    to_policy: &'a TaxPolicy,
}

fn quote_tables<'a>(tables: &'a Tables, offer_id: &str) -> Result<QuoteTables<'a>, EngineError> {
    let (offer, from, to) = offer_catalogs(tables, offer_id)?;
    let policy_for = |c: &Catalog| {
        tables.tax_policy(&c.market).ok_or_else(|| EngineError::TablesIncomplete {
            path: "offer".into(),
            missing: format!("tax policy for market '{}'", c.market),
        })
    };
    Ok(QuoteTables {
        offer,
        from,
        to,
        guarantee: offer.guarantee.as_deref().and_then(|g| tables.guarantee(g)),
        from_policy: policy_for(from)?,
        to_policy: policy_for(to)?,
    })
}

/// The old order's configuration, completed with defaults and checked against its catalog.
fn old_configuration(from: &Catalog, old: &OldOrder) -> Result<Configuration, EngineError> {
    // The lists are bounded before anything is done with them (validate refuses long ones).
    if old.options.len() > MAX_OPTIONS || old.gifted.len() > MAX_OPTIONS {
        return Err(EngineError::TooLarge { path: "old_order.options".into(), limit: MAX_OPTIONS });
    }
    if old.amount_paid.is_negative() {
        return Err(EngineError::NegativeAmount { path: "old_order.amount_paid".into() });
    }
    let mut config = Configuration { trim: old.trim.clone(), options: old.options.clone() };
    complete_in_place(from, &mut config);
    if let Some(v) = validate(from, &config).into_iter().next() {
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
fn keep_path(
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

/// What the owner must know about the order and the guarantee, before either path is chosen.
fn order_notices(t: &QuoteTables<'_>, old: &OldOrder, keep: &PathQuote) -> Vec<Notice> {
    let mut notices = Vec::new();
    let offer = t.offer;
    if offer.requires_locked || offer.requires_undelivered {
        notices.push(notice(
            NoticeCode::OfferEligibility,
            "本活动仅适用于已锁单且尚未交付的订单。",
            "The offer is only for orders that are locked and not yet delivered.",
            offer.terms.first().map(|term| cite(&offer.sources, term)),
        ));
    }
    if old.amount_paid > keep.list_total.amount {
        notices.push(notice(
            NoticeCode::PaidMoreThanPrice,
            "已付金额高于车价，请检查输入。",
            "The amount paid is more than the car's price; check what you entered.",
            None,
        ));
    }
    let Some(g) = t.guarantee else { return notices };
    let prov = Some(cite(&g.sources, &g.terms));
    if old.locked_on > g.locked_by.value {
        notices.push(notice(
            NoticeCode::LockedAfterCutoff,
            format!("锁单日期晚于{}，不享受跨年购置税补贴。", g.locked_by.value),
            format!("Locked after {}: the cross-year tax guarantee does not apply.", g.locked_by.value),
            prov,
        ));
        return notices;
    }
    notices.push(Notice {
        code: NoticeCode::GuaranteeConditions,
        message: g.terms.value.clone(),
        provenance: prov.clone(),
    });
    if !keep.guarantee_check.as_ref().is_some_and(|c| c.invoice_in_window) {
        notices.push(invoice_outside_window(NoticeCode::KeepInvoiceOutsideGuarantee, ("保留原订单", "Keep"), g));
    }
    notices
}

/// The invoice date of one path (named `zh`/`en`) is outside the guarantee's invoice window.
fn invoice_outside_window(code: NoticeCode, (zh, en): (&str, &str), g: &Guarantee) -> Notice {
    let (from, to) = (g.invoiced_from.value, g.invoiced_to.value);
    notice(
        code,
        format!("{zh}：开票日期不在{from}至{to}之间，补贴不适用。"),
        format!("{en}: the invoice date is outside {from} to {to}, so the guarantee does not apply."),
        Some(cite(&g.sources, &g.terms)),
    )
}

/// The offer has no new car for the old trim: keeping is the only path.
fn no_successor_notice(offer: &Offer, old_trim: &str) -> Notice {
    // Load-time validation guarantees the old trim is in the offer's trim map.
    let mapping = offer.trim_mapping(old_trim);
    let note = mapping.and_then(|m| m.note.clone()).unwrap_or_default();
    Notice {
        code: NoticeCode::NoSuccessor,
        message: Text::new(
            format!("本活动的资料中未找到这个版本对应的新车型，这里只能计算保留原订单。{}", note.zh),
            format!(
                "No new car for this trim was found in the offer's sources; only keeping the order is priced here. {}",
                note.en
            ),
        ),
        provenance: mapping.map(|m| m.cite(&offer.sources)),
    }
}

/// The switch path for a proposed (or requested) new configuration, and its notice if the
/// invoice date falls outside the guarantee's window.
fn switch_path(
    t: &QuoteTables<'_>,
    request: &QuoteRequest,
    proposed: Configuration,
    keep_total: Money,
    reading: &Reading,
) -> Result<(PathQuote, Option<Notice>), EngineError> {
    let (offer, to, old) = (t.offer, t.to, &request.old_order);
    // The engine's own proposal is complete and valid (tests/engine/exhaustive.rs proves it for
    // every table); only a configuration from the request is checked here.
    let config = match &request.new_configuration {
        None => proposed,
        Some(given) => {
            if given.options.len() > MAX_OPTIONS {
                return Err(EngineError::TooLarge { path: "new_configuration.options".into(), limit: MAX_OPTIONS });
            }
            let config = complete(to, given);
            if let Some(v) = validate(to, &config).into_iter().next() {
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
        Some(cite(&offer.sources, carries)),
        carries.status.is_estimate(),
    );
    let guarantee = t.guarantee.map(|terms| PathGuarantee {
        terms,
        retained: reading.retained,
        basis: reading.basis,
        basis_estimate: offer.guarantee_basis.status.is_estimate() || offer.guarantee_retained.status.is_estimate(),
    });
    let path = price_path(
        t.to_policy,
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
    )?;
    let outside = match (t.guarantee, &path.guarantee_check) {
        (Some(g), Some(c)) if c.locked_in_time && !c.invoice_in_window => {
            Some(invoice_outside_window(NoticeCode::SwitchInvoiceOutsideGuarantee, ("升级新车", "Switch"), g))
        }
        _ => None,
    };
    Ok((path, outside))
}

/// Options the kept order got free as benefits: the new car prices its own, since benefits
/// follow the car, not the order.
fn benefit_notice(old: &OldOrder, keep: &PathQuote) -> Option<Notice> {
    let names: Vec<&Text> = keep
        .items
        .iter()
        .filter(|l| l.id.as_ref().is_some_and(|id| old.gifted.contains(id)))
        .filter_map(|l| l.label.as_ref())
        .collect();
    if names.is_empty() {
        return None;
    }
    let zh: Vec<&str> = names.iter().map(|n| n.zh.as_ref()).collect();
    let en: Vec<&str> = names.iter().map(|n| n.en.as_ref()).collect();
    Some(notice(
        NoticeCode::BenefitNotCarried,
        format!("{}是原订单获赠的权益，保留原订单按¥0计；权益随车不随单，升级新车则按新车价格表计价。", zh.join("、")),
        format!(
            "{} came free with your order (a benefit), so the kept order counts ¥0; benefits follow the car, not the order, so the new car prices them from its own list.",
            en.join(", ")
        ),
        None,
    ))
}

/// A path whose payments exceed its price: the difference is a refund, named as such, and
/// whether the guarantee (a final-payment reduction) can exceed what is left to pay is a reading.
fn refund_notice(code: NoticeCode, (zh, en): (&str, &str), path: &PathQuote) -> Option<Notice> {
    if !path.owed.amount.is_negative() {
        return None;
    }
    let refund = yuan(path.owed.amount.abs());
    let (why_zh, why_en) = if path.amount_paid.amount > path.list_total.amount {
        ("已付金额高于车价", "what was paid is more than the price")
    } else {
        (
            "已付金额加补贴超过车价；补贴以尾款减免兑现，超出尾款的部分能否退还为推测",
            "what was paid plus the guarantee is more than the price; the guarantee is a final-payment reduction, and that it can exceed what is left to pay is our reading",
        )
    };
    Some(notice(
        code,
        format!("{zh}：{why_zh}，差额{refund}应退还给您（不是还需支付的金额）。"),
        format!("{en}: {why_en}; the {refund} difference is owed back to you (a refund, not a payment)."),
        None,
    ))
}

/// The decision number (switch cash − keep cash) and its four parts; the paid and guarantee
/// parts are keep − switch, so that each part is what it adds to the number.
fn decision(keep: &PathQuote, switch: &PathQuote) -> Result<(Money, ExtraCashBreakdown), EngineError> {
    let at = "new_configuration";
    let extra = sub(switch.cash_needed.amount, keep.cash_needed.amount, at)?;
    let breakdown = ExtraCashBreakdown {
        list_price: sub(switch.list_total.amount, keep.list_total.amount, at)?,
        amount_paid: sub(keep.amount_paid.amount, switch.amount_paid.amount, at)?,
        guarantee: sub(keep.guarantee.amount, switch.guarantee.amount, at)?,
        purchase_tax: sub(switch.tax_due.amount, keep.tax_due.amount, at)?,
    };
    Ok((extra, breakdown))
}

/// Quotes both paths for a request.
///
/// # Errors
/// An [`EngineError`] naming the request path: unknown offer, trim, option or price list; a
/// negative amount paid; a new configuration that breaks the catalog's rules (the first rule is
/// in the error; [`validate`] lists them all); an amount too large to compute (`Overflow`);
/// tables that lack a tax policy or price list (`TablesIncomplete`, unreachable for tables
/// that loaded) or the on-road table asked for; a loan or on-road override out of range
/// (`InvalidValue`).
///
/// # Example
/// ```
/// use engine::{quote::{quote, QuoteRequest, OldOrder}, money::Money};
/// let tables = bundled::tables().unwrap();
/// let request = QuoteRequest {
///     offer: "su7-gen1-to-gen2-2026".into(),
///     old_order: OldOrder { trim: "standard".into(), options: vec![], gifted: vec![], locked_on: "2025-11-20".parse().unwrap(),
///                           amount_paid: Money::parse("5000").unwrap() },
///     new_configuration: None,
///     price_list: None,
///     keep_invoice_date: "2026-02-01".parse().unwrap(),
///     switch_invoice_date: "2026-05-01".parse().unwrap(),
///     loan: None,
///     on_road: None,
/// };
/// let q = quote(&tables, &request).unwrap();
/// // ¥219,900 vs ¥215,900, the 2026 tax covered on both paths by the guarantee:
/// assert_eq!(q.extra_cash_to_switch.unwrap().to_string(), "4000.00");
/// ```
pub fn quote(tables: &Tables, request: &QuoteRequest) -> Result<Quote, EngineError> {
    let offer = offer_catalogs(tables, &request.offer)?.0;
    let mut q = quote_with(tables, request, &Reading::of(offer))?;
    super::assumptions::add_assumptions(tables, request, &mut q)?;
    Ok(q)
}

/// How the offer's unconfirmed terms are read for one quote: as the table says, or, to measure
/// an assumption, the other way.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
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
    /// The offer's terms as its table states them.
    pub(crate) fn of(offer: &Offer) -> Reading {
        Reading {
            paid_carries: offer.amount_paid_carries_over.value,
            retained: offer.guarantee_retained.value,
            basis: offer.guarantee_basis.value,
            zero_estimates: false,
        }
    }
}

/// Both paths and the decision under one reading of the offer's terms, without the
/// assumptions list (which is made of such quotes).
pub(crate) fn quote_with(tables: &Tables, request: &QuoteRequest, reading: &Reading) -> Result<Quote, EngineError> {
    let t = quote_tables(tables, &request.offer)?;
    let old = &request.old_order;
    let old_config = old_configuration(t.from, old)?;
    let proposed = proposed_configuration(t.offer, t.from, t.to, &old_config)?;
    let keep = keep_path(&t, old, old_config, request.keep_invoice_date)?;
    let mut notices = order_notices(&t, old, &keep);
    notices.extend(refund_notice(NoticeCode::KeepRefundDue, ("保留原订单", "Keep"), &keep));
    let switch = match proposed {
        None => {
            notices.push(no_successor_notice(t.offer, &old.trim));
            None
        }
        Some(proposed) => {
            let (path, outside) = switch_path(&t, request, proposed, keep.list_total.amount, reading)?;
            notices.extend(outside);
            notices.extend(refund_notice(NoticeCode::SwitchRefundDue, ("升级新车", "Switch"), &path));
            notices.extend(benefit_notice(old, &keep));
            Some(path)
        }
    };
    let decided = switch.as_ref().map(|s| decision(&keep, s)).transpose()?;
    let old_trim = t
        .from
        .trim(&old.trim)
        .ok_or_else(|| EngineError::UnknownTrim { path: "old_order.trim".into(), id: old.trim.clone() })?;
    let date_conflicts = date_conflicts(t.offer, (t.from, old_trim), request, switch.is_some());
    let options_given_up = switch.as_ref().map(|s| given_up(t.offer, &keep, s)).unwrap_or_default();
    let overflow = || EngineError::Overflow { path: "new_configuration".into() };
    let tax_change_net =
        decided.map(|(_, b)| b.purchase_tax.checked_add(b.guarantee).ok_or_else(overflow)).transpose()?;
    let guarantee_change =
        switch.as_ref().map(|s| sub(s.guarantee.amount, keep.guarantee.amount, "new_configuration")).transpose()?;
    let delivery = outlook(
        t.offer,
        (
            (&old.trim, request.keep_invoice_date),
            switch.as_ref().map(|s| (s.configuration.trim.as_str(), request.switch_invoice_date)),
        ),
    );
    let on_road =
        request.on_road.as_ref().map(|r| on_road_costs(tables, t.from, r, &keep, switch.as_ref())).transpose()?;
    Ok(Quote {
        offer: t.offer.id.clone(),
        delivery,
        on_road,
        gifts: switch.as_ref().map(|_| gifts(t.offer)).unwrap_or_default(),
        extra_cash_is_estimate: switch.as_ref().is_some_and(|s| s.cash_needed.estimate || keep.cash_needed.estimate),
        retained_benefit: switch.as_ref().map(|s| s.guarantee.amount),
        guarantee_change,
        tax_change_net,
        loan: request
            .loan
            .map(|t| compare(keep.list_total.amount, switch.as_ref().map(|s| s.list_total.amount), &t))
            .transpose()?,
        extra_cash_to_switch: decided.map(|(extra, _)| extra),
        extra_cash_breakdown: decided.map(|(_, b)| b),
        keep,
        switch,
        notices,
        date_conflicts,
        options_given_up,
        assumptions: Vec::new(),
        decision_range: None,
    })
}

/// The on-road costs of the old catalog's market.
fn on_road_costs(
    tables: &Tables,
    from: &Catalog,
    request: &OnRoadRequest,
    keep: &PathQuote,
    switch: Option<&PathQuote>,
) -> Result<OnRoadComparison, EngineError> {
    let table = tables.on_road(&from.market).ok_or_else(|| EngineError::TablesIncomplete {
        path: "on_road".into(),
        missing: format!("on-road table for market '{}'", from.market),
    })?;
    on_road(table, request, keep, switch)
}

/// The keep path's paid options that neither carry over nor map to an option of the new car.
fn given_up(offer: &Offer, keep: &PathQuote, switch: &PathQuote) -> Vec<GivenUpOption> {
    let on_new_car = |id: &str| switch.configuration.options.iter().any(|o| o == id);
    keep.items
        .iter()
        .filter(|l| l.kind == LineKind::Option && !l.amount.is_zero())
        .filter_map(|l| {
            let id = l.id.as_deref()?;
            let mapped = offer.option_mapping(id).and_then(|m| m.to.as_deref());
            let kept = on_new_car(id) || mapped.is_some_and(on_new_car);
            (!kept).then(|| GivenUpOption {
                id: id.to_string(),
                name: l.label.clone().unwrap_or_default(),
                price: l.amount,
                estimate: l.estimate,
            })
        })
        .collect()
}

fn gifts(offer: &Offer) -> Vec<GiftLine> {
    offer
        .gifts
        .iter()
        .map(|g| GiftLine {
            id: g.id.clone(),
            name: g.name.clone(),
            value: g.value,
            estimate_low: g.estimate_low,
            estimate_high: g.estimate_high,
            provenance: cite_parts(&offer.sources, &g.source, g.date, g.status, g.note.as_ref()),
        })
        .collect()
}
