//! Which new trim follows an old one under an offer, and what it costs on each price list.

use serde::Serialize;

use super::date::Date;
use super::error::EngineError;
use super::figure::Provenance;
use super::money::Money;
use super::provenance::cite;
use super::tables::{Tables, TrimReason};
use super::text::Text;

/// An old trim and the new trim the offer maps it to, priced on every new price list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Succession {
    /// The old trim's name.
    pub old_trim: Text,
    /// The old trim's list price on its newest price list.
    pub old_price: Money,
    /// Where the old price comes from.
    pub old_price_source: Provenance,
    /// Why the new trim was chosen (or why there is none).
    pub reason: TrimReason,
    /// Where the mapping comes from; `None` for a guarantee-only offer, which maps nothing.
    pub reason_source: Option<Provenance>,
    /// The new trim and its prices; `None` when the offer has no successor.
    pub new_trim: Option<NewTrim>,
}

/// The successor trim, priced on each of its catalog's price lists.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewTrim {
    /// Trim id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// One entry per price list, oldest first.
    pub prices: Vec<ListedPrice>,
}

/// A new trim's price on one price list, and its difference to the old trim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ListedPrice {
    /// Price-list id.
    pub price_list: String,
    /// Price-list name.
    pub name: Text,
    /// Price-list date.
    pub date: Date,
    /// The new trim's price on it.
    pub price: Money,
    /// Where it comes from.
    pub source: Provenance,
    /// New price minus the old price (差价); negative when the new car is cheaper.
    pub difference: Money,
}

/// The successor of `old_trim` under offer `offer_id`.
///
/// # Errors
/// [`EngineError::UnknownOffer`] or [`EngineError::UnknownTrim`] for ids the tables lack.
///
/// # Example
/// ```
/// use engine::{succession::succession};
/// let tables = bundled::tables().unwrap();
/// let s = succession(&tables, "su7-gen1-to-gen2-2026", "pro").unwrap();
/// let last = s.new_trim.unwrap().prices.pop().unwrap();
/// assert_eq!(last.difference.to_string(), "4000.00");
/// ```
pub fn succession(tables: &Tables, offer_id: &str, old_trim: &str) -> Result<Succession, EngineError> {
    let (offer, from, to) = super::proposal::offer_catalogs(tables, offer_id)?;
    let unknown_trim = || EngineError::UnknownTrim { path: "old_order.trim".into(), id: old_trim.into() };
    let trim = from.trim(old_trim).ok_or_else(unknown_trim)?;
    let (mapping, new_trim) = super::proposal::successor(offer, to, old_trim)?;
    let old_list = from.latest_price_list().ok_or_else(unknown_trim)?;
    let old = trim.prices.get(&old_list.id).ok_or_else(unknown_trim)?;

    let new_trim = match to.zip(new_trim) {
        None => None,
        Some((to, t)) => {
            let mut prices = Vec::with_capacity(to.price_lists.len());
            let mut lists: Vec<_> = to.price_lists.iter().collect();
            lists.sort_by_key(|l| l.date);
            for list in lists {
                let price = t.prices.get(&list.id).ok_or_else(unknown_trim)?;
                prices.push(ListedPrice {
                    price_list: list.id.clone(),
                    name: list.name.clone(),
                    date: list.date,
                    price: price.value,
                    source: cite(&to.sources, price),
                    difference: price
                        .value
                        .checked_sub(old.value)
                        .ok_or(EngineError::Overflow { path: "old_order.trim".into() })?,
                });
            }
            Some(NewTrim { id: t.id.clone(), name: t.name.clone(), prices })
        }
    };
    Ok(Succession {
        old_trim: trim.name.clone(),
        old_price: old.value,
        old_price_source: cite(&from.sources, old),
        reason: mapping.map_or(TrimReason::NoSuccessor, |m| m.reason),
        reason_source: mapping.map(|m| m.cite(&offer.sources)),
        new_trim,
    })
}
