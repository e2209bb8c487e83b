//! The one boundary to the browser (wasm32 only): every `#[wasm_bindgen]` export and
//! every `JsValue` lives here. It deserializes options and data, calls the pure core,
//! returns what it drew as plain data, and maps every error to a JS `Error` whose
//! message names what is wrong.
//!
//! The custom element itself (`src/web/ipo-lens.js`) owns the DOM, the lifecycle and events.

use wasm_bindgen::prelude::*;

mod js;

use crate::calc::Check;
use crate::chart::{render_checked, RawSpec, Spec};
use crate::model::{self, Dataset};
use crate::Lang;
use std::rc::Rc;

#[cfg(not(panic = "immediate-abort"))]
thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs when the module is instantiated: a panic (a bug; no input should cause one) is
/// recorded so that the element can show what happened instead of a bare "unreachable".
/// The reader's wasm is built with `panic=immediate-abort` (the Makefile): a panic there
/// traps at once, with no message to record, and the element says "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));
}

/// The message of the last panic, if there was one (else `undefined`: always in the
/// reader's wasm, whose panics trap with no message).
#[wasm_bindgen(js_name = lastPanic, unchecked_return_type = "string | undefined")]
pub fn last_panic() -> JsValue {
    #[cfg(not(panic = "immediate-abort"))]
    return LAST_PANIC.with(|p| p.borrow().as_deref().map_or(JsValue::UNDEFINED, text));
    #[cfg(panic = "immediate-abort")]
    JsValue::UNDEFINED
}

/// Bytes of wasm linear memory in use (it only grows), for the leak tests and the bench.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size::<0>() * 65536) as f64
}

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// The language of a `lang` attribute for messages: the widget's own default when absent
/// (`null`, `undefined`), not a string, or unknown (as the chart is drawn). Taken as any
/// value, not as an `Option<String>`: the glue then hands it over as it is, with no string
/// copied into wasm by each export that takes one.
fn language(tag: &JsValue) -> Lang {
    tag.as_string().and_then(|t| Lang::parse(&t).ok()).unwrap_or_default()
}

/// Every problem as plain data: `[{path, severity, message, line}]` in `lang`.
fn problems_value(problems: &[model::Problem], lang: Lang) -> JsValue {
    let list = js::array();
    for p in problems {
        let severity = if p.is_error() { "error" } else { "warning" };
        list.push(&problem(&p.path, severity, &p.message(lang), &p.line(lang)));
    }
    list.into()
}

/// A JS `Error` whose message is the report in `lang` ("3 problems in the data:" and one
/// line each) and whose `problems` property is the list as data.
fn problems_error(checked: &model::Checked, lang: Lang) -> JsValue {
    with_problems(&checked.report(lang), problems_value(&checked.problems, lang))
}

/// A JS `Error` with `message` and its `problems` property.
fn with_problems(message: &str, problems: JsValue) -> JsValue {
    let e = JsValue::from(JsError::new(message));
    js::set(&e, "problems", &problems);
    e
}

/// Every problem in a dataset's JSON text, in `lang` (`zh`, `zh-Hant`, `en`…), as
/// `[{path, severity, message, line}]`: errors first, then warnings; empty when the data
/// is fine. For editors' tools (the checkers' wasm only: the element reads a dataset's
/// problems from the error `setJson` throws).
#[cfg(feature = "checker")]
#[wasm_bindgen(js_name = checkJson)]
pub fn check_json(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
) -> JsValue {
    problems_value(&model::check(&string(&json), &[]).problems, language(&lang))
}

/// Draws `d` with the element's options (attribute values, as strings), checked once: an
/// unknown view, metric, currency or scale is an error naming the attribute; an unknown
/// language draws in the default one, with the error as the drawing's `notice`.
fn draw(d: &Dataset, checks: &[Check], raw: JsValue) -> Result<JsValue, JsError> {
    let raw = read_spec(&raw).map_err(|m| JsError::new(&m))?;
    let (spec, notice) = Spec::parse_lenient(&raw).map_err(js_err)?;
    let mut r = render_checked(d, checks, &spec).map_err(js_err)?;
    r.notice = notice.map(|e| e.to_string());
    let o = parsed(&crate::chart::handoff::rendered_json(&r))?;
    // (the two long texts on their own: see `rendered_json`)
    js::set(&o, "svg", &text(&r.svg));
    js::set(&o, "csv", &text(&r.csv));
    Ok(o)
}

