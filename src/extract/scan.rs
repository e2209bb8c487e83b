//! The pass over the text: at each digit or Chinese numeral, decide what the number is
//! (a date or period, an ordinal, part of a name, or a figure) and read everything
//! printed with it.

use super::date::{self, Reference, Token};
use super::number::{self, is_digit, starts_zh, Num};
use super::unit;
use super::{Found, Role};
use crate::model::{Period, Qualifier, Unit};

/// Measure words after a Chinese numeral that make it a quantity (一个, 两颗, 十年).
const COUNTERS: &[char] = &[
    '个', '個', '家', '名', '人', '位', '颗', '顆', '款', '只', '台', '套', '件', '项', '項', '次', '轮', '輪', '倍',
    '股', '年', '月', '日', '天', '周', '季', '代', '条', '條', '座', '种', '種', '份', '批', '张', '張', '元', '成',
    '签', '手', '大', '亿', '億', '万', '萬',
];

/// Measure words printed with a figure that has no unit of ours (years, models, times…).
const MEASURES: &[char] = &[
    '个', '個', '款', '只', '台', '套', '件', '项', '項', '次', '年', '天', '周', '代', '条', '條', '座', '种', '種',
    '份', '批', '张', '張', '成', '签', '手', '位',
];

/// Words holding a numeral that are not quantities.
const NOT_NUMBERS: &[&str] = &["三位一体", "一个个", "一步步", "一五一十", "一一"];

/// The latest month the text names with its year (the reference for dates without one).
pub(crate) fn reference(text: &str) -> Option<Reference> {
    let mut best: Option<(i32, u8)> = None;
    let mut prev_digit = false;
    for (i, c) in text.char_indices() {
        let d = is_digit(c);
        if d && !prev_digit {
            let t = date::read_zh(text, i, None).or_else(|| date::read_en(text, i, None));
            if let Some(Token { period: Period::Date(y, m, _) | Period::Month(y, m), .. }) = t {
                best = best.max(Some((y, m)));
            }
        }
        prev_digit = d;
    }
    best.map(|(year, month)| Reference { year, month })
}

/// Every number of `text`, without sentences or periods of figures (see
/// [`super::context`]).
pub(crate) fn scan(text: &str, reference: Option<Reference>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
        let step = c.len_utf8();
        let floor = out.last().map_or(0, |f| f.end);
        let found = if is_digit(c) && !text[..i].ends_with(|p: char| is_digit(p)) {
            arabic(text, i, floor, reference, out.last())
        } else if starts_zh(c) {
            chinese(text, i)
        } else {
            None
        };
        match found {
            Some(f) => {
                i = f.end.max(i + step);
                out.push(f);
            }
            None if starts_zh(c) => {
                // skip the whole numeral run that is not a quantity
                let run: usize = text[i..]
                    .chars()
                    .take_while(|&c| starts_zh(c) || "百千万萬亿億".contains(c))
                    .map(char::len_utf8)
                    .sum();
                i += run.max(step);
            }
            None => i += step,
        }
    }
    out
}

fn blank(text: &str, start: usize, end: usize, value: f64, role: Role) -> Found {
    Found {
        sentence: String::new(),
        sentence_start: 0,
        sentence_end: 0,
        as_written: text.get(start..end).unwrap_or_default().to_string(),
        start,
        end,
        value,
        value_high: None,
        scale: 1.0,
        decimals: 0,
        unit: None,
        points: false,
        currency: None,
        qualifier: Qualifier::Exact,
        fall: false,
        period: None,
        role,
    }
}

