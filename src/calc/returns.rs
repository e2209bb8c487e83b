//! Listing returns: the gain against the offer price, the price behind a gain, the paper
//! profit on one lot, and the share count a market cap implies.

use crate::error::{Error, Result};

/// The gain, in percent, of `price` over the `offer` price.
///
/// ```
/// // Biren: offer HK$19.6, first-day close HK$34.46 → +75.82 %
/// let g = ipo_lens::calc::gain_pct(19.6, 34.46).unwrap();
/// assert!((g - 75.816).abs() < 1e-3);
/// ```
pub fn gain_pct(offer: f64, price: f64) -> Result<f64> {
    positive("offer price", offer)?;
    positive("price", price)?;
    Ok((price / offer - 1.0) * 100.0)
}

/// The price at which the gain over `offer` is `gain_pct` percent (the inverse of [`gain_pct`]).
///
/// ```
/// let p = ipo_lens::calc::price_for_gain(114.28, 502.0).unwrap();
/// assert!((p - 687.96).abs() < 0.01); // Moore Threads' first-day high was 688
/// ```
pub fn price_for_gain(offer: f64, gain_pct: f64) -> Result<f64> {
    positive("offer price", offer)?;
    if !gain_pct.is_finite() || gain_pct <= -100.0 {
        return Err(Error::calc(format!("a gain must be above -100 %, got {}", crate::float::Shortest(gain_pct))));
    }
    Ok(offer * (1.0 + gain_pct / 100.0))
}

/// Paper profit on one lot of `lot` shares bought at `offer` and valued at `price`.
///
/// ```
/// // MetaX: 500 shares, offer ¥104.66, first-day high ¥895 → ¥395,170 ("近40万元")
/// let p = ipo_lens::calc::lot_profit(104.66, 895.0, 500.0).unwrap();
/// assert!((p - 395_170.0).abs() < 1e-6);
/// ```
pub fn lot_profit(offer: f64, price: f64, lot: f64) -> Result<f64> {
    positive("offer price", offer)?;
    positive("price", price)?;
    positive("lot size", lot)?;
    Ok((price - offer) * lot)
}

/// Shares outstanding implied by a market cap and the share price at the same moment.
///
/// ```
/// // Biren at the first-day close: HK$825.71亿 / HK$34.46 ≈ 2.396 billion shares
/// let n = ipo_lens::calc::implied_shares(825.71e8, 34.46).unwrap();
/// assert!((n / 1e9 - 2.3961).abs() < 1e-4);
/// ```
pub fn implied_shares(market_cap: f64, price: f64) -> Result<f64> {
    positive("market cap", market_cap)?;
    positive("price", price)?;
    Ok(market_cap / price)
}

pub(crate) fn positive(what: &str, v: f64) -> Result<()> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        Err(Error::calc(format!("{what} must be a positive number, got {}", crate::float::Shortest(v))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_gains_by_hand() {
        // (42.88 - 19.6) / 19.6 = 1.18775...
        assert!((gain_pct(19.6, 42.88).unwrap() - 118.7755).abs() < 1e-3);
        // (688 - 114.28) / 114.28 = 5.02030...
        assert!((gain_pct(114.28, 688.0).unwrap() - 502.030).abs() < 1e-3);
        // MetaX latest: 580.1 / 104.66 - 1 = 4.54271...
        assert!((gain_pct(104.66, 580.1).unwrap() - 454.271).abs() < 1e-3);
    }

    #[test]
    fn round_trip_and_refusals() {
        let p = price_for_gain(19.6, gain_pct(19.6, 34.46).unwrap()).unwrap();
        assert!((p - 34.46).abs() < 1e-9);
        assert!(gain_pct(0.0, 10.0).unwrap_err().to_string().contains("offer price must be a positive number, got 0"));
        assert!(price_for_gain(10.0, -100.0).is_err());
        assert!(lot_profit(1.0, 2.0, f64::NAN).is_err());
    }
}
