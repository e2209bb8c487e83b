//! # ipo-lens
//!
//! An embeddable chart widget for news stories about stock-market listings. The story's
//! figures live in a dataset where every number carries its unit, currency, period and
//! the sentence it came from ([`model`]); a pure calculation core recomputes what the
//! story derives and checks it ([`calc`]); charts are drawn with plotters on any backend
//! ([`chart`]) with every word from one catalog per language ([`i18n`]). Only [`web`]
//! (wasm32 only) touches the browser.

pub mod calc;
pub mod chart;
pub mod error;
pub mod extract;
pub mod float;
pub mod hash;
pub mod i18n;
pub mod model;
pub mod quote;
pub mod report;
pub(crate) mod sort;
pub mod studio;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use error::{Error, Result};

/// `items` with `sep` between them, as `[T]::join` gives: one small loop for every list
/// the reader's wasm joins (the standard library's `join` is compiled once for `&str` items
/// and once for `String` items, each larger than this; docs/size.md).
pub fn join<S: AsRef<str>>(items: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.as_ref());
    }
    out
}

/// Where `needle` first occurs in `s` (a byte index), as `s.find(needle)` says: a plain
/// scan, as the reader's strings are short (`str`'s own search with a `&str` pattern is
/// the two-way searcher, ~1.5 KB of the reader's wasm; docs/size.md).
pub fn find(s: &str, needle: &str) -> Option<usize> {
    (0..=s.len().saturating_sub(needle.len())).find(|&i| s.as_bytes()[i..].starts_with(needle.as_bytes()))
}

/// Whether `needle` occurs in `s`, as `s.contains(needle)` says (see [`find`]).
pub fn has(s: &str, needle: &str) -> bool {
    find(s, needle).is_some()
}

/// Where `needle` last occurs in `s`, as `s.rfind(needle)` says (see [`find`]; `rfind` with
/// a `char` brings `memrchr` and the char searcher's backward half, with a `&str` the
/// two-way searcher's).
pub fn rfind(s: &str, needle: &str) -> Option<usize> {
    (0..=s.len().saturating_sub(needle.len())).rev().find(|&i| s.as_bytes()[i..].starts_with(needle.as_bytes()))
}

/// `s` with each of the characters `from` replaced by `to`, as `s.replace(from, to)` says
/// with an array of `char`s (one body for every such call instead of a searcher per array
/// length).
pub fn replace_any(s: &str, from: &[char], to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if from.contains(&c) {
            out.push_str(to);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s` around the first `sep`, as `s.split_once(sep)` says (see [`find`]).
pub fn split_once<'a>(s: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    find(s, sep).map(|i| (&s[..i], &s[i + sep.len()..]))
}
pub use i18n::Lang;
pub use model::{Currency, Dataset, Figure, Period, PeriodKind, Unit};

/// The wasm's allocator: talc instead of the standard library's dlmalloc, smaller and faster
/// (docs/size.md). The widget is single-threaded (no atomics in the build).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(test)]
mod tests {
    /// Haystacks and needles where a plain scan could differ from `str`'s own: empty ones,
    /// a needle longer than the text, overlapping and repeated matches, multi-byte text.
    const TEXTS: [&str; 12] = [
        "",
        "a",
        "aaa",
        " at line at line 3 column 4",
        "2025-01..2025-06",
        "3M-2025-06",
        "年度（预测）年度",
        "（预测）",
        "invalid type: string \"x\", expected a sequence",
        "abcabcab",
        "..",
        "to",
    ];

    #[test]
    fn find_rfind_has_and_split_once_say_what_str_says() {
        for s in TEXTS.iter().chain(&["{\n  \"a\": 1,\n  \"b\\u\": [1,]\n}\n", "，,\n年\\"]) {
            for n in TEXTS.iter().chain(&[
                "a",
                "aa",
                "ab",
                "b",
                "..",
                "M-",
                "（预测）",
                "测",
                ", expected ",
                "\n",
                ",",
                "\\",
            ]) {
                assert_eq!(super::find(s, n), s.find(n), "{s:?} {n:?}");
                assert_eq!(super::rfind(s, n), s.rfind(n), "{s:?} {n:?}");
                assert_eq!(super::has(s, n), s.contains(n), "{s:?} {n:?}");
                assert_eq!(super::split_once(s, n), s.split_once(n), "{s:?} {n:?}");
            }
        }
    }

    #[test]
    fn replace_any_says_what_str_replace_says() {
        for s in TEXTS.iter().chain(&["hkd-ord share", "U.S. dollar", "a-b c_d", "-- __ ..", "年-度 .（预测）"]) {
            for (from, to) in [(&['-', ' '][..], "_"), (&[' ', '-', '_'], ""), (&[' ', '.'], ""), (&['测', 'a'], "xy")]
            {
                assert_eq!(super::replace_any(s, from, to), s.replace(from, to), "{s:?} {from:?}");
            }
        }
    }

    #[test]
    fn join_says_what_str_join_says() {
        for n in 0..4 {
            let items: Vec<&str> = TEXTS[..n].to_vec();
            let owned: Vec<String> = items.iter().map(|s| s.to_string()).collect();
            for sep in ["", ", ", "、", " and "] {
                assert_eq!(super::join(&items, sep), items.join(sep));
                assert_eq!(super::join(&owned, sep), owned.join(sep));
            }
        }
    }
}
