//! The tables shipped inside the build.
//!
//! Adding an offer or market is adding its file under `static/tables/`; no code changes. The
//! build script (`build/main.rs`) checks every table with the engine's loader — a broken table
//! stops the build with its file and JSON path — and writes what this crate includes: the list
//! of JSON texts, which native tests and tools load and check again, and two positional forms
//! (`decode.rs`: a checksum, the tables' version, then each value in its type's field order),
//! which the app and the widget read with no JSON parser — with source titles for the widget's
//! build, without them for the app page's.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::rc::Rc;

use engine::tables::{TableError, Tables};

mod decode;
mod fingerprint;

pub use fingerprint::{fingerprint, version_of};

/// The positional form with source titles, for a build that returns them (the dealer widget's `tables()`).
#[cfg(feature = "source-titles")]
const POSITIONAL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tables.bin"));
/// Without them, for the app page: it shows each source's label and link, never its title.
#[cfg(not(feature = "source-titles"))]
const POSITIONAL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tables-untitled.bin"));

/// The bundled tables read from their positional form, sources resolved: what the browser
/// uses — no field names, no JSON text, no parser (`tests/bundled.rs` proves it equals
/// [`Tables::load`] of the JSON files).
///
/// # Errors
/// A [`TableError`] if the positional form is damaged or does not read to the end (written by
/// another version of the build script).
pub fn generated_tables() -> Result<Tables, TableError> {
    tables_from(POSITIONAL)
}

/// Both positional forms, (with source titles, without), whichever this build includes: for
/// the tests of this crate's reader.
#[doc(hidden)]
#[must_use]
pub fn positional_forms() -> (&'static [u8], &'static [u8]) {
    (
        include_bytes!(concat!(env!("OUT_DIR"), "/tables.bin")),
        include_bytes!(concat!(env!("OUT_DIR"), "/tables-untitled.bin")),
    )
}

/// Tables from bytes in the positional form, **unchecked** beyond their checksum and shape:
/// for the bundled bytes, which the test suite compares with the checked JSON tables.
///
/// # Errors
/// A [`TableError`] if the checksum does not match, the bytes end early, hold a value this
/// build does not read, or do not end where the tables do.
#[doc(hidden)]
pub fn tables_from(bytes: &'static [u8]) -> Result<Tables, TableError> {
    let broken = || TableError::new("tables.bin", "", "damaged, or written by another build: rebuild");
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

/// The bundled table files as `(file name, JSON text)`, in file-name order: every `*.json` in
/// `static/tables/` when this crate was built.
pub const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/files.rs"));

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
    static LOADED: Result<Rc<Tables>, TableError> = generated_tables().map(Rc::new);
}

/// The tables the app and the widget use, read once per thread from this build's positional
/// form and shared after that: the page, every widget and every JS API call use the same
/// copy. On every target, so the page pre-rendered natively is the page the browser renders
/// (the app page's form has no source titles).
///
/// # Errors
/// The [`TableError`] of [`generated_tables`], every time it is asked for.
pub fn shared() -> Result<Rc<Tables>, TableError> {
    LOADED.with(Clone::clone)
}

/// The bundled tables' version: eight hex digits that change with any table's text, shown in
/// the page's footer so an owner (and a test) can tell which data a quote used.
///
/// ```
/// let v = bundled::tables_version();
/// assert_eq!(v.len(), 8);
/// assert!(v.chars().all(|c| c.is_ascii_hexdigit()));
/// ```
#[must_use]
pub fn tables_version() -> String {
    // The positional form's second text: `fingerprint` over every name and text, written with
    // it, so the browser needs no table text for it; tests/bundled.rs checks it.
    let mut r = decode::Reader::new(POSITIONAL);
    r.text().and_then(|_| r.text()).unwrap_or_default().to_string()
}
