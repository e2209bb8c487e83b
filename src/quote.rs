//! A text in double quotes as the standard library's `Debug` for `str` writes it
//! (`format!("{s:?}")`), for messages that name a text value. The reader's wasm is built
//! with `-Zfmt-debug=none` (see the Makefile), where `{:?}` writes nothing: a message
//! quoting a value with `{:?}` would say `string , expected f64` there.
//!
//! Written the same as `Debug` (Rust 1.95): `"` and `\` escaped, `\0` `\t` `\r` `\n`,
//! as `\u{…}` the other control characters (U+0000–U+001F, U+007F–U+009F), the spaces
//! other than the ASCII one (no-break U+00A0, the U+2000 ones, ideographic U+3000) and the
//! invisible format characters pasted text brings (soft hyphen, zero-width spaces and
//! joiners, direction marks, embeddings and isolates, line and paragraph separators, word
//! joiner, byte-order mark); everything else, CJK and emoji included, as it is. Knowingly different: `Debug` also
//! escapes the characters Unicode calls grapheme extenders (combining accents written
//! apart, U+FE0F in emoji such as ❤️, Indic vowel signs) and those its tables call
//! unprintable (private use, unassigned code points, a few more format characters);
//! its tables for that would be compiled into the reader's wasm for a message, and the
//! text as the reader typed it is what they need to recognise. The tests below compare
//! every code point and the strings of the datasets and corpora with `Debug`.

use std::fmt::{self, Write};

/// `s` in double quotes, escaped as `format!("{s:?}")` escapes it (see the module).
pub struct Quoted<'a>(pub &'a str);

/// Whether `c` is written `\u{…}` (the escapes with a letter aside).
fn unseen(c: char) -> bool {
    matches!(
        c,
        '\0'..='\x1f'
            | '\x7f'..='\u{a0}'
            | '\u{ad}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{205f}'..='\u{206f}'
            | '\u{3000}'
            | '\u{feff}'
    )
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
            "ends with a backslash \\",
        ] {
            same(s);
        }
    }

    /// Every code point alone: where this writes an escape, it is `Debug`'s escape; where
    /// it writes the character and `Debug` does not, the character is one of the kinds the
    /// module names (checked here by where such characters are, never in the ranges of
    /// CJK, kana, hangul, fullwidth forms, Latin or emoji that are assigned and printable).
    #[test]
    fn every_code_point() {
        let mut differ = Vec::new();
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let s = c.to_string();
            let (ours, debug) = (Quoted(&s).to_string(), format!("{s:?}"));
            if ours == debug {
                continue;
            }
            // only ever a character written as is where Debug escapes it
            assert_eq!(ours, format!("\"{c}\""), "U+{:04X}", c as u32);
            assert!(debug.starts_with("\"\\u{"), "U+{:04X}: {debug}", c as u32);
            differ.push(c as u32);
        }
        let common = [
            0x20..=0x7e,       // ASCII
            0xa1..=0xac,       // Latin-1 (before the soft hyphen)
            0xae..=0x2ff,      // Latin-1, Latin extended
            0x2010..=0x2027,   // dashes, quotes, bullets
            0x20a0..=0x20c0,   // currency signs
            0x3000..=0x3029,   // CJK punctuation (before its combining tone marks)
            0x3041..=0x3096,   // hiragana
            0x4e00..=0x9fff,   // CJK unified ideographs
            0xac00..=0xd7a3,   // hangul syllables
            0xff01..=0xff60,   // fullwidth forms
            0x1f300..=0x1f64f, // emoji pictographs and faces
        ];
        for r in common {
            let inside: Vec<_> = differ.iter().filter(|&&c| r.contains(&c)).map(|c| format!("U+{c:04X}")).collect();
            assert!(inside.is_empty(), "{inside:?}");
        }
        // the known kinds, in number: grapheme extenders and unprintable code points
        // (about 2,400 and 860,000 as of Unicode 16)
        assert!(differ.contains(&0x301) && differ.contains(&0xfe0f) && differ.contains(&0xe000));
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
