//! The app's one reducer: the owner's draft, the last valid request derived from it, and what
//! the page knows about saved state and share links. Figures are never stored here; the quote
//! is recomputed by the engine from `resolved.request`.

use std::rc::Rc;

use yew::prelude::*;

use std::cell::RefCell;

use crate::engine::configuration::{complete, in_group, Configuration};
use crate::engine::dealer::Dealer;
use crate::engine::proposal::propose;
use crate::engine::tables::Tables;
use crate::engine::text::Lang;
use crate::session::{Draft, Resolved};

/// Where the page's configuration came from, and whether it may be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Storage {
    /// Saved to localStorage on every change.
    Saving,
    /// Showing a shared link; the owner's saved configuration is left alone until they choose.
    ViewingShared {
        /// The owner's own draft, to go back to.
        own: Option<Box<Draft>>,
    },
    /// The saved data could not be read; it is not overwritten until the owner says so.
    SavedUnreadable(String),
    /// Embedded on a dealer's page: the host owns the URL and storage, nothing is saved.
    Embedded,
}

/// The dealer table of an embedded widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DealerState {
    /// No dealer table given.
    None,
    /// Being fetched.
    Loading,
    /// Checked and ready.
    Ready(Box<Dealer>),
    /// Could not be fetched or read; the widget works on with the manufacturer's data.
    Failed(String),
}

/// The app state.
#[derive(Clone, Debug)]
pub struct State {
    /// The loaded tables.
    pub tables: Rc<Tables>,
    /// What the owner entered.
    pub draft: Draft,
    /// The request to quote and the input problems to show.
    pub resolved: Resolved,
    /// Saving and sharing status.
    pub storage: Storage,
    /// A share link that could not be read, to explain on screen.
    pub link_problem: Option<String>,
    /// The current share link fragment, once the owner asks for one.
    pub share_fragment: Option<String>,
    /// The dealer table, for embedded widgets.
    pub dealer: DealerState,
}

impl PartialEq for State {
    fn eq(&self, other: &State) -> bool {
        Rc::ptr_eq(&self.tables, &other.tables)
            && self.draft == other.draft
            && self.resolved == other.resolved
            && self.storage == other.storage
            && self.link_problem == other.link_problem
            && self.share_fragment == other.share_fragment
            && self.dealer == other.dealer
    }
}

/// Something the owner did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the display language.
    SetLang(Lang),
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
    /// Make a share link of the current draft.
    MakeShareLink,
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
    /// A state showing `draft`, resolved against the offer's default request.
    #[must_use]
    pub fn new(tables: Rc<Tables>, draft: Draft, storage: Storage, link_problem: Option<String>) -> State {
        let start = Draft::default_request(&tables, &draft.offer)
            .or_else(|| tables.offers.first().and_then(|o| Draft::default_request(&tables, &o.id)));
        let resolved = match start {
            Some(prev) => draft.resolve(&tables, &prev),
            None => Resolved { request: empty_request(), errors: Vec::new() },
        };
        State { tables, draft, resolved, storage, link_problem, share_fragment: None, dealer: DealerState::None }
    }

    /// The new configuration shown in the form: the owner's, else the proposal for the request.
    #[must_use]
    pub fn new_configuration(&self) -> Option<Configuration> {
        if let Some(c) = &self.draft.new_configuration {
            return Some(c.clone());
        }
        let old = Configuration {
            trim: self.resolved.request.old_order.trim.clone(),
            options: self.resolved.request.old_order.options.clone(),
        };
        propose(&self.tables, &self.resolved.request.offer, &old).ok()?.configuration
    }

    fn with_draft(&self, draft: Draft) -> State {
        let resolved = draft.resolve(&self.tables, &self.resolved.request);
        State { draft, resolved, share_fragment: None, ..self.clone() }
    }
}

