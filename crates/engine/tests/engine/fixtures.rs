//! What many tests start from, made once per test binary.

use std::sync::OnceLock;

use engine::enumerate::RequestDates;
use engine::quote::QuoteRequest;
use engine::tables::Tables;

/// The shipped tables, loaded and fully checked once.
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| bundled::tables().unwrap())
}

/// The request an owner's first screen makes for `offer`: its default trim, the deposit paid,
/// the offer's default dates (the session's own default, so tests start where owners do).
pub fn default_request(offer: &str) -> QuoteRequest {
    session::Draft::default_request(tables(), offer).unwrap()
}

/// Typical dates inside the guarantee: locked 2025-11-20, kept car invoiced 2026-02-15, new
/// car 2026-04-30.
pub fn typical_dates() -> RequestDates {
    RequestDates {
        locked_on: "2025-11-20".parse().unwrap(),
        keep_invoice: "2026-02-15".parse().unwrap(),
        switch_invoice: "2026-04-30".parse().unwrap(),
    }
}
