//! The number extractor: from an article's text (Chinese or English) to every number in
//! it, each with the sentence it stands in, exactly as printed, its value in base units,
//! and guesses at its unit, currency, qualifier and period. Deterministic code, no model:
//! the studio proposes, the editor decides. Numbers that are dates, periods, ordinals or
//! parts of names are kept too, marked by their [`Role`], so nothing is silently dropped.
//!
//! ```
//! use ipo_lens::extract::{extract, Role};
//! use ipo_lens::model::{Currency, Qualifier, Unit};
//! let found = extract("2025年上半年,公司收入为3.379亿元,毛利率超53.2%。");
//! let figures: Vec<_> = found.iter().filter(|f| f.role == Role::Figure).collect();
//! assert_eq!(figures[0].as_written, "3.379亿元");
//! assert_eq!(figures[0].value, 337_900_000.0);
//! assert_eq!(figures[0].currency, Some(Currency::CNY));
//! assert_eq!(figures[0].period.as_deref(), Some("H1-2025"));
//! assert_eq!((figures[1].unit, figures[1].qualifier), (Some(Unit::Percent), Qualifier::Over));
//! assert_eq!(found[0].role, Role::Period);
//! ```

mod context;
mod date;
mod number;
mod scan;
mod sentence;
mod unit;

pub use sentence::sentences;

use crate::model::{Currency, Qualifier, Unit};

/// What a number is in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A quantity: a candidate figure of the dataset.
    Figure,
    /// A day ("1月2日", "30 June 2023").
    Date,
    /// A year, half, quarter, month or span ("2025年上半年", "FY2024", "March 2022").
    Period,
    /// A rank or a heading number ("第一家", "01", "3rd").
    Ordinal,
    /// Part of a name or code ("BR106", "A100", "x86-64", "18C").
    Label,
}

/// One number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The whole sentence the number stands in, verbatim (a dataset's `quote`).
    pub sentence: String,
    /// Byte range of `sentence` in the text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// The number as printed, with its currency sign or word, scale word and unit mark
    /// ("3.379亿元", "US$4.87 billion", "19.6港元/股", "US$47–51"), without qualifier
    /// words.
    pub as_written: String,
    /// Byte range of `as_written` in the text.
    pub start: usize,
    pub end: usize,
    /// In base units (yuan, dollars, people, percent points): 3.379亿 is 337900000. For a
    /// range, the lower end.
    pub value: f64,
    /// The upper end of a range ("47至51美元", "US$47–51").
    pub value_high: Option<f64>,
    /// The scale word's multiplier (1e8 for 亿, 1e9 for billion; 1 when none).
    pub scale: f64,
    /// Digits printed after the decimal point.
    pub decimals: u32,
    pub unit: Option<Unit>,
    /// Percentage points (个百分点, "percentage points"): `unit` is then `Percent`.
    pub points: bool,
    pub currency: Option<Currency>,
    pub qualifier: Qualifier,
    /// A word of falling before it ("下跌3.5%", "down 3.5%"): the value stays positive.
    pub fall: bool,
    /// A period code guessed from the date and period words of the sentence (`FY2024`,
    /// `H1-2025`, `2026-01-02`, `FY2022..H1-2025`, `writing`); for a date or period its own.
    pub period: Option<String>,
    pub role: Role,
}

/// Settings for [`extract_with`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Options {
    /// The year and month the article was written, for dates printed without a year
    /// ("1月2日") and for 今年; by default the latest month the text names with its year.
    pub written: Option<(i32, u8)>,
}

/// Every number in `text`, in order (see the module documentation).
///
/// ```
/// use ipo_lens::extract::extract;
/// let f = extract("Arm raised US$4.87 billion, pricing at US$51, the top of the US$47–51 range.");
/// let w: Vec<&str> = f.iter().map(|f| f.as_written.as_str()).collect();
/// assert_eq!(w, ["US$4.87 billion", "US$51", "US$47–51"]);
/// assert_eq!(f[2].value_high, Some(51.0));
/// ```
pub fn extract(text: &str) -> Vec<Found> {
    extract_with(text, &Options::default())
}

/// [`extract`] with settings.
///
/// ```
/// use ipo_lens::extract::{extract_with, Options};
/// let f = extract_with("1月2日上市。", &Options { written: Some((2026, 1)) });
/// assert_eq!(f[0].period.as_deref(), Some("2026-01-02"));
/// ```
pub fn extract_with(text: &str, options: &Options) -> Vec<Found> {
    let reference = match options.written {
        Some((year, month)) => Some(date::Reference { year, month: month.clamp(1, 12) }),
        None => scan::reference(text),
    };
    let spans = sentences(text);
    let mut found = scan::scan(text, reference);
    for f in &mut found {
        // the sentence holding the number's first byte (or the nearest one before it)
        let i = spans.partition_point(|&(s, _)| s <= f.start).saturating_sub(1);
        if let Some(&(s, e)) = spans.get(i) {
            let e = e.max(f.end.min(text.len()));
            f.sentence_start = s;
            f.sentence_end = e;
            f.sentence = text.get(s..e).unwrap_or_default().to_string();
        }
    }
    context::complete(text, &mut found, reference);
    found
}
