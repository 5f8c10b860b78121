//! The proposed new configuration for a locked order under an offer, item by item, each with
//! the reason it maps where it does.

use serde::{Deserialize, Serialize};

use super::configuration::{complete, default_option, in_group, Configuration};
use super::error::EngineError;
use super::figure::Provenance;
use super::tables::{
    CarOption, Catalog, Choice, Offer, OptionGroup, OptionMapping, OptionReason, Tables, Trim, TrimMapping, TrimReason,
};
use super::text::Text;

/// Why a proposed item is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemReason {
    /// The same option exists on the new car.
    CarriedOver,
    /// The new trim has it as standard equipment.
    NowStandard,
    /// The option ended; the nearest choice is proposed.
    DiscontinuedNearest,
    /// The option ended; nothing replaces it.
    Discontinued,
    /// The new car has no equivalent.
    NoEquivalent,
    /// Nothing of the old order maps into this group; the group's default is proposed.
    Default,
}

impl From<OptionReason> for ItemReason {
    fn from(r: OptionReason) -> ItemReason {
        match r {
            OptionReason::CarriedOver => ItemReason::CarriedOver,
            OptionReason::NowStandard => ItemReason::NowStandard,
            OptionReason::DiscontinuedNearest => ItemReason::DiscontinuedNearest,
            OptionReason::Discontinued => ItemReason::Discontinued,
            OptionReason::NoEquivalent => ItemReason::NoEquivalent,
        }
    }
}

/// The trim part of a proposal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposedTrim {
    /// The old trim id.
    pub from: String,
    /// The old trim's name.
    pub from_name: Text,
    /// The new trim id, or `None` when the offer has no successor.
    pub to: Option<String>,
    /// The new trim's name.
    pub to_name: Option<Text>,
    /// Why.
    pub reason: TrimReason,
    /// Where the mapping comes from; `None` for a guarantee-only offer, which maps nothing.
    pub provenance: Option<Provenance>,
}

/// One item of a proposal: an old option and what it becomes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposedItem {
    /// The new catalog's group (or the old one's when nothing replaces the option).
    pub group: String,
    /// The group's name.
    pub group_name: Text,
    /// The old option (`group/option`), if any.
    pub from: Option<String>,
    /// The old option's name.
    pub from_name: Option<Text>,
    /// The proposed new option (`group/option`), if any.
    pub to: Option<String>,
    /// The proposed option's name.
    pub to_name: Option<Text>,
    /// Why.
    pub reason: ItemReason,
    /// Where an explicit mapping comes from; `None` for the engine's rule (same id, default).
    pub provenance: Option<Provenance>,
}

/// The proposed new configuration for a locked order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// The trim mapping.
    pub trim: ProposedTrim,
    /// One item per old option, then one per new group filled with its default.
    pub items: Vec<ProposedItem>,
    /// The configuration to quote, or `None` when there is no successor.
    pub configuration: Option<Configuration>,
}

pub(crate) fn offer_catalogs<'a>(
    tables: &'a Tables,
    offer_id: &str,
) -> Result<(&'a Offer, &'a Catalog, Option<&'a Catalog>), EngineError> {
    tables
        .offer_catalogs(offer_id)
        .ok_or_else(|| EngineError::UnknownOffer { path: "offer".into(), id: offer_id.into() })
}

/// An old trim's row of the offer's trim map and the new trim it names: `(None, None)` for an
/// offer without a switch, `(row, None)` for a trim mapped to no successor.
///
/// # Errors
/// [`EngineError::UnknownTrim`] for a trim a switch's map lacks (load-time validation maps every
/// trim of the old catalog, so one the catalog lacks).
pub(crate) fn successor<'a>(
    offer: &'a Offer,
    to: Option<&'a Catalog>,
    old_trim: &str,
) -> Result<(Option<&'a TrimMapping>, Option<&'a Trim>), EngineError> {
    let mapping = offer.trim_mapping(old_trim);
    if to.is_some() && mapping.is_none() {
        return Err(EngineError::UnknownTrim { path: "old_order.trim".into(), id: old_trim.into() });
    }
    let new_trim = to.zip(mapping.and_then(|m| m.to.as_deref())).and_then(|(to, id)| to.trim(id));
    Ok((mapping, new_trim))
}

