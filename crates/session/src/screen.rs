//! Everything the owner's screen shows, derived in one step from the tables and the session.
//! The app memoises one [`Screen`]; its components only read it, so the proposal, the
//! succession and the quote are each computed once per change, from one source of truth.

use super::{Draft, Field, FieldError, PapersCheck, Resolved};
use crate::papers::Quoted;
use crate::replacement::{replacements, Replacement};
use crate::words;
use engine::configuration::{complete, Configuration};
use engine::date::Date;
use engine::date::Moment;
use engine::error::EngineError;
use engine::figure::Provenance;
use engine::proposal::{propose, Proposal};
use engine::provenance::cite;
use engine::quote::{quote, Quote, QuoteRequest};
use engine::succession::{succession, Succession};
use engine::tables::Tables;
use engine::tax::what_if_invoice_dates;
use engine::text::{Lang, Text};
use engine::timeline::{closed_by, earliest_invoices, lock_after_cutoff, RequestDate};

/// The screen's content for one state of the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen {
    /// Display language.
    pub lang: Lang,
    /// The request quoted: the draft where valid, the last valid value elsewhere.
    pub request: QuoteRequest,
    /// One entry per input problem, each shown next to its control.
    pub problems: Vec<FieldError>,
    /// Both paths and the decision, or why they could not be computed.
    pub quote: Result<Quote, EngineError>,
    /// The proposed new car, item by item.
    pub proposal: Result<Proposal, EngineError>,
    /// The successor trim on each price list.
    pub succession: Result<Succession, EngineError>,
    /// The old order's options as the form shows them: the owner's, completed with defaults.
    pub old_options: Vec<String>,
    /// The new car as the form shows it (the owner's edit, else the proposal), completed with
    /// defaults; `None` when the offer has no successor.
    pub new_configuration: Option<Configuration>,
    /// True when the owner changed the proposal.
    pub customised: bool,
    /// Keep-path invoice dates offered as one-tap presets: only dates the offer allows.
    pub keep_presets: Vec<Date>,
    /// Switch-path invoice dates offered as one-tap presets: only dates the offer allows.
    pub switch_presets: Vec<Date>,
    /// While the owner has not given a lock date: the other side of the guarantee's cut-off —
    /// the first lock date after it and the quote for it. [`Screen::quote`] is then the quote
    /// for a lock on or before the cut-off ([`Screen::assumed_lock`]).
    pub locked_later: Option<(Date, Result<Quote, EngineError>)>,
    /// The lock date the quote assumes while the owner has not given one.
    pub assumed_lock: Option<Date>,
    /// When the offer's window closed, if it had by the day the screen is seen
    /// ([`Screen::seen_on`]), with its provenance: the quote is then a review of history.
    pub offer_closed: Option<(Moment, Provenance)>,
    /// The day the screen is seen, once known.
    pub today: Option<Date>,
    /// Paid options of the old order the new car does not carry, each with what could replace
    /// it and the answer for each: asked, never decided silently.
    pub replacements: Vec<Replacement>,
    /// Why the lock date cannot be, when the day seen shows it ([`Screen::seen_on`]): a lock
    /// date after today. Said under the field; the quote's own date conflicts are beside it.
    pub lock_note: Option<Text>,
    /// The share link's fragment for what is shown (its last valid input): copied and shared;
    /// in its compact form ([`super::compact_link`]) the QR code printed and on the poster.
    pub share_fragment: String,
    /// After delivery, the owner's papers checked against the tables (核对); `None` while the
    /// owner quotes.
    pub papers: Option<PapersCheck>,
}

impl Screen {
    /// The problems of one control.
    pub fn problems_for(&self, field: Field) -> impl Iterator<Item = &FieldError> {
        let papers = self.papers.iter().flat_map(|p| &p.problems);
        self.problems.iter().chain(papers).filter(move |p| p.field == field)
    }

    /// The screen as seen on `today`: a closed offer is marked as history.
    #[must_use]
    pub fn seen_on(mut self, tables: &Tables, today: Date) -> Screen {
        self.today = Some(today);
        let offer = tables.offer(&self.request.offer);
        self.offer_closed =
            offer.and_then(|o| Some((o, closed_by(o, today)?))).map(|(o, f)| (f.value, cite(&o.sources, f)));
        let locked = self.request.old_order.locked_on;
        // Only a date the owner gave: the one assumed while the field is empty is not theirs.
        self.lock_note = (self.assumed_lock.is_none() && locked > today)
            .then(|| words::LOCKED_AFTER_TODAY.text(&[("locked", &Text::day(locked)), ("today", &Text::day(today))]));
        self
    }

    /// True when the control has a problem.
    #[must_use]
    pub fn has_problem(&self, field: Field) -> bool {
        self.problems_for(field).next().is_some()
    }

