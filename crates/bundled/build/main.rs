//! Checks every table in `static/tables/` with the engine's own loader and writes, into
//! `OUT_DIR`, what the library includes:
//! - `tables.bin`: the checked tables in their positional form (`positional.rs`), which the
//!   browser reads instead of JSON, and `tables-untitled.bin`, the same without source titles,
//!   for the app page (the dealer widget's build takes the titled form: its `tables()` returns
//!   them);
//! - `files.rs`: the list of table files as `(name, JSON text)`, which native builds load and
//!   check (tests, tools, the pre-render tool).
//!
//! A table that does not load stops the build with its file, JSON path and what to fix. A table
//! added, removed or edited is picked up by the next build: cargo reruns this script when
//! anything in the folder changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use engine::tables::Tables;

#[path = "../src/fingerprint.rs"]
mod fingerprint;
mod positional;
#[path = "../src/untitled.rs"]
mod untitled;

const TABLES_DIR: &str = "../../static/tables";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("error: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let dir = Path::new(&manifest).join(TABLES_DIR);
    println!("cargo::rerun-if-changed={}", dir.display());
    println!("cargo::rerun-if-changed=build");

    let files = table_files(&dir)?;
    let texts: Vec<(&str, &str)> = files.iter().map(|(name, _, text)| (name.as_str(), text.as_str())).collect();
    let tables = Tables::load(&texts).map_err(|e| format!("static/tables/{} at {}: {}", e.file, e.path, e.problem))?;
    let version = fingerprint::version_of(&texts);
    write(&out.join("tables.bin"), &form(&tables, &version)?)?;
    // The app page's form: the same tables without source titles, which it never shows.
    let untitled: Vec<(&str, String)> = texts.iter().map(|(name, text)| (*name, untitled::untitled(text))).collect();
    let untitled: Vec<(&str, &str)> = untitled.iter().map(|(name, text)| (*name, text.as_str())).collect();
    let lean =
        Tables::load(&untitled).map_err(|e| format!("static/tables/{} (titles left out): {}", e.file, e.problem))?;
    write(&out.join("tables-untitled.bin"), &form(&lean, &version)?)?;
    write(&out.join("files.rs"), files_rs(&files).as_bytes())
}

/// The positional form of `tables`.
fn form(tables: &Tables, version: &str) -> Result<Vec<u8>, String> {
    positional::positional(tables, version)
        .map_err(|_| "a table value has no positional form: teach build/positional.rs and src/decode.rs".to_string())
}

/// Every `*.json` in the folder as (file name, absolute path, text), in file-name order.
fn table_files(dir: &Path) -> Result<Vec<(String, PathBuf, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if !name.ends_with(".json") {
            continue;
        }
        let path = path.canonicalize().map_err(|e| format!("{name}: {e}"))?;
        let text = std::fs::read_to_string(&path).map_err(|e| format!("static/tables/{name}: {e}"))?;
        files.push((name, path, text));
    }
    files.sort();
    Ok(files)
}

/// The `FILES` list, each text included from its file so native builds see the same bytes.
fn files_rs(files: &[(String, PathBuf, String)]) -> String {
    let mut s = String::from("&[\n");
    for (name, path, _) in files {
        let _ = writeln!(s, "    ({name:?}, include_str!({:?})),", path.display().to_string());
    }
    s.push_str("]\n");
    s
}

/// Writes only when the bytes change, so an unchanged table does not rebuild its dependents.
fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
