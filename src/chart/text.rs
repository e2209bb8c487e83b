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
    s.chars().map(char_em).sum::<f64>() * px
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
    for token in tokens(s) {
        let w = text_width(&token, px);
        if width + w > max && !line.trim().is_empty() && closes(&token) {
            // a line must not start with closing punctuation (。,、)」…): carry the
            // previous character over with it
            let mut carry = token.clone();
            while let Some(prev) = line.pop() {
                carry.insert(0, prev);
                if !closes(&prev.to_string()) {
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
            line = carry.trim_end_matches(token.as_str()).to_string();
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
            for c in token.chars() {
                let cw = char_em(c) * px;
                if width + cw > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    width = 0.0;
                }
                line.push(c);
                width += cw;
            }
        } else {
            line.push_str(&token);
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
    let tail = prev.chars().rev().take_while(|c| cjk(*c) && !closes(&c.to_string())).count();
    let total = prev.chars().count();
    let boundary = tail < total && !prev.chars().nth(total - tail - 1).is_some_and(cjk);
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
    let moved = format!("{}{last}", &prev[cut..]);
    if text_width(&moved, px) <= max && !closes(&moved) {
        *last = moved;
        prev.truncate(cut);
        let kept = prev.trim_end().len();
        prev.truncate(kept);
    }
}

/// Whether a token is punctuation that may not begin a line.
fn closes(token: &str) -> bool {
    token.chars().next().is_some_and(|c| {
        matches!(c, '。' | '、' | '」' | '』' | '》' | '…' | ',' | '.' | ';' | ':' | '?' | '!' | ')' | '%')
            || matches!(c as u32, 0xFF09 | 0xFF0C | 0xFF1A | 0xFF1B | 0xFF01 | 0xFF1F | 0xFF05)
    })
}

/// Latin words, single spaces and single CJK characters.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        if c == ' ' || (c as u32) >= 0x2E80 {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}
