//! Text measurement without a DOM. plotters measures text through the page on wasm and
//! with a naive estimate natively, so the two would lay out differently; this estimate is
//! the same everywhere, which makes the browser's chart and the static SVG identical.
//! It errs wide, so that labels never collide.

/// Estimated width in CSS pixels of `s` set at `px` pixels in a sans-serif face.
///
/// ```
/// use ipo_lens::chart::text_width;
/// assert_eq!(text_width("壁仞科技", 10.0), 40.0);
/// assert!(text_width("Biren", 10.0) < 40.0);
/// ```
pub fn text_width(s: &str, px: f64) -> f64 {
    // a plain loop (no `map().sum()` fold); from -0.0 as `Sum` for f64 starts
    let mut em = -0.0;
    for c in s.chars() {
        em += char_em(c);
    }
    em * px
}

/// The same for bold text, which runs about a tenth wider.
pub fn bold_width(s: &str, px: f64) -> f64 {
    text_width(s, px) * 1.1
}

/// Advance widths in em, rounded up from DejaVu Sans (the widest common fallback face),
/// so that narrower faces (Roboto, San Francisco, Noto) only leave more room.
fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.32,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '(' | ')' | '[' | ']' => 0.34,
        'f' | 't' | 'r' | '-' | '/' => 0.44,
        'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.98,
        'A'..='Z' | '$' | '#' | '&' | '×' => 0.74,
        '0'..='9' | '+' | '¥' => 0.64,
        'a'..='z' => 0.62,
        c if (c as u32) >= 0x2E80 => 1.0,
        _ => 0.66,
    }
}

/// Breaks `s` into lines no wider than `max` (CSS px) at `px`: at spaces in Latin text,
/// between any two characters in CJK text. A single word wider than `max` is broken too.
/// For bold text pass `max / 1.1`.
///
/// ```
/// use ipo_lens::chart::wrap;
/// assert_eq!(wrap("aaa bbb ccc", 10.0, 45.0), vec!["aaa bbb", "ccc"]);
/// assert_eq!(wrap("壁仞科技上市", 10.0, 40.0), vec!["壁仞科技", "上市"]);
/// // no line starts with "。"
/// assert_eq!(wrap("壁仞科技。上市", 10.0, 40.0), vec!["壁仞科", "技。上市"]);
/// // no Chinese character is left alone on the last line; a break between digits and
/// // Chinese is preferred
/// assert_eq!(wrap("2025上半年", 11.0, 50.0), vec!["2025", "上半年"]);
/// assert_eq!(wrap("2025上半年", 11.0, 52.0), vec!["2025", "上半年"]);
/// assert_eq!(wrap("壁仞科技上市了", 10.0, 60.0), vec!["壁仞科技上", "市了"]);
/// ```
pub fn wrap(s: &str, px: f64, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut width = 0.0;
    for &token in &tokens(s) {
        let w = text_width(token, px);
        if width + w > max && !line.trim().is_empty() && closes(token) {
            // a line must not start with closing punctuation (。,、)」…): carry the
            // previous character over with it
            let mut carry = token.to_string();
            while let Some(prev) = line.pop() {
                carry.insert(0, prev);
                if !closing(prev) {
                    break;
                }
            }
            if !line.trim().is_empty() {
                lines.push(line.trim_end().to_string());
                width = text_width(&carry, px);
                line = carry;
                continue;
            }
            // nothing left to carry from: keep the line as it was
            // (`trim_end_matches` by `strip_suffix`: with a `&str` pattern it brought the
            // two-way searcher's backward half into the reader's wasm for this one call)
            let mut kept = carry.as_str();
            while let Some(rest) = kept.strip_suffix(token).filter(|_| !token.is_empty()) {
                kept = rest;
            }
            line = kept.to_string();
        }
        if width + w > max && !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
            width = 0.0;
            if token == " " {
                continue;
            }
        }
        if w > max {
            // a word wider than the line: broken between clusters (an emoji sequence, a
            // flag, a letter with its accents stays whole)
            for c in clusters(token) {
                let cw = text_width(c, px);
                if width + cw > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    width = 0.0;
                }
                line.push_str(c);
                width += cw;
            }
        } else {
            line.push_str(token);
            width += w;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    no_widow(&mut lines, px, max);
    lines
}

fn cjk(c: char) -> bool {
    (c as u32) >= 0x2E80
}

/// Chinese typesetting leaves no character alone on a last line, and keeps a short
/// Chinese word after digits together ("2025" / "上半年", not "2025上" / "半年"): where the
/// last line is one or two Chinese characters, the Chinese characters ending the line
/// before come down with it, back to the digits or Latin if that is three characters or
/// fewer, else one (for a lone character only) — where the last line still fits.
fn no_widow(lines: &mut [String], px: f64, max: f64) {
    let [.., prev, last] = lines else { return };
    let n = last.chars().count();
    if !(1..=2).contains(&n) || !last.chars().all(cjk) {
        return;
    }
    // the Chinese characters (not closing punctuation) ending `prev`, counted in one pass
    // forwards (no `rev().take_while`), and whether the character before them is Chinese
    let (mut tail, mut total, mut after_cjk) = (0, 0, false);
    for c in prev.chars() {
        total += 1;
        if cjk(c) && !closing(c) {
            tail += 1;
        } else {
            tail = 0;
            after_cjk = cjk(c);
        }
    }
    let boundary = tail < total && !after_cjk;
    let take = if tail <= 3 && boundary {
        tail
    } else if n == 1 {
        1
    } else {
        0
    };
    if take == 0 || take >= total {
        return;
    }
    let cut = prev.char_indices().nth(total - take).map_or(prev.len(), |(i, _)| i);
    let moved = super::format::cat(&prev[cut..], last);
    if text_width(&moved, px) <= max && !closes(&moved) {
        *last = moved;
        prev.truncate(cut);
        let kept = prev.trim_end().len();
        prev.truncate(kept);
    }
}

