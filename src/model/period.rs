//! Periods: every figure says *when* it is for, and whether that is a full year, a half
//! year, a quarter, nine months, a month, a day, a span between two of those, or simply
//! "when the article was written". Written in the dataset as short codes (`FY2024`,
//! `H1-2025`, `Q3-2025`, `9M-2025`, `FY2024-03` for a fiscal year to March, `3M-2023-06`
//! for three months to June, `2025-12`, `2026-01-02`, `FY2022..H1-2025`, `writing`) so a
//! newsroom can type them by hand.

use std::fmt;
use std::hash::{Hash, Hasher};

use super::read::named;

/// When a figure applies.
#[derive(Debug, PartialOrd, Ord)]
pub enum Period {
    FullYear(i32),
    /// `half` is 1 or 2.
    HalfYear(i32, u8),
    /// A calendar quarter, 1 to 4.
    Quarter(i32, u8),
    /// January to September.
    NineMonths(i32),
    /// 3, 6, 9 or 12 months ending with the month `month` of `year`, where that is not a
    /// calendar quarter, half, nine months or year: a fiscal year to March, a fiscal
    /// quarter to May.
    Months {
        months: u8,
        year: i32,
        month: u8,
    },
    Month(i32, u8),
    Date(i32, u8, u8),
    /// From the start of the first to the end of the second (cumulative sums, CAGRs).
    Span(Box<Period>, Box<Period>),
    /// The moment the article was written ("截至目前", "当下").
    AsOfWriting,
    /// No date: the source gives none (a product's specification, a shareholding or a
    /// valuation reported without a date). Written `undated`.
    Undated,
}

named! {
    /// The kind of a [`Period`], written beside it in the dataset as `period_kind` so that a
    /// half year can never pass for a full year by a typing slip.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
    pub enum PeriodKind {
        FullYear = "full_year",
        HalfYear = "half_year",
        Quarter = "quarter",
        NineMonths = "nine_months",
        Month = "month",
        Date = "date",
        Span = "span",
        AsOfWriting = "as_of_writing",
        Undated = "undated",
    }
}

impl Period {
    pub fn kind(&self) -> PeriodKind {
        match self {
            Period::FullYear(_) => PeriodKind::FullYear,
            Period::HalfYear(..) => PeriodKind::HalfYear,
            Period::Quarter(..) => PeriodKind::Quarter,
            Period::NineMonths(_) => PeriodKind::NineMonths,
            Period::Months { months: 3, .. } => PeriodKind::Quarter,
            Period::Months { months: 6, .. } => PeriodKind::HalfYear,
            Period::Months { months: 9, .. } => PeriodKind::NineMonths,
            Period::Months { .. } => PeriodKind::FullYear,
            Period::Month(..) => PeriodKind::Month,
            Period::Date(..) => PeriodKind::Date,
            Period::Span(..) => PeriodKind::Span,
            Period::AsOfWriting => PeriodKind::AsOfWriting,
            Period::Undated => PeriodKind::Undated,
        }
    }

    /// Length in months where it is fixed (a year is 12, a half 6); `None` otherwise.
    pub fn months(&self) -> Option<u32> {
        match self {
            Period::FullYear(_) => Some(12),
            Period::HalfYear(..) => Some(6),
            Period::Quarter(..) => Some(3),
            Period::NineMonths(_) => Some(9),
            Period::Months { months, .. } => Some(u32::from(*months)),
            Period::Month(..) => Some(1),
            _ => None,
        }
    }

