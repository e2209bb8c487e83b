//! Reading the number itself: ASCII and full-width digits with thousands separators and
//! a decimal point, Chinese numerals (三千万, 两亿, 二十三, 二〇二五), and the scale word
//! that follows (万/亿/万亿…, thousand/million/bn/m…). Values are computed from the
//! printed digits in one decimal conversion, so "3.379亿" is exactly 337900000.

/// A number as printed: where it is, its value (scale applied) and how precisely it was
/// written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Num {
    pub start: usize,
    /// The byte after the digits (before any scale word).
    pub digits_end: usize,
    /// The byte after the scale word, if any (else `digits_end`).
    pub end: usize,
    pub value: f64,
    pub scale: f64,
    pub decimals: u32,
    /// Written in Chinese numerals.
    pub chinese: bool,
}

/// The value of a digit character, ASCII or full-width.
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

pub(crate) fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

fn zh_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn zh_small(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

fn zh_big(c: char) -> Option<u64> {
    match c {
        '万' | '萬' => Some(10_000),
        '亿' | '億' => Some(100_000_000),
        _ => None,
    }
}

/// Whether a Chinese numeral starts at this character (a digit word or 十; 百/千/万/亿
/// alone are words, not numbers: 千万 "by all means", 万一 "in case").
pub(crate) fn starts_zh(c: char) -> bool {
    zh_digit(c).is_some() || c == '十'
}

fn is_zh_numeral(c: char) -> bool {
    zh_digit(c).is_some() || zh_small(c).is_some() || zh_big(c).is_some()
}

/// Reads the number at byte `at` of `text`: Arabic digits (with a scale word after them)
/// or a Chinese numeral.
pub(crate) fn read(text: &str, at: usize) -> Option<Num> {
    let first = text.get(at..)?.chars().next()?;
    if is_digit(first) {
        read_arabic(text, at)
    } else if starts_zh(first) {
        read_chinese(text, at)
    } else {
        None
    }
}

fn read_arabic(text: &str, at: usize) -> Option<Num> {
    let rest = text.get(at..)?;
    let mut mantissa = String::new();
    let mut decimals: Option<u32> = None;
    let mut end = at;
    for (i, c) in rest.char_indices() {
        if let Some(d) = digit(c) {
            mantissa.push(char::from_digit(d, 10)?);
            if let Some(n) = decimals.as_mut() {
                *n += 1;
            }
            end = at + i + c.len_utf8();
            continue;
        }
        let after = &rest[i + c.len_utf8()..];
        let next_digit = after.chars().next().is_some_and(is_digit);
        if (c == '.' || c == '．') && decimals.is_none() && next_digit {
            mantissa.push('.');
            decimals = Some(0);
            continue;
        }
        // a thousands separator: exactly three digits follow, and no more
        let group: Vec<char> = after.chars().take(4).collect();
        let three = group.len() >= 3 && group[..3].iter().all(|&g| is_digit(g));
        if c == ',' && decimals.is_none() && three && !group.get(3).is_some_and(|&g| is_digit(g)) {
            continue;
        }
        break;
    }
    let (scale, exp, scale_len) = scale_after(&text[end..]);
    let value = decimal(&mantissa, exp)?;
    Some(Num {
        start: at,
        digits_end: end,
        end: end + scale_len,
        value,
        scale,
        decimals: decimals.unwrap_or(0),
        chinese: false,
    })
}

/// `digits` (ASCII, with at most one point) times ten to the `exp`, in one correctly
/// rounded conversion.
fn decimal(digits: &str, exp: i32) -> Option<f64> {
    if digits.is_empty() || digits.len() > 40 {
        return None;
    }
    format!("{digits}e{exp}").parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Chinese scale words after Arabic digits, longest first: (word, power of ten).
const ZH_SCALES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("千亿", 11),
    ("千億", 11),
    ("百亿", 10),
    ("百億", 10),
    ("十亿", 9),
    ("十億", 9),
    ("千万", 7),
    ("千萬", 7),
    ("百万", 6),
    ("百萬", 6),
    ("十万", 5),
    ("十萬", 5),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
    ("千", 3),
];

/// English scale words; `spaced` ones may follow a space ("4.87 billion"), the others
/// only touch the digits ("$675m").
const EN_SCALES: &[(&str, i32, bool)] = &[
    ("trillion", 12, true),
    ("billion", 9, true),
    ("million", 6, true),
    ("thousand", 3, true),
    ("tn", 12, true),
    ("bn", 9, true),
    ("mn", 6, true),
    ("b", 9, false),
    ("m", 6, false),
    ("k", 3, false),
];

/// The scale word at the start of `tail`: (multiplier, power of ten, bytes taken).
pub(crate) fn scale_after(tail: &str) -> (f64, i32, usize) {
    if let Some((w, e)) = ZH_SCALES.iter().find(|(w, _)| tail.starts_with(w)) {
        return (10f64.powi(*e), *e, w.len());
    }
    let spaces = tail.len() - tail.trim_start_matches([' ', '\u{a0}']).len();
    for (w, e, spaced) in EN_SCALES {
        let skip = if *spaced { spaces } else { 0 };
        let Some(head) = tail.get(skip..skip + w.len()) else { continue };
        if !head.eq_ignore_ascii_case(w) {
            continue;
        }
        let next = tail.get(skip + w.len()..).and_then(|r| r.chars().next());
        if next.is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        return (10f64.powi(*e), *e, skip + w.len());
    }
    (1.0, 0, 0)
}

/// Reads a Chinese numeral run: positional (二〇二五 → 2025) or with units (二十三 → 23,
/// 三千万 → 30000000, 两亿 → 200000000, 一万亿 → 10¹²).
fn read_chinese(text: &str, at: usize) -> Option<Num> {
    let rest = text.get(at..)?;
    let len: usize = rest.chars().take_while(|&c| is_zh_numeral(c)).map(char::len_utf8).sum();
    let run = &rest[..len];
    let value = zh_value(run)?;
    // the largest big unit at the end is the scale ("三千万": 3000 × 万)
    let scale = match run.chars().last().and_then(zh_big) {
        Some(b) => b as f64,
        None => 1.0,
    };
    Some(Num { start: at, digits_end: at + len, end: at + len, value, scale, decimals: 0, chinese: true })
}

/// The value of a Chinese numeral.
///
/// Positional when it has no unit characters, else the usual reading: digits times
/// 十/百/千 make a section, 万 and 亿 multiply what came before.
fn zh_value(run: &str) -> Option<f64> {
    let chars: Vec<char> = run.chars().collect();
    if chars.is_empty() {
        return None;
    }
    if chars.len() > 1 && chars.iter().all(|&c| zh_digit(c).is_some()) {
        let mut v: u64 = 0;
        for &c in &chars {
            v = v.checked_mul(10)?.checked_add(zh_digit(c)?)?;
        }
        return Some(v as f64);
    }
    let (mut total, mut section, mut pending) = (0u64, 0u64, 0u64);
    let mut biggest = 1u64;
    for &c in &chars {
        if let Some(d) = zh_digit(c) {
            pending = d;
        } else if let Some(u) = zh_small(c) {
            let d = if pending == 0 { 1 } else { pending };
            section = section.checked_add(d.checked_mul(u)?)?;
            pending = 0;
        } else if let Some(b) = zh_big(c) {
            let part = section.checked_add(pending)?;
            if b > biggest {
                total = total.checked_add(part)?.checked_mul(b)?;
                biggest = b;
            } else {
                total = total.checked_add(part.checked_mul(b)?)?;
            }
            section = 0;
            pending = 0;
        }
    }
    Some(total.checked_add(section)?.checked_add(pending)? as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(t: &str) -> Option<f64> {
        read(t, 0).map(|n| n.value)
    }

    #[test]
    fn arabic_digits_with_scales() {
        assert_eq!(v("3.379亿元"), Some(337_900_000.0));
        assert_eq!(v("5890.3万元"), Some(58_903_000.0));
        assert_eq!(v("１２３"), Some(123.0));
        assert_eq!(v("１２．５％"), Some(12.5));
        assert_eq!(v("2,048 TOPS"), Some(2048.0));
        assert_eq!(v("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(v("12,34"), Some(12.0), "two digits after a comma are not a group");
        assert_eq!(v("4.87 billion"), Some(4.87e9));
        assert_eq!(v("675m"), Some(675e6));
        assert_eq!(v("3 months"), Some(3.0));
        assert_eq!(v("12 members"), Some(12.0));
        assert_eq!(v("2.5万亿"), Some(2.5e12));
        assert_eq!(v("7nm"), Some(7.0));
        assert_eq!(read("3.379亿元", 0).map(|n| (n.decimals, n.end)), Some((3, 8)));
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(v("三千万"), Some(3e7));
        assert_eq!(v("两亿"), Some(2e8));
        assert_eq!(v("二十三家"), Some(23.0));
        assert_eq!(v("一万"), Some(1e4));
        assert_eq!(v("十年"), Some(10.0));
        assert_eq!(v("二〇二五年"), Some(2025.0));
        assert_eq!(v("三亿五千万"), Some(3.5e8));
        assert_eq!(v("一万亿"), Some(1e12));
        assert_eq!(v("一百零五"), Some(105.0));
        assert_eq!(v("万一"), None);
    }
}
