//! The draft as saved in the browser's localStorage: versioned JSON.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Draft;

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Saved {
    v: u32,
    draft: Draft,
}

/// Why saved data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Saved by another version of the app.
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
#[must_use]
pub fn encode_saved(draft: &Draft) -> String {
    serde_json::to_string(&Saved { v: VERSION, draft: draft.clone() }).unwrap_or_default()
}

/// Reads stored text back.
///
/// # Errors
/// [`SavedError::OtherVersion`] or [`SavedError::Corrupted`]; never panics on any text.
pub fn decode_saved(text: &str) -> Result<Draft, SavedError> {
    // A saved draft is a few hundred bytes; anything far larger was not written by this app.
    if text.len() > 64 * 1024 {
        return Err(SavedError::Corrupted("too large".into()));
    }
    #[derive(Deserialize)]
    struct Probe {
        v: Option<u32>,
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| SavedError::Corrupted(e.to_string()))?;
    match probe.v {
        Some(VERSION) => {}
        Some(other) => return Err(SavedError::OtherVersion(other)),
        None => return Err(SavedError::Corrupted("no version".into())),
    }
    serde_json::from_str::<Saved>(text).map(|s| s.draft).map_err(|e| SavedError::Corrupted(e.to_string()))
}
