//! Columns over periods: one group per period, one column per series, in one panel or in
//! several stacked on the same periods (small multiples: a money panel over a percentage
//! panel, each on its own axis; never two axes on one panel). Every column keeps its
//! value label, all at one size: over the column where every label of the chart fits
//! beside its neighbours; where one does not (phones, long amounts), the panels are drawn
//! as horizontal bars instead, a row per column with the value at the bar's end.
//! Hatching marks half years and forecasts.

use super::frame::Frame;
use super::paint::{Align, Fill, Shape};
use super::scale::Scale;
use super::text::{bold_width, text_width, wrap};
use super::theme::Tone;
use super::{Mark, Rect, Row, Tooltip};

/// One column.
#[derive(Debug, Clone, PartialEq)]
pub struct Col {
    pub id: String,
    pub value: Option<f64>,
    /// The value label.
    pub text: String,
    pub tone: Tone,
    pub fill: Fill,
    pub tooltip: Tooltip,
    pub row: Row,
}

/// The columns of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub label: String,
    pub cols: Vec<Col>,
    /// A rule before the group: periods of another length start here (nine months after
    /// three quarters must not read as a fourth quarter).
    pub rule_before: bool,
}

/// Appends what a screen reader reads for each column of `groups` to `rows` (a
/// summary's items).
pub fn push_arias(rows: &mut Vec<String>, groups: &[Group]) {
    for g in groups {
        for c in &g.cols {
            rows.push(c.row.aria.clone());
        }
    }
}

/// The columns of one panel, on one axis.
pub struct Columns<'a> {
    pub groups: &'a [Group],
    pub axis: &'a dyn Fn(f64) -> String,
}

/// One of several panels over the same periods.
pub struct Panel<'a> {
    /// Set over the panel (nothing when empty).
    pub heading: &'a str,
    pub columns: &'a Columns<'a>,
    /// The plot's height as a share of a full panel's.
    pub height: f64,
}

/// The size of every value label, in every panel of a chart.
const VALUE_PX: f64 = 11.0;
/// Horizontal bars: the bar, the row it sits in, the space between periods.
const BAR_H: f64 = 18.0;
const PITCH: f64 = 24.0;
const GROUP_GAP: f64 = 10.0;

/// Lays one panel of columns out at the frame's cursor and advances it.
pub fn draw_columns(f: &mut Frame, spec: &Columns) {
    draw_panels(f, &[Panel { heading: "", columns: spec, height: 1.0 }]);
}

/// Lays panels out one under the other on the same periods, upright or all sideways.
pub fn draw_panels(f: &mut Frame, panels: &[Panel]) {
    let from = f.shapes.len();
    let plot_h = if f.narrow() { 190.0 } else { 230.0 };
    let mut n = 1;
    for p in panels {
        n = n.max(p.columns.groups.len());
    }
    let n = n as f64;
    let mut left_w: f64 = 0.0;
    for p in panels {
        let s = Scale::spaced(&values(p.columns), plot_h * p.height, 0.0, 44.0);
        for &t in &s.ticks() {
            left_w = left_w.max(text_width(&(p.columns.axis)(t), 11.0));
        }
    }
    let left_w = left_w + 8.0;
    let x0 = f.pad + left_w;
    let gw = (f.pad + f.inner - x0) / n;
    let mut fit = true;
    for p in panels {
        fit = fit && labels_fit(p.columns, gw, plot_h * p.height);
    }
    if fit {
        for (i, p) in panels.iter().enumerate() {
            f.gap(if i > 0 { 8.0 } else { 0.0 });
            upright(f, p, x0, gw, plot_h * p.height);
        }
    } else {
        sideways(f, panels);
    }
    f.clear_lines(from);
}

fn values(c: &Columns) -> Vec<f64> {
    let mut out = Vec::new();
    for g in c.groups {
        for col in &g.cols {
            if let Some(v) = col.value {
                out.push(v);
            }
        }
    }
    out
}

/// Where the columns of a group of `k` sit in a group `gw` wide: the first one's offset
/// and their width. Several columns take more of the group, to leave room for labels.
fn slots(gw: f64, k: usize) -> (f64, f64) {
    let k = k.max(1) as f64;
    let cw = ((gw * if k > 1.0 { 0.84 } else { 0.72 }) / k).min(56.0);
    ((gw - cw * k) / 2.0, cw)
}

