//! Reading and writing decimal numbers as the standard library does (`str::parse::<f64>`,
//! `format!("{v}")`, `format!("{v:.N}")`, `format!("{v:e}")`). In the browser the reading
//! is the browser's own `Number` (correctly rounded, as Rust's is) once the text is known
//! to be in Rust's grammar, the shortest digits are the browser's `String(v)` (the
//! shortest that read back as `v`, the nearest of them, as Rust's), and a fixed number of
//! decimals is worked out here from the value's exact decimal expansion: the standard
//! library's float parser (a 10 KB table of powers of five) and its float formatting
//! (grisu, dragon and their big numbers) are then not compiled into the reader's wasm.
//! Natively all of it is the standard library's.

/// `s` as `str::parse::<f64>` reads it: an optional sign, then `inf`, `infinity` or `nan`
/// (any case), or digits with an optional `.` (at least one digit in all) and an optional
/// exponent (`e` or `E`, an optional sign, digits); `None` for anything else.
pub fn parse_f64(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let b = body.as_bytes();
    let digits = |mut i: usize| {
        let from = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        (i, i - from)
    };
    let (mut i, whole) = digits(0);
    let mut fraction = 0;
    if i < b.len() && b[i] == b'.' {
        (i, fraction) = digits(i + 1);
    }
    if whole + fraction == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let (end, n) = digits(i);
        if n == 0 {
            return None;
        }
        i = end;
    }
    if i != b.len() {
        return None;
    }
    Some(convert(s))
}

/// `x` to the power `y`: the browser's `Math.pow` in the wasm (which then carries no `pow`
/// of its own), the platform's `powf` natively.
#[cfg(target_arch = "wasm32")]
pub fn pow(x: f64, y: f64) -> f64 {
    math::pow(x, y)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// 10ⁿ exactly as the decimal literal `1en` reads (`powf` and `Math.pow` drift in the last
/// bit for some).
pub fn pow10(n: i32) -> f64 {
    parse_f64(&format!("1e{n}")).unwrap_or_else(|| 10f64.powi(n))
}

/// The base-10 logarithm of `x`: the browser's `Math.log10` in the wasm, the platform's
/// natively. Both give `n` exactly for 10ⁿ.
#[cfg(target_arch = "wasm32")]
pub fn log10(x: f64) -> f64 {
    math::log10(x)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn log10(x: f64) -> f64 {
    x.log10()
}

#[cfg(target_arch = "wasm32")]
mod math {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Math)]
        pub fn pow(x: f64, y: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn log10(x: f64) -> f64;
    }
}

/// The value of `s`, already checked to be a decimal number in Rust's grammar.
#[cfg(target_arch = "wasm32")]
fn convert(s: &str) -> f64 {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        /// JavaScript's `Number(text)`.
        #[wasm_bindgen(js_name = Number)]
        fn number(s: &str) -> f64;
    }
    number(s)
}

#[cfg(not(target_arch = "wasm32"))]
fn convert(s: &str) -> f64 {
    s.parse().unwrap_or(f64::NAN)
}

