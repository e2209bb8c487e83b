//! What the sentence says about each figure: the period it is for (from the dates and
//! period words around it: 分别 lists, 累计 sums, CAGRs between two years, "the three
//! months to 30 June 2023", "the first nine months of 2025", 今年上半年, 截至目前), and
//! the currency of a bare amount ("估值是209亿" beside "50亿元").

use super::date::Reference;
use super::{Found, Role};
use crate::model::{Period, Unit};

/// A period named in a sentence, at a byte position.
#[derive(Debug, Clone)]
struct Named {
    at: usize,
    period: Period,
}

/// Fills in the periods of figures and the currency of bare amounts.
pub(crate) fn complete(text: &str, found: &mut [Found], reference: Option<Reference>) {
    inherit_money(found);
    let mut carried: Option<i32> = None;
    // the day of the listing the story is about: figures of a sentence without any date
    // ("上市首日,最高报42.88港元/股") are for the latest one named before them
    let mut listing: Option<Period> = None;
    let mut i = 0;
    while i < found.len() {
        let (s, e) = (found[i].sentence_start, found[i].sentence_end);
        let j = i + found[i..].iter().take_while(|f| f.sentence_start == s).count();
        let sentence = text.get(s..e).unwrap_or_default();
        let named = named(sentence, s, &found[i..j], carried, reference);
        for k in i..j {
            if found[k].role == Role::Figure {
                // a chip's specification is not for the listing day
                let spec = matches!(found[k].unit, Some(Unit::Tops | Unit::Nanometres));
                let day = if spec { None } else { listing.clone() };
                let p = period_for(sentence, s, &found[i..j], k - i, &named).or(day);
                found[k].period = p.map(|p| p.to_string());
            }
        }
        if let Some(p) = listing_day(sentence, s, &found[i..j]) {
            listing = Some(p);
        }
        if let Some(y) = named.iter().rev().find_map(|n| end_year(&n.period)) {
            carried = Some(y);
        }
        i = j.max(i + 1);
    }
}

/// A day or month of a listing named in the sentence: "1月2日,壁仞科技正式登陆港交所",
/// "于2025年12月陆续上市", "began trading on the Nasdaq on 14 September 2023".
fn listing_day(sentence: &str, offset: usize, found: &[Found]) -> Option<Period> {
    let english = ["listed on", "lists on", "began trading", "debut", "went public", "listing on"];
    let low = lower(sentence);
    let in_english = english.iter().any(|w| low.contains(w));
    found.iter().rev().find_map(|f| {
        let p = f.period.as_deref().and_then(|c| Period::parse(c).ok())?;
        if !matches!(p, Period::Date(..) | Period::Month(..)) || f.role == Role::Figure {
            return None;
        }
        let (a, b) = (f.start.saturating_sub(offset), f.end.saturating_sub(offset));
        let before: String = sentence.get(..a)?.chars().rev().take(6).collect();
        let after: String = sentence.get(b..)?.chars().take(12).collect();
        let words = ["上市", "登陆", "登陸", "挂牌", "掛牌"];
        let near = words.iter().any(|w| after.contains(w) || before.contains(&w.chars().rev().collect::<String>()));
        (near || in_english).then_some(p)
    })
}

fn end_year(p: &Period) -> Option<i32> {
    match p {
        Period::Span(_, b) => end_year(b),
        Period::AsOfWriting | Period::Undated => None,
        p => p.start_month().map(|(y, _)| y),
    }
}

/// A scaled amount with no unit ("估值是209亿") takes the money of its sentence.
fn inherit_money(found: &mut [Found]) {
    for k in 0..found.len() {
        let f = &found[k];
        if f.role != Role::Figure || f.unit.is_some() || f.scale < 1e4 {
            continue;
        }
        let donor = found
            .iter()
            .filter(|g| g.sentence_start == f.sentence_start && g.unit == Some(Unit::Money) && g.currency.is_some())
            .min_by_key(|g| g.start.abs_diff(f.start))
            .map(|g| g.currency);
        if let Some(currency) = donor {
            found[k].unit = Some(Unit::Money);
            found[k].currency = currency;
        }
    }
}

