//! What many tests start from, made once per test binary.

use std::sync::OnceLock;

use engine::configuration::Configuration;
use engine::loan::RateKind;
use engine::tables::Tables;
use engine::text::Lang;
use proptest::prelude::*;
use rust_decimal::Decimal;
use session::{Draft, LoanDraft, PapersDraft};

/// The shipped tables, loaded and fully checked once.
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| bundled::tables().unwrap())
}

/// Any draft a link may have to carry: text of any characters (a link's separators, capitals
/// and escapes among them), options, a new car of its own, a loan and on-road costs with a
/// trade-in subsidy or without.
pub fn any_draft() -> impl Strategy<Value = Draft> {
    let order = ("\\PC{0,20}", "\\PC{0,10}", prop::collection::vec("[a-zA-Z_~/*+$:%-]{1,12}", 0..4), "\\PC{0,12}");
    let new = proptest::option::of(("[a-z*-]{1,8}", prop::collection::vec("[a-z/+-]{1,12}", 0..3)));
    let loan = proptest::option::of((0u32..=100, 0u16..=100, "[0-9.%:*]{0,6}", proptest::bool::ANY));
    let text = "[0-9.:%*+$¥万a-zA-Z -]{0,10}";
    let papers = proptest::option::of((proptest::bool::ANY, text, text, text, text));
    let on_road = (proptest::bool::ANY, proptest::option::of("[a-z0-9:%*+$ -]{1,12}"));
    (order, new, loan, on_road, papers).prop_map(
        |((offer, old_trim, old_options, amount_paid), new, loan, on_road, papers)| {
            let mut d = Draft::for_offer(tables(), "su7-gen1-to-gen2-2026", Lang::Zh).unwrap();
            (d.offer, d.old_trim, d.old_options, d.amount_paid) = (offer, old_trim, old_options, amount_paid);
            (d.on_road, d.trade_in) = on_road;
            d.new_configuration = new.map(|(trim, options)| Configuration { trim, options });
            d.loan = loan.map(|(share, months, rate_percent, fee)| LoanDraft {
                down_share: Decimal::new(i64::from(share), 2),
                months,
                rate_percent,
                rate_kind: if fee { RateKind::FlatFee } else { RateKind::Interest },
            });
            d.papers = papers.map(|(switched, invoice_total, invoice_date, tax_paid, guarantee_credited)| {
                PapersDraft { switched, invoice_total, invoice_date, tax_paid, guarantee_credited }
            });
            d
        },
    )
}
