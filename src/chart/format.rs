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
pub fn plain(v: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3 + 4);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
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
        format!("-{grouped}")
    } else {
        grouped
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
    let a = v.abs();
    match lang.words().numbers {
        Numbers::Myriads { yi, .. } if a >= 1e8 => format!("{}{yi}", plain(v / 1e8, 2)),
        Numbers::Myriads { wan, .. } if a >= 1e4 => format!("{}{wan}", plain(v / 1e4, 2)),
        Numbers::Thousands { words, .. } if a >= 1e9 => format!("{}{}", plain(v / 1e9, 2), words[2]),
        Numbers::Thousands { words, .. } if a >= 1e6 => format!("{}{}", plain(v / 1e6, 1), words[1]),
        Numbers::Thousands { words, .. } if a >= 1e4 => format!("{}{}", plain(v / 1e3, 1), words[0]),
        _ => plain(v, 2),
    }
}

/// Money with its currency: 42.88港元 / HK$42.88; large amounts scaled.
///
/// ```
/// use ipo_lens::{chart::money, model::Currency, Lang};
/// assert_eq!(money(42.88, Currency::Hkd, Lang::Zh), "42.88港元");
/// assert_eq!(money(42.88, Currency::Hkd, Lang::En), "HK$42.88");
/// assert_eq!(money(5.375e9, Currency::Hkd, Lang::En), "HK$5.38 billion");
/// assert_eq!(money(688.0, Currency::Cny, Lang::En), "CN¥688");
/// ```
pub fn money(v: f64, c: Currency, lang: Lang) -> String {
    (lang.words().money)(&scaled(v, lang), c)
}

/// Money for an axis, short: 1,000亿港元 / HK$100bn / CN¥200k.
///
/// ```
/// use ipo_lens::{chart::money_short, model::Currency, Lang};
/// assert_eq!(money_short(2.0e5, Currency::Cny, Lang::En), "CN¥200k");
/// assert_eq!(money_short(1.0e11, Currency::Hkd, Lang::En), "HK$100bn");
/// assert_eq!(money_short(1.0e11, Currency::Hkd, Lang::Zh), "1,000亿港元");
/// ```
pub fn money_short(v: f64, c: Currency, lang: Lang) -> String {
    let w = lang.words();
    let Numbers::Thousands { short, .. } = w.numbers else {
        return money(v, c, lang);
    };
    let a = v.abs();
    let n = if a >= 1e9 {
        format!("{}{}", plain(v / 1e9, 1), short[2])
    } else if a >= 1e6 {
        format!("{}{}", plain(v / 1e6, 1), short[1])
    } else if a >= 1e3 {
        format!("{}{}", plain(v / 1e3, 1), short[0])
    } else {
        plain(v, 2)
    };
    (w.money)(&n, c)
}

/// A large amount in three significant figures, without its currency, for a value
/// label on a chart that names the currency once: 1.02bn, 886m, 5,890万, 10.2亿.
///
/// ```
/// use ipo_lens::{chart::compact, Lang};
/// assert_eq!(compact(1.0183e9, Lang::En), "1.02bn");
/// assert_eq!(compact(886.3e6, Lang::En), "886m");
/// assert_eq!(compact(58_903_000.0, Lang::Zh), "5,890万");
/// assert_eq!(compact(1.0183e9, Lang::Zh), "10.2亿");
/// assert_eq!(compact(-499.0, Lang::En), "-499");
/// ```
pub fn compact(v: f64, lang: Lang) -> String {
    let a = v.abs();
    let (div, word) = match lang.words().numbers {
        Numbers::Myriads { yi, .. } if a >= 1e8 => (1e8, yi),
        Numbers::Myriads { wan, .. } if a >= 1e4 => (1e4, wan),
        Numbers::Thousands { short, .. } if a >= 1e9 => (1e9, short[2]),
        Numbers::Thousands { short, .. } if a >= 1e6 => (1e6, short[1]),
        Numbers::Thousands { short, .. } if a >= 1e3 => (1e3, short[0]),
        _ => (1.0, ""),
    };
    let x = a / div;
    let decimals = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    format!("{}{word}", plain(v / div, decimals))
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
        format!("+{p}%")
    } else {
        format!("{p}%")
    }
}

/// Any figure value with its unit and currency.
pub fn value(v: f64, unit: Unit, currency: Option<Currency>, lang: Lang) -> String {
    match (unit, currency) {
        (Unit::Money | Unit::PricePerShare, Some(c)) => money(v, c, lang),
        (Unit::Percent, _) => percent(v, 2, false),
        (Unit::Times, _) => format!("{}×", plain(v, 2)),
        (u, _) => {
            let w = lang.words();
            let n = scaled(v, lang);
            match (w.unit)(u) {
                "" => n,
                word => (w.count)(&n, word),
            }
        }
    }
}