    /// A fractional year used to measure the time between two periods (CAGR): the
    /// *end* of a year or half year, the middle of a month, the day itself.
    ///
    /// ```
    /// use ipo_lens::Period;
    /// let a = Period::parse("FY2020").unwrap().end_year().unwrap();
    /// let b = Period::parse("FY2024").unwrap().end_year().unwrap();
    /// assert_eq!(b - a, 4.0);
    /// ```
    pub fn end_year(&self) -> Option<f64> {
        match *self {
            Period::FullYear(y) => Some(f64::from(y) + 1.0),
            Period::HalfYear(y, h) => Some(f64::from(y) + f64::from(h) * 0.5),
            Period::Quarter(y, q) => Some(f64::from(y) + f64::from(q) * 0.25),
            Period::NineMonths(y) => Some(f64::from(y) + 0.75),
            Period::Months { year, month, .. } => Some(f64::from(year) + f64::from(month) / 12.0),
            Period::Month(y, m) => Some(f64::from(y) + (f64::from(m) - 0.5) / 12.0),
            Period::Date(y, m, d) => Some(f64::from(y) + (f64::from(m) - 1.0) / 12.0 + f64::from(d) / 365.0),
            Period::Span(_, ref b) => b.end_year(),
            Period::AsOfWriting | Period::Undated => None,
        }
    }

    /// Parses a period code. Errors are lowercase and say what was expected.
    ///
    /// ```
    /// use ipo_lens::Period;
    /// assert_eq!(Period::parse("H1-2025").unwrap(), Period::HalfYear(2025, 1));
    /// assert!(Period::parse("H3-2025").is_err());
    /// ```
    pub fn parse(code: &str) -> Result<Period, String> {
        Period::read(code).map_err(|e| *e)
    }

    /// [`Period::parse`], its message boxed ([`Refusal`]).
    fn read(code: &str) -> Result<Period, Refusal> {
        let code = code.trim();
        if code == "writing" {
            return Ok(Period::AsOfWriting);
        }
        if code == "undated" {
            return Ok(Period::Undated);
        }
        if let Some((a, b)) = crate::split_once(code, "..") {
            let (a, b) = (Period::read(a)?, Period::read(b)?);
            if matches!(a, Period::Span(..) | Period::AsOfWriting | Period::Undated)
                || matches!(b, Period::Span(..) | Period::AsOfWriting | Period::Undated)
            {
                return Err(said("a span joins two plain periods, got ", code, ""));
            }
            if a.end_year() > b.end_year() {
                return Err(said("span ", code, " ends before it starts"));
            }
            return Ok(Period::Span(Box::new(a), Box::new(b)));
        }
        if let Some(rest) = code.strip_prefix("FY") {
            return match rest.split_once('-') {
                // a fiscal year to a month other than December
                Some((y, m)) => Ok(Period::ending(12, year(y, code)?, month(m, code)?)),
                None => Ok(Period::FullYear(year(rest, code)?)),
            };
        }
        if let Some(rest) = code.strip_prefix('Q') {
            let (q, y) = rest.split_once('-').ok_or_else(|| bad(code))?;
            return match byte(q) {
                Some(q @ 1..=4) => Ok(Period::Quarter(year(y, code)?, q)),
                _ => Err(said("a quarter is Q1, Q2, Q3 or Q4, got ", code, "")),
            };
        }
        if let Some((n, rest)) = crate::split_once(code, "M-") {
            let n = byte(n).ok_or_else(|| bad(code))?;
            if ![3, 6, 9, 12].contains(&n) {
                return Err(said("a span of months is 3M, 6M, 9M or 12M, got ", code, ""));
            }
            return match rest.split_once('-') {
                Some((y, m)) => Ok(Period::ending(n, year(y, code)?, month(m, code)?)),
                None if n == 9 => Ok(Period::NineMonths(year(rest, code)?)),
                None => Err(Box::new(format!(
                    "say which month the {n} months end with, such as {n}M-{rest}-{:02}, got \"{code}\"",
                    n
                ))),
            };
        }
        if let Some(rest) = code.strip_prefix('H') {
            let (h, y) = rest.split_once('-').ok_or_else(|| bad(code))?;
            let h = byte(h).ok_or_else(|| bad(code))?;
            if h != 1 && h != 2 {
                return Err(said("half year must be H1 or H2, got ", code, ""));
            }
            return Ok(Period::HalfYear(year(y, code)?, h));
        }
        let mut parts = code.split('-');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), None, _) => {
                let (y, m) = (year(y, code)?, month(m, code)?);
                Ok(Period::Month(y, m))
            }
            (Some(y), Some(m), Some(d), None) => {
                let (y, m) = (year(y, code)?, month(m, code)?);
                let d = byte(d).ok_or_else(|| bad(code))?;
                if d == 0 || d > days_in_month(y, m) {
                    return Err(said("no such day: ", code, ""));
                }
                Ok(Period::Date(y, m, d))
            }
            _ => Err(bad(code)),
        }
    }
}

