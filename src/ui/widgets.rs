//! Small pieces the sections share: components that take what they show through props, and
//! render functions of what they are given (an amount, field errors, notice lists).

pub mod chip_group;
pub mod disclosure;
pub mod field_errors;
pub mod lang_switch;
pub mod money_text;
pub mod notice_list;
pub mod option_fields;
pub mod provenance_note;
pub mod succession_view;
pub mod trim_picker;

pub use chip_group::{chip_tabindex, edit_chips, on_chip_keys, Chip};
pub use disclosure::Disclosure;
pub use field_errors::{engine_error, field_errors, problem_list};
pub use lang_switch::lang_switch;
pub use money_text::{decision_figure, decision_words, money_text, MoneyText};
pub use notice_list::notice_list;
pub use option_fields::{option_fields, OptionFields};
pub use provenance_note::ProvenanceNote;
pub use succession_view::{no_successor, succession_view};
pub use trim_picker::{trim_picker, TrimPicker};
