//! A configuration (trim + options) and the catalog rules it must satisfy.
//!
//! Options are named `group/option` (`paint/aqua-blue`). A configuration that names no option
//! of a `one` group gets the group's default for the trim ([`complete`]); [`validate`] then lists
//! every rule broken, in the owner's words, so the UI can show each next to its control.

use serde::{Deserialize, Serialize};

use super::error::EngineError;
use super::money::Money;
use super::tables::{CarOption, Catalog, Choice, OptionGroup};
use super::text::Text;
use super::words;

/// A trim and its chosen options.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Configuration {
    /// Trim id.
    pub trim: String,
    /// Chosen options as `group/option`.
    #[serde(default)]
    pub options: Vec<String>,
}

/// Which rule a configuration breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationCode {
    /// The trim is not in the catalog.
    UnknownTrim,
    /// The option is not in the catalog.
    UnknownOption,
    /// The option is not offered on this trim.
    NotOfferedOnTrim,
    /// The option is listed twice.
    Duplicate,
    /// Two options of a group that takes one.
    TooManyInGroup,
    /// An option that needs another, which is missing.
    MissingRequirement,
    /// Two options that exclude each other.
    Excluded,
    /// More options than [`MAX_OPTIONS`]: refused before they are checked one by one.
    TooMany,
}

/// The most options a configuration may list; far more than any catalog offers, and small
/// enough that every check on them stays cheap whatever a link or the JS API sends.
pub const MAX_OPTIONS: usize = 64;

/// A broken rule, with the option and group it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    /// Which rule.
    pub code: ViolationCode,
    /// The option concerned (`group/option`), if any.
    pub option: Option<String>,
    /// The group concerned, if any.
    pub group: Option<String>,
    /// The rule in the owner's words.
    pub message: Text,
}

impl Violation {
    /// The request error for this violation of the configuration at `at` (`old_order`,
    /// `new_configuration`), whose trim is `trim`.
    #[must_use]
    pub fn into_error(self, at: &str, trim: &str) -> EngineError {
        match self.code {
            ViolationCode::UnknownTrim => EngineError::UnknownTrim { path: format!("{at}.trim"), id: trim.to_string() },
            ViolationCode::TooMany => EngineError::TooLarge { path: format!("{at}.options"), limit: MAX_OPTIONS },
            ViolationCode::UnknownOption => {
                EngineError::UnknownOption { path: format!("{at}.options"), id: self.option.unwrap_or_default() }
            }
            _ => {
                EngineError::InvalidConfiguration { path: format!("{at}.options"), first: self.message.en.to_string() }
            }
        }
    }
}

/// An id from a request as a message may show it: at most 40 characters, and only the
/// characters ids are made of, so a crafted link cannot reorder or flood the owner's screen.
#[must_use]
pub fn shown_id(id: &str) -> String {
    id.chars().filter(|c| c.is_ascii_alphanumeric() || "/-_.".contains(*c)).take(40).collect()
}

/// True when `reference` (`group/option`) belongs to `group`.
#[must_use]
pub fn in_group(reference: &str, group: &str) -> bool {
    reference.strip_prefix(group).is_some_and(|rest| rest.starts_with('/'))
}

/// The default option of a `one` group on `trim`: the first one offered.
#[must_use]
pub fn default_option<'a>(group: &'a OptionGroup, trim: &str) -> Option<&'a CarOption> {
    group.options.iter().find(|o| o.offered_on(trim))
}

/// What an option costs on a trim: nothing where it is standard equipment.
#[must_use]
pub fn option_price(option: &CarOption, trim: &str) -> Money {
    if option.standard_on(trim) {
        Money::ZERO
    } else {
        option.price.value
    }
}

/// Fills every `one` group the configuration leaves empty with its default for the trim.
///
/// Unknown trims and options are left as they are, for [`validate`] to report.
#[must_use]
pub fn complete(catalog: &Catalog, config: &Configuration) -> Configuration {
    let mut out = config.clone();
    for g in catalog.option_groups.iter().filter(|g| g.choice == Choice::One) {
        if !out.options.iter().any(|o| in_group(o, &g.id)) {
            if let Some(d) = default_option(g, &out.trim) {
                out.options.push(format!("{}/{}", g.id, d.id));
            }
        }
    }
    out
}

/// A configuration as the owner gave it, checked: more than [`MAX_OPTIONS`] options is refused
/// before anything else; otherwise it is completed with the groups' defaults and validated.
/// Returns the completed configuration and the rules it breaks (none when it is valid). The
/// quote and the page both check this way, so one list gets one answer.
#[must_use]
pub fn check_given(catalog: &Catalog, given: &Configuration) -> (Configuration, Vec<Violation>) {
    if given.options.len() > MAX_OPTIONS {
        return (given.clone(), vec![too_many()]);
    }
    let config = complete(catalog, given);
    let problems = validate(catalog, &config);
    (config, problems)
}

