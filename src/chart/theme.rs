//! Colours and type. Shapes name a [`Tone`], not a colour, so one layout paints in the
//! light or the dark theme. The series palette is Okabe–Ito (safe for the common
//! colour-vision deficiencies); where a difference matters beyond colour (a half year, a
//! forecast, an estimate) the shape is hatched as well.
//!
//! This is the one palette: the element's stylesheet (tabs, controls, tooltip, table,
//! alert) takes its colours from [`THEME_CSS`] (both themes' [`Theme::css_custom_properties`],
//! written out) through the wasm boundary, so the page around the chart and the chart are
//! painted alike.

use plotters::style::RGBColor;

/// A system font stack with CJK fallbacks, for Latin text; no web font is ever fetched.
/// Each language names its own stack (`Words::font`): Chinese puts its CJK faces first.
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
    /// The n-th series colour: only where colour tells series apart (chip models).
    Series(u8),
    /// The story's own company (and its products): one highlight in every view.
    Story,
    /// Everyone else: neutral.
    Other,
    /// Text set on a mark of the given fill (a badge): ink or paper, whichever reads on
    /// that fill in the scheme being painted.
    On(Backdrop),
}

/// A mark that text may be set on (its fill).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backdrop {
    Alert,
    Good,
    Series(u8),
    Story,
    Other,
}

impl Backdrop {
    /// The fill as a tone of its own.
    pub fn tone(self) -> Tone {
        match self {
            Backdrop::Alert => Tone::Alert,
            Backdrop::Good => Tone::Good,
            Backdrop::Series(i) => Tone::Series(i),
            Backdrop::Story => Tone::Story,
            Backdrop::Other => Tone::Other,
        }
    }
}

impl Tone {
    /// The tone as a fill text may be set on (ink-like tones are not fills).
    pub fn as_fill(self) -> Option<Backdrop> {
        match self {
            Tone::Alert => Some(Backdrop::Alert),
            Tone::Good => Some(Backdrop::Good),
            Tone::Series(i) => Some(Backdrop::Series(i)),
            Tone::Story => Some(Backdrop::Story),
            Tone::Other => Some(Backdrop::Other),
            _ => None,
        }
    }
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
    /// The story's own company, in every view.
    pub story: RGBColor,
    /// Other companies, peers, the rest of a market.
    pub other: RGBColor,
    // The element around the chart (never painted into the SVG):
    /// The keyboard focus ring.
    pub focus: RGBColor,
    /// Borders of tabs, buttons and inputs.
    pub line: RGBColor,
    /// Rules between the rows of the data table.
    pub soft: RGBColor,
    /// A hovered or active data point, drawn at 10 % opacity over the chart.
    pub highlight: RGBColor,
    /// The tooltip's background, its text and its quoted source sentence.
    pub tip_paper: RGBColor,
    pub tip_ink: RGBColor,
    pub tip_muted: RGBColor,
    /// The message box (role="alert"): its left rule, background and text.
    pub alert_edge: RGBColor,
    pub alert_paper: RGBColor,
    pub alert_ink: RGBColor,
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
    story: RGBColor(0x00, 0x72, 0xB2),
    other: RGBColor(0x8A, 0x90, 0x99),
    focus: RGBColor(0xE6, 0x9F, 0x00),
    line: RGBColor(0x8A, 0x90, 0x99),
    soft: RGBColor(0xF1, 0xF3, 0xF5),
    highlight: RGBColor(0x00, 0x72, 0xB2),
    tip_paper: RGBColor(0x1F, 0x23, 0x28),
    tip_ink: RGBColor(0xFF, 0xFF, 0xFF),
    tip_muted: RGBColor(0xD0, 0xD7, 0xDE),
    alert_edge: RGBColor(0xB3, 0x26, 0x1E),
    alert_paper: RGBColor(0xFD, 0xEC, 0xEA),
    alert_ink: RGBColor(0x5F, 0x10, 0x0B),
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
    story: RGBColor(0x56, 0xB4, 0xE9),
    other: RGBColor(0x7D, 0x84, 0x8D),
    // the focus ring, the highlight, the tooltip and the alert's rule as in LIGHT (the
    // element has always drawn them so in both schemes)
    focus: RGBColor(0xE6, 0x9F, 0x00),
    line: RGBColor(0x5B, 0x62, 0x6B),
    soft: RGBColor(0x2A, 0x2E, 0x33),
    highlight: RGBColor(0x00, 0x72, 0xB2),
    tip_paper: RGBColor(0x1F, 0x23, 0x28),
    tip_ink: RGBColor(0xFF, 0xFF, 0xFF),
    tip_muted: RGBColor(0xD0, 0xD7, 0xDE),
    alert_edge: RGBColor(0xB3, 0x26, 0x1E),
    alert_paper: RGBColor(0x3B, 0x15, 0x12),
    alert_ink: RGBColor(0xFF, 0xD9, 0xD4),
};

