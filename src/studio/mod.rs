//! The studio's core: from an article's text to a checked dataset, for the studio page
//! (`www/studio.html`) through the checker build's exports (`src/web/studio.rs`). Every
//! number of the text becomes a [`Candidate`] with the extractor's reading and a
//! [`Guess`] of its metric, entity and key; the editor confirms each in a [`Draft`], and
//! [`build`] writes the dataset JSON and checks it. Nothing here decides for the editor:
//! guesses are proposals, and a number left out is kept in the draft as "not used".

mod build;
mod entities;
mod guess;
mod rules;

pub use build::{
    build, row_path, Built, Draft, DraftEntity, DraftListing, DraftRow, DraftSource, DraftStory, Issue, TextOr,
};
pub use entities::{entities, mentions, Mention, Proposed};
pub use guess::{guess, metric_of, Guess};

use serde::Serialize;

use crate::extract::{extract, Found, Role};
use crate::model::{Currency, PeriodKind, Qualifier, Unit, METRICS};
use crate::Lang;

/// One number of the text as the studio page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// `n1`, `n2`, … in text order.
    pub id: String,
    pub sentence: String,
    pub as_written: String,
    /// UTF-16 offsets of `as_written` in the text (JavaScript string indices).
    pub start: usize,
    pub end: usize,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_high: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    pub qualifier: Qualifier,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_kind: Option<PeriodKind>,
    /// `figure`, `date`, `period`, `ordinal` or `label`.
    pub role: &'static str,
    pub guess: Guess,
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Figure => "figure",
        Role::Date => "date",
        Role::Period => "period",
        Role::Ordinal => "ordinal",
        Role::Label => "label",
    }
}

/// The candidate id of the `i`-th number (from 0).
pub fn candidate_id(i: usize) -> String {
    format!("n{}", i + 1)
}

/// UTF-16 offsets of the byte offsets `at` (ascending or not) in `text`.
pub fn utf16_offsets(text: &str, at: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..at.len()).collect();
    order.sort_by_key(|&i| at[i]);
    let mut out = vec![0; at.len()];
    let mut units = 0;
    let mut chars = text.char_indices().peekable();
    for i in order {
        while let Some(&(b, c)) = chars.peek() {
            if b >= at[i] {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        out[i] = units;
    }
    out
}

/// Every number of `text` with its guess (see the module documentation).
///
/// ```
/// use ipo_lens::studio::candidates;
/// let c = candidates("最终,公司将H股发行价锁定19.6港元,合计净募资53.75亿港元。");
/// assert_eq!(c[0].guess.metric, Some("offer_price"));
/// assert_eq!(c[1].guess.metric, Some("net_proceeds"));
/// assert_eq!((c[1].id.as_str(), c[1].guess.why.as_str()), ("n2", "净募资"));
/// assert_eq!(c[0].start, 13);
/// ```
pub fn candidates(text: &str) -> Vec<Candidate> {
    let found = extract(text);
    let proposed = entities(text);
    let offsets: Vec<usize> = found.iter().flat_map(|f| [f.start, f.end]).collect();
    let utf16 = utf16_offsets(text, &offsets);
    let seen = mentions(text, &proposed);
    found
        .iter()
        .enumerate()
        .map(|(i, f)| candidate(i, f, (&proposed, &seen), (utf16[2 * i], utf16[2 * i + 1])))
        .collect()
}

type Known<'a> = (&'a [Proposed], &'a [Mention]);

fn candidate(i: usize, f: &Found, (proposed, seen): Known, (start, end): (usize, usize)) -> Candidate {
    let period_kind = f.period.as_deref().and_then(|p| crate::Period::parse(p).ok()).map(|p| p.kind());
    Candidate {
        id: candidate_id(i),
        sentence: f.sentence.clone(),
        as_written: f.as_written.clone(),
        start,
        end,
        value: f.value,
        value_high: f.value_high,
        unit: f.unit,
        currency: f.currency,
        qualifier: f.qualifier,
        period: f.period.clone(),
        period_kind,
        role: role_name(f.role),
        guess: guess(f, proposed, seen),
    }
}

/// A metric of the vocabulary for the studio's menu.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricEntry {
    pub name: &'static str,
    pub unit: &'static str,
    pub label: &'static str,
    pub signed: bool,
}

/// The whole metric vocabulary with labels in `lang`.
///
/// ```
/// use ipo_lens::{studio::metrics, Lang};
/// let m = metrics(Lang::Zh);
/// assert_eq!(m.len(), ipo_lens::model::METRICS.len());
/// assert!(m.iter().any(|m| m.name == "revenue" && m.unit == "money" && !m.label.is_empty()));
/// ```
pub fn metrics(lang: Lang) -> Vec<MetricEntry> {
    let words = &lang.words().metric;
    METRICS
        .iter()
        .map(|m| MetricEntry {
            name: m.name,
            unit: m.unit.as_str(),
            label: words.get(m.name).unwrap_or(m.name),
            signed: m.signed,
        })
        .collect()
}
