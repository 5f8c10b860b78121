//! The draft that earlier releases saved as JSON (format 1: `{"v":1,"draft":{…}}`), read with
//! the browser's own JSON parser and handed on in today's saved format, so a returning owner
//! keeps their configuration while the app page carries no JSON code. Translation only: what
//! the values mean is judged by `Draft::resolve`, as for any saved draft.

use js_sys::{Array, Reflect, JSON};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;

use engine::configuration::Configuration;
use engine::loan::RateKind;
use engine::text::Lang;
use session::{encode_saved, Draft, LoanDraft, MAX_SAVED_BYTES};

fn field(o: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(o, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined())
}

fn text(o: &JsValue, key: &str) -> Option<String> {
    field(o, key)?.as_string()
}

fn texts(o: &JsValue, key: &str) -> Option<Vec<String>> {
    let v = field(o, key)?;
    if !Array::is_array(&v) {
        return None;
    }
    Array::from(&v).iter().map(|x| x.as_string()).collect()
}

/// A whole count from a JSON number (a loan's months).
fn count(o: &JsValue, key: &str) -> Option<u16> {
    let n = field(o, key)?.as_f64()?;
    (n.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&n)).then_some(n as u16)
}

fn new_configuration(d: &JsValue) -> Option<Option<Configuration>> {
    match field(d, "new_configuration") {
        None => Some(None),
        Some(v) if v.is_null() => Some(None),
        // `options` could be left out in format 1 (it defaulted to none).
        Some(v) => {
            Some(Some(Configuration { trim: text(&v, "trim")?, options: texts(&v, "options").unwrap_or_default() }))
        }
    }
}

fn loan(d: &JsValue) -> Option<Option<LoanDraft>> {
    match field(d, "loan") {
        None => Some(None),
        Some(v) if v.is_null() => Some(None),
        Some(v) => Some(Some(LoanDraft {
            down_share: text(&v, "down_share")?.parse::<Decimal>().ok()?,
            months: count(&v, "months")?,
            rate_percent: text(&v, "rate_percent")?,
            rate_kind: match text(&v, "rate_kind")?.as_str() {
                "interest" => RateKind::Interest,
                "flat_fee" => RateKind::FlatFee,
                _ => return None,
            },
        })),
    }
}

fn draft(d: &JsValue) -> Option<Draft> {
    Some(Draft {
        lang: match text(d, "lang")?.as_str() {
            "zh" => Lang::Zh,
            "en" => Lang::En,
            _ => return None,
        },
        offer: text(d, "offer")?,
        old_trim: text(d, "old_trim")?,
        old_options: texts(d, "old_options")?,
        gifted_options: texts(d, "gifted_options").unwrap_or_default(),
        locked_on: text(d, "locked_on")?,
        amount_paid: text(d, "amount_paid")?,
        new_configuration: new_configuration(d)?,
        price_list: text(d, "price_list")?,
        keep_invoice: text(d, "keep_invoice")?,
        switch_invoice: text(d, "switch_invoice")?,
        loan: loan(d)?,
        on_road: false,
        trade_in: None,
        // Saved before 核对 existed.
        papers: None,
    })
}

/// Today's saved text for a format-1 JSON draft; `None` when `saved` is not one (it is then
/// left as it is, for restoring to report).
#[must_use]
pub fn upgraded(saved: &str) -> Option<String> {
    // Today's limit holds for every format: a far larger text was not written by this app.
    if !saved.trim_start().starts_with('{') || saved.len() > MAX_SAVED_BYTES {
        return None;
    }
    let v = JSON::parse(saved).ok()?;
    (field(&v, "v")?.as_f64()? == 1.0).then_some(())?;
    Some(encode_saved(&draft(&field(&v, "draft")?)?))
}
