//! Value → pixel mappings and their ticks: linear with "nice" steps, or log10 for values
//! that differ by orders of magnitude (2,347× beside 26×).

use serde::{Deserialize, Serialize};

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
    pub kind: ScaleKind,
    pub lo: f64,
    pub hi: f64,
    pub p0: f64,
    pub p1: f64,
    step: f64,
}

/// A "nice" tick step (1, 2 or 5 × 10ⁿ) giving about `target` ticks over `span`.
pub fn nice_step(span: f64, target: f64) -> f64 {
    let raw = span / target.max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
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

/// 10ⁿ exactly as the decimal literal `1en` reads (powf drifts in the last bit).
pub fn pow10(n: i32) -> f64 {
    crate::float::parse_f64(&format!("1e{n}")).unwrap_or_else(|| 10f64.powi(n))
}

impl Scale {
    /// A scale covering `values` (and zero, on a linear scale) over `p0..p1` pixels, with
    /// ticks about `spacing` pixels apart (wider for long tick labels).
    pub fn spaced(kind: ScaleKind, values: &[f64], p0: f64, p1: f64, spacing: f64) -> Scale {
        let target = ((p1 - p0).abs() / spacing).floor().max(1.0);
        match kind {
            ScaleKind::Linear => {
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
                    return Scale { kind, lo: 0.0, hi: 1.0, p0, p1, step: 1.0 };
                }
                Scale { kind, lo, hi, p0, p1, step }
            }
            ScaleKind::Log => {
                let (mut lo0, mut hi0) = (f64::INFINITY, 0.0_f64);
                for v in values.iter().filter(|v| **v > 0.0 && v.is_finite()) {
                    lo0 = lo0.min(*v);
                    hi0 = hi0.max(*v);
                }
                let (lo0, hi0) = if lo0.is_finite() && hi0 > 0.0 { (lo0, hi0) } else { (1.0, 10.0) };
                // the decade below the smallest value: a value on an exact power of ten
                // still gets a visible bar, not one of zero length
                let mut klo = lo0.log10().floor() as i32;
                if pow10(klo) >= lo0 {
                    klo -= 1;
                }
                let khi = (hi0.log10().ceil() as i32).max(klo + 1);
                let khi = if pow10(khi) < hi0 { khi + 1 } else { khi };
                // ticks every `stride` decades, about `target` of them: never overprinted
                let stride = ((khi - klo) as f64 / target).ceil().max(1.0);
                let khi = klo + (((khi - klo) as f64 / stride).ceil() * stride) as i32;
                Scale { kind, lo: pow10(klo), hi: pow10(khi), p0, p1, step: stride }
            }
        }
    }

    /// Pixel position of `v` (a log scale clamps non-positive values to its start).
    pub fn px(&self, v: f64) -> f64 {
        let t = match self.kind {
            ScaleKind::Linear => (v - self.lo) / (self.hi - self.lo),
            ScaleKind::Log if v <= 0.0 => 0.0,
            ScaleKind::Log => (v.log10() - self.lo.log10()) / (self.hi.log10() - self.lo.log10()),
        };
        self.p0 + t * (self.p1 - self.p0)
    }

    /// The base of a bar: zero, or the start of a log scale.
    pub fn base(&self) -> f64 {
        match self.kind {
            // max/min, not clamp: no panic whatever the bounds
            ScaleKind::Linear => self.px(0.0_f64.max(self.lo).min(self.hi)),
            ScaleKind::Log => self.p0,
        }
    }

    /// A scale whose tick labels (`label(tick)`, `px` high text) do not collide:
    /// the tick spacing widens until the widest label fits between two ticks.
    pub fn fitted(kind: ScaleKind, values: &[f64], p0: f64, p1: f64, label: &dyn Fn(f64) -> String) -> Scale {
        let mut spacing = 70.0;
        loop {
            let s = Scale::spaced(kind, values, p0, p1, spacing);
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
        for t in self.ticks() {
            out.push((self.px(t), axis(t)));
        }
        out
    }

    /// The tick values, at most [`MAX_TICKS`] of them whatever the bounds (a step below
    /// the precision of the bounds cannot loop).
    pub fn ticks(&self) -> Vec<f64> {
        let mut out = Vec::new();
        match self.kind {
            ScaleKind::Linear => {
                let mut t = self.lo;
                while t <= self.hi + self.step * 1e-6 && out.len() < MAX_TICKS {
                    out.push(if t.abs() < self.step * 1e-9 { 0.0 } else { t });
                    t += self.step;
                }
            }
            ScaleKind::Log => {
                // each tick an exact power of ten (1e-15, not 1.0000000000000001e-15)
                let (klo, khi) = (self.lo.log10().round() as i32, self.hi.log10().round() as i32);
                let stride = (self.step.round() as i32).max(1);
                for k in (klo..=khi).step_by(stride as usize).take(MAX_TICKS) {
                    out.push(pow10(k));
                }
            }
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
            for kind in [ScaleKind::Linear, ScaleKind::Log] {
                let s = Scale::spaced(kind, &values, 300.0, 0.0, 44.0);
                assert!(s.ticks().len() <= MAX_TICKS, "{values:?}");
                let _ = s.base();
            }
        }
        // a step below the bounds' precision would never advance
        let s = Scale {
            kind: ScaleKind::Linear,
            lo: 2f64.powi(60),
            hi: 2f64.powi(60) + 4096.0,
            p0: 0.0,
            p1: 1.0,
            step: 1.0,
        };
        assert_eq!(s.ticks().len(), MAX_TICKS);
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(800.0, 4.0), 200.0);
        assert_eq!(nice_step(120.0, 5.0), 50.0);
        assert_eq!(nice_step(1.0, 4.0), 0.5);
    }

    #[test]
    fn log_scale_spans_decades() {
        let s = Scale::spaced(ScaleKind::Log, &[25.95, 2347.53], 0.0, 300.0, 70.0);
        assert_eq!((s.lo, s.hi), (10.0, 10_000.0));
        assert_eq!(s.ticks(), vec![10.0, 100.0, 1000.0, 10_000.0]);
        assert!((s.px(100.0) - 100.0).abs() < 1e-9);
    }

    /// Issue 16, item 6: a log scale at the extremes. Failed before: the bar of 100 had
    /// no length, 1e-15's tick was 1.0000000000000001e-15, thirty decades printed thirty
    /// overlapping labels.
    #[test]
    fn log_scale_at_the_extremes() {
        // a value on an exact power of ten gets a visible mark
        let s = Scale::spaced(ScaleKind::Log, &[100.0, 1000.0], 0.0, 300.0, 70.0);
        assert!(s.px(100.0) - s.base() >= 1.0, "zero-length bar: {s:?}");
        // ticks are exact powers of ten, printed without noise
        let s = Scale::fitted(ScaleKind::Log, &[1e-15, 2347.53], 0.0, 600.0, &|t| super::super::format::tick(t));
        for t in s.ticks() {
            let k = t.log10().round() as i32;
            assert_eq!(t, pow10(k), "{t}");
            assert_ne!(super::super::format::tick(t), "0", "{t}");
        }
        assert!(s.px(1e-15) > s.base(), "1e-15 drawn at the base");
        // no two labels overprint
        let ticks = s.ticks();
        for w in ticks.windows(2) {
            let gap = s.px(w[1]) - s.px(w[0]);
            let half = |t: f64| super::super::text::text_width(&super::super::format::tick(t), 11.0) / 2.0;
            assert!(gap >= half(w[0]) + half(w[1]), "{} and {} overprint ({gap}px)", w[0], w[1]);
        }
        assert!(ticks.len() >= 2);
        // the smallest tick is a readable label, never "0"
        assert_eq!(super::super::format::tick(1e-15), "10⁻¹⁵");
        assert_eq!(super::super::format::tick(0.001), "0.001");
        assert_eq!(super::super::format::tick(0.1 + 0.2), "0.3");
        assert_eq!(super::super::format::tick(1e18), "10¹⁸");
        assert_eq!(super::super::format::tick(2_347.0), "2,347");
    }

    #[test]
    fn linear_scale_includes_zero() {
        let s = Scale::spaced(ScaleKind::Linear, &[118.8, 502.0, 755.2], 0.0, 400.0, 70.0);
        assert_eq!(s.lo, 0.0);
        assert!(s.hi >= 755.2);
        assert_eq!(s.px(0.0), 0.0);
    }
}
