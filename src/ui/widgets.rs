//! Small pieces the sections share. Each takes what it shows through props.

pub mod field_errors;
pub mod lang_switch;
pub mod money_text;
pub mod notice_list;
pub mod option_fields;
pub mod provenance_note;
pub mod succession_view;
pub mod trim_picker;

pub use field_errors::field_errors;
pub use lang_switch::LangSwitch;
pub use money_text::MoneyText;
pub use notice_list::notice_list;
pub use option_fields::OptionFields;
pub use provenance_note::ProvenanceNote;
pub use succession_view::succession_view;
pub use trim_picker::TrimPicker;
