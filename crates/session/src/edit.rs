//! The owner's edits as pure functions: each [`Edit`] changes a [`Draft`], and
//! [`Draft::apply`] settles the result against the tables and the last valid request, so the
//! page (and a property test) gets a draft that always resolves. The UI's reducer only
//! dispatches edits and stores what comes back.

use engine::configuration::{complete, in_group, Configuration};
use engine::tables::Tables;
use engine::text::Lang;

use crate::draft::{Draft, LoanDraft, Resolved};
use crate::papers::{Paper, PapersDraft};
use crate::screen::shown_new_configuration;

/// One change the owner (or a dealer widget's host) makes to the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Switch the display language.
    Lang(Lang),
    /// Pick another offer: the form starts from its defaults, keeping the locked order where
    /// the offer prices the same first car.
    Offer(String),
    /// Pick the locked order's trim.
    OldTrim(String),
    /// Choose an option of a one-option group of the old order (`None` clears it).
    ChooseOldOption {
        /// The group.
        group: String,
        /// The option (`group/option`), or `None`.
        option: Option<String>,
    },
    /// Add or remove an option of an any-number group of the old order.
    ToggleOldOption(String),
    /// Mark or unmark an old option as received free with the order (a benefit).
    ToggleGifted(String),
    /// Type the lock date.
    LockedOn(String),
    /// Type the amount paid.
    AmountPaid(String),
    /// Pick the new trim.
    NewTrim(String),
    /// Choose an option of a one-option group of the new car.
    ChooseNewOption {
        /// The group.
        group: String,
        /// The option (`group/option`), or `None`.
        option: Option<String>,
    },
    /// Add or remove an option of an any-number group of the new car.
    ToggleNewOption(String),
    /// Drop the owner's changes to the new car.
    FollowProposal,
    /// Pick the new car's price list.
    PriceList(String),
    /// Type the keep path's invoice date.
    KeepInvoice(String),
    /// Type the switch path's invoice date.
    SwitchInvoice(String),
    /// Price a loan with these terms, or none.
    Loan(Option<LoanDraft>),
    /// Add the market's on-road costs, or not.
    OnRoad(bool),
    /// The trade-in subsidy the owner qualifies for, by id; `None` for none.
    TradeIn(Option<String>),
    /// Check these papers after delivery (核对), or go back to the quote.
    Papers(Option<PapersDraft>),
    /// Type one paper (opening the check if it was closed): the others stay as they are now.
    Paper(Paper, String),
    /// Replace the whole draft (a dealer widget's `setConfig`), settled from its offer's
    /// defaults.
    Replace(Box<Draft>),
}

/// What the owner typed, kept to a length no date or amount needs: a pasted page stays out of
/// the saved state and the share link.
pub(crate) fn typed(text: String) -> String {
    text.chars().take(40).collect()
}

fn choose(options: &mut Vec<String>, group: &str, option: Option<String>) {
    options.retain(|o| !in_group(o, group));
    options.extend(option);
}

fn toggle(options: &mut Vec<String>, option: String) {
    if let Some(i) = options.iter().position(|o| *o == option) {
        options.remove(i);
    } else {
        options.push(option);
    }
}

impl Draft {
    /// The draft after `edit`, and what it resolves to against `current` (the draft's last
    /// resolution): every field that does not read keeps the last valid value, so the result
    /// always quotes. An offer the tables do not have leaves the draft as it is.
    #[must_use]
    pub fn apply(&self, tables: &Tables, current: &Resolved, edit: Edit) -> (Draft, Resolved) {
        let mut d = self.clone();
        match edit {
            Edit::Offer(offer) => {
                return match Draft::for_offer(tables, &offer, d.lang) {
                    // The papers are the owner's, whichever offer they look at.
                    Some(fresh) => Draft { papers: d.papers, ..self.same_order(tables, current, fresh) }
                        .settle_fresh(tables, current),
                    None => (self.clone(), current.clone()),
                };
            }
            Edit::Replace(draft) => return (*draft).settle_fresh(tables, current),
            Edit::OldTrim(_)
            | Edit::ChooseOldOption { .. }
            | Edit::ToggleOldOption(_)
            | Edit::ToggleGifted(_)
            | Edit::LockedOn(_)
            | Edit::AmountPaid(_) => d.edit_old_order(tables, edit),
            Edit::NewTrim(_) | Edit::ChooseNewOption { .. } | Edit::ToggleNewOption(_) => {
                d.new_configuration = self.edit_new_car(tables, current, edit);
            }
            Edit::Lang(lang) => d.lang = lang,
            Edit::FollowProposal => d.new_configuration = None,
            Edit::PriceList(id) => d.price_list = id,
            Edit::KeepInvoice(text) => d.keep_invoice = typed(text),
            Edit::SwitchInvoice(text) => d.switch_invoice = typed(text),
            Edit::Loan(loan) => d.loan = loan.map(|l| LoanDraft { rate_percent: typed(l.rate_percent), ..l }),
            Edit::OnRoad(on) => d.on_road = on,
            Edit::TradeIn(id) => d.trade_in = id,
            Edit::Papers(papers) => d.papers = papers.map(PapersDraft::typed),
            Edit::Paper(paper, text) => d.papers = Some(d.papers.take().unwrap_or_default().with(paper, typed(text))),
        }
        d.settle(tables, &current.request)
    }