impl Period {
    /// `months` months ending with `month` of `year`, by its calendar name where it has
    /// one (three months to June is Q2, twelve to December the full year).
    pub fn ending(months: u8, year: i32, month: u8) -> Period {
        match (months, month) {
            (3, m) if m % 3 == 0 => Period::Quarter(year, m / 3),
            (6, 6) => Period::HalfYear(year, 1),
            (6, 12) => Period::HalfYear(year, 2),
            (9, 9) => Period::NineMonths(year),
            (12, 12) => Period::FullYear(year),
            _ => Period::Months { months, year, month },
        }
    }

    /// The first month of the period: (year, month).
    pub fn start_month(&self) -> Option<(i32, u8)> {
        let back = |months: u8, year: i32, month: u8| {
            let index = year * 12 + i32::from(month) - 1 - (i32::from(months) - 1);
            (index.div_euclid(12), u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1))
        };
        match *self {
            Period::FullYear(y) => Some((y, 1)),
            Period::HalfYear(y, h) => Some((y, if h == 1 { 1 } else { 7 })),
            Period::Quarter(y, q) => Some((y, q * 3 - 2)),
            Period::NineMonths(y) => Some((y, 1)),
            Period::Months { months, year, month } => Some(back(months, year, month)),
            Period::Month(y, m) | Period::Date(y, m, _) => Some((y, m)),
            Period::Span(ref a, _) => a.start_month(),
            Period::AsOfWriting | Period::Undated => None,
        }
    }
}

impl Period {
    /// A period other than a span as one number: its variant and fields (a span, its
    /// variant alone). Equality and hashing go through it: derived, each compared and
    /// hashed variant by variant, and again inside a span.
    fn plain(&self) -> u64 {
        let (v, y, a, b): (u8, i32, u8, u8) = match *self {
            Period::FullYear(y) => (0, y, 0, 0),
            Period::HalfYear(y, h) => (1, y, h, 0),
            Period::Quarter(y, q) => (2, y, q, 0),
            Period::NineMonths(y) => (3, y, 0, 0),
            Period::Months { months, year, month } => (4, year, months, month),
            Period::Month(y, m) => (5, y, m, 0),
            Period::Date(y, m, d) => (6, y, m, d),
            Period::Span(..) => (7, 0, 0, 0),
            Period::AsOfWriting => (8, 0, 0, 0),
            Period::Undated => (9, 0, 0, 0),
        };
        u64::from(v) << 48 | u64::from(y as u32) << 16 | u64::from(a) << 8 | u64::from(b)
    }
}

impl PartialEq for Period {
    fn eq(&self, other: &Period) -> bool {
        match (self, other) {
            (Period::Span(a, b), Period::Span(c, d)) => a == c && b == d,
            _ => self.plain() == other.plain(),
        }
    }
}

impl Eq for Period {}

impl Clone for Period {
    fn clone(&self) -> Period {
        match *self {
            // (each end copied by a call: derived, both copies were written out in here)
            Period::Span(ref a, ref b) => Period::Span(boxed(a), boxed(b)),
            Period::FullYear(y) => Period::FullYear(y),
            Period::HalfYear(y, h) => Period::HalfYear(y, h),
            Period::Quarter(y, q) => Period::Quarter(y, q),
            Period::NineMonths(y) => Period::NineMonths(y),
            Period::Months { months, year, month } => Period::Months { months, year, month },
            Period::Month(y, m) => Period::Month(y, m),
            Period::Date(y, m, d) => Period::Date(y, m, d),
            Period::AsOfWriting => Period::AsOfWriting,
            Period::Undated => Period::Undated,
        }
    }
}

