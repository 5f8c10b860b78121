//! Share links: the draft in the URL fragment, versioned and compact.
//!
//! `#v1&o=<offer>&t=<old trim>&p=<old options>[&g=<options received as benefits>]&l=<lock date>`
//! `&a=<amount paid>&n=<new trim>:<options>`
//! `&pl=<price list>&k=<keep invoice>&s=<switch invoice>[&f=<loan>][&r=1][&c=<papers>]&lang=<zh|en>`
//!
//! `c` holds the papers checked after delivery (核对) as
//! `<k|s>:<invoice total>:<invoice date>:<tax paid>:<guarantee credited>` (`k` kept, `s`
//! switched; each as typed, possibly empty). `f` is a loan as `<down payment share>:<months>:<rate in percent>:<i|f>` (`i` an interest
//! rate, `f` a flat fee rate), `r=1` adds the on-road costs; both are absent when off.
//!
//! Options are comma-separated `group/option` ids; `n` is absent when the new car follows the
//! proposal. Anything else is an error: an unknown version says the link is outdated, a missing
//! key says it was truncated, an unknown or repeated key or a bad escape says it was altered.
//! [`decode_link`] also reads the compact form the QR code carries ([`super::encode_compact`]).

use std::fmt;

use engine::configuration::Configuration;
use engine::text::Lang;

use rust_decimal::Decimal;

use engine::loan::RateKind;

use super::compact::expand;
use super::{Draft, LoanDraft, PapersDraft};

/// The current link version.
pub(super) const VERSION: &str = "v1";
/// Longer fragments are refused before parsing (a real link is about 250 characters).
const MAX_LEN: usize = 2_000;
/// Every key a link has.
const KEYS: [&str; 14] = ["o", "t", "p", "g", "l", "a", "n", "pl", "k", "s", "f", "r", "c", "lang"];

/// Why a link could not be read. The UI words each case in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a link of this app (no `v…` prefix).
    NotALink,
    /// Made by another version of the app (the version it names, cut to 10 characters).
    Outdated(String),
    /// A required part is missing: the link was cut off.
    Truncated(&'static str),
    /// A part that no link of this app has: the link was altered.
    Altered(Alteration),
    /// Longer than any link the app makes.
    TooLong,
}

/// How a link was altered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Alteration {
    /// A part without `=`.
    PartWithoutValue,
    /// A part whose key no link has (the key, cut to 20 characters).
    UnknownPart(String),
    /// A key that appears twice.
    Repeated(&'static str),
    /// A `%` escape that is not two hex digits, or bytes that are not UTF-8.
    BadEscape,
    /// A language other than `zh` or `en`.
    Language,
    /// The new configuration part is not `trim:options`.
    NewConfiguration,
    /// The loan part is not `share:months:rate:i|f`.
    Loan,
    /// The on-road part is not `1`, `1:<subsidy>` or `0:<subsidy>`.
    OnRoad,
    /// The papers part is not `k|s:total:date:tax:credited`.
    Papers,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotALink => write!(f, "this is not a quote link"),
            LinkError::Outdated(v) => {
                write!(f, "the link is from another version of the app ({v}); ask for a new link")
            }
            LinkError::Truncated(k) => {
                write!(f, "the link is incomplete (no '{k}'); it was probably cut off when copied")
            }
            LinkError::Altered(what) => write!(f, "the link was altered ({what:?})"),
            LinkError::TooLong => write!(f, "the link is too long to be a quote link"),
        }
    }
}

impl std::error::Error for LinkError {}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(s: &str) -> Result<String, LinkError> {
    let bad = || LinkError::Altered(Alteration::BadEscape);
    let mut bytes = Vec::with_capacity(s.len());
    let mut it = s.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hi = it.next().ok_or_else(bad)?;
            let lo = it.next().ok_or_else(bad)?;
            let hex = [hi, lo];
            let text = std::str::from_utf8(&hex).map_err(|_| bad())?;
            bytes.push(u8::from_str_radix(text, 16).map_err(|_| bad())?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).map_err(|_| bad())
}

fn list(s: &str) -> Vec<String> {
    s.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()
}

