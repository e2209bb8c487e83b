//! A figure: one number from the story with everything a reader needs to trust it —
//! unit, currency, period and its kind, whether it is stated or a forecast, how the
//! article wrote it, and the sentence it came from.

use serde::{Deserialize, Serialize};

/// What a number counts. Money and prices carry a currency; nothing else does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount of money in `currency` (yuan, Hong Kong dollars, US dollars).
    Money,
    /// Money per share, in `currency`.
    PricePerShare,
    /// Percent points: 53.2 means 53.2 %.
    Percent,
    /// A multiple: 2347.53 means 2347.53×.
    Times,
    People,
    Chips,
    Shares,
    Investors,
    Rounds,
    Companies,
    /// Tera operations per second (with the precision named by the metric).
    Tops,
    Nanometres,
}

impl Unit {
    pub fn is_money(self) -> bool {
        matches!(self, Unit::Money | Unit::PricePerShare)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Money => "money",
            Unit::PricePerShare => "price_per_share",
            Unit::Percent => "percent",
            Unit::Times => "times",
            Unit::People => "people",
            Unit::Chips => "chips",
            Unit::Shares => "shares",
            Unit::Investors => "investors",
            Unit::Rounds => "rounds",
            Unit::Companies => "companies",
            Unit::Tops => "tops",
            Unit::Nanometres => "nanometres",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Currency {
    #[serde(rename = "CNY")]
    Cny,
    #[serde(rename = "HKD")]
    Hkd,
    #[serde(rename = "USD")]
    Usd,
}

impl Currency {
    /// Every currency the format takes.
    pub const ALL: [Currency; 3] = [Currency::Cny, Currency::Hkd, Currency::Usd];

    /// The currency of an ISO 4217 code the format takes (upper case).
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Hkd => "HKD",
            Currency::Usd => "USD",
        }
    }
}

/// Is the figure a statement of fact or a forecast?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    #[default]
    Stated,
    Forecast,
}

/// How the article qualifies the number: 超/超过/逾 (over), 以上 (at least),
/// 近 (nearly, i.e. just under), 约 (about).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Over,
    AtLeast,
    Nearly,
    About,
}

/// One figure of the dataset, as written in the JSON file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub entity: String,
    pub metric: String,
    /// A sub-series within the metric: a chip model, a vendor group, a holder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub period: String,
    pub period_kind: super::PeriodKind,
    pub value: f64,
    pub unit: Unit,
    #[serde(default)]
    pub currency: Option<Currency>,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The number exactly as the article prints it ("3.379亿元"); it must occur in
    /// `quote`. It fixes the figure's rounding: "3.379亿" means 3.3785亿..3.3795亿.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// The id of an entry in `sources`.
    pub source: String,
    /// The sentence the figure comes from, quoted exactly as the source writes it.
    pub quote: String,
    /// What a reader should know about the figure, in the languages of a [`Text`]: it is
    /// shown in the tooltip (in the reader's language, or the nearest one given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<super::Text>,
}

/// A number read from `as_written`: its value in base units and the size of one unit
/// in its last printed digit (so "3.379亿" gives 337_900_000 and 100_000).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written {
    pub value: f64,
    pub last_digit: f64,
    /// Digits printed after the decimal point.
    pub decimals: u32,
}

/// Reads the first number in a printed figure, with a Chinese multiplier
/// (万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²) when one follows it.
///
/// ```
/// use ipo_lens::model::read_written;
/// let w = read_written("3.379亿元").unwrap();
/// assert_eq!(w.value, 337_900_000.0);
/// assert!((w.last_digit - 100_000.0).abs() < 1e-6);
/// assert_eq!(read_written("47.1万人").unwrap().value, 471_000.0);
/// assert_eq!(read_written("2,048 TOPS").unwrap().value, 2048.0);
/// assert_eq!(read_written("跌−3.5%").unwrap().value, -3.5);
/// ```
pub fn read_written(text: &str) -> Option<Written> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
    let digits: String = rest[..end].chars().filter(|&c| c != ',').collect();
    let digits = digits.trim_end_matches('.');
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let number: f64 = digits.parse().ok()?;
    let tail = &rest[end..];
    let mult = if tail.starts_with("万亿") {
        1e12
    } else if tail.starts_with('亿') {
        1e8
    } else if tail.starts_with('万') {
        1e4
    } else {
        1.0
    };
    let decimals = u32::try_from(decimals).ok()?;
    let exp = i32::try_from(decimals).ok()?;
    // a minus sign (ASCII or U+2212) right before the number makes it negative
    let sign = if text[..start].ends_with('-') || text[..start].ends_with('\u{2212}') { -1.0 } else { 1.0 };
    Some(Written { value: sign * number * mult, last_digit: 10f64.powi(-exp) * mult, decimals })
}

impl Figure {
    /// The printed form of the figure, read back (see [`read_written`]).
    pub fn written(&self) -> Option<Written> {
        self.as_written.as_deref().and_then(read_written)
    }
}
