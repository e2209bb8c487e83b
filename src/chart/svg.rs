//! The SVG the chart is painted into, written as plotters' `SVGBackend` (plotters-svg
//! 0.3.7, MIT, `src/svg.rs`) behind plotters' root `DrawingArea` writes it — the same
//! bytes — cut down to what [`super::paint`] draws (rectangles, polylines, circles, text
//! without rotation): every point clipped to the picture as the drawing area does, a
//! rectangle's corners put in order as plotters' `Rectangle` does, and the two decimal
//! numbers (an opacity, a font size) written by [`crate::float::shortest`] (plotters'
//! own `format!("{}", f64)` would bring the standard library's float formatting into the
//! reader's wasm). Painting without plotters' drawing area, elements and styles, each
//! compiled for this backend, keeps their code out of the reader's wasm.

use crate::float::shortest;

/// A colour: red, green, blue and an opacity.
pub type Color = ((u8, u8, u8), f64);

/// An SVG document written into a string, closed by [`Svg::finish`].
pub struct Svg<'a> {
    buf: &'a mut String,
    size: (i32, i32),
}

/// `#RRGGBB`, upper-case hex.
fn color(c: Color) -> String {
    let (r, g, b) = c.0;
    let mut s = String::with_capacity(7);
    s.push('#');
    for v in [r, g, b] {
        for d in [v >> 4, v & 15] {
            s.push(char::from(if d < 10 { b'0' + d } else { b'A' + d - 10 }));
        }
    }
    s
}

impl<'a> Svg<'a> {
    /// A document `size` CSS pixels large, written into `buf`.
    pub fn with_string(buf: &'a mut String, size: (u32, u32)) -> Self {
        let mut svg = Svg { buf, size: (size.0 as i32, size.1 as i32) };
        svg.open_tag(
            "svg",
            &[
                ("width", &size.0.to_string()),
                ("height", &size.1.to_string()),
                ("viewBox", &format!("0 0 {} {}", size.0, size.1)),
                ("xmlns", "http://www.w3.org/2000/svg"),
            ],
            false,
        );
        svg
    }

    /// Closes the document.
    pub fn finish(self) {
        self.buf.push_str("</svg>\n");
    }

    /// The picture's width and height.
    pub fn size(&self) -> (i32, i32) {
        self.size
    }

    /// The pixel of `(x, y)` (rounded) inside the picture, as plotters' root drawing
    /// area clips every point of an element.
    pub fn pt(&self, x: f64, y: f64) -> (i32, i32) {
        ((x.round() as i32).clamp(0, self.size.0), (y.round() as i32).clamp(0, self.size.1))
    }

    fn escape_and_push(buf: &mut String, value: &str) {
        for c in value.chars() {
            match c {
                '<' => buf.push_str("&lt;"),
                '>' => buf.push_str("&gt;"),
                '&' => buf.push_str("&amp;"),
                '"' => buf.push_str("&quot;"),
                '\'' => buf.push_str("&apos;"),
                other => buf.push(other),
            }
        }
    }

    fn open_tag(&mut self, tag: &str, attr: &[(&str, &str)], close: bool) {
        let buf = &mut *self.buf;
        buf.push('<');
        buf.push_str(tag);
        for (key, value) in attr {
            buf.push(' ');
            buf.push_str(key);
            buf.push_str("=\"");
            Self::escape_and_push(buf, value);
            buf.push('"');
        }
        buf.push_str(if close { "/>\n" } else { ">\n" });
    }

    /// A rectangle between two corners (in either order) of one colour, filled or
    /// outlined.
    pub fn rect(&mut self, a: (i32, i32), b: (i32, i32), c: Color, fill: bool) {
        if c.1 == 0.0 {
            return;
        }
        let (a, b) = ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)));
        let (fill, stroke) = if fill { (color(c), "none".to_string()) } else { ("none".to_string(), color(c)) };
        self.open_tag(
            "rect",
            &[
                ("x", &a.0.to_string()),
                ("y", &a.1.to_string()),
                ("width", &(b.0 - a.0).to_string()),
                ("height", &(b.1 - a.1).to_string()),
                ("opacity", &shortest(c.1)),
                ("fill", &fill),
                ("stroke", &stroke),
            ],
            true,
        );
    }

    /// A polyline through `path`, `width` px wide.
    pub fn path(&mut self, path: &[(i32, i32)], c: Color, width: u32) {
        if c.1 == 0.0 {
            return;
        }
        let mut points = String::new();
        for (x, y) in path {
            points.push_str(&x.to_string());
            points.push(',');
            points.push_str(&y.to_string());
            points.push(' ');
        }
        self.open_tag(
            "polyline",
            &[
                ("fill", "none"),
                ("opacity", &shortest(c.1)),
                ("stroke", &color(c)),
                ("stroke-width", &width.to_string()),
                ("points", &points),
            ],
            true,
        );
    }

    /// A circle, filled or outlined (its outline 1 px wide either way, as plotters writes it).
    pub fn circle(&mut self, center: (i32, i32), radius: u32, c: Color, fill: bool) {
        if c.1 == 0.0 {
            return;
        }
        let (stroke, fill) = if fill { ("none".to_string(), color(c)) } else { (color(c), "none".to_string()) };
        self.open_tag(
            "circle",
            &[
                ("cx", &center.0.to_string()),
                ("cy", &center.1.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &shortest(c.1)),
                ("fill", &fill),
                ("stroke", &stroke),
                ("stroke-width", "1"),
            ],
            true,
        );
    }

    /// Text with its vertical middle at `pos`, anchored `anchor` (`start`, `middle`,
    /// `end`), in `family` at `size` (plotters' font size: written as size / 1.24).
    #[allow(clippy::too_many_arguments)]
    pub fn text(&mut self, text: &str, pos: (i32, i32), anchor: &str, family: &str, size: f64, bold: bool, c: Color) {
        if c.1 == 0.0 {
            return;
        }
        let (x, y, size, fill, alpha) =
            (pos.0.to_string(), pos.1.to_string(), shortest(size / 1.24), color(c), shortest(c.1));
        let mut attrs = vec![
            ("x", x.as_str()),
            ("y", &y),
            ("dy", "0.5ex"),
            ("text-anchor", anchor),
            ("font-family", family),
            ("font-size", &size),
            ("opacity", &alpha),
            ("fill", &fill),
        ];
        if bold {
            attrs.push(("font-weight", "bold"));
        }
        self.open_tag("text", &attrs, false);
        Self::escape_and_push(self.buf, text);
        self.buf.push_str("\n</text>\n");
    }
}
