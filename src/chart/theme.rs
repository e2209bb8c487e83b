//! Colours and type. The palette is Okabe–Ito (safe for the common colour-vision
//! deficiencies); sizes are CSS pixels.

use plotters::style::RGBColor;

/// A system font stack with CJK fallbacks; no web font is ever fetched.
pub const FONT: &str = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

pub const INK: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
pub const MUTED: RGBColor = RGBColor(0x55, 0x5B, 0x63);
pub const GRID: RGBColor = RGBColor(0xDD, 0xDF, 0xE2);
pub const PAPER: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);

/// Series colours, Okabe–Ito order (blue, vermillion, bluish green, orange, purple, sky).
pub const SERIES: [RGBColor; 6] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0x56, 0xB4, 0xE9),
];

/// plotters' SVG backend writes `font-size` as size / 1.24; this gives `px` on screen.
pub fn font_size(px: f64) -> f64 {
    px * 1.24
}