/// The column of `v` between `x` and `x + cw` and its value label's box, in a plot whose
/// scale is `s`: the label over the column (under it, for a negative value).
fn upright_boxes(s: &Scale, v: f64, x: f64, cw: f64, text: &str) -> (Rect, Rect) {
    let (ya, yb) = (s.px(v).min(s.base()), s.px(v).max(s.base()));
    let col = Rect { x: x + 1.0, y: ya, w: cw - 2.0, h: (yb - ya).max(1.0) };
    let w = bold_width(text, VALUE_PX);
    let mid = if v < 0.0 { yb + 9.0 } else { ya - 9.0 };
    (col, Rect { x: x + cw / 2.0 - w / 2.0, y: mid - VALUE_PX / 2.0, w, h: VALUE_PX })
}

/// Whether every value label fits over its column: inside its period's width, clear of
/// the other columns of the period and of their labels.
fn labels_fit(c: &Columns, gw: f64, plot_h: f64) -> bool {
    let s = Scale::spaced(&values(c), plot_h, 0.0, 44.0);
    for g in c.groups {
        let (start, cw) = slots(gw, g.cols.len());
        let mut placed: Vec<(Rect, Option<Rect>)> = Vec::with_capacity(g.cols.len());
        for (i, col) in g.cols.iter().enumerate() {
            let x = start + cw * i as f64;
            placed.push(match col.value {
                Some(v) => {
                    let (r, l) = upright_boxes(&s, v, x, cw, &col.text);
                    (r, Some(l))
                }
                None => (Rect { x: x + 1.0, y: plot_h - 28.0, w: cw - 2.0, h: 28.0 }, None),
            });
        }
        for (i, (_, label)) in placed.iter().enumerate() {
            let Some(l) = label else { continue };
            if l.x < 2.0 || l.x + l.w > gw - 2.0 {
                return false;
            }
            for (j, (r, other)) in placed.iter().enumerate() {
                if j != i && (meets(l, r) || other.as_ref().is_some_and(|o| meets(l, o))) {
                    return false;
                }
            }
        }
    }
    true
}

/// Whether two boxes come within a pixel of each other.
fn meets(a: &Rect, b: &Rect) -> bool {
    a.x < b.x + b.w + 1.0 && b.x < a.x + a.w + 1.0 && a.y < b.y + b.h + 1.0 && b.y < a.y + a.h + 1.0
}

/// A panel's heading, bold, wrapped to the width.
fn heading(f: &mut Frame, s: &str) {
    f.bold(s, 12.0, 8.0, 16.0);
}

fn mark(c: &Col, rect: Rect) -> Mark {
    Mark::of(&c.id, rect, &c.tooltip, c.value.is_some(), &c.row)
}

fn value_label(x: f64, y: f64, text: &str, align: Align) -> Shape {
    Shape::Text { x, y, text: text.to_string(), px: VALUE_PX, tone: Tone::Ink, bold: true, align }
}

fn muted(x: f64, y: f64, text: &str, align: Align) -> Shape {
    Shape::Text { x, y, text: text.to_string(), px: 11.0, tone: Tone::Muted, bold: false, align }
}

/// One panel upright: periods along the bottom, values up the left axis.
fn upright(f: &mut Frame, p: &Panel, x0: f64, gw: f64, plot_h: f64) {
    heading(f, p.heading);
    let c = p.columns;
    let vals = values(c);
    let top = f.y + 18.0;
    let bottom = top + plot_h;
    let s = Scale::spaced(&vals, bottom, top, 44.0);
    f.y_grid(&s.grid(c.axis), x0, f.pad + f.inner, Some(s.base()));
    // labels of negative columns hang under them: the period labels move down
    let below = if vals.iter().any(|v| *v < 0.0) { 16.0 } else { 0.0 };
    let mut label_lines = 1;
    for (gi, g) in c.groups.iter().enumerate() {
        let gx = x0 + gw * gi as f64;
        if g.rule_before && gi > 0 {
            f.shapes.push(Shape::Line { from: (gx, top), to: (gx, bottom + below + 28.0), tone: Tone::Muted });
        }
        let (start, cw) = slots(gw, g.cols.len());
        for (ci, col) in g.cols.iter().enumerate() {
            let x = gx + start + cw * ci as f64;
            let rect = match col.value {
                Some(v) => {
                    let (r, l) = upright_boxes(&s, v, x, cw, &col.text);
                    f.shapes.push(Shape::Rect { rect: r, tone: col.tone, fill: col.fill });
                    f.shapes.push(value_label(l.x + l.w / 2.0, l.y + l.h / 2.0, &col.text, Align::Middle));
                    r
                }
                None => {
                    let r = Rect { x: x + 1.0, y: bottom - 28.0, w: cw - 2.0, h: 28.0 };
                    f.shapes.push(Shape::DashedRect { rect: r, tone: Tone::Muted });
                    f.shapes.push(muted(x + cw / 2.0, bottom - 14.0, "—", Align::Middle));
                    r
                }
            };
            // a hit box at least 24 px tall, from the column's top down to the axis
            let y = rect.y.min(bottom - 24.0);
            f.marks.push(mark(col, Rect { x: rect.x, y, w: rect.w, h: (bottom - y).max(rect.y + rect.h - y) }));
        }
        let lines = wrap(&g.label, 11.0, gw - 4.0);
        label_lines = label_lines.max(lines.len());
        let at = (gx + gw / 2.0, bottom + below + 12.0);
        Shape::stack(&mut f.shapes, &lines, at, 14.0, (11.0, Tone::Muted), Align::Middle);
    }
    f.y = bottom + below + 16.0 + 14.0 * label_lines as f64;
}

