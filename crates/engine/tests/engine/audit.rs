//! The data audit, over every bundled table file as written: each figure as strong as its
//! source and dated only as precisely, every source cited and every citation defined, and a
//! source's address a page someone can open. What a reviewer checked by hand, held by a test.

use std::collections::BTreeSet;

use bundled::FILES;
use serde_json::Value;

/// Every object in `v` that cites a source (`"source": "<key>"`), with its JSON path.
fn citing<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a Object)>) {
    match v {
        Value::Object(o) => {
            if o.get("source").is_some_and(Value::is_string) {
                out.push((path.clone(), o));
            }
            for (k, child) in o {
                citing(child, format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                citing(child, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// How precise a `YYYY[-MM[-DD]]` date is: 1, 2 or 3 parts.
fn precision(date: &str) -> usize {
    date.split('-').count()
}

type Object = serde_json::Map<String, Value>;

/// One table file: its sources, and the objects that cite one (with their paths).
struct TableFile {
    name: &'static str,
    sources: Object,
    citing: Vec<(String, Object)>,
}

fn files() -> Vec<TableFile> {
    let files: Vec<TableFile> = FILES
        .iter()
        .map(|(name, text)| {
            let v: Value = serde_json::from_str(text).unwrap();
            let sources = v["sources"].as_object().cloned().unwrap_or_default();
            let mut found = Vec::new();
            citing(&v, String::new(), &mut found);
            let citing = found.into_iter().map(|(p, o)| (p.trim_start_matches('.').to_string(), o.clone())).collect();
            TableFile { name, sources, citing }
        })
        .collect();
    // Every check below walks these: a walk that found nothing would pass them all.
    assert!(files.len() >= 8, "every table file");
    for f in &files {
        assert!(!f.sources.is_empty() && !f.citing.is_empty(), "{}: no sources or no citing figures found", f.name);
    }
    files
}

#[test]
fn every_source_is_cited_and_every_citation_is_defined() {
    let mut problems = Vec::new();
    for TableFile { name: file, sources, citing } in files() {
        let cited: BTreeSet<&str> = citing.iter().map(|(_, o)| o["source"].as_str().unwrap()).collect();
        for key in cited.iter().filter(|k| !sources.contains_key(**k)) {
            problems.push(format!("{file}: '{key}' is cited but not in sources"));
        }
        for key in sources.keys().filter(|k| !cited.contains(k.as_str())) {
            problems.push(format!("{file}: sources.{key} is cited by nothing; remove it or cite it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_sources_address_is_a_page_not_a_site() {
    let mut problems = Vec::new();
    for TableFile { name: file, sources, .. } in files() {
        for (key, s) in &sources {
            let url = s["url"].as_str().unwrap_or_default();
            if url.is_empty() {
                continue; // our own reasoning: no address
            }
            let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
            let path = rest.and_then(|r| r.split_once('/')).map(|(_, p)| p).unwrap_or_default();
            if path.is_empty() {
                problems.push(format!("{file}: sources.{key}.url '{url}' is a site, not a page"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_figure_is_dated_more_precisely_than_its_source() {
    let mut problems = Vec::new();
    for TableFile { name: file, sources, citing } in files() {
        for (path, o) in citing {
            let Some(date) = o.get("date").and_then(Value::as_str) else { continue };
            let key = o["source"].as_str().unwrap();
            let source_date = sources[key]["date"].as_str().unwrap();
            if precision(date) > precision(source_date) {
                problems
                    .push(format!("{file}: {path}.date {date} is more precise than its source {key} ({source_date})"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The statuses a source can stand behind, strongest first as `Status` orders them: our own
/// reasoning (no address) an estimate, or arithmetic on sourced figures; what an aggregator
/// repeats (labelled 资讯聚合 / aggregator) at most `reported`; any other source any status.
fn allowed(source: &Value) -> &'static [&'static str] {
    let label = |lang: &str| source["label"][lang].as_str().unwrap_or_default().to_lowercase();
    if source["url"].as_str().unwrap_or_default().is_empty() {
        &["derived", "estimate"]
    } else if label("zh").contains("聚合") || label("en").contains("aggregator") {
        &["reported", "derived", "estimate"]
    } else {
        &["official", "press", "reported", "derived", "estimate"]
    }
}

#[test]
fn no_figure_is_stronger_than_its_source() {
    let mut problems = Vec::new();
    for TableFile { name: file, sources, citing } in files() {
        for (path, o) in citing {
            let key = o["source"].as_str().unwrap();
            let status = o.get("status").and_then(Value::as_str).unwrap_or("estimate");
            let allowed = allowed(&sources[key]);
            if !allowed.contains(&status) {
                problems.push(format!("{file}: {path} is '{status}'; its source {key} stands behind {allowed:?} only"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
