//! The compact link form the QR code carries: the draft back exactly, in any letter case, a
//! named error for every damaged form, and a sparser code than the share link's.

use engine::configuration::Configuration;
use engine::loan::RateKind;
use engine::text::Lang;
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::fixtures::{any_draft, tables};
use session::{decode_link, encode_compact, encode_link, Alteration, Draft, LinkError, LoanDraft, Qr};

fn draft() -> Draft {
    Draft::for_offer(tables(), "su7-gen1-to-gen2-2026", Lang::Zh).unwrap()
}

/// An entered order: options, a benefit, a lock date, a new car of its own and a loan.
fn entered() -> Draft {
    let mut d = draft();
    d.lang = Lang::En;
    d.old_trim = "max".into();
    d.old_options = vec!["paint/twilight-purple".into(), "interior/nappa".into()];
    d.gifted_options = vec!["interior/nappa".into()];
    d.locked_on = "2025-11-20".into();
    d.amount_paid = "20000.00".into();
    d.new_configuration = Some(Configuration { trim: "max".into(), options: vec!["paint/capri-blue".into()] });
    d.loan = Some(LoanDraft {
        down_share: Decimal::new(2, 1),
        months: 36,
        rate_percent: "3.1".into(),
        rate_kind: RateKind::Interest,
    });
    d.on_road = true;
    d
}

#[test]
fn the_compact_form_reads_back_as_the_draft_in_either_case() {
    for d in [draft(), entered()] {
        let code = encode_compact(&d);
        assert!(code.starts_with("V1*O+"), "{code}");
        assert_eq!(decode_link(&format!("#{code}")).unwrap(), d);
        assert_eq!(decode_link(&code.to_ascii_lowercase()).unwrap(), d, "a scanner may lower the case");
    }
}

#[test]
fn the_code_of_the_compact_form_is_sparser_than_the_share_links() {
    for d in [draft(), entered()] {
        let page = "https://example.com/su7/#";
        let long = Qr::of(&format!("{page}{}", encode_link(&d))).unwrap().size();
        let short = Qr::of(&format!("{page}{}", encode_compact(&d))).unwrap().size();
        // Measured: default 49 → 41 modules a side, an entered order 61 → 53 (a quarter to a third fewer modules).
        assert!(short + 8 <= long, "{long} → {short} modules a side");
    }
}

#[test]
fn a_damaged_compact_form_is_named_as_a_damaged_link_is() {
    let code = encode_compact(&draft());
    let cut = code.rsplit_once('*').unwrap().0;
    assert_eq!(decode_link(cut), Err(LinkError::Truncated("lang")));
    assert_eq!(decode_link(&format!("{code}*X+1")), Err(LinkError::Altered(Alteration::UnknownPart("x".into()))));
    assert_eq!(decode_link(&code.replace("*LANG+ZH", "*LANG+FR")), Err(LinkError::Altered(Alteration::Language)));
    assert_eq!(
        decode_link(&code.replacen("*A+5000.00*", "*A+%ZZ*", 1)),
        Err(LinkError::Altered(Alteration::BadEscape))
    );
    assert_eq!(decode_link(&code.replacen("V1*", "V3*", 1)), Err(LinkError::Outdated("v3".into())));
    let loan = encode_compact(&entered());
    assert!(loan.contains(":I*R+1*"), "{loan}");
    assert_eq!(decode_link(&loan.replace(":I*R+1*", ":Q*R+1*")), Err(LinkError::Altered(Alteration::Loan)));
    assert_eq!(decode_link(&"V1*".repeat(1000)), Err(LinkError::TooLong));
}

proptest! {
    #[test]
    fn compact_text_never_panics(s in "\\PC{0,300}") {
        let _ = decode_link(&format!("v1*{s}"));
    }

    #[test]
    fn any_draft_round_trips_through_the_compact_form(d in any_draft()) {
        let code = encode_compact(&d);
        prop_assert!(QrAlphabet::holds(&code), "{}", code);
        prop_assert_eq!(decode_link(&code).unwrap(), d);
    }
}

/// The characters of a QR code's alphanumeric mode.
struct QrAlphabet;
impl QrAlphabet {
    fn holds(s: &str) -> bool {
        s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || " $%*+-./:".contains(c))
    }
}
