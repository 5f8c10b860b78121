//! The tables shipped inside the build.
//!
//! Adding an offer or market is adding its file here and under `static/tables/`; no engine code
//! changes.

use std::rc::Rc;
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::engine::date::{Date, Moment, SourceDate};
use crate::engine::money::Money;
use crate::engine::tables::{TableError, Tables};

#[cfg(not(feature = "regen-tables"))]
mod tables_gen;

/// While the generated code is rewritten (feature `regen-tables`), it is left out: after a
/// change to a table type the checked-in code may not compile, and must not stop its own
/// regeneration.
#[cfg(feature = "regen-tables")]
mod tables_gen {
    use crate::engine::tables::Tables;
    pub(super) const VERSION: &str = "";
    pub(super) fn tables() -> Tables {
        Tables::default()
    }
}

/// A table value from the text the generated tables give for it: `String`, `Arc<str>`, and
/// the types that read from text. The test that writes `tables_gen.rs` takes each text from the
/// value itself and proves the whole round trip (`tests/bundled_tables.rs`), so the fallbacks
/// below are never taken; they only keep this free of panics.
trait FromText {
    fn from_text(s: &'static str) -> Self;
}

impl FromText for String {
    fn from_text(s: &'static str) -> Self {
        s.to_string()
    }
}

impl FromText for Arc<str> {
    fn from_text(s: &'static str) -> Self {
        Arc::from(s)
    }
}

impl FromText for Money {
    fn from_text(s: &'static str) -> Self {
        Money::parse(s).unwrap_or_default()
    }
}

impl FromText for Decimal {
    fn from_text(s: &'static str) -> Self {
        s.parse().unwrap_or_default()
    }
}

impl FromText for Date {
    fn from_text(s: &'static str) -> Self {
        s.parse().unwrap_or(Date::FIRST)
    }
}

impl FromText for SourceDate {
    fn from_text(s: &'static str) -> Self {
        s.parse().unwrap_or(SourceDate::Day(Date::FIRST))
    }
}

impl FromText for Moment {
    fn from_text(s: &'static str) -> Self {
        s.parse().unwrap_or(Moment { date: Date::FIRST, time: None })
    }
}

/// A value of the generated tables, from its text.
fn t<T: FromText>(s: &'static str) -> T {
    T::from_text(s)
}

/// The bundled tables as the generated code constructs them, sources resolved: what the
/// browser uses, with no table format to parse (`tests/bundled_tables.rs` proves it equals
/// [`Tables::load`] of the JSON files).
#[must_use]
pub fn generated_tables() -> Tables {
    tables_gen::tables().with_sources_resolved()
}

/// The bundled table files as `(file name, JSON text)`, in file-name order (a test checks the
/// list against `static/tables/`).
pub const FILES: &[(&str, &str)] = &[
    ("guarantee-xiaomi-2025.json", include_str!("../../static/tables/guarantee-xiaomi-2025.json")),
    ("offer-su7-2026.json", include_str!("../../static/tables/offer-su7-2026.json")),
    ("offer-yu7-2025.json", include_str!("../../static/tables/offer-yu7-2025.json")),
    ("on-road-cn.json", include_str!("../../static/tables/on-road-cn.json")),
    ("su7-gen1.json", include_str!("../../static/tables/su7-gen1.json")),
    ("su7-gen2.json", include_str!("../../static/tables/su7-gen2.json")),
    ("tax-cn.json", include_str!("../../static/tables/tax-cn.json")),
    ("yu7.json", include_str!("../../static/tables/yu7.json")),
];

/// Loads the bundled tables: fully checked from their JSON natively (the test suite, tools);
/// in the browser, constructed by generated code ([`generated_tables`]), without the checks
/// the suite has already passed on these very files.
///
/// # Errors
/// A [`TableError`] if a bundled file is malformed; the test suite loads them, so a release
/// build never ships one that fails.
pub fn tables() -> Result<Tables, TableError> {
    if cfg!(target_arch = "wasm32") {
        Ok(generated_tables())
    } else {
        Tables::load(FILES)
    }
}

thread_local! {
    static LOADED: Result<Rc<Tables>, TableError> = tables().map(Rc::new);
}

/// The bundled tables, loaded and checked once per thread and shared after that: the page,
/// every widget and every JS API call use the same copy.
///
/// # Errors
/// The [`TableError`] of [`tables`], every time it is asked for.
pub fn shared() -> Result<Rc<Tables>, TableError> {
    LOADED.with(Clone::clone)
}

/// FNV-1a, 64 bits: a short fingerprint of bytes (not for security).
#[must_use]
pub fn fingerprint(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in *part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The bundled tables' version: eight hex digits that change with any table's text, shown in
/// the page's footer so an owner (and a test) can tell which data a quote used.
///
/// ```
/// let v = upgrade_configurator::bundled::tables_version();
/// assert_eq!(v.len(), 8);
/// assert!(v.chars().all(|c| c.is_ascii_hexdigit()));
/// ```
#[must_use]
pub fn tables_version() -> String {
    // Written into the generated tables as `fingerprint` over every name and text, so the
    // browser needs no table text for it; tests/engine_tables.rs checks it against FILES.
    tables_gen::VERSION.to_string()
}
