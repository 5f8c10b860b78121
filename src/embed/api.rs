//! The module-level JS API: `quote`, `purchaseTax`, `tables`, `parseDealer`.

use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::embed::code::{Code, EmbedCode};
use engine::date::Date;
use engine::dealer::Dealer;
use engine::error::ErrorCode;
use engine::money::Money;
use engine::quote::{quote as engine_quote, QuoteRequest};
use engine::tables::Tables;
use engine::tax::purchase_tax;

/// An error as JavaScript sees it.
#[derive(Serialize)]
pub(crate) struct JsError<'a> {
    pub code: Code,
    pub message: &'a str,
    pub path: &'a str,
}

fn to_js(json: &serde_json::Value) -> JsValue {
    // serde_json output is always valid JSON, so JSON.parse cannot fail on it.
    js_sys::JSON::parse(&json.to_string()).unwrap_or(JsValue::NULL)
}

pub(crate) fn ok<T: Serialize>(value: &T) -> JsValue {
    // Serialise straight to text: going through serde_json::Value would compile a second copy
    // of every Serialize impl into the wasm.
    match serde_json::to_string(value) {
        Ok(v) => js_sys::JSON::parse(&format!("{{\"ok\":true,\"value\":{v}}}")).unwrap_or(JsValue::NULL),
        Err(e) => err(EmbedCode::Internal, &e.to_string(), "."),
    }
}

pub(crate) fn err(code: impl Into<Code>, message: &str, path: &str) -> JsValue {
    to_js(&serde_json::json!({ "ok": false, "error": JsError { code: code.into(), message, path } }))
}

/// The most JSON text any call takes: a request, a configuration or a dealer table is a few KiB.
const MAX_JSON: usize = 64 * 1024;

/// JSON text of a JS value: a string is taken as JSON text, anything else is stringified; text
/// longer than any real input is refused before it is parsed.
pub(crate) fn json_text(value: &JsValue, path: &str) -> Result<String, JsValue> {
    let too_large = || {
        err(
            ErrorCode::TooLarge,
            &format!("more than {} KiB of JSON; no real input is that large", MAX_JSON / 1024),
            path,
        )
    };
    let bounded = |s: String| if s.len() > MAX_JSON { Err(too_large()) } else { Ok(s) };
    // Measured in JavaScript before it is copied into wasm memory.
    if value.is_string() && js_sys::JsString::from(value.clone()).length() as usize > MAX_JSON {
        return Err(too_large());
    }
    if let Some(s) = value.as_string() {
        return bounded(s);
    }
    if value.is_undefined() || value.is_null() {
        return Err(err(EmbedCode::WrongType, "expected an object (or its JSON text), got nothing", path));
    }
    match js_sys::JSON::stringify(value) {
        Ok(s) => s
            .as_string()
            .ok_or_else(|| err(EmbedCode::WrongType, "the value cannot be written as JSON", path))
            .and_then(bounded),
        Err(_) => Err(err(EmbedCode::WrongType, "the value cannot be written as JSON (a BigInt or a cycle?)", path)),
    }
}

/// The bundled tables, loaded once and shared by every call and widget.
pub(crate) fn tables_or_err() -> Result<Rc<Tables>, JsValue> {
    bundled::shared().map_err(|e| err(EmbedCode::TablesBroken, &e.to_string(), &e.path))
}

/// Parses a request with the JSON path of any problem.
pub(crate) fn parse_request(text: &str) -> Result<QuoteRequest, JsValue> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        err(EmbedCode::InvalidRequest, &e.into_inner().to_string(), if path.is_empty() { "." } else { &path })
    })
}

/// Quotes a request (the engine's JSON form, as an object or JSON text).
///
/// Returns `{ok: true, value: quote}` or `{ok: false, error: {code, message, path}}`.
#[wasm_bindgen]
pub fn quote(request: JsValue) -> JsValue {
    let run = || -> Result<JsValue, JsValue> {
        let text = json_text(&request, "request")?;
        let req = parse_request(&text)?;
        let tables = tables_or_err()?;
        engine_quote(&tables, &req).map(|q| ok(&q)).map_err(|e| err(e.code(), &e.to_string(), e.path()))
    };
    run().unwrap_or_else(|e| e)
}

/// Purchase tax on `price` (a decimal string such as `"219900.00"`) for an invoice dated
/// `invoiceDate` (`"YYYY-MM-DD"`), with every step.
#[wasm_bindgen(js_name = purchaseTax)]
pub fn purchase_tax_js(price: JsValue, invoice_date: JsValue) -> JsValue {
    let run = || -> Result<JsValue, JsValue> {
        if price.is_string() && js_sys::JsString::from(price.clone()).length() > 40 {
            let why = "longer than any amount; pass a decimal string such as \"219900.00\"";
            return Err(err(EmbedCode::InvalidAmount, why, "price"));
        }
        let Some(price) = price.as_string() else {
            return Err(err(
                EmbedCode::WrongType,
                "pass the price as a decimal string such as \"219900.00\", not a number",
                "price",
            ));
        };
        let price = Money::parse_plain(&price).map_err(|e| err(EmbedCode::InvalidAmount, &e.to_string(), "price"))?;
        if price.is_negative() {
            return Err(err(ErrorCode::NegativeAmount, "the price is negative; enter zero or more", "price"));
        }
        let Some(date) = invoice_date.as_string() else {
            return Err(err(EmbedCode::WrongType, "pass the invoice date as a string YYYY-MM-DD", "invoiceDate"));
        };
        let date: Date = date
            .parse()
            .map_err(|e: engine::date::DateError| err(EmbedCode::InvalidDate, &e.to_string(), "invoiceDate"))?;
        let tables = tables_or_err()?;
        // The market of the first offer's locked order: the bundled tables hold one market.
        let policy = tables
            .offers
            .first()
            .and_then(|o| tables.catalog(&o.from_catalog))
            .and_then(|c| tables.tax_policy(&c.market))
            .ok_or_else(|| err(ErrorCode::TablesIncomplete, "no tax policy is loaded", "."))?;
        purchase_tax(policy, price, date).map(|t| ok(&t)).map_err(|e| err(e.code(), &e.to_string(), "price"))
    };
    run().unwrap_or_else(|e| e)
}

/// The bundled tables: catalogs (trims, options, prices, sources), offers, tax policies and
/// guarantees, with their ids and names.
#[wasm_bindgen]
pub fn tables() -> JsValue {
    match tables_or_err() {
        Ok(t) => ok(&*t),
        Err(e) => e,
    }
}

/// Checks a dealer table (object or JSON text) and returns it, or the first problem with its path.
#[wasm_bindgen(js_name = parseDealer)]
pub fn parse_dealer(table: JsValue) -> JsValue {
    let run = || -> Result<JsValue, JsValue> {
        let text = json_text(&table, "dealer")?;
        Dealer::parse(&text).map(|d| ok(&d)).map_err(|e| err(e.code, &e.message, &e.path))
    };
    run().unwrap_or_else(|e| e)
}
