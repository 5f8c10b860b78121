//! The QR code: a real code of the text given (finder patterns where scanners look, one SVG
//! square per dark module), and no code at all for text no QR code can hold. The compact form
//! the page encodes is tested in `compact.rs`.

use engine::text::Lang;
use session::{decode_link, screen, Draft, Qr, QUIET_ZONE};

/// The 7 × 7 finder pattern at (ox, oy): dark ring, light ring, dark 3 × 3 centre.
fn has_finder(qr: &Qr, ox: usize, oy: usize) -> bool {
    (0..7).all(|y| {
        (0..7).all(|x| {
            let ring = x.min(y).min(6 - x).min(6 - y);
            qr.is_dark(ox + x, oy + y) == (ring != 1)
        })
    })
}

#[test]
fn the_screen_link_becomes_a_scannable_code_of_itself() {
    let tables = bundled::tables().unwrap();
    let draft = Draft::for_offer(&tables, "su7-gen1-to-gen2-2026", Lang::Zh).unwrap();
    let resolved = draft.resolve(&tables, &draft.starting_request(&tables).unwrap());
    let s = screen(&tables, &draft, &resolved);
    // The fragment reads back as the draft shown, so the code carries the quote.
    assert_eq!(decode_link(&s.share_fragment).unwrap().offer, "su7-gen1-to-gen2-2026");
    let link = format!("https://example.com/su7/#{}", s.share_fragment);
    let qr = Qr::of(&link).unwrap();
    let n = qr.size();
    assert!((21..=77).contains(&n) && (n - 17) % 4 == 0, "a QR version's side, got {n}");
    assert!(has_finder(&qr, 0, 0) && has_finder(&qr, n - 7, 0) && has_finder(&qr, 0, n - 7));
    assert!(!has_finder(&qr, n - 7, n - 7), "the fourth corner has no finder pattern");
    let dark = (0..n).flat_map(|y| (0..n).map(move |x| (x, y))).filter(|&(x, y)| qr.is_dark(x, y)).count();
    assert_eq!(qr.svg_path().matches("h1v1h-1z").count(), dark);
    assert!(qr.svg_path().starts_with(&format!("M{QUIET_ZONE} {QUIET_ZONE}h1")));
    assert_eq!(qr.side_with_quiet_zone(), n + 8);
    assert!(!qr.is_dark(n, 0) && !qr.is_dark(0, n), "outside the code is light");
}

#[test]
fn text_too_long_for_any_code_has_none() {
    assert!(Qr::of(&"a".repeat(5000)).is_none());
    assert_ne!(Qr::of("https://example.com/#a"), Qr::of("https://example.com/#b"));
}
