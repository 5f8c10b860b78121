//! Dates as owners read them: `2026年4月`, `2026年3月26日至4月30日`, `2026年3月22日 24:00` on the
//! Chinese screen; ISO forms (`2026-04`, `2026-03-26 to 2026-04-30`) on the English one. One
//! place, so a date reads the same in every section.

use engine::date::{Date, SourceDate};
use engine::text::Lang;

/// A date's year and month, as invoice dates are asked: 2026年4月, 2026-04.
pub fn month(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月", date.year(), date.month()),
        Lang::En => date.to_string().chars().take(7).collect(),
    }
}

/// A day: 2026年3月26日, 2026-03-26 (the engine's messages write theirs the same way).
pub use engine::text::day;

/// A span of days: 2026年3月26日至4月30日 (the year once when both share it),
/// 2026-03-26 to 2026-04-30.
pub fn span(lang: Lang, from: Date, to: Date) -> String {
    match lang {
        Lang::Zh if from.year() == to.year() => format!("{}至{}月{}日", day(lang, from), to.month(), to.day()),
        Lang::Zh => format!("{}至{}", day(lang, from), day(lang, to)),
        Lang::En => format!("{from} to {to}"),
    }
}

/// A source's date, only as precise as the source: 2026年3月20日, 2026年3月, 2026年; ISO forms.
pub fn source_date(lang: Lang, d: SourceDate) -> String {
    match (lang, d) {
        (_, SourceDate::Day(date)) => day(lang, date),
        (Lang::Zh, SourceDate::Month(y, m)) => format!("{y}年{m}月"),
        (Lang::Zh, SourceDate::Year(y)) => format!("{y}年"),
        (Lang::En, other) => other.to_string(),
    }
}

/// A moment, as deadlines are given: 2026年3月22日 24:00, 2026-03-22 24:00.
pub use engine::text::moment;
