//! Reading a decimal number from text, as `str::parse::<f64>` does. In the browser the
//! conversion itself is the browser's own `Number` (correctly rounded, as Rust's is) once
//! the text is known to be in Rust's grammar: the standard library's float parser, with
//! its 10 KB table of powers of five, would otherwise be compiled into the reader's wasm
//! for three small uses.

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

/// `format!("{v:e}")`, from `format!("{v}")`: the same shortest digits that read back as
/// `v`, in exponent form (`1e308`, `-2.5e-7`, `0e0`). The wasm then carries one float
/// formatter, not a second one for exponents.
///
/// ```
/// use ipo_lens::float::exponent;
/// assert_eq!(exponent(1e308), "1e308");
/// assert_eq!(exponent(-0.000000123), "-1.23e-7");
/// assert_eq!(exponent(0.0), "0e0");
/// ```
pub fn exponent(v: f64) -> String {
    let s = v.to_string();
    if !v.is_finite() {
        return s;
    }
    let (sign, body) = s.split_at(usize::from(s.starts_with('-')));
    let point = body.find('.').unwrap_or(body.len());
    let digits: String = body.chars().filter(|&c| c != '.').collect();
    let lead = digits.bytes().take_while(|&c| c == b'0').count();
    let digits = digits[lead..].trim_end_matches('0');
    if digits.is_empty() {
        return format!("{sign}0e0");
    }
    let e = point as i64 - 1 - lead as i64;
    let (first, rest) = digits.split_at(1);
    let dot = if rest.is_empty() { "" } else { "." };
    format!("{sign}{first}{dot}{rest}e{e}")
}

#[cfg(test)]
mod tests {
    use super::*;

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
