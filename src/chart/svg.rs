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
    /// Whether the `<svg>` is closed.
    saved: bool,
}

type R = Result<(), DrawingErrorKind<std::fmt::Error>>;

impl<'a> Svg<'a> {
    /// A document `size` CSS pixels large, its text in the font stack `font`, written into
    /// `buf`.
    pub fn with_string(buf: &'a mut String, size: (u32, u32), font: &'a str) -> Self {
        let mut svg = Svg { buf, size, font, saved: false };
        svg.buf.push_str("<svg");
        svg.num("width", size.0 as i32);
        svg.num("height", size.1 as i32);
        svg.attr("viewBox", &format!("0 0 {} {}", size.0, size.1));
        svg.attr("xmlns", "http://www.w3.org/2000/svg");
        svg.attr("font-family", font);
        svg.buf.push_str(">\n");
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

    /// ` key="value"`, the value escaped. Each attribute is written as it comes, in
    /// plotters' order (not gathered in a list of strings first: that list and its
    /// strings were most of each shape's code).
    fn attr(&mut self, key: &str, value: &str) {
        self.buf.push(' ');
        self.buf.push_str(key);
        self.buf.push_str("=\"");
        Self::escape_and_push(self.buf, value);
        self.buf.push('"');
    }

    fn num(&mut self, key: &str, v: i32) {
        self.attr(key, &v.to_string());
    }

    /// The colour `c` as `#RRGGBB`, upper-case hex (written, like numbers, unescaped:
    /// nothing in it needs escaping).
    fn color(&mut self, key: &str, c: BackendColor) {
        self.buf.push(' ');
        self.buf.push_str(key);
        self.buf.push_str("=\"#");
        super::theme::push_hex(self.buf, c.rgb, b'A');
        self.buf.push('"');
    }

    fn opacity(&mut self, c: BackendColor) {
        self.attr("opacity", &shortest(c.alpha));
    }

    /// The opacity, then `fill` and `stroke`: one in `c`, the other `none` (a filled
    /// shape or an outline).
    fn paint(&mut self, c: BackendColor, fill: bool) {
        self.opacity(c);
        if fill {
            self.color("fill", c);
            self.attr("stroke", "none");
        } else {
            self.attr("fill", "none");
            self.color("stroke", c);
        }
    }

    /// Ends an element opened by `<tag` and its attributes: `/>`.
    fn end(&mut self) {
        self.buf.push_str("/>\n");
    }

    /// A rectangle of one colour, filled or outlined (plotters draws them with two
    /// style types: one body serves both).
    fn rect(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, c: BackendColor, fill: bool) {
        if c.alpha == 0.0 {
            return;
        }
        self.buf.push_str("<rect");
        self.num("x", upper_left.0);
        self.num("y", upper_left.1);
        self.num("width", bottom_right.0 - upper_left.0);
        self.num("height", bottom_right.1 - upper_left.1);
        self.paint(c, fill);
        self.end();
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
            self.buf.push_str("</svg>\n");
            self.saved = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, c: BackendColor) -> R {
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.buf.push_str("<rect");
        self.num("x", point.0);
        self.num("y", point.1);
        self.attr("width", "1");
        self.attr("height", "1");
        self.attr("stroke", "none");
        self.opacity(c);
        self.color("fill", c);
        self.end();
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
        self.buf.push_str("<polyline");
        self.attr("fill", "none");
        self.opacity(c);
        self.color("stroke", c);
        self.num("stroke-width", style.stroke_width() as i32);
        self.buf.push_str(" points=\"");
        for (x, y) in path {
            self.buf.push_str(&x.to_string());
            self.buf.push(',');
            self.buf.push_str(&y.to_string());
            self.buf.push(' ');
        }
        self.buf.push('"');
        self.end();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> R {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.buf.push_str("<circle");
        self.num("cx", center.0);
        self.num("cy", center.1);
        self.num("r", radius as i32);
        self.paint(c, fill);
        self.num("stroke-width", style.stroke_width() as i32);
        self.end();
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
        self.buf.push_str("<text");
        self.num("x", pos.0);
        self.num("y", pos.1);
        self.attr("dy", dy);
        self.attr("text-anchor", anchor);
        let family = style.family();
        if family.as_str() != self.font {
            self.attr("font-family", family.as_str());
        }
        self.attr("font-size", &shortest(style.size() / 1.24));
        self.opacity(c);
        self.color("fill", c);
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.attr("font-weight", "bold"),
            other => self.attr("font-style", other.as_str()),
        };
        self.buf.push_str(">\n");
        Self::escape_and_push(self.buf, text);
        self.buf.push_str("\n</text>\n");
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
