//! Writes the tables' positional form (read by `src/decode.rs`, which documents it): each value
//! in its type's field order, no names, through a small serde serializer.

use std::fmt;

use engine::tables::Tables;
use serde::ser::{self, Impossible, Serialize};

use crate::fingerprint::fingerprint;

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
///
/// # Errors
/// A value of a form the tables never take (a float, a tuple): the table types changed in a
/// way this writer and `src/decode.rs` must both learn.
pub fn positional(tables: &Tables, version: &str) -> Result<Vec<u8>, fmt::Error> {
    let mut body = Vec::new();
    text(&mut body, version);
    tables.serialize(Bin(&mut body))?;
    let mut out = Vec::new();
    text(&mut out, &format!("{:016x}", fingerprint(&[&body])));
    out.extend(body);
    Ok(out)
}
