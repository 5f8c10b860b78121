//! Amounts as owners type them on a phone: full-width digits from a Chinese keyboard, ¥ or 元
//! around the number, thousands separators, and 千 or 万 (k, w) for thousands and ten
//! thousands — "５０００", "¥5,000元", "5千", "0.5万" all read as ¥5,000.00. The result is exact:
//! the multiplier is applied to the decimal as typed, and anything finer than a fen is refused.

use std::str::FromStr;

use engine::money::{Money, MoneyError};
use rust_decimal::Decimal;

/// The longest number text read with a multiplier; longer is refused before parsing.
const MAX_DIGITS: usize = 24;

/// Reads an amount of yuan as an owner types it.
///
/// ```
/// use session::typed_yuan;
/// for text in ["5000", "５０００", "¥5,000", "5，000元", "5千", "0.5万", "0.5w", "5k", " 5 000 "] {
///     assert_eq!(typed_yuan(text).unwrap().to_string(), "5000.00", "{text}");
/// }
/// assert_eq!(typed_yuan("1.23456万").unwrap().to_string(), "12345.60");
/// assert!(typed_yuan("1.2345678万").is_err(), "finer than a fen");
/// assert!(typed_yuan("五千").is_err());
/// assert!(typed_yuan("5万万").is_err());
/// ```
pub fn typed_yuan(text: &str) -> Result<Money, MoneyError> {
    let plain: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '¥' | '￥' | '元'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            other => other,
        })
        .collect();
    let (number, multiplier) = match plain.char_indices().last() {
        Some((i, '万' | 'w' | 'W')) => (plain.get(..i).unwrap_or_default(), 10_000),
        Some((i, '千' | 'k' | 'K')) => (plain.get(..i).unwrap_or_default(), 1_000),
        _ => (plain.as_str(), 1),
    };
    let number = without_separators(number);
    if multiplier == 1 {
        return Money::parse(&number);
    }
    let digits = number.strip_prefix('-').unwrap_or(&number);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let read = match digits.split_once('.') {
        Some((w, f)) => all_digits(w) && all_digits(f),
        None => all_digits(digits),
    };
    if !read || number.len() > MAX_DIGITS {
        return Err(MoneyError::NotANumber);
    }
    let value = Decimal::from_str(&number).map_err(|_| MoneyError::NotANumber)?;
    Money::from_decimal(value.checked_mul(Decimal::from(multiplier)).ok_or(MoneyError::OutOfRange)?)
}

/// Thousands separators (`5,000`, `5，000`) taken out when they group the whole yuan in threes;
/// anything else is left for the parser to judge.
pub(crate) fn without_separators(text: &str) -> String {
    let (whole, fraction) = text.split_once('.').map_or((text, None), |(w, f)| (w, Some(f)));
    let groups: Vec<&str> = whole.split([',', '，']).collect();
    let grouped = groups.len() > 1
        && groups.first().is_some_and(|g| (1..=3).contains(&g.trim_start_matches('-').len()))
        && groups.iter().skip(1).all(|g| g.len() == 3);
    if !grouped {
        return text.to_string();
    }
    let joined = groups.concat();
    fraction.map_or(joined.clone(), |f| format!("{joined}.{f}"))
}
