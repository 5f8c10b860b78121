//! Text in the owner's languages. Tables carry every name in Chinese and English.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A display language. Chinese is the default: the offer's owners are in mainland China.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Simplified Chinese (zh-CN).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>`.
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads `zh`, `zh-CN`, `en`, `en-US`…; anything else is `None`.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        if t == "zh" || t.starts_with("zh-") {
            Some(Lang::Zh)
        } else if t == "en" || t.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A piece of text given in both languages.
///
/// The strings are shared (`Arc<str>`): a quote carries many names and notes from the tables,
/// and sharing them keeps a quote a few microseconds instead of dozens of allocations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Simplified Chinese.
    pub zh: Arc<str>,
    /// English.
    pub en: Arc<str>,
}

impl Text {
    /// Text from its two translations.
    #[must_use]
    pub fn new(zh: impl Into<Arc<str>>, en: impl Into<Arc<str>>) -> Text {
        Text { zh: zh.into(), en: en.into() }
    }

    /// The text in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}
