//! The data model: serde types for the dataset format, its vocabulary and its rules.

mod dataset;
mod figure;
mod metric;
mod period;
mod validate;

pub use dataset::{Dataset, Entity, EntityKind, Fact, Input, InputKind, Listing, Source, Story, Text, FORMAT};
pub use figure::{read_written, Basis, Currency, Figure, Qualifier, Unit, Written};
pub use metric::{metric, Metric, METRICS};
pub use period::{Period, PeriodKind};
pub use validate::{validate, MAX_FIGURES, MAX_TEXT};

/// The default dataset (the Biren / Moore Threads / MetaX story), compiled in.
pub const DEFAULT_JSON: &str = include_str!("../../data/biren-2026.json");

/// Parses and validates a dataset from JSON text (native builds; the browser parses with
/// `JSON.parse` and goes through [`from_deserializer`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(json: &str) -> crate::Result<Dataset> {
    let mut de = serde_json::Deserializer::from_str(json);
    let d = from_deserializer(&mut de)?;
    de.end().map_err(|e| crate::Error::data("", e.to_string()))?;
    Ok(d)
}

/// Deserializes and validates, naming the JSON path of the first bad field.
pub fn from_deserializer<'de, D: serde::Deserializer<'de>>(de: D) -> crate::Result<Dataset> {
    let d: Dataset = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        // serde_path_to_error writes "." for the root and "?" where the JSON itself broke.
        let path = if path == "." || path == "?" { String::new() } else { path };
        crate::Error::data(path, e.into_inner().to_string())
    })?;
    validate(&d)?;
    Ok(d)
}
