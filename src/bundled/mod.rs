//! The tables shipped inside the build.
//!
//! Adding an offer or market is adding its file here and under `static/tables/`; no engine code
//! changes.

use std::rc::Rc;

use crate::engine::tables::{TableError, Tables};

mod decode;

/// The bundled tables in their positional form (`decode.rs` documents it), written by
/// `tests/bundled_tables.rs` from the same JSON files: a checksum (`fingerprint` of all that
/// follows, as 16 hex digits), the tables' version, then the tables.
const POSITIONAL: &[u8] = include_bytes!("tables.bin");

/// The command that rewrites `tables.bin` from the JSON tables.
const REGENERATE: &str = "UPDATE_TABLES=1 cargo test --test bundled_tables -- the_checked_in_positional";

/// The bundled tables read from their positional form, sources resolved: what the browser
/// uses — no field names, no JSON text, no parser (`tests/bundled_tables.rs` proves it equals
/// [`Tables::load`] of the JSON files).
///
/// # Errors
/// A [`TableError`] if the positional form is damaged or does not read to the end (written by
/// another version of the generator): regenerate it.
pub fn generated_tables() -> Result<Tables, TableError> {
    tables_from(POSITIONAL)
}

/// Tables from bytes in the positional form, **unchecked** beyond their checksum and shape:
/// for the bundled bytes, which the test suite compares with the checked JSON tables.
///
/// # Errors
/// A [`TableError`] if the checksum does not match, the bytes end early, hold a value this
/// build does not read, or do not end where the tables do.
#[doc(hidden)]
pub fn tables_from(bytes: &'static [u8]) -> Result<Tables, TableError> {
    let broken =
        || TableError::new("tables.bin", "", format!("damaged or from another build; regenerate it: {REGENERATE}"));
    let mut r = decode::Reader::new(bytes);
    let sum = r.text().map_err(|_| broken())?;
    if sum != format!("{:016x}", fingerprint(&[r.rest()])) {
        return Err(broken());
    }
    r.text().map_err(|_| broken())?;
    let tables = <Tables as decode::Decode>::decode(&mut r).map_err(|_| broken())?;
    if !r.at_end() {
        return Err(broken());
    }
    Ok(tables.with_sources_resolved())
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
/// in the browser, read from their positional form ([`generated_tables`]), without the
/// checks the suite has already passed on these very files.
///
/// # Errors
/// A [`TableError`] if a bundled file is malformed; the test suite loads them, so a release
/// build never ships one that fails.
pub fn tables() -> Result<Tables, TableError> {
    if cfg!(target_arch = "wasm32") {
        generated_tables()
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
    // The positional form's second text: `fingerprint` over every name and text, written with
    // it, so the browser needs no table text for it; tests/engine_tables.rs checks it.
    let mut r = decode::Reader::new(POSITIONAL);
    r.text().and_then(|_| r.text()).unwrap_or_default().to_string()
}
