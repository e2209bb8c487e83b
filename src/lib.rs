//! # ipo-lens
//!
//! An embeddable chart widget for news stories about stock-market listings. The story's
//! figures live in a dataset where every number carries its unit, currency, period and
//! the sentence it came from ([`model`]); a pure calculation core recomputes what the
//! story derives and checks it ([`calc`]); charts are drawn with plotters on any backend
//! ([`chart`]). Only [`web`] (wasm32 only) touches the browser.

pub mod calc;
pub mod chart;
pub mod error;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use error::{Error, Result};
pub use model::{Currency, Dataset, Figure, Period, PeriodKind, Unit};

/// The two languages of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Reads a `lang` attribute: anything starting with "en" is English, else Chinese.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Zh
        }
    }
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}
