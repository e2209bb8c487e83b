//! Growth: compound annual growth rates between two dated values.

use crate::error::{Error, Result};

/// Compound annual growth rate in percent from `start` to `end` over `years`.
///
/// ```
/// // China's intelligent-computing chip market: $1.7bn (2020) → $30.1bn (2024): ≈105 %
/// let g = ipo_lens::calc::cagr_pct(17.0, 301.0, 4.0).unwrap();
/// assert!((g - 105.13).abs() < 0.01);
/// ```
pub fn cagr_pct(start: f64, end: f64, years: f64) -> Result<f64> {
    super::returns::positive("start value", start)?;
    super::returns::positive("end value", end)?;
    if !(years.is_finite() && years > 0.0) {
        return Err(Error::calc(format!("years must be a positive number, got {}", crate::float::Shortest(years))));
    }
    Ok((crate::float::pow(end / start, 1.0 / years) - 1.0) * 100.0)
}

/// The value reached from `start` after `years` at `cagr_pct` percent a year.
///
/// ```
/// let v = ipo_lens::calc::grow(301.0, 46.3, 5.0).unwrap();
/// assert!((v - 2017.0).abs() < 1.0); // the article's forecast is 2012
/// ```
pub fn grow(start: f64, cagr_pct: f64, years: f64) -> Result<f64> {
    super::returns::positive("start value", start)?;
    if !(cagr_pct.is_finite() && cagr_pct > -100.0 && years.is_finite()) {
        return Err(Error::calc(format!(
            "cannot grow at {} % for {} years",
            crate::float::Shortest(cagr_pct),
            crate::float::Shortest(years)
        )));
    }
    Ok(start * crate::float::pow(1.0 + cagr_pct / 100.0, years))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cagr_by_hand() {
        // (2012/301)^(1/5) = 6.68439^0.2 = 1.46220 → 46.22 %
        assert!((cagr_pct(301.0, 2012.0, 5.0).unwrap() - 46.22).abs() < 0.01);
        let back = grow(17.0, cagr_pct(17.0, 301.0, 4.0).unwrap(), 4.0).unwrap();
        assert!((back - 301.0).abs() < 1e-9);
        assert!(cagr_pct(0.0, 1.0, 1.0).is_err());
        assert!(cagr_pct(1.0, 2.0, 0.0).is_err());
    }
}
