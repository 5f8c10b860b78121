//! Reads the bundled tables' positional form (`tables.bin`, written by the build script, `build/positional.rs`,
//! from the fully checked JSON tables): each value in its type's field order, with no names —
//!
//! ```text
//! number  := unsigned LEB128          text := number(len) utf8-bytes
//! struct  := its fields in declaration order (Figure's resolved source is not stored)
//! option  := 0 | 1 value               list, map := number(count) item*   (map item: key value)
//! enum    := number(variant index)     bool := 0 | 1
//! Money, dates, Decimal := text
//! ```
//!
//! Small by design: one short function per type instead of a deserialiser per type, and no
//! field names. A field out of order or a type changed shows as a failed equality test
//! (`tests/bundled.rs`), never as a panic here: every read is checked, and a checksum
//! ahead of the tables (`super::tables_from`) turns damaged bytes into an error.

use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::Arc;

use rust_decimal::Decimal;

use engine::date::{Date, Moment, SourceDate};
use engine::figure::{Figure, Source, Status};
use engine::money::Money;
use engine::tables::*;
use engine::text::Text;

/// The bytes ended early or hold a value this build does not read.
#[derive(Debug)]
pub(super) struct Broken;

/// A reading position in the positional form.
pub(super) struct Reader {
    bytes: &'static [u8],
}

impl Reader {
    pub(super) fn new(bytes: &'static [u8]) -> Reader {
        Reader { bytes }
    }

    fn byte(&mut self) -> Result<u8, Broken> {
        let (b, rest) = self.bytes.split_first().ok_or(Broken)?;
        self.bytes = rest;
        Ok(*b)
    }

    fn number(&mut self) -> Result<u64, Broken> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Broken)
    }

    fn count(&mut self) -> Result<usize, Broken> {
        usize::try_from(self.number()?).map_err(|_| Broken)
    }

    pub(super) fn text(&mut self) -> Result<&'static str, Broken> {
        let n = self.count()?;
        let head = self.bytes.get(..n).ok_or(Broken)?;
        self.bytes = self.bytes.get(n..).ok_or(Broken)?;
        std::str::from_utf8(head).map_err(|_| Broken)
    }

    /// The bytes not read yet.
    pub(super) fn rest(&self) -> &'static [u8] {
        self.bytes
    }

    /// True when every byte has been read.
    pub(super) fn at_end(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// A value read from the positional form.
pub(super) trait Decode: Sized {
    fn decode(r: &mut Reader) -> Result<Self, Broken>;
}

impl Decode for String {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        r.text().map(str::to_string)
    }
}

impl Decode for Arc<str> {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        r.text().map(Arc::from)
    }
}

/// Types stored as their text.
fn parsed<T: FromStr>(r: &mut Reader) -> Result<T, Broken> {
    r.text()?.parse().map_err(|_| Broken)
}

macro_rules! as_text {
    ($($ty:ty),*) => { $(impl Decode for $ty { fn decode(r: &mut Reader) -> Result<Self, Broken> { parsed(r) } })* };
}
as_text!(Date, SourceDate, Moment, Decimal);

impl Decode for Money {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        Money::parse(r.text()?).map_err(|_| Broken)
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Broken),
        }
    }
}

impl Decode for u16 {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        u16::try_from(r.number()?).map_err(|_| Broken)
    }
}

impl Decode for u32 {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        u32::try_from(r.number()?).map_err(|_| Broken)
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::decode(r).map(Some),
            _ => Err(Broken),
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        // Pushed one by one: collecting a `Result` iterator links an adapter per item type
        // (about 35 KB of the app's code before this).
        let n = r.count()?;
        let mut items = Vec::new();
        for _ in 0..n {
            items.push(T::decode(r)?);
        }
        Ok(items)
    }
}

impl<V: Decode> Decode for BTreeMap<String, V> {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        // Inserted one by one: collecting would link a stable sort per value type.
        let n = r.count()?;
        let mut map = BTreeMap::new();
        for _ in 0..n {
            map.insert(String::decode(r)?, V::decode(r)?);
        }
        Ok(map)
    }
}

