//! The tables shipped inside the build.
//!
//! Adding an offer or market is adding its file here and under `static/tables/`; no engine code
//! changes.

use std::rc::Rc;

use crate::engine::tables::{TableError, Tables};

/// The bundled table files as `(file name, JSON text)`.
pub const FILES: &[(&str, &str)] = &[
    ("tax-cn.json", include_str!("../static/tables/tax-cn.json")),
    ("guarantee-xiaomi-2025.json", include_str!("../static/tables/guarantee-xiaomi-2025.json")),
    ("su7-gen1.json", include_str!("../static/tables/su7-gen1.json")),
    ("su7-gen2.json", include_str!("../static/tables/su7-gen2.json")),
    ("offer-su7-2026.json", include_str!("../static/tables/offer-su7-2026.json")),
    ("yu7.json", include_str!("../static/tables/yu7.json")),
    ("offer-yu7-2025.json", include_str!("../static/tables/offer-yu7-2025.json")),
    ("on-road-cn.json", include_str!("../static/tables/on-road-cn.json")),
];

/// Loads the bundled tables: fully checked natively (the test suite, tools); in the browser,
/// read without the checks the suite has already passed on these very files
/// ([`Tables::load_prechecked`]), so the path tracker and the cross-checks are not downloaded.
///
/// # Errors
/// A [`TableError`] if a bundled file is malformed; the test suite loads them, so a release
/// build never ships one that fails.
pub fn tables() -> Result<Tables, TableError> {
    if cfg!(target_arch = "wasm32") {
        Tables::load_prechecked(FILES)
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
    let parts: Vec<&[u8]> = FILES.iter().flat_map(|(name, text)| [name.as_bytes(), text.as_bytes()]).collect();
    format!("{:08x}", fingerprint(&parts) >> 32)
}
