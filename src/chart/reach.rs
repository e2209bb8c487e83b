//! Which views show each figure and fact of a dataset, found by drawing every view and
//! metric the dataset can fill (not from a list kept by hand): a figure is a *point* of a
//! view (it has a mark, with its tooltip and source sentence) or is *printed* there as
//! text (beside the chart or in another point's tooltip). For a figure no view shows,
//! [`Unseen`] says as precisely as the drawings allow why not. The checkers
//! (`fact-check`, `npx ipo-lens check`) print it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::views::{self, REGISTRY};
use super::Spec;
use crate::model::{Dataset, Figure, PeriodKind};
use crate::Lang;

/// How a view shows a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// A data point with its tooltip and source sentence.
    Point,
    /// Its value printed as text (beside the chart, or in a tooltip of another point).
    Text,
}

/// One place a figure is shown: a view, its metric (`""` for a view without metrics)
/// and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seen {
    pub view: &'static str,
    pub metric: &'static str,
    pub how: How,
}

/// Why no view shows a figure, from what the views do show of the same dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Unseen {
    /// No figure with this metric is shown by any view.
    Metric,
    /// The metric is shown, but for other entities only (the views select their
    /// entities: the listed companies, the story's focus, …).
    Entity { shown_for: Vec<String> },
    /// The metric is shown for this entity, but for other kinds of period only.
    PeriodKind { shown: Vec<PeriodKind> },
    /// The metric is shown for this entity and kind of period, but for other periods.
    Period { shown: Vec<String> },
    /// Another figure for the same entity, metric and period is shown: this one repeats it.
    Repeat { of: String },
    /// A fact no view lists.
    Fact,
}

/// Where one figure or fact of the dataset is shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reach {
    /// The figure's or fact's id.
    pub id: String,
    /// Its JSON path (`figures[3]`, `facts[0]`).
    pub path: String,
    pub seen: Vec<Seen>,
    /// Why it is not shown, when `seen` is empty.
    pub unseen: Option<Unseen>,
}

/// A view that the dataset makes available but that could not be drawn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failed {
    pub view: &'static str,
    pub metric: &'static str,
    pub error: String,
}

/// Every figure and fact of `d` (in file order) with the views that show it, and the
/// views that failed to draw.
pub fn reach(d: &Dataset) -> (Vec<Reach>, Vec<Failed>) {
    let mut seen: BTreeMap<&str, Vec<Seen>> = BTreeMap::new();
    let mut failed = Vec::new();
    for view in REGISTRY.iter().filter(|v| (v.available)(d)) {
        // the metrics the view offers for this dataset (its switch), as the reader can pick them
        let first = Spec::new(view.id, "", Lang::En, 640.0).and_then(|spec| views::build(d, &spec, 640.0));
        let metrics: Vec<&'static str> = match &first {
            Ok(b) => {
                let offered: Vec<&str> =
                    b.view.controls.iter().filter(|c| c.kind == "metric").map(|c| c.id.as_str()).collect();
                let ids: Vec<&'static str> =
                    view.metrics.iter().map(|m| m.id).filter(|m| offered.contains(m)).collect();
                if ids.is_empty() {
                    vec![""]
                } else {
                    ids
                }
            }
            Err(_) => vec![""],
        };
        for metric in metrics {
            let built = Spec::new(view.id, metric, Lang::En, 640.0).and_then(|spec| views::build(d, &spec, 640.0));
            let built = match built {
                Ok(b) => b,
                Err(e) => {
                    failed.push(Failed { view: view.id, metric, error: e.to_string() });
                    continue;
                }
            };
            let marks: Vec<&str> = built.view.scene.marks.iter().map(|m| m.id.as_str()).collect();
            let mut note = |id: &str, how: How| {
                // only the dataset's own ids (a mark may stand for a computed value)
                let Some(key) = d
                    .figures
                    .iter()
                    .map(|f| f.id.as_str())
                    .chain(d.facts.iter().map(|x| x.id.as_str()))
                    .find(|k| *k == id)
                else {
                    return;
                };
                let list = seen.entry(key).or_default();
                if !list.iter().any(|s| s.view == view.id && s.metric == metric) {
                    list.push(Seen { view: view.id, metric, how });
                }
            };
            for id in &marks {
                note(id, How::Point);
            }
            for id in built.shown.iter().filter(|id| !marks.contains(&id.as_str())) {
                note(id, How::Text);
            }
        }
    }
    let shown = |f: &Figure| seen.contains_key(f.id.as_str());
    let mut out = Vec::new();
    for (i, f) in d.figures.iter().enumerate() {
        let list = seen.get(f.id.as_str()).cloned().unwrap_or_default();
        let unseen = list.is_empty().then(|| why(d, f, &shown));
        out.push(Reach { id: f.id.clone(), path: format!("figures[{i}]"), seen: list, unseen });
    }
    for (i, x) in d.facts.iter().enumerate() {
        let list = seen.get(x.id.as_str()).cloned().unwrap_or_default();
        let unseen = list.is_empty().then_some(Unseen::Fact);
        out.push(Reach { id: x.id.clone(), path: format!("facts[{i}]"), seen: list, unseen });
    }
    (out, failed)
}

