//! The frame every view is laid out in: title, subtitle, the plot(s), legend, notes and
//! the source line, top to bottom, each wrapped to the width. A [`Scene`] is the result.
//! Past [`MAX_CONTENT`] the chart grows no wider: the content keeps that width, centred
//! in the space given (lines as long as a page's are hard to read, plots as wide as one
//! hard to compare across).

use super::paint::{Align, Fill, Shape};
use super::text::{bold_width, text_width, wrap};
use super::theme::Tone;
use super::{Mark, Rect};

/// A laid-out chart: what to paint and where the data points are.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
    /// A list view's items as text for the page (see [`Frame::text_list`]), and the
    /// lines that follow the list (the source line); empty for charts.
    pub list: Vec<ListItem>,
    pub after: Vec<String>,
}

/// One item of a list view, as text the page sets out itself (so that it reflows with
/// the reader's text size and can be read and selected as text): a badge on a coloured
/// disc (`tone` names the theme colour: `good`, `alert`, `series-3`, `story`), a title and
/// detail lines.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ListItem {
    pub badge: String,
    pub tone: &'static str,
    pub title: String,
    pub detail: Vec<String>,
}

/// A legend entry: a swatch and its meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub tone: Tone,
    pub fill: Fill,
    pub label: String,
}

/// The widest the content of a chart (title, plot, notes) gets, in CSS px, margins
/// included.
pub const MAX_CONTENT: f64 = 960.0;

/// The most lines a name or a label wraps to (a bar's name, a legend key, a heading);
/// past them it ends in "…". A text may be 4,000 bytes long: the whole of it is in the
/// point's tooltip, its row of the data table and the summary, not in the drawing.
pub const LABEL_LINES: usize = 4;
/// The most lines a paragraph (a title, a note, a fact, a check's sentence) wraps to.
pub const TEXT_LINES: usize = 12;

/// At most `n` of `lines`; where there were more, the last kept ends in "…" (in place of
/// its last character, so that it stays within the width it was wrapped to).
pub fn at_most(mut lines: Vec<String>, n: usize) -> Vec<String> {
    if lines.len() > n {
        lines.truncate(n);
        if let Some(last) = lines.last_mut() {
            last.pop();
            *last = super::format::cat(last.trim_end(), "…");
        }
    }
    lines
}

/// How [`Frame::para`] sets a text: its size, the width it wraps to, the most lines it
/// takes, its colour and weight.
pub struct Para {
    pub px: f64,
    pub width: f64,
    pub most: usize,
    pub tone: Tone,
    pub bold: bool,
}

/// A vertical layout cursor with the shapes laid out so far.
pub struct Frame {
    /// The width of the chart.
    pub w: f64,
    /// The content's left edge; the content ends as far from the right edge (`w - pad`).
    pub pad: f64,
    /// The content's width.
    pub inner: f64,
    /// The margin above and below the content.
    pub margin: f64,
    pub y: f64,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
    /// Set by a view that is a list and nothing else: its items are handed to the page
    /// as text instead of being drawn, and so is what follows them.
    pub text_list: bool,
    pub list: Vec<ListItem>,
    pub after: Vec<String>,
}

impl Frame {
    pub fn new(width: f64) -> Frame {
        let margin = if width < 420.0 { 10.0 } else { 16.0 };
        let inner = width.min(MAX_CONTENT) - 2.0 * margin;
        let pad = (width - inner) / 2.0;
        Frame {
            w: width,
            pad,
            inner,
            margin,
            y: margin,
            shapes: Vec::new(),
            marks: Vec::new(),
            text_list: false,
            list: Vec::new(),
            after: Vec::new(),
        }
    }

    pub fn narrow(&self) -> bool {
        self.w < 480.0
    }

    pub fn title(&mut self, s: &str) {
        self.bold(s, 16.0, 10.0, 22.0);
    }

    /// Wrapped bold ink text at `px`, each line's middle `dy` below its top and the lines
    /// `lh` apart (a title, a panel's heading).
    pub fn bold(&mut self, s: &str, px: f64, dy: f64, lh: f64) {
        let text = Para { px, width: self.inner / 1.1, most: TEXT_LINES, tone: Tone::Ink, bold: true };
        self.y = self.para(self.pad, self.y, (dy, lh), s, &text);
    }

    /// Wrapped muted text at `px`, `lh` apart.
    pub fn lines(&mut self, s: &str, px: f64, tone: Tone) {
        let lh = px + 4.0;
        let text = Para { px, width: self.inner, most: TEXT_LINES, tone, bold: false };
        self.y = self.para(self.pad, self.y, (lh / 2.0, lh), s, &text);
    }

