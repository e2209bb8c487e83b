//! Columns over periods: groups (one per period) of columns (one per series), with an
//! optional line on a second axis (a margin or a share), value labels that shrink (to
//! 9 px) and are then dropped rather than overlapped when a column is too narrow, and
//! hatching for half years and forecasts.

use super::frame::Frame;
use super::paint::{Align, Fill, Shape};
use super::scale::{Scale, ScaleKind};
use super::text::{text_width, wrap};
use super::theme::Tone;
use super::{Mark, Rect, Row, Tooltip};

/// One column (or one point of the line).
#[derive(Debug, Clone, PartialEq)]
pub struct Col {
    pub id: String,
    pub value: Option<f64>,
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
    /// A point of the second-axis line in this period.
    pub point: Option<Col>,
}

pub struct Columns<'a> {
    pub groups: Vec<Group>,
    pub scale: ScaleKind,
    pub axis: &'a dyn Fn(f64) -> String,
    /// The second axis, when groups carry points.
    pub line_axis: Option<&'a dyn Fn(f64) -> String>,
    pub line_tone: Tone,
}

/// Lays the columns out at the frame's cursor and advances it.
pub fn draw_columns(f: &mut Frame, spec: &Columns) {
    let (pad, inner) = (f.pad, f.inner);
    let plot_h = if f.narrow() { 190.0 } else { 230.0 };
    let top = f.y + 18.0;
    let bottom = top + plot_h;
    let values: Vec<f64> = spec.groups.iter().flat_map(|g| g.cols.iter().filter_map(|c| c.value)).collect();
    let s = Scale::spaced(spec.scale, &values, bottom, top, 44.0);
    let ticks = s.ticks();
    let left_w = ticks.iter().map(|t| text_width(&(spec.axis)(*t), 11.0)).fold(0.0, f64::max) + 8.0;
    let points: Vec<f64> = spec.groups.iter().filter_map(|g| g.point.as_ref().and_then(|p| p.value)).collect();
    let line = spec.line_axis.filter(|_| !points.is_empty());
    let ls = line.map(|_| Scale::new(ScaleKind::Linear, &points, bottom, top));
    let right_w = match (line, ls) {
        (Some(ax), Some(ls)) => ls.ticks().iter().map(|t| text_width(&ax(*t), 11.0)).fold(0.0, f64::max) + 8.0,
        _ => 0.0,
    };
    let x0 = pad + left_w;
    let x1 = pad + inner - right_w;
    let grid: Vec<(f64, String)> = ticks.iter().map(|t| (s.px(*t), (spec.axis)(*t))).collect();
    f.y_grid(&grid, x0, x1, Some(s.base()));
    if let (Some(ax), Some(ls)) = (line, ls) {
        for t in ls.ticks() {
            f.shapes.push(Shape::Text {
                x: x1 + 6.0,
                y: ls.px(t),
                text: ax(t),
                px: 11.0,
                tone: spec.line_tone,
                bold: false,
                align: Align::Start,
            });
        }
    }
    let n = spec.groups.len().max(1) as f64;
    let gw = (x1 - x0) / n;
    let mut label_lines = 1;
    let mut line_pts = Vec::new();
    for (gi, g) in spec.groups.iter().enumerate() {
        let gx = x0 + gw * gi as f64;
        let k = g.cols.len().max(1) as f64;
        // several columns share a group: they take more of it, to leave room for labels
        let cw = ((gw * if k > 1.0 { 0.84 } else { 0.72 }) / k).min(56.0);
        let start = gx + (gw - cw * k) / 2.0;
        for (ci, c) in g.cols.iter().enumerate() {
            let cx = start + cw * ci as f64;
            let bw = cw - 2.0;
            let rect = match c.value {
                Some(v) => {
                    let (ya, yb) = (s.px(v).min(s.base()), s.px(v).max(s.base()));
                    let r = Rect { x: cx + 1.0, y: ya, w: bw, h: (yb - ya).max(1.0) };
                    f.shapes.push(Shape::Rect { rect: r, tone: c.tone, fill: c.fill });
                    // a value label only where it fits over its own column (or its group,
                    // when alone), a size smaller before none at all
                    let fits = if g.cols.len() == 1 { gw - 6.0 } else { cw - 1.0 };
                    if let Some(px) = [11.0, 10.0, 9.0].into_iter().find(|px| text_width(&c.text, *px) * 1.1 <= fits) {
                        f.shapes.push(Shape::Text {
                            x: cx + cw / 2.0,
                            y: ya - 9.0,
                            text: c.text.clone(),
                            px,
                            tone: Tone::Ink,
                            bold: true,
                            align: Align::Middle,
                        });
                    }
                    r
                }
                None => {
                    let r = Rect { x: cx + 1.0, y: bottom - 28.0, w: bw, h: 28.0 };
                    f.shapes.push(Shape::DashedRect { rect: r, tone: Tone::Muted });
                    f.shapes.push(Shape::Text {
                        x: cx + cw / 2.0,
                        y: bottom - 14.0,
                        text: "—".into(),
                        px: 11.0,
                        tone: Tone::Muted,
                        bold: false,
                        align: Align::Middle,
                    });
                    r
                }
            };
            // a hit box at least 24 px tall, from the column's top down to the axis
            let hit =
                Rect { x: rect.x, y: rect.y.min(bottom - 24.0), w: rect.w, h: bottom - rect.y.min(bottom - 24.0) };
            f.marks.push(Mark {
                id: c.id.clone(),
                rect: hit,
                label: c.row.aria.clone(),
                tooltip: c.tooltip.clone(),
                present: c.value.is_some(),
                row: c.row.clone(),
            });
        }
        let lines = wrap(&g.label, 11.0, gw - 4.0);
        label_lines = label_lines.max(lines.len());
        for (li, l) in lines.iter().enumerate() {
            f.shapes.push(Shape::Text {
                x: gx + gw / 2.0,
                y: bottom + 12.0 + 14.0 * li as f64,
                text: l.clone(),
                px: 11.0,
                tone: Tone::Muted,
                bold: false,
                align: Align::Middle,
            });
        }
        if let (Some(p), Some(ls)) = (&g.point, ls) {
            if let Some(v) = p.value {
                line_pts.push((gx + gw / 2.0, ls.px(v), p.clone(), p.fill == Fill::Hatched));
            }
        }
    }
    // the line over the columns, its values under the period labels (never over a column)
    let label_y = bottom + 12.0 + 14.0 * label_lines as f64;
    for w in line_pts.windows(2) {
        let dashed = w[1].3;
        f.shapes.push(Shape::Polyline {
            points: vec![(w[0].0, w[0].1), (w[1].0, w[1].1)],
            tone: spec.line_tone,
            dashed,
        });
    }
    for (x, y, p, _) in &line_pts {
        f.shapes.push(Shape::Dot { at: (*x, *y), r: 4.0, tone: spec.line_tone });
        f.shapes.push(Shape::Text {
            x: *x,
            y: label_y,
            text: p.text.clone(),
            px: 11.0,
            tone: spec.line_tone,
            bold: true,
            align: Align::Middle,
        });
        f.marks.push(Mark {
            id: p.id.clone(),
            rect: Rect { x: x - 12.0, y: y - 12.0, w: 24.0, h: 24.0 },
            label: p.row.aria.clone(),
            tooltip: p.tooltip.clone(),
            present: true,
            row: p.row.clone(),
        });
    }
    f.y = label_y + if line_pts.is_empty() { 4.0 } else { 18.0 };
}
