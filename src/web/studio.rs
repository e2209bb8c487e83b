//! The studio page's exports (checker build only): the article's numbers with their
//! guesses, the proposed entities, the metric vocabulary, the draft built and checked,
//! and the derived figures discovered. Each calls [`crate::studio`] and hands back plain
//! data (see `/work/notes/contract-12.md` for the shapes).

use wasm_bindgen::prelude::*;

use super::{js_err, to_js};
use crate::studio::{self, Draft};
use crate::Lang;

/// Every number of `text`: `[{id, sentence, asWritten, start, end, value, valueHigh?,
/// unit?, currency?, qualifier, period?, periodKind?, role, guess: {metric?, entity?,
/// key?, why}}, …]`, `start`/`end` in UTF-16 code units (JavaScript string indices).
#[wasm_bindgen(js_name = studioExtract)]
pub fn studio_extract(text: &str) -> Result<JsValue, JsError> {
    to_js(&studio::candidates(text))
}

/// The entities `text` repeats: `[{id, name, kind, count}, …]`.
#[wasm_bindgen(js_name = studioEntities)]
pub fn studio_entities(text: &str) -> Result<JsValue, JsError> {
    to_js(&studio::entities(text))
}

/// The metric vocabulary with labels in `lang`: `[{name, unit, label, signed}, …]`.
#[wasm_bindgen(js_name = studioMetrics)]
pub fn studio_metrics(lang: &str) -> Result<JsValue, JsError> {
    let lang = Lang::parse(lang).map_err(js_err)?;
    to_js(&studio::metrics(lang))
}

/// The dataset of a draft (an object, or its JSON text), checked: `{json, problems:
/// [{path, severity, message}, …], rowOf: {"figures[i]": candidateId, …}}`. Throws only
/// for a draft that is not one (naming the field) or that names a number the text lacks.
#[wasm_bindgen(js_name = studioBuild)]
pub fn studio_build(draft: JsValue) -> Result<JsValue, JsError> {
    let json = match draft.as_string() {
        Some(s) => s,
        None => js_sys::JSON::stringify(&draft)
            .map(String::from)
            .map_err(|_| JsError::new("draft: cannot be written as JSON (a cycle or a BigInt?)"))?,
    };
    let mut de = serde_json::Deserializer::from_str(&json);
    let draft: Draft = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| JsError::new(&format!("draft.{}: {}", e.path(), e.inner())))?;
    to_js(&studio::build(&draft).map_err(|e| JsError::new(&e))?)
}

/// One relation found, with its formula and its line in the editor's language.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Proposal<'a> {
    #[serde(flatten)]
    relation: &'a crate::calc::Relation,
    formula: String,
    text: String,
    /// `stated` and `recomputed` as the language writes the stated figure's unit.
    stated_text: String,
    recomputed_text: String,
    /// Whether `check_all` (and so `npx ipo-lens check`) makes this relation from the
    /// dataset by itself; one it does not make has no place in the format.
    rechecked: bool,
}

/// The derived figures found in the dataset `json` by searching (gains, ratios, shares,
/// sums, growth rates; `calc::discover`), for the editor to accept or reject:
/// `[{figure, kind, inputs, stated: [lo, hi], recomputed: [lo, hi], verdict, nearness,
/// formula, text, statedText, recomputedText, rechecked}, …]` in `lang`. A dataset that
/// does not pass the check has none.
#[wasm_bindgen(js_name = studioDiscover)]
pub fn studio_discover(json: &str, lang: &str) -> Result<JsValue, JsError> {
    let lang = Lang::parse(lang).map_err(js_err)?;
    let Ok(d) = crate::model::parse(json) else { return to_js(&Vec::<()>::new()) };
    let found = crate::calc::discover(&d);
    let checks = crate::calc::check_all(&d);
    let out: Vec<Proposal> = found
        .iter()
        .map(|r| {
            let (stated_text, recomputed_text) = r.ends(&d, lang).unwrap_or_default();
            Proposal {
                relation: r,
                formula: r.formula(lang),
                text: r.text(&d, lang),
                stated_text,
                recomputed_text,
                rechecked: r.rechecked(&checks),
            }
        })
        .collect();
    to_js(&out)
}
