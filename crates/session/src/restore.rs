//! Where the page's configuration comes from on load — a share link, saved state, or the
//! defaults — and what the owner is told about it. One message per situation, as a type the
//! UI renders in the current language.

use super::{decode_link, decode_saved, Draft, LinkError, SavedError};
use engine::tables::Tables;
use engine::text::Lang;

/// Where the shown configuration came from, and whether it may be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Storage {
    /// Saved to localStorage on every change.
    Saving,
    /// Showing a shared link; the owner's saved configuration is left alone until they choose.
    ViewingShared {
        /// The owner's own draft, to go back to.
        own: Option<Box<Draft>>,
        /// Some of the link's values did not fit the tables and were replaced.
        values_replaced: bool,
        /// The owner's saved data could not be read (kept, not overwritten, until they choose).
        saved_problem: Option<SavedError>,
    },
    /// The saved data could not be read; it is not overwritten until the owner says so.
    SavedUnreadable(SavedError),
    /// Embedded on a dealer's page: the host owns the URL and storage; nothing is saved.
    Embedded,
}

/// The page's starting configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// What to show.
    pub draft: Draft,
    /// Where it came from.
    pub storage: Storage,
    /// A link that could not be read (the owner's own configuration is shown instead).
    pub link_problem: Option<LinkError>,
}

/// The default draft: the first offer's, in Chinese. `None` when the tables hold no offer.
#[must_use]
pub fn default_draft(tables: &Tables) -> Option<Draft> {
    tables.offers.first().and_then(|o| Draft::for_offer(tables, &o.id, Lang::Zh))
}

/// The standalone page's starting configuration from the saved text and the URL fragment.
///
/// A readable link wins and is shown without touching the saved configuration; an unreadable
/// link is reported and the owner's own configuration shown; unreadable saved data is kept
/// (not overwritten) until the owner chooses. `None` only when the tables hold no offer.
///
/// # Example
/// ```
/// use session::{restore, Storage};
/// let tables = bundled::tables().unwrap();
/// let r = restore(&tables, Some("{not json"), None).unwrap();
/// assert!(matches!(r.storage, Storage::SavedUnreadable(_)));
/// ```
#[must_use]
pub fn restore(tables: &Tables, saved: Option<&str>, fragment: Option<&str>) -> Option<Restored> {
    let (own, saved_problem) = match saved.map(decode_saved) {
        None => (None, None),
        Some(Ok(d)) => (Some(d), None),
        Some(Err(e)) => (None, Some(e)),
    };
    let link = fragment.map(decode_link);
    let link_problem = match link {
        Some(Ok(shared)) => {
            let values_replaced =
                shared.starting_request(tables).is_some_and(|start| !shared.resolve(tables, &start).errors.is_empty());
            let storage = Storage::ViewingShared { own: own.map(Box::new), values_replaced, saved_problem };
            return Some(Restored { draft: shared, storage, link_problem: None });
        }
        Some(Err(e)) => Some(e),
        None => None,
    };
    let storage = saved_problem.map_or(Storage::Saving, Storage::SavedUnreadable);
    let draft = match own {
        Some(d) => d,
        None => default_draft(tables)?,
    };
    Some(Restored { draft, storage, link_problem })
}
