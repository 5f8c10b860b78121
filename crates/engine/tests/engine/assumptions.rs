//! The assumptions behind the decision number: each measured by quoting again the other way,
//! the range over them taken together, and the estimate mark set by them.

use crate::fixtures::{tables, typical_dates};
use engine::enumerate::requests;
use engine::figure::Status;
use engine::quote::AssumptionCode;
use engine::quote::{quote, Quote};
use engine::tables::Tables;

fn default_quote(t: &Tables, trim: &str) -> Quote {
    let mut r = crate::fixtures::default_request("su7-gen1-to-gen2-2026");
    r.old_order.trim = trim.into();
    quote(t, &r).unwrap()
}

fn effect(q: &Quote, code: AssumptionCode) -> Option<String> {
    q.assumptions.iter().find(|a| a.code == code).map(|a| a.effect.to_string())
}

#[test]
fn the_default_quotes_name_what_moves_the_number_and_by_how_much() {
    let t = tables();
    for (trim, presale) in [("standard", "10000.00"), ("pro", "10000.00"), ("max", "6000.00")] {
        let q = default_quote(t, trim);
        assert_eq!(
            effect(&q, AssumptionCode::AmountPaidCarriesOver).as_deref(),
            Some("5000.00"),
            "{trim}: deposit lost"
        );
        assert_eq!(effect(&q, AssumptionCode::PriceListPaid).as_deref(), Some(presale), "{trim}: presale price");
        // Without the guarantee the switch pays the whole 2026 tax of the new car.
        let retained = q.assumptions.iter().find(|a| a.code == AssumptionCode::GuaranteeRetained).unwrap();
        assert_eq!(retained.effect, q.switch.as_ref().unwrap().guarantee.amount, "{trim}");
        assert_eq!(retained.status, Status::Estimate);
        assert!(q.assumptions.iter().all(|a| !a.effect.is_zero()), "only load-bearing ones are listed");
        assert!(q.extra_cash_is_estimate, "estimates with an effect: the mark means something");
    }
}

#[test]
fn the_range_takes_the_assumptions_together_within_their_sums() {
    let t = tables();
    let dates = typical_dates();
    let mut narrower = 0;
    for r in requests(t, dates).iter().step_by(7) {
        let q = quote(t, r).unwrap();
        let Some(base) = q.extra_cash_to_switch else {
            assert!(q.assumptions.is_empty() && q.decision_range.is_none(), "keep-only quotes have no range");
            continue;
        };
        let range = q.decision_range.unwrap();
        // Each assumption alone is one of the combinations. Added up, effects that remove the
        // same thing count it twice (and ones that compound count it too little).
        let (mut low, mut high) = (base, base);
        for a in &q.assumptions {
            let alone = base.checked_add(a.effect).unwrap();
            assert!(range.low <= alone && alone <= range.high, "{:?} alone lies in the range", a.code);
            if a.effect.is_negative() {
                low = low.checked_add(a.effect).unwrap();
            } else {
                high = high.checked_add(a.effect).unwrap();
            }
        }
        narrower += usize::from((range.low, range.high) != (low, high));
        assert!(range.low <= base && base <= range.high);
        assert_eq!(q.extra_cash_is_estimate, q.assumptions.iter().any(|a| a.status.is_estimate()));
    }
    assert!(narrower > 0, "the sums are not the joint range");
}

#[test]
fn the_default_standard_range_counts_the_lost_subsidy_once() {
    let q = default_quote(tables(), "standard");
    let range = q.decision_range.unwrap();
    // Worst: the deposit not carried over (+5,000), the presale price (+10,000 and its tax),
    // and the subsidy gone, whether by the offer or by a 2027 invoice — once, not twice.
    assert_eq!(q.extra_cash_to_switch.unwrap().to_string(), "4000.00");
    assert_eq!((range.low.to_string(), range.high.to_string()), ("4000.00".into(), "29172.56".into()));
}

#[test]
fn a_term_the_table_sources_since_is_a_fact_outside_the_range() {
    let default = default_quote(tables(), "standard");
    assert!(default.assumptions.iter().all(|a| !a.settled), "the bundled terms are our readings");
    // A later press report that the deposit did carry over, entered in the table.
    let mut t = tables().clone();
    let offer = t.offers.iter_mut().find(|o| o.id == "su7-gen1-to-gen2-2026").unwrap();
    offer.switch.as_mut().unwrap().amount_paid_carries_over.status = Status::Press;
    offer.switch.as_mut().unwrap().typical_invoice.status = Status::Press;
    let q = default_quote(&t, "standard");
    let paid = q.assumptions.iter().find(|a| a.code == AssumptionCode::AmountPaidCarriesOver).unwrap();
    assert!(paid.settled);
    assert_eq!(paid.effect.to_string(), "5000.00", "what it was worth is still said");
    // The worst case no longer loses the deposit; nothing else moves.
    let (before, after) = (default.decision_range.unwrap(), q.decision_range.unwrap());
    assert_eq!((after.low, after.high.to_string()), (before.low, "24172.56".to_string()));
    assert_eq!(q.extra_cash_to_switch, default.extra_cash_to_switch);
    // The expected invoice year stays an assumption whatever its source: it is the owner's.
    let year = q.assumptions.iter().find(|a| a.code == AssumptionCode::SwitchInvoiceYear).unwrap();
    assert!(!year.settled && year.status == Status::Press);
    let json = serde_json::to_string(&default).unwrap();
    assert!(!json.contains("settled"), "absent from the quote JSON unless true");
    assert!(serde_json::to_string(&q).unwrap().contains("\"settled\":true"));
}

