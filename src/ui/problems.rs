//! Why something could not be read or computed, in the owner's language: a share link, saved
//! data, an engine error. The words are in [`words`](crate::ui::words); this
//! picks the message for each case and fills it.

use crate::ui::words as w;
use engine::error::{EngineError, ErrorCode};
use engine::text::{Lang, Words};
use session::{Alteration, LinkError, SavedError};

/// Why a share link could not be read, in `lang`.
#[must_use]
pub fn link_problem(lang: Lang, e: &LinkError) -> String {
    match e {
        LinkError::NotALink => w::LINK_NOT_A_LINK.get(lang).to_string(),
        LinkError::Outdated(v) => w::LINK_OUTDATED.fill(lang, &[("version", &v.to_string())]),
        LinkError::Truncated(k) => w::LINK_TRUNCATED.fill(lang, &[("part", k)]),
        LinkError::TooLong => w::LINK_TOO_LONG.get(lang).to_string(),
        LinkError::Altered(a) => w::LINK_ALTERED.fill(lang, &[("what", &altered(lang, a))]),
    }
}

/// What was altered in a link.
fn altered(lang: Lang, a: &Alteration) -> String {
    let (words, part): (Words, Option<&str>) = match a {
        Alteration::PartWithoutValue => (w::ALTERED_NO_VALUE, None),
        Alteration::UnknownPart(k) => (w::ALTERED_UNKNOWN_PART, Some(k)),
        Alteration::Repeated(k) => (w::ALTERED_REPEATED, Some(k)),
        Alteration::BadEscape => (w::ALTERED_ESCAPE, None),
        Alteration::Language => (w::ALTERED_LANGUAGE, None),
        Alteration::NewConfiguration => (w::ALTERED_CONFIGURATION, None),
        Alteration::Loan => (w::ALTERED_LOAN, None),
        Alteration::OnRoad => (w::ALTERED_ON_ROAD, None),
        Alteration::Papers => (w::ALTERED_PAPERS, None),
    };
    words.fill(lang, &[("part", part.unwrap_or_default())])
}

/// Why saved data could not be read, in `lang`.
#[must_use]
pub fn saved_problem(lang: Lang, e: &SavedError) -> String {
    match e {
        SavedError::OtherVersion(v) => w::SAVED_OTHER_VERSION.fill(lang, &[("format", &v.to_string())]),
        SavedError::Corrupted(_) => w::SAVED_DAMAGED.get(lang).to_string(),
    }
}

/// An error code in words (the English engine message says the same in detail).
fn error_code(c: ErrorCode) -> Words {
    match c {
        ErrorCode::UnknownOffer => w::CODE_UNKNOWN_OFFER,
        ErrorCode::UnknownTrim => w::CODE_UNKNOWN_TRIM,
        ErrorCode::UnknownOption => w::CODE_UNKNOWN_OPTION,
        ErrorCode::UnknownPriceList => w::CODE_UNKNOWN_PRICE_LIST,
        ErrorCode::NegativeAmount => w::CODE_NEGATIVE_AMOUNT,
        ErrorCode::Overflow => w::CODE_OVERFLOW,
        ErrorCode::InvalidConfiguration => w::CODE_INVALID_CONFIGURATION,
        ErrorCode::TablesIncomplete => w::CODE_TABLES_INCOMPLETE,
        ErrorCode::TooLarge => w::CODE_TOO_LARGE,
        ErrorCode::InvalidJson => w::CODE_INVALID_JSON,
        ErrorCode::InvalidValue => w::CODE_INVALID_VALUE,
    }
}

/// An engine error in `lang`: Chinese words for its code and where it is, or the English message.
#[must_use]
pub fn engine_error_text(lang: Lang, e: &EngineError) -> String {
    match lang {
        Lang::Zh => w::ENGINE_ERROR.fill(lang, &[("what", error_code(e.code()).get(lang)), ("path", e.path())]),
        Lang::En => e.to_string(),
    }
}
