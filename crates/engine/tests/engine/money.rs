//! Money text and the formatter, table style.

use engine::date::Date;
use engine::format::{wan, yuan, yuan_signed};
use engine::money::{Money, MoneyError};

#[test]
fn it_parses_plain_decimal_text_only() {
    let ok = [
        ("0", "0.00"),
        ("5000", "5000.00"),
        ("219900.5", "219900.50"),
        ("-4000.00", "-4000.00"),
        (" 12 ", "12.00"),
        ("1.230", "1.23"),
    ];
    for (input, expected) in ok {
        assert_eq!(Money::parse(input).unwrap().to_string(), expected, "{input}");
    }
    let bad = [
        ("", MoneyError::Empty),
        ("1e308", MoneyError::NotANumber),
        ("NaN", MoneyError::NotANumber),
        ("Infinity", MoneyError::NotANumber),
        ("1,000", MoneyError::NotANumber),
        ("1_000", MoneyError::NotANumber),
        ("+5", MoneyError::NotANumber),
        (".5", MoneyError::NotANumber),
        ("5.", MoneyError::NotANumber),
        ("0.001", MoneyError::FinerThanFen),
        ("1000000000000.01", MoneyError::OutOfRange),
        ("99999999999999999999999999999999", MoneyError::OutOfRange),
    ];
    for (input, expected) in bad {
        assert_eq!(Money::parse(input), Err(expected), "{input:?}");
    }
}

#[test]
fn a_programs_amount_must_be_plain_a_persons_may_be_padded() {
    for plain in ["0", "0.5", "0.50", "5000", "5000.00", "-4000.00", "229900"] {
        assert_eq!(Money::parse_plain(plain), Money::parse(plain), "{plain}");
    }
    let padded = [" 1", "1 ", "0229900", "00.50", "-05", "5000.000", &format!("{}1", "0".repeat(34))];
    for text in padded {
        assert_eq!(Money::parse_plain(text), Err(MoneyError::NotPlain), "{text:?}");
    }
    assert_eq!(Money::parse(" 0229900").unwrap().to_string(), "229900.00", "typed input stays lenient");
    assert_eq!(Money::parse_plain("0.001"), Err(MoneyError::FinerThanFen));
    // Requests are read the plain way.
    let json = r#"{"trim": "pro", "locked_on": "2025-11-20", "amount_paid": "05000"}"#;
    let e = serde_json::from_str::<engine::quote::OldOrder>(json).unwrap_err();
    assert!(e.to_string().contains("no leading zeros"), "{e}");
}

#[test]
fn it_formats_yuan_and_wan() {
    let m = |s| Money::parse(s).unwrap();
    assert_eq!(yuan(m("1234567.8")), "¥1,234,567.80");
    assert_eq!(yuan(m("999")), "¥999.00");
    assert_eq!(yuan_signed(m("4000")), "+¥4,000.00");
    assert_eq!(yuan_signed(m("-46400")), "−¥46,400.00");
    assert_eq!(yuan_signed(m("0")), "¥0.00");
    assert_eq!(wan(m("303900")), "30.39万");
    assert_eq!(wan(m("10000")), "1万");
    assert_eq!(wan(m("529900")), "52.99万");
    assert_eq!(wan(m("-276400")), "−27.64万");
    assert_eq!(wan(m("12345678")), "1,234.57万");
}

#[test]
fn it_reads_only_real_dates() {
    for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "", "２０２６-01-01", "3000-01-01"]
    {
        assert!(bad.parse::<Date>().is_err(), "{bad:?}");
    }
    assert_eq!("2028-02-29".parse::<Date>().unwrap().to_string(), "2028-02-29");
    assert!("2025-12-31".parse::<Date>().unwrap() < "2026-01-01".parse::<Date>().unwrap());
}