/// `format!("{v:e}")`, from the digits of `format!("{v}")`: the same shortest digits that
/// read back as `v`, in exponent form (`1e308`, `-2.5e-7`, `0e0`). The wasm then carries
/// one float formatter, not a second one for exponents.
///
/// ```
/// use ipo_lens::float::exponent;
/// assert_eq!(exponent(1e308), "1e308");
/// assert_eq!(exponent(-0.000000123), "-1.23e-7");
/// assert_eq!(exponent(0.0), "0e0");
/// ```
pub fn exponent(v: f64) -> String {
    if !v.is_finite() {
        return special(v);
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let (digits, point) = digits(v.abs());
    if digits.is_empty() {
        return format!("{sign}0e0");
    }
    let e = point - 1;
    let (first, rest) = digits.split_at(1);
    let dot = if rest.is_empty() { "" } else { "." };
    format!("{sign}{first}{dot}{rest}e{e}")
}

/// The digits of `mantissa` (digits with an optional `.`) with no zeros leading or
/// trailing (none at all for zero), and where the point falls among them, given where it
/// falls among `mantissa`'s (`0.0012300`, 1: `123`, -2).
fn significant(mantissa: &str, point: i64) -> (String, i64) {
    let digits = crate::replace_any(mantissa, &['.'], "");
    let lead = digits.bytes().take_while(|&c| c == b'0').count();
    (digits[lead..].trim_end_matches('0').to_string(), point - lead as i64)
}

/// The shortest digits that read back as `x` (finite, ≥ 0) as [`significant`] gives
/// them, and where the point falls among them: `format!("{x}")`'s.
#[cfg(not(target_arch = "wasm32"))]
fn digits(x: f64) -> (String, i64) {
    let s = x.to_string();
    significant(&s, s.find('.').unwrap_or(s.len()) as i64)
}

/// The shortest digits that read back as `x` (finite, ≥ 0) as [`significant`] gives
/// them, and where the point falls among them: from the browser's `String(x)`, which
/// writes the same digits as Rust (the shortest that read back as `x`, the nearest to it
/// of those) but with an exponent from 1e21 up and below 1e-6.
#[cfg(target_arch = "wasm32")]
fn digits(x: f64) -> (String, i64) {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        /// JavaScript's `String(number)`.
        #[wasm_bindgen(js_name = String)]
        fn js_string(v: f64) -> String;
    }
    // "123.45", "0.000123", "1.5e-7", "1e+21": the digits, and where the point falls
    let s = js_string(x);
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    // JavaScript's exponent, `-7` or `+21`, read by the `usize` reader the crate compiles anyway
    let (sign, exp) = exp.strip_prefix('-').map_or((1, exp), |e| (-1, e));
    let exp = sign * exp.trim_start_matches('+').parse::<usize>().unwrap_or(0) as i64;
    // (the crate's `find`: `str::find` with a `char` would be compiled for this call alone)
    let point = crate::find(mantissa, ".").unwrap_or(mantissa.len()) as i64 + exp;
    let (mut digits, mut point) = significant(mantissa, point);
    // Where two shortest candidates are exactly as near (x = 1149636667324797.25 between
    // …797.2 and …797.3), JavaScript takes the even one and Rust the larger. That needs
    // the interval around x to hold two of them, 10^k apart with 10^k ≤ x's ulp, so 16
    // digits or more.
    if digits.len() >= 16 {
        let (mut ds, frac) = exact(x);
        let t = ds.iter().take_while(|&&d| d == 0).count();
        if ds.len() - t == digits.len() + 1 && ds[t] == 5 {
            point = ds.len() as i64 - frac as i64;
            cut(&mut ds, t + 1);
            match ds.iter().position(|&d| d != 9) {
                Some(i) => {
                    ds[i] += 1;
                    ds[..i].iter_mut().for_each(|d| *d = 0);
                }
                None => {
                    ds.iter_mut().for_each(|d| *d = 0);
                    ds.push(1);
                    point += 1;
                }
            }
            digits = text(&ds);
            digits.truncate(digits.trim_end_matches('0').len());
        }
    }
    (digits, point)
}

/// `format!("{v}")`: the shortest digits that read back as `v`, written out without an
/// exponent (`1000000000000000000000`, `0.0000001`, `-0`, `NaN`, `inf`).
///
/// ```
/// use ipo_lens::float::shortest;
/// assert_eq!(shortest(0.1 + 0.2), "0.30000000000000004");
/// assert_eq!(shortest(1e21), "1000000000000000000000");
/// assert_eq!(shortest(-0.0), "-0");
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn shortest(v: f64) -> String {
    v.to_string()
}

/// `format!("{v}")`, from the browser's digits ([`digits`]), laid out as Rust does: no
/// exponent, and a sign on negative zero.
#[cfg(target_arch = "wasm32")]
pub fn shortest(v: f64) -> String {
    if !v.is_finite() {
        return special(v);
    }
    let mut out = String::from(if v.is_sign_negative() { "-" } else { "" });
    // a whole number (an opacity of 1, say: every drawn shape has one) without a call into
    // the browser: its digits are the integer's
    if v.fract() == 0.0 && v.abs() < 1e15 {
        out.push_str(&(v.abs() as u64).to_string());
        return out;
    }
    let (digits, point) = digits(v.abs());
    let digits = digits.as_str();
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat('0').take(-point as usize));
        out.push_str(digits);
    } else if (point as usize) < digits.len() {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    } else {
        out.push_str(digits);
        out.extend(std::iter::repeat('0').take(point as usize - digits.len()));
    }
    out
}

/// `v` written as [`shortest`] writes it, where a `format!` takes a `Display`
/// (`format!("got {}", Shortest(v))` is `format!("got {v}")`).
pub struct Shortest(pub f64);

impl std::fmt::Display for Shortest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&shortest(self.0))
    }
}

