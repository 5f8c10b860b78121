//! What many tests start from, made once per test binary.

use std::sync::OnceLock;

use engine::tables::Tables;

/// The shipped tables, loaded and fully checked once.
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| bundled::tables().unwrap())
}
