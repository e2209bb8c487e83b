//! Number formats in the reader's language, with the words of its catalog: 万/亿 in
//! Chinese, thousand/million/billion in English, currency in every money value, an explicit sign on gains.

use crate::i18n::Numbers;
use crate::model::{Currency, Unit};
use crate::Lang;

/// A plain number with up to `decimals` decimals, trailing zeros dropped, thousands
/// separated by commas.
///
/// ```
/// use ipo_lens::chart::plain;
/// assert_eq!(plain(2347.53, 2), "2,347.53");
/// assert_eq!(plain(19.6, 2), "19.6");
/// assert_eq!(plain(-0.0, 1), "0");
/// ```
/// `a` then `b` (one function, not a `format!` at each place two texts are joined).
pub fn cat(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

pub fn plain(v: f64, decimals: usize) -> String {
    grouped(v, decimals, true)
}

/// [`plain`], its thousands grouped by commas or not (not: no `replace` of the commas after).
fn grouped(v: f64, decimals: usize, commas: bool) -> String {
    let s = crate::float::fixed(v.abs(), decimals);
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3 + 4);
    for (i, ch) in int.chars().enumerate() {
        if commas && i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if let Some(f) = frac {
        grouped.push('.');
        grouped.push_str(f);
    }
    let is_zero = grouped.chars().all(|c| c == '0' || c == '.' || c == ',');
    if v < 0.0 && !is_zero {
        cat("-", &grouped)
    } else {
        grouped
    }
}

/// A tick label for any scale, at the extremes too: at most twelve significant digits (no
/// floating-point noise: 0.1 + 0.2 is "0.3"), and powers of ten too small or too large to
/// write out as 10ⁿ ("10⁻¹⁵", never "0").
///
/// ```
/// use ipo_lens::chart::tick;
/// assert_eq!(tick(1e-15), "10⁻¹⁵");
/// assert_eq!(tick(0.25), "0.25");
/// assert_eq!(tick(1e6), "1,000,000");
/// ```
pub fn tick(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return plain(v, 0);
    }
    let k = crate::float::log10(v.abs()).floor() as i32;
    if !(-6..16).contains(&k) {
        let mantissa = v / crate::float::pow10(k);
        let sup: String = k
            .to_string()
            .chars()
            .map(|c| match c {
                '-' => '⁻',
                d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][d.to_digit(10).unwrap_or(0) as usize],
            })
            .collect();
        let m = plain(mantissa, 11);
        return if m == "1" || m == "-1" {
            format!("{}10{sup}", if v < 0.0 { "-" } else { "" })
        } else {
            format!("{m}×10{sup}")
        };
    }
    // twelve significant digits in all
    let decimals = (11 - k).clamp(0, 17) as usize;
    plain(v, decimals)
}

/// A plain number as the language writes it: thousands grouped in English (2,347.53),
/// not in Chinese, where the article writes 2347.53倍, 6203万元 and 1027亿港元.
///
/// ```
/// use ipo_lens::{chart::number, Lang};
/// assert_eq!(number(2347.53, 2, Lang::En), "2,347.53");
/// assert_eq!(number(2347.53, 2, Lang::Zh), "2347.53");
/// ```
pub fn number(v: f64, decimals: usize, lang: Lang) -> String {
    match lang.words().numbers {
        Numbers::Myriads { .. } => grouped(v, decimals, false),
        Numbers::Thousands { .. } => plain(v, decimals),
    }
}

/// A large count or amount in words of the language: 3.379亿 / 337.9 million.
///
/// ```
/// use ipo_lens::{chart::scaled, Lang};
/// assert_eq!(scaled(337_900_000.0, Lang::Zh), "3.38亿");
/// assert_eq!(scaled(337_900_000.0, Lang::En), "337.9 million");
/// assert_eq!(scaled(471_000.0, Lang::Zh), "47.1万");
/// assert_eq!(scaled(590.0, Lang::En), "590");
/// ```
pub fn scaled(v: f64, lang: Lang) -> String {
    scaled_to(v, lang, None)
}

