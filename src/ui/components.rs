//! Presentational components. Each renders engine output and reports the owner's input.

mod lang_switch;
mod provenance_note;
mod succession_view;
mod trim_picker;

pub use lang_switch::LangSwitch;
pub use provenance_note::ProvenanceNote;
pub use succession_view::SuccessionView;
pub use trim_picker::TrimPicker;
