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
    pub x: Times,
    pub y: Vec<f64>,
}

impl Series {
    /// The M4 reduction of the line over `columns` pixel columns between days `x0` and `x1`
    /// ([`crate::calc::m4`]), read from the times as they are held.
    pub fn m4(&self, x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
        crate::calc::m4_by(self.x.len(), |i| self.x.day(i), &self.y, x0, x1, columns)
    }
}

/// The times of a series, held as compactly as they can be exactly: every form gives the
/// same days (bit for bit) as dividing the JavaScript time given by the milliseconds in a
/// day, so what is drawn and said does not depend on the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Times {
    /// Days since 1970-01-01 (a dataset's dates).
    Days(Vec<f64>),
    /// JavaScript times (milliseconds since 1970) that are not all whole seconds after the
    /// first: 8 bytes a point.
    Ms(Vec<f64>),
    /// JavaScript times that are all whole seconds after the first, `base_ms`, within
    /// 136 years of it: `base_ms + after[i] × 1000` is the time given, exactly; 4 bytes a
    /// point. A minute, hourly or daily series from JavaScript is held so.
    Seconds { base_ms: f64, after: Vec<u32> },
}

impl Default for Times {
    fn default() -> Self {
        Times::Days(Vec::new())
    }
}

/// The day of `base_ms + s` seconds.
fn seconds_day(base_ms: f64, s: u32) -> f64 {
    (base_ms + f64::from(s) * 1000.0) / DAY_MS
}

impl Times {
    pub fn len(&self) -> usize {
        match self {
            Times::Days(d) => d.len(),
            Times::Ms(ms) => ms.len(),
            Times::Seconds { after, .. } => after.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Point `i`'s time in days since 1970-01-01.
    pub fn day(&self, i: usize) -> f64 {
        match self {
            Times::Days(d) => d[i],
            Times::Ms(ms) => ms[i] / DAY_MS,
            Times::Seconds { base_ms, after } => seconds_day(*base_ms, after[i]),
        }
    }

    pub fn first(&self) -> Option<f64> {
        (!self.is_empty()).then(|| self.day(0))
    }

    pub fn last(&self) -> Option<f64> {
        (!self.is_empty()).then(|| self.day(self.len() - 1))
    }

    /// Every time in days, in order.
    pub fn days(&self) -> impl Iterator<Item = f64> + '_ {
        (0..self.len()).map(|i| self.day(i))
    }

    /// Point `i`'s JavaScript time as given (`None` for a dataset's dates, which came as days).
    pub fn ms(&self, i: usize) -> Option<f64> {
        match self {
            Times::Days(_) => None,
            Times::Ms(ms) => Some(ms[i]),
            Times::Seconds { base_ms, after } => Some(base_ms + f64::from(after[i]) * 1000.0),
        }
    }

    /// The bytes the times take (for the tests of the compact forms).
    pub fn bytes(&self) -> usize {
        match self {
            Times::Days(d) => d.len() * 8,
            Times::Ms(ms) => ms.len() * 8,
            Times::Seconds { after, .. } => after.len() * 4,
        }
    }
}

/// JavaScript times taken in pieces (the element hands a long series over a piece at a
/// time, so that no second whole copy is ever made): held as whole seconds after the first
/// while every time is one, else as milliseconds.
#[derive(Debug, Clone, PartialEq)]
pub struct TimesBuilder {
    times: Times,
    /// How many times are coming in all (the space reserved once).
    total: usize,
}

impl TimesBuilder {
    pub fn new(total: usize) -> Self {
        // no more is reserved than a series may hold (a larger one is refused later)
        Self { times: Times::Seconds { base_ms: f64::NAN, after: Vec::new() }, total: total.min(MAX_POINTS + 1) }
    }

    /// Adds the times `ms` (milliseconds since 1970), in order.
    pub fn push(&mut self, ms: &[f64]) {
        for &t in ms {
            if let Times::Seconds { base_ms, after } = &mut self.times {
                if after.is_empty() && t.is_finite() {
                    *base_ms = t;
                }
                let s = (t - *base_ms) / 1000.0;
                // exact: a whole, non-negative number of seconds that gives `t` back
                if s >= 0.0
                    && s <= f64::from(u32::MAX)
                    && s.fract() == 0.0
                    && (*base_ms + s * 1000.0).to_bits() == t.to_bits()
                {
                    if after.capacity() == 0 {
                        after.reserve_exact(self.total);
                    }
                    after.push(s as u32);
                    continue;
                }
                // not whole seconds after the first: every time as given, from here on
                let mut all = Vec::with_capacity(self.total.max(after.len() + 1));
                for s in after.iter() {
                    all.push(*base_ms + f64::from(*s) * 1000.0);
                }
                self.times = Times::Ms(all);
            }
            if let Times::Ms(all) = &mut self.times {
                all.push(t);
            }
        }
    }