/// `format!("{v:.decimals$}")`: `v` rounded to `decimals` decimals, an exact tie to the
/// even last digit, with a `-` for any negative `v` (`-0.0` for -0.04 to one decimal).
///
/// ```
/// use ipo_lens::float::fixed;
/// assert_eq!(fixed(2.5, 0), "2");
/// assert_eq!(fixed(0.125, 2), "0.12");
/// assert_eq!(fixed(-0.04, 1), "-0.0");
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn fixed(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}")
}

/// `format!("{v:.decimals$}")`, from the value's exact decimal expansion.
#[cfg(target_arch = "wasm32")]
pub fn fixed(v: f64, decimals: usize) -> String {
    exact_fixed(v, decimals)
}

/// NaN, inf and -inf as Rust writes them.
fn special(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v < 0.0 {
        "-inf".into()
    } else {
        "inf".into()
    }
}

/// `format!("{v:.decimals$}")` worked out from the exact value: what [`fixed`] is in the
/// browser (natively it is the standard library's, and this is checked against it).
pub fn exact_fixed(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return special(v);
    }
    let (mut ds, frac) = exact(v.abs());
    if frac > decimals {
        round_off(&mut ds, frac - decimals);
    } else {
        below(&mut ds, decimals - frac);
    }
    // (leading zeros pushed one at a time: `resize` would be compiled for this call alone)
    while ds.len() <= decimals {
        ds.push(0);
    }
    let mut out = String::from(if v.is_sign_negative() { "-" } else { "" });
    for (i, d) in ds.iter().rev().enumerate() {
        if i == ds.len() - decimals {
            out.push('.');
        }
        out.push(char::from(b'0' + d));
    }
    out
}

/// `x` (finite, not zero) rounded to `n` significant digits (1 or more), an exact tie to
/// the even last digit: the digits and the power of ten of the first one, as
/// `format!("{x:.(n - 1)e}")` writes them.
pub fn exact_significant(x: f64, n: usize) -> (String, i32) {
    let (mut ds, frac) = exact(x.abs());
    let mut exp = ds.len() as i32 - 1 - frac as i32;
    if ds.len() > n {
        let r = ds.len() - n;
        round_off(&mut ds, r);
        if ds.len() > n {
            // 9.99… rounded up to 10.0…: one more digit, a zero at the end (`cut`, as
            // `remove(0)` would be compiled for this call alone)
            cut(&mut ds, 1);
            exp += 1;
        }
    } else {
        let k = n - ds.len();
        below(&mut ds, k);
    }
    (text(&ds), exp)
}

/// `k` zeros put below the lowest of the digits `ds` (as `splice(0..0, …)` would, without
/// its `Splice` and `Drain` code in the reader's wasm).
fn below(ds: &mut Vec<u8>, k: usize) {
    let mut z = vec![0; k];
    z.extend_from_slice(ds);
    *ds = z;
}

/// The lowest `k` (at most all) of the digits `ds` dropped, as `drain(..k)` would.
fn cut(ds: &mut Vec<u8>, k: usize) {
    ds.copy_within(k.., 0);
    ds.truncate(ds.len() - k);
}

/// Digits kept lowest first, as text (highest first).
fn text(ds: &[u8]) -> String {
    let mut out = String::with_capacity(ds.len());
    for d in ds.iter().rev() {
        out.push(char::from(b'0' + d));
    }
    out
}

/// The exact decimal expansion of finite `x` ≥ 0: its digits from the last one up (at
/// least one) and how many of them are decimals.
fn exact(x: f64) -> (Vec<u8>, usize) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mant, mut exp) = if e == 0 { (fraction, -1074) } else { (fraction | 1 << 52, e - 1075) };
    if mant == 0 {
        return (vec![0], 0);
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += tz as i32;
    let mut ds = Vec::with_capacity(24);
    while mant > 0 {
        ds.push((mant % 10) as u8);
        mant /= 10;
    }
    // m × 2^e is m × 2^e (e ≥ 0), or m × 5^-e with -e decimals
    let (base, mut n, step): (u64, u32, u32) = if exp >= 0 { (2, exp as u32, 30) } else { (5, -exp as u32, 13) };
    while n > 0 {
        let k = n.min(step);
        n -= k;
        let f = base.pow(k);
        let mut carry = 0;
        for d in ds.iter_mut() {
            let t = u64::from(*d) * f + carry;
            *d = (t % 10) as u8;
            carry = t / 10;
        }
        while carry > 0 {
            ds.push((carry % 10) as u8);
            carry /= 10;
        }
    }
    (ds, if exp < 0 { -exp as usize } else { 0 })
}