    /// True when the quote finds this date of the request impossible.
    #[must_use]
    pub fn date_conflict(&self, which: RequestDate) -> bool {
        self.quote.as_ref().is_ok_and(|q| q.date_conflicts.iter().any(|c| c.date == which))
    }
}

/// The presets on or after `earliest`; a year whose preset is too early offers `earliest`.
fn feasible(presets: &[Date], earliest: Option<Date>) -> Vec<Date> {
    let Some(earliest) = earliest else { return presets.to_vec() };
    presets
        .iter()
        .filter_map(|&d| match d {
            d if d >= earliest => Some(d),
            d if d.year() == earliest.year() => Some(earliest),
            _ => None,
        })
        .collect()
}

/// The new car the form shows: the owner's edit, else the proposal, completed with defaults;
/// `None` when the offer has no successor (whatever the draft holds).
fn shown(tables: &Tables, draft: &Draft, offer: &str, proposal: Option<&Proposal>) -> Option<Configuration> {
    let proposed = proposal.and_then(|p| p.configuration.as_ref())?;
    match (&draft.new_configuration, tables.offer_catalogs(offer)) {
        (Some(edited), Some((_, _, Some(to)))) => Some(complete(to, edited)),
        _ => Some(proposed.clone()),
    }
}

/// The new car the form shows for `draft` resolved as `request`, without the rest of the screen
/// (for [`Draft::apply`](crate::Draft::apply)'s edits of the new car).
#[must_use]
pub fn shown_new_configuration(tables: &Tables, draft: &Draft, request: &QuoteRequest) -> Option<Configuration> {
    let old = request.old_configuration();
    shown(tables, draft, &request.offer, propose(tables, &request.offer, &old).ok().as_ref())
}

/// Derives the screen from the tables, the draft and its resolution.
///
/// # Example
/// ```
/// use engine::text::{Lang, Text};
/// use session::{screen, Draft};
/// let tables = bundled::tables().unwrap();
/// let draft = Draft::for_offer(&tables, "su7-gen1-to-gen2-2026", Lang::Zh).unwrap();
/// let resolved = draft.resolve(&tables, &draft.starting_request(&tables).unwrap());
/// let s = screen(&tables, &draft, &resolved);
/// assert_eq!(s.quote.unwrap().extra_cash_to_switch.unwrap().to_string(), "4000.00");
/// ```
#[must_use]
pub fn screen(tables: &Tables, draft: &Draft, resolved: &Resolved) -> Screen {
    let request = &resolved.request;
    let old = request.old_configuration();
    let proposal = propose(tables, &request.offer, &old);
    let catalogs = tables.offer_catalogs(&request.offer);
    let old_options = catalogs
        .map(|(_, from, _)| {
            complete(from, &Configuration { trim: old.trim.clone(), options: draft.old_options.clone() }).options
        })
        .unwrap_or_default();
    let new_configuration = shown(tables, draft, &request.offer, proposal.as_ref().ok());
    let policy = catalogs.and_then(|(_, from, to)| tables.tax_policy(&to.unwrap_or(from).market));
    let offer = tables.offer(&request.offer);
    let all_presets = policy.map(what_if_invoice_dates).unwrap_or_default();
    let (keep_earliest, switch_earliest) = offer.map(|o| earliest_invoices(o, request.old_order.locked_on)).unzip();
    let guarantee = offer.and_then(|o| o.guarantee.as_deref()).and_then(|g| tables.guarantee(g));
    let locked_later =
        offer.filter(|_| !resolved.lock_given).and_then(|o| lock_after_cutoff(o, guarantee)).map(|later| {
            let mut r = request.clone();
            r.old_order.locked_on = later;
            (later, quote(tables, &r))
        });
    let quote = quote(tables, request);
    let quoted = Quoted {
        request,
        lock_given: resolved.lock_given,
        original_total: quote.as_ref().ok().map(|q| q.keep.list_total.amount),
        can_switch: quote.as_ref().is_ok_and(|q| q.switch.is_some()),
    };
    let replacements = match (&quote, &new_configuration) {
        (Ok(q), Some(shown)) => replacements(tables, request, shown, q),
        _ => Vec::new(),
    };
    Screen {
        lang: draft.lang,
        quote,
        replacements,
        succession: succession(tables, &request.offer, &request.old_order.trim),
        proposal,
        old_options,
        new_configuration,
        customised: draft.new_configuration.is_some(),
        keep_presets: feasible(&all_presets, keep_earliest),
        switch_presets: feasible(&all_presets, switch_earliest),
        locked_later,
        assumed_lock: (!resolved.lock_given).then_some(request.old_order.locked_on),
        offer_closed: None,
        today: None,
        lock_note: None,
        problems: resolved.errors.clone(),
        request: request.clone(),
        share_fragment: super::encode_link(&draft.for_share(resolved)),
        papers: draft.papers.as_ref().map(|p| p.check(tables, &quoted)),
    }
}
