//! The pieces views are built from, named once: a bar or a column for a figure, a column
//! the source leaves empty, the metric and scale switches, the legend keys for full and
//! half years, and a plain column chart with its source line.

use super::super::bars::{draw_bars, push_arias as push_bar_arias, Bar, Bars};
use super::super::columns::{draw_columns, push_arias as push_col_arias, Col, Columns, Group};
use super::super::frame::{Frame, Key};
use super::super::paint::Fill;
use super::super::theme::Tone;
use super::super::{Control, Row, Tooltip};
use super::{Ctx, View};
use crate::error::Result;
use crate::model::{Basis, Currency, Figure, PeriodKind};

impl<'a> Ctx<'a> {
    /// A frame with the view's title and a muted subtitle (none if empty), then `gap` px.
    pub fn frame(&self, width: f64, title: &str, subtitle: &str, gap: f64) -> Frame {
        let mut f = Frame::new(width);
        f.title(title);
        if !subtitle.is_empty() {
            f.lines(subtitle, 12.0, Tone::Muted);
        }
        if gap > 0.0 {
            f.gap(gap);
        }
        f
    }

    /// The end of every view: the summary for screen readers (what `kind` of chart it is,
    /// its title and `rows`, every value in it), the source line under the chart, then the
    /// view (one call, not the same steps in each view).
    pub fn finish(
        &self,
        f: Frame,
        title: String,
        kind: &str,
        rows: Vec<String>,
        controls: Vec<Control>,
    ) -> Result<View> {
        let summary = self.summarise(kind, &title, &rows);
        Ok(self.finish_with(f, title, summary, controls))
    }

    /// [`Ctx::finish`] with a summary of the view's own.
    pub fn finish_with(&self, mut f: Frame, title: String, summary: String, controls: Vec<Control>) -> View {
        if f.text_list {
            f.after.push(self.source_line());
        } else {
            f.lines(&self.source_line(), 11.0, Tone::Muted);
        }
        View { title, summary, controls, scene: f.finish() }
    }

    /// Money bars, one panel (and axis) per currency, headed by its code where there are
    /// several: amounts in different currencies never share an axis. `currencies[i]` is
    /// the currency of `bars[i]`; bars without a value (`None`) go under the last panel, or
    /// on an axis in `fallback` if all are missing.
    pub fn currency_panels(&self, f: &mut Frame, currencies: &[Option<Currency>], bars: &[&Bar], fallback: Currency) {
        // the currencies in the bars' order, and the bars of one (plain loops: smaller
        // in the wasm than filter-and-collect chains; borrowed, not cloned)
        let mut seen: Vec<Currency> = Vec::new();
        for c in currencies.iter().flatten() {
            if !seen.contains(c) {
                seen.push(*c);
            }
        }
        let of = |want: Option<Currency>, group: &mut Vec<_>| {
            for (c, b) in currencies.iter().zip(bars) {
                if *c == want {
                    group.push(*b);
                }
            }
        };
        // (no bar has the fallback's currency: its panel holds those without a value)
        if seen.is_empty() {
            seen.push(fallback);
        }
        for (k, c) in seen.iter().enumerate() {
            if seen.len() > 1 {
                f.lines(&crate::join(&[self.w.currency_label, c.code()], " "), 12.0, Tone::Ink);
            }
            let mut group = Vec::new();
            of(Some(*c), &mut group);
            if k + 1 == seen.len() {
                of(None, &mut group);
            }
            self.draw_bar_refs(f, &group, &self.money_axis(*c));
        }
    }

    /// Bars from zero on a linear axis labelled by `axis`, "not given" in the reader's
    /// words (one call for every bar chart of the views).
    pub fn draw_bars(&self, f: &mut Frame, bars: &[Bar], axis: &dyn Fn(f64) -> String) {
        // (a plain loop: no `collect` compiled for the bars' iterator)
        let mut refs = Vec::with_capacity(bars.len());
        for b in bars {
            refs.push(b);
        }
        self.draw_bar_refs(f, &refs, axis);
    }

    /// [`Ctx::draw_bars`] over borrowed bars.
    fn draw_bar_refs(&self, f: &mut Frame, bars: &[&Bar], axis: &dyn Fn(f64) -> String) {
        draw_bars(f, &Bars { bars, axis, not_given: self.w.not_given });
    }