/// A Chinese numeral that counts something (两颗, 二十三家, 三千万美元, 近十年), or an
/// ordinal (第一, 下一代); `None` for the 一 of 一些, 一度, 之一.
fn chinese(text: &str, at: usize) -> Option<Found> {
    if NOT_NUMBERS.iter().any(|w| text[at..].starts_with(w)) {
        return None;
    }
    let num = number::read(text, at)?;
    let next = text[num.end..].chars().next();
    let before = &text[..at];
    let next_or_last = (before.ends_with('下') || before.ends_with('上')) && text[at..].starts_with('一');
    if before.ends_with('第') || next_or_last {
        let start = if before.ends_with('第') { at - '第'.len_utf8() } else { at };
        return Some(blank(text, start, num.end, num.value, Role::Ordinal));
    }
    let long = text[at..num.end].chars().count() > 1;
    if !long && !next.is_some_and(|c| COUNTERS.contains(&c)) {
        return None;
    }
    Some(figure(text, num, None, None))
}

/// A number written in digits at byte `at`; `floor` is where the previous number ended.
fn arabic(text: &str, at: usize, floor: usize, reference: Option<Reference>, prev: Option<&Found>) -> Option<Found> {
    let before = &text[..at];
    let num = number::read(text, at)?;
    let letter_before = before.ends_with(|c: char| c.is_ascii_alphabetic());
    // dates and periods first: 2025年上半年, 30 June 2023, Q1 2025, FY2024
    let plain = num.scale == 1.0 && num.decimals == 0;
    if plain {
        let unit_after = unit::after(text, num.end).unit.is_some();
        let money_before = unit::currency_before(text, at).is_some();
        let t = date::read_zh(text, at, reference).or_else(|| {
            if unit_after || money_before {
                None
            } else {
                date::read_en(text, at, reference)
            }
        });
        if let Some(t) = t.filter(|t| t.start >= floor) {
            let mut f = blank(text, t.start, t.end, t.value, t.role);
            f.period = Some(t.period.to_string());
            return Some(f);
        }
    }
    // names and codes: BR106, A100, INT8, 18C, x86-64
    let digits_end = num.digits_end;
    let letter_after = text[digits_end..].starts_with(|c: char| c.is_ascii_alphabetic());
    let unit_after = unit::after(text, num.end).unit;
    let chained = prev
        .is_some_and(|p| p.role == Role::Label && matches!(text.get(p.end..at), Some("-" | "~" | "～" | "/" | ".")));
    if letter_before || chained || (letter_after && unit_after.is_none() && num.scale == 1.0) {
        let len: usize = text[digits_end..].chars().take_while(char::is_ascii_alphanumeric).map(char::len_utf8).sum();
        let lead = before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
        let start = (at - lead).max(floor);
        return Some(blank(text, start, digits_end + len, num.value, Role::Label));
    }
    // ordinals: 第3, 3rd, 右1, a heading line "01"
    let suffix = text.get(digits_end..digits_end + 2).map(str::to_ascii_lowercase);
    let english_ordinal = matches!(suffix.as_deref(), Some("st" | "nd" | "rd" | "th"))
        && !text[digits_end + 2..].starts_with(|c: char| c.is_ascii_alphabetic());
    let line_alone = line_of(text, at) == (at, digits_end);
    if before.ends_with('第') || english_ordinal || line_alone || before.ends_with(['右', '左']) {
        let start = if before.ends_with('第') { at - '第'.len_utf8() } else { at };
        let end = if english_ordinal { digits_end + 2 } else { digits_end };
        return Some(blank(text, start, end, num.value, Role::Ordinal));
    }
    let currency = unit::currency_before(text, at);
    Some(figure(text, num, currency, Some(floor)))
}

/// The line holding byte `at`, trimmed.
fn line_of(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    let lead = line.len() - line.trim_start().len();
    (start + lead, start + lead + line.trim().len())
}

