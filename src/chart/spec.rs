//! What to draw. The embedding page's attributes arrive as plain strings ([`RawSpec`]);
//! [`Spec::parse`] turns them, once, into typed options — a registered view, one of its
//! metrics, a language, a currency, a scale — or an error that names the attribute and
//! the values it takes. Nothing after this point handles a raw option string.

use serde::Deserialize;

use super::scale::ScaleKind;
use super::views::{ViewDef, REGISTRY};
use crate::error::{Error, Result};
use crate::model::Currency;
use crate::Lang;

/// The options as the page sets them (attributes of `<ipo-lens>`), unchecked.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct RawSpec {
    pub view: String,
    pub lang: String,
    pub metric: String,
    pub width: f64,
    pub currency: String,
    pub fx: Option<f64>,
    pub lot: Option<f64>,
    pub annualise: bool,
    pub scale: Option<String>,
    pub dark: bool,
    pub text_list: bool,
}

/// What to draw, checked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    pub view: &'static ViewDef,
    pub lang: Lang,
    /// One of `view.metrics` (its id).
    pub metric: &'static str,
    /// CSS pixels.
    pub width: f64,
    /// The currency the reader asked for; `None` draws each value in its own currency.
    pub currency: Option<Currency>,
    /// An HKD→CNY rate the reader typed in (1 HKD = `fx` CNY), used only where the
    /// dataset has no rate of its own; the chart says so.
    pub fx: Option<f64>,
    /// A lot size the reader typed in, for listings whose lot the source does not give.
    pub lot: Option<f64>,
    /// Show half years doubled as a marked estimate.
    pub annualise: bool,
    /// Linear or log; each view has its own default.
    pub scale: Option<ScaleKind>,
    /// Paint in the dark theme.
    pub dark: bool,
    /// Hand a list view's items to the page as text ([`super::Rendered::list`]) instead of
    /// drawing them: the element sets them out as HTML that reflows. Off for every drawing
    /// that must stand alone (downloads, static SVGs).
    pub text_list: bool,
}

impl Default for Spec {
    fn default() -> Self {
        let view = REGISTRY[0];
        Spec {
            view,
            lang: Lang::Zh,
            metric: view.metrics[0].id,
            width: 640.0,
            currency: None,
            fx: None,
            lot: None,
            annualise: false,
            scale: None,
            dark: false,
            text_list: false,
        }
    }
}

impl Spec {
    /// A view by id, its metric (empty for the first), a language and a width.
    ///
    /// ```
    /// use ipo_lens::{chart::Spec, Lang};
    /// let s = Spec::new("financials", "loss", Lang::En, 360.0).unwrap();
    /// assert_eq!((s.view.id, s.metric), ("financials", "loss"));
    /// let e = Spec::new("financials", "profit", Lang::En, 360.0).unwrap_err().to_string();
    /// assert_eq!(e, "metric: unknown metric \"profit\" for the financials view (known: revenue, loss, rnd, cumulative, net-profit, operating-profit, gross-profit, ebitda)");
    /// ```
    pub fn new(view: &str, metric: &str, lang: Lang, width: f64) -> Result<Spec> {
        let view = parse_view(view)?;
        Ok(Spec { view, lang, metric: parse_metric(view, metric)?, width, ..Spec::default() })
    }

    /// Checks every option of `raw`; the first bad one is the error.
    pub fn parse(raw: &RawSpec) -> Result<Spec> {
        Spec::parse_in(raw, &raw.lang)
    }

    /// [`Spec::parse`] with the language `lang` in place of the raw one.
    fn parse_in(raw: &RawSpec, lang: &str) -> Result<Spec> {
        let view = parse_view(&raw.view)?;
        let lang = if lang.trim().is_empty() { Lang::default() } else { Lang::parse(lang)? };
        let currency = match raw.currency.trim().to_ascii_uppercase().as_str() {
            "" | "NATIVE" => None,
            _ => Some(Currency::parse(&raw.currency).map_err(|m| {
                Error::spec("currency", format!("{m}; or \"native\" to keep each value in its own currency"))
            })?),
        };
        let scale = match raw.scale.as_deref().map(str::trim) {
            None | Some("") => None,
            Some("linear") => Some(ScaleKind::Linear),
            Some("log") => Some(ScaleKind::Log),
            Some(other) => return Err(Error::spec("scale", format!("unknown scale \"{other}\" (known: linear, log)"))),
        };
        Ok(Spec {
            fx: bounded("fx", raw.fx, MAX_FX.recip(), MAX_FX)?,
            lot: bounded("lot", raw.lot, 1.0, MAX_LOT)?,
            view,
            lang,
            metric: parse_metric(view, &raw.metric)?,
            width: if raw.width > 0.0 { raw.width } else { 640.0 },
            currency,
            annualise: raw.annualise,
            scale,
            dark: raw.dark,
            text_list: raw.text_list,
        })
    }
}

/// The largest exchange rate a reader may type in (`fx`), and the smallest is its inverse:
/// beyond them a converted amount would leave the range a figure may hold.
pub const MAX_FX: f64 = 10_000.0;
/// The largest lot a reader may type in (`lot`, shares per lot).
pub const MAX_LOT: f64 = 10_000_000.0;

/// A number option within `lo..=hi`, or an error naming it.
fn bounded(name: &str, v: Option<f64>, lo: f64, hi: f64) -> Result<Option<f64>> {
    match v {
        Some(n) if !(lo..=hi).contains(&n) => {
            // 1e300 as written, not three hundred digits
            let got = if n != 0.0 && !(1e-4..1e9).contains(&n.abs()) {
                crate::float::exponent(n)
            } else {
                crate::float::shortest(n)
            };
            Err(Error::spec(
                name,
                format!(
                    "must be a number from {} to {}, got {got}",
                    crate::float::Shortest(lo),
                    crate::float::Shortest(hi)
                ),
            ))
        }
        _ => Ok(v),
    }
}

impl Spec {
    /// Like [`Spec::parse`], except that an unknown `lang` draws in the default language
    /// (the story's) and comes back as a notice for the reader, instead of no chart.
    pub fn parse_lenient(raw: &RawSpec) -> Result<(Spec, Option<Error>)> {
        match Lang::parse(&raw.lang) {
            Err(e) if !raw.lang.trim().is_empty() => {
                let spec = Spec::parse_in(raw, "")?;
                Ok((spec, Some(e)))
            }
            _ => Ok((Spec::parse(raw)?, None)),
        }
    }
}

fn parse_view(id: &str) -> Result<&'static ViewDef> {
    let id = id.trim();
    if id.is_empty() {
        return Ok(REGISTRY[0]);
    }
    // (plain loops: each `find`/`map`/`collect` with its own closure compiled its own fold)
    let mut known = Vec::new();
    for v in REGISTRY {
        if v.id == id {
            return Ok(v);
        }
        known.push(v.id);
    }
    Err(Error::spec("view", format!("unknown view \"{id}\" (known: {})", crate::join(&known, ", "))))
}

fn parse_metric(view: &'static ViewDef, id: &str) -> Result<&'static str> {
    let id = id.trim();
    if id.is_empty() {
        return Ok(view.metrics[0].id);
    }
    let mut known = Vec::new();
    for m in view.metrics {
        if m.id == id {
            return Ok(m.id);
        }
        known.push(m.id);
    }
    Err(Error::spec(
        "metric",
        format!("unknown metric \"{id}\" for the {} view (known: {})", view.id, crate::join(&known, ", ")),
    ))
}
