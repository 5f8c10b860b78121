//! A dealer's own table: name, contact, local fees, accessories and dated discounts.
//!
//! Dealer tables come from outside (inline in a page or fetched from a URL), so they are parsed
//! defensively: unknown fields, wrong types, out-of-range amounts, overlong strings and too many
//! rows are all a [`DealerError`] naming the JSON path. Dealer figures are priced as their own
//! block ([`dealer_block`]) and never mixed into the manufacturer's quote. Dealer strings are
//! plain text; the UI renders them as text, never as HTML.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::error::ErrorCode;
use super::money::Money;

/// Longest string accepted in a dealer table, in characters.
pub const MAX_TEXT: usize = 200;
/// Most rows accepted in each list of a dealer table.
pub const MAX_ROWS: usize = 50;
/// Largest dealer JSON accepted, in bytes.
pub const MAX_BYTES: usize = 64 * 1024;
/// Largest amount accepted in a dealer table, in yuan: far above any fee or accessory, and low
/// enough that fifty of them leave every figure of the quote computable (a typo such as
/// ¥1,000,000,000,000 would otherwise pass, then hide the decision once on-road costs are on).
pub const MAX_AMOUNT_YUAN: i64 = 1_000_000;

/// A dealer table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dealer {
    /// Table format version; this build reads 1.
    pub schema: u32,
    /// Always `"dealer"`.
    pub kind: String,
    /// The dealer's name.
    pub name: String,
    /// How to reach the dealer.
    #[serde(default)]
    pub contact: Contact,
    /// Local fees charged on every car (上牌服务费…).
    #[serde(default)]
    pub fees: Vec<DealerItem>,
    /// Accessories offered (listed, not added to the total).
    #[serde(default)]
    pub accessories: Vec<DealerItem>,
    /// Discounts, each valid between two dates.
    #[serde(default)]
    pub discounts: Vec<Discount>,
    /// What the dealer offers beside the answer (询底价, 预约试驾), if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Lead>,
}

/// An action beside the answer, a buyer's next step with this dealer: a web page that takes
/// the enquiry, or a number to call. The widget says it with `leadintent` before following it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// The button's words, as the dealer writes them ("询底价").
    pub label: String,
    /// An `https://` page that takes the enquiry; or give `phone`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// A number to call; or give `url`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

/// Dealer contact details; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Phone number.
    #[serde(default)]
    pub phone: String,
    /// Email address.
    #[serde(default)]
    pub email: String,
    /// Street address.
    #[serde(default)]
    pub address: String,
}

/// A fee or an accessory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DealerItem {
    /// Stable id.
    pub id: String,
    /// Its name, as the dealer writes it.
    pub name: String,
    /// Its price, zero or more.
    pub amount: Money,
}

/// A discount valid from one date to another, inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discount {
    /// Stable id.
    pub id: String,
    /// Its name, as the dealer writes it.
    pub name: String,
    /// The discount, zero or more (it is subtracted).
    pub amount: Money,
    /// First day it applies.
    pub valid_from: Date,
    /// Last day it applies.
    pub valid_to: Date,
}

/// Why a dealer table was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DealerError {
    /// A stable code: `too_large`, `invalid_json` or `invalid_value`.
    pub code: ErrorCode,
    /// JSON path of the bad value (`fees[1].amount`), `.` for the whole table.
    pub path: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for DealerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dealer table at {}: {}", self.path, self.message)
    }
}

impl std::error::Error for DealerError {}

fn invalid(path: impl Into<String>, message: impl Into<String>) -> DealerError {
    DealerError { code: ErrorCode::InvalidValue, path: path.into(), message: message.into() }
}

fn text(path: &str, s: &str, required: bool) -> Result<(), DealerError> {
    if required && s.trim().is_empty() {
        return Err(invalid(path, "empty; give it a name"));
    }
    if s.chars().count() > MAX_TEXT {
        return Err(invalid(path, format!("longer than {MAX_TEXT} characters; shorten it")));
    }
    if s.chars().any(|c| c.is_control() && c != '\n') {
        return Err(invalid(path, "contains control characters; use plain text"));
    }
    if s.chars().any(is_bidi_control) {
        return Err(invalid(
            path,
            "contains bidirectional control characters, which can reorder the amounts shown beside it; remove them",
        ));
    }
    Ok(())
}

/// Unicode bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): in a
/// name they can make a price beside it read reversed.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn rows<T>(path: &str, list: &[T]) -> Result<(), DealerError> {
    if list.len() > MAX_ROWS {
        return Err(invalid(path, format!("more than {MAX_ROWS} rows; keep the list short")));
    }
    Ok(())
}

