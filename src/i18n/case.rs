//! Unicode upper and lower case (`str::to_uppercase` / `to_lowercase`: the full default
//! case mappings, with the final-sigma rule). In the browser they are the browser's own
//! `String.prototype.toUpperCase` / `toLowerCase`, which apply the same Unicode mappings:
//! the standard library's copy of Unicode's case tables would otherwise be compiled into
//! the reader's wasm (about 24 KB raw, 15 KB gzipped, for a few editor's typos).
//! The same goes for whether a character is a letter or digit, upper or lower case.
//! ASCII text never leaves Rust.

/// `s` in lower case, as `str::to_lowercase`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    return browser::to_lower_case(s);
    #[cfg(not(target_arch = "wasm32"))]
    s.to_lowercase()
}

/// `s` in upper case, as `str::to_uppercase`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    #[cfg(target_arch = "wasm32")]
    return browser::to_upper_case(s);
    #[cfg(not(target_arch = "wasm32"))]
    s.to_uppercase()
}

/// Whether `c` is a letter or a digit, as `char::is_alphanumeric` (Unicode's Alphabetic
/// property, or a number: Nd, Nl, No).
pub fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    #[cfg(target_arch = "wasm32")]
    return browser_is(r"^[\p{Alphabetic}\p{N}]$", c);
    #[cfg(not(target_arch = "wasm32"))]
    c.is_alphanumeric()
}

/// Whether `c` is upper case, as `char::is_uppercase` (Unicode's Uppercase property).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    #[cfg(target_arch = "wasm32")]
    return browser_is(r"^\p{Uppercase}$", c);
    #[cfg(not(target_arch = "wasm32"))]
    c.is_uppercase()
}

/// Whether `c` is lower case, as `char::is_lowercase` (Unicode's Lowercase property).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    return browser_is(r"^\p{Lowercase}$", c);
    #[cfg(not(target_arch = "wasm32"))]
    c.is_lowercase()
}

/// Whether `Debug` writes the non-ASCII `c` as `\u{…}`: a grapheme extender, or in a
/// general category the standard library's tables call unprintable (see `crate::quote`).
#[cfg(target_arch = "wasm32")]
pub fn unprintable(c: char) -> bool {
    browser_is(r"^[\p{Grapheme_Extend}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zs}\p{Zl}\p{Zp}]$", c)
}

/// Whether the browser's regular expression `pattern` (`^…$` around a Unicode property
/// escape) matches `c` (the same properties as the standard library's tables, which then
/// stay out of the wasm: tests/web.rs compares them over the code points).
#[cfg(target_arch = "wasm32")]
fn browser_is(pattern: &str, c: char) -> bool {
    browser::RegExp::new(pattern, "u").test(c.encode_utf8(&mut [0; 4]))
}

/// The browser's functions these call, declared here as the boundary's are (`web::js`):
/// each one an import of the wasm and a function of the glue.
#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// `String.prototype.toLowerCase.call(s)`.
        #[wasm_bindgen(js_namespace = ["String", "prototype", "toLowerCase"], js_name = call)]
        pub fn to_lower_case(s: &str) -> String;

        /// `String.prototype.toUpperCase.call(s)`.
        #[wasm_bindgen(js_namespace = ["String", "prototype", "toUpperCase"], js_name = call)]
        pub fn to_upper_case(s: &str) -> String;

        pub type RegExp;

        #[wasm_bindgen(constructor)]
        pub fn new(pattern: &str, flags: &str) -> RegExp;

        #[wasm_bindgen(method)]
        pub fn test(re: &RegExp, text: &str) -> bool;
    }
}

/// `c` in lower case (one or more characters), as `char::to_lowercase`.
pub fn lower_char(c: char) -> String {
    lower(c.encode_utf8(&mut [0; 4]))
}

/// `c` in upper case (one or more characters), as `char::to_uppercase`.
pub fn upper_char(c: char) -> String {
    upper(c.encode_utf8(&mut [0; 4]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_the_standard_library() {
        for s in
            ["", "Net loss", "FY2024", "ÉCOLE", "straße", "ΟΔΟΣ", "İstanbul", "ǅ", "ﬃ", "港元 hkd", "٣Ⅻ½漢々〇，€ªº"]
        {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
            assert_eq!(upper(s), s.to_uppercase(), "{s}");
            for c in s.chars() {
                assert_eq!(lower_char(c), c.to_lowercase().collect::<String>(), "{c}");
                assert_eq!(upper_char(c), c.to_uppercase().collect::<String>(), "{c}");
                assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c}");
                assert_eq!(is_upper(c), c.is_uppercase(), "{c}");
                assert_eq!(is_lower(c), c.is_lowercase(), "{c}");
            }
        }
    }
}