#[test]
fn a_settled_price_list_is_said_once_and_a_settled_guarantee_without_precedents() {
    // A third price list, the presale one again under another id: two alternatives.
    let mut t = tables().clone();
    let offer = t.offers.iter().find(|o| o.id == "su7-gen1-to-gen2-2026").unwrap().clone();
    let to = t.catalogs.iter_mut().find(|c| c.id == offer.switch.as_ref().unwrap().to_catalog).unwrap();
    let presale = to
        .price_lists
        .iter()
        .find(|l| l.id != offer.switch.as_ref().unwrap().default_price_list.value)
        .unwrap()
        .clone();
    to.price_lists.push(engine::tables::PriceList { id: "presale-again".into(), ..presale.clone() });
    for trim in &mut to.trims {
        let price = trim.prices[&presale.id].clone();
        trim.prices.insert("presale-again".into(), price);
    }
    let lists = |q: &Quote| q.assumptions.iter().filter(|a| a.code == AssumptionCode::PriceListPaid).count();
    assert_eq!(lists(&default_quote(&t, "standard")), 2, "assumed: one line per alternative list");
    let offer = t.offers.iter_mut().find(|o| o.id == "su7-gen1-to-gen2-2026").unwrap();
    offer.switch.as_mut().unwrap().default_price_list.status = Status::Press;
    offer.switch.as_mut().unwrap().guarantee_retained.status = Status::Official;
    let q = default_quote(&t, "standard");
    assert_eq!(lists(&q), 1, "settled: said once");
    let kept = q.assumptions.iter().find(|a| a.code == AssumptionCode::GuaranteeRetained).unwrap();
    assert!(kept.settled && kept.precedents.is_empty(), "a confirmed guarantee needs no warning");
    assert!(default_quote(tables(), "standard").assumptions.iter().any(|a| !a.precedents.is_empty()));
}

#[test]
fn a_slipped_invoice_year_is_priced() {
    let t = tables();
    let q = default_quote(t, "max");
    // Invoiced in 2027 the switch is outside the guarantee's 2026 window: the whole halved tax.
    let slip = q.assumptions.iter().find(|a| a.code == AssumptionCode::SwitchInvoiceYear).unwrap();
    assert_eq!(slip.effect, q.switch.as_ref().unwrap().tax_due.amount);
    assert!(slip.otherwise.en.contains("2027"));
    assert_eq!(slip.status, Status::Estimate, "our typical date, with its reasoning");
    assert!(slip.provenance.is_some());
}

#[test]
fn the_guarantees_unshowable_conditions_and_its_precedent_are_data_in_the_quote() {
    use engine::tables::GuaranteeCondition;
    let t = tables();
    let q = default_quote(t, "standard");
    // Where the guarantee pays, the quote says which conditions it assumes hold.
    let switch = q.switch.as_ref().unwrap().guarantee_check.as_ref().unwrap();
    assert!(!switch.amount.is_zero());
    assert_eq!(switch.assumes, [GuaranteeCondition::SellerCausedDelay, GuaranteeCondition::DeliveredInWindow]);
    // A lock after the cut-off: nothing paid, nothing assumed.
    let mut r = crate::fixtures::default_request("su7-gen1-to-gen2-2026");
    r.old_order.locked_on = "2025-12-05".parse().unwrap();
    let late = quote(t, &r).unwrap();
    assert!(late.switch.as_ref().unwrap().guarantee_check.as_ref().unwrap().assumes.is_empty());
    // "The switched order keeps the guarantee" carries the case where such a promise changed.
    let kept = q.assumptions.iter().find(|a| a.code == AssumptionCode::GuaranteeRetained).unwrap();
    assert_eq!(kept.precedents.len(), 1);
    assert!(kept.precedents[0].text.zh.contains("极氪"));
    assert_eq!(kept.precedents[0].provenance.status, Status::Press);
    assert!(kept.precedents[0].provenance.label.en.contains("Deep News"));
    let json = serde_json::to_value(&q).unwrap();
    assert_eq!(
        json["switch"]["guarantee_check"]["assumes"],
        serde_json::json!(["seller_caused_delay", "delivered_in_window"])
    );
}