/// An amount from zero to [`MAX_AMOUNT_YUAN`].
fn amount(path: &str, m: Money, negative: &str) -> Result<(), DealerError> {
    if m.is_negative() {
        return Err(invalid(format!("{path}.amount"), negative));
    }
    if Money::from_fen(MAX_AMOUNT_YUAN * 100).is_ok_and(|max| m > max) {
        return Err(invalid(format!("{path}.amount"), "more than ¥1,000,000; check for a mistyped amount"));
    }
    Ok(())
}

fn item(path: &str, i: &DealerItem) -> Result<(), DealerError> {
    text(&format!("{path}.id"), &i.id, true)?;
    text(&format!("{path}.name"), &i.name, true)?;
    amount(path, i.amount, "negative; enter zero or more")
}

/// Each row of a list has its own id (a fee counted twice otherwise, or an on-road line
/// replaced by the wrong row).
fn unique_ids<'a>(list: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), DealerError> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in ids.enumerate() {
        if let Some(j) = seen.iter().position(|s| *s == id) {
            return Err(invalid(
                format!("{list}[{i}].id"),
                format!("the same id as {list}[{j}]; give each row its own id"),
            ));
        }
        seen.push(id);
    }
    Ok(())
}

/// A phone number as people write one: digits with spaces, + - ( ), and 转 for an extension.
fn phone(path: &str, p: &str) -> Result<(), DealerError> {
    let digits = p.chars().filter(char::is_ascii_digit).count();
    if !p.is_empty() && (digits < 5 || !p.chars().all(|c| c.is_ascii_digit() || " +-()转".contains(c))) {
        return Err(invalid(path, "not a phone number; write digits with spaces, + - ( ) and 转 for an extension"));
    }
    Ok(())
}

/// The lead action: words, and exactly one of an https page (nothing that could run script or
/// break out of the link) or a phone number.
fn lead(l: &Lead) -> Result<(), DealerError> {
    text("lead.label", &l.label, true)?;
    text("lead.url", &l.url, false)?;
    phone("lead.phone", &l.phone)?;
    if l.url.is_empty() == l.phone.is_empty() {
        return Err(invalid("lead", "give either \"url\" (a page that takes the enquiry) or \"phone\", not both"));
    }
    let plain = l.url.chars().all(|c| c.is_ascii_graphic() && !"\"'<>\\`".contains(c));
    if !l.url.is_empty() && (!l.url.starts_with("https://") || l.url.len() <= "https://".len() || !plain) {
        return Err(invalid("lead.url", "not a web page; write the full https:// address"));
    }
    Ok(())
}

/// An e-mail address, shown as a mailto: link: name@example.com with the usual characters only,
/// so nothing else (parameters, another scheme) can ride along.
fn email(e: &str) -> Result<(), DealerError> {
    let ok = |s: &str, extra: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || extra.contains(c));
    let well_formed = match e.split_once('@') {
        Some((local, domain)) => {
            ok(local, "._%+-") && domain.contains('.') && domain.split('.').all(|label| ok(label, "-"))
        }
        None => false,
    };
    if !e.is_empty() && !well_formed {
        return Err(invalid("contact.email", "not an e-mail address; write it as name@example.com"));
    }
    Ok(())
}