// ---- objects for the element: a drawing goes over as one JSON text (`chart::handoff`),
// read by the browser's `JSON.parse`; the few small objects besides are built here

/// A problem as the element reads it: `{path, severity, message, line}`.
fn problem(path: &str, severity: &str, message: &str, line: &str) -> JsValue {
    let o = js::object();
    for &(k, v) in &[("path", path), ("severity", severity), ("message", message), ("line", line)] {
        js::set(&o, k, &text(v));
    }
    o
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

/// A string argument (an id, a code, a word, a dataset's JSON text), taken as the value
/// given rather than as a `&str` so that the glue hands it over as it is (no copy into
/// wasm memory written out in every export that takes one; the text is copied in once
/// either way, by the glue's one string-reading import). The element passes strings
/// (`String(id)`); anything else reads as `""`, as the glue's copy of a number did.
fn string(v: &JsValue) -> String {
    v.as_string().unwrap_or_default()
}

/// A JSON text of ours (`chart::handoff`) read by the browser's `JSON.parse`.
fn parsed(json: &str) -> Result<JsValue, JsError> {
    js::parse(json).map_err(|_| JsError::new("internal error: a drawing not handed over as JSON"))
}

/// The element's options as `serde_wasm_bindgen::from_value::<RawSpec>` reads them, with
/// its messages (`Error: invalid type: floating point `3.0`, expected a string`): each
/// field in declaration order, a missing one left at its default, `null` or `undefined`
/// for an optional one `None`, the first of another type the error. Read here because
/// serde's writing of a float in that message is the standard library's float formatting
/// (`tests/web.rs` checks both say the same).
#[doc(hidden)]
pub fn read_spec(raw: &JsValue) -> Result<RawSpec, String> {
    if !raw.is_object() {
        return Err(invalid(raw, "struct RawSpec"));
    }
    let mut r = RawSpec::default();
    let mut error = None;
    option(raw, "view", Slot::Text(&mut r.view), &mut error);
    option(raw, "lang", Slot::Text(&mut r.lang), &mut error);
    option(raw, "metric", Slot::Text(&mut r.metric), &mut error);
    option(raw, "width", Slot::Number(&mut r.width), &mut error);
    option(raw, "currency", Slot::Text(&mut r.currency), &mut error);
    option(raw, "fx", Slot::MaybeNumber(&mut r.fx), &mut error);
    option(raw, "lot", Slot::MaybeNumber(&mut r.lot), &mut error);
    option(raw, "annualise", Slot::Flag(&mut r.annualise), &mut error);
    option(raw, "scale", Slot::MaybeText(&mut r.scale), &mut error);
    option(raw, "dark", Slot::Flag(&mut r.dark), &mut error);
    option(raw, "text_list", Slot::Flag(&mut r.text_list), &mut error);
    if let Some(e) = error {
        return Err(e);
    }
    Ok(r)
}

/// serde's message for `v` where `expected` was wanted.
fn invalid(v: &JsValue, expected: &str) -> String {
    let found = if v.is_null_or_undefined() {
        "unit value".to_string()
    } else if let Some(b) = v.as_bool() {
        // (written out: no `bool` formatting compiled for this one message)
        if b { "boolean `true`" } else { "boolean `false`" }.to_string()
    } else if let Some(x) = v.as_f64() {
        // serde's `WithDecimalPoint`
        let s = crate::float::shortest(x);
        let point = if x.is_finite() && !s.contains('.') { ".0" } else { "" };
        format!("floating point `{s}{point}`")
    } else if let Some(s) = v.as_string() {
        format!("string {}", crate::quote::Quoted(&s))
    } else if v.is_instance_of::<js::Bytes>() || v.is_instance_of::<js::Buffer>() {
        "byte array".to_string()
    } else if v.is_array() {
        // named by its kind: serde-wasm-bindgen writes JsValue's Debug here (`JsValue([])`),
        // which writes nothing in the reader's build (-Zfmt-debug=none) and would bring
        // wasm-bindgen's value printer into the glue (+0.4 KB gzip)
        "an array".to_string()
    } else if v.is_symbol() {
        "a symbol".to_string()
    } else if v.is_function() {
        "a function".to_string()
    } else {
        "an object".to_string()
    };
    format!("Error: invalid type: {found}, expected {expected}")
}

/// Where an option goes, which says the kind of value it takes; an `Option` field is
/// optional (`null` and `undefined` leave it `None`).
enum Slot<'a> {
    Text(&'a mut String),
    MaybeText(&'a mut Option<String>),
    Number(&'a mut f64),
    MaybeNumber(&'a mut Option<f64>),
    Flag(&'a mut bool),
}

/// Reads the option `name` of `raw` into `slot`, unless an earlier option was the
/// `error`: left at its default when it is not there (a key set to `undefined` is there),
/// or when optional and `null` or `undefined`; a value of another kind is the error. (One
/// function for every option, with nothing to check after each call, rather than each
/// option's reading inlined eleven times.) A key that is not there reads as `undefined`,
/// so "null or undefined, and not there" is "undefined and not there", told without an
/// import of its own for `undefined` alone.
fn option(raw: &JsValue, name: &str, slot: Slot, error: &mut Option<String>) {
    if error.is_some() {
        return;
    }
    let v = js::get(raw, name).unwrap_or(JsValue::UNDEFINED);
    let optional = matches!(slot, Slot::MaybeText(_) | Slot::MaybeNumber(_));
    let none = v.is_null_or_undefined();
    if none && (!js::has(raw, name) || optional) {
        return;
    }
    let read = match slot {
        Slot::Text(to) => v.as_string().map(|s| *to = s).ok_or("a string"),
        Slot::MaybeText(to) => v.as_string().map(|s| *to = Some(s)).ok_or("a string"),
        Slot::Number(to) => v.as_f64().map(|x| *to = x).ok_or("f64"),
        Slot::MaybeNumber(to) => v.as_f64().map(|x| *to = Some(x)).ok_or("f64"),
        Slot::Flag(to) => v.as_bool().map(|b| *to = b).ok_or("a boolean"),
    };
    if let Err(expected) = read {
        *error = Some(invalid(&v, expected));
    }
}

/// One widget's state: its dataset (the last good one), or none yet: the built-in
/// dataset is read only when it is first needed, so a page that brings its own data
/// never pays for parsing it. Every widget showing the built-in story shares the one
/// parsed copy (`Rc`), never cloned; a widget that changes it (`setSeries`) gets a copy
/// of its own, parsed again from the text ([`Lens::data`]).
#[wasm_bindgen]
pub struct Lens {
    data: Option<Rc<Dataset>>,
    /// The fact check of `data` (`calc::check_all`), done on its first drawing and kept
    /// until the data changes: a switch of view, metric, width or language does not redo it.
    checks: Option<Vec<Check>>,
    /// The times of the series being handed over (`seriesTimes`), taken by `setSeries`.
    times: Option<model::TimesBuilder>,
}

impl Default for Lens {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl Lens {
    /// A widget showing the compiled-in default dataset until it is given its own (the
    /// default is parsed on the first drawing, series or view list that needs it).
    #[wasm_bindgen(constructor)]
    pub fn new() -> Lens {
        Lens { data: None, checks: None, times: None }
    }

    /// The dataset, to change: the last good one given, else a copy of the built-in one
    /// of this widget's own (other widgets keep showing the built-in story as it is).
    fn data(&mut self) -> &mut Dataset {
        // (handed out to be changed: the fact check is done again on the next drawing)
        self.checks = None;
        let d = self.data.get_or_insert_with(default_dataset);
        if Rc::get_mut(d).is_none() {
            // shared: the built-in dataset (a widget's own data is never shared)
            *d = Rc::new(built_in_copy());
        }
        match Rc::get_mut(d) {
            Some(d) => d,
            None => unreachable!(),
        }
    }

    /// Replaces the dataset with JSON text in the documented format. On any error the
    /// previous dataset stays and the thrown `Error` lists every problem in `lang` (the
    /// element's `lang`; the widget's default language when absent or unknown), one a line under a count, with
    /// the list as data in its `problems` property (`[{path, severity, message, line}]`).
    /// Warnings do not stop the data.
    #[wasm_bindgen(js_name = setJson)]
    pub fn set_json(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
    ) -> Result<(), JsValue> {
        self.set_checked(&string(&json), language(&lang))
    }

    fn set_checked(&mut self, json: &str, lang: Lang) -> Result<(), JsValue> {
        let checked = model::check(json, &[]);
        match checked.data {
            // data only comes with no error (warnings may remain)
            Some(d) => {
                self.data = Some(Rc::new(d));
                self.checks = None;
                Ok(())
            }
            None => Err(problems_error(&checked, lang)),
        }
    }

    /// Replaces the dataset with a plain JS object (serialised with `JSON.stringify`, so
    /// that unknown keys are refused exactly as in a file); errors as [`Lens::set_json`].
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(
        &mut self,
        data: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
    ) -> Result<(), JsValue> {
        use model::Got;
        let got = if data.is_array() {
            Some(Got::List)
        } else if data.is_null_or_undefined() {
            Some(Got::Null)
        } else if let Some(mut s) = data.as_string() {
            // its first 60 characters: the byte where the 61st starts (no `chars().take()`)
            let (mut n, mut end) = (0, s.len());
            for (i, b) in s.bytes().enumerate() {
                if b & 0xC0 != 0x80 {
                    if n == 60 {
                        end = i;
                        break;
                    }
                    n += 1;
                }
            }
            s.truncate(end);
            Some(Got::Text(s))
        } else if let Some(n) = data.as_f64() {
            Some(Got::Number(model::number(n)))
        } else if let Some(b) = data.as_bool() {
            Some(Got::Bool(b))
        } else if !data.is_object() {
            Some(Got::Nothing)
        } else {
            None
        };
        let lang = language(&lang);
        if let Some(got) = got {
            let checked =
                model::Checked { data: None, problems: vec![model::Problem::of("", model::Kind::NotAnObject { got })] };
            return Err(problems_error(&checked, lang));
        }
        let json = js::stringify(&data)
            .map_err(|_| JsError::new("dataset: cannot be written as JSON (a cycle or a BigInt?)"))?;
        self.set_checked(&json.as_string().unwrap_throw(), lang)
    }

    /// Draws `spec` (`{view, lang, metric, width, …}`) and returns the drawing and what the
    /// element needs around it: `{svg, width, height, title, summary, controls, marks, …}`,
    /// `marks` being one hit box per data point (`rect`, accessible `label`, `id`, tooltip).
    /// The element builds the DOM from it and puts the SVG in place through its Trusted
    /// Types policy.
    pub fn render(&mut self, spec: JsValue) -> Result<JsValue, JsError> {
        let d = self.data.get_or_insert_with(default_dataset);
        let checks = self.checks.get_or_insert_with(|| crate::calc::check_all(d));
        draw(d, checks, spec)
    }

    /// The dataset, to read: the last good one given, else the built-in one (as
    /// [`Lens::data`], without dropping the kept fact check).
    fn shown(&mut self) -> &Dataset {
        self.data.get_or_insert_with(default_dataset)
    }

    /// Takes the next series' times, `x` in milliseconds since 1970 (JavaScript time), a
    /// piece at a time (`total` in all): held as whole seconds after the first where that
    /// is exact (4 bytes a point), else as given. Pieces keep the copy in flight small:
    /// wasm memory never shrinks, so a whole second copy would stay as memory for good.
    #[wasm_bindgen(js_name = seriesTimes)]
    // (`x` taken as a `Vec`, as `setSeries` takes `y`: the glue copies it in either way,
    // and the wasm then reads one kind of array argument, not two)
    pub fn series_times(&mut self, x: Vec<f64>, total: usize) {
        self.times.get_or_insert_with(|| model::TimesBuilder::new(total)).push(&x);
    }

    /// Adds (or replaces, by `id`) a price series: the times handed over by `seriesTimes`
    /// and `y`, prices in `currency` (moved into wasm, the one copy kept; the element keeps
    /// none). The `price-path` view reduces it to what the pixels can show. On an error
    /// the dataset is unchanged and the times are dropped.
    #[wasm_bindgen(js_name = setSeries)]
    pub fn set_series(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] entity: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] currency: JsValue,
        y: Vec<f64>,
    ) -> Result<(), JsError> {
        let x = self.times.take().unwrap_or_else(|| model::TimesBuilder::new(0)).finish();
        self.data().set_series_times(&string(&id), &string(&entity), &string(&currency), x, y).map_err(js_err)
    }

    /// The series given by `setSeries`, to hand to a fresh `Lens` (the element frees this
    /// one when it leaves the page): `[[id, entity, currency, x, y], …]`, `x` the times in
    /// milliseconds exactly as given, `y` the prices, as `Float64Array`s.
    // (`&mut self` here and in `seriesTimeBytes` though they only read: the glue's borrow
    // of a `Lens` is then compiled once, the exclusive one every other method takes)
    #[wasm_bindgen(js_name = givenSeries, unchecked_return_type = "Array<any>")]
    pub fn given_series(&mut self) -> JsValue {
        let out = js::array();
        let Some(d) = &self.data else { return out.into() };
        for s in &d.lines {
            // series of the dataset's own (dates, not JavaScript times) come back with it
            if matches!(s.x, model::Times::Days(_)) {
                continue;
            }
            let n = s.x.len();
            let x = js::Floats::zeros(n as u32);
            for i in 0..n {
                x.set(i as u32, s.x.ms(i).unwrap_or(f64::NAN));
            }
            // (pushed one by one: a loop over an array of values brings that array's
            // iterator and its dropping of the values left)
            let row = js::array();
            row.push(&text(&s.id));
            row.push(&text(&s.entity));
            row.push(&text(s.currency.map_or("", |c| c.code())));
            row.push(&x);
            row.push(&js::Floats::copied(&s.y));
            out.push(&row);
        }
        out.into()
    }

    /// Bytes the series' times take in wasm (for the tests: whole-second times take 4 a point).
    #[wasm_bindgen(js_name = seriesTimeBytes)]
    pub fn series_time_bytes(&mut self) -> f64 {
        let Some(d) = &self.data else { return 0.0 };
        let mut n = 0;
        for s in &d.lines {
            n += s.x.bytes();
        }
        n as f64
    }

    /// The ids of the views this dataset can fill, as an array of strings.
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn views(&mut self) -> JsValue {
        let ids = js::array();
        for v in crate::chart::available(self.shown()) {
            ids.push(&text(v.id));
        }
        ids.into()
    }
}

/// The most JSON text (UTF-8 bytes) the element hands to the wasm as a dataset (`src`,
/// `setData`, the `data` property): a larger one is refused before it is copied in, so
/// that a refusal leaves wasm memory (which never shrinks) as it was. data/README.md.
pub const MAX_JSON_BYTES: usize = 32 << 20;

/// The limits the element checks before it copies anything into wasm:
/// `{jsonBytes, points}` (a dataset's JSON text; one series' points).
#[wasm_bindgen]
pub fn limits() -> JsValue {
    // read from JSON written when compiled (no number to hand over one at a time, none
    // to write on each call); the numbers are checked against the limits' constants
    const LIMITS: &str = r#"{"jsonBytes":33554432,"points":10000000}"#;
    const _: () =
        assert!(MAX_JSON_BYTES == 33_554_432 && model::MAX_POINTS == 10_000_000, "LIMITS must say the limits");
    js::parse(LIMITS).unwrap_or_default()
}

/// The error for a dataset of `bytes` bytes of JSON (over [`MAX_JSON_BYTES`]), in `lang`,
/// shaped as a refused dataset's: the message and its `problems` (one, at the path "").
#[wasm_bindgen(js_name = tooLarge)]
pub fn too_large(
    bytes: f64,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
) -> JsValue {
    let lang = language(&lang);
    const MB: f64 = 1024.0 * 1024.0;
    let line = lang.words().too_large(bytes / MB, MAX_JSON_BYTES as f64 / MB);
    let problems = js::array();
    problems.push(&problem("", "error", &line, &line));
    with_problems(&line, problems.into())
}

/// Whether a series of `times` times and `prices` prices may be given to `setSeries` as
/// `id` (their lengths alone), asked before the arrays are copied into wasm.
#[wasm_bindgen(js_name = checkSeriesLengths)]
pub fn check_series_lengths(
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    times: f64,
    prices: f64,
) -> Result<(), JsError> {
    model::check_lengths(&model::series_path(&string(&id)), times as usize, prices as usize).map_err(js_err)
}

/// The words of the element around the chart in `lang` (`{internal_error, loading, …}`):
/// the element keeps them to speak before its first drawing, and after a trap.
#[wasm_bindgen(js_name = uiWords)]
pub fn ui_words(
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
) -> Result<JsValue, JsError> {
    parsed(&crate::chart::handoff::ui_json(&language(&lang).words().ui))
}

/// What the element says when `src` fails to load, in `lang`: `what` is `empty` (the
/// attribute is empty) or `timeout` (`src` did not finish within `seconds`).
#[wasm_bindgen(js_name = loadMessage, unchecked_return_type = "string")]
pub fn load_message(
    #[wasm_bindgen(unchecked_param_type = "string")] what: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] src: JsValue,
    seconds: f64,
) -> JsValue {
    let w = language(&lang).words();
    match string(&what).as_str() {
        "timeout" => text(&w.src_timeout(&string(&src), seconds)),
        _ => text(w.src_empty),
    }
}

/// Renders without a page: `{svg, width, height, marks, …}` for `spec` on the default data
/// (the checkers' wasm only, for tools and tests: a reader's page draws through a `Lens`).
#[cfg(feature = "checker")]
#[wasm_bindgen(js_name = renderDefault)]
pub fn render_default(spec: JsValue) -> Result<JsValue, JsError> {
    let d = default_dataset();
    draw(&d, &crate::calc::check_all(&d), spec)
}

/// The palette of the chart as CSS for the element's stylesheet: the light theme's custom
/// properties (`--ipo-paper`, `--ipo-ink`, …) on `:host`, the dark theme's under
/// `prefers-color-scheme: dark` ([`crate::chart::THEME_CSS`]).
// (Strings go back to JavaScript as `JsValue`s, each made by one call, rather than as
// `String`s, which the glue reads and frees; the declared types stay the same.)
#[wasm_bindgen(js_name = themeCss, unchecked_return_type = "string")]
pub fn theme_css() -> JsValue {
    text(crate::chart::THEME_CSS)
}

/// The M4 reduction of `x`/`y` over `columns` pixel columns between `x0` and `x1`, as
/// interleaved `[x, y, x, y, …]` (the checkers' wasm only, for the pixel-identity test: the
/// price path view reduces inside the wasm).
#[cfg(feature = "checker")]
#[wasm_bindgen(js_name = reduceM4, unchecked_return_type = "Float64Array")]
pub fn reduce_m4(x: Vec<f64>, y: Vec<f64>, x0: f64, x1: f64, columns: usize) -> JsValue {
    let mut out = Vec::new();
    for &(a, b) in &crate::calc::m4(&x, &y, x0, x1, columns) {
        out.push(a);
        out.push(b);
    }
    // a `Float64Array` made by the one call that `givenSeries` makes too (a `Vec<f64>`
    // returned would bring the glue's own reading and freeing of it)
    js::Floats::copied(&out).into()
}

thread_local! {
    /// The built-in dataset's text and the dataset parsed from it, shared by every widget.
    static DEFAULT: std::cell::OnceCell<(Box<str>, Rc<Dataset>)> = const { std::cell::OnceCell::new() };
}

/// Whether this wasm instance has parsed the built-in dataset yet (for the loading tests: a
/// page that brings its own data should never make it).
#[wasm_bindgen(js_name = builtInParsed)]
pub fn built_in_parsed() -> bool {
    DEFAULT.with(|d| d.get().is_some())
}

/// Gives this wasm instance the built-in story's dataset (the package's
/// `data/biren-2026.json`, which the element fetches only when a widget is about to show
/// it: the reader's wasm does not carry it). Parsed and validated once; a second call
/// keeps the first.
#[wasm_bindgen(js_name = setBuiltIn)]
pub fn set_built_in(#[wasm_bindgen(unchecked_param_type = "string")] json: JsValue) -> Result<(), JsError> {
    if built_in_parsed() {
        return Ok(());
    }
    let json = string(&json);
    let d = model::parse(&json).map_err(|e| JsError::new(&format!("the built-in dataset is invalid: {e}")))?;
    DEFAULT.with(|cell| {
        let _ = cell.set((json.into_boxed_str(), Rc::new(d)));
    });
    Ok(())
}

/// The built-in dataset, parsed and validated once per wasm instance and shared by every
/// widget on the page that shows it. The checkers' wasm carries it; the reader's is given
/// it by `setBuiltIn` before a widget needs it.
fn default_dataset() -> Rc<Dataset> {
    built_in(|(_, d)| d.clone())
}

/// A copy of the built-in dataset for one widget to change, parsed again from its text
/// (the same dataset: the text was read without a problem; parsing it again keeps
/// `Dataset`'s `Clone` out of the reader's wasm).
fn built_in_copy() -> Dataset {
    built_in(|(json, _)| model::parse(json).unwrap_or_else(|_| unreachable!()))
}

fn built_in<T>(f: impl FnOnce(&(Box<str>, Rc<Dataset>)) -> T) -> T {
    DEFAULT.with(|d| {
        #[cfg(feature = "checker")]
        let d = d.get_or_init(|| match model::parse(model::DEFAULT_JSON) {
            Ok(d) => (model::DEFAULT_JSON.into(), Rc::new(d)),
            // validated by `cargo test` (tests/dataset.rs): this is a build error
            Err(e) => wasm_bindgen::throw_str(&format!("the built-in dataset is invalid: {e}")),
        });
        #[cfg(not(feature = "checker"))]
        let Some(d) = d.get() else {
            wasm_bindgen::throw_str("the built-in dataset was needed before it was given (setBuiltIn)")
        };
        f(d)
    })
}

// ---- the checkers (`npx ipo-lens check|offline|static`, src/web/cli.mjs), built only with
// the `checker` feature into the package's second wasm (pkg/ipo_lens_cli_bg.wasm) ----

/// What a checker read besides the dataset: the sources' texts by source id, and the
/// text files it could not read.
#[cfg(feature = "checker")]
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Read {
    texts: Vec<(String, String)>,
    unread: Vec<crate::report::Unread>,
}

#[cfg(feature = "checker")]
fn to_js<T: serde::Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(js_err)
}

/// The checkers' report on the dataset `json` read from the file `name`, in `lang`:
/// `{text, exitCode, problems, checks, reach}`, the same report `cargo run --bin
/// fact-check` prints. `read` is `{texts: [[sourceId, text], …], unread: [{path, file,
/// why}, …]}` for the files [`text_files`] named (`why`: `not_found`, `unreadable`,
/// `not_text`).
#[cfg(feature = "checker")]
#[wasm_bindgen(js_name = checkReport)]
pub fn check_report(name: &str, json: &str, lang: &str, read: JsValue) -> Result<JsValue, JsError> {
    let lang = crate::Lang::parse(lang).map_err(js_err)?;
    let read: Read =
        if read.is_undefined() || read.is_null() { Read::default() } else { serde_wasm_bindgen::from_value(read)? };
    let texts: Vec<(&str, &str)> = read.texts.iter().map(|(s, t)| (s.as_str(), t.as_str())).collect();
    to_js(&crate::report::report(name, json, &texts, &read.unread, lang))
}

/// The report for a dataset file that could not be read (`why` as in [`check_report`]).
#[cfg(feature = "checker")]
#[wasm_bindgen(js_name = unreadableReport)]
pub fn unreadable_report(name: &str, why: &str, lang: &str) -> Result<JsValue, JsError> {
    let lang = crate::Lang::parse(lang).map_err(js_err)?;
    let why: crate::report::ReadError = serde_wasm_bindgen::from_value(JsValue::from_str(why))?;
    to_js(&crate::report::unreadable(name, why, lang))
}

/// The source texts `json` names: `[{source, path, file}, …]`, `file` relative to the
/// dataset file (read leniently, also from a file with errors).
#[cfg(feature = "checker")]
#[wasm_bindgen(js_name = textFiles)]
pub fn text_files(json: &str) -> Result<JsValue, JsError> {
    to_js(&crate::report::text_files(json))
}

/// `npx ipo-lens static`: the static picture of `view` in `lang` at `width` px and its hit
/// boxes, `[svg, marks]` (both text), drawn as `cargo run --bin static-svg` draws them.
#[cfg(feature = "checker")]
#[wasm_bindgen]
impl Lens {
    #[wasm_bindgen(js_name = staticPicture)]
    pub fn static_picture(&mut self, view: &str, lang: &str, width: f64) -> Result<Vec<String>, JsError> {
        let lang = crate::Lang::parse(lang).map_err(js_err)?;
        let r = crate::chart::render_svg(self.shown(), &Spec::new(view, "", lang, width).map_err(js_err)?)
            .map_err(js_err)?;
        let marks = crate::chart::hit_boxes(&r);
        Ok(vec![r.svg, marks])
    }
}

/// The language tags the widget draws in, in the language switch's order.
#[cfg(feature = "checker")]
#[wasm_bindgen]
pub fn languages() -> Vec<String> {
    crate::Lang::ALL.iter().map(|l| l.tag().to_string()).collect()
}

#[cfg(feature = "checker")]
mod studio;