/// The one answer to too long a list of options.
fn too_many() -> Violation {
    let message = words::TOO_MANY_OPTIONS.text(&[("limit", &Text::of(MAX_OPTIONS))]);
    Violation { code: ViolationCode::TooMany, option: None, group: None, message }
}

/// Every rule of `catalog` that `config` breaks; empty when it is valid.
///
/// # Example
/// ```
/// use engine::{configuration::{validate, Configuration, ViolationCode}};
/// let tables = bundled::tables().unwrap();
/// let gen1 = tables.catalog("su7-gen1").unwrap();
/// let config = Configuration { trim: "pro".into(), options: vec!["paint/brilliant-magenta".into()] };
/// let v = validate(gen1, &config);
/// assert_eq!(v[0].code, ViolationCode::MissingRequirement);
/// ```
#[must_use]
pub fn validate(catalog: &Catalog, config: &Configuration) -> Vec<Violation> {
    let Some(trim) = catalog.trim(&config.trim) else {
        let t = shown_id(&config.trim);
        let message = words::NO_TRIM.text(&[("trim", &Text::same(t))]);
        return vec![Violation { code: ViolationCode::UnknownTrim, option: None, group: None, message }];
    };
    // A completed list: at most one default per group was added to what the owner gave.
    if config.options.len() > MAX_OPTIONS + catalog.option_groups.len() {
        return vec![too_many()];
    }
    let mut out = Vec::new();
    for (i, r) in config.options.iter().enumerate() {
        if config.options.iter().take(i).any(|o| o == r) {
            let shown = shown_id(r);
            let message = words::CHOSEN_TWICE.text(&[("option", &Text::same(shown))]);
            let group = r.split_once('/').map(|(g, _)| g.to_string());
            out.push(Violation { code: ViolationCode::Duplicate, option: Some(r.clone()), group, message });
            continue;
        }
        let Some((group, option)) = catalog.option(r) else {
            let shown = shown_id(r);
            let message = words::NO_OPTION.text(&[("option", &Text::same(shown))]);
            out.push(Violation { code: ViolationCode::UnknownOption, option: Some(r.clone()), group: None, message });
            continue;
        };
        if !option.offered_on(&trim.id) {
            let message = words::NOT_ON_TRIM.text(&[("trim", &trim.name), ("option", &option.name)]);
            let group = Some(group.id.clone());
            out.push(Violation { code: ViolationCode::NotOfferedOnTrim, option: Some(r.clone()), group, message });
        }
        out.extend(rule_violations(catalog, config, r, group, option));
    }
    out.extend(crowded_groups(catalog, config));
    out
}

/// The rules of one chosen option that the configuration breaks: a required option that is
/// missing, or an excluded one that is present.
fn rule_violations<'a>(
    catalog: &'a Catalog,
    config: &'a Configuration,
    reference: &'a str,
    group: &'a OptionGroup,
    option: &'a CarOption,
) -> impl Iterator<Item = Violation> + 'a {
    let missing =
        option.requires.iter().filter(|x| !config.options.contains(x)).map(|x| (ViolationCode::MissingRequirement, x));
    let excluded = option.excludes.iter().filter(|x| config.options.contains(x)).map(|x| (ViolationCode::Excluded, x));
    missing.chain(excluded).map(move |(code, other)| {
        let n = catalog.option(other).map(|(_, o)| o.name.clone()).unwrap_or_default();
        let words = if code == ViolationCode::Excluded { words::EXCLUDES } else { words::REQUIRES };
        let message = words.text(&[("option", &option.name), ("other", &n)]);
        Violation { code, option: Some(reference.to_string()), group: Some(group.id.clone()), message }
    })
}

/// One-option groups with more than one option chosen.
fn crowded_groups<'a>(catalog: &'a Catalog, config: &'a Configuration) -> impl Iterator<Item = Violation> + 'a {
    catalog.option_groups.iter().filter(|g| g.choice == Choice::One).filter_map(|g| {
        let mut chosen: Vec<&String> = config.options.iter().filter(|o| in_group(o, &g.id)).collect();
        chosen.dedup();
        (chosen.len() > 1).then(|| Violation {
            code: ViolationCode::TooManyInGroup,
            option: None,
            group: Some(g.id.clone()),
            // English names the group in the middle of a sentence.
            message: words::ONE_IN_GROUP
                .text(&[("group", &Text::new(g.name.zh.clone(), g.name.en.to_ascii_lowercase()))]),
        })
    })
}
