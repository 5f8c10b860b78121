//! The parts of the page, in reading order. Each is a function of the [`super::hooks::View`]
//! it is given; only the parts with state of their own (share, the QR code's memo) are
//! components, which read the same view from the context. A component costs its code and its
//! mounting machinery once per type and a scope per instance.

pub mod banners;
pub mod bars;
pub mod basis;
pub mod breakdown;
pub mod dealer;
pub mod decision;
pub mod delivery;
pub mod hero;
pub mod loan;
pub mod method;
pub mod new_car;
pub mod on_road;
pub mod order;
pub mod papers;
pub mod paths_table;
pub mod share;
pub mod sheet;
pub mod sources;
pub mod specs;
pub mod timeline;
pub mod trade;

pub use banners::banners;
pub use basis::QuoteBasis;
pub use dealer::dealer_block_view;
pub use decision::decision;
pub use delivery::delivery;
pub use hero::hero;
pub use method::method_note;
pub use new_car::new_car;
pub use order::order_form;
pub use papers::{papers_link, papers_view};
pub use share::SharePrint;
pub use sources::quote_sources;
pub use specs::spec_compare;
