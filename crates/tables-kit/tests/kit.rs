//! The table author's kit: the schemas are what the types give, every shipped table validates
//! against the one it names, each problem is told with its file and JSON path, and an offer
//! file dropped into the folder is read with no code change.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::path::{Path, PathBuf};
use std::process::Command;

use engine::tables::Tables;
use serde_json::{json, Value};
use tables_kit::{check, read_dir, schema_dir, schemas, with_files, TableFile, TABLES_DIR};

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn shipped() -> Vec<TableFile> {
    read_dir(&root().join(TABLES_DIR)).unwrap()
}

fn text(name: &str) -> Value {
    let f = shipped().into_iter().find(|f| f.name == name).unwrap();
    serde_json::from_str(&f.text).unwrap()
}

fn file(name: &str, v: &Value) -> TableFile {
    TableFile { name: name.into(), text: serde_json::to_string_pretty(v).unwrap() }
}

/// Runs tools/validate-tables.py on `files` (all shipped tables when empty).
fn validate(files: &[&Path]) -> (bool, String) {
    let out = Command::new("python3")
        .arg(root().join("tools/validate-tables.py"))
        .args(files)
        .output()
        .expect("python3 runs the schema validator (./x setup installs its jsonschema module)");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

#[test]
fn the_schemas_in_the_repository_are_what_the_table_types_give() {
    let dir = schema_dir(&root());
    for (name, generated) in schemas() {
        let written = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        assert!(written == generated, "{name} is stale: run ./x tables schema");
    }
    assert_eq!(schemas().len(), 5, "one per kind");
}

#[test]
fn every_shipped_table_names_its_schema_and_validates_against_it() {
    for f in shipped() {
        let v: Value = serde_json::from_str(&f.text).unwrap();
        assert_eq!(v["$schema"], json!(format!("schema/{}.schema.json", v["kind"].as_str().unwrap())), "{}", f.name);
    }
    let (ok, said) = validate(&[]);
    assert!(ok, "{said}");
    let n = shipped().len();
    assert!(n >= 9, "{n} shipped tables");
    assert!(said.contains(&format!("{n} tables against their schemas: all valid")), "{said}");
}

#[test]
fn the_schema_refuses_what_the_loader_refuses_at_the_same_path() {
    let mut catalog = text("su7-gen1.json");
    catalog["deposit"]["value"] = json!("¥5,000");
    catalog["tyop"] = json!(1);
    let dir = std::env::temp_dir().join(format!("tables-kit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("su7-gen1.json");
    std::fs::write(&path, file("su7-gen1.json", &catalog).text).unwrap();
    let (ok, said) = validate(&[&path]);
    assert!(!ok);
    assert!(said.contains("su7-gen1.json: at deposit.value: '¥5,000' does not match"), "{said}");
    assert!(said.contains("'tyop' was unexpected"), "{said}");
    // The loader names the same value.
    let report = check(&with_files(shipped(), vec![file("su7-gen1.json", &catalog)]));
    assert!(report.version.is_none());
    let first = &report.problems[0];
    assert_eq!((first.file.as_str(), first.path.as_str()), ("su7-gen1.json", "deposit.value"), "{first}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn each_file_is_told_its_own_problem_then_what_refers_across_files() {
    let mut offer = text("offer-su7-2026.json");
    offer["switch"]["to_catalog"] = json!("su7-gen3");
    let mut tax = text("tax-cn.json");
    tax["rate"]["status"] = json!("rumour");
    let report = check(&with_files(shipped(), vec![file("offer-su7-2026.json", &offer), file("tax-cn.json", &tax)]));
    let said: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(said.iter().any(|p| p.contains("tax-cn.json at rate.status")), "{said:?}");
    assert_eq!(said.len(), 1, "the cross-file problem waits for every file to read: {said:?}");
    let report = check(&with_files(shipped(), vec![file("offer-su7-2026.json", &offer)]));
    let said: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(said.len() == 1 && said[0].contains("offer-su7-2026.json") && said[0].contains("su7-gen3"), "{said:?}");
    let clean = check(&shipped());
    assert!(clean.problems.is_empty());
    assert_eq!(clean.version.unwrap(), bundled::tables_version(), "the version the page's footer shows");
}

/// A second offer written only as data: the shipped SU7 offer's file under a new name and id.
pub fn dropped_in_offer() -> TableFile {
    let mut offer = text("offer-su7-2026.json");
    offer["id"] = json!("su7-gen1-to-gen2-2026-dealer");
    offer["name"] = json!({ "zh": "经销商演示活动", "en": "A dealer's demo offer" });
    file("offer-dealer-demo.json", &offer)
}

#[test]
fn an_offer_file_dropped_in_is_read_with_no_code_change() {
    let files = with_files(shipped(), vec![dropped_in_offer()]);
    let report = check(&files);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let texts: Vec<(&str, &str)> = files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect();
    let tables = Tables::load(&texts).unwrap();
    assert_eq!(tables.offers.len(), bundled::tables().unwrap().offers.len() + 1);
    assert!(tables.offer("su7-gen1-to-gen2-2026-dealer").is_some());
}

#[test]
fn docs_tables_md_lists_every_field_as_the_schemas_do_and_its_json_reads() {
    let doc = std::fs::read_to_string(root().join("docs/tables.md")).unwrap();
    let (_, rest) = doc.split_once("<!-- fields:begin -->\n").unwrap();
    let (fields, _) = rest.split_once("<!-- fields:end -->").unwrap();
    assert!(
        fields == tables_kit::field_reference(),
        "docs/tables.md's fields are stale: regenerate with ./x tables fields"
    );
    // Each JSON example is read as the type its fence names.
    let mut read = 0;
    for block in doc.split("```json ").skip(1) {
        let (kind, body) = block.split_once('\n').unwrap();
        let body = body.split("```").next().unwrap();
        match kind.trim() {
            "figure" => drop(serde_json::from_str::<engine::figure::Figure<engine::money::Money>>(body).unwrap()),
            "source" => drop(serde_json::from_str::<engine::figure::Source>(body).unwrap()),
            other => panic!("a JSON example of unknown type '{other}'"),
        }
        read += 1;
    }
    assert_eq!(read, 2);
}

#[test]
fn a_key_named_twice_is_refused_at_its_object() {
    let text = text("tax-cn.json").to_string();
    // The second "rate" would win in a JSON value: the loader refuses the file instead.
    let twice = text.replacen("\"rate\":", "\"rate\":{\"value\":\"0.05\"},\"rate\":", 1);
    let report = check(&with_files(shipped(), vec![TableFile { name: "tax-cn.json".into(), text: twice }]));
    let first = &report.problems[0];
    assert_eq!(first.file, "tax-cn.json");
    assert!(first.problem.starts_with("duplicate field `rate`"), "{first}");
}