    /// This draft settled from its offer's defaults (a new offer, a new draft), or against
    /// `current` when the tables lack the offer.
    fn settle_fresh(self, tables: &Tables, current: &Resolved) -> (Draft, Resolved) {
        let start = self.starting_request(tables).unwrap_or_else(|| current.request.clone());
        self.settle(tables, &start)
    }

    /// An edit of the locked order. A changed old configuration changes the proposal, so the
    /// owner's edits of the new car go; a benefit belongs to an option the order has.
    fn edit_old_order(&mut self, tables: &Tables, edit: Edit) {
        let changes_proposal = !matches!(edit, Edit::LockedOn(_) | Edit::AmountPaid(_) | Edit::ToggleGifted(_));
        match edit {
            Edit::OldTrim(trim) => self.set_old_trim(tables, trim),
            Edit::ChooseOldOption { group, option } => choose(&mut self.old_options, &group, option),
            Edit::ToggleOldOption(option) => toggle(&mut self.old_options, option),
            Edit::ToggleGifted(option) => toggle(&mut self.gifted_options, option),
            Edit::LockedOn(text) => self.locked_on = typed(text),
            Edit::AmountPaid(text) => self.amount_paid = typed(text),
            _ => return,
        }
        if changes_proposal {
            self.new_configuration = None;
        }
        let options = self.old_options.clone();
        self.gifted_options.retain(|g| options.contains(g));
    }

    /// The old trim changed: a deposit the owner did not edit follows the trim (Ultra and
    /// Founder's Edition orders paid ¥20,000), and options the trim does not offer go.
    fn set_old_trim(&mut self, tables: &Tables, trim: String) {
        if let Some((_, from, _)) = tables.offer_catalogs(&self.offer) {
            let old_deposit = from.trim(&self.old_trim).map(|t| from.deposit_for(t).value.to_string());
            if let Some(t) = from.trim(&trim) {
                if old_deposit.as_deref() == Some(self.amount_paid.as_str()) {
                    self.amount_paid = from.deposit_for(t).value.to_string();
                }
                self.old_options.retain(|o| from.option(o).is_some_and(|(_, x)| x.offered_on(&t.id)));
            }
        }
        self.old_trim = trim;
    }

    /// An edit of the new car, applied to what the form shows (the owner's configuration,
    /// else the proposal).
    fn edit_new_car(&self, tables: &Tables, current: &Resolved, edit: Edit) -> Option<Configuration> {
        let shown = shown_new_configuration(tables, self, &current.request);
        match edit {
            Edit::NewTrim(trim) => Some(self.retrimmed(tables, shown, trim)),
            Edit::ChooseNewOption { group, option } => shown.map(|mut c| {
                choose(&mut c.options, &group, option);
                c
            }),
            Edit::ToggleNewOption(option) => shown.map(|mut c| {
                toggle(&mut c.options, option);
                c
            }),
            _ => None,
        }
    }

    /// `shown` moved to `trim`: options the trim does not offer are dropped, defaults filled.
    fn retrimmed(&self, tables: &Tables, shown: Option<Configuration>, trim: String) -> Configuration {
        let mut options = shown.map(|c| c.options).unwrap_or_default();
        let Some((_, _, Some(to))) = tables.offer_catalogs(&self.offer) else {
            return Configuration { trim, options };
        };
        options.retain(|o| to.option(o).is_some_and(|(_, x)| x.offered_on(&trim)));
        complete(to, &Configuration { trim, options })
    }

    /// `fresh` (another offer's defaults) keeping this draft's order where that offer takes the
    /// same catalog: it is the same locked order, priced against another new car.
    fn same_order(&self, tables: &Tables, current: &Resolved, mut fresh: Draft) -> Draft {
        let catalog = |id: &str| tables.offer(id).map(|o| o.from_catalog.clone());
        if catalog(&fresh.offer).is_some() && catalog(&fresh.offer) == catalog(&self.offer) {
            // What is quoted, not what is typed: a mistyped amount must not become the default.
            let d = self.for_share(current);
            fresh.old_trim = d.old_trim;
            fresh.old_options = d.old_options;
            fresh.gifted_options = d.gifted_options;
            fresh.locked_on = d.locked_on;
            fresh.amount_paid = d.amount_paid;
        }
        fresh
    }
}
