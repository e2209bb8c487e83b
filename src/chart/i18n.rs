//! Every word the charts print, in Chinese and English, in one place.

use crate::calc::Verdict;
use crate::model::{Period, Qualifier, Unit};
use crate::Lang;

/// The word after a count ("颗" / "chips"); empty where the number stands alone.
pub fn unit_word(u: Unit, lang: Lang) -> &'static str {
    let zh = lang == Lang::Zh;
    match u {
        Unit::People => {
            if zh {
                "人"
            } else {
                "people"
            }
        }
        Unit::Chips => {
            if zh {
                "颗"
            } else {
                "chips"
            }
        }
        Unit::Shares => {
            if zh {
                "股"
            } else {
                "shares"
            }
        }
        Unit::Investors => {
            if zh {
                "家"
            } else {
                "investors"
            }
        }
        Unit::Rounds => {
            if zh {
                "轮"
            } else {
                "rounds"
            }
        }
        Unit::Companies => {
            if zh {
                "家"
            } else {
                "companies"
            }
        }
        Unit::Tops => "TOPS",
        Unit::Nanometres => "nm",
        Unit::Money | Unit::PricePerShare | Unit::Percent | Unit::Times => "",
    }
}

/// A period for people: "2025年上半年" / "H1 2025", "2026年1月2日" / "2 Jan 2026".
///
/// ```
/// use ipo_lens::{chart::period_label, Lang, Period};
/// assert_eq!(period_label(&Period::parse("H1-2025").unwrap(), Lang::En), "H1 2025 (half year)");
/// assert_eq!(period_label(&Period::parse("2026-01-02").unwrap(), Lang::Zh), "2026年1月2日");
/// ```
pub fn period_label(p: &Period, lang: Lang) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mon = |m: u8| MONTHS[usize::from(m.clamp(1, 12)) - 1];
    match (p, lang) {
        (Period::FullYear(y), Lang::Zh) => format!("{y}年全年"),
        (Period::FullYear(y), Lang::En) => format!("{y} (full year)"),
        (Period::HalfYear(y, 1), Lang::Zh) => format!("{y}年上半年"),
        (Period::HalfYear(y, _), Lang::Zh) => format!("{y}年下半年"),
        (Period::HalfYear(y, h), Lang::En) => format!("H{h} {y} (half year)"),
        (Period::Month(y, m), Lang::Zh) => format!("{y}年{m}月"),
        (Period::Month(y, m), Lang::En) => format!("{} {y}", mon(*m)),
        (Period::Date(y, m, d), Lang::Zh) => format!("{y}年{m}月{d}日"),
        (Period::Date(y, m, d), Lang::En) => format!("{d} {} {y}", mon(*m)),
        (Period::Span(a, b), Lang::Zh) => format!("{}至{}", period_label(a, lang), period_label(b, lang)),
        (Period::Span(a, b), Lang::En) => format!("{} to {}", period_label(a, lang), period_label(b, lang)),
        (Period::AsOfWriting, Lang::Zh) => "截至发稿".to_string(),
        (Period::AsOfWriting, Lang::En) => "at the time of writing".to_string(),
    }
}

/// The qualifier as the story means it, before a number.
pub fn qualifier_word(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::Over, Lang::Zh) => "超",
        (Qualifier::Over, Lang::En) => "over ",
        (Qualifier::AtLeast, Lang::Zh) => "至少",
        (Qualifier::AtLeast, Lang::En) => "at least ",
        (Qualifier::Nearly, Lang::Zh) => "近",
        (Qualifier::Nearly, Lang::En) => "nearly ",
        (Qualifier::About, Lang::Zh) => "约",
        (Qualifier::About, Lang::En) => "about ",
    }
}

pub fn verdict_word(v: Verdict, lang: Lang) -> &'static str {
    match (v, lang) {
        (Verdict::Consistent, Lang::Zh) => "与原文数据一致",
        (Verdict::Consistent, Lang::En) => "consistent with the article's own figures",
        (Verdict::ConsistentIfTruncated, Lang::Zh) => "仅在截断(而非四舍五入)时一致",
        (Verdict::ConsistentIfTruncated, Lang::En) => "consistent only if truncated, not rounded",
        (Verdict::Inconsistent, Lang::Zh) => "与原文自身数据不符",
        (Verdict::Inconsistent, Lang::En) => "contradicted by the article's own figures",
    }
}

/// "label: value" with the language's punctuation (a full-width colon in Chinese).
///
/// ```
/// use ipo_lens::{chart::labelled, Lang};
/// assert_eq!(labelled("发行价", "19.6港元", Lang::Zh), "发行价:19.6港元");
/// assert_eq!(labelled("Offer price", "HK$19.6", Lang::En), "Offer price: HK$19.6");
/// ```
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{label}:{value}"),
        Lang::En => format!("{label}: {value}"),
    }
}

/// A parenthesised aside with the language's brackets.
pub fn aside(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("({text})"),
        Lang::En => format!(" ({text})"),
    }
}

/// Fixed phrases of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    NotGiven,
    Source,
    SourceLine,
}

pub fn phrase(p: Phrase, lang: Lang) -> &'static str {
    let (zh, en) = match p {
        Phrase::NotGiven => ("原文未提供", "not given in the source"),
        Phrase::Source => ("出处", "Source"),
        Phrase::SourceLine => ("来源:", "Source: "),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