/// The panels as horizontal bars: a row per column, the periods down the left, each
/// panel with its own value axis under it.
fn sideways(f: &mut Frame, panels: &[Panel]) {
    let (pad, inner) = (f.pad, f.inner);
    let mut widest = 0.0_f64;
    for p in panels {
        for g in p.columns.groups {
            widest = widest.max(text_width(&g.label, 11.0));
        }
    }
    let label_w = (widest + 12.0).min(inner * 0.3);
    for (i, p) in panels.iter().enumerate() {
        f.gap(if i > 0 { 4.0 } else { 0.0 });
        heading(f, p.heading);
        let c = p.columns;
        let vals = values(c);
        // a value the source does not give: a dashed box from zero, saying so
        let missing = |col: &Col| text_width(&col.text, 11.0) + 16.0;
        // the widest value label left of zero and right of it, the widest "not given" box
        let (mut neg_w, mut pos_w, mut missing_w) = (0.0_f64, 0.0_f64, 40.0_f64);
        for g in c.groups {
            for col in &g.cols {
                match col.value {
                    Some(v) if v < 0.0 => neg_w = neg_w.max(bold_width(&col.text, VALUE_PX)),
                    Some(_) => pos_w = pos_w.max(bold_width(&col.text, VALUE_PX)),
                    None => missing_w = missing_w.max(missing(col)),
                }
            }
        }
        let room = |widest: f64| if widest > 0.0 { widest + 8.0 } else { 0.0 };
        let x0 = pad + label_w + room(neg_w);
        let x1 = (pad + inner - room(pos_w)).max(x0 + missing_w);
        let s = Scale::fitted(&vals, x0, x1, c.axis);
        let zero = s.base();
        let top = f.y + 4.0;
        let mut body = Vec::new();
        let mut y = top;
        for g in c.groups {
            let lines = wrap(&g.label, 11.0, label_w - 8.0);
            Shape::stack(&mut body, &lines, (pad, y + PITCH / 2.0), 13.0, (11.0, Tone::Muted), Align::Start);
            for (ci, col) in g.cols.iter().enumerate() {
                let row = y + PITCH * ci as f64;
                let bar_y = row + (PITCH - BAR_H) / 2.0;
                let mid = row + PITCH / 2.0;
                match col.value {
                    Some(v) => {
                        let (a, b) = (zero.min(s.px(v)), zero.max(s.px(v)));
                        let rect = Rect { x: a, y: bar_y, w: (b - a).max(1.0), h: BAR_H };
                        body.push(Shape::Rect { rect, tone: col.tone, fill: col.fill });
                        body.push(if v < 0.0 {
                            value_label(a - 5.0, mid, &col.text, Align::End)
                        } else {
                            value_label(b + 5.0, mid, &col.text, Align::Start)
                        });
                    }
                    None => {
                        let rect = Rect { x: zero, y: bar_y, w: missing(col), h: BAR_H };
                        body.push(Shape::DashedRect { rect, tone: Tone::Muted });
                        body.push(muted(zero + 8.0, mid, &col.text, Align::Start));
                    }
                }
                f.marks.push(mark(col, Rect { x: pad, y: row, w: inner, h: PITCH }));
            }
            let block = (PITCH * g.cols.len() as f64).max(13.0 * lines.len() as f64 + PITCH / 2.0);
            y += block + GROUP_GAP;
        }
        let bottom = y - GROUP_GAP + 4.0;
        f.x_grid(&s.grid(c.axis), top - 4.0, bottom, Some(zero));
        f.shapes.append(&mut body);
        f.y = bottom + 28.0;
    }
}
