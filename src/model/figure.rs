//! A figure: one number from the story with everything a reader needs to trust it —
//! unit, currency, period and its kind, whether it is stated or a forecast, how the
//! article wrote it, and the sentence it came from.

use serde::{Deserialize, Serialize};

use super::read::named;

named! {
    /// What a number counts. Money and prices carry a currency; nothing else does.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
    pub enum Unit {
        /// An amount of money in `currency` (yuan, Hong Kong dollars, US dollars).
        Money = "money",
        /// Money per share, in `currency`.
        PricePerShare = "price_per_share",
        /// Percent points: 53.2 means 53.2 %.
        Percent = "percent",
        /// A multiple: 2347.53 means 2347.53×.
        Times = "times",
        People = "people",
        Chips = "chips",
        Shares = "shares",
        Investors = "investors",
        Rounds = "rounds",
        Companies = "companies",
        /// Tera operations per second (with the precision named by the metric).
        Tops = "tops",
        Nanometres = "nanometres",
    }
}

impl Unit {
    pub fn is_money(self) -> bool {
        matches!(self, Unit::Money | Unit::PricePerShare)
    }
}

named! {
    /// Is the figure a statement of fact or a forecast?
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
    pub enum Basis {
        #[default]
        Stated = "stated",
        Forecast = "forecast",
    }
}

named! {
    /// How the article qualifies the number: 超/超过/逾 (over), 以上 (at least),
    /// 近 (nearly, i.e. just under), 约 (about), 不超过/最多 (up to), or a range
    /// ("US$47–51", whose upper end is the figure's `value_high`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
    pub enum Qualifier {
        #[default]
        Exact = "exact",
        Over = "over",
        AtLeast = "at_least",
        Nearly = "nearly",
        About = "about",
        UpTo = "up_to",
        Range = "range",
    }
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
    /// The upper end of a range (`qualifier: "range"`); `value` is then the lower end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_high: Option<f64>,
    pub unit: Unit,
    #[serde(default)]
    pub currency: Option<super::Currency>,
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

/// Reads the first number in a printed figure, with the scale word that follows it:
/// Chinese (万 = 10⁴, 亿 = 10⁸, 千亿 = 10¹¹, 万亿 = 10¹², …) or English (thousand/k,
/// million/mn/m, billion/bn/b, trillion/tn).
///
/// ```
/// use ipo_lens::model::read_written;
/// let w = read_written("3.379亿元").unwrap();
/// assert_eq!(w.value, 337_900_000.0);
/// assert!((w.last_digit - 100_000.0).abs() < 1e-6);
/// assert_eq!(read_written("47.1万人").unwrap().value, 471_000.0);
/// assert_eq!(read_written("2,048 TOPS").unwrap().value, 2048.0);
/// assert_eq!(read_written("跌−3.5%").unwrap().value, -3.5);
/// assert_eq!(read_written("US$735 million").unwrap().value, 735_000_000.0);
/// assert_eq!(read_written("4.87bn").unwrap().value, 4_870_000_000.0);
/// assert_eq!(read_written("HK$41.3 billion").unwrap().value, 41_300_000_000.0);
/// assert_eq!(read_written("1.2万亿元").unwrap().value, 1.2e12);
/// ```
pub fn read_written(text: &str) -> Option<Written> {
    read_at(text, 0).map(|(w, _)| w)
}

/// Reads both ends of a printed range ("US$47–51", "47至51美元", "19-21"): the second
/// number takes the first's scale word when only the second has one ("4.5–5亿" is
/// 4.5亿 to 5亿).
///
/// ```
/// use ipo_lens::model::read_range;
/// let (lo, hi) = read_range("US$47–51").unwrap();
/// assert_eq!((lo.value, hi.value), (47.0, 51.0));
/// let (lo, hi) = read_range("4.5至5亿元").unwrap();
/// assert_eq!((lo.value, hi.value), (4.5e8, 5e8));
/// assert!(read_range("US$51").is_none());
/// ```
pub fn read_range(text: &str) -> Option<(Written, Written)> {
    let (lo, end) = read_at(text, 0)?;
    let between = text.get(end..)?;
    let gap = between.find(|c: char| c.is_ascii_digit())?;
    // only a dash, a tilde, 至/到 or "to" (with the first number's scale word and
    // currency repeated, at most) joins the two ends
    let joint = &between[..gap];
    if joint.chars().count() > 12 || !(joint.chars().any(is_joiner) || crate::has(joint, "to")) {
        return None;
    }
    let (hi, _) = read_at(text, end + gap)?;
    let lo_scaled = scale(between) != 1.0;
    let hi_scale = scale(&text[end + gap..][number_len(&text[end + gap..])..]);
    // "4.5–5亿": a scale word only after the second number applies to both
    let lo = if !lo_scaled && hi_scale != 1.0 {
        Written { value: lo.value * hi_scale, last_digit: lo.last_digit * hi_scale, decimals: lo.decimals }
    } else {
        lo
    };
    Some((lo, hi))
}

fn number_len(s: &str) -> usize {
    s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(s.len())
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '~' | '～' | '至' | '到')
}

