//! Colours and type. Shapes name a [`Tone`], not a colour, so one layout paints in the
//! light or the dark theme. The series palette is Okabe–Ito (safe for the common
//! colour-vision deficiencies); where a difference matters beyond colour (a half year, a
//! forecast, an estimate) the shape is hatched as well.

use plotters::style::RGBColor;

/// A system font stack with CJK fallbacks; no web font is ever fetched.
pub const FONT: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/// What a shape's colour means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Ink,
    Muted,
    Grid,
    Paper,
    /// A contradiction, an error.
    Alert,
    /// Confirmed.
    Good,
    /// The n-th series colour.
    Series(u8),
}

/// A palette for one colour scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub paper: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub alert: RGBColor,
    pub good: RGBColor,
    pub series: [RGBColor; 6],
}

pub const LIGHT: Theme = Theme {
    paper: RGBColor(0xFF, 0xFF, 0xFF),
    ink: RGBColor(0x1A, 0x1A, 0x1A),
    muted: RGBColor(0x55, 0x5B, 0x63),
    grid: RGBColor(0xDD, 0xDF, 0xE2),
    alert: RGBColor(0xB3, 0x26, 0x1E),
    good: RGBColor(0x00, 0x6B, 0x4F),
    series: [
        RGBColor(0x00, 0x72, 0xB2),
        RGBColor(0xD5, 0x5E, 0x00),
        RGBColor(0x00, 0x9E, 0x73),
        RGBColor(0xE6, 0x9F, 0x00),
        RGBColor(0xCC, 0x79, 0xA7),
        RGBColor(0x56, 0xB4, 0xE9),
    ],
};

pub const DARK: Theme = Theme {
    paper: RGBColor(0x16, 0x18, 0x1B),
    ink: RGBColor(0xEE, 0xEF, 0xF1),
    muted: RGBColor(0xA9, 0xAF, 0xB7),
    grid: RGBColor(0x3A, 0x3F, 0x45),
    alert: RGBColor(0xFF, 0x8A, 0x80),
    good: RGBColor(0x5E, 0xD6, 0xA8),
    series: [
        RGBColor(0x56, 0xB4, 0xE9),
        RGBColor(0xE6, 0x9F, 0x00),
        RGBColor(0x2C, 0xC9, 0x9A),
        RGBColor(0xF0, 0xE4, 0x42),
        RGBColor(0xE0, 0x9C, 0xC4),
        RGBColor(0x9C, 0xD3, 0xF5),
    ],
};

impl Theme {
    pub fn color(&self, t: Tone) -> RGBColor {
        match t {
            Tone::Ink => self.ink,
            Tone::Muted => self.muted,
            Tone::Grid => self.grid,
            Tone::Paper => self.paper,
            Tone::Alert => self.alert,
            Tone::Good => self.good,
            Tone::Series(i) => self.series[usize::from(i) % self.series.len()],
        }
    }
}

/// plotters' SVG backend writes `font-size` as size / 1.24; this gives `px` on screen.
pub fn font_size(px: f64) -> f64 {
    px * 1.24
}