/// Why `f` is shown by no view, from the figures like it that are shown.
fn why(d: &Dataset, f: &Figure, shown: &dyn Fn(&Figure) -> bool) -> Unseen {
    let others: Vec<&Figure> = d.figures.iter().filter(|g| g.metric == f.metric && shown(g)).collect();
    if others.is_empty() {
        return Unseen::Metric;
    }
    let same_entity: Vec<&Figure> = others.iter().copied().filter(|g| g.entity == f.entity).collect();
    if same_entity.is_empty() {
        return Unseen::Entity { shown_for: views::unique(others.iter().map(|g| g.entity.clone())) };
    }
    let same_kind: Vec<&Figure> = same_entity.iter().copied().filter(|g| g.period_kind == f.period_kind).collect();
    if same_kind.is_empty() {
        return Unseen::PeriodKind { shown: views::unique(same_entity.iter().map(|g| g.period_kind)) };
    }
    match same_kind.iter().find(|g| g.period == f.period) {
        Some(g) => Unseen::Repeat { of: g.id.clone() },
        None => Unseen::Period { shown: views::unique(same_kind.iter().map(|g| g.period.clone())) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse, DEFAULT_JSON};

    #[test]
    fn every_figure_of_the_default_dataset_reaches_a_view() {
        let d = parse(DEFAULT_JSON).expect("valid");
        let (all, failed) = reach(&d);
        assert!(failed.is_empty(), "{failed:?}");
        let unseen: Vec<_> = all.iter().filter(|r| r.seen.is_empty()).collect();
        assert!(unseen.is_empty(), "{unseen:#?}");
        // a figure printed beside a chart counts, as text
        let r = all.iter().find(|r| r.id == "biren.retail_applicants.2026-01-02").expect("figure");
        assert!(r.seen.iter().any(|s| s.view == "demand" && s.how == How::Text), "{r:?}");
        let r = all.iter().find(|r| r.id == "metax.lot_size.2025-12").expect("figure");
        assert!(r.seen.iter().any(|s| s.view == "listing-day" && s.metric == "lot-profit"), "{r:?}");
    }

    #[test]
    fn says_why_a_figure_is_not_shown() {
        let d = parse(DEFAULT_JSON).expect("valid");
        let first = |metric: &str| d.figures.iter().find(|f| f.metric == metric).expect("a figure").clone();
        let mut d2 = d.clone();
        // the revenue of a company no view selects
        let mut f = first("revenue");
        f.id = "someone.revenue".into();
        f.entity = d
            .entities
            .iter()
            .find(|e| e.id != f.entity && !d.figures.iter().any(|g| g.entity == e.id && g.metric == "revenue"))
            .expect("another entity")
            .id
            .clone();
        let other_entity = f.entity.clone();
        d2.figures.push(f);
        let (all, _) = reach(&d2);
        let r = all.iter().find(|r| r.id == "someone.revenue").expect("added");
        assert!(matches!(&r.unseen, Some(Unseen::Entity { shown_for }) if !shown_for.contains(&other_entity)), "{r:?}");
    }

    #[test]
    fn a_metric_whose_view_the_dataset_cannot_fill_is_shown_by_none() {
        // a process node without the compute figures the specs view needs
        let d = parse(DEFAULT_JSON).expect("valid");
        let mut d2 = d.clone();
        d2.figures.retain(|f| f.metric != "int8_tops");
        let (all, _) = reach(&d2);
        let r = all.iter().find(|r| r.id == "br100.process_node.undated").expect("figure");
        assert_eq!(r.unseen, Some(Unseen::Metric), "{r:?}");
        assert!(r.seen.is_empty());
    }
}
