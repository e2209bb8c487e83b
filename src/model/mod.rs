//! The data model: serde types for the dataset format, its vocabulary and its rules.

mod check;
mod currency;
mod dataset;
mod figure;
mod metric;
mod period;
mod series;
mod validate;

pub use check::{check, Checked, Problem, Severity, SourceTexts};
pub use currency::{Currency, CODES as CURRENCY_CODES};
pub use dataset::{Dataset, Entity, EntityKind, Fact, Input, InputKind, Listing, Source, Story, Text, FORMAT};
pub use figure::{read_range, read_written, Basis, Figure, Qualifier, Unit, Written};
pub use metric::{metric, Metric, METRICS};
pub use period::{Period, PeriodKind};
pub use series::{check_points, days_from_civil, Series, SeriesSpec, MAX_POINTS};
pub use validate::{validate, MAX_FIGURES, MAX_ITEMS, MAX_TEXT, MAX_VALUE};

/// The default dataset (the Biren / Moore Threads / MetaX story), compiled in.
pub const DEFAULT_JSON: &str = include_str!("../../data/biren-2026.json");

/// Parses and validates a dataset from JSON text (the same in the browser, which hands
/// its objects over as JSON text).
pub fn parse(json: &str) -> crate::Result<Dataset> {
    let kind = match json.trim_start().chars().next() {
        Some('{') => None,
        Some('[') => Some("a list"),
        Some('"') => Some("a string"),
        Some('t' | 'f') => Some("true or false"),
        Some('n') => Some("null"),
        Some(c) if c == '-' || c.is_ascii_digit() => Some("a number"),
        _ => Some("nothing"),
    };
    if let Some(kind) = kind {
        if serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok() || kind == "nothing" {
            return Err(not_an_object(kind));
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let parsed = from_deserializer(&mut de).and_then(|d| {
        de.end().map_err(|e| crate::Error::data("", format!("not valid JSON: {e}")))?;
        Ok(d)
    });
    match parsed {
        Ok(d) => Ok(d),
        // Only on failure: tell broken JSON (with its position) from a bad dataset.
        Err(e) => match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Err(syntax) if syntax.is_syntax() || syntax.is_eof() => {
                Err(crate::Error::data("", format!("not valid JSON: {syntax}")))
            }
            _ => Err(e),
        },
    }
}

/// The error for a dataset that is not a JSON object at all.
pub fn not_an_object(kind: &str) -> crate::Error {
    crate::Error::data("", format!("must be a JSON object, got {kind}"))
}

/// serde_json ends its messages with " at line 1 column 42"; the JSON path already says
/// where.
fn without_position(m: &str) -> String {
    match m.rfind(" at line ") {
        Some(i) if m[i..].contains(" column ") => m[..i].to_string(),
        _ => m.to_string(),
    }
}

/// Deserializes and validates, naming the JSON path of the first bad field.
fn from_deserializer<'de, D: serde::Deserializer<'de>>(de: D) -> crate::Result<Dataset> {
    let d: Dataset = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        // serde_path_to_error writes "." for the root and "?" where the JSON itself broke.
        let path = if path == "." || path == "?" { String::new() } else { path };
        crate::Error::data(path, without_position(&e.into_inner().to_string()))
    })?;
    let mut d = d;
    validate(&d)?;
    d.lines = lines(&d)?;
    Ok(d)
}

/// The dataset's JSON series as drawable lines (dates → days), each checked.
fn lines(d: &Dataset) -> crate::Result<Vec<Series>> {
    d.series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let x: Vec<f64> = s
                .points
                .iter()
                .map(|(date, _)| match Period::parse(date) {
                    Ok(Period::Date(y, m, d)) => days_from_civil(y, m, d),
                    _ => f64::NAN,
                })
                .collect();
            let y: Vec<f64> = s.points.iter().map(|p| p.1).collect();
            check_points(&format!("series[{i}]"), &x, &y)?;
            Ok(Series {
                id: s.id.clone(),
                entity: s.entity.clone(),
                currency: Some(s.currency),
                source: s.source.clone(),
                x,
                y,
            })
        })
        .collect()
}
