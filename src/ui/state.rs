//! The app's one reducer: the owner's draft, the last valid request derived from it, and what
//! the page knows about saved state, share links and the dealer table. Figures are never
//! stored here: the screen is derived from the session by [`session::screen`].

use std::rc::Rc;

use yew::prelude::*;

use super::shared::Shared;
use engine::configuration::{complete, in_group, Configuration};
use engine::dealer::{Dealer, DealerError};
use engine::tables::Tables;
use engine::text::Lang;
use session::{Draft, LinkError, LoanDraft, Resolved, Restored, Storage};

/// The dealer table of an embedded widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DealerState {
    /// No dealer table given.
    None,
    /// Being fetched.
    Loading,
    /// Checked and ready.
    Ready(Box<Dealer>),
    /// Could not be used; the widget works on with the manufacturer's data.
    Failed(DealerProblem),
}

/// Why a dealer table could not be used; worded in the reader's language by the dealer block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DealerProblem {
    /// Neither JSON text nor an object (a number, `undefined`, a BigInt…); malformed JSON text
    /// is `Invalid` with the `invalid_json` code.
    NotJson,
    /// Checked and refused, with the code and path of the first problem.
    Invalid(DealerError),
    /// Could not be fetched from its address.
    Unreachable {
        /// The address, as given (at most 200 characters).
        url: String,
    },
}

/// The app state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The loaded tables.
    pub tables: Shared<Tables>,
    /// What the owner entered.
    pub draft: Draft,
    /// The request to quote and the input problems to show.
    pub resolved: Resolved,
    /// Saving and sharing status.
    pub storage: Storage,
    /// A share link that could not be read, to explain on screen.
    pub link_problem: Option<LinkError>,
    /// The dealer table, for embedded widgets.
    pub dealer: DealerState,
    /// Whether each figure shows its 来源 disclosure. Off at first: two dozen source links
    /// would be two dozen tab stops and a cluttered phone screen; estimates stay marked either way.
    pub show_sources: bool,
}

/// Something the owner (or the widget's host) did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the display language.
    SetLang(Lang),
    /// Show or hide each figure's source.
    ShowSources(bool),
    /// Pick another offer (resets the form to its defaults).
    SetOffer(String),
    /// Pick the locked order's trim.
    SetOldTrim(String),
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
    SetLockedOn(String),
    /// Type the amount paid.
    SetAmountPaid(String),
    /// Pick the new trim.
    SetNewTrim(String),
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
    SetPriceList(String),
    /// Set the keep path's invoice date.
    SetKeepInvoice(String),
    /// Set the switch path's invoice date.
    SetSwitchInvoice(String),
    /// Price a loan with these terms, or none.
    SetLoan(Option<LoanDraft>),
    /// Add the market's on-road costs, or not.
    SetOnRoad(bool),
    /// Adopt what is shown as the owner's configuration and save from now on: a shared quote
    /// they keep, or a fresh start over saved data that could not be read.
    SaveShown,
    /// Leave the shared view for the owner's own configuration.
    BackToOwn,
    /// Hide the link problem message.
    DismissLinkProblem,
    /// Replace the whole draft (from the widget's `setConfig`).
    LoadDraft(Box<Draft>),
    /// Set the dealer table's state.
    SetDealer(DealerState),
}

