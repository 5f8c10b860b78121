//! Any text as a share link: it reads back or is a typed error; a draft it reads resolves and
//! quotes without a panic, and encodes back to a link that reads as the same draft.
#![no_main]

use libfuzzer_sys::fuzz_target;
use engine::quote::quote;
use session::{decode_link, encode_link, screen};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(draft) = decode_link(text) else { return };
    // Escaping can lengthen a link past what is read back (spaces, non-ASCII): only a link of
    // readable length must round-trip.
    let again = encode_link(&draft);
    if again.len() <= 2_000 {
        assert_eq!(decode_link(&again).ok().as_ref(), Some(&draft), "a link round-trips");
    }
    let Ok(tables) = bundled::shared() else { return };
    let Some(start) = draft.starting_request(&tables) else { return };
    let resolved = draft.resolve(&tables, &start);
    let _ = quote(&tables, &resolved.request);
    let _ = screen(&tables, &draft, &resolved);
    let shared = encode_link(&draft.for_share(&resolved));
    assert!(decode_link(&shared).is_ok(), "the share link of anything shown reads back");
});
