//! What can be wrong in a dataset file, as data: one [`Kind`] per kind of mistake, with
//! the values an editor needs to fix it (what was written, what would be right, a
//! suggestion). The words for each kind live in `i18n::problems` (one function per
//! language); nothing here is a sentence.

use super::{PeriodKind, Unit};

/// A JSON value as the editor wrote it, for "got …" in messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Got {
    Text(String),
    Number(String),
    Bool(bool),
    Null,
    List,
    Object,
    /// Nothing at all (an empty file).
    Nothing,
}

impl Got {
    pub(crate) fn of(v: &super::json::Value) -> Got {
        use super::json::Value;
        match v {
            Value::String(s) => Got::Text(short(s)),
            Value::Number(n) => Got::Number(n.text()),
            Value::Bool(b) => Got::Bool(*b),
            Value::Null => Got::Null,
            Value::Array(_) => Got::List,
            Value::Object(_) => Got::Object,
        }
    }
}

/// What a place in the file takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Number,
    /// A text in quotes.
    Text,
    /// `{"zh": …, "zh-Hant": …, "en": …}`.
    Texts,
    List,
    Object,
    /// A series point: `["2026-01-02", 34.46]`.
    Pair,
    Bool,
}

/// What is wrong in a piece of JSON text (it could not be read at all).
#[derive(Debug, Clone, PartialEq)]
pub enum Syntax {
    /// Two entries with nothing between them.
    MissingComma,
    /// A key or a text without its opening quote mark: the word that follows.
    MissingQuote {
        before: String,
    },
    /// A full-width (Chinese) punctuation mark or digit where JSON needs the ASCII one.
    FullWidth {
        got: char,
        write: char,
    },
    /// Typographic quote marks (“ ” ‘ ’) or single quotes.
    CurlyQuote {
        got: char,
    },
    TrailingComma,
    /// A line break inside a text.
    LineBreakInText,
    /// A tab or another control character inside a text.
    ControlInText,
    /// The file ends before every `{`, `[` or `"` is closed: which one.
    EndsEarly {
        open: char,
    },
    /// Nothing at all.
    Empty,
    MissingColon,
    /// More after the end of the data (a second object, an extra `}`).
    TrailingCharacters {
        got: char,
    },
    /// A backslash that starts no escape (`C:\data`).
    BadEscape,
    /// `NaN`, `Infinity`, `.5`, `01`, `1e999`.
    BadNumber {
        got: String,
    },
    /// Lists and objects nested more than 128 deep.
    TooDeep,
    /// Anything else, with the character found.
    Unexpected {
        got: char,
    },
}

/// Why a period, date or month code was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum PeriodWhy {
    NoSuchDay,
    NoSuchMonth,
    /// A span whose end is before its start.
    Backwards,
    /// A span of something other than two plain periods.
    BadSpan,
    /// A quarter other than Q1–Q4.
    BadQuarter,
    /// A span of months other than 3M, 6M, 9M or 12M.
    BadMonths,
    /// A span of months without the month it ends with (`3M-2025`).
    MonthsWithoutEnd,
    /// A period where a day (`2026-01-02`) is needed.
    NotADay,
    /// Written in another way: the code that was probably meant.
    WriteAs(String),
    /// Not a period code at all.
    Unknown,
}

/// What kind of item an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Entity,
    Source,
}

