//! The bundled tables in their positional form (`src/bundled/tables.bin`, read by
//! `src/bundled/decode.rs`), which the browser build reads instead of any JSON: written here from
//! the JSON files that `Tables::load` fully checks, and kept in step by this test — it fails
//! when the checked-in bytes differ from what the JSON gives, and rewrites them when run with
//! `UPDATE_TABLES=1` (then build again: the library includes the bytes):
//!
//! ```sh
//! UPDATE_TABLES=1 cargo test --test bundled_tables -- the_checked_in_positional
//! ```
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::fmt;

use serde::ser::{self, Impossible, Serialize};
use upgrade_configurator::bundled::{self, FILES};
use upgrade_configurator::engine::tables::Tables;

const POSITIONAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/bundled/tables.bin");

/// Writes values in the positional form: no names, fields in order (see decode.rs).
struct Bin<'a>(&'a mut Vec<u8>);

fn number(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn text(out: &mut Vec<u8>, s: &str) {
    number(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Nothing in the tables takes these forms.
fn unsupported<T>() -> Result<T, fmt::Error> {
    Err(fmt::Error)
}

impl<'a> ser::Serializer for Bin<'a> {
    type Ok = ();
    type Error = fmt::Error;
    type SerializeSeq = Bin<'a>;
    type SerializeTuple = Impossible<(), fmt::Error>;
    type SerializeTupleStruct = Impossible<(), fmt::Error>;
    type SerializeTupleVariant = Impossible<(), fmt::Error>;
    type SerializeMap = Bin<'a>;
    type SerializeStruct = Bin<'a>;
    type SerializeStructVariant = Impossible<(), fmt::Error>;

    fn serialize_bool(self, v: bool) -> fmt::Result {
        self.0.push(u8::from(v));
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> fmt::Result {
        unsupported()
    }
    fn serialize_i16(self, _: i16) -> fmt::Result {
        unsupported()
    }
    fn serialize_i32(self, _: i32) -> fmt::Result {
        unsupported()
    }
    fn serialize_i64(self, _: i64) -> fmt::Result {
        unsupported()
    }
    fn serialize_u8(self, v: u8) -> fmt::Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> fmt::Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> fmt::Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> fmt::Result {
        number(self.0, v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> fmt::Result {
        unsupported()
    }
    fn serialize_f64(self, _: f64) -> fmt::Result {
        unsupported()
    }
    fn serialize_char(self, _: char) -> fmt::Result {
        unsupported()
    }
    fn serialize_str(self, v: &str) -> fmt::Result {
        text(self.0, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> fmt::Result {
        unsupported()
    }
    fn serialize_none(self) -> fmt::Result {
        self.0.push(0);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> fmt::Result {
        self.0.push(1);
        v.serialize(Bin(&mut *self.0))
    }
    fn serialize_unit(self) -> fmt::Result {
        unsupported()
    }
    fn serialize_unit_struct(self, _: &'static str) -> fmt::Result {
        unsupported()
    }
    fn serialize_unit_variant(self, _: &'static str, index: u32, _: &'static str) -> fmt::Result {
        self.serialize_u64(u64::from(index))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, _: &T) -> fmt::Result {
        unsupported()
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> fmt::Result {
        unsupported()
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Bin<'a>, fmt::Error> {
        number(self.0, len.ok_or(fmt::Error)? as u64);
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, fmt::Error> {
        unsupported()
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, fmt::Error> {
        unsupported()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, fmt::Error> {
        unsupported()
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Bin<'a>, fmt::Error> {
        number(self.0, len.ok_or(fmt::Error)? as u64);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Bin<'a>, fmt::Error> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, fmt::Error> {
        unsupported()
    }
}

impl Bin<'_> {
    fn item<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        v.serialize(Bin(&mut *self.0))
    }
}

impl ser::SerializeSeq for Bin<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Ok(())
    }
}

impl ser::SerializeMap for Bin<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> fmt::Result {
        self.item(k)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Ok(())
    }
}

impl ser::SerializeStruct for Bin<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &'static str, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn skip_field(&mut self, _: &'static str) -> fmt::Result {
        // Left out of the JSON when absent (None) or empty (a list of none): both are a 0. Only
        // those two predicates are allowed on table fields (a test below holds that).
        self.0.push(0);
        Ok(())
    }
    fn end(self) -> fmt::Result {
        Ok(())
    }
}

/// The positional form of `tables`: checksum, version, tables.
fn positional(tables: &Tables, version: &str) -> Vec<u8> {
    let mut body = Vec::new();
    text(&mut body, version);
    tables.serialize(Bin(&mut body)).expect("every table value has a positional form");
    let mut out = Vec::new();
    text(&mut out, &format!("{:016x}", bundled::fingerprint(&[&body])));
    out.extend(body);
    out
}

#[test]
fn the_checked_in_positional_tables_are_what_the_json_gives() {
    let tables = Tables::load(FILES).unwrap();
    let parts: Vec<&[u8]> = FILES.iter().flat_map(|(name, text)| [name.as_bytes(), text.as_bytes()]).collect();
    let bytes = positional(&tables, &format!("{:08x}", bundled::fingerprint(&parts) >> 32));
    let checked_in = std::fs::read(POSITIONAL).unwrap_or_default();
    if std::env::var_os("UPDATE_TABLES").is_some() {
        if checked_in != bytes {
            // Whole or not at all: another test may be reading it.
            let partial = format!("{POSITIONAL}.new");
            std::fs::write(&partial, &bytes).unwrap();
            std::fs::rename(&partial, POSITIONAL).unwrap();
        }
        return;
    }
    assert!(
        checked_in == bytes,
        "src/bundled/tables.bin is out of step with static/tables/*.json; run: UPDATE_TABLES=1 cargo test --test bundled_tables -- the_checked_in_positional"
    );
}

#[test]
fn the_browsers_tables_are_the_checked_tables() {
    assert_eq!(bundled::generated_tables().unwrap(), Tables::load(FILES).unwrap());
}

#[test]
fn damaged_positional_bytes_are_a_table_error_never_a_panic() {
    let good: &'static [u8] = std::fs::read(POSITIONAL).unwrap().leak();
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
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
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