/// The element's stylesheet palette, the `themeCss()` of the wasm: [`LIGHT`]'s custom properties
/// ([`Theme::css_custom_properties`]) on `:host`, [`DARK`]'s under `prefers-color-scheme: dark`.
/// Written out rather than written at run time, so that the reader's wasm carries the text and
/// not the code that writes it (−159 B gzip); the test `theme_css_is_both_palettes` says what to put
/// here when a colour changes.
pub const THEME_CSS: &str = concat!(
    ":host{",
    "--ipo-paper:#ffffff;",
    "--ipo-ink:#1a1a1a;",
    "--ipo-muted:#555b63;",
    "--ipo-grid:#dddfe2;",
    "--ipo-alert:#b3261e;",
    "--ipo-good:#006b4f;",
    "--ipo-focus:#e69f00;",
    "--ipo-line:#8a9099;",
    "--ipo-soft:#f1f3f5;",
    "--ipo-highlight:#0072b2;",
    "--ipo-tip-paper:#1f2328;",
    "--ipo-tip-ink:#ffffff;",
    "--ipo-tip-muted:#d0d7de;",
    "--ipo-alert-edge:#b3261e;",
    "--ipo-alert-paper:#fdecea;",
    "--ipo-alert-ink:#5f100b;",
    "--ipo-story:#0072b2;",
    "--ipo-other:#8a9099;",
    "--ipo-on-good:#ffffff;",
    "--ipo-on-alert:#ffffff;",
    "--ipo-on-series-3:#1a1a1a;",
    "--ipo-on-story:#ffffff;",
    "--ipo-on-other:#1a1a1a;",
    "--ipo-series-0:#0072b2;",
    "--ipo-series-1:#d55e00;",
    "--ipo-series-2:#009e73;",
    "--ipo-series-3:#e69f00;",
    "--ipo-series-4:#cc79a7;",
    "--ipo-series-5:#56b4e9;",
    "}",
    "@media (prefers-color-scheme: dark){:host{",
    "--ipo-paper:#16181b;",
    "--ipo-ink:#eeeff1;",
    "--ipo-muted:#a9afb7;",
    "--ipo-grid:#3a3f45;",
    "--ipo-alert:#ff8a80;",
    "--ipo-good:#5ed6a8;",
    "--ipo-focus:#e69f00;",
    "--ipo-line:#5b626b;",
    "--ipo-soft:#2a2e33;",
    "--ipo-highlight:#0072b2;",
    "--ipo-tip-paper:#1f2328;",
    "--ipo-tip-ink:#ffffff;",
    "--ipo-tip-muted:#d0d7de;",
    "--ipo-alert-edge:#b3261e;",
    "--ipo-alert-paper:#3b1512;",
    "--ipo-alert-ink:#ffd9d4;",
    "--ipo-story:#56b4e9;",
    "--ipo-other:#7d848d;",
    "--ipo-on-good:#16181b;",
    "--ipo-on-alert:#16181b;",
    "--ipo-on-series-3:#16181b;",
    "--ipo-on-story:#16181b;",
    "--ipo-on-other:#16181b;",
    "--ipo-series-0:#56b4e9;",
    "--ipo-series-1:#e69f00;",
    "--ipo-series-2:#2cc99a;",
    "--ipo-series-3:#f0e442;",
    "--ipo-series-4:#e09cc4;",
    "--ipo-series-5:#9cd3f5;",
    "}}",
);

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
            Tone::Story => self.story,
            Tone::Other => self.other,
            Tone::On(fill) => self.color(self.text_on(fill.tone())),
        }
    }

    /// The palette as CSS custom properties, `--ipo-paper:#ffffff;--ipo-ink:#1a1a1a;…;
    /// --ipo-series-0:#0072b2;…`, for the element's stylesheet (which names no colour of
    /// its own).
    /// The text tone that reads on a fill of `fill`: ink or paper, whichever contrasts more.
    pub fn text_on(&self, fill: Tone) -> Tone {
        let bg = self.color(fill);
        if contrast(self.color(Tone::Ink), bg) >= contrast(self.color(Tone::Paper), bg) {
            Tone::Ink
        } else {
            Tone::Paper
        }
    }

    pub fn css_custom_properties(&self) -> String {
        // the names in one string, each colour in the same place of the list after it
        const NAMES: &str = "paper ink muted grid alert good focus line soft highlight tip-paper tip-ink tip-muted \
            alert-edge alert-paper alert-ink story other on-good on-alert on-series-3 on-story on-other";
        let colors = [
            self.paper,
            self.ink,
            self.muted,
            self.grid,
            self.alert,
            self.good,
            self.focus,
            self.line,
            self.soft,
            self.highlight,
            self.tip_paper,
            self.tip_ink,
            self.tip_muted,
            self.alert_edge,
            self.alert_paper,
            self.alert_ink,
            self.story,
            self.other,
            // the text on each badge colour (a list view's badges, set out by the page)
            self.color(Tone::On(Backdrop::Good)),
            self.color(Tone::On(Backdrop::Alert)),
            self.color(Tone::On(Backdrop::Series(3))),
            self.color(Tone::On(Backdrop::Story)),
            self.color(Tone::On(Backdrop::Other)),
        ];
        // `--ipo-name:#rrggbb;`, lower-case hex (written by hand: no `{:02x}` in the wasm)
        let mut out = String::new();
        let put = |out: &mut String, name: &str, i: Option<usize>, RGBColor(r, g, b): RGBColor| {
            out.push_str("--ipo-");
            out.push_str(name);
            if let Some(i) = i {
                out.push(char::from(b'0' + i as u8));
            }
            out.push_str(":#");
            push_hex(out, (r, g, b), b'a');
            out.push(';');
        };
        for (name, c) in NAMES.split(' ').zip(colors) {
            put(&mut out, name, None, c);
        }
        // six series colours: one digit each
        for (i, c) in self.series.iter().enumerate() {
            put(&mut out, "series-", Some(i), *c);
        }
        out
    }
}

