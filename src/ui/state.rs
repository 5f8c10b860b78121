//! The app's one reducer: the owner's draft, the last valid request derived from it, and what
//! the page knows about saved state, share links and the dealer table. Figures are never
//! stored here: the screen is derived from the session by [`session::screen`].

use std::rc::Rc;

use yew::prelude::*;

use super::shared::Shared;
use engine::dealer::Dealer;
use engine::tables::Tables;
use session::{Draft, Edit, LinkError, Resolved, Restored, Storage};

/// The dealer table of an embedded widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DealerState {
    /// No dealer table given.
    None,
    /// Being fetched.
    Loading,
    /// Checked and ready.
    Ready(Box<Dealer>),
    /// Could not be used (not JSON, refused by its checks, or not fetched); the widget works on
    /// with the manufacturer's data. Buyers read one neutral line; why goes to the dealer's
    /// developer (the `dealererror` event and the console, static/embed/loader.js).
    Failed,
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
    /// The dealer table, for embedded widgets: read it with [`State::dealer`].
    dealer: DealerState,
    /// Whether each figure shows its 来源 disclosure. Off at first: two dozen source links
    /// would be two dozen tab stops and a cluttered phone screen; estimates stay marked either way.
    pub show_sources: bool,
    /// Whether a phone shows the details (how the answer is worked out, delivery, specs,
    /// sources): closed at first, so the answer and the inputs fit a few screens. A wide
    /// screen and paper always show them.
    pub show_details: bool,
    /// The order field a phone edits in a sheet under the answer, while it is open.
    pub sheet: Option<OrderChip>,
    /// Whether the print block draws its QR code. On the app page, from the first print on
    /// (the print button, or the browser's `beforeprint`): encoding one on every edit and in
    /// the first render cost time for a block the screen never shows.
    pub print_code: bool,
}

/// A field of the order line under the answer, which a chip opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderChip {
    /// The old trim.
    Trim,
    /// The lock date.
    LockedOn,
    /// The amount paid.
    AmountPaid,
}

/// Something the owner (or the widget's host) did: an edit of the draft (the session's, pure
/// and tested natively), or something only the page has (sources shown, saving, the dealer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Change the draft.
    Edit(Edit),
    /// Show or hide each figure's source.
    ShowSources(bool),
    /// Open or close the details on a phone.
    ShowDetails(bool),
    /// Open a chip's sheet, or close it.
    Sheet(Option<OrderChip>),
    /// Draw the print block's QR code from now on: the page is about to be printed.
    PrintCode,
    /// Adopt what is shown as the owner's configuration and save from now on: a shared quote
    /// they keep, or a fresh start over saved data that could not be read.
    SaveShown,
    /// Leave the shared view for the owner's own configuration.
    BackToOwn,
    /// Hide the link problem message.
    DismissLinkProblem,
    /// Set the dealer table's state.
    SetDealer(DealerState),
}

impl State {
    /// A state showing `restored`, its draft settled against its offer's defaults. `None`
    /// only when the tables hold no offer at all.
    #[must_use]
    pub fn new(tables: Shared<Tables>, restored: Restored) -> Option<State> {
        let start = restored.draft.starting_request(&tables)?;
        let (draft, resolved) = restored.draft.settle(&tables, &start);
        // A dealer's page prints without telling the widget: its code is drawn from the start.
        let print_code = matches!(restored.storage, Storage::Embedded);
        Some(State {
            tables,
            draft,
            resolved,
            storage: restored.storage,
            link_problem: restored.link_problem,
            dealer: DealerState::None,
            show_sources: false,
            show_details: false,
            sheet: None,
            print_code,
        })
    }

    /// The dealer table's state. Only the widget's JavaScript sets one (src/embed), so the app
    /// page's build reads none here and leaves the dealer's views and fees out (3.5 KB brotli).
    #[must_use]
    pub fn dealer(&self) -> &DealerState {
        if cfg!(feature = "embed") {
            &self.dealer
        } else {
            &DealerState::None
        }
    }

    /// This state with `draft` resolved from its offer's defaults.
    fn with_fresh_draft(&self, draft: Draft) -> State {
        self.with_edit(Edit::Replace(Box::new(draft)))
    }

    /// This state with `edit` made to the draft.
    fn with_edit(&self, edit: Edit) -> State {
        let (draft, resolved) = self.draft.apply(&self.tables, &self.resolved, edit);
        State { draft, resolved, ..self.clone() }
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
        let next = match action {
            Action::Edit(edit) => self.with_edit(edit),
            Action::ShowSources(show_sources) => State { show_sources, ..(*self).clone() },
            Action::ShowDetails(show_details) => State { show_details, ..(*self).clone() },
            Action::Sheet(sheet) => State { sheet, ..(*self).clone() },
            Action::PrintCode => State { print_code: true, ..(*self).clone() },
            Action::SaveShown | Action::BackToOwn | Action::DismissLinkProblem | Action::SetDealer(_) => {
                self.reduce_storage(action)
            }
        };
        Rc::new(next)
    }
}

/// The reducer handle, shared with components through a context.
pub type StateContext = UseReducerHandle<State>;