/// [`scaled`] at the source's precision: `last_digit` is what one unit of the last
/// printed digit is worth (1e6 for "53.75亿", from `read_written`), so that the figure
/// keeps every digit the source printed in either language ("5.375 billion", never
/// "5.38 billion"). Without it, two decimals (one for millions and thousands).
///
/// ```
/// use ipo_lens::{chart::scaled_to, Lang};
/// assert_eq!(scaled_to(5.375e9, Lang::En, Some(1e6)), "5.375 billion");
/// assert_eq!(scaled_to(3.379e8, Lang::Zh, Some(1e5)), "3.379亿");
/// assert_eq!(scaled_to(3.379e8, Lang::En, Some(1e5)), "337.9 million");
/// assert_eq!(scaled_to(1.474e9, Lang::En, Some(1e6)), "1.474 billion");
/// ```
pub fn scaled_to(v: f64, lang: Lang, last_digit: Option<f64>) -> String {
    let a = v.abs();
    let places = |scale: f64, default: usize| places(scale, last_digit, default);
    match lang.words().numbers {
        // 亿 and 万 as an axis has them (one divisor and word for both)
        Numbers::Myriads { .. } => {
            let (div, word) = label_unit(v, lang);
            cat(&number(v / div, places(div, 2), lang), word)
        }
        Numbers::Thousands { words, .. } if a >= 1e9 => cat(&plain(v / 1e9, places(1e9, 2)), words[2]),
        Numbers::Thousands { words, .. } if a >= 1e6 => cat(&plain(v / 1e6, places(1e6, 1)), words[1]),
        Numbers::Thousands { words, .. } if a >= 1e4 => cat(&plain(v / 1e3, places(1e3, 1)), words[0]),
        _ => plain(v, places(1.0, 2)),
    }
}

/// The decimals that keep every digit the source printed in a value written in units of
/// `scale`, where `last_digit` (see [`scaled_to`]) is known; else `default`.
fn places(scale: f64, last_digit: Option<f64>, default: usize) -> usize {
    match last_digit {
        Some(u) if u > 0.0 && u.is_finite() => (crate::float::log10(scale / u) - 1e-9).ceil().clamp(0.0, 6.0) as usize,
        _ => default,
    }
}

/// Money with its currency: 42.88港元 / HK$42.88; large amounts scaled.
///
/// ```
/// use ipo_lens::{chart::money, model::Currency, Lang};
/// assert_eq!(money(42.88, Currency::HKD, Lang::Zh), "42.88港元");
/// assert_eq!(money(42.88, Currency::HKD, Lang::En), "HK$42.88");
/// assert_eq!(money(5.375e9, Currency::HKD, Lang::En), "HK$5.38 billion");
/// assert_eq!(money(688.0, Currency::CNY, Lang::En), "CN¥688");
/// assert_eq!(money(-6.4e6, Currency::EUR, Lang::En), "−€6.4 million");
/// assert_eq!(money(-6.4e6, Currency::EUR, Lang::Zh), "−640万欧元");
/// ```
pub fn money(v: f64, c: Currency, lang: Lang) -> String {
    money_to(v, c, lang, None)
}

/// [`money`] at the source's precision (see [`scaled_to`]).
pub fn money_to(v: f64, c: Currency, lang: Lang, last_digit: Option<f64>) -> String {
    signed(v, |a| (lang.words().money)(&scaled_to(a, lang, last_digit), c))
}

/// A negative amount with a true minus before its currency ("−€6.4m", not "€-6.4m").
fn signed(v: f64, f: impl Fn(f64) -> String) -> String {
    let s = f(v.abs());
    if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        cat("\u{2212}", &s)
    } else {
        s
    }
}

/// Money for an axis, short: 1000亿港元 / HK$100bn / CN¥200k.
///
/// ```
/// use ipo_lens::{chart::money_short, model::Currency, Lang};
/// assert_eq!(money_short(2.0e5, Currency::CNY, Lang::En), "CN¥200k");
/// assert_eq!(money_short(1.0e11, Currency::HKD, Lang::En), "HK$100bn");
/// assert_eq!(money_short(1.0e11, Currency::HKD, Lang::Zh), "1000亿港元");
/// ```
pub fn money_short(v: f64, c: Currency, lang: Lang) -> String {
    money_short_to(v, c, lang, None)
}

/// [`money_short`] at the source's precision (see [`scaled_to`]): "CN¥1.474bn".
///
/// ```
/// use ipo_lens::{chart::money_short_to, model::Currency, Lang};
/// assert_eq!(money_short_to(1.474e9, Currency::CNY, Lang::En, Some(1e6)), "CN¥1.474bn");
/// assert_eq!(money_short_to(1.538e9, Currency::CNY, Lang::En, None), "CN¥1.5bn");
/// assert_eq!(money_short_to(-1.0e7, Currency::EUR, Lang::En, None), "−€10m");
/// ```
pub fn money_short_to(v: f64, c: Currency, lang: Lang, last_digit: Option<f64>) -> String {
    signed(v, |a| money_short_abs(a, c, lang, last_digit))
}