impl Dealer {
    /// Parses and checks a dealer table.
    ///
    /// # Errors
    /// A [`DealerError`] for JSON that is too large, malformed, of the wrong shape, or holds a
    /// value out of range (negative amounts, overlong or control-character text, too many rows,
    /// a discount that ends before it starts).
    ///
    /// # Example
    /// ```
    /// use engine::dealer::Dealer;
    /// let err = Dealer::parse(r#"{"schema":1,"kind":"dealer","name":"A","fees":[{"id":"f","name":"上牌","amount":"-5"}]}"#).unwrap_err();
    /// assert_eq!(err.path, "fees[0].amount");
    /// ```
    pub fn parse(json: &str) -> Result<Dealer, DealerError> {
        if json.len() > MAX_BYTES {
            return Err(DealerError {
                code: ErrorCode::TooLarge,
                path: ".".into(),
                message: format!("larger than {} KiB", MAX_BYTES / 1024),
            });
        }
        let de = &mut serde_json::Deserializer::from_str(json);
        let d: Dealer = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            // Valid JSON of the wrong shape (a number for an amount, a misspelt key) is a bad
            // value at its path, not bad JSON.
            let code = if inner.is_data() { ErrorCode::InvalidValue } else { ErrorCode::InvalidJson };
            DealerError { code, path: if path.is_empty() { ".".into() } else { path }, message: inner.to_string() }
        })?;
        if d.schema != 1 {
            return Err(invalid("schema", format!("this build reads schema 1, the table says {}", d.schema)));
        }
        if d.kind != "dealer" {
            return Err(invalid("kind", "must be \"dealer\""));
        }
        text("name", &d.name, true)?;
        text("contact.phone", &d.contact.phone, false)?;
        phone("contact.phone", &d.contact.phone)?;
        text("contact.email", &d.contact.email, false)?;
        email(&d.contact.email)?;
        text("contact.address", &d.contact.address, false)?;
        rows("fees", &d.fees)?;
        rows("accessories", &d.accessories)?;
        rows("discounts", &d.discounts)?;
        for (i, f) in d.fees.iter().enumerate() {
            item(&format!("fees[{i}]"), f)?;
        }
        for (i, a) in d.accessories.iter().enumerate() {
            item(&format!("accessories[{i}]"), a)?;
        }
        for (i, x) in d.discounts.iter().enumerate() {
            let p = format!("discounts[{i}]");
            text(&format!("{p}.id"), &x.id, true)?;
            text(&format!("{p}.name"), &x.name, true)?;
            amount(&p, x.amount, "negative; write the discount as a positive amount")?;
            if x.valid_to < x.valid_from {
                return Err(invalid(format!("{p}.valid_to"), "ends before it starts"));
            }
        }
        unique_ids("fees", d.fees.iter().map(|f| f.id.as_str()))?;
        unique_ids("accessories", d.accessories.iter().map(|a| a.id.as_str()))?;
        unique_ids("discounts", d.discounts.iter().map(|x| x.id.as_str()))?;
        if let Some(l) = &d.lead {
            lead(l)?;
        }
        Ok(d)
    }
}

/// One line of the dealer block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealerLine {
    /// Item id.
    pub id: String,
    /// Name as the dealer wrote it.
    pub name: String,
    /// The amount; discounts are negative.
    pub amount: Money,
}

/// The dealer's items priced for a day: fees added, discounts valid that day subtracted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealerBlock {
    /// The dealer's name.
    pub dealer: String,
    /// Fees and valid discounts.
    pub lines: Vec<DealerLine>,
    /// Accessories offered, not included in the total.
    pub accessories: Vec<DealerLine>,
    /// Discounts not valid on the day, for information.
    pub expired_or_future: Vec<DealerLine>,
    /// Fees already counted in the landed price (they replaced an on-road line there), shown
    /// but not in the total, so no fee is counted twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub in_landed_price: Vec<DealerLine>,
    /// Σ lines.
    pub total: Money,
}

/// Prices the dealer's items for `on` (normally today); the fees whose ids are in `in_landed`
/// (the on-road lines they replaced in the landed price) are listed apart, outside the total.
///
/// # Errors
/// `None` only if the total leaves the supported range (fifty rows of at most ¥1,000,000 cannot).
#[must_use]
pub fn dealer_block(d: &Dealer, on: Date, in_landed: &[&str]) -> Option<DealerBlock> {
    let fee = |f: &DealerItem| DealerLine { id: f.id.clone(), name: f.name.clone(), amount: f.amount };
    let (counted, added): (Vec<&DealerItem>, Vec<&DealerItem>) =
        d.fees.iter().partition(|f| in_landed.contains(&f.id.as_str()));
    let in_landed_price = counted.into_iter().map(fee).collect();
    let mut lines: Vec<DealerLine> = added.into_iter().map(fee).collect();
    let mut other = Vec::new();
    for x in &d.discounts {
        let line = DealerLine { id: x.id.clone(), name: x.name.clone(), amount: Money::ZERO.checked_sub(x.amount)? };
        if x.valid_from <= on && on <= x.valid_to {
            lines.push(line)
        } else {
            other.push(line)
        }
    }
    let total = lines.iter().try_fold(Money::ZERO, |t, l| t.checked_add(l.amount))?;
    Some(DealerBlock {
        dealer: d.name.clone(),
        lines,
        accessories: d
            .accessories
            .iter()
            .map(|a| DealerLine { id: a.id.clone(), name: a.name.clone(), amount: a.amount })
            .collect(),
        expired_or_future: other,
        in_landed_price,
        total,
    })
}
