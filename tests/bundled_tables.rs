//! The bundled tables as Rust code (`src/bundled/tables_gen.rs`), which the browser build
//! constructs instead of parsing any table format: generated here from the JSON files that
//! `Tables::load` fully checks, and kept in step by this test — it fails when the checked-in
//! code differs from what the JSON gives, and rewrites it when built with `regen-tables`:
//!
//! ```sh
//! cargo test --features regen-tables --test bundled_tables
//! ```
//!
//! (The feature leaves the checked-in code out of the build, so a change to a table type that
//! breaks it cannot stop its own regeneration.)
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic

use std::fmt::{self, Write};

use serde::ser::{self, Serialize};
use upgrade_configurator::bundled::{self, FILES};
use upgrade_configurator::engine::tables::Tables;

const GENERATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/bundled/tables_gen.rs");

/// Writes a value as the Rust expression that constructs it.
struct Lit<'a>(&'a mut String);

/// A sequence, map or struct being written.
struct Compound<'a> {
    out: &'a mut String,
    close: &'static str,
}

fn camel(variant: &str) -> String {
    variant
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

impl<'a> ser::Serializer for Lit<'a> {
    type Ok = ();
    type Error = fmt::Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_i8(self, v: i8) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_i16(self, v: i16) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_i32(self, v: i32) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_i64(self, v: i64) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_u8(self, v: u8) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_u16(self, v: u16) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_u32(self, v: u32) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_u64(self, v: u64) -> fmt::Result {
        write!(self.0, "{v}")
    }
    fn serialize_f32(self, _: f32) -> fmt::Result {
        Err(fmt::Error)
    }
    fn serialize_f64(self, _: f64) -> fmt::Result {
        Err(fmt::Error)
    }
    fn serialize_char(self, v: char) -> fmt::Result {
        write!(self.0, "{v:?}")
    }
    fn serialize_str(self, v: &str) -> fmt::Result {
        // Text of any type that reads from text: String, Arc<str>, Money, dates, Decimal.
        write!(self.0, "t({v:?})")
    }
    fn serialize_bytes(self, _: &[u8]) -> fmt::Result {
        Err(fmt::Error)
    }
    fn serialize_none(self) -> fmt::Result {
        self.0.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> fmt::Result {
        self.0.push_str("Some(");
        v.serialize(Lit(&mut *self.0))?;
        self.0.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> fmt::Result {
        self.0.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> fmt::Result {
        self.0.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> fmt::Result {
        write!(self.0, "{name}::{}", camel(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, name: &'static str, v: &T) -> fmt::Result {
        write!(self.0, "{name}(")?;
        v.serialize(Lit(&mut *self.0))?;
        self.0.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> fmt::Result {
        Err(fmt::Error)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, fmt::Error> {
        self.0.push_str("vec![");
        Ok(Compound { out: self.0, close: "]" })
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, fmt::Error> {
        self.0.push('(');
        Ok(Compound { out: self.0, close: ")" })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, fmt::Error> {
        self.0.push('[');
        Ok(Compound { out: self.0, close: "].into_iter().collect()" })
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, fmt::Error> {
        // A table's sources are shared (Arc); a figure's resolved source is filled in after.
        let (open, close) = match name {
            "Source" => ("Arc::new(Source {", "})"),
            "Figure" => ("Figure {", "cited: None }"),
            _ => ("", "}"),
        };
        if open.is_empty() {
            write!(self.0, "{name} {{")?;
        } else {
            self.0.push_str(open);
        }
        Ok(Compound { out: self.0, close })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, fmt::Error> {
        Err(fmt::Error)
    }
}

impl Compound<'_> {
    fn item<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        v.serialize(Lit(&mut *self.out))?;
        self.out.push(',');
        Ok(())
    }
    fn end(self) -> fmt::Result {
        self.out.push_str(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> fmt::Result {
        self.out.push('(');
        k.serialize(Lit(&mut *self.out))?;
        self.out.push(',');
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> fmt::Result {
        v.serialize(Lit(&mut *self.out))?;
        self.out.push_str("),");
        Ok(())
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> fmt::Result {
        write!(self.out, "{key}:")?;
        self.item(v)
    }
    fn skip_field(&mut self, key: &'static str) -> fmt::Result {
        // Left out of the JSON when empty or absent: the type's empty value.
        write!(self.out, "{key}: Default::default(),")
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> fmt::Result {
        write!(self.out, "{key}:")?;
        self.item(v)
    }
    fn end(self) -> fmt::Result {
        Compound::end(self)
    }
}

/// The generated file for `tables`, with the tables' version.
fn generate(tables: &Tables, version: &str) -> String {
    let mut body = String::new();
    tables.serialize(Lit(&mut body)).expect("every table value has a Rust form");
    format!(
        "// Generated by tests/bundled_tables.rs from static/tables/*.json: do not edit.\n\
         // After changing a table, run: cargo test --features regen-tables --test bundled_tables\n\
         // (rustfmt is not run on it; it is data.)\n\
         #![cfg_attr(rustfmt, rustfmt_skip)]\n\
         #![allow(clippy::all, clippy::pedantic)]\n\
         use std::sync::Arc;\n\
         use super::t;\n\
         use crate::engine::figure::{{Figure, Source, Status}};\n\
         use crate::engine::tables::*;\n\
         use crate::engine::text::Text;\n\n\
         /// The tables' version: `fingerprint` of every file's name and text, in file-name order.\n\
         pub(super) const VERSION: &str = {version:?};\n\n\
         /// The bundled tables, as the JSON files give them (sources not yet resolved).\n\
         pub(super) fn tables() -> Tables {{\n{body}\n}}\n"
    )
}

#[test]
fn the_generated_tables_code_is_what_the_json_gives() {
    let tables = Tables::load(FILES).unwrap();
    let parts: Vec<&[u8]> = FILES.iter().flat_map(|(name, text)| [name.as_bytes(), text.as_bytes()]).collect();
    let code = generate(&tables, &format!("{:08x}", bundled::fingerprint(&parts) >> 32));
    let checked_in = std::fs::read_to_string(GENERATED).unwrap_or_default();
    if cfg!(feature = "regen-tables") {
        if checked_in != code {
            std::fs::write(GENERATED, &code).unwrap();
        }
        return;
    }
    assert!(
        checked_in == code,
        "src/bundled/tables_gen.rs is out of step with static/tables/*.json; run: cargo test --features regen-tables --test bundled_tables"
    );
}

#[test]
#[cfg_attr(feature = "regen-tables", ignore = "the generated code is left out while it is rewritten")]
fn the_generated_tables_are_the_checked_tables() {
    assert_eq!(bundled::generated_tables(), Tables::load(FILES).unwrap());
}