    pub fn finish(self) -> Times {
        self.times
    }
}

impl From<Vec<f64>> for Times {
    /// Days as they are.
    fn from(days: Vec<f64>) -> Self {
        Times::Days(days)
    }
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
    check_times(path, x.len(), &|i| x[i], y)
}

/// [`check_points`] over `n` times read by `day` (compiled once for both ways of holding
/// times).
fn check_times(path: &str, n: usize, day: &dyn Fn(usize) -> f64, y: &[f64]) -> crate::Result<()> {
    use crate::Error;
    check_lengths(path, n, y.len())?;
    let at = |i: usize| super::validate::indexed(&super::validate::at(path, "points"), i, "");
    let mut prev = f64::NAN;
    for (i, price) in y.iter().enumerate() {
        let x = day(i);
        if !x.is_finite() {
            return Err(Error::data(at(i), "times must be finite and increase from point to point"));
        }
        if !(MIN_DAY..=MAX_DAY).contains(&x) {
            return Err(Error::data(
                at(i),
                format!(
                    "a time must fall between the years 1 and 9999, got {} days from 1970-01-01",
                    crate::float::Shortest(x)
                ),
            ));
        }
        if i > 0 && x <= prev {
            return Err(Error::data(at(i), "times must be finite and increase from point to point"));
        }
        if !(price.is_finite() && *price > 0.0 && *price <= super::MAX_VALUE) {
            return Err(Error::data(
                at(i),
                format!("a price must be a positive number, got {}", crate::float::Shortest(*price)),
            ));
        }
        prev = x;
    }
    Ok(())
}

/// [`check_points`] over times as held.
pub fn check_series(path: &str, x: &Times, y: &[f64]) -> crate::Result<()> {
    check_times(path, x.len(), &|i| x.day(i), y)
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
    let mut shown = String::new();
    for c in id.chars().take(60) {
        shown.push(if c.is_control() { '\u{FFFD}' } else { c });
    }
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
        let mut b = TimesBuilder::new(x_ms.len());
        b.push(&x_ms);
        drop(x_ms);
        self.set_series_times(id, entity, currency, b.finish(), y)
    }

