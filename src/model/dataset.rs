//! The dataset: the story's sources, the entities it talks about, the listings, every
//! figure and the non-numeric facts, plus explicit inputs the story lacks (an FX rate).
//! See `data/README.md` for the format written out for newsrooms.

use serde::{Deserialize, Serialize};

use super::read::named;
use super::{Currency, Figure};

/// The format tag every dataset file starts with.
pub const FORMAT: &str = "ipo-lens/1";

/// A text in Simplified Chinese (`zh`), Traditional Chinese (`zh-Hant`) and English
/// (`en`); at least one must be given.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    #[serde(default, rename = "zh-Hant", skip_serializing_if = "Option::is_none")]
    pub zh_hant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// The text for a reader of `lang`: in that language where given, else the nearest
    /// one given. A Traditional reader gets the Simplified text (never a conversion made
    /// here); [`Text::lang_of`] says which language the text is in.
    ///
    /// ```
    /// use ipo_lens::{model::Text, Lang};
    /// let t = Text { zh: Some("壁仞科技".into()), zh_hant: None, en: Some("Biren".into()) };
    /// assert_eq!(t.get(Lang::ZhHant), "壁仞科技");
    /// assert_eq!(t.lang_of(Lang::ZhHant), Some(Lang::Zh));
    /// ```
    pub fn get(&self, lang: crate::Lang) -> &str {
        self.pick(lang).map_or("", |(t, _)| t)
    }

    /// The language of the text [`Text::get`] returns for `lang`.
    pub fn lang_of(&self, lang: crate::Lang) -> Option<crate::Lang> {
        self.pick(lang).map(|(_, l)| l)
    }

    fn pick(&self, lang: crate::Lang) -> Option<(&str, crate::Lang)> {
        use crate::Lang::{En, Zh, ZhHant};
        let order: [crate::Lang; 3] = match lang {
            Zh => [Zh, ZhHant, En],
            ZhHant => [ZhHant, Zh, En],
            En => [En, Zh, ZhHant],
        };
        order.into_iter().find_map(|l| {
            let t = match l {
                Zh => &self.zh,
                ZhHant => &self.zh_hant,
                En => &self.en,
            };
            t.as_deref().filter(|t| !t.trim().is_empty()).map(|t| (t, l))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: String,
    pub title: Text,
    /// The entities the story is about (its company and that company's products): drawn
    /// in one highlight colour in every view, everyone else in a neutral one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
}

/// Where figures come from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: Text,
    pub publisher: Text,
    /// The language the quotes are written in.
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Anything a reader should know about the source itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whom the source itself cites for its figures (a prospectus, a research firm), as
    /// the source names them: credited in every chart's source line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cites: Option<Text>,
    /// The source's full text, as a file path relative to the dataset file
    /// (`article.en.txt`): the checkers read it to find every quote in it. The widget
    /// does not read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

named! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
    pub enum EntityKind {
        Company = "company",
        Market = "market",
        Product = "product",
        Group = "group",
        Person = "person",
    }
}

/// A company, a market, a product or a group of vendors.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    pub name: Text,
}

/// A company's listing: where, in which currency, when.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub company: String,
    pub exchange: Text,
    pub currency: Currency,
    /// A date (`2026-01-02`) or, where the source gives only the month, a month (`2025-12`).
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_as_written: Option<String>,
    pub source: String,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A statement that is not a number: a founding date, a customer list, a product plan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    pub entity: String,
    pub topic: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub text: Text,
    pub source: String,
    pub quote: String,
}

/// A value the story does not give but a comparison needs, entered explicitly with its
/// own source and date. Today the only kind is an exchange rate.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub id: String,
    pub kind: InputKind,
    pub from: Currency,
    pub to: Currency,
    /// Units of `to` per one unit of `from`.
    pub rate: f64,
    pub as_of: String,
    pub source: Text,
}

named! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
    pub enum InputKind {
        FxRate = "fx_rate",
    }
}

/// A whole dataset file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub format: String,
    pub story: Story,
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub listings: Vec<Listing>,
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub inputs: Vec<Input>,
    /// Dated price series (many points each, one provenance).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<super::SeriesSpec>,
    /// The series ready to draw: those of `series` and any added from typed arrays.
    #[serde(skip)]
    pub lines: Vec<super::Series>,
}

impl Dataset {
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures of one entity and metric in time order, whatever the file's order (a
    /// file listing FY2023 before FY2022 must not draw an axis backwards); where any of
    /// them has no date to place it by, in the order the file gives them. One figure per
    /// key and period: the first the file gives (a second printing, or a second value
    /// the checker warns about, is not drawn a second time).
    pub fn series<'a>(&'a self, entity: &str, metric: &str) -> Vec<&'a Figure> {
        let mut seen = crate::hash::HashSet::new();
        let mut out: Vec<&Figure> = Vec::new();
        for f in &self.figures {
            // (keyed as the checker's maps of figures: one key type compiled for all)
            if f.entity == entity
                && f.metric == metric
                && seen.insert((f.entity.as_str(), f.metric.as_str(), f.key.as_deref(), f.period.trim()))
            {
                out.push(f);
            }
        }
        // each period read once (not once a comparison: a series may be 20,000 long)
        let mut dated: Vec<(f64, &Figure)> = Vec::with_capacity(out.len());
        for f in &out {
            match super::Period::parse(&f.period).ok().and_then(|p| p.end_year()) {
                Some(y) => dated.push((y, *f)),
                None => return out,
            }
        }
        crate::sort::sort_by(&mut dated, |a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
        for (i, o) in out.iter_mut().enumerate() {
            *o = dated[i].1;
        }
        out
    }

    /// Whether any figure is of `metric`.
    pub fn has(&self, metric: &str) -> bool {
        self.figures.iter().any(|f| f.metric == metric)
    }

    /// The single figure of an entity and metric (the first, if there are several).
    pub fn find(&self, entity: &str, metric: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.entity == entity && f.metric == metric)
    }
}