/// One kind of problem, with its values.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// The text is not JSON: where (1-based line and column, in characters) and what.
    Syntax {
        line: usize,
        column: usize,
        what: Syntax,
    },
    /// The file holds JSON but not an object.
    NotAnObject {
        got: Got,
    },
    WrongType {
        expected: Expected,
        got: Got,
    },
    /// A number written as a text (`"19.6"`, `"1,234"`, `"１２"`, `"3.379亿"`): the number to write.
    NumberInQuotes {
        got: String,
        write: String,
    },
    /// `NaN` or `Infinity` where a number goes.
    NotFinite {
        got: String,
    },
    MissingField {
        field: String,
    },
    UnknownField {
        field: String,
        suggestion: Option<String>,
    },
    /// A word the format does not know where it takes one of `allowed`.
    UnknownValue {
        got: String,
        allowed: Vec<String>,
        suggestion: Option<String>,
    },
    UnknownCurrency {
        got: String,
        suggestion: Option<String>,
    },
    WrongFormat {
        got: String,
    },
    /// A list that must not be empty (`figures`, `sources`).
    EmptyList,
    TooMany {
        count: usize,
        max: usize,
    },
    TooLong {
        bytes: usize,
        max: usize,
    },
    /// A control character (U+0000–U+001F, U+007F–U+009F; tab and line feed are allowed
    /// in quotes, notes and texts) at character `at` (from 1): no drawing or download
    /// could hold it.
    ControlChar {
        at: usize,
        code: u32,
    },
    /// A text object without any language in it.
    NoText,
    EmptyId,
    /// An id used before, at `first` (a JSON path).
    DuplicateId {
        id: String,
        first: String,
    },
    NoSuch {
        what: What,
        id: String,
        suggestion: Option<String>,
    },
    NotACompany {
        id: String,
    },
    BadPeriod {
        got: String,
        why: PeriodWhy,
    },
    /// A listing date that is a period but not a date or a month.
    NotADate {
        got: String,
    },
    PeriodKindMismatch {
        period: String,
        is: PeriodKind,
        got: PeriodKind,
    },
    UnknownMetric {
        got: String,
        suggestion: Option<String>,
    },
    UnitMismatch {
        metric: String,
        unit: Unit,
        got: Unit,
    },
    TooLarge {
        got: f64,
    },
    MustBePositive {
        got: f64,
    },
    MustNotBeNegative {
        got: f64,
    },
    NeedsCurrency {
        unit: Unit,
    },
    /// `qualifier` is `range` but `value_high` is missing.
    RangeNeedsHigh,
    /// `value_high` not above `value`.
    HighNotAbove {
        value: f64,
        got: f64,
    },
    /// `value_high` without `qualifier: "range"`.
    HighWithoutRange,
    /// A range whose printed form holds one number.
    WrittenOneNumber {
        written: String,
    },
    NoCurrencyWanted {
        unit: Unit,
        got: String,
    },
    EmptyQuote,
    WrittenNotInQuote {
        written: String,
    },
    WrittenHoldsNoNumber {
        written: String,
    },
    /// `value` disagrees with how the article prints it.
    WrittenMismatch {
        written: String,
        reads: f64,
        got: f64,
    },
    /// `value` is off from the printed form by a power of ten (`factor` > 1: value is
    /// that many times too small; < 1: too large).
    WrittenScale {
        written: String,
        reads: f64,
        got: f64,
        factor: f64,
    },
    /// An exchange rate from a currency to itself.
    SameCurrency,
    SeriesOrder,
    SeriesPrice {
        got: f64,
    },
    /// A price of a listing in another currency than the listing's (or its first
    /// price's), at `first`: prices are compared with each other, never converted.
    MixedCurrency {
        got: String,
        other: String,
        first: String,
    },
    /// A second listing of a company listed at `first`.
    ListedTwice {
        first: String,
    },
    /// A share (of a market, an offering, the staff) above 100 %.
    ShareOver100 {
        got: f64,
    },
    /// An invisible character that changes the direction of the text around it
    /// (U+202A–U+202E, U+2066–U+2069): its code point and its place (1-based, in
    /// characters).
    DirectionControl {
        code: u32,
        at: usize,
    },
    // warnings
    /// The quote is not in the source's text file.
    QuoteNotInText {
        file: String,
    },
    /// A figure of an earlier period after a later one in the file (drawn sorted).
    OutOfOrder {
        period: String,
        later: String,
    },
    /// Two figures of the same entity, metric, key and period with different values.
    SamePeriod {
        other: String,
        id: String,
    },
    /// The list stops here: `n` more problems.
    More {
        n: usize,
    },
    /// Said by a checker outside this module, in English only.
    Other(String),
}

/// The longest piece of an editor's text quoted back in a message.
const QUOTE_MAX: usize = 60;