impl Decode for Arc<Source> {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        Source::decode(r).map(Arc::new)
    }
}

impl<T: Decode> Decode for Figure<T> {
    // Out of line, as each struct's below: inlined into every caller, the decoders were 1.6 KB
    // more of the app's brotli.
    #[inline(never)]
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        Ok(Figure {
            value: T::decode(r)?,
            source: Decode::decode(r)?,
            date: Decode::decode(r)?,
            status: Decode::decode(r)?,
            note: Decode::decode(r)?,
            cited: None,
        })
    }
}

impl<R: Decode> Decode for Mapping<R> {
    fn decode(r: &mut Reader) -> Result<Self, Broken> {
        Ok(Mapping {
            from: Decode::decode(r)?,
            to: Decode::decode(r)?,
            reason: R::decode(r)?,
            source: Decode::decode(r)?,
            date: Decode::decode(r)?,
            status: Decode::decode(r)?,
            note: Decode::decode(r)?,
        })
    }
}

/// Structs: every field in declaration order.
macro_rules! structs {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {
        $(impl Decode for $ty {
            // Out of line: see `Figure`'s.
            #[inline(never)]
            fn decode(r: &mut Reader) -> Result<Self, Broken> {
                Ok($ty { $($field: Decode::decode(r)?),* })
            }
        })*
    };
}

/// Unit enums: the variant's index in declaration order.
macro_rules! enums {
    ($($ty:ident [$($variant:ident),* $(,)?])*) => {
        $(impl Decode for $ty {
            fn decode(r: &mut Reader) -> Result<Self, Broken> {
                let i = r.count()?;
                [$($ty::$variant),*].get(i).copied().ok_or(Broken)
            }
        })*
    };
}

enums! {
    Status [Official, Press, Reported, Derived, Estimate]
    Choice [One, Any]
    GuaranteeBasis [InvoicedCar, OriginalOrder]
    TrimReason [SameTrim, NearestTrim, NoSuccessor]
    OptionReason [CarriedOver, NowStandard, DiscontinuedNearest, Discontinued, NoEquivalent]
    GuaranteeCondition [SellerCausedDelay, DeliveredInWindow]
}

structs! {
    Text { zh, en }
    Source { label, title, url, date }
    Tables { catalogs, offers, tax_policies, guarantees, on_road }
    Catalog { schema, kind, id, market, name, sources, price_lists, deposit, spec_rows, trims, option_groups }
    PriceList { id, date, name }
    SpecRow { id, name }
    Trim { id, name, prices, deposit, specs, orders_from }
    OptionGroup { id, name, choice, options }
    CarOption { id, name, price, trims, standard_on, requires, excludes, order_benefit }
    Offer {
        schema, kind, id, name, from_catalog, guarantee, sources, terms, requires_locked, requires_undelivered,
        timeline, ui_defaults, switch, finance, delivery,
    }
    Switch {
        to_catalog, default_price_list, amount_paid_carries_over, guarantee_retained, guarantee_basis, trim_map,
        option_map, gifts, new_car_launch, first_deliveries, typical_invoice,
    }
    FinanceTerms { fee_rate, min_down_share, max_months }
    Timeline { window_opens, window_closes, old_car_end_of_sale }
    UiDefaults { keep_invoice }
    Gift { id, name, value, estimate_low, estimate_high, source, date, status, note }
    Guarantee { schema, kind, id, name, sources, locked_by, invoiced_from, invoiced_to, compared_with_invoice_on, cap, terms, conditions, precedents }
    TaxPolicy { schema, kind, id, market, name, sources, rate, vat_divisor, purchase_date_rule, rounding, reliefs, no_relief_rule }
    Relief { id, from, to, share, cap, rule, source, date, status, note }
    DeliveryTable { keep, switch, deadlines, steps }
    DeliveryWindow { id, label, from, to, invoice, trims }
    Deadline { at, what }
    OnRoadTable { schema, kind, market, name, sources, lines, trade_in }
    TradeInSubsidy { id, label, share, cap, invoiced_from, invoiced_to, old_car }
    OnRoadItem { id, label, amount }
    AmountRange { low, high }
}
