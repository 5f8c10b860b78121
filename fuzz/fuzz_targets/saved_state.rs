//! Any text as saved state: a draft or a typed error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use session::restore;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(tables) = bundled::shared() else { return };
    let _ = restore(&tables, Some(text), None);
    let _ = restore(&tables, None, Some(text));
});
