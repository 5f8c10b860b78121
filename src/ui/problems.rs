//! Why something could not be read or computed, in the owner's language: a share link, saved
//! data, a dealer table, an engine error.

use crate::ui::state::DealerProblem;
use engine::error::{EngineError, ErrorCode};
use engine::text::Lang;
use session::{Alteration, LinkError, SavedError};

/// Why a share link could not be read, in `lang`.
#[must_use]
pub fn link_problem(lang: Lang, e: &LinkError) -> String {
    let zh = lang == Lang::Zh;
    match e {
        LinkError::NotALink if zh => "这不是报价链接。".into(),
        LinkError::NotALink => "this is not a quote link.".into(),
        LinkError::Outdated(v) if zh => format!("链接来自其他版本（{v}），请对方重新生成链接。"),
        LinkError::Outdated(v) => format!("the link is from another version of the app ({v}); ask for a new link."),
        LinkError::Truncated(_) if zh => "链接不完整，可能复制时被截断了。".into(),
        LinkError::Truncated(k) => format!("the link is incomplete (no '{k}'); it was probably cut off when copied."),
        LinkError::TooLong if zh => "链接过长，不是本应用生成的报价链接。".into(),
        LinkError::TooLong => "the link is too long to be a quote link.".into(),
        LinkError::Altered(a) => altered(zh, a),
    }
}

fn altered(zh: bool, a: &Alteration) -> String {
    let what = match (a, zh) {
        (Alteration::PartWithoutValue, true) => "缺少“=”的部分".to_string(),
        (Alteration::PartWithoutValue, false) => "a part without '='".to_string(),
        (Alteration::UnknownPart(k), true) => format!("未知的部分“{k}”"),
        (Alteration::UnknownPart(k), false) => format!("an unknown part '{k}'"),
        (Alteration::Repeated(k), true) => format!("“{k}”出现了两次"),
        (Alteration::Repeated(k), false) => format!("'{k}' appears twice"),
        (Alteration::BadEscape, true) => "无效的转义字符".to_string(),
        (Alteration::BadEscape, false) => "a bad escape".to_string(),
        (Alteration::Language, true) => "未知的语言".to_string(),
        (Alteration::Language, false) => "an unknown language".to_string(),
        (Alteration::NewConfiguration, true) => "新车配置格式不对".to_string(),
        (Alteration::NewConfiguration, false) => "a malformed new configuration".to_string(),
        (Alteration::Loan, true) => "贷款或落地费用部分格式不对".to_string(),
        (Alteration::Loan, false) => "a malformed loan or on-road part".to_string(),
    };
    if zh {
        format!("链接被改动过（{what}）。")
    } else {
        format!("the link was altered ({what}).")
    }
}

/// Why saved data could not be read, in `lang`.
#[must_use]
pub fn saved_problem(lang: Lang, e: &SavedError) -> String {
    match (e, lang) {
        (SavedError::OtherVersion(v), Lang::Zh) => format!("它由其他版本保存（格式 {v}）。"),
        (SavedError::OtherVersion(v), Lang::En) => format!("it was saved by another version of the app (format {v})."),
        (SavedError::Corrupted(_), Lang::Zh) => "数据已损坏。".into(),
        (SavedError::Corrupted(_), Lang::En) => "the data is damaged.".into(),
    }
}

/// Why a dealer table could not be used, in `lang`.
#[must_use]
pub fn dealer_problem(lang: Lang, p: &DealerProblem) -> String {
    match (p, lang) {
        (DealerProblem::NotJson, Lang::Zh) => "数据不是 JSON。".into(),
        (DealerProblem::NotJson, Lang::En) => "the table is not JSON.".into(),
        (DealerProblem::Invalid(e), Lang::Zh) => format!("第一处问题在 {}：{}。", e.path, error_code_zh(e.code)),
        (DealerProblem::Invalid(e), Lang::En) => format!("first problem at {}: {}", e.path, e.message),
        (DealerProblem::Unreachable { url }, Lang::Zh) => format!("无法读取 {url}。"),
        (DealerProblem::Unreachable { url }, Lang::En) => format!("could not fetch {url}."),
    }
}

/// An error code in Chinese words (the English message says the same in detail).
fn error_code_zh(c: ErrorCode) -> &'static str {
    match c {
        ErrorCode::UnknownOffer => "没有这个活动",
        ErrorCode::UnknownTrim => "没有这个版本",
        ErrorCode::UnknownOption => "没有这个选装",
        ErrorCode::UnknownPriceList => "没有这个价格表",
        ErrorCode::NegativeAmount => "金额为负数",
        ErrorCode::Overflow => "金额过大，无法计算",
        ErrorCode::InvalidConfiguration => "配置不符合规则",
        ErrorCode::TablesIncomplete => "内置数据表不完整（不是您的输入有误）",
        ErrorCode::TooLarge => "数据过大",
        ErrorCode::InvalidJson => "不是有效的 JSON",
        ErrorCode::InvalidValue => "数值不符合要求",
    }
}

/// An engine error in `lang`: Chinese words for its code and where it is, or the English message.
#[must_use]
pub fn engine_error_text(lang: Lang, e: &EngineError) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）。", error_code_zh(e.code()), e.path()),
        Lang::En => e.to_string(),
    }
}