    /// [`Ctx::draw_bars`], with what a screen reader reads of each bar put on `rows` (the
    /// summary's items).
    pub fn bar_chart(&self, f: &mut Frame, bars: &[Bar], axis: &dyn Fn(f64) -> String, rows: &mut Vec<String>) {
        push_bar_arias(rows, bars);
        self.draw_bars(f, bars, axis);
    }

    /// A single value written out (bold value, muted label) instead of drawn as a bar —
    /// where no axis it could share is honest — still a point with its tooltip and row.
    pub fn stat_mark(&self, f: &mut Frame, bar: &Bar) {
        let top = f.y;
        let label = if bar.sub.is_empty() { bar.label.clone() } else { super::dot(&bar.label, &bar.sub) };
        f.stat(&bar.text, &label);
        let rect = super::super::Rect { x: f.pad, y: top, w: f.inner, h: f.y - top };
        f.marks.push(super::super::Mark::of(&bar.id, rect, &bar.tooltip, bar.value.is_some(), &bar.row));
    }

    /// The name of the metric being drawn, as the metric switch says it (one loop for
    /// every view that names it in its title).
    pub fn metric_name(&self) -> &'static str {
        for m in self.spec.view.metrics {
            if m.id == self.metric() {
                return (m.label)(self.w, self.d);
            }
        }
        ""
    }

    /// The metric switch of the view being drawn: the metrics the dataset fills, and
    /// none where that is one or none (the title names what is drawn).
    pub fn metrics(&self) -> Vec<Control> {
        let v = self.spec.view;
        let mut filled = Vec::new();
        for m in v.metrics {
            if (v.fills)(self.d, m.id) || m.id == self.metric() {
                filled.push(m);
            }
        }
        if filled.len() < 2 && v.metrics.len() > 1 {
            return Vec::new();
        }
        let mut controls = Vec::new();
        for &m in &filled {
            controls.push(Control::new("metric", m.id, (m.label)(self.w, self.d), m.id == self.metric()));
        }
        controls
    }

    /// A bar for figure `f` drawn at `value` (converted or derived) and labelled `text`.
    #[allow(clippy::too_many_arguments)]
    pub fn bar(
        &self,
        label: &str,
        sub: &str,
        f: &'a Figure,
        value: f64,
        text: String,
        tone: Tone,
        fill: Fill,
        extra: Vec<String>,
    ) -> Bar {
        Bar {
            id: f.id.clone(),
            label: label.to_string(),
            sub: sub.to_string(),
            value: Some(value),
            tooltip: self.tooltip(label, f, extra),
            row: self.row(label, sub, &text, &self.period(f)),
            text,
            tone,
            fill,
            stated: None,
        }
    }

    /// A bar where the source gives no value: drawn as "not given".
    pub fn missing_bar(&self, label: &str, id: &str, tone: Tone) -> Bar {
        Bar {
            id: id.to_string(),
            label: label.to_string(),
            sub: String::new(),
            value: None,
            text: self.w.not_given.to_string(),
            tone,
            fill: Fill::Solid,
            stated: None,
            tooltip: Tooltip::plain(label, vec![self.w.not_given.to_string()]),
            row: self.row(label, "", self.w.not_given, ""),
        }
    }

    /// A column for figure `f` in series `series`: hatched for periods shorter than a
    /// year (half years, quarters, nine months) and forecasts.
    pub fn col(&self, series: &str, f: &'a Figure, value: f64, text: String, tone: Tone) -> Col {
        let partial = f.basis == Basis::Forecast || short(f).is_some();
        let fill = if partial { Fill::Hatched } else { Fill::Solid };
        let period = self.period(f);
        let title = if series.is_empty() { period.clone() } else { super::dot(series, &period) };
        Col {
            id: f.id.clone(),
            value: Some(value),
            tooltip: self.tooltip(&title, f, Vec::new()),
            // the table gets the full value; the column's own label may be short
            row: self.row(&period, series, &self.show(f), &period),
            text,
            tone,
            fill,
        }
    }

    /// A group of the one column `col`, labelled with the period of `f`.
    pub fn one_col(&self, f: &Figure, col: Col) -> Group {
        Group { label: self.period_short(f), cols: vec![col], rule_before: false }
    }

    /// A column in series `series` for the period of `like`, where the source gives no
    /// value: drawn as "not given", with `why` in its tooltip.
    pub fn missing_col(&self, series: &str, like: &Figure, id: String, tone: Tone, why: &str) -> Col {
        let period = self.period(like);
        let title = super::dot(series, &period);
        let not_given = self.w.not_given;
        Col {
            id,
            value: None,
            text: not_given.into(),
            tone,
            fill: Fill::Solid,
            tooltip: Tooltip::plain(&title, vec![why.into()]),
            row: Row {
                item: period.clone(),
                series: series.into(),
                value: not_given.into(),
                period,
                aria: self.labelled(&title, not_given),
            },
        }
    }

    /// The legend keys for solid (full year, stated) and hatched (half year / forecast).
    pub fn period_keys(&self, tone: Tone, half: bool, forecast: bool) -> Vec<Key> {
        let key = |fill, label: &str| Key { tone, fill, label: label.into() };
        let mut keys = Vec::new();
        if half {
            keys.push(key(Fill::Solid, self.w.full_year));
            keys.push(key(Fill::Hatched, self.w.half_year_hatched));
        }
        if forecast {
            keys.push(key(Fill::Solid, self.w.actual));
            keys.push(key(Fill::Hatched, self.w.forecast_hatched));
        }
        keys
    }

    /// The legend keys of the periods of `figs`: full years solid, and hatched the half
    /// years (where those are the only shorter periods) or the parts of a year; nothing
    /// where every period is a full year.
    pub fn part_keys(&self, tone: Tone, figs: &[&Figure]) -> Vec<Key> {
        let mut shorts = Vec::new();
        for f in figs {
            if let Some(m) = short(f) {
                shorts.push(m);
            }
        }
        if shorts.is_empty() {
            return Vec::new();
        }
        if shorts.iter().all(|m| *m == 6) && figs.iter().all(|f| f.period_kind != PeriodKind::Quarter) {
            return self.period_keys(tone, true, false);
        }
        let key = |fill, label: &str| Key { tone, fill, label: label.into() };
        let mut keys = Vec::new();
        if shorts.len() < figs.len() {
            keys.push(key(Fill::Solid, self.w.full_year));
        }
        keys.push(key(Fill::Hatched, self.w.part_year_hatched));
        keys
    }

    /// What the periods of `figs` shorter than a year cover: the half years as before
    /// ("H1 2025 is a half year only."), any other lengths each named with its periods.
    pub fn part_year_note(&self, figs: &[&Figure]) -> Option<String> {
        let mut shorts: Vec<(&Figure, u32)> = Vec::new();
        for f in figs {
            if let Some(m) = short(f) {
                shorts.push((*f, m));
            }
        }
        if shorts.iter().all(|(f, _)| f.period_kind == PeriodKind::HalfYear) {
            return self.half_year_note(figs);
        }
        let mut groups: Vec<(Vec<String>, u32)> = Vec::new();
        for &(f, m) in &shorts {
            let label = self.period_short(f);
            match groups.iter_mut().find(|(_, n)| *n == m) {
                Some((list, _)) if !list.contains(&label) => list.push(label),
                Some(_) => {}
                None => groups.push((vec![label], m)),
            }
        }
        // the lengths of the periods, each once (a dozen at most)
        let mut lengths = Vec::new();
        for f in figs {
            let m = short(f).unwrap_or(12);
            if !lengths.contains(&m) {
                lengths.push(m);
            }
        }
        Some((self.w.part_year_note)(&groups, lengths.len() > 1))
    }

    /// Plain columns, "and K more" where `left` of `total` periods are not drawn (see
    /// [`Ctx::more`]), the source line, and the view around them.
    pub fn column_view(
        &self,
        mut f: Frame,
        title: String,
        groups: Vec<Group>,
        axis: &dyn Fn(f64) -> String,
        (left, total): (usize, usize),
    ) -> Result<View> {
        let columns = Columns { groups: &groups, axis };
        draw_columns(&mut f, &columns);
        let mut rows = Vec::new();
        push_col_arias(&mut rows, &groups);
        self.more(&mut f, left, total, &mut rows);
        self.finish(f, title, self.w.column_chart, rows, Vec::new())
    }
}

/// The length in months of figure `f`'s period where it is shorter than a year.
fn short(f: &Figure) -> Option<u32> {
    crate::model::Period::parse(&f.period).ok().and_then(|p| p.months()).filter(|m| *m < 12)
}
