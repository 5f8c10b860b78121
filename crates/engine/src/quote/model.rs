//! What a quote answers: both paths itemised, the decision number and its parts, and what the
//! owner must know (notices, assumptions, impossible dates, gifts, options given up). Plain
//! data; the files beside this one compute it. Its JSON form is the JS API's output.

use serde::{Deserialize, Serialize};

use crate::configuration::Configuration;
use crate::date::Date;
use crate::delivery::DeliveryOutlook;
use crate::figure::{Provenance, Status};
use crate::loan::LoanComparison;
use crate::money::Money;
use crate::on_road::{OnRoadComparison, PathCost};
use crate::tables::GuaranteeCondition;
use crate::tax::PurchaseTax;
use crate::text::Text;
use crate::timeline::DateConflict;

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
    /// Where it applies: the guarantee's conditions no date here can show, assumed to hold
    /// (its table's `conditions`); empty where it does not apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumes: Vec<GuaranteeCondition>,
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
    /// The decision number's range over the assumptions taken together: the lowest and highest
    /// number over every combination of them not holding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_range: Option<DecisionRange>,
}

impl PathQuote {
    /// What the path's car and tax are made of, in order: paid already, taken off by the
    /// guarantee, still owed (a refund counts as nothing owed), purchase tax; and their sum,
    /// the whole they are parts of. For drawing the path as one bar.
    #[must_use]
    pub fn parts(&self) -> ([Money; 4], Money) {
        let parts =
            [self.amount_paid.amount, self.guarantee.amount, self.owed.amount.max(Money::ZERO), self.tax_due.amount];
        let whole = parts.iter().try_fold(Money::ZERO, |sum, p| sum.checked_add(*p)).unwrap_or(Money::ZERO);
        (parts, whole)
    }

    /// What this path's landed price starts from: its car, guarantee and purchase tax.
    #[must_use]
    pub fn cost(&self) -> PathCost {
        PathCost {
            list_total: self.list_total.amount,
            guarantee: self.guarantee.amount,
            tax: self.tax_due.amount,
            invoice_date: self.purchase_tax.invoice_date,
            estimate: self.list_total.estimate || self.guarantee.estimate || self.tax_due.estimate,
        }
    }
}

/// Which assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionCode {
    /// What the old order paid counts toward the new car.
    AmountPaidCarriesOver,
    /// The switched order keeps the tax guarantee.
    GuaranteeRetained,
    /// The kept guarantee is computed on the car the table says.
    GuaranteeBasis,
    /// The upgrader pays the offer's default price list.
    PriceListPaid,
    /// Estimated prices hold.
    EstimatedPrices,
    /// The new car is invoiced in the year of its invoice date.
    SwitchInvoiceYear,
}

/// One assumption and what it is worth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumption {
    /// Which one.
    pub code: AssumptionCode,
    /// What the number assumes.
    pub assumed: Text,
    /// What is measured instead.
    pub otherwise: Text,
    /// How sure the assumption is.
    pub status: Status,
    /// Where it comes from, when a table states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    /// The decision number if it does not hold, minus the decision number.
    pub effect: Money,
    /// Cases where the same kind of promise was changed after the fact, each sourced (the
    /// guarantee's table `precedents`, on `guarantee_retained`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub precedents: Vec<Precedent>,
    /// True when the offer's table gives the term an official or press source: settled (by
    /// history, once the offer has closed, or by the maker), a fact said as one and left out of
    /// the range (`effect` still says what it was worth).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub settled: bool,
}

/// A sourced sentence beside an assumption: a case where a promise of its kind was changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Precedent {
    /// What happened.
    pub text: Text,
    /// Where it was reported.
    pub provenance: Provenance,
}

/// The decision number's lowest and highest value over every combination of the stated
/// assumptions not holding, settled terms left out (the best and worst case; the number itself
/// is the most likely).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRange {
    /// The best case.
    pub low: Money,
    /// The worst case.
    pub high: Money,
}

impl DecisionRange {
    /// Where `value` lies from the best case (0) to the worst (100), in whole percent, for
    /// drawing the range; 0 when the range is one point, clamped outside it.
    ///
    /// ```
    /// use engine::money::Money;
    /// use engine::quote::DecisionRange;
    /// let r = DecisionRange { low: Money::parse("4000").unwrap(), high: Money::parse("29000").unwrap() };
    /// assert_eq!(r.percent_of(Money::parse("4000").unwrap()), 0);
    /// assert_eq!(r.percent_of(Money::parse("9000").unwrap()), 20);
    /// assert_eq!(r.percent_of(Money::parse("99000").unwrap()), 100);
    /// ```
    #[must_use]
    pub fn percent_of(&self, value: Money) -> u8 {
        let from_low = |m: Money| m.checked_sub(self.low).unwrap_or(Money::ZERO);
        let per_mille = from_low(value).per_mille_of(from_low(self.high));
        u8::try_from((per_mille + 5) / 10).unwrap_or(100)
    }
}