/// `s`, cut to a readable length for quoting back.
pub fn short(s: &str) -> String {
    // cut between clusters: never half an emoji sequence before the "…"
    match crate::chart::cut(s, QUOTE_MAX) {
        None => s.to_string(),
        Some(head) => crate::join(&[head, "…"], ""),
    }
}

/// Edit distance with transpositions (optimal string alignment), on characters.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // the table row by row, in one vector (row i, column j at i * w + j)
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (k, cell) in d.iter_mut().enumerate() {
        if k < w {
            *cell = k;
        } else if k % w == 0 {
            *cell = k / w;
        }
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// The one candidate `got` was most likely meant to be: same letters in another case, or
/// a few typing slips away (at most a third of the word), and closer than any other.
///
/// ```
/// use ipo_lens::model::suggest;
/// assert_eq!(suggest("vaule", ["value", "unit", "id"]), Some("value".to_string()));
/// assert_eq!(suggest("colour", ["value", "unit", "id"]), None);
/// ```
pub fn suggest<'a>(got: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut list = Vec::new();
    for c in candidates {
        list.push(c);
    }
    closest(got, &list)
}

/// [`suggest`] from a list of the candidates: the crate's own callers have them in one,
/// and one loop over a slice is compiled once (a copy per kind of candidate list cost
/// 0.5 KB of the reader's wasm, and then an iterator's interface behind `dyn` 0.3 KB).
pub(crate) fn closest(got: &str, candidates: &[&str]) -> Option<String> {
    let got_l = crate::replace_any(&crate::i18n::case::lower(got), &['-', ' '], "_");
    let limit = (got.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for &c in candidates {
        if c == got {
            return None;
        }
        if c.chars().count().abs_diff(got_l.chars().count()) > limit {
            continue;
        }
        let d = if crate::replace_any(&crate::i18n::case::lower(c), &['-'], "_") == got_l {
            0
        } else {
            distance(&got_l, &crate::i18n::case::lower(c))
        };
        if d > limit {
            continue;
        }
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tie = true,
            _ => {
                best = Some((d, c));
                tie = false;
            }
        }
    }
    match best {
        Some((_, c)) if !tie => Some(c.to_string()),
        _ => None,
    }
}

/// The number a text holds when it is a number written as text: `"19.6"`, `"1,234"`,
/// `"１２"`, `"3.379亿"`, `"HK$19.6"` → what to write instead (`19.6`, `1234`, `12`,
/// `337900000`, `19.6`).
pub fn number_in_text(s: &str) -> Option<String> {
    // (plain loops: the iterator chains with their closures compiled to more)
    let (mut ascii, mut plain) = (String::new(), String::new());
    for c in s.trim().chars() {
        let c = match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '，' => ',',
            '．' => '.',
            '－' | '\u{2212}' => '-',
            _ => c,
        };
        ascii.push(c);
        if c != ',' && c != ' ' {
            plain.push(c);
        }
    }
    if let Some(v) = crate::float::parse_f64(&plain) {
        return v.is_finite().then(|| number(v));
    }
    // a printed figure with a currency or a Chinese multiplier around it
    if ascii.bytes().any(|c| c.is_ascii_digit()) && ascii.chars().count() <= 24 {
        let w = super::read_written(&ascii)?;
        return w.value.is_finite().then(|| number(w.value));
    }
    None
}

/// A number as an editor writes it in the file: `19.6`, `337900000`, `1e308`.
pub fn number(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e16 || v.abs() < 1e-6) {
        crate::float::exponent(v)
    } else {
        crate::float::shortest(v)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_quote_is_cut_between_clusters() {
        let family = "👨\u{200D}👩\u{200D}👧";
        for pad in 55..60 {
            let s = format!("{}{family}{family}", "a".repeat(pad));
            let t = super::short(&s);
            let kept = t.trim_end_matches('…').trim_start_matches('a');
            assert_eq!(kept.len() % family.len(), 0, "cut inside the family at {pad}: {t:?}");
        }
    }
}
