//! Money as the owner reads it: `¥219,900.00`, and `21.99万` where Chinese car pricing uses it.
//!
//! The one money formatter of the app; the UI never formats amounts itself.

use rust_decimal::{Decimal, RoundingStrategy};

use super::money::{round_fen, Money};

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How precisely an amount is shown.
///
/// Overviews read in whole yuan, as car apps quote; the itemised table and the tax steps keep
/// the fen, where the figures must add up exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Precision {
    /// Whole yuan, rounded half away from zero (display only: every sum is made in fen first).
    #[default]
    Yuan,
    /// Yuan and fen, as computed.
    Fen,
}

/// `¥219,900.00`; negative amounts as `−¥4,000.00`.
///
/// # Example
/// ```
/// use engine::{format::yuan, money::Money};
/// assert_eq!(yuan(Money::parse("219900").unwrap()), "¥219,900.00");
/// assert_eq!(yuan(Money::parse("-4000.5").unwrap()), "−¥4,000.50");
/// assert_eq!(yuan(Money::parse("0").unwrap()), "¥0.00");
/// ```
#[must_use]
pub fn yuan(m: Money) -> String {
    yuan_in(m, Precision::Fen)
}

/// An amount at a precision: `¥4,177` or `¥4,176.99`.
///
/// # Example
/// ```
/// use engine::{format::{yuan_in, Precision}, money::Money};
/// assert_eq!(yuan_in(Money::parse("4176.99").unwrap(), Precision::Yuan), "¥4,177");
/// assert_eq!(yuan_in(Money::parse("-176.50").unwrap(), Precision::Yuan), "−¥177");
/// assert_eq!(yuan_in(Money::parse("-0.40").unwrap(), Precision::Yuan), "¥0");
/// ```
#[must_use]
pub fn yuan_in(m: Money, precision: Precision) -> String {
    let amount = match precision {
        Precision::Fen => m.amount().round_dp(2),
        Precision::Yuan => m.amount().round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
    };
    // One minus sign everywhere (U+2212, as deductions use), never the hyphen; never "−¥0".
    let sign = if amount.is_sign_negative() && !amount.is_zero() { "−" } else { "" };
    let text = amount.abs().to_string();
    let (whole, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    match precision {
        Precision::Fen => format!("{sign}¥{}.{frac:0<2}", group_thousands(whole)),
        Precision::Yuan => format!("{sign}¥{}", group_thousands(whole)),
    }
}

/// Signed form for differences: `+¥4,000.00`, `−¥20,000.00`, `¥0.00`.
#[must_use]
pub fn yuan_signed(m: Money) -> String {
    yuan_signed_in(m, Precision::Fen)
}

/// Signed form at a precision: `+¥4,177`; an amount that shows as zero gets no sign.
///
/// # Example
/// ```
/// use engine::{format::{yuan_signed_in, Precision}, money::Money};
/// assert_eq!(yuan_signed_in(Money::parse("4176.99").unwrap(), Precision::Yuan), "+¥4,177");
/// assert_eq!(yuan_signed_in(Money::parse("0.30").unwrap(), Precision::Yuan), "¥0");
/// ```
#[must_use]
pub fn yuan_signed_in(m: Money, precision: Precision) -> String {
    let text = yuan_in(m, precision);
    if m.is_negative() || text.trim_start_matches('¥').bytes().all(|b| matches!(b, b'0' | b'.')) {
        text
    } else {
        format!("+{text}")
    }
}

/// A deduction shown with a minus sign: `−¥5,000.00`; zero stays `¥0.00`.
///
/// # Example
/// ```
/// use engine::{format::yuan_deducted, money::Money};
/// assert_eq!(yuan_deducted(Money::parse("5000").unwrap()), "−¥5,000.00");
/// assert_eq!(yuan_deducted(Money::parse("0").unwrap()), "¥0.00");
/// ```
#[must_use]
pub fn yuan_deducted(m: Money) -> String {
    if m.is_zero() {
        yuan(m)
    } else {
        format!("−{}", yuan(m))
    }
}

/// `21.99万`: ten-thousands of yuan, rounded half up to two decimals, trailing zeros dropped
/// (`22万`, `21.9万`). Amounts under ¥10,000 are given in yuan: `¥4,000.00`.
///
/// # Example
/// ```
/// use engine::{format::wan, money::Money};
/// assert_eq!(wan(Money::parse("219900").unwrap()), "21.99万");
/// assert_eq!(wan(Money::parse("220000").unwrap()), "22万");
/// assert_eq!(wan(Money::parse("303950").unwrap()), "30.4万");
/// assert_eq!(wan(Money::parse("4000").unwrap()), "¥4,000.00");
/// ```
#[must_use]
pub fn wan(m: Money) -> String {
    let amount = m.amount();
    if amount.abs() < Decimal::from(10_000) {
        return yuan(m);
    }
    let in_wan = round_fen(amount / Decimal::from(10_000)).normalize();
    let text = in_wan.to_string();
    // One minus sign everywhere (U+2212, as deductions use), never the hyphen.
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("−", rest),
        None => ("", text.as_str()),
    };
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w, format!(".{f}")),
        None => (body, String::new()),
    };
    format!("{sign}{}{frac}万", group_thousands(whole))
}

/// The 万 form to show beside a large amount, `None` under ¥10,000 (where yuan say it better).
///
/// # Example
/// ```
/// use engine::{format::wan_aside, money::Money};
/// assert_eq!(wan_aside(Money::parse("-38168").unwrap()).as_deref(), Some("3.82万"));
/// assert_eq!(wan_aside(Money::parse("4000").unwrap()), None);
/// ```
#[must_use]
pub fn wan_aside(m: Money) -> Option<String> {
    (m.amount().abs() >= Decimal::from(10_000)).then(|| wan(m.abs()))
}

/// A rate as a percentage without trailing zeros: `0.10` → `10%`, `0.125` → `12.5%`.
///
/// # Example
/// ```
/// use rust_decimal::{Decimal, RoundingStrategy};
/// use engine::format::percent;
/// assert_eq!(percent(Decimal::new(10, 2)), "10%");
/// ```
#[must_use]
pub fn percent(rate: rust_decimal::Decimal) -> String {
    format!("{}%", (rate * rust_decimal::Decimal::ONE_HUNDRED).normalize())
}
