//! From the editor's draft to the dataset JSON, checked. Each used row becomes a figure:
//! its quote is the number's sentence and its `as_written` the number as printed (both
//! from the extractor, never retyped), its unit comes from the metric, its period kind
//! from the period code, its currency (money only), qualifier and upper end from the
//! number unless the row says otherwise (a number printed in Chinese numerals, 一轮, has
//! no `as_written`: the format reads digits). A field the editor has not set is left out, so
//! that the check names it at the figure's path; `row_of` maps each `figures[i]` (and
//! `listings[i]`) back to the number it came from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::extract::{extract, Found};
use crate::model::{check, metric, read_written, PeriodKind, Severity, Text, Unit, FORMAT};
use crate::{Lang, Period};

/// A text given in the three languages, or as one string in the draft's language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum TextOr {
    Text(Text),
    Plain(String),
}

impl Default for TextOr {
    fn default() -> Self {
        TextOr::Plain(String::new())
    }
}

fn in_lang(lang: Lang, s: &str) -> Text {
    let s = Some(s.to_string());
    match lang {
        Lang::Zh => Text { zh: s, ..Text::default() },
        Lang::ZhHant => Text { zh_hant: s, ..Text::default() },
        Lang::En => Text { en: s, ..Text::default() },
    }
}

impl TextOr {
    fn text(&self, lang: Lang) -> Text {
        match self {
            TextOr::Text(t) => t.clone(),
            TextOr::Plain(s) => in_lang(lang, s),
        }
    }
}

/// The studio's draft (see `/work/notes/contract-12.md`): what the editor has decided.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The editor's language, for problems and for notes typed as plain strings.
    pub lang: String,
    pub story: DraftStory,
    pub source: DraftSource,
    pub text: String,
    pub entities: Vec<DraftEntity>,
    pub listings: Vec<DraftListing>,
    pub rows: Vec<DraftRow>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DraftStory {
    pub id: String,
    pub title: TextOr,
    pub focus: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DraftSource {
    pub id: String,
    pub title: TextOr,
    pub publisher: TextOr,
    pub language: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DraftEntity {
    pub id: String,
    pub kind: String,
    pub name: TextOr,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DraftListing {
    pub company: String,
    pub exchange: TextOr,
    pub currency: String,
    pub date: String,
    /// The number (a date) the listing's quote and `date_as_written` come from.
    pub candidate: Option<String>,
}

/// One number of the text and what the editor made of it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DraftRow {
    pub candidate: String,
    #[serde(rename = "use")]
    pub used: bool,
    pub entity: Option<String>,
    pub metric: Option<String>,
    pub key: Option<String>,
    pub period: Option<String>,
    pub value: Option<f64>,
    pub currency: Option<String>,
    pub qualifier: Option<String>,
    pub note: Option<String>,
    /// `stated` (the default) or `forecast`.
    pub basis: Option<String>,
}

/// A problem of the built dataset, in the draft's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    pub path: String,
    pub severity: Severity,
    pub message: String,
}

/// What [`build`] returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Built {
    pub json: String,
    pub problems: Vec<Issue>,
    /// `figures[i]` / `listings[i]` → the id of the number it came from.
    pub row_of: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct OutStory {
    id: String,
    title: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    focus: Vec<String>,
}

#[derive(Serialize)]
struct OutSource {
    id: String,
    title: Text,
    publisher: Text,
    language: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct OutEntity {
    id: String,
    kind: String,
    name: Text,
}

#[derive(Serialize)]
struct OutListing {
    company: String,
    exchange: Text,
    currency: String,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_as_written: Option<String>,
    source: String,
    quote: String,
}

#[derive(Serialize)]
struct OutFigure {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metric: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period_kind: Option<PeriodKind>,
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_high: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    basis: Option<String>,
    qualifier: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_written: Option<String>,
    source: String,
    quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Text>,
}

#[derive(Serialize)]
struct Out {
    format: &'static str,
    story: OutStory,
    sources: Vec<OutSource>,
    entities: Vec<OutEntity>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    listings: Vec<OutListing>,
    figures: Vec<OutFigure>,
}

/// A draft field the editor has set (an empty string is not set).
fn set(s: &Option<String>) -> Option<String> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

fn found<'f>(all: &'f [Found], id: &str, path: &str) -> Result<&'f Found, String> {
    id.strip_prefix('n')
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| all.get(i))
        .ok_or_else(|| format!("{path}: no number \"{id}\" in the text"))
}

