//! The table author's kit: checks table files the way the build does, one problem per file
//! where it can (each file read alone for its syntax and fields, then all of them together),
//! and writes the JSON Schema of each table kind, which every file names as its `$schema` so an
//! editor validates and completes it, and the field reference in docs/tables.md.
//!
//! Boundaries: native only. The checks are the engine's own loader ([`Tables::load`]); this
//! crate adds no rule of its own, so a table it passes is one the build takes.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::path::{Path, PathBuf};

use engine::schema::{table_schema, KINDS};
use engine::tables::{TableError, Tables};

/// The folder the build reads its tables from, relative to the repository root.
pub const TABLES_DIR: &str = "static/tables";
/// The folder of the kinds' schemas, inside [`TABLES_DIR`] (files there are not tables).
pub const SCHEMA_DIR: &str = "schema";

/// One table file: its name and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableFile {
    /// The file name (`offer-su7-2026.json`).
    pub name: String,
    /// Its JSON text.
    pub text: String,
}

/// What checking a set of tables found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Every problem: each file's first, alone, then the first across files once each reads.
    pub problems: Vec<TableError>,
    /// The tables' version as the page's footer shows it (数据版本), when they all load.
    pub version: Option<String>,
}

/// The `*.json` files of `dir` (not its subfolders), in name order, as the build reads them.
///
/// # Errors
/// The folder or a file cannot be read.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<TableFile>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if path.is_file() && name.ends_with(".json") {
            files.push(TableFile { text: std::fs::read_to_string(&path)?, name });
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// `files` with `given` in place of the file of the same name, or added.
#[must_use]
pub fn with_files(mut files: Vec<TableFile>, given: Vec<TableFile>) -> Vec<TableFile> {
    for g in given {
        match files.iter_mut().find(|f| f.name == g.name) {
            Some(f) => *f = g,
            None => files.push(g),
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

/// Checks `files`: each alone (its syntax, fields and the form of each value), then together
/// (what one table names in another, and the rules across values), as [`Tables::load`] does
/// for the build.
#[must_use]
pub fn check(files: &[TableFile]) -> Report {
    let mut problems: Vec<TableError> =
        files.iter().filter_map(|f| Tables::read_file(&f.name, &f.text).err()).collect();
    let all: Vec<(&str, &str)> = files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect();
    let version = match Tables::load(&all) {
        Ok(_) => Some(version(files)),
        Err(e) => {
            if !problems.contains(&e) {
                problems.push(e);
            }
            None
        }
    };
    Report { problems, version }
}

/// The version the build gives these files.
#[must_use]
pub fn version(files: &[TableFile]) -> String {
    let texts: Vec<(&str, &str)> = files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect();
    bundled::version_of(&texts)
}

/// Each table kind's schema as `(file name, JSON text)`: `offer.schema.json`…
#[must_use]
pub fn schemas() -> Vec<(String, String)> {
    KINDS
        .iter()
        .filter_map(|kind| {
            let schema = table_schema(kind)?;
            let text = serde_json::to_string_pretty(&schema).ok()?;
            Some((format!("{kind}.schema.json"), text + "\n"))
        })
        .collect()
}

/// Where the schemas live under the repository root `root`.
#[must_use]
pub fn schema_dir(root: &Path) -> PathBuf {
    root.join(TABLES_DIR).join(SCHEMA_DIR)
}

/// Every field of every table kind, from the schemas (so from the types' own doc comments),
/// as the Markdown `docs/tables.md` holds between its `fields` markers.
#[must_use]
pub fn field_reference() -> String {
    let mut out = String::new();
    let mut types: std::collections::BTreeMap<String, serde_json::Value> = std::collections::BTreeMap::new();
    for kind in KINDS {
        let Some(schema) = table_schema(kind).and_then(|s| serde_json::to_value(s).ok()) else { continue };
        out += &format!("### `{kind}`\n\n");
        out += &fields(&schema);
        if let Some(defs) = schema.get("definitions").and_then(serde_json::Value::as_object) {
            types.extend(defs.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
    }
    out += "### Types inside the tables\n\n";
    // A figure of any value reads the same way: its fields are said once, for `Figure_for_Money`.
    for (name, schema) in types.iter().filter(|(n, _)| !n.starts_with("Figure_for_") || *n == "Figure_for_Money") {
        let shown = if name == "Figure_for_Money" { "Figure (of any value: `Figure_for_…`)" } else { name };
        out += &format!("#### {shown}\n\n");
        out += &described(schema);
    }
    out
}

/// Where docs/tables.md's generated field reference starts and ends.
const FIELDS_BEGIN: &str = "<!-- fields:begin -->\n";
const FIELDS_END: &str = "<!-- fields:end -->";

/// `doc` (docs/tables.md) with the current [`field_reference`] between its markers; `None`
/// when the markers are missing.
#[must_use]
pub fn with_field_reference(doc: &str) -> Option<String> {
    let (head, rest) = doc.split_once(FIELDS_BEGIN)?;
    let (_, tail) = rest.split_once(FIELDS_END)?;
    Some(format!("{head}{FIELDS_BEGIN}{}{FIELDS_END}{tail}", field_reference()))
}

/// What a type is: its fields, its values, or its text's form.
fn described(schema: &serde_json::Value) -> String {
    let text = |k: &str| schema.get(k).and_then(serde_json::Value::as_str).map(str::to_string);
    let mut out = text("description").map(|d| format!("{d}\n\n")).unwrap_or_default();
    if schema.get("properties").is_some() {
        out += &fields(schema);
    } else if let Some(values) = schema.get("oneOf").or(schema.get("enum")).and_then(serde_json::Value::as_array) {
        for v in values {
            let value = v.get("enum").and_then(|e| e.get(0)).unwrap_or(v);
            let what = v.get("description").and_then(serde_json::Value::as_str).unwrap_or("");
            out += &format!("- `{value}`{}{what}\n", if what.is_empty() { "" } else { ": " });
        }
        out += "\n";
    } else if let Some(p) = text("pattern") {
        out += &format!("A string matching `{p}`.\n\n");
    }
    out
}

/// A Markdown table of an object schema's fields.
fn fields(schema: &serde_json::Value) -> String {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(serde_json::Value::as_array)
        .map(|r| r.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    let mut out = "| field | type | required | what it is |\n|---|---|---|---|\n".to_string();
    for (name, field) in schema.get("properties").and_then(serde_json::Value::as_object).into_iter().flatten() {
        let what = field.get("description").and_then(serde_json::Value::as_str).unwrap_or("").replace('\n', " ");
        let need = if required.contains(&name.as_str()) { "yes" } else { "no" };
        out += &format!("| `{name}` | {} | {need} | {} |\n", type_name(field), what.replace('|', "\\|"));
    }
    out + "\n"
}

/// A field's type in a word: the type it refers to, a list of it, or its JSON type.
fn type_name(field: &serde_json::Value) -> String {
    let reference = |v: &serde_json::Value| {
        v.get("$ref").and_then(serde_json::Value::as_str).map(|r| r.trim_start_matches("#/definitions/").to_string())
    };
    if let Some(r) = reference(field) {
        return r;
    }
    for key in ["allOf", "anyOf"] {
        if let Some(r) = field.get(key).and_then(|a| a.get(0)).and_then(reference) {
            return r;
        }
    }
    if let Some(items) = field.get("items") {
        return format!("list of {}", type_name(items));
    }
    if let Some(values) = field.get("additionalProperties").filter(|v| v.is_object()) {
        return format!("map of {}", type_name(values));
    }
    if let Some(c) = field.get("const") {
        return format!("`{c}`");
    }
    match field.get("type") {
        Some(serde_json::Value::String(t)) => t.clone(),
        Some(serde_json::Value::Array(ts)) => {
            ts.iter().filter_map(serde_json::Value::as_str).filter(|t| *t != "null").collect::<Vec<_>>().join(" or ")
        }
        _ => "any".into(),
    }
}
