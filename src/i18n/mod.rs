//! Every word a reader sees, in one catalog with one table per language.
//!
//! [`Words`] (in `words.rs`) is the catalog's shape; each language is one `const` of it
//! in a file of its own. A view never writes a word itself: it asks `cx.w` (the
//! [`Words`] of the reader's language) for it, so a view cannot forget a language and a
//! language cannot forget a word (a missing field does not compile).
//!
//! To add a language: copy `en.rs` to a new file, translate every entry, add a variant to
//! [`Lang`] with its tags in [`Lang::parse`] and its table in [`Lang::words`], and add it to
//! [`Lang::ALL`] (the tests then check it like the others).

pub mod case;
mod cjk;
mod en;
mod phrases;
mod problems;
mod problems_en;
mod problems_zh;
mod problems_zh_hant;
mod words;
mod zh;
mod zh_hant;

pub use problems::{problem_line, problem_message, problems_heading};
pub use words::{MetricWords, Numbers, ReportWords, Ui, Words};

use crate::error::{Error, Result};

/// [`Lang::TAGS`] from `"tag" => Variant` lines, and the same tags as one text for the
/// message about an unknown one ([`Lang::KNOWN`], written at compile time).
macro_rules! tags {
    ($($tag:literal => $lang:ident,)*) => {
        /// The tags `lang` takes (any case; `_` for `-` too), besides any `en-*`.
        pub const TAGS: &'static [(&'static str, Lang)] = &[$(($tag, Lang::$lang)),*];
        /// Every tag `lang` takes, as the message about an unknown one lists them.
        const KNOWN: &'static str = concat!($($tag, ", ",)* "en-*");
    };
}

/// The languages of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Simplified Chinese, the story's own language.
    #[default]
    Zh,
    /// Traditional Chinese with Hong Kong usage.
    ZhHant,
    En,
}

impl Lang {
    /// Every language, in the order the language switch offers them.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::ZhHant, Lang::En];

    tags! {
        "zh" => Zh,
        "zh-Hans" => Zh,
        "zh-CN" => Zh,
        "zh-SG" => Zh,
        "zh-Hant" => ZhHant,
        "zh-HK" => ZhHant,
        "zh-TW" => ZhHant,
        "zh-MO" => ZhHant,
        "zh-Hant-HK" => ZhHant,
        "zh-Hant-TW" => ZhHant,
        "en" => En,
    }

    /// Reads a `lang` attribute (a BCP 47 tag): one of [`Lang::TAGS`], or `en-*` for
    /// English. Anything else is an error naming the attribute and the tags it takes.
    ///
    /// ```
    /// use ipo_lens::Lang;
    /// assert_eq!(Lang::parse("en-GB").unwrap(), Lang::En);
    /// assert_eq!(Lang::parse("zh-cn").unwrap(), Lang::Zh);
    /// assert_eq!(Lang::parse("zh-HK").unwrap(), Lang::ZhHant);
    /// let e = Lang::parse("fr").unwrap_err().to_string();
    /// assert!(e.starts_with("lang: unknown language \"fr\" (known: zh, zh-Hans, zh-CN"), "{e}");
    /// ```
    pub fn parse(tag: &str) -> Result<Lang> {
        let t = crate::replace_any(tag.trim(), &['_'], "-");
        if let Some((_, lang)) = Lang::TAGS.iter().find(|(k, _)| k.eq_ignore_ascii_case(&t)) {
            return Ok(*lang);
        }
        if t.len() > 3 && t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("en-")) {
            return Ok(Lang::En);
        }
        Err(Error::spec("lang", format!("unknown language \"{tag}\" (known: {})", Lang::KNOWN)))
    }

    /// The tag written into `lang` attributes and file names.
    pub fn tag(self) -> &'static str {
        self.words().tag
    }

    /// This language's table of words.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Zh => &zh::WORDS,
            Lang::ZhHant => &zh_hant::WORDS,
            Lang::En => &en::WORDS,
        }
    }

    /// This language's metric labels, in the order of their names.
    fn metric_labels(self) -> &'static [&'static str; words::METRICS] {
        match self {
            Lang::Zh => &zh::METRIC_LABELS,
            Lang::ZhHant => &zh_hant::METRIC_LABELS,
            Lang::En => &en::METRIC_LABELS,
        }
    }

    /// This language's words of the checkers' report.
    pub fn report(self) -> &'static ReportWords {
        match self {
            Lang::Zh => &zh::REPORT,
            Lang::ZhHant => &zh_hant::REPORT,
            Lang::En => &en::REPORT,
        }
    }

    /// The tag that names the script too (`zh-Hans`, `zh-Hant`, `en`), for marking text
    /// of this language inside text of another.
    pub fn script_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// Whether the language is written in Chinese characters.
    pub fn is_chinese(self) -> bool {
        matches!(self, Lang::Zh | Lang::ZhHant)
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Lang, D::Error> {
        let s = String::deserialize(d)?;
        Lang::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

/// A period for people: "2025年上半年" / "H1 2025, half year", "2026年1月2日" / "2 Jan 2026".
///
/// ```
/// use ipo_lens::{i18n::period_label, Lang, Period};
/// assert_eq!(period_label(&Period::parse("H1-2025").unwrap(), Lang::En), "H1 2025, half year");
/// assert_eq!(period_label(&Period::parse("2026-01-02").unwrap(), Lang::Zh), "2026年1月2日");
/// ```
pub fn period_label(p: &crate::model::Period, lang: Lang) -> String {
    lang.words().period(p)
}

/// "label: value" with the language's punctuation.
///
/// ```
/// use ipo_lens::{i18n::labelled, Lang};
/// assert_eq!(labelled("发行价", "19.6港元", Lang::Zh), "发行价：19.6港元");
/// assert_eq!(labelled("Offer price", "HK$19.6", Lang::En), "Offer price: HK$19.6");
/// ```
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    lang.words().labelled(label, value)
}
