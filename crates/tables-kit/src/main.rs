//! `tables`: the table author's command (run through `./x tables`).
//!
//! - `tables check [FILE...]` checks every table in `static/tables/`, with each FILE in place
//!   of the table of the same name (or beside them, for a new one): each problem with its file,
//!   JSON path and what to do, then the data version the build would show.
//! - `tables schema [--check]` writes each table kind's JSON Schema into
//!   `static/tables/schema/` and the field reference into docs/tables.md, or (`--check`) fails
//!   when one of them is not what the types give.
//! - `tables fields` prints every field of every kind in Markdown (docs/tables.md holds it).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tables_kit::{check, read_dir, schema_dir, schemas, with_files, TableFile, TABLES_DIR};

const USAGE: &str = "usage: tables check [FILE...] | tables schema [--check] | tables fields";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let result = match args.split_first() {
        Some((cmd, files)) if cmd == "check" => check_tables(&root, files),
        Some((cmd, rest)) if cmd == "schema" => write_schemas(&root, rest.iter().any(|a| a == "--check")),
        Some((cmd, _)) if cmd == "fields" => {
            print!("{}", tables_kit::field_reference());
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("{why}");
            }
            ExitCode::FAILURE
        }
    }
}

/// The shipped tables with the author's `files` in place; every problem printed.
fn check_tables(root: &Path, files: &[String]) -> Result<(), String> {
    let shipped = read_dir(&root.join(TABLES_DIR)).map_err(|e| format!("{TABLES_DIR}: {e}"))?;
    let mut given = Vec::new();
    for path in files {
        let path = Path::new(path);
        let name = path.file_name().and_then(|n| n.to_str()).ok_or(format!("{}: not a file name", path.display()))?;
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        given.push(TableFile { name: name.to_string(), text });
    }
    let all = with_files(shipped, given);
    let report = check(&all);
    for p in &report.problems {
        println!("{}: at {}: {}", p.file, p.path, p.problem);
    }
    match report.version {
        Some(v) if report.problems.is_empty() => {
            println!("{} tables read and cross-checked: no problem. Data version (数据版本): {v}", all.len());
            Ok(())
        }
        _ => {
            println!("{} problem(s) in {} tables", report.problems.len(), all.len());
            Err(String::new())
        }
    }
}

/// Writes the schemas, or checks the ones written are current.
fn write_schemas(root: &Path, check_only: bool) -> Result<(), String> {
    let dir = schema_dir(root);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut stale = Vec::new();
    for (name, text) in schemas() {
        let path = dir.join(&name);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == text {
            continue;
        }
        if check_only {
            stale.push(name);
        } else {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {TABLES_DIR}/schema/{name}");
        }
    }
    // The field reference in docs/tables.md, between its markers, from the same types.
    let doc_path = root.join("docs/tables.md");
    let doc = std::fs::read_to_string(&doc_path).map_err(|e| format!("docs/tables.md: {e}"))?;
    let fields = tables_kit::with_field_reference(&doc).ok_or("docs/tables.md: no fields markers")?;
    if fields != doc {
        if check_only {
            stale.push("docs/tables.md".into());
        } else {
            std::fs::write(&doc_path, fields).map_err(|e| format!("docs/tables.md: {e}"))?;
            println!("wrote docs/tables.md's field reference");
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!("not what the table types give: {}; run ./x tables schema", stale.join(", ")))
    }
}
