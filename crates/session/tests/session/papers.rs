//! 核对 in the session: the papers as typed are read at their fields, checked for the draft's
//! own order, carried by the share link, and kept through an offer change.

use engine::check::Verdict;
use engine::money::Money;
use engine::text::Lang;
use session::{decode_link, encode_link, screen, Draft, Edit, Field, PapersDraft, Resolved, Screen};

use crate::fixtures::tables;

const SU7: &str = "su7-gen1-to-gen2-2026";

fn m(s: &str) -> Money {
    Money::parse(s).unwrap()
}

/// A Standard order locked 2025-11-20, kept and invoiced 2026-02-10 at ¥215,900.
fn kept(tax_paid: &str, credited: &str) -> PapersDraft {
    PapersDraft {
        switched: false,
        invoice_total: "¥215,900".into(),
        invoice_date: "2026-02-10".into(),
        tax_paid: tax_paid.into(),
        guarantee_credited: credited.into(),
    }
}

fn start() -> (Draft, Resolved) {
    let t = tables();
    let d = Draft::for_offer(t, SU7, Lang::Zh).unwrap();
    let r = d.starting_request(t).unwrap();
    d.settle(t, &r)
}

/// The screen after `edits` from the first one.
fn after(edits: Vec<Edit>) -> (Draft, Screen) {
    let t = tables();
    let (mut d, mut r) = start();
    for e in edits {
        (d, r) = d.apply(t, &r, e);
    }
    let s = screen(t, &d, &r);
    (d, s)
}

#[test]
fn the_papers_are_checked_for_the_drafts_own_order() {
    let (_, s) = after(vec![Edit::LockedOn("2025-11-20".into()), Edit::Papers(Some(kept("9,553.10", "9千")))]);
    let p = s.papers.unwrap();
    assert!(p.problems.is_empty() && p.lock_given);
    let c = p.outcome.unwrap().unwrap();
    assert_eq!(c.tax.payable, m("9553.10"), "half the 10 % on 215,900 ÷ 1.13");
    assert_eq!(c.tax_verdict, Some(Verdict::Matches));
    assert_eq!(c.guarantee_verdict, Some(Verdict::Short(m("553.10"))));
}

#[test]
fn until_the_invoice_reads_there_is_no_check_and_each_bad_paper_is_told_at_its_field() {
    let (_, s) = after(vec![Edit::Papers(Some(PapersDraft::default()))]);
    let p = s.papers.as_ref().unwrap();
    assert!(p.outcome.is_none() && p.problems.is_empty(), "nothing typed, nothing wrong yet");
    assert!(!p.lock_given, "the lock date is still the one assumed");
    let bad = PapersDraft {
        invoice_total: "21万9".into(),
        invoice_date: "2026-02".into(),
        tax_paid: "-5".into(),
        guarantee_credited: "lots".into(),
        switched: true,
    };
    let (_, s) = after(vec![Edit::Papers(Some(bad))]);
    assert!(s.papers.as_ref().unwrap().outcome.is_none());
    for field in [Field::InvoiceTotal, Field::InvoiceDate, Field::TaxPaid, Field::GuaranteeCredited] {
        assert!(s.has_problem(field), "{field:?}");
    }
    // A bad optional paper leaves the rest checked.
    let (_, s) = after(vec![Edit::Papers(Some(kept("x", "")))]);
    let p = s.papers.unwrap();
    let c = p.outcome.unwrap().unwrap();
    assert_eq!((c.tax_verdict, c.guarantee_verdict), (None, None));
    assert_eq!(p.problems.len(), 1);
}