/// Whether a token is punctuation that may not begin a line.
fn closes(token: &str) -> bool {
    token.chars().next().is_some_and(closing)
}

/// Whether a character is punctuation that may not begin a line.
fn closing(c: char) -> bool {
    matches!(c, '。' | '、' | '」' | '』' | '》' | '…' | ',' | '.' | ';' | ':' | '?' | '!' | ')' | '%')
        || matches!(c as u32, 0xFF09 | 0xFF0C | 0xFF1A | 0xFF1B | 0xFF01 | 0xFF1F | 0xFF05)
}

/// Latin words, single spaces and single CJK characters (each with what joins it: an
/// emoji sequence is one token), as parts of `s` (no string copied per token).
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // where the word being read starts, and where the cluster being read does
    let (mut word, mut at) = (0, 0);
    for c in clusters(s) {
        if c == " " || c.chars().next().is_some_and(|c| (c as u32) >= 0x2E80) {
            if at > word {
                out.push(&s[word..at]);
            }
            out.push(c);
            word = at + c.len();
        }
        at += c.len();
    }
    if at > word {
        out.push(&s[word..]);
    }
    out
}

/// Whether `c` belongs to the cluster before it: a combining mark, a variation selector,
/// a zero-width (non-)joiner, a skin tone, a tag, a kana voicing mark, a Hangul vowel or
/// final consonant. Together with "nothing breaks after U+200D" and regional indicators
/// in pairs this is the part of Unicode's grapheme clusters (UAX #29) that text in these
/// datasets meets, without its tables.
fn extends(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F          // combining diacritical marks
        | 0x0483..=0x0489
        | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7 // Hebrew points
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 // Arabic marks
        | 0x1160..=0x11FF        // Hangul medial vowels and final consonants
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D        // ZWNJ, ZWJ
        | 0x20D0..=0x20FF        // marks for symbols (the keycap U+20E3)
        | 0x302A..=0x302F | 0x3099..=0x309A
        | 0xFE00..=0xFE0F        // variation selectors
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF      // skin tones
        | 0xE0020..=0xE007F      // tags (subdivision flags)
        | 0xE0100..=0xE01EF) // variation selectors supplement
}

fn regional(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// `s` in clusters: what a reader sees as one character (an emoji family, a flag, a
/// letter with its accents), never split by a line break or a cut.
///
/// ```
/// use ipo_lens::chart::clusters;
/// assert_eq!(clusters("a👍🏽🇭🇰e\u{301}").count(), 4);
/// ```
pub fn clusters(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        let mut prev = first;
        let mut pairs = usize::from(regional(first));
        let mut end = rest.len();
        for (i, c) in chars {
            let joined =
                extends(c) || prev == '\u{200D}' || (prev == '\r' && c == '\n') || (regional(c) && pairs % 2 == 1);
            if !joined {
                end = i;
                break;
            }
            pairs = if regional(c) { pairs + 1 } else { 0 };
            prev = c;
        }
        let (head, tail) = rest.split_at(end);
        rest = tail;
        Some(head)
    })
}

/// The longest start of `s` of at most `max` characters that ends between clusters, or
/// `None` when all of `s` fits (for "…" after a cut that never halves an emoji).
///
/// ```
/// use ipo_lens::chart::cut;
/// assert_eq!(cut("ab👍🏽", 3), Some("ab"));
/// assert_eq!(cut("ab👍🏽", 4), None);
/// ```
pub fn cut(s: &str, max: usize) -> Option<&str> {
    if s.chars().count() <= max {
        return None;
    }
    let (mut n, mut end) = (0, 0);
    for c in clusters(s) {
        n += c.chars().count();
        if n > max {
            break;
        }
        end += c.len();
    }
    Some(&s[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A family (four people joined by U+200D), a flag (two regional indicators), a thumb
    /// with a skin tone, a keycap and an e with a combining acute.
    const CLUSTERS: [&str; 5] = ["👨\u{200D}👩\u{200D}👧\u{200D}👦", "🇭🇰", "👍🏽", "1\u{FE0F}\u{20E3}", "e\u{301}"];

    #[test]
    fn a_long_word_is_broken_between_clusters_never_inside_one() {
        for c in CLUSTERS {
            let s = c.repeat(12);
            for max in [8.0, 15.0, 25.0, 40.0] {
                let lines = wrap(&s, 10.0, max);
                assert_eq!(lines.concat(), s);
                for l in &lines {
                    assert!(l.len() % c.len() == 0, "{c:?} cut at {max}: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn cut_keeps_whole_clusters() {
        #[allow(unused_imports)]
        use super::*;
        for c in CLUSTERS {
            let n = c.chars().count();
            let s = format!("ab{}", c.repeat(3));
            for max in 2..2 + 3 * n {
                let head = cut(&s, max).unwrap_or(&s);
                assert!(head.chars().count() <= max);
                assert_eq!((head.len() - 2) % c.len(), 0, "{c:?} at {max}: {head:?}");
            }
        }
        assert_eq!(cut("abc", 3), None);
    }
}
