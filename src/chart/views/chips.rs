//! chips: unit sales per chip model and period (BR106, BR110); the half year hatched.

use super::super::columns::Group;
use super::super::format::plain;
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::{Ctx, View};
use crate::error::{Error, Result};
use crate::model::{Figure, PeriodKind};
use crate::Lang;

pub fn build(cx: &Ctx, width: f64) -> Result<View> {
    cx.pick(&["units"])?;
    let figs: Vec<&Figure> = cx.d.figures.iter().filter(|f| f.metric == "chip_units").collect();
    let first = figs.first().ok_or_else(|| Error::chart("the dataset has no chip_units figures"))?;
    let c = first.entity.clone();
    let mut models: Vec<String> = Vec::new();
    let mut periods: Vec<&Figure> = Vec::new();
    for f in &figs {
        let k = f.key.clone().unwrap_or_default();
        if !models.contains(&k) {
            models.push(k);
        }
        if !periods.iter().any(|p| p.period == f.period) {
            periods.push(f);
        }
    }
    periods
        .sort_by(|a, b| crate::model::Period::parse(&a.period).ok().cmp(&crate::model::Period::parse(&b.period).ok()));
    let mut half = false;
    let groups: Vec<Group> = periods
        .iter()
        .map(|p| {
            half |= p.period_kind == PeriodKind::HalfYear;
            let cols = models
                .iter()
                .enumerate()
                .map(|(i, model)| match figs.iter().find(|f| f.period == p.period && f.key.as_deref() == Some(model)) {
                    Some(f) => cx.col(model, f, f.value, plain(f.value, 0), Tone::Series(i as u8)),
                    None => cx.missing_col(
                        model,
                        p,
                        format!("{c}.chip_units.{model}.{}", p.period),
                        Tone::Series(i as u8),
                        cx.t("原文未给出该期销量", "The article gives no sales for this period"),
                    ),
                })
                .collect();
            Group { label: cx.period_short(p), cols, point: None }
        })
        .collect();
    let name = cx.name(&c);
    let title = match cx.lang {
        Lang::Zh => format!("{name}:各型号芯片销量(颗)"),
        Lang::En => format!("{name}: chips sold per model"),
    };
    let mut f = Frame::new(width);
    f.title(&title);
    let note = format!(
        "{}{}",
        cx.half_year_note(&figs).unwrap_or_default(),
        cx.t("虚线框表示原文未给出该数字。", " A dashed box means the article gives no figure.")
    );
    f.lines(note.trim(), 12.0, Tone::Muted);
    let mut keys: Vec<Key> = models
        .iter()
        .enumerate()
        .map(|(i, m)| Key { tone: Tone::Series(i as u8), fill: Fill::Solid, label: m.clone() })
        .collect();
    if half {
        keys.push(Key {
            tone: Tone::Muted,
            fill: Fill::Hatched,
            label: cx.t("半年(斜线)", "half year (hatched)").into(),
        });
    }
    f.legend(&keys);
    let axis = |v: f64| plain(v, 0);
    Ok(cx.column_view(f, title, groups, &axis))
}