    /// `s` wrapped as `text` says, from `y` down at `x`: each line's middle `dy` below
    /// its top, the lines `lh` apart. Returns the `y` under the last line (one loop for
    /// the titles, notes, headings and the check list's items).
    pub fn para(&mut self, x: f64, mut y: f64, (dy, lh): (f64, f64), s: &str, text: &Para) -> f64 {
        let Para { px, width, most, tone, bold } = *text;
        // (the lines taken out of their list: walking the list itself compiled its
        // iterator's drop)
        for line in &mut at_most(wrap(s, px, width), most) {
            let text = std::mem::take(line);
            self.shapes.push(Shape::Text { x, y: y + dy, text, px, tone, bold, align: Align::Start });
            y += lh;
        }
        y
    }

    pub fn gap(&mut self, h: f64) {
        self.y += h;
    }

    /// Swatches with labels, flowing onto new lines as needed; a label longer than the
    /// width wraps beside its swatch.
    pub fn legend(&mut self, keys: &[Key]) {
        if keys.is_empty() {
            return;
        }
        let end = self.pad + self.inner;
        let mut x = self.pad;
        // the lines taken by the tallest key of the current row
        let mut rows = 1;
        for k in keys {
            let w = 14.0 + 6.0 + text_width(&k.label, 11.0) + 14.0;
            if x + w > end && x > self.pad {
                x = self.pad;
                self.y += 18.0 + 14.0 * (rows - 1) as f64;
                rows = 1;
            }
            let rect = Rect { x, y: self.y + 3.0, w: 14.0, h: 12.0 };
            self.shapes.push(Shape::Rect { rect, tone: k.tone, fill: k.fill });
            let lines = at_most(wrap(&k.label, 11.0, end - x - 20.0), LABEL_LINES);
            Shape::stack(&mut self.shapes, &lines, (x + 20.0, self.y + 9.0), 14.0, (11.0, Tone::Muted), Align::Start);
            rows = rows.max(lines.len());
            x += w;
        }
        self.y += 22.0 + 14.0 * (rows - 1) as f64;
    }

    /// A short bold statistic line ("47.1万人 认购公开发售"), value first.
    pub fn stat(&mut self, value: &str, label: &str) {
        let vw = bold_width(value, 14.0);
        self.shapes.push(Shape::Text {
            x: self.pad,
            y: self.y + 9.0,
            text: value.to_string(),
            px: 14.0,
            tone: Tone::Ink,
            bold: true,
            align: Align::Start,
        });
        let room = self.inner - vw - 8.0;
        let lines = at_most(wrap(label, 12.0, room.max(80.0)), LABEL_LINES);
        let at = (self.pad + vw + 8.0, self.y + 9.0);
        Shape::stack(&mut self.shapes, &lines, at, 16.0, (12.0, Tone::Muted), Align::Start);
        self.y += 16.0 * lines.len().max(1) as f64 + 6.0;
    }

    /// Vertical gridlines at `ticks` (x, label) from `top` to `bottom`, labelled under
    /// `bottom` and kept inside the chart at its edges; the line at `base` (a zero
    /// baseline), if any, drawn darker.
    pub fn x_grid(&mut self, ticks: &[(f64, String)], top: f64, bottom: f64, base: Option<f64>) {
        self.grid(ticks, true, (top, bottom), base);
    }

    /// Horizontal gridlines at `ticks` from `x0` to `x1`, labelled left of `x0`; the
    /// line at `base` (a zero baseline), if any, drawn darker.
    pub fn y_grid(&mut self, ticks: &[(f64, String)], x0: f64, x1: f64, base: Option<f64>) {
        self.grid(ticks, false, (x0, x1), base);
    }

    /// [`Frame::x_grid`] (`vertical`, from `a` to `b` down) and [`Frame::y_grid`] (from `a`
    /// to `b` across) in one loop.
    fn grid(&mut self, ticks: &[(f64, String)], vertical: bool, (a, b): (f64, f64), base: Option<f64>) {
        for (at, label) in ticks {
            let at = *at;
            let tone = if base.is_some_and(|z| (at - z).abs() < 0.5) { Tone::Muted } else { Tone::Grid };
            let (from, to, x, y, align) = if vertical {
                let half = text_width(label, 11.0) / 2.0;
                let x = at.clamp(self.pad + half, self.pad + self.inner - half);
                ((at, a), (at, b), x, b + 12.0, Align::Middle)
            } else {
                ((a, at), (b, at), a - 6.0, at, Align::End)
            };
            self.shapes.push(Shape::Line { from, to, tone });
            let text = label.clone();
            self.shapes.push(Shape::Text { x, y, text, px: 11.0, tone: Tone::Muted, bold: false, align });
        }
    }