/// Reads a figure: sign and currency before, range, unit and qualifier after.
fn figure(text: &str, num: Num, currency: Option<(crate::model::Currency, usize)>, floor: Option<usize>) -> Found {
    let mut start = num.start;
    let mut sign = 1.0;
    let mut cur = None;
    // "€−6.4m" or "−€6.4m" or "-3.5%"
    if let Some(m) = unit::minus_before(text, start) {
        sign = -1.0;
        start = m;
        if let Some((c, s)) = unit::currency_before(text, m) {
            cur = Some(c);
            start = s;
        }
    } else if let Some((c, s)) = currency {
        cur = Some(c);
        start = s;
        if let Some(m) = unit::minus_before(text, s) {
            sign = -1.0;
            start = m;
        }
    }
    if floor.is_some_and(|fl| start < fl) {
        start = num.start;
        sign = 1.0;
        cur = None;
    }
    let mut f = blank(text, start, num.end, sign * num.value, Role::Figure);
    f.scale = num.scale;
    f.decimals = num.decimals;
    f.currency = cur;
    let mut end = num.end;
    if let Some((hi, hi_end)) = range(text, &num) {
        if num.scale == 1.0 && hi.scale != 1.0 {
            f.value = sign * num.value * hi.scale;
            f.scale = hi.scale;
        }
        f.value_high = Some(hi.value);
        f.qualifier = Qualifier::Range;
        end = hi_end;
    }
    let after = unit::after(text, end);
    f.unit = after.unit;
    f.points = after.points;
    if after.currency.is_some() {
        f.currency = after.currency;
    }
    if cur.is_some() && f.unit.is_none() {
        f.unit = Some(Unit::Money);
    }
    end = after.end;
    // a measure word with no unit of its own is still part of the figure ("10年", "两款")
    if f.unit.is_none() {
        if let Some(c) = text[end..].chars().next().filter(|c| MEASURES.contains(c)) {
            end += c.len_utf8();
        }
    }
    if f.qualifier != Qualifier::Range {
        if let Some(q) = unit::qualifier_before(text, start) {
            f.qualifier = q;
        } else if let Some((q, _)) = unit::qualifier_after(text, end) {
            f.qualifier = q;
        }
    }
    f.fall = unit::falls_before(text, start);
    if f.unit == Some(Unit::Money)
        && f.scale == 1.0
        && f.value.abs() < 10_000.0
        && per_share(text, start, end, cur.is_some())
    {
        f.unit = Some(Unit::PricePerShare);
    }
    f.end = end;
    f.as_written = text.get(f.start..end).unwrap_or_default().to_string();
    f
}

/// The second end of a range right after `lo`: "47–51", "4.5至5亿", "US$47 to US$51".
fn range(text: &str, lo: &Num) -> Option<(Num, usize)> {
    let tail = text.get(lo.end..)?;
    let joint = ["–", "—", "-", "~", "～", "至", "到", " to ", " – ", " - "].iter().find(|j| tail.starts_with(*j))?;
    let mut at = lo.end + joint.len();
    if let Some((_, len)) = [("US$", 3), ("HK$", 3), ("€", 3), ("£", 2), ("$", 1), ("¥", 2)]
        .iter()
        .find(|(s, _)| text[at..].starts_with(*s))
    {
        at += len;
    }
    if !text[at..].starts_with(is_digit) || lo.chinese {
        return None;
    }
    // 2024年至2029年 is a span of periods, not a range of figures
    if date::read_zh(text, at, None).is_some() {
        return None;
    }
    let hi = number::read(text, at)?;
    // a dash between a number and a larger one only ("2-1" is not a range)
    let lo_v = if lo.scale == 1.0 { lo.value * hi.scale } else { lo.value };
    (hi.value > lo_v).then_some((hi, hi.end))
}

/// Money printed without a scale word that is a price per share: after 价 or 报 in
/// Chinese ("发行价为104.66元"), and in English after a currency sign with "per share",
/// "a share", "each", or alone (a small amount in a listing story is a share price).
fn per_share(text: &str, start: usize, end: usize, sign: bool) -> bool {
    let before_start = text[..start].char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    let before = &text[before_start..start];
    let clause = before.rsplit([',', '，', '、', '。']).next().unwrap_or(before);
    if clause.contains('价') || clause.contains('價') || clause.contains('报') {
        return true;
    }
    if sign {
        let after = text[end..].chars().take(40).collect::<String>().to_ascii_lowercase();
        return !after.starts_with(" in ") || after.contains("per share") || after.contains(" each");
    }
    false
}