/// The fragment (without `#`) for a draft.
///
/// # Example
/// ```
/// use engine::text::Lang;
/// use session::{Draft, encode_link, decode_link};
/// let tables = bundled::tables().unwrap();
/// let draft = Draft::for_offer(&tables, "su7-gen1-to-gen2-2026", Lang::Zh).unwrap();
/// assert_eq!(decode_link(&encode_link(&draft)).unwrap(), draft);
/// ```
#[must_use]
pub fn encode_link(d: &Draft) -> String {
    let mut parts = vec![
        VERSION.to_string(),
        format!("o={}", escape(&d.offer)),
        format!("t={}", escape(&d.old_trim)),
        format!("p={}", escape(&d.old_options.join(","))),
    ];
    if !d.gifted_options.is_empty() {
        parts.push(format!("g={}", escape(&d.gifted_options.join(","))));
    }
    parts.extend([format!("l={}", escape(&d.locked_on)), format!("a={}", escape(&d.amount_paid))]);
    if let Some(n) = &d.new_configuration {
        parts.push(format!("n={}:{}", escape(&n.trim), escape(&n.options.join(","))));
    }
    parts.push(format!("pl={}", escape(&d.price_list)));
    parts.push(format!("k={}", escape(&d.keep_invoice)));
    parts.push(format!("s={}", escape(&d.switch_invoice)));
    if let Some(l) = &d.loan {
        let kind = match l.rate_kind {
            RateKind::Interest => "i",
            RateKind::FlatFee => "f",
        };
        // The rate as typed may hold the separator itself.
        let rate = escape(&l.rate_percent).replace(':', "%3A");
        parts.push(format!("f={}:{}:{rate}:{kind}", l.down_share, l.months));
    }
    // `r=1` on; `:<id>` the trade-in subsidy, kept while the costs are off (`r=0:<id>`).
    match (d.on_road, &d.trade_in) {
        (true, None) => parts.push("r=1".into()),
        (on, Some(id)) => parts.push(format!("r={}:{}", u8::from(on), escape(id))),
        (false, None) => {}
    }
    if let Some(p) = &d.papers {
        // Each as typed, so it may hold the separator itself.
        let part = |t: &str| escape(t).replace(':', "%3A");
        let (total, date, tax, credited) =
            (part(&p.invoice_total), part(&p.invoice_date), part(&p.tax_paid), part(&p.guarantee_credited));
        let path = if p.switched { "s" } else { "k" };
        parts.push(format!("c={path}:{total}:{date}:{tax}:{credited}"));
    }
    parts.push(format!(
        "lang={}",
        match d.lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    ));
    parts.join("&")
}

/// Reads a fragment (with or without the leading `#`) back into a draft.
///
/// # Errors
/// A [`LinkError`] saying whether the link is not ours, outdated, truncated, altered or too long.
/// The draft's values are not checked against the tables here; [`Draft::resolve`] does that.
pub fn decode_link(fragment: &str) -> Result<Draft, LinkError> {
    decode_within(fragment, MAX_LEN)
}