/// What the owner typed, kept to a length no date or amount needs: a pasted page stays out of
/// the saved state and the share link.
fn typed(text: String) -> String {
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

impl State {
    /// A state showing `restored`, its draft settled against its offer's defaults. `None`
    /// only when the tables hold no offer at all.
    #[must_use]
    pub fn new(tables: Shared<Tables>, restored: Restored) -> Option<State> {
        let start = restored.draft.starting_request(&tables)?;
        let (draft, resolved) = restored.draft.settle(&tables, &start);
        Some(State {
            tables,
            draft,
            resolved,
            storage: restored.storage,
            link_problem: restored.link_problem,
            dealer: DealerState::None,
            show_sources: false,
        })
    }

    /// The new configuration the form shows: the owner's, else the proposal.
    fn shown_new_configuration(&self) -> Option<Configuration> {
        session::shown_new_configuration(&self.tables, &self.draft, &self.resolved.request)
    }

    /// This state with `draft` resolved against the current request (the last valid one).
    fn with_draft(&self, draft: Draft) -> State {
        let (draft, resolved) = draft.settle(&self.tables, &self.resolved.request);
        State { draft, resolved, ..self.clone() }
    }

    /// This state with `draft` resolved from its offer's defaults (a new offer, a new draft).
    fn with_fresh_draft(&self, draft: Draft) -> State {
        let start = draft.starting_request(&self.tables).unwrap_or_else(|| self.resolved.request.clone());
        let (draft, resolved) = draft.settle(&self.tables, &start);
        State { draft, resolved, ..self.clone() }
    }

    fn reduce_old_order(&self, mut d: Draft, action: Action) -> State {
        // A changed old configuration changes the proposal; the owner's edits of the new car go.
        let changes_proposal =
            !matches!(action, Action::SetLockedOn(_) | Action::SetAmountPaid(_) | Action::ToggleGifted(_));
        match action {
            Action::SetOldTrim(trim) => self.set_old_trim(&mut d, trim),
            Action::ChooseOldOption { group, option } => choose(&mut d.old_options, &group, option),
            Action::ToggleOldOption(option) => toggle(&mut d.old_options, option),
            Action::ToggleGifted(option) => toggle(&mut d.gifted_options, option),
            Action::SetLockedOn(text) => d.locked_on = typed(text),
            Action::SetAmountPaid(text) => d.amount_paid = typed(text),
            _ => return self.clone(),
        }
        if changes_proposal {
            d.new_configuration = None;
        }
        // A benefit belongs to an option the order has.
        let options = d.old_options.clone();
        d.gifted_options.retain(|g| options.contains(g));
        self.with_draft(d)
    }

    /// `fresh` (another offer's defaults) keeping the owner's order where that offer takes the
    /// same catalog: it is the same locked order, priced against another new car.
    fn same_order(&self, mut fresh: Draft) -> Draft {
        let catalog = |id: &str| self.tables.offer(id).map(|o| o.from_catalog.clone());
        if catalog(&fresh.offer).is_some() && catalog(&fresh.offer) == catalog(&self.draft.offer) {
            // What is quoted, not what is typed: a mistyped amount must not become the default.
            let d = &self.draft.for_share(&self.resolved);
            fresh.old_trim.clone_from(&d.old_trim);
            fresh.old_options.clone_from(&d.old_options);
            fresh.gifted_options.clone_from(&d.gifted_options);
            fresh.locked_on.clone_from(&d.locked_on);
            fresh.amount_paid.clone_from(&d.amount_paid);
        }
        fresh
    }

    fn set_old_trim(&self, d: &mut Draft, trim: String) {
        if let Some((_, from, _)) = self.tables.offer_catalogs(&d.offer) {
            let old_deposit = from.trim(&d.old_trim).map(|t| from.deposit_for(t).value.to_string());
            if let Some(t) = from.trim(&trim) {
                // A deposit the owner did not edit follows the trim (Ultra and Founder's
                // Edition orders paid ¥20,000).
                if old_deposit.as_deref() == Some(d.amount_paid.as_str()) {
                    d.amount_paid = from.deposit_for(t).value.to_string();
                }
                d.old_options.retain(|o| from.option(o).is_some_and(|(_, x)| x.offered_on(&t.id)));
            }
        }
        d.old_trim = trim;
    }

    fn reduce_new_car(&self, mut d: Draft, action: Action) -> State {
        let shown = self.shown_new_configuration();
        d.new_configuration = match action {
            Action::SetNewTrim(trim) => Some(self.retrimmed(shown, trim)),
            Action::ChooseNewOption { group, option } => shown.map(|mut c| {
                choose(&mut c.options, &group, option);
                c
            }),
            Action::ToggleNewOption(option) => shown.map(|mut c| {
                toggle(&mut c.options, option);
                c
            }),
            _ => None,
        };
        self.with_draft(d)
    }

    /// `shown` moved to `trim`: options the trim does not offer are dropped, defaults filled.
    fn retrimmed(&self, shown: Option<Configuration>, trim: String) -> Configuration {
        let mut options = shown.map(|c| c.options).unwrap_or_default();
        let Some((_, _, to)) = self.tables.offer_catalogs(&self.draft.offer) else {
            return Configuration { trim, options };
        };
        options.retain(|o| to.option(o).is_some_and(|(_, x)| x.offered_on(&trim)));
        complete(to, &Configuration { trim, options })
    }

    fn reduce_storage(&self, action: Action) -> State {
        match action {
            Action::SaveShown => State { storage: Storage::Saving, ..self.clone() },
            Action::BackToOwn => self.back_to_own(),
            Action::DismissLinkProblem => State { link_problem: None, ..self.clone() },
            Action::SetDealer(dealer) => State { dealer, ..self.clone() },
            _ => self.clone(),
        }
    }

    fn back_to_own(&self) -> State {
        let Storage::ViewingShared { own, saved_problem, .. } = &self.storage else { return self.clone() };
        let own =
            own.as_deref().cloned().or_else(|| Draft::for_offer(&self.tables, &self.draft.offer, self.draft.lang));
        let fresh = own.map(|d| self.with_fresh_draft(d)).unwrap_or_else(|| self.clone());
        // Unreadable saved data stays untouched until the owner chooses to start fresh.
        let storage = saved_problem.clone().map_or(Storage::Saving, Storage::SavedUnreadable);
        State { storage, link_problem: None, ..fresh }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut d = self.draft.clone();
        let next = match action {
            Action::SetLang(lang) => {
                d.lang = lang;
                self.with_draft(d)
            }
            Action::ShowSources(show_sources) => State { show_sources, ..(*self).clone() },
            Action::SetOffer(offer) => match Draft::for_offer(&self.tables, &offer, d.lang) {
                Some(fresh) => self.with_fresh_draft(self.same_order(fresh)),
                None => return self,
            },
            Action::SetOldTrim(_)
            | Action::ChooseOldOption { .. }
            | Action::ToggleOldOption(_)
            | Action::ToggleGifted(_)
            | Action::SetLockedOn(_)
            | Action::SetAmountPaid(_) => self.reduce_old_order(d, action),
            Action::SetNewTrim(_) | Action::ChooseNewOption { .. } | Action::ToggleNewOption(_) => {
                self.reduce_new_car(d, action)
            }
            Action::FollowProposal => {
                d.new_configuration = None;
                self.with_draft(d)
            }
            Action::SetPriceList(id) => {
                d.price_list = id;
                self.with_draft(d)
            }
            Action::SetKeepInvoice(text) => {
                d.keep_invoice = typed(text);
                self.with_draft(d)
            }
            Action::SetLoan(loan) => {
                d.loan = loan.map(|l| LoanDraft { rate_percent: typed(l.rate_percent), ..l });
                self.with_draft(d)
            }
            Action::SetOnRoad(on) => {
                d.on_road = on;
                self.with_draft(d)
            }
            Action::SetSwitchInvoice(text) => {
                d.switch_invoice = typed(text);
                self.with_draft(d)
            }
            Action::LoadDraft(draft) => self.with_fresh_draft(*draft),
            Action::SaveShown | Action::BackToOwn | Action::DismissLinkProblem | Action::SetDealer(_) => {
                self.reduce_storage(action)
            }
        };
        Rc::new(next)
    }
}

/// The reducer handle, shared with components through a context.
pub type StateContext = UseReducerHandle<State>;
