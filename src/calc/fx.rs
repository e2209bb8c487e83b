//! Currency conversion, only ever through an explicit, sourced rate from the dataset's
//! `inputs` (the story gives none): never a silent constant.

use crate::error::{Error, Result};
use crate::model::{Currency, Input};

/// Converts `amount` from `from` to `to` with `rate` (either direction of the rate works).
///
/// ```
/// use ipo_lens::calc::convert;
/// use ipo_lens::model::{Currency, Input, InputKind, Text};
/// let rate = Input { id: "fx".into(), kind: InputKind::FxRate, from: Currency::HKD, to: Currency::CNY,
///     rate: 0.9, as_of: "2026-01-02".into(), source: Text { en: Some("example".into()), ..Text::default() } };
/// assert!((convert(100.0, Currency::HKD, Currency::CNY, &rate).unwrap() - 90.0).abs() < 1e-9);
/// assert!((convert(90.0, Currency::CNY, Currency::HKD, &rate).unwrap() - 100.0).abs() < 1e-9);
/// ```
pub fn convert(amount: f64, from: Currency, to: Currency, rate: &Input) -> Result<f64> {
    if from == to {
        return Ok(amount);
    }
    if !(rate.rate.is_finite() && rate.rate > 0.0) {
        return Err(Error::calc(format!(
            "rate {} must be a positive number, got {}",
            rate.id,
            crate::float::Shortest(rate.rate)
        )));
    }
    if rate.from == from && rate.to == to {
        Ok(amount * rate.rate)
    } else if rate.from == to && rate.to == from {
        Ok(amount / rate.rate)
    } else {
        Err(Error::calc(format!(
            "rate {} converts {}→{}, not {}→{}",
            rate.id,
            rate.from.code(),
            rate.to.code(),
            from.code(),
            to.code()
        )))
    }
}
