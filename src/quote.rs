//! A text in double quotes as the standard library's `Debug` for `str` writes it
//! (`format!("{s:?}")`), for messages that name a text value. The reader's wasm is built
//! with `-Zfmt-debug=none` (see the Makefile), where `{:?}` writes nothing: a message
//! quoting a value with `{:?}` would say `string , expected f64` there.
//!
//! Written the same as `Debug` (Rust 1.95): `"` and `\` escaped, `\0` `\t` `\r` `\n`,
//! and as `\u{…}` what `Debug` escapes: control characters, the characters Unicode calls
//! grapheme extenders (combining accents written apart, U+FE0F in emoji such as ❤️) and
//! those its tables call unprintable (spaces other than the ASCII one, format characters
//! such as the soft hyphen, zero-width joiners, direction marks and the byte-order mark,
//! private use and unassigned code points). Natively that is the standard library's own
//! answer (`char::escape_debug`); in the browser, whose wasm leaves those tables out, it is
//! asked of the browser's Unicode properties: the general categories `Debug` counts as
//! unprintable (Cc, Cf, Cs, Co, Cn, Zs, Zl, Zp) and Grapheme_Extend. `tests/web.rs`
//! compares the two over the code points in Chromium.

use std::fmt::{self, Write};

/// `s` in double quotes, escaped as `format!("{s:?}")` escapes it (see the module).
pub struct Quoted<'a>(pub &'a str);

/// Whether `c` is written `\u{…}` (the escapes with a letter aside).
fn unseen(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    #[cfg(target_arch = "wasm32")]
    return crate::i18n::case::unprintable(c);
    #[cfg(not(target_arch = "wasm32"))]
    matches!(c.escape_debug().next(), Some('\\'))
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        f.write_char('"')?;
        let mut from = 0;
        for (i, c) in s.char_indices() {
            let short = match c {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                c if unseen(c) => "",
                _ => continue,
            };
            f.write_str(&s[from..i])?;
            if short.is_empty() {
                // in hex, lowercase, no leading zeros (not `{:x}`: the standard library's
                // hex writing is not otherwise in the reader's wasm)
                f.write_str("\\u{")?;
                let n = c as u32;
                let mut shift = (32 - (n | 1).leading_zeros()).div_ceil(4) * 4;
                while shift > 0 {
                    shift -= 4;
                    f.write_char(char::from(b"0123456789abcdef"[(n >> shift & 15) as usize]))?;
                }
                f.write_char('}')?;
            } else {
                f.write_str(short)?;
            }
            from = i + c.len_utf8();
        }
        f.write_str(&s[from..])?;
        f.write_char('"')
    }
}

#[cfg(test)]
mod tests {
    use super::Quoted;

    fn same(s: &str) {
        assert_eq!(Quoted(s).to_string(), format!("{s:?}"), "{s:?}");
    }

    #[test]
    fn writes_what_debug_writes() {
        for s in [
            "",
            "plain",
            "600",
            "a \"quoted\" word",
            "it's",
            r"C:\path\to",
            "\\\"",
            "line\nbreak\r\nand\ttab",
            "nul \0 bell \x07 escape \x1b del \x7f c1 \u{85} \u{9f}",
            "壁仞科技 · 首日最高价：+502%",
            "壁仞科技「GPU」，港元；（一）",
            "ｆｕｌｌ－ｗｉｄｔｈ　ｓｐａｃｅ",
            "😀 🇭🇰 👍🏽 📈",
            "family 👨\u{200d}👩\u{200d}👧",
            "soft\u{ad}hyphen, zero\u{200b}width, bom \u{feff}, lrm \u{200e}, ls \u{2028}",
            "no-break\u{a0}space, narrow\u{202f}one, ideographic\u{3000}one, em\u{2003}one",
            "HK$19.6 · €1 · £2 · ¥3 · ₩4",
            "\u{300}combining first, e\u{301}, ❤\u{fe0f}, private \u{e000}, unassigned \u{378}",
            "ends with a backslash \\",
        ] {
            same(s);
        }
    }

    /// Every code point alone, written as `Debug` writes it.
    #[test]
    fn every_code_point() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(Quoted(&s).to_string(), format!("{s:?}"), "U+{:04X}", c as u32);
        }
    }

    /// The strings of the datasets and the test corpora, where such messages come from.
    #[test]
    fn the_strings_of_the_datasets_and_corpora() {
        fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
                    out.push(k.clone());
                    strings(x, out)
                }),
                _ => {}
            }
        }
        let root = env!("CARGO_MANIFEST_DIR");
        let mut all = Vec::new();
        let files = [
            "data/biren-2026.json",
            "data/examples/arm-2023.json",
            "data/examples/example-listing.json",
            "data/examples/nordhafen-2026.json",
            "tests/corpus/bad-data.json",
        ];
        for file in files {
            let text = std::fs::read_to_string(format!("{root}/{file}")).expect(file);
            strings(&serde_json::from_str(&text).expect(file), &mut all);
        }
        for line in std::fs::read_to_string(format!("{root}/tests/corpus/xss.txt")).expect("xss.txt").lines() {
            all.push(line.to_string());
        }
        assert!(all.len() > 1000, "{}", all.len());
        for s in &all {
            same(s);
        }
    }
}
