//! The draft as saved in the browser's localStorage: a format version on the first line, then
//! the draft in the share-link format ([`super::encode_link`]), so the app page needs no JSON
//! parser for it. The JSON of earlier releases (`{"v":1,…}`) is recognised here as another
//! version's; the browser shell reads it with the browser's own JSON parser and hands it on in
//! this format (`ui::legacy_saved`), so an owner's configuration survives the change.

use std::fmt;

use super::link::decode_within;
use super::{encode_link, Draft};

/// The current saved-state format. Format 1 was JSON.
const VERSION: u32 = 2;
/// A saved draft is a few hundred bytes; anything far larger, in any format, was not written
/// by this app.
pub const MAX_SAVED_BYTES: usize = 64 * 1024;

/// Why saved data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Saved by another version of the app (its format number).
    OtherVersion(u32),
    /// Not readable: damaged or edited by hand.
    Corrupted(String),
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::OtherVersion(v) => write!(f, "saved by another version of the app (format {v})"),
            SavedError::Corrupted(why) => write!(f, "the saved data is damaged ({why})"),
        }
    }
}

impl std::error::Error for SavedError {}

/// The text to store for a draft.
///
/// ```
/// use engine::text::Lang;
/// use session::{Draft, encode_saved, decode_saved};
/// let draft = Draft::for_offer(&bundled::tables().unwrap(), "su7-gen1-to-gen2-2026", Lang::Zh).unwrap();
/// assert!(encode_saved(&draft).starts_with("2\nv1&o=su7-gen1-to-gen2-2026&"));
/// assert_eq!(decode_saved(&encode_saved(&draft)).unwrap(), draft);
/// ```
#[must_use]
pub fn encode_saved(draft: &Draft) -> String {
    format!("{VERSION}\n{}", encode_link(draft))
}

/// The format number of an earlier release's JSON (`{"v":1,…}`), if the text is one.
fn json_version(text: &str) -> Option<u32> {
    let after = text.trim_start().strip_prefix('{')?.split_once("\"v\":")?.1.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Reads stored text back.
///
/// # Errors
/// [`SavedError::OtherVersion`] or [`SavedError::Corrupted`]; never panics on any text.
pub fn decode_saved(text: &str) -> Result<Draft, SavedError> {
    if text.len() > MAX_SAVED_BYTES {
        return Err(SavedError::Corrupted("too large".into()));
    }
    // The version line exactly as this app writes it: "02" or "+2" were never written by it.
    let written = |v: &str| v.bytes().all(|b| b.is_ascii_digit()) && !v.starts_with('0');
    match text.split_once('\n') {
        Some((v, body)) if v == VERSION.to_string() => {
            decode_within(body, MAX_SAVED_BYTES).map_err(|e| SavedError::Corrupted(e.to_string()))
        }
        Some((v, _)) if written(v) => Err(v.parse().map_or_else(|_| corrupted("no version"), SavedError::OtherVersion)),
        _ => Err(match json_version(text) {
            // The browser shell turns every readable format-1 JSON into today's format before
            // it gets here: one that arrives could not be read.
            Some(1) => corrupted("format 1 that could not be read"),
            Some(v) => SavedError::OtherVersion(v),
            None => corrupted("no version"),
        }),
    }
}

fn corrupted(why: &str) -> SavedError {
    SavedError::Corrupted(why.into())
}