/// One mapped item, borrowed from the tables: what [`propose`] decorates with names and
/// provenance, and what [`proposed_configuration`] only collects.
struct Step<'a> {
    from: Option<&'a str>,
    old_group: Option<&'a OptionGroup>,
    to: Option<String>,
    group: Option<&'a OptionGroup>,
    reason: ItemReason,
    mapping: Option<&'a OptionMapping>,
    default: Option<&'a CarOption>,
}

/// Where one old option goes on `new_trim`, and why: the offer's mapping if it has one, else the
/// same option if the new catalog offers it.
fn target_of<'a>(
    mapping: Option<&'a OptionMapping>,
    to: &Catalog,
    new_trim: &str,
    r: &'a str,
) -> (Option<&'a str>, ItemReason) {
    match mapping {
        Some(m) => match &m.to {
            Some(t) if to.option(t).is_some_and(|(_, o)| o.offered_on(new_trim)) => (Some(t.as_str()), m.reason.into()),
            Some(_) => (None, ItemReason::NoEquivalent),
            None => (None, m.reason.into()),
        },
        None => match to.option(r) {
            Some((_, o)) if o.standard_on(new_trim) => (Some(r), ItemReason::NowStandard),
            Some((_, o)) if o.offered_on(new_trim) => (Some(r), ItemReason::CarriedOver),
            _ => (None, ItemReason::NoEquivalent),
        },
    }
}

/// The default of every one-option group that no mapped option filled.
fn default_steps<'a>(to: &'a Catalog, new_trim: &str, steps: &[Step<'a>]) -> Vec<Step<'a>> {
    let filled = |g: &OptionGroup| steps.iter().filter_map(|s| s.to.as_deref()).any(|c| in_group(c, &g.id));
    to.option_groups
        .iter()
        .filter(|g| g.choice == Choice::One && !filled(g))
        .filter_map(|g| {
            let d = default_option(g, new_trim)?;
            Some(Step {
                from: None,
                old_group: None,
                to: Some(format!("{}/{}", g.id, d.id)),
                group: Some(g),
                reason: ItemReason::Default,
                mapping: None,
                default: Some(d),
            })
        })
        .collect()
}

/// The mapping rules, applied to a completed old configuration for `new_trim`.
fn plan<'a>(
    offer: &'a Offer,
    from: &'a Catalog,
    to: &'a Catalog,
    new_trim: &str,
    old: &'a Configuration,
) -> Result<Vec<Step<'a>>, EngineError> {
    let mut steps: Vec<Step<'a>> = Vec::with_capacity(old.options.len() + to.option_groups.len());
    let taken = |steps: &[Step<'_>], t: &str, group: Option<&OptionGroup>| {
        steps
            .iter()
            .filter_map(|s| s.to.as_deref())
            .any(|c| c == t || group.is_some_and(|g| g.choice == Choice::One && in_group(c, &g.id)))
    };
    for r in &old.options {
        let Some((old_group, _)) = from.option(r) else {
            return Err(EngineError::UnknownOption { path: "old_order.options".into(), id: r.clone() });
        };
        let mapping = offer.option_mapping(r);
        let (target, reason) = target_of(mapping, to, new_trim, r);
        let group = target.and_then(|t| to.option(t)).map(|(g, _)| g);
        // A `one` group takes the first old option that maps into it; later ones have no slot.
        let target = target.filter(|t| !taken(&steps, t, group));
        let reason = if target.is_none() && matches!(reason, ItemReason::CarriedOver | ItemReason::NowStandard) {
            ItemReason::NoEquivalent
        } else {
            reason
        };
        steps.push(Step {
            from: Some(r),
            old_group: Some(old_group),
            to: target.map(str::to_string),
            group,
            reason,
            mapping,
            default: None,
        });
    }
    let defaults = default_steps(to, new_trim, &steps);
    steps.extend(defaults);
    Ok(steps)
}