/// Chinese scale words, longest first.
const ZH_SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("十亿", 1e9),
    ("千万", 1e7),
    ("百万", 1e6),
    ("十万", 1e5),
    ("亿", 1e8),
    ("億", 1e8),
    ("万", 1e4),
    ("萬", 1e4),
];

/// English scale words (after optional spaces), longest first; a letter right after
/// one means it was the start of another word ("m" of "members").
const EN_SCALES: &[(&str, f64)] = &[
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
    ("tn", 1e12),
    ("bn", 1e9),
    ("mn", 1e6),
    ("b", 1e9),
    ("m", 1e6),
    ("k", 1e3),
];

/// The scale word at the start of `tail`.
fn scale(tail: &str) -> f64 {
    if let Some((_, m)) = ZH_SCALES.iter().find(|(w, _)| tail.starts_with(w)) {
        return *m;
    }
    let t = tail.trim_start_matches(' ');
    for (w, m) in EN_SCALES {
        if t.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w)) {
            let next = t.get(w.len()..).and_then(|rest| rest.chars().next());
            if !next.is_some_and(|c| c.is_ascii_alphabetic()) {
                return *m;
            }
        }
    }
    1.0
}

/// The number starting at or after byte `from`, and the byte after it (its scale word
/// not included).
fn read_at(text: &str, from: usize) -> Option<(Written, usize)> {
    let start = from + text.get(from..)?.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
    let digits = crate::replace_any(&rest[..end], &[','], "");
    let digits = digits.trim_end_matches('.');
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let number = crate::float::parse_f64(digits)?;
    let mult = scale(&rest[end..]);
    let decimals = u32::try_from(decimals).ok()?;
    let exp = i32::try_from(decimals).ok()?;
    // a minus sign (ASCII or U+2212) right before the number makes it negative (not the
    // dash of a range: that is read by `read_range`)
    let sign =
        if from == 0 && (text[..start].ends_with('-') || text[..start].ends_with('\u{2212}')) { -1.0 } else { 1.0 };
    let w = Written { value: sign * number * mult, last_digit: 10f64.powi(-exp) * mult, decimals };
    Some((w, start + end))
}

impl Figure {
    /// The printed form of the figure, read back (see [`read_written`]).
    pub fn written(&self) -> Option<Written> {
        self.as_written.as_deref().and_then(read_written)
    }

    /// The printed upper end of a range figure ("US$47–51" → 51).
    pub fn written_high(&self) -> Option<Written> {
        self.as_written.as_deref().and_then(read_range).map(|(_, hi)| hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_words_in_either_language() {
        let v = |t: &str| read_written(t).map(|w| w.value);
        assert_eq!(v("€1.2bn"), Some(1.2e9));
        assert_eq!(v("US$524 million"), Some(524e6));
        assert_eq!(v("$675m"), Some(675e6));
        assert_eq!(v("95.5 million ADSs"), Some(95.5e6));
        assert_eq!(v("12 members"), Some(12.0), "the m of a word is not a million");
        assert_eq!(v("3 months"), Some(3.0));
        assert_eq!(v("2.5千亿元"), Some(2.5e11));
        assert_eq!(v("1.5百万"), Some(1.5e6));
        assert_eq!(v("€4"), Some(4.0));
        assert_eq!(v("–"), None);
        assert_eq!(v("5–"), Some(5.0));
        let w = read_written("US$4.87 billion").unwrap();
        assert!((w.last_digit - 1e7).abs() < 1e-3);
    }

    #[test]
    fn ranges_read_both_ends() {
        let r = |t: &str| read_range(t).map(|(a, b)| (a.value, b.value));
        assert_eq!(r("US$47-51"), Some((47.0, 51.0)));
        assert_eq!(r("€21 to €24"), Some((21.0, 24.0)));
        assert_eq!(r("19至21美元"), Some((19.0, 21.0)));
        assert_eq!(r("1.5–2亿"), Some((1.5e8, 2e8)));
        assert_eq!(r("1亿至2亿"), Some((1e8, 2e8)));
        assert_eq!(r("US$51 per share, 2023"), None);
        assert_eq!(r("–51"), None);
    }
}
