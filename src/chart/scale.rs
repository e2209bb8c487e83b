//! Value → pixel mappings and their ticks: linear, from zero, with "nice" steps. Every bar
//! and column starts at zero on a linear scale (a log axis made 2,347× look like five times
//! 26×); the element's `scale` option is still read ([`ScaleKind`]) and ignored.

use serde::{Deserialize, Serialize};

/// The element's `scale` option (`linear`, `log`): accepted and ignored, every view draws
/// a linear scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScaleKind {
    #[default]
    Linear,
    Log,
}

/// The most ticks an axis gets (a few dozen at most are ever drawn).
pub const MAX_TICKS: usize = 100;

/// A mapping from a value domain to a pixel range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub lo: f64,
    pub hi: f64,
    pub p0: f64,
    pub p1: f64,
    step: f64,
}

/// A "nice" tick step (1, 2 or 5 × 10ⁿ) giving about `target` ticks over `span`.
pub fn nice_step(span: f64, target: f64) -> f64 {
    let raw = span / target.max(1.0);
    let mag = crate::float::pow10(crate::float::log10(raw).floor() as i32);
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

impl Scale {
    /// A scale covering `values` and zero over `p0..p1` pixels, with ticks about
    /// `spacing` pixels apart (wider for long tick labels).
    pub fn spaced(values: &[f64], p0: f64, p1: f64, spacing: f64) -> Scale {
        let target = ((p1 - p0).abs() / spacing).floor().max(1.0);
        let (mut lo0, mut hi0) = (0.0_f64, 0.0_f64);
        for v in values.iter().filter(|v| v.is_finite()) {
            lo0 = lo0.min(*v);
            hi0 = hi0.max(*v);
        }
        let hi0 = if hi0 - lo0 < 1e-12 { lo0 + 1.0 } else { hi0 };
        let step = nice_step(hi0 - lo0, target);
        let (lo, hi) = ((lo0 / step).floor() * step, (hi0 / step).ceil() * step);
        // a span beyond f64 (values near ±f64::MAX): one plain unit step, drawn
        // but not divided; no tick loop can then run away
        if !(step.is_finite() && step > 0.0 && lo.is_finite() && hi.is_finite() && hi > lo) {
            return Scale { lo: 0.0, hi: 1.0, p0, p1, step: 1.0 };
        }
        Scale { lo, hi, p0, p1, step }
    }

    /// Pixel position of `v`.
    pub fn px(&self, v: f64) -> f64 {
        self.p0 + (v - self.lo) / (self.hi - self.lo) * (self.p1 - self.p0)
    }

    /// The base of a bar: zero.
    pub fn base(&self) -> f64 {
        // max/min, not clamp: no panic whatever the bounds
        self.px(0.0_f64.max(self.lo).min(self.hi))
    }

    /// A scale whose tick labels (`label(tick)`, `px` high text) do not collide:
    /// the tick spacing widens until the widest label fits between two ticks.
    pub fn fitted(values: &[f64], p0: f64, p1: f64, label: &dyn Fn(f64) -> String) -> Scale {
        let mut spacing = 70.0;
        loop {
            let s = Scale::spaced(values, p0, p1, spacing);
            let ticks = s.ticks();
            let mut widest: f64 = 0.0;
            for &t in &ticks {
                widest = widest.max(super::text::text_width(&label(t), 11.0));
            }
            let gap = if ticks.len() > 1 { (s.px(ticks[1]) - s.px(ticks[0])).abs() } else { f64::INFINITY };
            if widest + 12.0 <= gap || ticks.len() <= 2 || spacing > (p1 - p0).abs() {
                return s;
            }
            spacing *= 1.4;
        }
    }

    /// Each tick's place and its label written by `axis` (a grid's lines and labels).
    pub fn grid(&self, axis: &dyn Fn(f64) -> String) -> Vec<(f64, String)> {
        let mut out = Vec::new();
        for &t in &self.ticks() {
            out.push((self.px(t), axis(t)));
        }
        out
    }

    /// The tick values, at most [`MAX_TICKS`] of them whatever the bounds (a step below
    /// the precision of the bounds cannot loop). Callers loop over them by reference (a
    /// loop over the vector itself compiled its iterator's `next` and drop at each).
    pub fn ticks(&self) -> Vec<f64> {
        let mut out = Vec::new();
        let mut t = self.lo;
        while t <= self.hi + self.step * 1e-6 && out.len() < MAX_TICKS {
            out.push(if t.abs() < self.step * 1e-9 { 0.0 } else { t });
            t += self.step;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_values_give_bounded_ticks_and_no_panic() {
        for values in [[0.0, f64::MAX], [-f64::MAX, f64::MAX], [f64::NAN, 1.0], [2f64.powi(60), 2f64.powi(60) + 4096.0]]
        {
            let s = Scale::spaced(&values, 300.0, 0.0, 44.0);
            assert!(s.ticks().len() <= MAX_TICKS, "{values:?}");
            let _ = s.base();
        }
        // a step below the bounds' precision would never advance
        let s = Scale { lo: 2f64.powi(60), hi: 2f64.powi(60) + 4096.0, p0: 0.0, p1: 1.0, step: 1.0 };
        assert_eq!(s.ticks().len(), MAX_TICKS);
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(800.0, 4.0), 200.0);
        assert_eq!(nice_step(120.0, 5.0), 50.0);
        assert_eq!(nice_step(1.0, 4.0), 0.5);
    }

    #[test]
    fn tick_labels_read_plainly() {
        // the smallest and largest are readable labels, never "0" or float noise
        assert_eq!(super::super::format::tick(1e-15), "10⁻¹⁵");
        assert_eq!(super::super::format::tick(0.001), "0.001");
        assert_eq!(super::super::format::tick(0.1 + 0.2), "0.3");
        assert_eq!(super::super::format::tick(1e18), "10¹⁸");
        assert_eq!(super::super::format::tick(2_347.0), "2,347");
        for k in -20..=20 {
            assert_eq!(crate::float::pow10(k), format!("1e{k}").parse::<f64>().unwrap(), "{k}");
        }
    }

    #[test]
    fn linear_scale_includes_zero() {
        let s = Scale::spaced(&[118.8, 502.0, 755.2], 0.0, 400.0, 70.0);
        assert_eq!(s.lo, 0.0);
        assert!(s.hi >= 755.2);
        assert_eq!(s.px(0.0), 0.0);
        assert_eq!(s.base(), 0.0);
    }

    #[test]
    fn fitted_labels_do_not_overprint() {
        let s = Scale::fitted(&[0.0, 2_347_530_000.0], 0.0, 300.0, &|t| super::super::format::tick(t));
        let ticks = s.ticks();
        assert!(ticks.len() >= 2);
        for w in ticks.windows(2) {
            let gap = s.px(w[1]) - s.px(w[0]);
            let half = |t: f64| super::super::text::text_width(&super::super::format::tick(t), 11.0) / 2.0;
            assert!(gap >= half(w[0]) + half(w[1]), "{} and {} overprint ({gap}px)", w[0], w[1]);
        }
    }
}
