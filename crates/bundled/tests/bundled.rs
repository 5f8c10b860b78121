//! The bundled tables: the build script's list is every table file, the browser's positional
//! form reads to exactly what the checked JSON load gives, and damaged bytes are an error.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use bundled::FILES;
use engine::tables::Tables;

#[path = "../src/untitled.rs"]
mod untitled;

/// The checked tables with every source's title left out, as the app page's form has them.
fn checked_untitled() -> Tables {
    let texts: Vec<(&str, String)> = FILES.iter().map(|(n, t)| (*n, untitled::untitled(t))).collect();
    Tables::load(&texts.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>()).unwrap()
}

#[test]
fn the_browsers_tables_are_the_checked_tables_with_or_without_titles() {
    // The browser reads a positional form unchecked: this is what makes that safe.
    let (titled, untitled) = bundled::positional_forms();
    assert_eq!(bundled::tables_from(titled).unwrap(), Tables::load(FILES).unwrap());
    let lean = bundled::tables_from(untitled).unwrap();
    assert_eq!(lean, checked_untitled());
    // What the app page leaves out is the titles, and only them.
    assert!(untitled.len() + 5_000 < titled.len(), "{} vs {} bytes", untitled.len(), titled.len());
    let offer = lean.offer("su7-gen1-to-gen2-2026").unwrap();
    assert!(offer.sources.values().all(|s| s.title.is_empty() && !s.label.zh.is_empty()));
    // This build includes the form its features ask for.
    let expected = if cfg!(feature = "source-titles") { Tables::load(FILES).unwrap() } else { checked_untitled() };
    assert_eq!(bundled::generated_tables().unwrap(), expected);
}

#[test]
fn the_list_is_every_table_file_in_file_name_order_and_its_version_is_their_fingerprint() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/tables");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    assert_eq!(FILES.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>(), on_disk);
    let parts: Vec<&[u8]> = FILES.iter().flat_map(|(name, text)| [name.as_bytes(), text.as_bytes()]).collect();
    assert_eq!(bundled::tables_version(), format!("{:08x}", bundled::fingerprint(&parts) >> 32));
}

#[test]
fn damaged_positional_bytes_are_a_table_error_never_a_panic() {
    let good = bundled::positional_forms().0;
    assert!(bundled::tables_from(good).is_ok());
    for cut in (0..good.len()).step_by(53) {
        assert!(bundled::tables_from(&good[..cut]).is_err(), "cut at {cut}");
    }
    let longer: &'static [u8] = [good, &[0]].concat().leak();
    assert!(bundled::tables_from(longer).is_err(), "bytes after the tables");
    for at in (0..good.len()).step_by(61) {
        let mut bad = good.to_vec();
        bad[at] ^= 0xa5;
        assert!(bundled::tables_from(bad.leak()).is_err(), "a byte changed at {at}");
    }
}

#[test]
fn table_fields_are_left_out_only_when_absent_or_empty() {
    // The positional form writes a left-out field as one 0 byte: right for None and for an
    // empty list, wrong for any other predicate.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/src");
    for f in [
        "tables/catalog.rs",
        "tables/offer.rs",
        "tables/tax_policy.rs",
        "tables/guarantee.rs",
        "tables/delivery.rs",
        "tables/on_road.rs",
        "figure.rs",
        "text.rs",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        for (i, _) in text.match_indices("skip_serializing_if = \"") {
            let predicate = text[i + 23..].split('"').next().unwrap();
            assert!(["Option::is_none", "Vec::is_empty"].contains(&predicate), "{f}: {predicate}");
        }
    }
}