fn money_short_abs(v: f64, c: Currency, lang: Lang, last_digit: Option<f64>) -> String {
    let w = lang.words();
    if !matches!(w.numbers, Numbers::Thousands { .. }) {
        return money_to(v, c, lang, last_digit);
    }
    // bn, m and k as an axis has them: one decimal, two below a thousand
    let (div, word) = label_unit(v, lang);
    let n = cat(&plain(v / div, places(div, last_digit, if div > 1.0 { 1 } else { 2 })), word);
    (w.money)(&n, c)
}

/// The one unit a chart's value labels share: the scale of its largest value, as a
/// divisor and its word (亿 or 万; bn, m or k). A chart never writes 49.9万 beside 3.38亿.
pub fn label_unit(max: f64, lang: Lang) -> (f64, &'static str) {
    let a = max.abs();
    match lang.words().numbers {
        Numbers::Myriads { yi, .. } if a >= 1e8 => (1e8, yi),
        Numbers::Myriads { wan, .. } if a >= 1e4 => (1e4, wan),
        Numbers::Thousands { short, .. } if a >= 1e9 => (1e9, short[2]),
        Numbers::Thousands { short, .. } if a >= 1e6 => (1e6, short[1]),
        Numbers::Thousands { short, .. } if a >= 1e3 => (1e3, short[0]),
        _ => (1.0, ""),
    }
}

/// `v` in a chart's `unit` (see [`label_unit`]), without its currency (the chart names
/// it once), at the source's precision where `last_digit` is known, else to three
/// significant figures.
///
/// ```
/// use ipo_lens::{chart::{in_unit, label_unit}, Lang};
/// let yi = label_unit(3.379e8, Lang::Zh);
/// assert_eq!(in_unit(3.379e8, yi, Lang::Zh, Some(1e5)), "3.379亿");
/// assert_eq!(in_unit(499_000.0, yi, Lang::Zh, Some(1e3)), "0.00499亿");
/// assert_eq!(in_unit(58_903_000.0, yi, Lang::Zh, Some(1e3)), "0.58903亿");
/// let m = label_unit(3.379e8, Lang::En);
/// assert_eq!(in_unit(1.0183e9, label_unit(1.0183e9, Lang::En), Lang::En, None), "1.02bn");
/// assert_eq!(in_unit(62_030_000.0, m, Lang::En, Some(1e4)), "62.03m");
/// ```
pub fn in_unit(v: f64, unit: (f64, &str), lang: Lang, last_digit: Option<f64>) -> String {
    let (div, word) = unit;
    let x = v / div;
    match last_digit {
        // every digit the source printed, trailing zeros too ("US$2.70 billion" is 27.0亿)
        Some(u) if u > 0.0 && u.is_finite() => {
            let decimals = places(div, Some(u), 0);
            let s = number(x, decimals, lang);
            let shown = s.split_once('.').map_or(0, |(_, f)| f.len());
            let pad = decimals.saturating_sub(shown);
            let dot = if shown == 0 && pad > 0 { "." } else { "" };
            format!("{s}{dot}{}{word}", "0".repeat(pad))
        }
        _ => {
            let a = x.abs();
            let digits = if a > 0.0 { crate::float::log10(a).floor() as i32 + 1 } else { 1 };
            cat(&number(x, (3 - digits).clamp(0, 6) as usize, lang), word)
        }
    }
}

/// A percent; `signed` adds "+" to gains.
///
/// ```
/// use ipo_lens::chart::percent;
/// assert_eq!(percent(118.7755, 1, true), "+118.8%");
/// assert_eq!(percent(-3.0, 1, true), "-3%");
/// ```
pub fn percent(v: f64, decimals: usize, signed: bool) -> String {
    let p = plain(v, decimals);
    if signed && v > 0.0 && p != "0" {
        cat(&cat("+", &p), "%")
    } else {
        cat(&p, "%")
    }
}

/// Any figure value with its unit and currency.
pub fn value(v: f64, unit: Unit, currency: Option<Currency>, lang: Lang) -> String {
    value_to(v, unit, currency, lang, None)
}

/// [`value`] at the source's precision (see [`scaled_to`]).
pub fn value_to(v: f64, unit: Unit, currency: Option<Currency>, lang: Lang, last_digit: Option<f64>) -> String {
    match (unit, currency) {
        (Unit::Money | Unit::PricePerShare, Some(c)) => money_to(v, c, lang, last_digit),
        (Unit::Percent, _) => percent(v, 2, false),
        (Unit::Times, _) => cat(&number(v, 2, lang), "×"),
        (u, _) => {
            let w = lang.words();
            let n = scaled_to(v, lang, last_digit);
            match (w.unit)(u) {
                "" => n,
                word => w.count(&n, word),
            }
        }
    }
}
