//! A paid option of the old order that the new car does not carry (a discontinued colour): the
//! owner is asked what replaces it, an option of the same price or a free one, and is shown the
//! answer for each. The new car is never given a free default silently.

use engine::configuration::Configuration;
use engine::money::Money;
use engine::quote::{quote, GivenUpOption, Quote, QuoteRequest};
use engine::tables::{Catalog, Choice, OptionGroup, Tables};
use engine::text::Text;

/// One option that could replace a given-up one, with the answer if it does.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplacementChoice {
    /// The option (`group/option`).
    pub option: String,
    /// Its name.
    pub name: Text,
    /// Its price on the new car.
    pub price: Money,
    /// The decision number with it on the new car.
    pub extra_cash: Money,
    /// True when the new car shown has it.
    pub chosen: bool,
}

/// A given-up paid option and what could replace it.
#[derive(Clone, Debug, PartialEq)]
pub struct Replacement {
    /// The old order's option the new car does not carry.
    pub given_up: GivenUpOption,
    /// The new car's option group it belonged to.
    pub group: String,
    /// The paid option nearest in price (the same price where there is one), then a free one.
    pub choices: Vec<ReplacementChoice>,
}

/// The replacements to ask about for `q`, quoted for `request` with the new car `shown`.
#[must_use]
pub fn replacements(tables: &Tables, request: &QuoteRequest, shown: &Configuration, q: &Quote) -> Vec<Replacement> {
    let Some((_, _, Some(to))) = tables.offer_catalogs(&request.offer) else { return Vec::new() };
    q.options_given_up.iter().filter_map(|g| replacement(tables, to, request, shown, g)).collect()
}

fn replacement(
    tables: &Tables,
    to: &Catalog,
    request: &QuoteRequest,
    shown: &Configuration,
    given_up: &GivenUpOption,
) -> Option<Replacement> {
    let (group_id, _) = given_up.id.split_once('/')?;
    let group = to.group(group_id).filter(|g| g.choice == Choice::One)?;
    let choices: Vec<ReplacementChoice> = candidates(group, &shown.trim, given_up.price)
        .into_iter()
        .filter_map(|(id, name, price)| {
            let option = format!("{group_id}/{id}");
            let mut config = shown.clone();
            config.options.retain(|o| !o.starts_with(&format!("{group_id}/")));
            config.options.push(option.clone());
            let chosen = shown.options.contains(&option);
            let with = QuoteRequest { new_configuration: Some(config), ..request.clone() };
            let extra_cash = quote(tables, &with).ok()?.extra_cash_to_switch?;
            Some(ReplacementChoice { option, name, price, extra_cash, chosen })
        })
        .collect();
    (choices.len() > 1).then(|| Replacement { given_up: given_up.clone(), group: group_id.to_string(), choices })
}

/// The group's options on `trim` worth offering: the paid one nearest `price` (the higher of
/// two as near), then the first free one.
fn candidates(group: &OptionGroup, trim: &str, price: Money) -> Vec<(String, Text, Money)> {
    let offered: Vec<(String, Text, Money)> = group
        .options
        .iter()
        .filter(|o| o.trims.as_ref().is_none_or(|t| t.iter().any(|x| x == trim)))
        .map(|o| {
            let p = if o.standard_on.iter().any(|x| x == trim) { Money::ZERO } else { o.price.value };
            (o.id.clone(), o.name.clone(), p)
        })
        .collect();
    let distance = |p: Money| p.checked_sub(price).map(Money::abs).unwrap_or(p);
    let same =
        offered.iter().filter(|(_, _, p)| !p.is_zero()).min_by_key(|(_, _, p)| (distance(*p), std::cmp::Reverse(*p)));
    let free = offered.iter().find(|(_, _, p)| p.is_zero());
    same.into_iter().chain(free).cloned().collect()
}