#[test]
fn the_link_carries_the_papers_as_typed_and_an_offer_change_keeps_them() {
    let papers = PapersDraft { invoice_date: "20:26".into(), ..kept("9553.1", "") };
    let (d, s) = after(vec![Edit::Papers(Some(papers.clone()))]);
    assert!(s.share_fragment.contains("&c=k:"), "{}", s.share_fragment);
    assert_eq!(decode_link(&s.share_fragment).unwrap().papers, Some(papers.clone()));
    assert_eq!(decode_link(&encode_link(&d)).unwrap(), d);
    for bad in ["c=x:1:2:3:4", "c=k:1:2:3", "c=k:1:2:3:4:5"] {
        let link = encode_link(&Draft { papers: None, ..d.clone() }).replace("&lang", &format!("&{bad}&lang"));
        assert!(decode_link(&link).is_err(), "{bad}");
    }
    let other = tables().offers.iter().find(|o| o.id != SU7).unwrap().id.clone();
    let (d, _) = after(vec![Edit::Papers(Some(papers.clone())), Edit::Offer(other)]);
    assert_eq!(d.papers, Some(papers));
    let (d, s) = after(vec![Edit::Papers(Some(kept("", ""))), Edit::Papers(None)]);
    assert!(d.papers.is_none() && s.papers.is_none() && !s.share_fragment.contains("&c="));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Whatever is typed: no panic; each paper that does not read is a problem at its own
    /// field; the check comes exactly when the invoice reads, and a verdict exactly for each
    /// stated amount that reads.
    #[test]
    fn any_papers_are_read_at_their_fields_and_judged_exactly_when_they_read(
        switched in proptest::bool::ANY,
        total in "(¥?[0-9]{1,7}(\\.[0-9]{1,3})?|[0-9.,万kw-]{0,8}|\\PC{0,6})",
        date in "(20[2-3][0-9]-[01][0-9]-[0-3][0-9]|\\PC{0,10})",
        tax in "([0-9]{1,6}(\\.[0-9]{1,2})?|-?[0-9]{1,3}|\\PC{0,4})",
        credited in "([0-9]{1,6}(\\.[0-9]{1,2})?|\\PC{0,4})",
    ) {
        let papers = PapersDraft { switched, invoice_total: total.clone(), invoice_date: date.clone(), tax_paid: tax.clone(), guarantee_credited: credited.clone() };
        let (_, s) = after(vec![Edit::LockedOn("2025-11-20".into()), Edit::Papers(Some(papers))]);
        let p = s.papers.unwrap();
        let reads = |text: &str| text.trim().is_empty() || session::typed_yuan(text).is_ok_and(|m| !m.is_negative());
        let date_reads = date.trim().is_empty() || date.trim().parse::<engine::date::Date>().is_ok();
        let said = |f: Field| p.problems.iter().any(|e| e.field == f);
        proptest::prop_assert_eq!(said(Field::InvoiceTotal), !reads(&total));
        proptest::prop_assert_eq!(said(Field::InvoiceDate), !date_reads);
        proptest::prop_assert_eq!(said(Field::TaxPaid), !reads(&tax));
        proptest::prop_assert_eq!(said(Field::GuaranteeCredited), !reads(&credited));
        let invoice_reads = !total.trim().is_empty() && reads(&total) && !date.trim().is_empty() && date_reads;
        proptest::prop_assert_eq!(p.outcome.is_some(), invoice_reads);
        if let Some(Ok(c)) = &p.outcome {
            proptest::prop_assert_eq!(c.tax_verdict.is_some(), p.tax_paid.is_some());
            proptest::prop_assert_eq!(c.guarantee_verdict.is_some(), p.guarantee_credited.is_some() && c.guarantee.is_some());
        }
    }
}

#[test]
fn each_paper_typed_alone_keeps_the_others_and_is_cut_like_any_typed_text() {
    let long = "9".repeat(100);
    let (d, _) = after(vec![
        Edit::Paper(session::Paper::InvoiceTotal, "215900".into()),
        Edit::Paper(session::Paper::InvoiceDate, "2026-02-10".into()),
        Edit::Paper(session::Paper::TaxPaid, long.clone()),
    ]);
    let p = d.papers.clone().unwrap();
    assert_eq!(
        (p.invoice_total.as_str(), p.invoice_date.as_str()),
        ("215900", "2026-02-10"),
        "the first edit opened the check"
    );
    assert_eq!(p.tax_paid.chars().count(), 40);
    // A draft given whole (a widget's setConfig) is cut for the link as well.
    let (d, s) = after(vec![Edit::Replace(Box::new(Draft {
        papers: Some(PapersDraft { guarantee_credited: long, ..kept("", "") }),
        ..d
    }))]);
    assert_eq!(d.papers.unwrap().guarantee_credited.chars().count(), 100, "the draft keeps what was given");
    assert_eq!(decode_link(&s.share_fragment).unwrap().papers.unwrap().guarantee_credited.chars().count(), 40);
}
