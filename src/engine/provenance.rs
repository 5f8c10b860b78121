//! Copies a figure's source out of its table, so results can travel with their provenance.

use std::collections::BTreeMap;

use super::date::Date;
use super::figure::{Figure, Provenance, Source, Status};
use super::text::Text;

/// The provenance of a table figure, its source resolved against the file's `sources`.
#[must_use]
pub fn cite<T>(sources: &BTreeMap<String, Source>, figure: &Figure<T>) -> Provenance {
    cite_parts(sources, &figure.source, figure.date, figure.status, figure.note.as_ref())
}

/// The provenance of a table row that carries source fields directly (maps, reliefs, gifts).
#[must_use]
pub fn cite_parts(
    sources: &BTreeMap<String, Source>,
    key: &str,
    date: Date,
    status: Status,
    note: Option<&Text>,
) -> Provenance {
    // Tables are validated at load, so the key resolves; an empty title would only show a bug.
    let src = sources.get(key);
    Provenance {
        source: src.map(|s| s.title.clone()).unwrap_or_default(),
        url: src.map(|s| s.url.clone()).unwrap_or_default(),
        date,
        status,
        note: note.cloned(),
    }
}
