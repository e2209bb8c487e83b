//! A tiny display list that every chart lays out into, and one function that paints it
//! into an SVG ([`super::svg`]) in a given theme. Layout stays pure data; drawing stays
//! in one place.

use plotters::style::RGBColor;

use super::svg::{Color, Svg};
use super::text::{bold_width, text_width};
use super::theme::{font_size, Theme, Tone};
use super::Rect;

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
    pub fn text(x: f64, y: f64, text: impl Into<String>, px: f64, tone: Tone) -> Shape {
        Shape::Text { x, y, text: text.into(), px, tone, bold: false, align: Align::Start }
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

/// Paints `shapes` in order on a background of the theme's paper, in `theme`, every
/// text in the font stack `font` (the reader's language's: CJK faces first for Chinese),
/// as plotters' elements on its root drawing area painted them.
pub fn paint(svg: &mut Svg, shapes: &[Shape], theme: &Theme, font: &str) {
    let rgb = |c: RGBColor| ((c.0, c.1, c.2), 1.0);
    let line = |svg: &mut Svg, from: (f64, f64), to: (f64, f64), c: Color, w: u32| {
        let path = [svg.pt(from.0, from.1), svg.pt(to.0, to.1)];
        svg.path(&path, c, w);
    };
    svg.rect((0, 0), svg.size(), rgb(theme.paper), true);
    for s in shapes {
        match s {
            Shape::Rect { rect, tone, fill } => {
                let c = rgb(theme.color(*tone));
                let (a, b) = (svg.pt(rect.x, rect.y), svg.pt(rect.x + rect.w, rect.y + rect.h));
                match fill {
                    Fill::Solid => svg.rect(a, b, c, true),
                    Fill::Hatched => {
                        svg.rect(a, b, (c.0, 0.18), true);
                        for (p, q) in hatch(*rect) {
                            line(svg, p, q, c, 2);
                        }
                        svg.rect(a, b, c, false);
                    }
                }
            }
            Shape::DashedRect { rect, tone } => {
                let c = rgb(theme.color(*tone));
                let (x0, y0, x1, y1) = (rect.x, rect.y, rect.x + rect.w, rect.y + rect.h);
                let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)];
                for w in corners.windows(2) {
                    for (p, q) in dashes(w[0], w[1], 8.0) {
                        line(svg, p, q, c, 1);
                    }
                }
            }
            Shape::Line { from, to, tone } => line(svg, *from, *to, rgb(theme.color(*tone)), 1),
            Shape::Polyline { points, tone, dashed } => {
                let c = rgb(theme.color(*tone));
                if *dashed {
                    for w in points.windows(2) {
                        for (p, q) in dashes(w[0], w[1], 6.0) {
                            line(svg, p, q, c, 2);
                        }
                    }
                } else {
                    // one element for the whole line, however many points it has: the
                    // rounded points without repeats, then clipped
                    let mut pts = Vec::with_capacity(points.len());
                    for p in points {
                        pts.push((p.0.round() as i32, p.1.round() as i32));
                    }
                    pts.dedup();
                    for p in &mut pts {
                        *p = svg.pt(f64::from(p.0), f64::from(p.1));
                    }
                    svg.path(&pts, c, 2);
                }
            }
            Shape::Dot { at, r, tone } => {
                let (at, r) = (svg.pt(at.0, at.1), (r.round() as i32).max(0) as u32);
                svg.circle(at, r, rgb(theme.color(*tone)), true);
                svg.circle(at, r, rgb(theme.paper), false);
            }
            Shape::Text { x, y, text, px, tone, bold, align } => {
                let anchor = match align {
                    Align::Start => "start",
                    Align::Middle => "middle",
                    Align::End => "end",
                };
                let at = svg.pt(*x, *y);
                svg.text(&xml_text(text), at, anchor, font, font_size(*px), *bold, rgb(theme.color(*tone)));
            }
        }
    }
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
