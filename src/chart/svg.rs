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

impl<'a> Svg<'a> {
    /// A document `size` CSS pixels large, written into `buf`.
    pub fn with_string(buf: &'a mut String, size: (u32, u32)) -> Self {
        let mut svg = Svg { buf, size: (size.0 as i32, size.1 as i32) };
        let (w, h) = svg.size;
        svg.open("svg");
        svg.int("width", w);
        svg.int("height", h);
        svg.buf.push_str(" viewBox=\"0 0 ");
        svg.push_int(w);
        svg.buf.push(' ');
        svg.push_int(h);
        svg.buf.push_str("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
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

    /// `<tag`.
    fn open(&mut self, tag: &str) {
        self.buf.push('<');
        self.buf.push_str(tag);
    }

    /// ` key="`.
    fn key(&mut self, key: &str) {
        self.buf.push(' ');
        self.buf.push_str(key);
        self.buf.push_str("=\"");
    }

    /// ` key="value"`, the value escaped.
    fn attr(&mut self, key: &str, value: &str) {
        self.key(key);
        Self::escape_and_push(self.buf, value);
        self.buf.push('"');
    }

    /// A whole number in decimal (as `Display` writes it).
    fn push_int(&mut self, v: i32) {
        if v < 0 {
            self.buf.push('-');
        }
        let mut digits = [0u8; 10];
        let (mut n, mut i) = (v.unsigned_abs(), digits.len());
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for d in &digits[i..] {
            self.buf.push(char::from(*d));
        }
    }

    /// ` key="v"`.
    fn int(&mut self, key: &str, v: i32) {
        self.key(key);
        self.push_int(v);
        self.buf.push('"');
    }

    /// ` opacity="…" key="#RRGGBB"` (upper-case hex), or ` key="none"`.
    fn paint(&mut self, key: &str, c: Option<Color>) {
        self.key(key);
        match c {
            Some(((r, g, b), _)) => {
                self.buf.push('#');
                for v in [r, g, b] {
                    for d in [v >> 4, v & 15] {
                        self.buf.push(char::from(if d < 10 { b'0' + d } else { b'A' + d - 10 }));
                    }
                }
            }
            None => self.buf.push_str("none"),
        }
        self.buf.push('"');
    }

    fn opacity(&mut self, c: Color) {
        self.key("opacity");
        self.buf.push_str(&shortest(c.1));
        self.buf.push('"');
    }

    /// A rectangle between two corners (in either order) of one colour, filled or
    /// outlined.
    pub fn rect(&mut self, a: (i32, i32), b: (i32, i32), c: Color, fill: bool) {
        if c.1 == 0.0 {
            return;
        }
        let (a, b) = ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)));
        self.open("rect");
        self.int("x", a.0);
        self.int("y", a.1);
        self.int("width", b.0 - a.0);
        self.int("height", b.1 - a.1);
        self.opacity(c);
        self.paint("fill", Some(c).filter(|_| fill));
        self.paint("stroke", Some(c).filter(|_| !fill));
        self.buf.push_str("/>\n");
    }

    /// A polyline through `path`, `width` px wide.
    pub fn path(&mut self, path: &[(i32, i32)], c: Color, width: u32) {
        if c.1 == 0.0 {
            return;
        }
        self.open("polyline");
        self.paint("fill", None);
        self.opacity(c);
        self.paint("stroke", Some(c));
        self.int("stroke-width", width as i32);
        self.key("points");
        for (x, y) in path {
            self.push_int(*x);
            self.buf.push(',');
            self.push_int(*y);
            self.buf.push(' ');
        }
        self.buf.push_str("\"/>\n");
    }

    /// A circle, filled or outlined (its outline 1 px wide either way, as plotters writes it).
    pub fn circle(&mut self, center: (i32, i32), radius: u32, c: Color, fill: bool) {
        if c.1 == 0.0 {
            return;
        }
        self.open("circle");
        self.int("cx", center.0);
        self.int("cy", center.1);
        self.int("r", radius as i32);
        self.opacity(c);
        self.paint("fill", Some(c).filter(|_| fill));
        self.paint("stroke", Some(c).filter(|_| !fill));
        self.buf.push_str(" stroke-width=\"1\"/>\n");
    }

    /// Text with its vertical middle at `pos`, anchored `anchor` (`start`, `middle`,
    /// `end`), in `family` at `size` (plotters' font size: written as size / 1.24).
    #[allow(clippy::too_many_arguments)]
    pub fn text(&mut self, text: &str, pos: (i32, i32), anchor: &str, family: &str, size: f64, bold: bool, c: Color) {
        if c.1 == 0.0 {
            return;
        }
        self.open("text");
        self.int("x", pos.0);
        self.int("y", pos.1);
        self.buf.push_str(" dy=\"0.5ex\"");
        self.attr("text-anchor", anchor);
        self.attr("font-family", family);
        self.attr("font-size", &shortest(size / 1.24));
        self.opacity(c);
        self.paint("fill", Some(c));
        if bold {
            self.buf.push_str(" font-weight=\"bold\"");
        }
        self.buf.push_str(">\n");
        Self::escape_and_push(self.buf, text);
        self.buf.push_str("\n</text>\n");
    }
}
