//! Copies a figure's source out of its table, so results can travel with their provenance.

use super::date::SourceDate;
use super::figure::{Figure, Provenance, Source, Sources, Status};
use super::text::Text;

/// The provenance of a table figure, its source resolved against the file's `sources` (or
/// taken from the figure, where loading already resolved it).
#[must_use]
pub fn cite<T>(sources: &Sources, figure: &Figure<T>) -> Provenance {
    let src = figure.cited.as_deref().or_else(|| sources.get(&figure.source).map(|s| &**s));
    provenance(src, figure.date, figure.status, figure.note.as_ref())
}

/// The provenance of a table row that carries source fields directly (maps, reliefs, gifts).
#[must_use]
pub fn cite_parts(sources: &Sources, key: &str, date: SourceDate, status: Status, note: Option<&Text>) -> Provenance {
    provenance(sources.get(key).map(|s| &**s), date, status, note)
}

fn provenance(src: Option<&Source>, date: SourceDate, status: Status, note: Option<&Text>) -> Provenance {
    // Tables are validated at load, so the source exists; an empty title would only show a bug.
    Provenance {
        label: src.map(|s| s.label.clone()).unwrap_or_default(),
        source: src.map(|s| s.title.clone()).unwrap_or_default(),
        url: src.map(|s| s.url.clone()).unwrap_or_default(),
        date,
        status,
        note: note.cloned(),
    }
}
