//! Presentational components. Each renders engine output and reports the owner's input.

mod banners;
mod dealer_block;
mod decision;
mod field_errors;
mod lang_switch;
mod method_note;
mod money_text;
mod new_car;
mod option_fields;
mod order_form;
mod paths_table;
mod provenance_note;
mod quote_sources;
mod share_print;
mod spec_compare;
mod succession_view;
mod trim_picker;

pub use banners::Banners;
pub use dealer_block::DealerBlockView;
pub use decision::Decision;
pub use lang_switch::LangSwitch;
pub use method_note::MethodNote;
pub use money_text::MoneyText;
pub use new_car::NewCar;
pub use option_fields::OptionFields;
pub use order_form::OrderForm;
pub use paths_table::PathsTable;
pub use provenance_note::ProvenanceNote;
pub use quote_sources::QuoteSources;
pub use share_print::SharePrint;
pub use spec_compare::SpecCompare;
pub use succession_view::SuccessionView;
pub use trim_picker::TrimPicker;
