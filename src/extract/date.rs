//! Numbers that are dates or periods themselves: 2025年, 2025年上半年, 2025年6月30日,
//! 1月2日, 2022至2025年上半年, 截至2025年6月30日止六个月; "30 June 2023", "June 30, 2023",
//! "March 2022", "Q1 2025", "FY2024", "2023". Each is read into a period code of the
//! dataset format (`FY2024`, `H1-2025`, `2026-01-02`, `FY2022..H1-2025`).

use super::number::{digit, is_digit};
use super::Role;
use crate::model::Period;

/// A date or period printed in the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub period: Period,
    /// The first number printed (the year, or the month of a date without one).
    pub value: f64,
}

/// The year and month a date without a year is read against: the latest month the text
/// names with its year (a story speaks of the past: "1月2日" after "2025年12月" is in 2026).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Reference {
    pub year: i32,
    pub month: u8,
}

impl Reference {
    fn year_of(self, month: u8) -> i32 {
        if month >= self.month {
            self.year
        } else {
            self.year + 1
        }
    }
}

/// Plain digits at `at` (no decimal point after them): value and end.
fn integer(text: &str, at: usize) -> Option<(u32, usize)> {
    let rest = text.get(at..)?;
    let mut v: u32 = 0;
    let mut end = at;
    for (i, c) in rest.char_indices() {
        match digit(c) {
            Some(d) if i < 12 => {
                v = v.checked_mul(10)?.checked_add(d)?;
                end = at + i + c.len_utf8();
            }
            _ => break,
        }
    }
    if end == at {
        return None;
    }
    let mut after = text[end..].chars();
    if matches!(after.next(), Some('.' | '．')) && after.next().is_some_and(is_digit) {
        return None;
    }
    Some((v, end))
}

fn year(v: u32) -> Option<i32> {
    (1900..=2100).contains(&v).then_some(v as i32)
}

fn eat(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = text.get(at..)?;
    words.iter().find(|w| rest.starts_with(*w)).map(|w| at + w.len())
}

fn valid(p: Period) -> Option<Period> {
    Period::parse(&p.to_string()).ok().filter(|q| *q == p)
}

/// A Chinese date or period at byte `at`.
pub(crate) fn read_zh(text: &str, at: usize, reference: Option<Reference>) -> Option<Token> {
    let (t, end) = zh_single(text, at, reference)?;
    // a span: 2024年至2029年, 2022至2025年上半年
    if let Some(next) = eat(text, end, &["至", "到", "-", "–", "—", "~", "～"]) {
        if let Some((b, end2)) = zh_single(text, next, reference) {
            if let Some(span) = span(t.clone(), b) {
                return Some(Token { start: at, end: end2, role: Role::Period, period: span, value: t.value });
            }
        }
    }
    Some(t).filter(|t| t.role != Role::Figure)
}

fn span(a: Token, b: Token) -> Option<Period> {
    let p = Period::Span(Box::new(a.period), Box::new(b.period));
    valid(p)
}

/// One Chinese date or period (no span). A bare year ("2022" before 至) comes back as a
/// `Role::Figure` token, usable only as the start of a span.
fn zh_single(text: &str, at: usize, reference: Option<Reference>) -> Option<(Token, usize)> {
    let (n, end) = integer(text, at)?;
    let token = |end: usize, role: Role, period: Period| {
        valid(period).map(|p| (Token { start: at, end, role, period: p, value: f64::from(n) }, end))
    };
    if let Some(y) = year(n).filter(|_| end - at >= 4) {
        let Some(after_year) = eat(text, end, &["年"]) else {
            return token(end, Role::Figure, Period::FullYear(y));
        };
        if let Some(e) = eat(text, after_year, &["上半年", "上半财年", "中期"]) {
            return token(e, Role::Period, Period::HalfYear(y, 1));
        }
        if let Some(e) = eat(text, after_year, &["下半年"]) {
            return token(e, Role::Period, Period::HalfYear(y, 2));
        }
        if let Some(e) = eat(text, after_year, &["前三季度", "前三季", "首三季"]) {
            return token(e, Role::Period, Period::NineMonths(y));
        }
        for (q, words) in [
            (1u8, ["第一季度", "一季度", "第1季度", "首季"]),
            (2, ["第二季度", "二季度", "第2季度", "次季"]),
            (3, ["第三季度", "三季度", "第3季度", "三季"]),
            (4, ["第四季度", "四季度", "第4季度", "四季"]),
        ] {
            if let Some(e) = eat(text, after_year, &words) {
                return token(e, Role::Period, Period::Quarter(y, q));
            }
        }
        if let Some((m, after_m)) = month_at(text, after_year) {
            if let Some((d, after_d)) = day_at(text, after_m) {
                let date = Period::Date(y, m, d);
                // 截至2025年6月30日止六个月
                for (months, words) in [
                    (3u8, ["止三个月", "止三個月", "止3个月"]),
                    (6, ["止六个月", "止六個月", "止6个月"]),
                    (9, ["止九个月", "止九個月", "止9个月"]),
                    (12, ["止年度", "止十二个月", "止财年"]),
                ] {
                    if let Some(e) = eat(text, after_d, &words) {
                        return token(e, Role::Period, Period::ending(months, y, m));
                    }
                }
                return token(after_d, Role::Date, date);
            }
            return token(after_m, Role::Period, Period::Month(y, m));
        }
        let e = eat(text, after_year, &["年底", "年末", "全年", "年度", "财年", "財年"]).unwrap_or(after_year);
        return token(e, Role::Period, Period::FullYear(y));
    }
    // 1月2日 (the year from the reference), 12月
    let (m, after_m) = month_at(text, at)?;
    let y = reference?.year_of(m);
    if let Some((d, after_d)) = day_at(text, after_m) {
        return token(after_d, Role::Date, Period::Date(y, m, d));
    }
    token(after_m, Role::Period, Period::Month(y, m))
}

