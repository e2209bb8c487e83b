//! The SVG the chart is painted into: plotters' `SVGBackend` (plotters-svg 0.3.7, MIT,
//! `src/svg.rs`), cut down to what [`super::paint`] draws (rectangles, polylines,
//! circles, text without rotation) and writing the same bytes but for the font stack,
//! written once on the `<svg>` (every text inherits it) instead of on each text: for a
//! Chinese chart that stack was half the file, with its two decimal
//! numbers (an opacity, a font size) written by [`crate::float::shortest`]: plotters'
//! own `format!("{}", f64)` would bring the standard library's float formatting into the
//! reader's wasm. The drawing itself is still plotters'.

use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::FontStyle;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};

use crate::float::shortest;

/// An SVG document written into a string, closed by `present` (or when dropped).
pub struct Svg<'a> {
    buf: &'a mut String,
    size: (u32, u32),
    /// The font stack on the `<svg>`, which a text in it does not repeat.
    font: &'a str,
    /// The open elements: the `<svg>` one.
    open: Vec<&'static str>,
    saved: bool,
}

type R = Result<(), DrawingErrorKind<std::fmt::Error>>;

/// `#RRGGBB`, upper-case hex.
fn color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    let mut s = String::with_capacity(7);
    s.push('#');
    for v in [r, g, b] {
        for d in [v >> 4, v & 15] {
            s.push(char::from(if d < 10 { b'0' + d } else { b'A' + d - 10 }));
        }
    }
    s
}

fn opacity(c: BackendColor) -> String {
    shortest(c.alpha)
}

impl<'a> Svg<'a> {
    /// A document `size` CSS pixels large, its text in the font stack `font`, written into
    /// `buf`.
    pub fn with_string(buf: &'a mut String, size: (u32, u32), font: &'a str) -> Self {
        let mut svg = Svg { buf, size, font, open: Vec::new(), saved: false };
        svg.open_tag(
            "svg",
            &[
                ("width", &size.0.to_string()),
                ("height", &size.1.to_string()),
                ("viewBox", &format!("0 0 {} {}", size.0, size.1)),
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("font-family", font),
            ],
            false,
        );
        svg
    }

    fn escape_and_push(buf: &mut String, value: &str) {
        value.chars().for_each(|c| match c {
            '<' => buf.push_str("&lt;"),
            '>' => buf.push_str("&gt;"),
            '&' => buf.push_str("&amp;"),
            '"' => buf.push_str("&quot;"),
            '\'' => buf.push_str("&apos;"),
            other => buf.push(other),
        });
    }

    fn open_tag(&mut self, tag: &'static str, attr: &[(&str, &str)], close: bool) {
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
        if close {
            buf.push_str("/>\n");
        } else {
            self.open.push(tag);
            buf.push_str(">\n");
        }
    }

    /// A rectangle of one colour, filled or outlined (plotters draws them with two
    /// style types: one body serves both).
    fn rect(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, c: BackendColor, fill: bool) {
        if c.alpha == 0.0 {
            return;
        }
        let (fill, stroke) = if fill { (color(c), "none".to_string()) } else { ("none".to_string(), color(c)) };
        self.open_tag(
            "rect",
            &[
                ("x", &upper_left.0.to_string()),
                ("y", &upper_left.1.to_string()),
                ("width", &(bottom_right.0 - upper_left.0).to_string()),
                ("height", &(bottom_right.1 - upper_left.1).to_string()),
                ("opacity", &opacity(c)),
                ("fill", &fill),
                ("stroke", &stroke),
            ],
            true,
        );
    }

    fn close_tag(&mut self) -> bool {
        if let Some(tag) = self.open.pop() {
            self.buf.push_str("</");
            self.buf.push_str(tag);
            self.buf.push_str(">\n");
            return true;
        }
        false
    }
}

impl DrawingBackend for Svg<'_> {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> R {
        Ok(())
    }

    fn present(&mut self) -> R {
        if !self.saved {
            while self.close_tag() {}
            self.saved = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, c: BackendColor) -> R {
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.open_tag(
            "rect",
            &[
                ("x", &point.0.to_string()),
                ("y", &point.1.to_string()),
                ("width", "1"),
                ("height", "1"),
                ("stroke", "none"),
                ("opacity", &opacity(c)),
                ("fill", &color(c)),
            ],
            true,
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> R {
        self.rect(upper_left, bottom_right, style.color(), fill);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> R {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
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
                ("opacity", &opacity(c)),
                ("stroke", &color(c)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("points", &points),
            ],
            true,
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> R {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let (stroke, fill) = if fill { ("none".to_string(), color(c)) } else { (color(c), "none".to_string()) };
        self.open_tag(
            "circle",
            &[
                ("cx", &center.0.to_string()),
                ("cy", &center.1.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &opacity(c)),
                ("fill", &fill),
                ("stroke", &stroke),
                ("stroke-width", &style.stroke_width().to_string()),
            ],
            true,
        );
        Ok(())
    }

    /// Text as plotters writes it; the chart draws none rotated (plotters would add a
    /// `transform`).
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> R {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let (x, y, size, fill, alpha) =
            (pos.0.to_string(), pos.1.to_string(), shortest(style.size() / 1.24), color(c), opacity(c));
        let (family, font_style) = (style.family(), style.style());
        let mut attrs = vec![
            ("x", x.as_str()),
            ("y", &y),
            ("dy", dy),
            ("text-anchor", anchor),
            ("font-family", family.as_str()),
            ("font-size", &size),
            ("opacity", &alpha),
            ("fill", &fill),
        ];
        if family.as_str() == self.font {
            attrs.remove(4);
        }
        match &font_style {
            FontStyle::Normal => {}
            FontStyle::Bold => attrs.push(("font-weight", "bold")),
            other => attrs.push(("font-style", other.as_str())),
        };
        self.open_tag("text", &attrs, false);
        Self::escape_and_push(self.buf, text);
        self.buf.push('\n');
        self.close_tag();
        Ok(())
    }
}

impl Drop for Svg<'_> {
    fn drop(&mut self) {
        if !self.saved {
            let _ = self.present();
        }
    }
}