/// [`decode_link`] for text up to `max_len` bytes: saved state uses the link format with a
/// larger bound (an owner's draft may hold text no share link carries).
pub(super) fn decode_within(fragment: &str, max_len: usize) -> Result<Draft, LinkError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if f.len() > max_len {
        return Err(LinkError::TooLong);
    }
    let expanded = expand(f);
    let f = expanded.as_deref().unwrap_or(f);
    let mut parts = f.split(['&', '*']);
    let version = parts.next().unwrap_or_default().to_ascii_lowercase();
    let numbered = version.strip_prefix('v').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if !numbered {
        return Err(LinkError::NotALink);
    }
    if version != VERSION {
        return Err(LinkError::Outdated(version.chars().take(10).collect()));
    }
    let mut fields: Vec<(&'static str, String)> = Vec::new();
    for p in parts {
        let (k, v) = p.split_once('=').ok_or(LinkError::Altered(Alteration::PartWithoutValue))?;
        let Some(k) = KEYS.iter().copied().find(|key| *key == k) else {
            return Err(LinkError::Altered(Alteration::UnknownPart(k.chars().take(20).collect())));
        };
        if fields.iter().any(|(x, _)| *x == k) {
            return Err(LinkError::Altered(Alteration::Repeated(k)));
        }
        // The loan and papers parts are split on `:` before their values are unescaped.
        fields.push((k, if k == "f" || k == "c" { v.to_string() } else { unescape(v)? }));
    }
    let get =
        |k: &'static str| fields.iter().find(|(x, _)| *x == k).map(|(_, v)| v.clone()).ok_or(LinkError::Truncated(k));
    let lang = match get("lang")?.as_str() {
        "zh" => Lang::Zh,
        "en" => Lang::En,
        _ => return Err(LinkError::Altered(Alteration::Language)),
    };
    let new_configuration = match fields.iter().find(|(x, _)| *x == "n") {
        None => None,
        Some((_, v)) => {
            let (trim, options) = v.split_once(':').ok_or(LinkError::Altered(Alteration::NewConfiguration))?;
            Some(Configuration { trim: trim.to_string(), options: list(options) })
        }
    };
    let loan = fields.iter().find(|(x, _)| *x == "f").map(|(_, v)| loan(v)).transpose()?;
    // `r=1`, `r=1:<trade-in subsidy>` or `r=0:<subsidy>`; the id is judged by `Draft::resolve`.
    let on_road = fields.iter().find(|(x, _)| *x == "r").map(|(_, v)| match v.split_once(':') {
        None if v == "1" => Ok((true, None)),
        Some((on @ ("0" | "1"), id)) if !id.is_empty() => Ok((on == "1", Some(id.to_string()))),
        _ => Err(LinkError::Altered(Alteration::OnRoad)),
    });
    let (on_road, trade_in) = on_road.transpose()?.unwrap_or((false, None));
    let papers = fields.iter().find(|(x, _)| *x == "c").map(|(_, v)| papers(v)).transpose()?;
    Ok(Draft {
        lang,
        offer: get("o")?,
        old_trim: get("t")?,
        old_options: list(&get("p")?),
        // Optional: absent in links made before order benefits existed.
        gifted_options: fields.iter().find(|(x, _)| *x == "g").map(|(_, v)| list(v)).unwrap_or_default(),
        locked_on: get("l")?,
        amount_paid: get("a")?,
        new_configuration,
        price_list: get("pl")?,
        keep_invoice: get("k")?,
        switch_invoice: get("s")?,
        loan,
        on_road,
        trade_in,
        papers,
    })
}

/// A papers part, `k|s:total:date:tax:credited`; the values are judged by
/// [`PapersDraft::check`].
fn papers(v: &str) -> Result<PapersDraft, LinkError> {
    let altered = || LinkError::Altered(Alteration::Papers);
    let parts: Vec<&str> = v.split(':').collect();
    let [path, total, date, tax, credited] = parts.as_slice() else { return Err(altered()) };
    let switched = match *path {
        "k" => false,
        "s" => true,
        _ => return Err(altered()),
    };
    Ok(PapersDraft {
        switched,
        invoice_total: unescape(total)?,
        invoice_date: unescape(date)?,
        tax_paid: unescape(tax)?,
        guarantee_credited: unescape(credited)?,
    })
}

/// A loan part, `share:months:rate:i|f`; the values are judged by [`Draft::resolve`].
fn loan(v: &str) -> Result<LoanDraft, LinkError> {
    let altered = || LinkError::Altered(Alteration::Loan);
    let mut it = v.split(':');
    let mut next = || it.next().ok_or_else(altered);
    let down_share = next()?.parse::<Decimal>().map_err(|_| altered())?;
    let months = next()?.parse::<u16>().map_err(|_| altered())?;
    let rate_percent = unescape(next()?)?;
    let rate_kind = match next()? {
        "i" => RateKind::Interest,
        "f" => RateKind::FlatFee,
        _ => return Err(altered()),
    };
    if it.next().is_some() {
        return Err(altered());
    }
    Ok(LoanDraft { down_share, months, rate_percent, rate_kind })
}
