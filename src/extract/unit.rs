//! What is printed around a number: the currency sign or code before it, the currency
//! word, unit or measure word after it, the qualifier (超/逾/近/约/以上/不超过, over/nearly/
//! about/up to) and a minus sign.

use crate::model::{Currency, Qualifier, Unit};

/// Currency signs written before a number, longest first (`None`: read through
/// [`Currency::suggest`], or ¥, which depends on the text).
const SIGNS: &[(&str, Option<Currency>)] = &[
    ("US$", Some(Currency::USD)),
    ("HK$", Some(Currency::HKD)),
    ("CN¥", Some(Currency::CNY)),
    ("RMB", Some(Currency::CNY)),
    ("Rmb", Some(Currency::CNY)),
    ("NT$", None),
    ("S$", None),
    ("A$", None),
    ("C$", None),
    ("€", Some(Currency::EUR)),
    ("£", Some(Currency::GBP)),
    ("₩", None),
    ("₹", None),
    ("¥", None),
    ("￥", None),
    ("$", Some(Currency::USD)),
];

/// The currency written right before byte `at` (allowing one space after a code): its
/// currency and where the sign starts.
pub(crate) fn currency_before(text: &str, at: usize) -> Option<(Currency, usize)> {
    let before = text.get(..at)?;
    let trimmed = before.strip_suffix(' ').unwrap_or(before);
    for (sign, cur) in SIGNS {
        if before.ends_with(sign) {
            let cur = match (cur, *sign) {
                (Some(c), _) => *c,
                (None, "¥" | "￥") => yen_or_yuan(text),
                (None, s) => Currency::suggest(s)?,
            };
            return Some((cur, at - sign.len()));
        }
    }
    // an ISO code: "USD 4.5bn", "HKD19.6", "EUR 17.50"
    let code = trimmed.get(trimmed.len().checked_sub(3)?..)?;
    let edge = trimmed[..trimmed.len() - 3].chars().next_back();
    if code.bytes().all(|b| b.is_ascii_uppercase()) && !edge.is_some_and(|c| c.is_ascii_alphanumeric()) {
        if let Some(cur) = Currency::from_code(code) {
            return Some((cur, trimmed.len() - 3));
        }
    }
    None
}

/// ¥ is the yen unless the text is Chinese and does not speak of yen.
fn yen_or_yuan(text: &str) -> Currency {
    let chinese = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if chinese && !text.contains("日元") && !text.contains('円') {
        Currency::CNY
    } else {
        Currency::JPY
    }
}

/// Currency words after a number (Chinese, then English with a space), longest first.
const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("人民币元", Currency::CNY),
    ("人民幣元", Currency::CNY),
    ("港元", Currency::HKD),
    ("港币", Currency::HKD),
    ("港幣", Currency::HKD),
    ("美元", Currency::USD),
    ("欧元", Currency::EUR),
    ("歐元", Currency::EUR),
    ("英镑", Currency::GBP),
    ("英鎊", Currency::GBP),
    ("日元", Currency::JPY),
    ("日圆", Currency::JPY),
    ("円", Currency::JPY),
    ("人民币", Currency::CNY),
    ("人民幣", Currency::CNY),
    ("元", Currency::CNY),
    (" Hong Kong dollars", Currency::HKD),
    (" HK dollars", Currency::HKD),
    (" US dollars", Currency::USD),
    (" dollars", Currency::USD),
    (" yuan", Currency::CNY),
    (" renminbi", Currency::CNY),
    (" euros", Currency::EUR),
    (" euro", Currency::EUR),
    (" pounds", Currency::GBP),
    (" yen", Currency::JPY),
];

/// Unit marks after a number that belong to how it is printed, longest first. The flag
/// says percentage points.
const UNIT_MARKS: &[(&str, Unit, bool)] = &[
    ("个百分点", Unit::Percent, true),
    ("個百分點", Unit::Percent, true),
    (" percentage points", Unit::Percent, true),
    (" percentage point", Unit::Percent, true),
    (" ppts", Unit::Percent, true),
    (" pp", Unit::Percent, true),
    ("%", Unit::Percent, false),
    ("％", Unit::Percent, false),
    (" percent", Unit::Percent, false),
    (" per cent", Unit::Percent, false),
    ("倍", Unit::Times, false),
    (" times", Unit::Times, false),
    ("×", Unit::Times, false),
    ("x", Unit::Times, false),
    ("人", Unit::People, false),
    ("名", Unit::People, false),
    ("颗", Unit::Chips, false),
    ("顆", Unit::Chips, false),
    ("轮", Unit::Rounds, false),
    ("輪", Unit::Rounds, false),
    ("家", Unit::Companies, false),
    ("股", Unit::Shares, false),
    (" TOPS", Unit::Tops, false),
    ("TOPS", Unit::Tops, false),
    ("nm", Unit::Nanometres, false),
    (" nm", Unit::Nanometres, false),
    ("纳米", Unit::Nanometres, false),
    ("納米", Unit::Nanometres, false),
];

