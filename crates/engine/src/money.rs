//! Money in yuan, exact to the fen, and the one rounding rule the engine uses.
//!
//! Every amount the engine reads, computes or prints is a [`Money`]: a `rust_decimal::Decimal`
//! with at most two decimal places. Floats never appear. Amounts cross JSON as decimal strings
//! (`"219900.00"`), never as JSON numbers, so nothing is lost in JavaScript either.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The largest magnitude accepted anywhere: ¥1,000,000,000,000.00.
///
/// Car prices are six digits; the bound keeps every product and quotient the engine forms far
/// inside `Decimal`'s 28 digits, so checked arithmetic can only fail on a bug, not on input.
pub const MAX_YUAN: i64 = 1_000_000_000_000;

/// 10⁰ … 10²⁸: the scales a `Decimal` can have.
const POW10: [i128; 29] = {
    let mut t = [1i128; 29];
    let mut i = 1;
    while i < 29 {
        // A const block: an index out of bounds fails the build, never a run.
        #[allow(clippy::indexing_slicing)]
        {
            t[i] = t[i - 1] * 10;
        }
        i += 1;
    }
    t
};

/// Rounds half away from zero (四舍五入) to the fen.
///
/// This is the engine's single rounding rule. `Decimal::round_dp` is bankers' rounding and is
/// never used.
///
/// # Example
/// ```
/// use rust_decimal::Decimal;
/// use engine::money::round_fen;
/// assert_eq!(round_fen(Decimal::new(10_172_565, 3)), Decimal::new(1_017_257, 2)); // 10172.565 -> 10172.57
/// assert_eq!(round_fen(Decimal::new(-5, 3)), Decimal::new(-1, 2));                // -0.005 -> -0.01
/// ```
#[must_use]
pub fn round_fen(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// An amount of money in yuan with at most two decimal places (fen).
///
/// Construct it with [`Money::parse`] (text from a person or a table), [`Money::from_fen`] or
/// [`Money::from_decimal`]; all of them reject values beyond [`MAX_YUAN`] or finer than a fen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// Why a piece of text or a number is not a valid amount of money.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// The text is empty.
    Empty,
    /// The text is not a plain decimal number such as `219900` or `219900.50`.
    NotANumber,
    /// The amount has more than two decimal places.
    FinerThanFen,
    /// The amount is beyond ±[`MAX_YUAN`].
    OutOfRange,
    /// Machine-written text that is not the plain form: spaces around it, leading zeros, or
    /// more than two decimals (see [`Money::parse_plain`]).
    NotPlain,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoneyError::Empty => write!(f, "the amount is empty; enter a number of yuan such as 5000"),
            MoneyError::NotANumber => write!(
                f,
                "not an amount of yuan; use digits with an optional point and two decimals, such as 219900.00"
            ),
            MoneyError::FinerThanFen => write!(f, "more than two decimal places; amounts are exact to the fen (0.01)"),
            MoneyError::OutOfRange => write!(f, "the amount is out of range (at most ¥1,000,000,000,000)"),
            MoneyError::NotPlain => write!(
                f,
                "write the amount plainly, such as 5000.00: no spaces, no leading zeros, at most two decimals"
            ),
        }
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    /// Zero yuan.
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));

    /// An amount from a whole number of fen.
    ///
    /// # Example
    /// ```
    /// use engine::money::Money;
    /// assert_eq!(Money::from_fen(21_990_000).unwrap().to_string(), "219900.00");
    /// ```
    pub fn from_fen(fen: i64) -> Result<Money, MoneyError> {
        Money::from_decimal(Decimal::new(fen, 2))
    }

    /// An amount from a `Decimal`, refused when finer than a fen or out of range.
    pub fn from_decimal(value: Decimal) -> Result<Money, MoneyError> {
        // Integer work on the mantissa: this runs on every addition, and Decimal's normalize
        // and comparisons cost more than the arithmetic they guard.
        let mut v = value;
        if v.scale() > 2 {
            v = v.normalize();
            if v.scale() > 2 {
                return Err(MoneyError::FinerThanFen);
            }
        }
        let fen = v
            .mantissa()
            .checked_mul(if v.scale() == 2 { 1 } else { 10i128.pow(2 - v.scale()) })
            .ok_or(MoneyError::OutOfRange)?;
        if fen.unsigned_abs() > (MAX_YUAN as u128) * 100 {
            return Err(MoneyError::OutOfRange);
        }
        Decimal::try_from_i128_with_scale(fen, 2).map(Money).map_err(|_| MoneyError::OutOfRange)
    }

    /// An amount from a `Decimal`, rounded half up to the fen first.
    pub fn rounded(value: Decimal) -> Result<Money, MoneyError> {
        Money::from_decimal(round_fen(value))
    }

    /// Parses plain decimal text: an optional `-`, digits, and at most two decimals.
    ///
    /// Grouping commas, exponents, `NaN`, `Infinity` and underscores are refused, so a tampered
    /// link or a dealer table cannot smuggle in a value the engine would read differently.
    ///
    /// # Example
    /// ```
    /// use engine::money::{Money, MoneyError};
    /// assert_eq!(Money::parse("5000").unwrap().to_string(), "5000.00");
    /// assert_eq!(Money::parse("1e308"), Err(MoneyError::NotANumber));
    /// assert_eq!(Money::parse("0.001"), Err(MoneyError::FinerThanFen));
    /// ```
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(MoneyError::Empty);
        }
        let digits = t.strip_prefix('-').unwrap_or(t);
        let (whole, frac) = match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        };
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(whole) || frac.is_some_and(|f| !all_digits(f)) {
            return Err(MoneyError::NotANumber);
        }
        if frac.is_some_and(|f| f.trim_end_matches('0').len() > 2) {
            return Err(MoneyError::FinerThanFen);
        }
        // 13 whole digits already exceed MAX_YUAN; refusing longer text early keeps Decimal's
        // parser away from absurd lengths.
        if whole.trim_start_matches('0').len() > 13 {
            return Err(MoneyError::OutOfRange);
        }
        let value = Decimal::from_str(t).map_err(|_| MoneyError::NotANumber)?;
        Money::from_decimal(value)
    }

    /// [`Money::parse`] for text a program wrote (JSON requests and tables, the JS API): only
    /// the plain form is taken, so that `" 1"`, `"0229900"` or `"5000.000"` — which a person
    /// may type, but a program sends only by mistake — are refused, not read silently.
    ///
    /// # Example
    /// ```
    /// use engine::money::{Money, MoneyError};
    /// assert_eq!(Money::parse_plain("0.50").unwrap().to_string(), "0.50");
    /// assert_eq!(Money::parse_plain("0229900"), Err(MoneyError::NotPlain));
    /// assert_eq!(Money::parse(" 0229900").unwrap().to_string(), "229900.00");
    /// ```
    pub fn parse_plain(text: &str) -> Result<Money, MoneyError> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if text.trim() != text || (whole.len() > 1 && whole.starts_with('0')) {
            return Err(MoneyError::NotPlain);
        }
        let money = Money::parse(text)?; // 0.001 is finer than the fen; 5000.000 is not
        if frac.len() > 2 {
            return Err(MoneyError::NotPlain);
        }
        Ok(money)
    }

    /// `self × numerator ÷ denominator`, rounded half up (四舍五入) to the fen.
    ///
    /// Computed exactly in integers of fen, so the result equals rounding the exact rational
    /// value, and it is several times faster than `Decimal` division followed by rounding.
    /// `None` on a zero denominator or when the result leaves the supported range.
    ///
    /// # Example
    /// ```
    /// use rust_decimal::Decimal;
    /// use engine::money::Money;
    /// let price = Money::parse("229900").unwrap();
    /// let base = price.scaled(Decimal::ONE, Decimal::new(113, 2)).unwrap(); // ÷ 1.13
    /// assert_eq!(base.to_string(), "203451.33");
    /// ```
    #[must_use]
    pub fn scaled(self, numerator: Decimal, denominator: Decimal) -> Option<Money> {
        let pow10 = |s: u32| POW10.get(s as usize).copied();
        let n = self.fen().checked_mul(numerator.mantissa())?.checked_mul(pow10(denominator.scale())?)?;
        let d = denominator.mantissa().checked_mul(pow10(numerator.scale())?)?;
        if d == 0 {
            return None;
        }
        let negative = (n < 0) != (d < 0);
        let (n, d) = (n.unsigned_abs(), d.unsigned_abs());
        let (num, den) = (n.checked_mul(2)?.checked_add(d)?, d.checked_mul(2)?);
        // Car prices keep both sides within 64 bits, where division is several times cheaper
        // than 128-bit division; this runs 21 times per quote.
        let q = match (u64::try_from(num), u64::try_from(den)) {
            (Ok(a), Ok(b)) => u128::from(a / b),
            _ => num / den,
        };
        let q = i128::try_from(q).ok()?;
        Money::from_fen_i128(if negative { -q } else { q })
    }

    /// The amount as a `Decimal` with scale 2.
    #[must_use]
    pub fn amount(self) -> Decimal {
        self.0
    }

    /// `self + other`, or `None` past [`MAX_YUAN`].
    #[must_use]
    pub fn checked_add(self, other: Money) -> Option<Money> {
        Money::from_fen_i128(self.fen().checked_add(other.fen())?)
    }

    /// `self - other`, or `None` past [`MAX_YUAN`].
    #[must_use]
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        Money::from_fen_i128(self.fen().checked_sub(other.fen())?)
    }

    /// This amount in thousandths of `whole`, rounded half up and clamped to 0–1000: a part
    /// of a total, for drawing it. 0 when `whole` is not positive. Exact integer work on fen.
    ///
    /// ```
    /// use engine::money::Money;
    /// let m = |s| Money::parse(s).unwrap();
    /// assert_eq!(m("5000").per_mille_of(m("219900")), 23);
    /// assert_eq!(m("-1").per_mille_of(m("100")), 0);
    /// assert_eq!(m("300").per_mille_of(m("100")), 1000);
    /// ```
    #[must_use]
    pub fn per_mille_of(self, whole: Money) -> u16 {
        let w = whole.fen();
        if w <= 0 {
            return 0;
        }
        let part = self.fen().clamp(0, w);
        // part ≤ w ≤ 10^14 fen: part × 1000 stays far inside i128.
        u16::try_from((part * 1000 + w / 2) / w).unwrap_or(1000)
    }

    // Every Money has scale 2 (constructors rescale), so its mantissa is a count of fen and
    // addition is integer addition.
    fn fen(self) -> i128 {
        self.0.mantissa()
    }

    fn from_fen_i128(fen: i128) -> Option<Money> {
        let magnitude = fen.unsigned_abs();
        if magnitude > (MAX_YUAN as u128) * 100 {
            return None;
        }
        // Within range the magnitude fits in 64 bits: build the Decimal from its parts.
        let (lo, mid) = (magnitude as u32, (magnitude >> 32) as u32);
        Some(Money(Decimal::from_parts(lo, mid, 0, fen < 0, 2)))
    }

    /// The amount without its sign, for saying "lower by ¥X" in words.
    #[must_use]
    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }

    /// True below zero.
    #[must_use]
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// True at exactly zero.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The larger of the two.
    #[must_use]
    pub fn max(self, other: Money) -> Money {
        if other > self {
            other
        } else {
            self
        }
    }

    /// The smaller of the two.
    #[must_use]
    pub fn min(self, other: Money) -> Money {
        if other < self {
            other
        } else {
            self
        }
    }
}

impl Default for Money {
    fn default() -> Money {
        Money::ZERO
    }
}

impl fmt::Display for Money {
    /// Plain machine form with exactly two decimals: `219900.00`, `-4000.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut v = self.0;
        v.rescale(2);
        write!(f, "{v}")
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "an amount of yuan as a decimal string such as \"219900.00\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Money, E> {
                Money::parse_plain(v).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}
