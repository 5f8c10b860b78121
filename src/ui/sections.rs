//! The parts of the page, in reading order. Each reads the [`super::hooks::View`] context.

pub mod banners;
pub mod basis;
pub mod breakdown;
pub mod dealer;
pub mod decision;
pub mod delivery;
pub mod loan;
pub mod method;
pub mod new_car;
pub mod on_road;
pub mod order;
pub mod paths_table;
pub mod share;
pub mod sources;
pub mod specs;
pub mod trade;

pub use banners::Banners;
pub use basis::QuoteBasis;
pub use dealer::DealerBlockView;
pub use decision::Decision;
pub use delivery::Delivery;
pub use method::MethodNote;
pub use new_car::NewCar;
pub use order::OrderForm;
pub use share::SharePrint;
pub use sources::QuoteSources;
pub use specs::SpecCompare;