/// A copy of `p` in a box of its own.
#[inline(never)]
fn boxed(p: &Period) -> Box<Period> {
    Box::new(p.clone())
}

impl Hash for Period {
    fn hash<H: Hasher>(&self, state: &mut H) {
        if let Period::Span(a, b) = self {
            a.hash(state);
            b.hash(state);
        }
        state.write_u64(self.plain());
    }
}

/// Why a code is refused, in [`Period::parse`]'s words, boxed: a result of the parser's
/// steps is then the period or one pointer through each of their `?` (a `String` is three
/// words to pass up each time: 0.7 KB of the reader's wasm).
#[allow(clippy::box_collection)]
type Refusal = Box<String>;

/// `before"code"after`: the messages' one way of quoting the code (a `format!` each cost more).
fn said(before: &str, code: &str, after: &str) -> Refusal {
    Box::new(crate::join(&[before, "\"", code, "\"", after], ""))
}

fn bad(code: &str) -> Refusal {
    said(
        "expected a period such as FY2024, H1-2025, Q3-2025, 9M-2025, FY2024-03, 2025-12, 2026-01-02, FY2022..H1-2025, writing or undated, got ",
        code,
        "",
    )
}

fn year(s: &str, code: &str) -> Result<i32, Refusal> {
    // four characters in 1900..=2200 are four digits, read as `i32` would read them
    match s.parse::<usize>() {
        Ok(y) if (1900..=2200).contains(&y) && s.len() == 4 => Ok(y as i32),
        _ => Err(bad(code)),
    }
}

/// `s.parse::<u8>().ok()` by the `usize` reader the crate compiles anyway (one integer
/// parser in the reader's wasm instead of three).
fn byte(s: &str) -> Option<u8> {
    s.parse::<usize>().ok().and_then(|n| u8::try_from(n).ok())
}

