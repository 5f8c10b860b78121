//! Every valid configuration of a trim: for exhaustive tests and the benchmark.

use super::configuration::{validate, Configuration};
use super::date::Date;
use super::quote::{OldOrder, QuoteRequest};
use super::tables::{Catalog, Choice, Tables};

/// All valid configurations of `trim` in `catalog`: one option of each `one` group times every
/// subset of each `any` group, keeping those [`validate`] accepts.
///
/// The count is the product of group sizes (subsets for `any` groups), so this is meant for
/// catalogs of real size (hundreds of combinations), not for arbitrary input.
///
/// # Example
/// ```
/// use engine::{enumerate::configurations};
/// let tables = bundled::tables().unwrap();
/// let all = configurations(tables.catalog("su7-gen2").unwrap(), "max");
/// assert!(!all.is_empty());
/// ```
#[must_use]
pub fn configurations(catalog: &Catalog, trim: &str) -> Vec<Configuration> {
    let mut partials: Vec<Vec<String>> = vec![Vec::new()];
    for g in &catalog.option_groups {
        let offered: Vec<String> =
            g.options.iter().filter(|o| o.offered_on(trim)).map(|o| format!("{}/{}", g.id, o.id)).collect();
        let choices: Vec<Vec<String>> = match g.choice {
            Choice::One => offered.into_iter().map(|o| vec![o]).collect(),
            Choice::Any => (0u32..(1u32 << offered.len().min(16)))
                .map(|mask| {
                    offered.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, o)| o.clone()).collect()
                })
                .collect(),
        };
        partials =
            partials.iter().flat_map(|p| choices.iter().map(move |c| p.iter().chain(c).cloned().collect())).collect();
    }
    partials
        .into_iter()
        .map(|options| Configuration { trim: trim.to_string(), options })
        .filter(|c| validate(catalog, c).is_empty())
        .collect()
}

/// Dates every enumerated request uses.
#[derive(Clone, Copy, Debug)]
pub struct RequestDates {
    /// The old order's lock date.
    pub locked_on: Date,
    /// Invoice date if the order is kept.
    pub keep_invoice: Date,
    /// Invoice date if the owner switches.
    pub switch_invoice: Date,
}

/// Every request the tables allow, for exhaustive tests and the benchmark: for each offer,
/// every valid old configuration of every old trim on every new price list (new car = the
/// proposal), then every valid new configuration of every new trim (old order = the first
/// trim that has a successor, no options). Amounts paid are the catalogs' deposits.
#[must_use]
pub fn requests(tables: &Tables, dates: RequestDates) -> Vec<QuoteRequest> {
    let request = |offer: &str, trim: &str, options: Vec<String>, paid, new, list: Option<String>| QuoteRequest {
        offer: offer.to_string(),
        old_order: OldOrder {
            trim: trim.to_string(),
            options,
            locked_on: dates.locked_on,
            amount_paid: paid,
            gifted: Vec::new(),
        },
        new_configuration: new,
        price_list: list,
        keep_invoice_date: dates.keep_invoice,
        switch_invoice_date: dates.switch_invoice,
        loan: None,
        on_road: None,
    };
    let mut out = Vec::new();
    for offer in &tables.offers {
        let Some((_, from, to)) = tables.offer_catalogs(&offer.id) else { continue };
        // A guarantee-only offer quotes each old configuration once, with no new price list.
        let lists: Vec<Option<String>> =
            to.map_or_else(|| vec![None], |to| to.price_lists.iter().map(|l| Some(l.id.clone())).collect());
        for trim in &from.trims {
            let paid = from.deposit_for(trim).value;
            for old in configurations(from, &trim.id) {
                for list in &lists {
                    out.push(request(&offer.id, &old.trim, old.options.clone(), paid, None, list.clone()));
                }
            }
        }
        let Some(to) = to else { continue };
        let Some(old_trim) = from.trims.iter().find(|t| offer.successor(&t.id).is_some()) else {
            continue;
        };
        for trim in &to.trims {
            for new in configurations(to, &trim.id) {
                out.push(request(
                    &offer.id,
                    &old_trim.id,
                    Vec::new(),
                    from.deposit_for(old_trim).value,
                    Some(new),
                    None,
                ));
            }
        }
    }
    out
}
