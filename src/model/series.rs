//! Price series: many dated prices of one listing (an exchange's daily closes, say). Too
//! many for a figure each, so a series carries its provenance once; in JSON its points
//! are `["2026-01-02", 34.46]` pairs, from JavaScript they can come as typed arrays.

use serde::{Deserialize, Serialize};

use super::Currency;

/// One series as written in the dataset.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesSpec {
    pub id: String,
    pub entity: String,
    pub currency: Currency,
    /// The id of an entry in `sources`.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `[date, price]` pairs, dates as `YYYY-MM-DD`, in time order.
    pub points: Vec<(String, f64)>,
}

/// A series ready to draw: times in days since 1970-01-01 and prices, both in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    pub id: String,
    pub entity: String,
    pub currency: Option<Currency>,
    pub source: String,
    pub x: Vec<f64>,
    pub y: Vec<f64>,
}

/// The most points a series may hold.
pub const MAX_POINTS: usize = 10_000_000;

/// The earliest time a series may hold: 0001-01-01, in days since 1970-01-01 (what a
/// `YYYY-MM-DD` date can write).
pub const MIN_DAY: f64 = -719_162.0;
/// The latest: 9999-12-31.
pub const MAX_DAY: f64 = 2_932_896.0;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
///
/// ```
/// assert_eq!(ipo_lens::model::days_from_civil(1970, 1, 1), 0.0);
/// assert_eq!(ipo_lens::model::days_from_civil(2026, 1, 2), 20455.0);
/// ```
pub fn days_from_civil(y: i32, m: u8, d: u8) -> f64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as f64
}

/// Checks points: as many times as prices, times between [`MIN_DAY`] and [`MAX_DAY`]
/// and strictly increasing, prices finite and positive. `path` names the series in messages.
pub fn check_points(path: &str, x: &[f64], y: &[f64]) -> crate::Result<()> {
    use crate::Error;
    check_lengths(path, x.len(), y.len())?;
    for i in 0..x.len() {
        if !x[i].is_finite() {
            return Err(Error::data(
                format!("{path}.points[{i}]"),
                "times must be finite and increase from point to point",
            ));
        }
        if !(MIN_DAY..=MAX_DAY).contains(&x[i]) {
            return Err(Error::data(
                format!("{path}.points[{i}]"),
                format!("a time must fall between the years 1 and 9999, got {} days from 1970-01-01", x[i]),
            ));
        }
        if i > 0 && x[i] <= x[i - 1] {
            return Err(Error::data(
                format!("{path}.points[{i}]"),
                "times must be finite and increase from point to point",
            ));
        }
        if !(y[i].is_finite() && y[i] > 0.0 && y[i] <= super::MAX_VALUE) {
            return Err(Error::data(
                format!("{path}.points[{i}]"),
                format!("a price must be a positive number, got {}", y[i]),
            ));
        }
    }
    Ok(())
}

/// Checks the lengths of a series' arrays alone (`times` and `prices` as many, at most
/// [`MAX_POINTS`]): the element asks this before it copies the arrays into wasm.
pub fn check_lengths(path: &str, times: usize, prices: usize) -> crate::Result<()> {
    use crate::Error;
    if times != prices {
        return Err(Error::data(path, format!("has {times} times but {prices} prices")));
    }
    if times > MAX_POINTS {
        return Err(Error::data(path, format!("holds {times} points; at most {MAX_POINTS} are accepted")));
    }
    Ok(())
}

/// How messages name the series `id` given to `setSeries` (`series "id"`, the id cut to 60
/// characters, control characters shown as U+FFFD).
pub fn series_path(id: &str) -> String {
    let shown: String = id.chars().take(60).map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect();
    format!("series \"{shown}\"")
}

/// Milliseconds in a day (JavaScript times are milliseconds since 1970).
const DAY_MS: f64 = 86_400_000.0;

impl super::Dataset {
    /// Adds (or replaces, by `id`) a price series of `entity` from JavaScript times `x_ms`
    /// (milliseconds since 1970) and prices `y` in `currency`: what the element's
    /// `setSeries` does. Every point is checked ([`check_points`]); on an error the
    /// dataset is unchanged.
    pub fn set_series(
        &mut self,
        id: &str,
        entity: &str,
        currency: &str,
        x_ms: Vec<f64>,
        y: Vec<f64>,
    ) -> crate::Result<()> {
        use crate::Error;
        let path = series_path(id);
        if self.entity(entity).is_none() {
            return Err(Error::data(format!("{path}.entity"), format!("no entity \"{entity}\"")));
        }
        if id.len() > super::MAX_TEXT || id.chars().any(char::is_control) {
            return Err(Error::data(
                path,
                format!("an id holds at most {} bytes and no control character", super::MAX_TEXT),
            ));
        }
        if self.lines.len() >= super::MAX_SERIES && !self.lines.iter().any(|s| s.id == id) {
            return Err(Error::data(path, format!("at most {} series are accepted", super::MAX_SERIES)));
        }
        let currency = Some(Currency::parse(currency).map_err(|m| Error::data(format!("{path}.currency"), m))?);
        // the arrays arrive as one copy, converted in place
        let mut x = x_ms;
        for ms in &mut x {
            *ms /= DAY_MS;
        }
        check_points(&path, &x, &y)?;
        self.lines.retain(|s| s.id != id);
        self.lines.push(Series {
            id: id.to_string(),
            entity: entity.to_string(),
            currency,
            source: String::new(),
            x,
            y,
        });
        Ok(())
    }
}