fn month(s: &str, code: &str) -> Result<u8, Refusal> {
    match byte(s) {
        Some(m) if (1..=12).contains(&m) && s.len() == 2 => Ok(m),
        _ => Err(said("no such month: ", code, "")),
    }
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Period {
    /// The code form, as written in the dataset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::FullYear(y) => write!(f, "FY{y}"),
            Period::HalfYear(y, h) => write!(f, "H{h}-{y}"),
            Period::Quarter(y, q) => write!(f, "Q{q}-{y}"),
            Period::NineMonths(y) => write!(f, "9M-{y}"),
            Period::Months { months: 12, year, month } => write!(f, "FY{year}-{month:02}"),
            Period::Months { months, year, month } => write!(f, "{months}M-{year}-{month:02}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Date(y, m, d) => write!(f, "{y}-{m:02}-{d:02}"),
            Period::Span(a, b) => write!(f, "{a}..{b}"),
            Period::AsOfWriting => f.write_str("writing"),
            Period::Undated => f.write_str("undated"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in [
            "FY2024",
            "H1-2025",
            "H2-2024",
            "Q3-2025",
            "9M-2025",
            "FY2024-03",
            "3M-2023-05",
            "9M-2024-12",
            "2025-12",
            "2026-01-02",
            "FY2022..H1-2025",
            "Q1-2025..Q3-2025",
            "writing",
            "undated",
        ] {
            assert_eq!(Period::parse(c).unwrap().to_string(), c);
        }
    }

    #[test]
    fn spans_of_months_take_their_calendar_name() {
        let p = |c: &str| Period::parse(c).unwrap().to_string();
        assert_eq!(p("3M-2023-06"), "Q2-2023");
        assert_eq!(p("6M-2025-06"), "H1-2025");
        assert_eq!(p("9M-2025-09"), "9M-2025");
        assert_eq!(p("12M-2024-12"), "FY2024");
        assert_eq!(p("FY2024-12"), "FY2024");
        assert_eq!(Period::parse("FY2024-03").unwrap().kind(), PeriodKind::FullYear);
        assert_eq!(Period::parse("3M-2023-05").unwrap().kind(), PeriodKind::Quarter);
        assert_eq!(Period::parse("FY2024-03").unwrap().start_month(), Some((2023, 4)));
        assert_eq!(Period::parse("Q4-2025").unwrap().start_month(), Some((2025, 10)));
        assert!(Period::parse("Q5-2025").unwrap_err().contains("Q1, Q2, Q3 or Q4"));
        assert!(Period::parse("4M-2025-04").unwrap_err().contains("3M, 6M, 9M or 12M"));
        assert!(Period::parse("3M-2025").unwrap_err().contains("3M-2025-"));
        // a fiscal year to March 2024 ends before the calendar year 2024 does
        assert!(Period::parse("FY2024-03").unwrap().end_year() < Period::parse("FY2024").unwrap().end_year());
    }

    #[test]
    fn rejects_impossible_periods() {
        assert!(Period::parse("2025-02-30").unwrap_err().contains("no such day"));
        assert!(Period::parse("2024-02-29").is_ok());
        assert!(Period::parse("2025-13").unwrap_err().contains("no such month"));
        assert!(Period::parse("FY2024..FY2020").unwrap_err().contains("ends before"));
        assert!(Period::parse("FY24").is_err());
        assert!(Period::parse("").is_err());
    }

    #[test]
    fn messages_quote_the_code() {
        for (code, message) in [
            ("FY2022..writing", "a span joins two plain periods, got \"FY2022..writing\""),
            ("FY2024..FY2020", "span \"FY2024..FY2020\" ends before it starts"),
            ("Q5-2025", "a quarter is Q1, Q2, Q3 or Q4, got \"Q5-2025\""),
            ("4M-2025-04", "a span of months is 3M, 6M, 9M or 12M, got \"4M-2025-04\""),
            ("3M-2025", "say which month the 3 months end with, such as 3M-2025-03, got \"3M-2025\""),
            ("H3-2025", "half year must be H1 or H2, got \"H3-2025\""),
            ("2025-02-30", "no such day: \"2025-02-30\""),
            ("2025-13", "no such month: \"2025-13\""),
            (" soon ", "expected a period such as FY2024, H1-2025, Q3-2025, 9M-2025, FY2024-03, 2025-12, 2026-01-02, FY2022..H1-2025, writing or undated, got \"soon\""),
        ] {
            assert_eq!(Period::parse(code).unwrap_err(), message);
        }
    }

    #[test]
    fn equal_exactly_when_the_same() {
        let codes = [
            "FY2024",
            "FY2025",
            "H1-2025",
            "H2-2025",
            "H1-2024",
            "Q1-2025",
            "Q2-2025",
            "Q1-2024",
            "9M-2025",
            "9M-2024",
            "FY2024-03",
            "FY2024-06",
            "FY2025-03",
            "3M-2025-05",
            "6M-2025-05",
            "2025-12",
            "2025-11",
            "2024-12",
            "2026-01-02",
            "2026-01-03",
            "2026-02-02",
            "FY2022..H1-2025",
            "FY2022..H2-2025",
            "FY2023..H1-2025",
            "writing",
            "undated",
        ];
        let all: Vec<Period> = codes.iter().map(|c| Period::parse(c).unwrap()).collect();
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(a == b, i == j, "{a} {b}");
                assert_eq!(a.cmp(b) == std::cmp::Ordering::Equal, i == j, "{a} {b}");
            }
            assert_eq!(*a, a.clone());
        }
    }

    #[test]
    fn half_year_ends_mid_year() {
        assert_eq!(Period::parse("H1-2025").unwrap().end_year(), Some(2025.5));
        assert_eq!(Period::parse("FY2024").unwrap().end_year(), Some(2025.0));
    }
}