/// English nouns after a number that say what it counts (not part of how it is printed).
const NOUNS: &[(&str, Unit)] = &[
    ("shares", Unit::Shares),
    ("share", Unit::Shares),
    ("adss", Unit::Shares),
    ("ads", Unit::Shares),
    ("american depositary shares", Unit::Shares),
    ("people", Unit::People),
    ("employees", Unit::People),
    ("staff", Unit::People),
    ("engineers", Unit::People),
    ("investors", Unit::Investors),
    ("cornerstone investors", Unit::Investors),
    ("chips", Unit::Chips),
    ("rounds", Unit::Rounds),
    ("companies", Unit::Companies),
    ("firms", Unit::Companies),
];

/// What follows the number: the unit, currency, percentage points flag, and the byte
/// where the printed figure ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct After {
    pub unit: Option<Unit>,
    pub currency: Option<Currency>,
    pub points: bool,
    pub end: usize,
}

/// Reads the currency word, unit mark or measure word after byte `at`.
pub(crate) fn after(text: &str, at: usize) -> After {
    let mut a = After { unit: None, currency: None, points: false, end: at };
    let Some(tail) = text.get(at..) else { return a };
    for (w, cur) in CURRENCY_WORDS {
        if starts_word(tail, w) {
            a.currency = Some(*cur);
            a.unit = Some(Unit::Money);
            a.end = at + w.len();
            // "19.6港元/股", "688元/股", "港元每股"
            for per in ["/股", "／股", "每股"] {
                if text[a.end..].starts_with(per) {
                    a.unit = Some(Unit::PricePerShare);
                    a.end += per.len();
                    break;
                }
            }
            return a;
        }
    }
    for (w, unit, points) in UNIT_MARKS {
        if starts_word(tail, w) {
            a.unit = Some(*unit);
            a.points = *points;
            a.end = at + w.len();
            if *unit == Unit::Companies && investors_follow(&text[a.end..]) {
                a.unit = Some(Unit::Investors);
            }
            return a;
        }
    }
    // an English noun after a space: counted, not part of the figure as printed
    if let Some(rest) = tail.strip_prefix(' ') {
        for (w, unit) in NOUNS {
            if starts_word(rest, w) {
                a.unit = Some(*unit);
                return a;
            }
        }
    }
    a
}

/// `tail` starts with `w` (ASCII letters compared without case), and an English word is
/// not the start of a longer one ("x" of "xyz", "nm" of "nmr").
fn starts_word(tail: &str, w: &str) -> bool {
    let Some(head) = tail.get(..w.len()) else { return false };
    let ascii = w.bytes().any(|b| b.is_ascii_alphabetic());
    if ascii {
        if !head.eq_ignore_ascii_case(w) {
            return false;
        }
        let next = tail[w.len()..].chars().next();
        !next.is_some_and(|c| c.is_ascii_alphanumeric())
    } else {
        head == w
    }
}

/// "23家基石投资者", "15家机构投资者": 家 counts investors.
fn investors_follow(rest: &str) -> bool {
    let near: String = rest.chars().take(6).collect();
    ["基石", "投资者", "投資者", "投资人", "机构"].iter().any(|w| near.contains(w))
}

/// Qualifier words right before a number (Chinese, then lower-cased English), longest
/// first.
const BEFORE: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::UpTo),
    ("不超過", Qualifier::UpTo),
    ("不多于", Qualifier::UpTo),
    ("最多", Qualifier::UpTo),
    ("至多", Qualifier::UpTo),
    ("不少于", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
    ("超过", Qualifier::Over),
    ("超過", Qualifier::Over),
    ("多于", Qualifier::Over),
    ("高于", Qualifier::Over),
    ("超", Qualifier::Over),
    ("逾", Qualifier::Over),
    ("接近", Qualifier::Nearly),
    ("将近", Qualifier::Nearly),
    ("將近", Qualifier::Nearly),
    ("近", Qualifier::Nearly),
    ("大约", Qualifier::About),
    ("大約", Qualifier::About),
    ("大概", Qualifier::About),
    ("约", Qualifier::About),
    ("約", Qualifier::About),
    ("up to ", Qualifier::UpTo),
    ("as much as ", Qualifier::UpTo),
    ("as many as ", Qualifier::UpTo),
    ("at most ", Qualifier::UpTo),
    ("no more than ", Qualifier::UpTo),
    ("at least ", Qualifier::AtLeast),
    ("more than ", Qualifier::Over),
    ("in excess of ", Qualifier::Over),
    ("upwards of ", Qualifier::Over),
    ("over ", Qualifier::Over),
    ("above ", Qualifier::Over),
    ("nearly ", Qualifier::Nearly),
    ("almost ", Qualifier::Nearly),
    ("close to ", Qualifier::Nearly),
    ("just under ", Qualifier::Nearly),
    ("approximately ", Qualifier::About),
    ("approx. ", Qualifier::About),
    ("around ", Qualifier::About),
    ("about ", Qualifier::About),
    ("roughly ", Qualifier::About),
    ("some ", Qualifier::About),
];