/// The figure a used row makes.
fn figure(row: &DraftRow, f: &Found, source: &str, lang: Lang) -> OutFigure {
    let name = set(&row.metric);
    let unit = name.as_deref().and_then(metric).map(|m| m.unit).or(f.unit);
    let period = set(&row.period).or_else(|| f.period.clone());
    let period_kind = period.as_deref().and_then(|p| Period::parse(p).ok()).map(|p| p.kind());
    let money = unit.is_some_and(Unit::is_money);
    let currency = set(&row.currency).or_else(|| f.currency.map(|c| c.code().to_string())).filter(|_| money);
    let qualifier = set(&row.qualifier).unwrap_or_else(|| {
        serde_json::to_value(f.qualifier).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
    });
    let value_high = f.value_high.filter(|_| qualifier == "range");
    OutFigure {
        id: String::new(),
        entity: set(&row.entity),
        metric: name,
        key: set(&row.key),
        period,
        period_kind,
        value: row.value.unwrap_or(f.value),
        value_high,
        unit,
        currency,
        basis: set(&row.basis).filter(|b| b != "stated"),
        qualifier,
        // the format reads digits only: a number in Chinese numerals (一轮, 两颗) keeps its
        // sentence but not its print
        as_written: Some(f.as_written.clone()).filter(|w| read_written(w).is_some()),
        source: source.to_string(),
        quote: f.sentence.clone(),
        note: set(&row.note).map(|n| in_lang(lang, &n)),
    }
}

/// `entity.metric[.key].period`, with the number's id for a part not set, unique.
fn figure_id(fig: &OutFigure, candidate: &str, taken: &mut Vec<String>) -> String {
    let parts = [&fig.entity, &fig.metric, &fig.key, &fig.period];
    let mut id: Vec<&str> = parts.iter().filter_map(|p| p.as_deref()).collect();
    if fig.entity.is_none() || fig.metric.is_none() {
        id.push(candidate);
    }
    let base = id.join(".");
    let mut id = base.clone();
    let mut n = 1;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}.{n}");
    }
    taken.push(id.clone());
    id
}

/// Builds the dataset of `draft` and checks it (see the module documentation). An error
/// only where the draft names a number the text does not have.
pub fn build(draft: &Draft) -> Result<Built, String> {
    let lang = Lang::parse(&draft.lang).unwrap_or(Lang::Zh);
    let all = extract(&draft.text);
    let source = draft.source.id.clone();
    let mut row_of = BTreeMap::new();
    let mut listings = Vec::new();
    for (i, l) in draft.listings.iter().enumerate() {
        let at = match &l.candidate {
            Some(c) if !c.is_empty() => Some(found(&all, c, &format!("listings[{i}].candidate"))?),
            _ => None,
        };
        if let Some(c) = &l.candidate {
            row_of.insert(format!("listings[{}]", listings.len()), c.clone());
        }
        listings.push(OutListing {
            company: l.company.clone(),
            exchange: l.exchange.text(lang),
            currency: l.currency.clone(),
            date: l.date.clone(),
            date_as_written: at.map(|f| f.as_written.clone()),
            source: source.clone(),
            quote: at.map(|f| f.sentence.clone()).unwrap_or_default(),
        });
    }
    let mut figures = Vec::new();
    let mut taken = Vec::new();
    for (k, row) in draft.rows.iter().enumerate().filter(|(_, r)| r.used) {
        let f = found(&all, &row.candidate, &format!("rows[{k}].candidate"))?;
        let mut fig = figure(row, f, &source, lang);
        fig.id = figure_id(&fig, &row.candidate, &mut taken);
        row_of.insert(format!("figures[{}]", figures.len()), row.candidate.clone());
        figures.push(fig);
    }
    let out = Out {
        format: FORMAT,
        story: OutStory {
            id: draft.story.id.clone(),
            title: draft.story.title.text(lang),
            focus: draft.story.focus.clone(),
        },
        sources: vec![OutSource {
            id: source.clone(),
            title: draft.source.title.text(lang),
            publisher: draft.source.publisher.text(lang),
            language: draft.source.language.clone(),
            url: set(&draft.source.url),
        }],
        entities: draft
            .entities
            .iter()
            .map(|e| OutEntity { id: e.id.clone(), kind: e.kind.clone(), name: e.name.text(lang) })
            .collect(),
        listings,
        figures,
    };
    let json = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
    let checked = check(&json, &[(source.as_str(), draft.text.as_str())]);
    let problems = checked
        .problems
        .iter()
        .map(|p| Issue { path: p.path.clone(), severity: p.severity, message: p.message(lang) })
        .collect();
    Ok(Built { json, problems, row_of })
}

/// The `figures[i]` or `listings[i]` part of a problem's path (`figures[3].value` →
/// `figures[3]`), the key of [`Built::row_of`].
///
/// ```
/// use ipo_lens::studio::row_path;
/// assert_eq!(row_path("figures[3].value"), Some("figures[3]"));
/// assert_eq!(row_path("story.title"), None);
/// ```
pub fn row_path(path: &str) -> Option<&str> {
    let head = path.split('.').next()?;
    (head.starts_with("figures[") || head.starts_with("listings[")).then_some(head)
}
