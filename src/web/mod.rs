//! The one boundary to the browser (wasm32 only): every `#[wasm_bindgen]` export and
//! every `JsValue` lives here. It deserializes options and data, calls the pure core,
//! writes the drawn SVG and the hit boxes into the element's shadow DOM with web-sys,
//! and maps every error to a JS `Error` whose message names what is wrong.
//!
//! The custom element itself (`src/web/ipo-lens.js`) owns the lifecycle and events.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::chart::{render_svg, Rendered, Spec};
use crate::model::{self, Dataset};

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// One widget's state: its dataset (the last good one) and its last drawing.
#[wasm_bindgen]
pub struct Lens {
    data: Dataset,
    last: Option<Rendered>,
}

impl Default for Lens {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl Lens {
    /// A widget showing the compiled-in default dataset.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Lens {
        Lens { data: default_dataset(), last: None }
    }

    /// Replaces the dataset with a plain JS object in the documented format. On any
    /// error the previous dataset stays and the error names the JSON path.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, data: JsValue) -> Result<(), JsError> {
        let de = serde_wasm_bindgen::Deserializer::from(data);
        self.data = model::from_deserializer(de).map_err(js_err)?;
        Ok(())
    }

    /// Draws `spec` (`{view, lang, metric, width}`) into `chart` (the SVG) and `marks`
    /// (one focusable hit box per data point), and returns what the element needs
    /// around the chart: `{width, height, title, summary, controls, marks}`.
    pub fn render(&mut self, spec: JsValue, chart: &Element, marks: &Element) -> Result<JsValue, JsError> {
        let spec: Spec = serde_wasm_bindgen::from_value(spec).map_err(js_err)?;
        let r = render_svg(&self.data, &spec).map_err(js_err)?;
        chart.set_inner_html(&r.svg);
        marks.set_text_content(None);
        let doc = marks.owner_document().ok_or_else(|| JsError::new("the element is not in a document"))?;
        for (i, m) in r.marks.iter().enumerate() {
            let b = doc.create_element("button").map_err(|_| JsError::new("cannot create a button"))?;
            let set = |k: &str, v: &str| b.set_attribute(k, v).map_err(|_| JsError::new("cannot set an attribute"));
            set("type", "button")?;
            set("class", "mark")?;
            set("data-index", &i.to_string())?;
            set("data-id", &m.id)?;
            set("aria-label", &m.label)?;
            set("tabindex", if i == 0 { "0" } else { "-1" })?;
            // Through the CSSOM, not a style attribute, so a strict style-src allows it.
            let style = b.unchecked_ref::<HtmlElement>().style();
            for (k, v) in [("left", m.rect.x), ("top", m.rect.y), ("width", m.rect.w), ("height", m.rect.h)] {
                style.set_property(k, &format!("{v:.1}px")).map_err(|_| JsError::new("cannot position a mark"))?;
            }
            marks.append_child(&b).map_err(|_| JsError::new("cannot add a mark"))?;
        }
        let out = serde_wasm_bindgen::to_value(&r).map_err(js_err)?;
        self.last = Some(r);
        Ok(out)
    }

    /// The ids of the views this dataset can fill.
    pub fn views(&self) -> Vec<String> {
        crate::chart::VIEWS
            .iter()
            .filter(|v| crate::chart::available(&self.data, v.0))
            .map(|v| v.0.to_string())
            .collect()
    }

    /// The SVG last drawn (for export).
    #[wasm_bindgen(js_name = lastSvg)]
    pub fn last_svg(&self) -> Option<String> {
        self.last.as_ref().map(|r| r.svg.clone())
    }
}

/// Renders without a page: `{svg, width, height, marks, …}` for `spec` on the default data.
#[wasm_bindgen(js_name = renderDefault)]
pub fn render_default(spec: JsValue) -> Result<JsValue, JsError> {
    let spec: Spec = serde_wasm_bindgen::from_value(spec).map_err(js_err)?;
    let r = render_svg(&default_dataset(), &spec).map_err(js_err)?;
    serde_wasm_bindgen::to_value(&r).map_err(js_err)
}

/// The consistency check over the default dataset.
#[wasm_bindgen(js_name = factCheck)]
pub fn fact_check() -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(&crate::calc::check_all(&default_dataset())).map_err(js_err)
}

fn default_dataset() -> Dataset {
    // The default dataset is validated by `cargo test` (tests/dataset.rs); parsing it
    // here goes through the browser's JSON.parse and the same validation.
    let parsed = js_sys::JSON::parse(model::DEFAULT_JSON).unwrap_or(JsValue::NULL);
    match model::from_deserializer(serde_wasm_bindgen::Deserializer::from(parsed)) {
        Ok(d) => d,
        Err(e) => wasm_bindgen::throw_str(&format!("the built-in dataset is invalid: {e}")),
    }
}
