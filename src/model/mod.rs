//! The data model: serde types for the dataset format, its vocabulary and its rules.

mod check;
mod coherence;
mod currency;
mod dataset;
mod figure;
pub(crate) mod json;
mod metric;
mod period;
mod problem;
mod read;
mod series;
mod syntax;
mod texts;
mod validate;
mod warnings;

pub use check::{check, without_bom, Checked, Problem, Severity, SourceTexts, MAX_PROBLEMS};
pub use currency::{Currency, CODES as CURRENCY_CODES};
pub use dataset::{Dataset, Entity, EntityKind, Fact, Input, InputKind, Listing, Source, Story, Text, FORMAT};
pub use figure::{read_range, read_written, Basis, Figure, Qualifier, Unit, Written};
pub use metric::{metric, Metric, METRICS};
pub use period::{Period, PeriodKind};
pub use problem::{number, suggest, Expected, Got, Kind, PeriodWhy, Syntax, What};
pub use series::{
    check_lengths, check_points, check_series, days_from_civil, series_path, Series, SeriesSpec, Times, TimesBuilder,
    MAX_DAY, MAX_POINTS, MIN_DAY,
};
pub use validate::{validate, MAX_FIGURES, MAX_ITEMS, MAX_SERIES, MAX_TEXT, MAX_VALUE};

/// The default dataset (the Biren / Moore Threads / MetaX story), compiled in.
pub const DEFAULT_JSON: &str = include_str!("../../data/biren-2026.json");

/// Parses and validates a dataset from JSON text (the same in the browser, which hands
/// its objects over as JSON text). A byte-order mark at the start is read past. On
/// failure, the first problem [`check`] finds, in English.
pub fn parse(json: &str) -> crate::Result<Dataset> {
    // one reader for the widget and the checkers (and one copy of it in the wasm)
    let checked = check(json, &[]);
    // (a plain loop: `into_iter().find` compiled its own fold and drop for this one call)
    for p in &checked.problems {
        if p.is_error() {
            return Err(crate::Error::data(p.path.clone(), p.message(crate::Lang::En)));
        }
    }
    checked.data.ok_or_else(|| crate::Error::data("", "could not be read"))
}

/// The error for a dataset that is not a JSON object at all (`kind` says what it is).
pub fn not_an_object(kind: &str) -> crate::Error {
    crate::Error::data("", format!("the file must hold one JSON object {{ … }}, got {kind}"))
}

/// The dataset's JSON series as drawable lines (dates → days), each checked.
pub(crate) fn lines(d: &Dataset) -> crate::Result<Vec<Series>> {
    // plain loops: the iterator chains with their closures compiled to more
    let mut out = Vec::with_capacity(d.series.len());
    for (i, s) in d.series.iter().enumerate() {
        let mut x = Vec::with_capacity(s.points.len());
        let mut y = Vec::with_capacity(s.points.len());
        for (date, price) in &s.points {
            x.push(match Period::parse(date) {
                Ok(Period::Date(y, m, d)) => days_from_civil(y, m, d),
                _ => f64::NAN,
            });
            y.push(*price);
        }
        check_points(&validate::indexed("series", i, ""), &x, &y)?;
        out.push(Series {
            id: s.id.clone(),
            entity: s.entity.clone(),
            currency: Some(s.currency),
            source: s.source.clone(),
            x: x.into(),
            y,
        });
    }
    Ok(out)
}
