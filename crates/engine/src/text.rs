//! Text in the owner's languages. Tables carry every name in Chinese and English.

use std::sync::Arc;

use crate::date::{Date, Moment};

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

    /// A first visit's language from the browser's preferred language: Chinese for any `zh`
    /// tag, English for everything else (the app's other language).
    ///
    /// ```
    /// use engine::text::Lang;
    /// assert_eq!(Lang::for_browser("zh-TW"), Lang::Zh);
    /// assert_eq!(Lang::for_browser("en-US"), Lang::En);
    /// assert_eq!(Lang::for_browser("de-DE"), Lang::En);
    /// ```
    #[must_use]
    pub fn for_browser(tag: &str) -> Lang {
        Lang::from_tag(tag).unwrap_or(Lang::En)
    }
}

/// A piece of text given in both languages.
///
/// The strings are shared (`Arc<str>`): a quote carries many names and notes from the tables,
/// and sharing them keeps a quote a few microseconds instead of dozens of allocations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl Text {
    /// The same text in both languages: a number, an id, a date written one way.
    #[must_use]
    pub fn same(s: impl Into<Arc<str>>) -> Text {
        let s = s.into();
        Text { zh: s.clone(), en: s }
    }

    /// A value as it displays, the same in both languages (a year, a limit, an id): for a
    /// message's slot. A date is [`Text::day`].
    #[must_use]
    pub fn of(value: impl std::fmt::Display) -> Text {
        Text::same(value.to_string())
    }

    /// A day for a message's slot, as each language writes it: 2025年11月30日, 2025-11-30.
    #[must_use]
    pub fn day(date: Date) -> Text {
        Text::new(day(Lang::Zh, date), day(Lang::En, date))
    }

    /// A moment for a message's slot (a deadline): 2026年1月9日 24:00, 2026-01-09 24:00.
    #[must_use]
    pub fn moment(m: Moment) -> Text {
        Text::new(moment(Lang::Zh, m), moment(Lang::En, m))
    }
}

/// A day as a reader of `lang` writes it: 2025年11月30日 on a Chinese screen, 2025-11-30 on an
/// English one. The page's sections write their dates with it too.
#[must_use]
pub fn day(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => date.to_string(),
    }
}

/// A moment as a reader of `lang` writes it: its day as [`day`] writes it, then the time.
#[must_use]
pub fn moment(lang: Lang, m: Moment) -> String {
    let time = m.time.map(|(h, min)| format!(" {h:02}:{min:02}")).unwrap_or_default();
    format!("{}{time}", day(lang, m.date))
}

/// A message: its Chinese and English side by side, each a template whose named slots
/// (`{amount}`) are filled with values, so each language orders its own sentence. Declared
/// with [`words!`](crate::words!); a test checks that both languages have the same slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    /// The Chinese template.
    pub zh: &'static str,
    /// The English template.
    pub en: &'static str,
}

/// A piece of a template: text as written, or a slot's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text as written.
    Text(&'a str),
    /// The name of a slot, written `{name}`.
    Slot(&'a str),
}

impl Words {
    /// A message from its two templates.
    #[must_use]
    pub const fn new(zh: &'static str, en: &'static str) -> Words {
        Words { zh, en }
    }

    /// The template in `lang`; for a message without slots, the message itself.
    #[must_use]
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    /// The message in `lang` with its slots filled by name; a slot given no value stays
    /// written as `{name}`, so a test sees it.
    #[must_use]
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        let mut out = String::new();
        for piece in pieces(self.get(lang)) {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Slot(name) => match values.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
        out
    }

    /// The message in both languages, for a message without slots.
    #[must_use]
    pub fn both(self) -> Text {
        Text::new(self.zh, self.en)
    }

    /// The message in both languages, each slot filled with the value's text in that language.
    #[must_use]
    pub fn text(self, values: &[(&str, &Text)]) -> Text {
        let pick = |lang: Lang| values.iter().map(|(n, v)| (*n, v.get(lang))).collect::<Vec<_>>();
        Text::new(self.fill(Lang::Zh, &pick(Lang::Zh)), self.fill(Lang::En, &pick(Lang::En)))
    }
}

/// The pieces of a template in order: text, and slots written `{name}` (a name is ASCII
/// letters, digits and `_`; any other brace is text).
pub fn pieces(template: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let slot = rest.strip_prefix('{').and_then(|r| {
            let end = r.find('}')?;
            let name = r.get(..end)?;
            let ok = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
            ok.then_some((name, r.get(end + 1..)?))
        });
        if let Some((name, after)) = slot {
            rest = after;
            return Some(Piece::Slot(name));
        }
        // Text runs to the next brace after the first character.
        let end = rest.char_indices().skip(1).find(|(_, c)| *c == '{').map_or(rest.len(), |(i, _)| i);
        let (text, after) = rest.split_at(end);
        rest = after;
        Some(Piece::Text(text))
    })
}

/// The slot names of a template, in order.
pub fn slots(template: &str) -> impl Iterator<Item = &str> {
    pieces(template).filter_map(|p| match p {
        Piece::Slot(name) => Some(name),
        Piece::Text(_) => None,
    })
}

/// The messages of a [`words!`](crate::words!) list whose two languages do not have the same
/// slots, each said with both sets: what the test of every words module asserts is empty.
#[must_use]
pub fn slot_mismatches(all: &[(&str, Words)]) -> Vec<String> {
    let set = |t: &'static str| {
        let mut v: Vec<&str> = slots(t).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    all.iter()
        .filter(|(_, w)| set(w.zh) != set(w.en))
        .map(|(name, w)| format!("{name}: zh has {:?}, en has {:?}", set(w.zh), set(w.en)))
        .collect()
}

/// Declares messages, each once, its Chinese and English side by side:
///
/// ```
/// mod words {
///     engine::words! {
///         LOCKED_AFTER: "锁单日期晚于{date}，不享受补贴。", "Locked after {date}: no guarantee.";
///     }
/// }
/// use engine::text::Lang;
/// assert_eq!(words::LOCKED_AFTER.fill(Lang::En, &[("date", "2025-11-30")]), "Locked after 2025-11-30: no guarantee.");
/// assert_eq!(words::ALL.len(), 1);
/// ```
///
/// Each becomes a `pub const` [`Words`](crate::text::Words), documented by its text, and the
/// module gets `ALL`, every message by name, for the test that both languages of each have the
/// same slots.
#[macro_export]
macro_rules! words {
    ($($name:ident: $zh:literal, $en:literal;)*) => {
        $(
            #[doc = concat!("「", $zh, "」 / “", $en, "”")]
            pub const $name: $crate::text::Words = $crate::text::Words::new($zh, $en);
        )*
        /// Every message of this module by name, for the test that both languages of each
        /// have the same slots.
        pub const ALL: &[(&str, $crate::text::Words)] = &[$((stringify!($name), $name),)*];
    };
}
