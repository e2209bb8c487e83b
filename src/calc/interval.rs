//! Interval arithmetic for printed numbers. A value printed as 30.1 stands for anything
//! in 30.05..30.15; carrying both ends through a calculation tells us whether a derived
//! figure in the story *could* have come from its inputs, whatever the rounding.

use crate::model::{Figure, Qualifier};

/// A closed interval `lo..=hi`.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// An exact value.
    pub const fn exact(v: f64) -> Self {
        Interval { lo: v, hi: v }
    }

    /// Any value between `a` and `b`, in either order.
    pub fn new(a: f64, b: f64) -> Self {
        Interval { lo: a.min(b), hi: a.max(b) }
    }

    /// The values that print as `value` when rounded to a last digit of size `last_digit`.
    ///
    /// ```
    /// use ipo_lens::calc::Interval;
    /// let i = Interval::rounded(30.1, 0.1);
    /// assert!((i.lo - 30.05).abs() < 1e-12 && (i.hi - 30.15).abs() < 1e-12);
    /// ```
    pub fn rounded(value: f64, last_digit: f64) -> Self {
        let h = last_digit / 2.0;
        Interval { lo: value - h, hi: value + h }
    }

    /// What a figure of the story can mean, from how it was printed and qualified:
    /// exact → rounding interval; 超 (over) → from the number up to the next step of its
    /// last significant digit; 以上 (at least) → the same; 近 (nearly) → one step below
    /// up to the number; 约 (about) → one step either side. In a qualified whole number
    /// trailing zeros are not significant: "超过210名" steps by 10, "近40万" by 10万.
    /// 不超过 (up to) → from zero to the number; a range → its two ends.
    /// A figure without `as_written` is taken as exact.
    pub fn of(f: &Figure) -> Self {
        let step = f.written().map_or(0.0, |w| {
            let mut step = w.last_digit;
            if f.qualifier != Qualifier::Exact && w.decimals == 0 && step > 0.0 {
                let mut units = (w.value / step).round();
                while units >= 10.0 && tens(units) {
                    units /= 10.0;
                    step *= 10.0;
                }
            }
            step
        });
        let v = f.value;
        match f.qualifier {
            Qualifier::Exact => Interval::rounded(v, step),
            Qualifier::Over | Qualifier::AtLeast => Interval::new(v, v + step),
            Qualifier::Nearly => Interval::new(v - step, v),
            Qualifier::About => Interval::new(v - step, v + step),
            // "up to": anything from nothing to the number
            Qualifier::UpTo => Interval::new(v.min(0.0), v),
            // a range: its two ends, each as precise as printed
            Qualifier::Range => {
                let hi = f.value_high.unwrap_or(v);
                Interval::new(v - step / 2.0, hi + step / 2.0)
            }
        }
    }

    pub fn mid(self) -> f64 {
        (self.lo + self.hi) / 2.0
    }

    pub fn contains(self, v: f64) -> bool {
        self.lo <= v && v <= self.hi
    }

    pub fn overlaps(self, o: Interval) -> bool {
        self.lo <= o.hi && o.lo <= self.hi
    }

    /// Division; `None` when the divisor interval holds zero.
    pub fn checked_div(self, o: Interval) -> Option<Self> {
        if o.lo <= 0.0 && o.hi >= 0.0 {
            return None;
        }
        Some(self * Interval { lo: 1.0 / o.hi, hi: 1.0 / o.lo })
    }

    pub fn scale(self, k: f64) -> Self {
        Interval::new(self.lo * k, self.hi * k)
    }

    /// Applies a function that is monotonic increasing on the interval.
    pub fn map_increasing(self, f: impl Fn(f64) -> f64) -> Self {
        Interval { lo: f(self.lo), hi: f(self.hi) }
    }
}

/// `units % 10.0 == 0.0` for a whole number `units` of at least 10, without the float
/// remainder (`fmod` and its 128-bit division are 2 KB of the reader's wasm): below 2^63
/// the number is exactly a `u64`; from 2^63 up it is its 53-bit mantissa times a power of
/// two of at least 2^11, a multiple of ten when the mantissa is a multiple of five
/// (infinity: mantissa 2^52, not one, as `inf % 10.0` is NaN).
fn tens(units: f64) -> bool {
    if units < 9_223_372_036_854_775_808.0 {
        units as u64 % 10 == 0
    } else {
        ((units.to_bits() & ((1 << 52) - 1)) | (1 << 52)) % 5 == 0
    }
}

impl std::ops::Add for Interval {
    type Output = Interval;
    fn add(self, o: Interval) -> Interval {
        Interval { lo: self.lo + o.lo, hi: self.hi + o.hi }
    }
}

impl std::ops::Sub for Interval {
    type Output = Interval;
    fn sub(self, o: Interval) -> Interval {
        Interval { lo: self.lo - o.hi, hi: self.hi - o.lo }
    }
}

impl std::ops::Mul for Interval {
    type Output = Interval;
    fn mul(self, o: Interval) -> Interval {
        let c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi];
        Interval {
            lo: c.iter().copied().fold(f64::INFINITY, f64::min),
            hi: c.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_keeps_both_ends() {
        let a = Interval::new(1.0, 2.0);
        let b = Interval::new(3.0, 5.0);
        assert_eq!(a + b, Interval::new(4.0, 7.0));
        assert_eq!(b - a, Interval::new(1.0, 4.0));
        assert_eq!(a * b, Interval::new(3.0, 10.0));
        assert_eq!(b.checked_div(a).unwrap(), Interval::new(1.5, 5.0));
        assert!(b.checked_div(Interval::new(-1.0, 1.0)).is_none());
    }

    #[test]
    fn tens_is_the_float_remainder() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let check = |u: f64| assert_eq!(tens(u), u % 10.0 == 0.0, "{u:e}");
        for u in
            [10.0, 20.0, 25.0, 1e15, 9.007_199_254_740_992e15, 2f64.powi(63), 1e19, 1e22, 1e23, f64::MAX, f64::INFINITY]
        {
            check(u);
            check(u + 10.0);
        }
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // whole numbers from 10 to beyond f64::MAX's exponent, and small multiples
            let u =
                (f64::from_bits(0x4024_0000_0000_0000 + x % (0x7FF0_0000_0000_0000 - 0x4024_0000_0000_0000))).round();
            check(u);
            check((x % 100_000) as f64 * 10.0 + 10.0);
        }
    }
}