    /// Breaks the lines among `shapes[from..]` (axes, gridlines, ticks) where they would
    /// run through a text among them, leaving [`HALO`] px clear around it, as print sets
    /// labels over gridlines on a knocked-out ground.
    pub fn clear_lines(&mut self, from: usize) {
        let mut boxes = Vec::new();
        for s in &self.shapes[from..] {
            if let Some(b) = s.text_box() {
                boxes.push(b);
            }
        }
        // (each shape taken out of the list split off: walking that list itself compiled
        // its iterator's drop)
        for s in &mut self.shapes.split_off(from) {
            match *s {
                Shape::Line { from: a, to: b, tone } => {
                    // (by reference: see `Scale::ticks`)
                    for &(a, b) in &outside(a, b, &boxes, HALO) {
                        self.shapes.push(Shape::Line { from: a, to: b, tone });
                    }
                }
                _ => {
                    let taken = std::mem::replace(s, Shape::Dot { at: (0.0, 0.0), r: 0.0, tone: Tone::Grid });
                    self.shapes.push(taken);
                }
            }
        }
    }

    pub fn finish(self) -> Scene {
        Scene {
            width: self.w.round(),
            height: (self.y + self.margin).ceil(),
            shapes: self.shapes,
            marks: self.marks,
            list: self.list,
            after: self.after,
        }
    }
}

/// The clear space kept between a line and a text it is broken around.
pub const HALO: f64 = 2.0;
/// The shortest piece of a broken line that is kept, in px.
const MIN_PIECE: f64 = 6.0;

/// The pieces of the segment `a`–`b` outside every box (each grown by `halo`); of a
/// broken segment, pieces shorter than [`MIN_PIECE`] are dropped (a stub between two
/// lines of text says nothing).
fn outside(a: (f64, f64), b: (f64, f64), boxes: &[Rect], halo: f64) -> Vec<((f64, f64), (f64, f64))> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    // the parameter intervals (0..1 along the segment) inside each box (Liang–Barsky)
    let mut cut: Vec<(f64, f64)> = Vec::new();
    'boxes: for r in boxes {
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        let sides = [
            (-dx, a.0 - (r.x - halo)),
            (dx, r.x + r.w + halo - a.0),
            (-dy, a.1 - (r.y - halo)),
            (dy, r.y + r.h + halo - a.1),
        ];
        for (p, q) in sides {
            if p == 0.0 {
                if q <= 0.0 {
                    continue 'boxes;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
            }
        }
        if t0 < t1 {
            cut.push((t0, t1));
        }
    }
    if cut.is_empty() {
        return vec![(a, b)];
    }
    crate::sort::sort_by(&mut cut, |x, y| x.0.total_cmp(&y.0));
    let len = (dx * dx + dy * dy).sqrt().max(1e-9);
    let at = |t: f64| (a.0 + dx * t, a.1 + dy * t);
    let mut out = Vec::new();
    let mut t = 0.0;
    for &(c0, c1) in &cut {
        if (c0 - t) * len >= MIN_PIECE {
            out.push((at(t), at(c0)));
        }
        t = t.max(c1);
    }
    if (1.0 - t) * len >= MIN_PIECE {
        out.push((at(t), at(1.0)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_breaks_around_a_box() {
        let r = Rect { x: 10.0, y: -5.0, w: 10.0, h: 10.0 };
        assert_eq!(
            outside((0.0, 0.0), (40.0, 0.0), &[r], 2.0),
            vec![((0.0, 0.0), (8.0, 0.0)), ((22.0, 0.0), (40.0, 0.0))]
        );
        // a line that passes by is kept whole
        assert_eq!(outside((0.0, 20.0), (40.0, 20.0), &[r], 2.0).len(), 1);
        // a line inside a box is dropped
        assert!(outside((12.0, 0.0), (18.0, 0.0), &[r], 2.0).is_empty());
    }

    #[test]
    fn wide_charts_keep_their_content_at_the_cap_centred() {
        let f = Frame::new(1280.0);
        assert_eq!(f.inner, MAX_CONTENT - 32.0);
        assert_eq!(f.pad, (1280.0 - f.inner) / 2.0);
        assert_eq!(Frame::new(640.0).pad, 16.0);
    }
}