/// Lower-cased ASCII copy (byte offsets kept: non-ASCII bytes stay as they are).
fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// A period word without digits, how it makes a period from a year, and whether it is
/// English (its year is carried from the sentences before) or Chinese (今年: the year of
/// writing).
type PeriodWord = (&'static str, fn(i32) -> Period, bool);

/// The periods a sentence names: its dates and periods (adjusted by the words before
/// them), and period words without digits.
fn named(
    sentence: &str,
    offset: usize,
    found: &[Found],
    carried: Option<i32>,
    reference: Option<Reference>,
) -> Vec<Named> {
    let low = lower(sentence);
    let mut out: Vec<Named> = Vec::new();
    for f in found.iter().filter(|f| matches!(f.role, Role::Date | Role::Period)) {
        let Some(p) = f.period.as_deref().and_then(|c| Period::parse(c).ok()) else { continue };
        let at = f.start.saturating_sub(offset);
        let before = low.get(..at).unwrap_or_default();
        out.push(Named { at, period: adjust(before, p) });
    }
    let this_year = reference.map(|r| r.year);
    let words: &[PeriodWord] = &[
        ("今年上半年", |y| Period::HalfYear(y, 1), false),
        ("今年下半年", |y| Period::HalfYear(y, 2), false),
        ("今年前三季度", Period::NineMonths, false),
        ("今年", Period::FullYear, false),
        ("去年", |y| Period::FullYear(y - 1), false),
        ("first quarter", |y| Period::Quarter(y, 1), true),
        ("second quarter", |y| Period::Quarter(y, 2), true),
        ("third quarter", |y| Period::Quarter(y, 3), true),
        ("fourth quarter", |y| Period::Quarter(y, 4), true),
        ("first half", |y| Period::HalfYear(y, 1), true),
        ("second half", |y| Period::HalfYear(y, 2), true),
        ("nine months", Period::NineMonths, true),
    ];
    for (w, make, english) in words {
        let year = if *english { carried } else { this_year };
        let mut from = 0;
        while let Some(i) = low.get(from..).and_then(|r| r.find(w)) {
            let at = from + i;
            from = at + w.len();
            // "first half of 2025" and "nine months to 30 September" name their year
            let rest = &low[from..];
            let dated = rest.starts_with(" of ") || rest.starts_with(" to ") || rest.starts_with(" ended");
            let inside = out.iter().any(|n| n.at <= at && at < n.at + 12) || shadowed(w, &low[at..]);
            if let (Some(y), false, false) = (year, dated, inside) {
                out.push(Named { at, period: make(y) });
            }
        }
    }
    for w in ["截至目前", "目前", "当下", "當下", "as of writing", "so far"] {
        if let Some(at) = low.find(w) {
            out.push(Named { at, period: Period::AsOfWriting });
        }
    }
    out.sort_by_key(|n| n.at);
    out
}

/// 今年 inside 今年上半年 is read once, by the longer word.
fn shadowed(w: &str, rest: &str) -> bool {
    w == "今年" && ["今年上半年", "今年下半年", "今年前三季度"].iter().any(|l| rest.starts_with(l))
}

/// A date or year read with the words before it: "the three months to 30 June 2023" is
/// Q2-2023, "the fiscal year ended 31 March 2023" is FY2023-03, "the first nine months
/// of 2025" is 9M-2025.
fn adjust(before: &str, p: Period) -> Period {
    let window_start = before.len().saturating_sub(48);
    let window = before.get(window_start..).unwrap_or(before);
    let t = window.trim_end();
    let months = if window.contains("three months") || window.contains("3 months") || window.contains("quarter") {
        Some(3)
    } else if window.contains("six months") || window.contains("6 months") || window.contains("half") {
        Some(6)
    } else if window.contains("nine months") || window.contains("9 months") {
        Some(9)
    } else if window.contains("year") || window.contains("twelve months") || window.contains("12 months") {
        Some(12)
    } else {
        None
    };
    let to =
        ["to", "ended", "ending", "ended in", "ending in", "through", "until", "end of"].iter().any(|w| t.ends_with(w));
    match (&p, months) {
        (Period::Date(y, m, _) | Period::Month(y, m), Some(n)) if to => Period::ending(n, *y, *m),
        (Period::FullYear(y), Some(n)) if t.ends_with(" of") || t.ends_with("fiscal") => {
            let first = window.contains("first");
            let second = window.contains("second");
            match n {
                3 => {
                    let q = ["first", "second", "third", "fourth"].iter().position(|w| window.contains(w)).unwrap_or(0);
                    Period::Quarter(*y, q as u8 + 1)
                }
                6 if second => Period::HalfYear(*y, 2),
                6 if first => Period::HalfYear(*y, 1),
                9 => Period::NineMonths(*y),
                _ => p,
            }
        }
        _ => p,
    }
}

/// The period of the figure `k` of a sentence's numbers.
fn period_for(sentence: &str, offset: usize, found: &[Found], k: usize, named: &[Named]) -> Option<Period> {
    let at = found[k].start.saturating_sub(offset);
    let dated: Vec<&Named> = named.iter().filter(|n| n.period != Period::AsOfWriting).collect();
    // 2022年、2023年、2024年……分别为 A、B、C: the k-th figure after 分别 takes the k-th period
    if let Some(p) = respectively(sentence, offset, found, k, &dated) {
        return Some(p);
    }
    let before = sentence.get(..at).unwrap_or_default();
    let near: String = before.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
    let near = lower(&near);
    let spanning = ["累计", "累計", "cagr", "复合年增长率", "年复合增长率", "複合年增長率", "cumulative", "in total"];
    if spanning.iter().any(|w| near.contains(w)) {
        let prior: Vec<&&Named> = dated.iter().filter(|n| n.at < at).collect();
        if let Some(span) = prior.iter().rev().find(|n| matches!(n.period, Period::Span(..))) {
            return Some(span.period.clone());
        }
        if let (Some(a), Some(b)) = (prior.first(), prior.last()) {
            // FY2022 … 2025年6月30日: to the end of the months to that date
            let end = match (&a.period, &b.period) {
                (Period::FullYear(_), Period::Date(y, m, _)) if m % 3 == 0 => Period::ending(*m, *y, *m),
                (_, other) => other.clone(),
            };
            let p = Period::Span(Box::new(a.period.clone()), Box::new(end));
            if a.at != b.at && Period::parse(&p.to_string()).is_ok() {
                return Some(p);
            }
        }
    }
    if let Some(n) = dated.iter().rev().find(|n| n.at < at).or_else(|| dated.first()) {
        return Some(n.period.clone());
    }
    named.iter().find(|n| n.period == Period::AsOfWriting).map(|n| n.period.clone())
}

fn respectively(sentence: &str, offset: usize, found: &[Found], k: usize, dated: &[&Named]) -> Option<Period> {
    let first = sentence.find("分别").or_else(|| sentence.find("分別"))?;
    let list: Vec<&Period> = dated.iter().filter(|n| n.at < first).map(|n| &n.period).collect();
    if list.len() < 2 {
        return None;
    }
    let at = found[k].start.saturating_sub(offset);
    // the last 分别 before the figure, and the figures after it up to the figure
    let mark = [sentence.get(..at)?.rfind("分别"), sentence.get(..at)?.rfind("分別")].into_iter().flatten().max()?;
    let index = found[..k].iter().filter(|f| f.role == Role::Figure && f.start.saturating_sub(offset) > mark).count();
    let years = list.iter().any(|p| matches!(p, Period::FullYear(_)));
    list.get(index).map(|p| match **p {
        // 截至2022年、2023年、2024年年底以及2025年6月30日: the months to that date
        Period::Date(y, m, _) if years && m % 3 == 0 => Period::ending(m, y, m),
        ref other => other.clone(),
    })
}
