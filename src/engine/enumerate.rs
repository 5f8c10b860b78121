//! Every valid configuration of a trim: for exhaustive tests and the benchmark.

use super::configuration::{validate, Configuration};
use super::tables::{Catalog, Choice};

/// All valid configurations of `trim` in `catalog`: one option of each `one` group times every
/// subset of each `any` group, keeping those [`validate`] accepts.
///
/// The count is the product of group sizes (subsets for `any` groups), so this is meant for
/// catalogs of real size (hundreds of combinations), not for arbitrary input.
///
/// # Example
/// ```
/// use upgrade_configurator::bundled;
/// use upgrade_configurator::engine::{enumerate::configurations};
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