/// Drops the last `r` (≥ 1) of the digits `ds` (last one first), rounding to the nearest,
/// an exact tie to the even last digit kept.
fn round_off(ds: &mut Vec<u8>, r: usize) {
    let first = ds.get(r - 1).copied().unwrap_or(0);
    let rest = ds.iter().take(r - 1).any(|&d| d != 0);
    let last = ds.get(r).copied().unwrap_or(0);
    let up = first > 5 || (first == 5 && (rest || last % 2 == 1));
    let r = r.min(ds.len());
    cut(ds, r);
    if up {
        for d in ds.iter_mut() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                return;
            }
        }
        ds.push(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values every formatting test goes through: zeros, ties, subnormals, the
    /// largest, integers past 2^53 and 1e21, the non-finite.
    const EDGES: [f64; 32] = [
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.375,
        -0.125,
        1e22,
        1.5e22,
        2f64 * 9007199254740993.0,
        9007199254740993.0,
        1e21,
        999999999999999900000.0,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        f64::from_bits(0x000F_FFFF_FFFF_FFFF), // the largest subnormal
        1e-7,
        0.1,
        0.3,
        0.05,
        0.95,
        9.995,
        99.5,
        1e300,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];

    /// `exact_fixed` (the browser's `fixed`) writes what `format!("{v:.N}")` writes.
    #[test]
    fn exact_fixed_is_rusts() {
        let check = |v: f64, d: usize| assert_eq!(exact_fixed(v, d), format!("{v:.d$}"), "{v:?} to {d}");
        for v in EDGES {
            for d in 0..=20 {
                check(v, d);
            }
        }
        // exact ties at every position: k / 2^(d+1) for odd k
        for d in 0..12 {
            for k in (1..400u32).step_by(2) {
                let v = f64::from(k) / 2f64.powi(d as i32 + 1);
                check(v, d);
                check(-v, d);
            }
        }
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for i in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let d = (x % 18) as usize;
            let v = f64::from_bits(x);
            // all bit patterns (only a few, every 50th: subnormals take long), and decimals
            if i % 50 == 0 {
                check(v, d);
            }
            let w = (x >> 20) as f64 / 10f64.powi((x % 12) as i32);
            check(w, d);
            check(-w / 7.0, d);
        }
    }

    /// `exact_significant` rounds as `format!("{x:.Ne}")` does.
    #[test]
    fn exact_significant_is_rusts() {
        let check = |v: f64, n: usize| {
            let (digits, exp) = exact_significant(v, n);
            let (first, rest) = digits.split_at(1);
            let dot = if rest.is_empty() { "" } else { "." };
            let m = n - 1;
            assert_eq!(format!("{first}{dot}{rest}e{exp}"), format!("{:.m$e}", v.abs()), "{v:?} to {n}");
        };
        for v in EDGES.iter().filter(|v| v.is_finite() && **v != 0.0) {
            for n in 1..=20 {
                check(*v, n);
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x >> 2);
            if v.is_finite() && v != 0.0 {
                check(v, 1 + (x % 17) as usize);
            }
            check(9.5 * 10f64.powi((x % 40) as i32 - 20), 1);
        }
    }

    /// The same text as `format!("{v:e}")` for edge values and any bit pattern.
    #[test]
    fn exponent_is_rusts() {
        let edges = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            1e308,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            1e-7,
            123456.0,
            1e16,
            1e15,
            0.3,
            2.5,
            1e21,
            1e-6,
            9007199254740993.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for v in edges {
            assert_eq!(exponent(v), format!("{v:e}"), "{v:?}");
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            // xorshift over every bit pattern: subnormals, huge, NaN payloads
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            assert_eq!(exponent(v), format!("{v:e}"), "{v:?}");
            let w = (x % 1_000_000) as f64 / 1000.0;
            assert_eq!(exponent(w), format!("{w:e}"), "{w:?}");
        }
    }

    #[test]
    fn reads_as_the_standard_library() {
        for s in [
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.",
            ".5",
            "-.5",
            "+1",
            "1,5",
            " 1",
            "1 ",
            "0x10",
            "1_000",
            "inf",
            "-INF",
            "Infinity",
            "+infinity",
            "nan",
            "NaN",
            "-nan",
            "infinit",
            "1e400",
            "-1e400",
            "1e-400",
            "123.456e-7",
            "12E3",
            "1.2.3",
            "١٢",
            "１２",
            "0.1",
            "-0",
            "00012",
            "9007199254740993",
        ] {
            let want = s.parse::<f64>().ok();
            let got = parse_f64(s);
            assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{s:?}");
        }
    }
}