/// Appends `r`, `g` and `b` as six hex digits, their letters from `a` (`b'A'` for the
/// SVG, upper case as plotters writes it; `b'a'` for the stylesheet): one loop for both.
pub fn push_hex(out: &mut String, (r, g, b): (u8, u8, u8), a: u8) {
    for &v in &[r, g, b] {
        for &d in &[v >> 4, v & 15] {
            out.push(char::from(if d < 10 { b'0' + d } else { a + d - 10 }));
        }
    }
}

/// plotters' SVG backend writes `font-size` as size / 1.24; this gives `px` on screen.
pub fn font_size(px: f64) -> f64 {
    px * 1.24
}

/// The WCAG contrast ratio of two colours (1 to 21).
///
/// ```
/// use ipo_lens::chart::{contrast, LIGHT};
/// assert!((contrast(LIGHT.ink, LIGHT.paper) - 17.4).abs() < 0.1);
/// ```
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    fn lum(RGBColor(r, g, b): RGBColor) -> f64 {
        let c = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                crate::float::pow((s + 0.055) / 1.055, 2.4)
            }
        };
        0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
    }
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_reads_at_4_5_to_1_in_both_schemes() {
        for (name, t) in [("light", &LIGHT), ("dark", &DARK)] {
            // text on the paper: ink, muted (axis labels, notes), alert (a contradiction)
            for tone in [Tone::Ink, Tone::Muted, Tone::Alert] {
                let c = contrast(t.color(tone), t.paper);
                assert!(c >= 4.5, "{name}: {tone:?} on paper is {c:.2}:1");
            }
            // badge text on every badge fill
            for fill in [Backdrop::Good, Backdrop::Alert, Backdrop::Series(3), Backdrop::Story] {
                let c = contrast(t.color(Tone::On(fill)), t.color(fill.tone()));
                assert!(c >= 4.5, "{name}: text on {fill:?} is {c:.2}:1");
            }
            // marks against the paper (graphics: 3:1)
            for fill in [Tone::Story, Tone::Other] {
                let c = contrast(t.color(fill), t.paper);
                assert!(c >= 3.0, "{name}: {fill:?} marks on paper are {c:.2}:1");
            }
        }
    }

    #[test]
    fn css_custom_properties_name_every_colour_of_the_theme() {
        let css = LIGHT.css_custom_properties();
        assert!(css.starts_with("--ipo-paper:#ffffff;--ipo-ink:#1a1a1a;--ipo-muted:#555b63;"), "{css}");
        for part in
            ["--ipo-alert:#b3261e;", "--ipo-focus:#e69f00;", "--ipo-tip-paper:#1f2328;", "--ipo-alert-ink:#5f100b;"]
        {
            assert!(css.contains(part), "{part} in {css}");
        }
        assert!(css.ends_with("--ipo-series-0:#0072b2;--ipo-series-1:#d55e00;--ipo-series-2:#009e73;--ipo-series-3:#e69f00;--ipo-series-4:#cc79a7;--ipo-series-5:#56b4e9;"), "{css}");
        assert_eq!(css.matches(';').count(), 23 + 6);
        let dark = DARK.css_custom_properties();
        assert!(dark.starts_with("--ipo-paper:#16181b;--ipo-ink:#eeeff1;"), "{dark}");
        assert!(dark.contains("--ipo-series-0:#56b4e9;") && dark.contains("--ipo-line:#5b626b;"), "{dark}");
        // one declaration per property, nothing that could end the block or the rule
        assert!(!css.contains(['{', '}', ' ', '\n']) && !dark.contains(['{', '}', ' ', '\n']));
    }

    #[test]
    fn theme_css_is_both_palettes() {
        let css = format!(
            ":host{{{}}}@media (prefers-color-scheme: dark){{:host{{{}}}}}",
            LIGHT.css_custom_properties(),
            DARK.css_custom_properties()
        );
        assert_eq!(THEME_CSS, css, "THEME_CSS is not the palettes: write it as\n{css}");
    }
}