fn empty_request() -> crate::engine::quote::QuoteRequest {
    // Only reached when the tables hold no offer at all; the UI then shows the quote error.
    crate::engine::quote::QuoteRequest {
        offer: String::new(),
        old_order: crate::engine::quote::OldOrder {
            trim: String::new(),
            options: Vec::new(),
            locked_on: crate::engine::date::Date::new(2025, 1, 1).unwrap_or_else(|| unreachable!("valid date")),
            amount_paid: crate::engine::money::Money::ZERO,
        },
        new_configuration: None,
        price_list: None,
        keep_invoice_date: crate::engine::date::Date::new(2026, 1, 1).unwrap_or_else(|| unreachable!("valid date")),
        switch_invoice_date: crate::engine::date::Date::new(2026, 1, 1).unwrap_or_else(|| unreachable!("valid date")),
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
            Action::SetOffer(offer) => match Draft::for_offer(&self.tables, &offer, d.lang) {
                Some(fresh) => {
                    let prev =
                        Draft::default_request(&self.tables, &offer).unwrap_or_else(|| self.resolved.request.clone());
                    State {
                        resolved: fresh.resolve(&self.tables, &prev),
                        draft: fresh,
                        share_fragment: None,
                        ..(*self).clone()
                    }
                }
                None => return self,
            },
            Action::SetOldTrim(trim) => {
                let from = self.tables.offer_catalogs(&d.offer).map(|(_, from, _)| from);
                if let Some(c) = from {
                    let old_deposit = c.trim(&d.old_trim).map(|t| c.deposit_for(t).value.to_string());
                    if let Some(t) = c.trim(&trim) {
                        // A deposit the owner did not edit follows the trim (Ultra and Founder's
                        // Edition orders paid ¥20,000).
                        if old_deposit.as_deref() == Some(d.amount_paid.as_str()) {
                            d.amount_paid = c.deposit_for(t).value.to_string();
                        }
                        d.old_options.retain(|o| c.option(o).is_some_and(|(_, x)| x.offered_on(&t.id)));
                    }
                }
                d.old_trim = trim;
                d.new_configuration = None;
                self.with_draft(d)
            }
            Action::ChooseOldOption { group, option } => {
                choose(&mut d.old_options, &group, option);
                d.new_configuration = None;
                self.with_draft(d)
            }
            Action::ToggleOldOption(option) => {
                toggle(&mut d.old_options, option);
                d.new_configuration = None;
                self.with_draft(d)
            }
            Action::SetLockedOn(text) => {
                d.locked_on = text;
                self.with_draft(d)
            }
            Action::SetAmountPaid(text) => {
                d.amount_paid = text;
                self.with_draft(d)
            }
            Action::SetNewTrim(trim) => {
                let to = self.tables.offer_catalogs(&d.offer).map(|(_, _, to)| to);
                let mut options = self.new_configuration().map(|c| c.options).unwrap_or_default();
                if let Some(c) = to {
                    options.retain(|o| c.option(o).is_some_and(|(_, x)| x.offered_on(&trim)));
                    options = complete(c, &Configuration { trim: trim.clone(), options }).options;
                }
                d.new_configuration = Some(Configuration { trim, options });
                self.with_draft(d)
            }
            Action::ChooseNewOption { group, option } => {
                let Some(mut c) = self.new_configuration() else { return self };
                choose(&mut c.options, &group, option);
                d.new_configuration = Some(c);
                self.with_draft(d)
            }
            Action::ToggleNewOption(option) => {
                let Some(mut c) = self.new_configuration() else { return self };
                toggle(&mut c.options, option);
                d.new_configuration = Some(c);
                self.with_draft(d)
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
                d.keep_invoice = text;
                self.with_draft(d)
            }
            Action::SetSwitchInvoice(text) => {
                d.switch_invoice = text;
                self.with_draft(d)
            }
            Action::MakeShareLink => {
                State { share_fragment: Some(crate::session::encode_link(&self.draft)), ..(*self).clone() }
            }
            Action::SaveShown => State { storage: Storage::Saving, ..(*self).clone() },
            Action::BackToOwn => match &self.storage {
                Storage::ViewingShared { own } => {
                    let draft = own
                        .as_deref()
                        .cloned()
                        .or_else(|| Draft::for_offer(&self.tables, &d.offer, d.lang))
                        .unwrap_or(d);
                    State::new(self.tables.clone(), draft, Storage::Saving, None)
                }
                _ => return self,
            },
            Action::DismissLinkProblem => State { link_problem: None, ..(*self).clone() },
            Action::LoadDraft(draft) => {
                let prev =
                    Draft::default_request(&self.tables, &draft.offer).unwrap_or_else(|| self.resolved.request.clone());
                State {
                    resolved: draft.resolve(&self.tables, &prev),
                    draft: *draft,
                    share_fragment: None,
                    ..(*self).clone()
                }
            }
            Action::SetDealer(dealer) => State { dealer, ..(*self).clone() },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The reducer handle, shared with components through a context.
pub type StateContext = UseReducerHandle<State>;

/// Lets code outside the component tree (the widget's JS methods) read and change the state.
/// The configurator stores its current handle here on every render; actions sent before the
/// first render are queued and sent once it has happened, so none is lost.
#[derive(Default)]
pub struct Bridge {
    handle: RefCell<Option<StateContext>>,
    pending: RefCell<Vec<Action>>,
}

impl Bridge {
    /// Stores the current handle (called while rendering).
    pub fn attach(&self, handle: StateContext) {
        self.handle.replace(Some(handle));
    }

    /// Sends the actions queued before the first render (called after rendering).
    pub fn flush(&self) {
        let pending: Vec<Action> = self.pending.borrow_mut().drain(..).collect();
        if let Some(h) = self.handle.borrow().as_ref() {
            for a in pending {
                h.dispatch(a);
            }
        }
    }

    /// Sends an action now, or queues it behind earlier ones until the first render, so
    /// actions always arrive in the order they were sent.
    pub fn dispatch(&self, action: Action) {
        let queued = !self.pending.borrow().is_empty();
        match self.handle.borrow().as_ref() {
            Some(h) if !queued => h.dispatch(action),
            _ => self.pending.borrow_mut().push(action),
        }
    }

    /// The current draft, once rendered.
    #[must_use]
    pub fn draft(&self) -> Option<Draft> {
        self.handle.borrow().as_ref().map(|h| h.draft.clone())
    }
}
