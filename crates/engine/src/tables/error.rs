//! The one error a table can produce: which file, where inside it, what is wrong.

use std::fmt;

/// A table that could not be read or does not hold together.
///
/// `path` is a JSON path inside the file (`trims[2].prices.final-2026-03-19`), so the message
/// points at the exact value to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableError {
    /// The table's file name.
    pub file: String,
    /// Where inside the file; `.` for the whole file.
    pub path: String,
    /// What is wrong, in a sentence that says what to do.
    pub problem: String,
}

impl TableError {
    /// A problem in `file` at the JSON `path` (empty: the whole file).
    #[must_use]
    pub fn new(file: &str, path: impl Into<String>, problem: impl Into<String>) -> TableError {
        let path = path.into();
        TableError {
            file: file.to_string(),
            path: if path.is_empty() { ".".to_string() } else { path },
            problem: problem.into(),
        }
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "table {} at {}: {}", self.file, self.path, self.problem)
    }
}

impl std::error::Error for TableError {}
