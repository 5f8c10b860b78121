//! A share link as a QR code, for the print and the poster: which modules are dark, and the
//! same as one SVG path. Encoding is `qrcodegen`'s (the reference implementation); this module
//! only keeps its result in a form both renderers read.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// The light border around the code, in modules, that scanners need (the standard's four).
pub const QUIET_ZONE: usize = 4;

/// A QR code's modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    size: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// The code of `text` at medium error correction (a printed page may be creased), or
    /// `None` when the text is too long for any QR code. A link's fragment in the characters
    /// of the alphanumeric mode (the compact form, [`crate::encode_compact`]) is packed in that
    /// mode, 5.5 bits a character; the rest of the text as bytes.
    ///
    /// # Example
    /// ```
    /// use session::Qr;
    /// let qr = Qr::of("https://example.com/#o=x").unwrap();
    /// assert_eq!(qr.size(), 25); // version 2: 17 + 4 × 2 modules a side
    /// assert!(qr.is_dark(0, 0)); // a finder pattern's corner
    /// ```
    #[must_use]
    pub fn of(text: &str) -> Option<Qr> {
        let segments = match text.split_once('#') {
            Some((page, fragment)) if !fragment.is_empty() && QrSegment::is_alphanumeric(fragment) => {
                vec![QrSegment::make_bytes(format!("{page}#").as_bytes()), QrSegment::make_alphanumeric(fragment)]
            }
            _ => QrSegment::make_segments(text),
        };
        let code = QrCode::encode_segments(&segments, QrCodeEcc::Medium).ok()?;
        let size = usize::try_from(code.size()).ok()?;
        let side = code.size();
        let dark = (0..side).flat_map(|y| (0..side).map(move |x| (x, y))).map(|(x, y)| code.get_module(x, y)).collect();
        Some(Qr { size, dark })
    }

    /// Modules a side, without the quiet zone.
    #[must_use]
    pub fn size(&self) -> usize {
        self.size
    }

    /// True when the module at column `x`, row `y` is dark; outside the code, light.
    #[must_use]
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && self.dark.get(y * self.size + x).copied().unwrap_or(false)
    }

    /// The dark modules as one SVG path in module units, offset by the quiet zone, for a
    /// `viewBox` of `0 0 W W` where `W` is [`Qr::side_with_quiet_zone`].
    #[must_use]
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            for x in (0..self.size).filter(|&x| self.is_dark(x, y)) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
        d
    }

    /// Modules a side with the quiet zone on both sides.
    #[must_use]
    pub fn side_with_quiet_zone(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}
