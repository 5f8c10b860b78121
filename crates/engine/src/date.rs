//! Calendar dates (`2026-01-07`): lock dates, invoice dates, price-list and source dates.
//!
//! Only ordering and validity are needed, so a three-field date is enough; no time zones, no
//! arithmetic, no clock.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Serialises a date type as its `Display` text and reads it back with `FromStr`, so JSON
/// holds `"2026-01-07"` and a bad text is an error naming the expected form.
macro_rules! serde_as_text {
    ($t:ty, $expecting:literal) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $t;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$t, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

serde_as_text!(Date, "a date string YYYY-MM-DD");
serde_as_text!(SourceDate, "a date string YYYY, YYYY-MM or YYYY-MM-DD");
serde_as_text!(Moment, "a date YYYY-MM-DD, optionally with a time HH:MM");

/// A valid Gregorian calendar date between years 1900 and 2999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-07", self.0)
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// A date, or `None` when the day does not exist (2026-02-29) or the year is outside 1900–2999.
    ///
    /// # Example
    /// ```
    /// use engine::date::Date;
    /// assert!(Date::new(2028, 2, 29).is_some());
    /// assert!(Date::new(2026, 2, 29).is_none());
    /// ```
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= days).then_some(Date { year, month, day })
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.chars().take(40).collect());
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(r)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (y, m, d) = (num(0..4).ok_or_else(err)?, num(5..7).ok_or_else(err)?, num(8..10).ok_or_else(err)?);
        Date::new(y, m as u8, d as u8).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// When a source said something, only as precise as the source: a year (`2025`), a month
/// (`2025-01`) or a day (`2025-01-07`). Tables never invent a day a source does not give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceDate {
    /// A year.
    Year(u16),
    /// A month of a year.
    Month(u16, u8),
    /// A day.
    Day(Date),
}

impl FromStr for SourceDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<SourceDate, DateError> {
        let err = || DateError(s.chars().take(40).collect());
        let digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit()).then(|| t.parse::<u16>().ok()).flatten();
        match s.len() {
            4 => digits(s).filter(|y| (1900..=2999).contains(y)).map(SourceDate::Year).ok_or_else(err),
            7 => {
                let (y, m) = s.split_once('-').ok_or_else(err)?;
                let (y, m) = (digits(y).ok_or_else(err)?, digits(m).ok_or_else(err)?);
                // The first of the month exists whenever the month does.
                let m = u8::try_from(m).map_err(|_| err())?;
                Date::new(y, m, 1).map(|_| SourceDate::Month(y, m)).ok_or_else(err)
            }
            _ => s.parse().map(SourceDate::Day),
        }
    }
}

impl SourceDate {
    /// The first day it may mean: 1 January of a year, the 1st of a month.
    #[must_use]
    pub fn earliest(self) -> (u16, u8, u8) {
        match self {
            SourceDate::Year(y) => (y, 1, 1),
            SourceDate::Month(y, m) => (y, m, 1),
            SourceDate::Day(d) => (d.year(), d.month(), d.day()),
        }
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceDate::Year(y) => write!(f, "{y:04}"),
            SourceDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            SourceDate::Day(d) => d.fmt(f),
        }
    }
}

impl Date {
    /// The last day of a month (`None` for a month that does not exist).
    ///
    /// # Example
    /// ```
    /// use engine::date::Date;
    /// assert_eq!(Date::last_of_month(2028, 2).unwrap().to_string(), "2028-02-29");
    /// ```
    #[must_use]
    pub fn last_of_month(year: u16, month: u8) -> Option<Date> {
        (28..=31).rev().find_map(|day| Date::new(year, month, day))
    }

    /// The next calendar day (`None` after 2999-12-31).
    ///
    /// # Example
    /// ```
    /// use engine::date::Date;
    /// let d: Date = "2025-11-30".parse().unwrap();
    /// assert_eq!(d.next_day().unwrap().to_string(), "2025-12-01");
    /// ```
    #[must_use]
    pub fn next_day(self) -> Option<Date> {
        Date::new(self.year, self.month, self.day.saturating_add(1))
            .or_else(|| Date::new(self.year, self.month.saturating_add(1), 1))
            .or_else(|| Date::new(self.year.saturating_add(1), 1, 1))
    }
}

/// A day with the time of day where the source gives it (`2025-06-26 22:00`; `24:00` is the
/// end of the day, as Xiaomi writes deadlines).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    /// The day.
    pub date: Date,
    /// Hours and minutes, when known.
    pub time: Option<(u8, u8)>,
}

impl FromStr for Moment {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Moment, DateError> {
        let err = || DateError(s.chars().take(40).collect());
        let (day, time) = match s.split_once(' ') {
            None => (s, None),
            Some((day, hm)) => {
                let (h, m) = hm.split_once(':').ok_or_else(err)?;
                let two = |t: &str| (t.len() == 2).then(|| t.parse::<u8>().ok()).flatten();
                let (h, m) = (two(h).ok_or_else(err)?, two(m).ok_or_else(err)?);
                if m > 59 || h > 24 || (h == 24 && m > 0) {
                    return Err(err());
                }
                (day, Some((h, m)))
            }
        };
        Ok(Moment { date: day.parse().map_err(|_| err())?, time })
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.time {
            None => self.date.fmt(f),
            Some((h, m)) => write!(f, "{} {h:02}:{m:02}", self.date),
        }
    }
}
