//! Dataset text set apart from the words around it in the SVG. A right-to-left name
//! (Hebrew, Arabic…) beside a number in one `<text>` pulls the number and the punctuation
//! between them into its own run: "Source: מקור · 2030 example" is drawn with 2030
//! before the name. Between FSI (U+2068) and PDI (U+2069) a dataset string is laid out on
//! its own and cannot move its neighbours, and a direction control that slipped past
//! validation ends at its PDI. Only strings that can move anything are wrapped, so a
//! chart of Chinese and English text is byte for byte what it was.

use std::borrow::Cow;

/// FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Whether `c` is written right to left or controls direction (no Unicode tables: the
/// blocks of the right-to-left scripts and the marks and controls).
fn moves(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF          // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extended
        | 0xFB1D..=0xFDFF        // Hebrew and Arabic presentation forms
        | 0xFE70..=0xFEFF        // Arabic presentation forms B
        | 0x10800..=0x10FFF      // historic right-to-left scripts
        | 0x1E800..=0x1EFFF      // Mende Kikakui, Adlam, Arabic mathematical symbols
        | 0x200F                 // RLM (ALM, U+061C, is in the Arabic block)
        | 0x202A..=0x202E        // embeddings and overrides
        | 0x2066..=0x2069) // isolates
}

/// Whether `s` can move the text around it (it holds a right-to-left character or a
/// direction control): the strings [`isolate`] sets apart.
///
/// ```
/// use ipo_lens::chart::bidi::moves_neighbours;
/// assert!(moves_neighbours("מקור"));
/// assert!(!moves_neighbours("壁仞科技 Biren (2023)"));
/// ```
pub fn moves_neighbours(s: &str) -> bool {
    s.chars().any(moves)
}

/// `text` with every occurrence of a string of `own` between FSI and PDI, the longest
/// one that starts at a place first, never one inside another.
///
/// ```
/// use ipo_lens::chart::bidi::isolate;
/// let own = vec!["מקור".to_string()];
/// assert_eq!(isolate("Source: מקור · 2030", &own), "Source: \u{2068}מקור\u{2069} · 2030");
/// assert_eq!(isolate("Source: Biren", &own), "Source: Biren");
/// ```
pub fn isolate<'t>(text: &'t str, own: &[String]) -> Cow<'t, str> {
    // a plain scan (labels are short): the standard substring search weighs kilobytes of wasm
    let mut out = String::new();
    let mut from = 0;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        // the longest of `own` that starts here (a plain loop, not filter-map-max)
        let mut n = 0;
        for s in own {
            if s.len() > n && rest.starts_with(s.as_str()) {
                n = s.len();
            }
        }
        if n > 0 {
            out.push_str(&text[from..i]);
            out.push(FSI);
            out.push_str(&rest[..n]);
            out.push(PDI);
            i += n;
            from = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    if from == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_and_repeated_strings_are_wrapped_once() {
        let own = vec!["אב".to_string(), "אב גד".to_string()];
        assert_eq!(isolate("אב גד, אב", &own), "\u{2068}אב גד\u{2069}, \u{2068}אב\u{2069}");
    }

    #[test]
    fn a_control_that_slipped_through_ends_at_its_pdi() {
        let s = "\u{202E}Biren";
        assert!(moves_neighbours(s));
        assert_eq!(isolate("\u{202E}Biren 2023", &[s.to_string()]), "\u{2068}\u{202E}Biren\u{2069} 2023");
    }
}
