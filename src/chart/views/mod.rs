//! The views: each maps the dataset to one of the chart kinds (bars, columns, checks,
//! lines). [`REGISTRY`] is the one list of them: the tab bar, attribute parsing
//! ([`super::Spec`]), the static-SVG binary, the TypeScript unions
//! (`cargo run --bin registry`), the coverage tests and the docs all read it, and nothing
//! lists views again.
//!
//! To add a view:
//! 1. write `src/chart/views/<name>.rs` with `pub const VIEW: ViewDef` (id, name, metrics,
//!    what data it needs) and its `build` function, taking every word from `cx.w` and
//!    ending in `cx.finish` (the summary and the source line);
//! 2. add its words to `src/i18n/words.rs` and to each language file (`zh.rs`,
//!    `zh_hant.rs`, `en.rs`) — the compiler lists any you miss;
//! 3. add `<name>` to the `registry!` line below.
//!
//! Then `cargo test` writes its snapshots (`tests/snapshots/*.changed.svg` to review) and
//! `make types` regenerates the package's TypeScript unions.

use super::frame::Scene;
use super::{Control, Spec};
use crate::calc::{check_all, Check};
use crate::error::Result;
use crate::i18n::Words;
use crate::model::Dataset;

mod bound;
mod ctx;
mod first_day;
mod parts;

pub use ctx::Ctx;

/// A metric of a view: its id (the `metric` attribute) and its name on the switch.
#[derive(Clone, Copy)]
pub struct MetricDef {
    pub id: &'static str,
    /// Its name on the metric switch, which may depend on what the dataset holds.
    pub label: fn(&Words, &Dataset) -> &'static str,
}

/// One view: its id (the `view` attribute), its name on the tab bar, its metrics (the
/// first is the default), whether a dataset can fill it, and how it is built.
#[derive(Clone, Copy)]
pub struct ViewDef {
    pub id: &'static str,
    pub name: fn(&Words) -> &'static str,
    pub metrics: &'static [MetricDef],
    pub available: fn(&Dataset) -> bool,
    /// Whether a dataset holds anything to draw for the metric `id` of this view: the
    /// metric switch offers only those, and a metric asked for that would be empty gives
    /// way to the first that is not (an Arm story has no subscription figures).
    pub fills: fn(&Dataset, &str) -> bool,
    pub build: fn(&Ctx, f64) -> Result<View>,
}

impl PartialEq for ViewDef {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl std::fmt::Debug for ViewDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ViewDef({})", self.id)
    }
}

macro_rules! registry {
    ($($view:ident),* $(,)?) => {
        $(mod $view;)*
        /// Every view, in the tab bar's order; the first is the default.
        pub static REGISTRY: &[&ViewDef] = &[$(&$view::VIEW),*];
    };
}

registry!(listing_day, demand, valuation, financials, chips, market, customers, specs, company, fact_check, price_path);

/// Whether `d` fills some metric of `v`: `available` for a view that can be drawn wherever
/// it can (one rule, not each view's lists again).
pub fn fills_any(v: &ViewDef, d: &Dataset) -> bool {
    v.metrics.iter().any(|m| (v.fills)(d, m.id))
}

/// `fills` for a view whose every metric draws whatever the dataset holds.
pub fn every_metric(_: &Dataset, _: &str) -> bool {
    true
}

/// The metric of `spec` if `d` fills it, else the view's first metric `d` fills (else
/// the one asked for: the view says what is missing).
fn filled_metric(d: &Dataset, spec: &Spec) -> &'static str {
    let v = spec.view;
    if (v.fills)(d, spec.metric) {
        return spec.metric;
    }
    for m in v.metrics {
        if (v.fills)(d, m.id) {
            return m.id;
        }
    }
    spec.metric
}

/// The views `d` can fill (the tab bar offers only these).
pub fn available(d: &Dataset) -> impl Iterator<Item = &'static ViewDef> + '_ {
    REGISTRY.iter().copied().filter(move |v| (v.available)(d))
}

/// `a · b`: two parts of a label (one function, not a `format!` at each of them).
pub fn dot(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len() + 4);
    s.push_str(a);
    s.push_str(" · ");
    s.push_str(b);
    s
}

/// The value paired with `key` in `table`, if any (one loop for the views' small tables
/// of names: a `match` on strings compiled a comparison for each name).
pub fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    for (k, v) in table {
        if *k == key {
            return Some(v);
        }
    }
    None
}

/// The companies `d` lists (a set: a file may hold 2,000 listings).
pub fn listed(d: &Dataset) -> crate::hash::HashSet<&str> {
    let mut set = crate::hash::HashSet::new();
    for l in &d.listings {
        set.insert(l.company.as_str());
    }
    set
}

/// The items of `it` in order, each once.
pub fn unique<T: PartialEq + Eq + std::hash::Hash + Clone>(it: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut seen = crate::hash::HashSet::new();
    it.into_iter().filter(|x| seen.insert(x.clone())).collect()
}

/// What a view produces besides its scene.
pub struct View {
    pub title: String,
    pub summary: String,
    pub controls: Vec<Control>,
    pub scene: Scene,
}

/// What [`build`] returns: the view, the dataset texts it drew in another language than
/// the reader's (see [`Ctx::foreign`]) and the figures whose values it printed
/// (see [`Ctx::shown`]).
pub struct Built {
    pub view: View,
    pub foreign: Vec<(String, &'static str)>,
    pub shown: Vec<String>,
    /// The dataset texts the SVG sets apart from their neighbours (see [`Ctx::own`]).
    pub own: Vec<String>,
}

/// Builds the view of `spec` (with the first metric the dataset fills, when the one asked
/// for has no data).
pub fn build(d: &Dataset, spec: &Spec, width: f64) -> Result<Built> {
    build_checked(d, &check_all(d), spec, width)
}

/// [`build`] with the fact check of `d` already done (`checks` is `check_all(d)`): a widget
/// redrawing the same data in another view, metric, width or language does not run it again.
pub fn build_checked(d: &Dataset, checks: &[Check], spec: &Spec, width: f64) -> Result<Built> {
    let spec = &Spec { metric: filled_metric(d, spec), ..*spec };
    let ctx = Ctx {
        d,
        lang: spec.lang,
        w: spec.lang.words(),
        spec,
        checks,
        foreign: Default::default(),
        shown: Default::default(),
        index: Default::default(),
        own: Default::default(),
    };
    // (every view ends in `Ctx::finish`, which draws the source line and so notes its texts)
    let view = (spec.view.build)(&ctx, width)?;
    Ok(Built { view, foreign: ctx.foreign.into_inner(), shown: ctx.shown.into_inner(), own: ctx.own.into_inner() })
}