/// Just the proposed configuration (no names or provenance), for quoting.
///
/// # Errors
/// As [`propose`].
pub(crate) fn proposed_configuration(
    offer: &Offer,
    from: &Catalog,
    to: Option<&Catalog>,
    old: &Configuration,
) -> Result<Option<Configuration>, EngineError> {
    let (_, new_trim) = successor(offer, to, &old.trim)?;
    let (Some(to), Some(new_trim)) = (to, new_trim) else { return Ok(None) };
    let steps = plan(offer, from, to, &new_trim.id, old)?;
    Ok(Some(Configuration { trim: new_trim.id.clone(), options: steps.into_iter().filter_map(|s| s.to).collect() }))
}

/// Proposes the new configuration for a locked order `old` (trim and options in the offer's
/// `from` catalog).
///
/// Rules, in order: the offer's trim map picks the trim; each old option follows the offer's
/// option map, else carries over when the new catalog has the same `group/option` on the new
/// trim (as standard equipment if it is standard there), else has no equivalent; every `one`
/// group still empty gets its default.
///
/// # Errors
/// [`EngineError::UnknownOffer`], [`EngineError::UnknownTrim`] for ids the tables lack.
///
/// # Example
/// ```
/// use engine::{configuration::Configuration, proposal::{propose, ItemReason}};
/// let tables = bundled::tables().unwrap();
/// let old = Configuration { trim: "pro".into(), options: vec!["paint/lava-orange".into()] };
/// let p = propose(&tables, "su7-gen1-to-gen2-2026", &old).unwrap();
/// assert_eq!(p.trim.to.as_deref(), Some("pro"));
/// assert_eq!(p.items[0].reason, ItemReason::Discontinued);
/// ```
pub fn propose(tables: &Tables, offer_id: &str, old: &Configuration) -> Result<Proposal, EngineError> {
    let (offer, from, to) = offer_catalogs(tables, offer_id)?;
    let old_trim = from
        .trim(&old.trim)
        .ok_or_else(|| EngineError::UnknownTrim { path: "old_order.trim".into(), id: old.trim.clone() })?;
    let (mapping, new_trim) = successor(offer, to, &old.trim)?;
    let new_trim = to.zip(new_trim);
    let trim = ProposedTrim {
        from: old_trim.id.clone(),
        from_name: old_trim.name.clone(),
        to: new_trim.map(|(_, t)| t.id.clone()),
        to_name: new_trim.map(|(_, t)| t.name.clone()),
        reason: mapping.map_or(TrimReason::NoSuccessor, |m| m.reason),
        provenance: mapping.map(|m| m.cite(&offer.sources)),
    };
    let Some((to, new_trim)) = new_trim else {
        return Ok(Proposal { trim, items: Vec::new(), configuration: None });
    };

    let old = complete(from, old);
    let steps = plan(offer, from, to, &new_trim.id, &old)?;
    let name_in = |cat: &Catalog, r: &str| cat.option(r).map(|(_, o)| o.name.clone());
    let mut options = Vec::with_capacity(steps.len());
    let mut items = Vec::with_capacity(steps.len());
    for st in steps {
        let group = st.group.or(st.old_group);
        items.push(ProposedItem {
            group: group.map(|g| g.id.clone()).unwrap_or_default(),
            group_name: group.map(|g| g.name.clone()).unwrap_or_default(),
            from: st.from.map(str::to_string),
            from_name: st.from.and_then(|r| name_in(from, r)),
            to_name: st.default.map(|d| d.name.clone()).or_else(|| st.to.as_deref().and_then(|t| name_in(to, t))),
            to: st.to.clone(),
            reason: st.reason,
            provenance: st.mapping.map(|m| m.cite(&offer.sources)),
        });
        options.extend(st.to);
    }
    Ok(Proposal { trim, items, configuration: Some(Configuration { trim: new_trim.id.clone(), options }) })
}
