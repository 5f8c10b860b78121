//! JSON Schemas of the table kinds (the `schema` feature, for native tools only): what an
//! author's editor validates and completes a table file with. The table types derive theirs;
//! the values written as text (amounts, dates) are described here by the form their parsers
//! take, so the schema refuses what the loader refuses.

use schemars::gen::SchemaGenerator;
use schemars::schema::{InstanceType, Metadata, Schema, SchemaObject, StringValidation};
use schemars::JsonSchema;

use crate::date::{Date, Moment, SourceDate};
use crate::money::Money;
use crate::tables::{Catalog, Guarantee, Offer, OnRoadTable, TaxPolicy};

/// A string of this `pattern`, described for the author.
fn text(pattern: &str, description: &str) -> Schema {
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        string: Some(Box::new(StringValidation { pattern: Some(pattern.into()), ..StringValidation::default() })),
        metadata: Some(Box::new(Metadata { description: Some(description.into()), ..Metadata::default() })),
        ..SchemaObject::default()
    }
    .into()
}

/// Implements `JsonSchema` for a type written as text of one pattern.
macro_rules! schema_as_text {
    ($t:ty, $name:literal, $pattern:literal, $description:literal) => {
        impl JsonSchema for $t {
            fn schema_name() -> String {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                text($pattern, $description)
            }
        }
    };
}

schema_as_text!(Date, "Date", r"^\d{4}-\d{2}-\d{2}$", "A day, YYYY-MM-DD.");
schema_as_text!(
    SourceDate,
    "SourceDate",
    r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "When a source said it, only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD."
);
schema_as_text!(
    Moment,
    "Moment",
    r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$",
    "A day, YYYY-MM-DD, with a time HH:MM when the source gives one (24:00 is the day's end)."
);
schema_as_text!(
    Money,
    "Money",
    r"^-?(0|[1-9]\d*)(\.\d{1,2})?$",
    "An amount of yuan as a plain decimal string, at most two decimals: \"219900.00\"."
);

/// The kinds of table a file can be (its `kind`), each with its schema's file name.
pub const KINDS: [&str; 5] = ["catalog", "offer", "tax_policy", "guarantee", "on_road"];

/// The JSON Schema of one table kind (one of [`KINDS`]), or `None` for another name. Every
/// table file may name its schema (`"$schema"`), which the loader skips.
#[must_use]
pub fn table_schema(kind: &str) -> Option<schemars::schema::RootSchema> {
    let gen = schemars::gen::SchemaSettings::draft07().into_generator();
    let mut root = match kind {
        "catalog" => gen.into_root_schema_for::<Catalog>(),
        "offer" => gen.into_root_schema_for::<Offer>(),
        "tax_policy" => gen.into_root_schema_for::<TaxPolicy>(),
        "guarantee" => gen.into_root_schema_for::<Guarantee>(),
        "on_road" => gen.into_root_schema_for::<OnRoadTable>(),
        _ => return None,
    };
    let described =
        |description: String| Some(Box::new(Metadata { description: Some(description), ..Metadata::default() }));
    let properties = &mut root.schema.object().properties;
    // A file names its schema for the editor; the loader reads past it.
    let schema_ref = SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        metadata: described(format!("This file's schema, for the editor: \"schema/{kind}.schema.json\".")),
        ..SchemaObject::default()
    };
    properties.insert("$schema".into(), schema_ref.into());
    // The header the loader reads first: this build's format and this kind, nothing else.
    let constant = |v: serde_json::Value, description: String| {
        Schema::from(SchemaObject { const_value: Some(v), metadata: described(description), ..SchemaObject::default() })
    };
    let format = format!("The table format this build reads: {}.", crate::tables::SCHEMA);
    properties.insert("schema".into(), constant(crate::tables::SCHEMA.into(), format));
    properties.insert("kind".into(), constant(kind.into(), "Which kind of table this file is.".into()));
    Some(root)
}