    /// [`Self::set_series`] with the times already taken ([`TimesBuilder`]).
    pub fn set_series_times(
        &mut self,
        id: &str,
        entity: &str,
        currency: &str,
        x: Times,
        y: Vec<f64>,
    ) -> crate::Result<()> {
        use crate::Error;
        let path = series_path(id);
        if self.entity(entity).is_none() {
            return Err(Error::data(super::validate::at(&path, "entity"), format!("no entity \"{entity}\"")));
        }
        if id.len() > super::MAX_TEXT || id.chars().any(char::is_control) {
            return Err(Error::data(path, ID_REFUSED));
        }
        if self.lines.len() >= super::MAX_SERIES && !self.lines.iter().any(|s| s.id == id) {
            return Err(Error::data(path, TOO_MANY_SERIES));
        }
        let currency =
            Some(Currency::parse(currency).map_err(|m| Error::data(super::validate::at(&path, "currency"), m))?);
        check_series(&path, &x, &y)?;
        // as `retain(|s| s.id != id)`, without its code for one call
        while let Some(i) = self.lines.iter().position(|s| s.id == id) {
            self.lines.remove(i);
        }
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

/// Two refusals of [`super::Dataset::set_series_times`] with the format's limits in them
/// ([`super::MAX_TEXT`], [`super::MAX_SERIES`]), written out: a `format!` each wrote the
/// same words at run time (a test checks them against the limits).
const ID_REFUSED: &str = "an id holds at most 4000 bytes and no control character";
const TOO_MANY_SERIES: &str = "at most 20 series are accepted";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_out_refusals_name_the_limits() {
        let id = format!("an id holds at most {} bytes and no control character", crate::model::MAX_TEXT);
        assert_eq!(ID_REFUSED, id);
        assert_eq!(TOO_MANY_SERIES, format!("at most {} series are accepted", crate::model::MAX_SERIES));
    }

    fn taken(ms: &[f64], piece: usize) -> Times {
        let mut b = TimesBuilder::new(ms.len());
        for p in ms.chunks(piece.max(1)) {
            b.push(p);
        }
        b.finish()
    }

    /// Every form gives back each time as given and the same days, bit for bit, as
    /// dividing it by the milliseconds in a day.
    fn exact(ms: &[f64], t: &Times) {
        assert_eq!(t.len(), ms.len());
        for (i, m) in ms.iter().enumerate() {
            assert_eq!(t.ms(i).map(f64::to_bits), Some(m.to_bits()), "time {i}");
            assert_eq!(t.day(i).to_bits(), (m / DAY_MS).to_bits(), "day {i}");
        }
    }

    #[test]
    fn whole_seconds_take_four_bytes_a_point_and_stay_exact() {
        let start = 1_767_312_000_000.0; // 2026-01-02
        let minutes: Vec<f64> = (0..200_000).map(|i| start + f64::from(i) * 60_000.0).collect();
        for piece in [1, 7, 65_536, 1 << 20] {
            let t = taken(&minutes, piece);
            assert!(matches!(t, Times::Seconds { .. }), "piece {piece}");
            assert_eq!(t.bytes(), 4 * minutes.len());
            exact(&minutes, &t);
        }
        // gaps (a market's nights and weekends) and seconds are whole seconds too
        let ticks = [start, start + 1000.0, start + 86_400_000.0 * 3.0 + 17_000.0, start + 4_294_967_295_000.0];
        let t = taken(&ticks, 2);
        assert!(matches!(t, Times::Seconds { .. }));
        exact(&ticks, &t);
    }

    #[test]
    fn anything_else_is_kept_as_given() {
        let start = 1_767_312_000_000.0;
        for ms in [
            vec![start, start + 1000.5, start + 2000.0], // a fraction of a millisecond
            vec![start, start + 1500.0],                 // half a second
            vec![start, start + 4_294_967_296_000.0],    // beyond 136 years of seconds
            vec![start, start - 1000.0],                 // backwards (refused later)
            vec![-0.0, 1000.0],                          // -0 gives 0 back
            vec![f64::NAN, 0.0],
            vec![0.0, f64::INFINITY],
            vec![f64::NEG_INFINITY],
        ] {
            for piece in [1, 2, 64] {
                let t = taken(&ms, piece);
                assert!(matches!(t, Times::Ms(_)), "{ms:?}");
                assert_eq!(t.bytes(), 8 * ms.len());
                for (i, m) in ms.iter().enumerate() {
                    assert_eq!(t.ms(i).map(f64::to_bits), Some(m.to_bits()));
                }
            }
        }
        assert!(matches!(taken(&[], 1), Times::Seconds { .. }));
    }

    #[test]
    fn a_series_is_checked_and_drawn_the_same_in_every_form() {
        let start = 1_767_312_000_000.0;
        let ms: Vec<f64> = (0..5000).map(|i| start + f64::from(i) * 60_000.0).collect();
        let y: Vec<f64> = (0..5000).map(|i| 30.0 + (f64::from(i) * 0.01).sin()).collect();
        let days: Vec<f64> = ms.iter().map(|m| m / DAY_MS).collect();
        let compact = Series { x: taken(&ms, 333), y: y.clone(), ..Series::default() };
        let given = Series { x: Times::Ms(ms.clone()), y: y.clone(), ..Series::default() };
        let (d0, d1) = (days[0], days[4999]);
        let want = crate::calc::m4(&days, &y, d0, d1, 300);
        assert_eq!(compact.m4(d0, d1, 300), want);
        assert_eq!(given.m4(d0, d1, 300), want);
        // the same errors, naming the same point
        let mut bad = ms.clone();
        bad[17] = bad[16];
        let e = |x: &Times| check_series("series \"s\"", x, &y).unwrap_err().to_string();
        let want = check_points("series \"s\"", &bad.iter().map(|m| m / DAY_MS).collect::<Vec<_>>(), &y)
            .unwrap_err()
            .to_string();
        assert!(want.contains("points[17]"), "{want}");
        assert_eq!(e(&taken(&bad, 10)), want);
        assert_eq!(e(&Times::Ms(bad)), want);
    }
}