/// The qualifier written right before byte `at`.
pub(crate) fn qualifier_before(text: &str, at: usize) -> Option<Qualifier> {
    let before = text.get(..at)?;
    let tail_start = before.char_indices().rev().nth(15).map_or(0, |(i, _)| i);
    let tail = before[tail_start..].to_ascii_lowercase();
    for (w, q) in BEFORE {
        if tail.ends_with(w) {
            // 最近 is "recent", not "nearly"; 高达约 is still "about"
            if *w == "近" && (tail.ends_with("最近") || tail.ends_with("附近")) {
                return None;
            }
            // "over" after "rose as high as"/"turned over" is rare; "some" after a verb is a guess
            if w.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let rest = &tail[..tail.len() - w.len()];
                if rest.ends_with(|c: char| c.is_ascii_alphabetic()) {
                    continue;
                }
            }
            return Some(*q);
        }
    }
    None
}

/// The qualifier written right after the figure: 以上 (at least), 左右 (about),
/// "or more".
pub(crate) fn qualifier_after(text: &str, at: usize) -> Option<(Qualifier, usize)> {
    let tail = text.get(at..)?;
    for (w, q) in [
        ("或以上", Qualifier::AtLeast),
        ("以上", Qualifier::AtLeast),
        ("左右", Qualifier::About),
        (" or more", Qualifier::AtLeast),
    ] {
        if tail.starts_with(w) {
            return Some((q, w.len()));
        }
    }
    None
}

/// A word of falling right before the number ("下跌3.5%", "fell 3.5%", "down 3.5%").
pub(crate) fn falls_before(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else { return false };
    let start = before.char_indices().rev().nth(12).map_or(0, |(i, _)| i);
    let tail = before[start..].to_ascii_lowercase();
    let tail = tail.trim_end();
    [
        "跌", "下滑", "下降", "减少", "減少", "降至", "跌至", "fell", "down", "dropped", "declined", "fell by", "lost",
        "lower",
    ]
    .iter()
    .any(|w| tail.ends_with(w))
}

/// A minus sign right before byte `at` that is not a dash between two words or numbers.
pub(crate) fn minus_before(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    let sign = ['-', '\u{2212}', '－'].into_iter().find(|&s| before.ends_with(s))?;
    let start = at - sign.len_utf8();
    let prev = before[..start].chars().next_back();
    if prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_around() {
        assert_eq!(currency_before("at US$51", 6), Some((Currency::USD, 3)));
        assert_eq!(currency_before("HK$41.3", 3), Some((Currency::HKD, 0)));
        assert_eq!(currency_before("USD 4.5bn", 4), Some((Currency::USD, 0)));
        assert_eq!(currency_before("S$1.20", 2).map(|c| c.0.code()), Some("SGD"));
        assert_eq!(currency_before("FOO 4", 4), None);
        assert_eq!(currency_before("BR106", 2), None);
        let a = after("19.6港元/股,", 4);
        assert_eq!((a.unit, a.currency, a.end), (Some(Unit::PricePerShare), Some(Currency::HKD), 4 + 6 + 4));
        assert_eq!(after("23家基石投资者", 2).unit, Some(Unit::Investors));
        assert_eq!(after("15家规模化参与者", 2).unit, Some(Unit::Companies));
        assert!(after("3个百分点", 1).points);
        assert_eq!(after("95.5 million ADSs", 12).unit, Some(Unit::Shares));
        assert_eq!(after("3 xyz", 1).unit, None);
    }

    #[test]
    fn qualifiers_around() {
        let q = |t: &str| qualifier_before(t, t.len());
        assert_eq!(q("涨幅超"), Some(Qualifier::Over));
        assert_eq!(q("高达约"), Some(Qualifier::About));
        assert_eq!(q("不超过"), Some(Qualifier::UpTo));
        assert_eq!(q("最近"), None);
        assert_eq!(q("raised about "), Some(Qualifier::About));
        assert_eq!(q("The offering of up to "), Some(Qualifier::UpTo));
        assert_eq!(q("takeover "), None);
        assert_eq!(qualifier_after("33%以上", 3), Some((Qualifier::AtLeast, 6)));
        assert!(falls_before("股价下跌", 12));
        assert_eq!(minus_before("€−6.4m", 6), Some(3));
        assert_eq!(minus_before("x86-64", 4), None);
    }
}
