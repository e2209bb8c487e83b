//! chips: unit sales per chip model and period (BR106, BR110); the half year hatched.

use super::super::columns::Group;
use super::super::frame::Key;
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::bound::{latest, MAX_PERIODS, MAX_SERIES};
use super::{Ctx, MetricDef, View, ViewDef};
use crate::hash::HashSet;
use crate::error::{Error, Result};
use crate::model::{Figure, PeriodKind};

pub const VIEW: ViewDef = ViewDef {
    id: "chips",
    name: |w| w.view_chips,
    metrics: &[MetricDef { id: "units", label: |w, _| w.view_chips }],
    available: |d| d.has("chip_units"),
    fills: super::every_metric,
    build,
};

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    let figs: Vec<&Figure> = cx.figures_where(&|f| f.metric == "chip_units");
    let first = figs.first().ok_or_else(|| Error::chart("the dataset has no chip_units figures"))?;
    let c = first.entity.clone();
    let mut models: Vec<String> = Vec::new();
    let mut periods: Vec<&Figure> = Vec::new();
    let (mut seen_models, mut seen_periods) = (HashSet::new(), HashSet::new());
    for f in &figs {
        let k = f.key.as_deref().unwrap_or_default();
        if seen_models.insert(k) {
            models.push(k.to_string());
        }
        if seen_periods.insert(f.period.as_str()) {
            periods.push(f);
        }
    }
    crate::sort::sort_by(&mut periods, |a, b| {
        // in time order (the end of each period), whatever the file's order
        let end = |f: &Figure| crate::model::Period::parse(&f.period).ok().and_then(|p| p.end_year());
        end(a).partial_cmp(&end(b)).unwrap_or(std::cmp::Ordering::Equal)
    });
    // the first models the story names and the latest periods, up to the most a column
    // chart draws; the figures of the others are counted, not drawn
    models.truncate(MAX_SERIES);
    let (periods, _) = latest(&periods, MAX_PERIODS);
    // (filled by loops: a `collect` into a set compiled its `extend` for each iterator)
    let (mut drawn_models, mut drawn_periods) = (HashSet::new(), HashSet::new());
    for m in &models {
        drawn_models.insert(m.as_str());
    }
    for p in periods {
        drawn_periods.insert(p.period.as_str());
    }
    let mut drawn: Vec<&Figure> = Vec::new();
    for f in &figs {
        if drawn_models.contains(&f.key.as_deref().unwrap_or_default()) && drawn_periods.contains(&f.period.as_str()) {
            drawn.push(f);
        }
    }
    let left = figs.len() - drawn.len();
    let (mut half, mut missing) = (false, false);
    let mut groups = Vec::new();
    for p in periods {
        half |= p.period_kind == PeriodKind::HalfYear;
        let mut cols = Vec::new();
        for (i, model) in models.iter().enumerate() {
            let tone = Tone::Series(i as u8);
            cols.push(match figs.iter().find(|f| f.period == p.period && f.key.as_deref() == Some(model)) {
                Some(f) => cx.col(model, f, f.value, cx.num(f.value, 0), tone),
                None => {
                    missing = true;
                    let id = crate::join(&[&c, "chip_units", model, &p.period], ".");
                    cx.missing_col(model, p, id, tone, cx.w.article_gives_no_sales_for)
                }
            });
        }
        groups.push(Group { label: cx.period_short(p), cols, rule_before: false });
    }
    let name = cx.name(&c);
    let title = cx.w.chips_title(&name);
    let dashed = if missing { cx.w.dashed_box_means_article_gives } else { "" };
    let note = super::super::format::cat(&cx.half_year_note(&drawn).unwrap_or_default(), dashed);
    let mut f = cx.frame(width, &title, note.trim(), 0.0);
    let mut keys = Vec::new();
    for (i, m) in models.iter().enumerate() {
        keys.push(Key { tone: Tone::Series(i as u8), fill: Fill::Solid, label: m.clone() });
    }
    if half {
        keys.push(Key {
            tone: Tone::Muted,
            fill: Fill::Hatched,
            label: cx.w.half_year_hatched.into(),
        });
    }
    f.legend(&keys);
    let axis = |v: f64| cx.num(v, 0);
    cx.column_view(f, title, groups, &axis, (left, figs.len()))
}
