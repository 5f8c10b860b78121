//! The compact link form the QR code carries: the share link spelled in the characters a QR
//! code packs in its alphanumeric mode (5.5 bits a character instead of 8), so the printed and
//! poster codes have fewer, larger modules.
//!
//! `V1*O+SU7-GEN1-TO-GEN2-2026*T+STANDARD*…*LANG+ZH`
//!
//! Letters are written in capitals and read in either case, `&` as `*`, `=` as `+` and `,` as
//! `$`; a capital, `_` or `~` of the link (which its escapes leave as they are) travels as a
//! `%XX` escape. Read back, it is the share link itself, so it has the link's checks and errors.

use super::{encode_link, Draft};

/// The compact fragment (without `#`) for a draft; [`super::decode_link`] reads it back.
/// [`compact_link`] of its share link.
///
/// # Example
/// ```
/// use engine::text::Lang;
/// use session::{Draft, encode_compact, decode_link};
/// let tables = bundled::tables().unwrap();
/// let draft = Draft::for_offer(&tables, "su7-gen1-to-gen2-2026", Lang::Zh).unwrap();
/// let code = encode_compact(&draft);
/// assert!(code.starts_with("V1*O+SU7-GEN1-TO-GEN2-2026*T+STANDARD*"));
/// assert_eq!(decode_link(&code).unwrap(), draft);
/// ```
#[must_use]
pub fn encode_compact(d: &Draft) -> String {
    compact_link(&encode_link(d))
}

/// A share link's fragment ([`encode_link`]'s text) in the compact form.
#[must_use]
pub fn compact_link(link: &str) -> String {
    let mut out = String::new();
    let mut hex_digits = 0;
    for b in link.bytes() {
        match b {
            // An escape's two hex digits, capitals or not, read back in either case.
            _ if hex_digits > 0 => {
                hex_digits -= 1;
                out.push(char::from(b));
            }
            b'%' => {
                hex_digits = 2;
                out.push('%');
            }
            b'&' => out.push('*'),
            b'=' => out.push('+'),
            b',' => out.push('$'),
            b'A'..=b'Z' | b'_' | b'~' => out.push_str(&format!("%{b:02X}")),
            _ => out.push(char::from(b.to_ascii_uppercase())),
        }
    }
    out
}

/// The share link a compact fragment spells, or `None` for text that is not one (no `*`
/// after its version). Escapes read in either case, so lowering the whole text is safe.
pub(super) fn expand(fragment: &str) -> Option<String> {
    let (version, _) = fragment.split_once('*')?;
    if !version.eq_ignore_ascii_case(super::link::VERSION) {
        return None;
    }
    let text = fragment.to_ascii_lowercase().replace('*', "&").replace('+', "=").replace('$', ",");
    Some(text)
}
