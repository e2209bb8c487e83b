//! The few JavaScript functions the boundary calls, declared here rather than taken from
//! js-sys: each function is an import of the wasm and a function of the glue, so the
//! boundary asks few and general ones (a new array or object is `JSON.parse` of `[]` or
//! `{}`; an error is wasm-bindgen's own `JsError`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse(text)`.
    #[wasm_bindgen(js_namespace = JSON, catch)]
    pub fn parse(text: &str) -> Result<JsValue, JsValue>;

    /// `JSON.stringify(value)`: a string, or `undefined` for what JSON cannot hold.
    #[wasm_bindgen(js_namespace = JSON, catch)]
    pub fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    /// `Reflect.get(target, key)`: throws what a getter throws.
    #[wasm_bindgen(js_namespace = Reflect, catch)]
    pub fn get(target: &JsValue, key: &str) -> Result<JsValue, JsValue>;

    /// `Reflect.set(target, key, value)`, only ever on plain objects of our own (where it
    /// cannot throw).
    #[wasm_bindgen(js_namespace = Reflect)]
    pub fn set(target: &JsValue, key: &str, value: &JsValue) -> bool;

    /// `Reflect.has(target, key)`: `key in target`.
    #[wasm_bindgen(js_namespace = Reflect)]
    pub fn has(target: &JsValue, key: &str) -> bool;

    /// A JavaScript array.
    pub type Array;

    /// `list.push(value)`.
    #[wasm_bindgen(method)]
    pub fn push(list: &Array, value: &JsValue) -> u32;

    /// A `Float64Array`.
    #[wasm_bindgen(js_name = Float64Array)]
    pub type Floats;

    /// `new Float64Array(length)`: zeros.
    #[wasm_bindgen(constructor, js_class = Float64Array)]
    pub fn zeros(length: u32) -> Floats;

    /// `new Float64Array(values)`: a copy.
    #[wasm_bindgen(constructor, js_class = Float64Array)]
    pub fn copied(values: &[f64]) -> Floats;

    /// `floats[index] = value`.
    #[wasm_bindgen(method, indexing_setter)]
    pub fn set(floats: &Floats, index: u32, value: f64);

    #[wasm_bindgen(js_name = Uint8Array)]
    pub type Bytes;

    #[wasm_bindgen(js_name = ArrayBuffer)]
    pub type Buffer;
}

/// A new empty array (`[]`).
pub fn array() -> Array {
    parse("[]").unwrap_or_default().unchecked_into()
}

/// A new empty plain object (`{}`).
pub fn object() -> JsValue {
    parse("{}").unwrap_or_default()
}
