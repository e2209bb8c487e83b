//! A tiny display list that every chart lays out into, and one function that paints it
//! with plotters on any backend in a given theme. Layout stays pure data; drawing stays
//! in one place.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::{bold_width, text_width};
use super::theme::{font_size, Theme, Tone};
use super::Rect;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// How a filled shape is drawn: solid for stated full-period values; hatched for half
/// years, forecasts and estimates, so the difference does not rest on colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    Solid,
    Hatched,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        tone: Tone,
        fill: Fill,
    },
    /// An outline drawn in dashes (a value the source does not give).
    DashedRect {
        rect: Rect,
        tone: Tone,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        tone: Tone,
    },
    /// A 2 px polyline; dashed only for a forecast (a dash means a forecast and nothing
    /// else: not a half year, not an estimate).
    Polyline {
        points: Vec<(f64, f64)>,
        tone: Tone,
        dashed: bool,
    },
    Dot {
        at: (f64, f64),
        r: f64,
        tone: Tone,
    },
    /// Text whose vertical middle sits at `y`.
    Text {
        x: f64,
        y: f64,
        text: String,
        px: f64,
        tone: Tone,
        bold: bool,
        align: Align,
    },
}

impl Shape {
    /// Plain text in the given tone, start-aligned.
    pub fn text(x: f64, y: f64, text: &str, px: f64, tone: Tone) -> Shape {
        Shape::Text { x, y, text: text.to_string(), px, tone, bold: false, align: Align::Start }
    }

    /// `lines` of `px` text in `tone`, put on `shapes` one under the other: the first's
    /// middle at `(x, y)`, the others `lh` apart (one loop for the legend's, a
    /// statistic's, the period labels' and the price rows' wrapped lines).
    pub fn stack(
        shapes: &mut Vec<Shape>,
        lines: &[String],
        (x, y): (f64, f64),
        lh: f64,
        (px, tone): (f64, Tone),
        align: Align,
    ) {
        for (i, line) in lines.iter().enumerate() {
            shapes.push(Shape::Text { x, y: y + lh * i as f64, text: line.clone(), px, tone, bold: false, align });
        }
    }

    /// The box a text takes: its estimated width by its alignment, one em tall around
    /// its middle. `None` for other shapes.
    pub fn text_box(&self) -> Option<Rect> {
        let Shape::Text { x, y, text, px, bold, align, .. } = self else { return None };
        let w = if *bold { bold_width(text, *px) } else { text_width(text, *px) };
        let x0 = match align {
            Align::Start => *x,
            Align::Middle => x - w / 2.0,
            Align::End => x - w,
        };
        Some(Rect { x: x0, y: y - px / 2.0, w, h: *px })
    }
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Diagonal hatch segments (45°, every 6 px) clipped to `r`.
fn hatch(r: Rect) -> Vec<((f64, f64), (f64, f64))> {
    let mut out = Vec::new();
    let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
    let mut c = x0 + y0 + 3.0;
    while c < x1 + y1 {
        // the line x + y = c, clipped to the rectangle
        let a = ((c - y1).max(x0), 0.0);
        let a = (a.0, c - a.0);
        let b = ((c - y0).min(x1), 0.0);
        let b = (b.0, c - b.0);
        if a.0 < b.0 {
            out.push((a, b));
        }
        c += 6.0;
    }
    out
}

fn dashes(a: (f64, f64), b: (f64, f64), on: f64) -> Vec<((f64, f64), (f64, f64))> {
    let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
    let n = (len / on).floor().max(1.0) as usize;
    let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
    let mut out = Vec::new();
    for i in (0..n).step_by(2) {
        out.push((at(i as f64 / n as f64), at(((i + 1) as f64 / n as f64).min(1.0))));
    }
    out
}

/// Paints `shapes` in order on a background of the theme's paper, every text in the font
/// stack `font` (the reader's language's: CJK faces first for Chinese).
pub fn paint<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    shapes: &[Shape],
    theme: &Theme,
    font: &str,
) -> Result<()> {
    // plotters' error turned into ours once, not at each of the dozen places it can arise
    // (by `format!`: no `ToString` compiled for plotters' error type)
    draw(area, shapes, theme, font).map_err(|e| Error::chart(format!("{e}")))
}

fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    shapes: &[Shape],
    theme: &Theme,
    font: &str,
) -> std::result::Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let line = |from: (f64, f64), to: (f64, f64), c: RGBColor, w: u32| {
        PathElement::new(vec![pt(from.0, from.1), pt(to.0, to.1)], c.stroke_width(w))
    };
    area.fill(&theme.paper)?;
    for s in shapes {
        match s {
            Shape::Rect { rect, tone, fill } => {
                let c = theme.color(*tone);
                let corners = [pt(rect.x, rect.y), pt(rect.x + rect.w, rect.y + rect.h)];
                match fill {
                    Fill::Solid => area.draw(&Rectangle::new(corners, c.filled()))?,
                    Fill::Hatched => {
                        area.draw(&Rectangle::new(corners, c.mix(0.18).filled()))?;
                        // (the segments by reference, here and for the dashes: a loop over the
                        // vector itself compiled its iterator's `next` and drop at each)
                        for &(a, b) in &hatch(*rect) {
                            area.draw(&line(a, b, c, 2))?;
                        }
                        area.draw(&Rectangle::new(corners, c.stroke_width(1)))?;
                    }
                }
            }
            Shape::DashedRect { rect, tone } => {
                let c = theme.color(*tone);
                let (x0, y0, x1, y1) = (rect.x, rect.y, rect.x + rect.w, rect.y + rect.h);
                let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)];
                for w in corners.windows(2) {
                    for &(a, b) in &dashes(w[0], w[1], 8.0) {
                        area.draw(&line(a, b, c, 1))?;
                    }
                }
            }
            Shape::Line { from, to, tone } => area.draw(&line(*from, *to, theme.color(*tone), 1))?,
            Shape::Polyline { points, tone, dashed } => {
                let c = theme.color(*tone);
                if *dashed {
                    for w in points.windows(2) {
                        for &(a, b) in &dashes(w[0], w[1], 6.0) {
                            area.draw(&line(a, b, c, 2))?;
                        }
                    }
                } else {
                    // one element for the whole line, however many points it has
                    let mut pts = Vec::with_capacity(points.len());
                    // a point the same as the one before left out as it comes (no `dedup`)
                    for p in points {
                        let q = pt(p.0, p.1);
                        if pts.last() != Some(&q) {
                            pts.push(q);
                        }
                    }
                    area.draw(&PathElement::new(pts, c.stroke_width(2)))?;
                }
            }
            Shape::Dot { at, r, tone } => {
                let c = theme.color(*tone);
                area.draw(&Circle::new(pt(at.0, at.1), r.round() as i32, c.filled()))?;
                area.draw(&Circle::new(pt(at.0, at.1), r.round() as i32, theme.paper.stroke_width(1)))?;
            }
            Shape::Text { x, y, text, px, tone, bold, align } => {
                let h = match align {
                    Align::Start => HPos::Left,
                    Align::Middle => HPos::Center,
                    Align::End => HPos::Right,
                };
                let style = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let font = FontDesc::new(FontFamily::Name(font), font_size(*px), style);
                let c = theme.color(*tone);
                let ts = font.color(&c).pos(Pos::new(h, VPos::Center));
                area.draw(&Text::new(xml_text(text).as_ref(), pt(*x, *y), ts))?;
            }
        }
    }
    Ok(())
}

/// `s` with every character XML cannot hold (controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) as U+FFFD: validation refuses them in a dataset, and
/// this keeps any other way in (a series id, a message) from breaking the SVG.
fn xml_text(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    if s.chars().any(bad) {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            out.push(if bad(c) { '\u{FFFD}' } else { c });
        }
        out.into()
    } else {
        s.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_xml_cannot_hold_is_replaced() {
        assert_eq!(xml_text("a\u{1}b\u{7f}\u{FFFE}\tc"), "a\u{FFFD}b\u{FFFD}\u{FFFD}\tc");
        assert!(matches!(xml_text("壁仞"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn hatch_stays_inside_its_rectangle() {
        let r = Rect { x: 10.0, y: 20.0, w: 30.0, h: 50.0 };
        let segs = hatch(r);
        assert!(segs.len() > 5);
        for (a, b) in segs {
            for p in [a, b] {
                assert!(p.0 >= r.x - 1e-9 && p.0 <= r.x + r.w + 1e-9, "{p:?}");
                assert!(p.1 >= r.y - 1e-9 && p.1 <= r.y + r.h + 1e-9, "{p:?}");
            }
        }
    }
}