fn month_at(text: &str, at: usize) -> Option<(u8, usize)> {
    let (m, end) = integer(text, at)?;
    let end = eat(text, end, &["月"])?;
    let m = u8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
    Some((m, end))
}

fn day_at(text: &str, at: usize) -> Option<(u8, usize)> {
    let (d, end) = integer(text, at)?;
    let end = eat(text, end, &["日", "号", "號"])?;
    let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
    Some((d, end))
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month named by an English word at the start of `s` (full or three-letter form,
/// "Sept" too) and the bytes it takes.
fn month_name(s: &str) -> Option<(u8, usize)> {
    let word: String = s.chars().take_while(char::is_ascii_alphabetic).collect();
    let lower = word.to_ascii_lowercase();
    let i =
        MONTHS.iter().position(|m| *m == lower || (lower.len() >= 3 && m.starts_with(&lower) && lower.len() <= 4))?;
    if lower.len() == 4 && lower != "sept" && lower != MONTHS[i] {
        return None;
    }
    let len = word.len() + usize::from(s[word.len()..].starts_with('.'));
    Some((u8::try_from(i + 1).ok()?, len))
}

/// The month named by the English word ending right before byte `at` (and one space).
fn month_before(text: &str, at: usize) -> Option<(u8, usize)> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let before = before.strip_suffix('.').unwrap_or(before);
    let len: usize = before.chars().rev().take_while(char::is_ascii_alphabetic).count();
    let start = before.len() - len;
    let (m, _) = month_name(&before[start..]).filter(|(_, l)| *l >= len)?;
    Some((m, start))
}

/// An English date or period at byte `at`.
pub(crate) fn read_en(text: &str, at: usize, reference: Option<Reference>) -> Option<Token> {
    let (n, end) = integer(text, at)?;
    let before = &text[..at];
    let token = |start: usize, end: usize, role: Role, p: Period| {
        valid(p).map(|period| Token { start, end, role, period, value: f64::from(n) })
    };
    let letter_before = |s: &str| s.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
    // Q1 2025, H1 2025, Q3-2025
    for (mark, max) in [('Q', 4u32), ('H', 2)] {
        if let Some(b) = before.strip_suffix(mark) {
            if !letter_before(b) && (1..=max).contains(&n) && end - at == 1 {
                let sep = eat(text, end, &[" ", "-", " FY"]).unwrap_or(end);
                let (y, e) = integer(text, sep).and_then(|(y, e)| year(y).map(|y| (y, e)))?;
                let p = if mark == 'Q' { Period::Quarter(y, n as u8) } else { Period::HalfYear(y, n as u8) };
                return token(at - 1, e, Role::Period, p);
            }
        }
    }
    // FY2024, FY 2024
    if let Some(b) = before.strip_suffix("FY").or_else(|| before.strip_suffix("FY ")) {
        if !letter_before(b) {
            let y = year(n).filter(|_| end - at == 4)?;
            return token(b.len(), end, Role::Period, Period::FullYear(y));
        }
    }
    if letter_before(before) {
        return None;
    }
    // June 30, 2023 / June 2023
    if let Some((m, start)) = month_before(text, at) {
        if let Some(y) = year(n).filter(|_| end - at == 4) {
            return token(start, end, Role::Period, Period::Month(y, m));
        }
        let d = u8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
        let sep = eat(text, end, &[", ", " "]).unwrap_or(end);
        return match integer(text, sep).and_then(|(y, e)| year(y).map(|y| (y, e))) {
            Some((y, e)) if sep > end => token(start, e, Role::Date, Period::Date(y, m, d)),
            _ => token(start, end, Role::Date, Period::Date(reference?.year_of(m), m, d)),
        };
    }
    // 30 June 2023 / 30 June
    if let Some(after) = text.get(end..).and_then(|r| r.strip_prefix(' ')) {
        if let Some((m, len)) = month_name(after) {
            let d = u8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
            let month_end = end + 1 + len;
            let sep = eat(text, month_end, &[", ", " "]).unwrap_or(month_end);
            return match integer(text, sep).and_then(|(y, e)| year(y).map(|y| (y, e))) {
                Some((y, e)) if sep > month_end => token(at, e, Role::Date, Period::Date(y, m, d)),
                _ => token(at, month_end, Role::Date, Period::Date(reference?.year_of(m), m, d)),
            };
        }
    }
    // a bare year: 2023 (not 2,048 nor 2048 TOPS — the caller checks the unit)
    let y = year(n).filter(|_| end - at == 4)?;
    let mut next = text[end..].chars();
    let blocked = match next.next() {
        Some(c) if c.is_ascii_alphanumeric() || c == '%' || c == '％' => true,
        Some(',' | '.') => next.next().is_some_and(is_digit),
        _ => false,
    };
    if blocked {
        return None;
    }
    token(at, end, Role::Period, Period::FullYear(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    const REF: Option<Reference> = Some(Reference { year: 2025, month: 12 });

    fn zh(t: &str) -> Option<(String, Role, &str)> {
        read_zh(t, 0, REF).map(|k| (k.period.to_string(), k.role, &t[k.start..k.end]))
    }

    fn en(t: &str, at: usize) -> Option<(String, Role, &str)> {
        read_en(t, at, REF).map(|k| (k.period.to_string(), k.role, &t[k.start..k.end]))
    }

    #[test]
    fn chinese_periods() {
        assert_eq!(zh("2025年上半年,"), Some(("H1-2025".into(), Role::Period, "2025年上半年")));
        assert_eq!(zh("2024年"), Some(("FY2024".into(), Role::Period, "2024年")));
        assert_eq!(zh("2024年年底"), Some(("FY2024".into(), Role::Period, "2024年年底")));
        assert_eq!(zh("2025年前三季度"), Some(("9M-2025".into(), Role::Period, "2025年前三季度")));
        assert_eq!(zh("2025年6月30日止六个月").map(|t| t.0), Some("H1-2025".into()));
        assert_eq!(zh("2025年6月30日,").map(|t| (t.0, t.1)), Some(("2025-06-30".into(), Role::Date)));
        assert_eq!(zh("1月2日,").map(|t| t.0), Some("2026-01-02".into()));
        assert_eq!(zh("2025年12月").map(|t| t.0), Some("2025-12".into()));
        assert_eq!(zh("2022至2025年上半年累计").map(|t| t.0), Some("FY2022..H1-2025".into()));
        assert_eq!(zh("2024年至2029年的").map(|t| t.0), Some("FY2024..FY2029".into()));
        assert_eq!(zh("2022"), None, "a bare number is not a date in Chinese");
        assert_eq!(zh("13月"), None);
        assert_eq!(zh("2025.5年"), None);
    }

    #[test]
    fn english_periods() {
        let t = "In the three months to 30 June 2023, revenue";
        assert_eq!(en(t, 23), Some(("2023-06-30".into(), Role::Date, "30 June 2023")));
        let t = "ended June 30, 2023.";
        assert_eq!(en(t, 11), Some(("2023-06-30".into(), Role::Date, "June 30, 2023")));
        let t = "ended in March 2022,";
        assert_eq!(en(t, 15), Some(("2022-03".into(), Role::Period, "March 2022")));
        assert_eq!(en("in Q3 2025", 4).map(|t| t.0), Some("Q3-2025".into()));
        assert_eq!(en("in FY2024", 5).map(|t| t.0), Some("FY2024".into()));
        assert_eq!(en("in 2023, sales", 3).map(|t| t.0), Some("FY2023".into()));
        assert_eq!(en("2048 TOPS", 0).map(|t| t.0), Some("FY2048".into()), "the caller rules out units");
        assert_eq!(en("A100", 1), None);
        assert_eq!(en("on 2 January", 3).map(|t| t.0), Some("2026-01-02".into()));
    }
}
