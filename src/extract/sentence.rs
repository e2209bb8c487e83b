//! Sentences, as a dataset's `quote` wants them: Chinese ends at 。！？； (and ! ?, but
//! not at an ASCII ;), English at . ! ? followed by a space — but not at a decimal point, nor
//! after "U.S.", "Inc.", "No.", "Mr." or an initial. A line break always ends one.
//! Closing quotes and brackets after the end mark stay with the sentence.

/// The sentences of `text` as byte ranges, trimmed of surrounding white space, in order.
///
/// ```
/// use ipo_lens::extract::sentences;
/// let t = "Arm Holdings Inc. raised US$4.87 billion. The U.S. listing was big.\n股价涨3.5%。好！";
/// let s: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
/// assert_eq!(s, ["Arm Holdings Inc. raised US$4.87 billion.", "The U.S. listing was big.", "股价涨3.5%。", "好！"]);
/// ```
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let after = i + c.len_utf8();
        let end = match c {
            '\n' | '\r' => Some(i),
            // an ASCII ';' joins clauses in both languages (Chinese sites print it for ；
            // inside a sentence); the full-width one ends a Chinese sentence
            '。' | '！' | '？' | '；' | '!' | '?' => Some(closers(text, after)),
            '.' if ends_english(text, i) => Some(closers(text, after)),
            _ => None,
        };
        if let Some(end) = end {
            push(text, &mut out, start, end);
            start = end.max(after);
            while iter.peek().is_some_and(|&(j, _)| j < start) {
                iter.next();
            }
        }
    }
    push(text, &mut out, start, text.len());
    out
}

/// Adds the trimmed range `start..end` when it holds anything.
fn push(text: &str, out: &mut Vec<(usize, usize)>, start: usize, end: usize) {
    let Some(s) = text.get(start..end) else { return };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// The end of a sentence whose mark ends at `at`, taking closing quotes and brackets.
fn closers(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let n: usize = rest
        .chars()
        .take_while(|c| matches!(c, '”' | '’' | '"' | '\'' | '）' | ')' | '」' | '』' | '》'))
        .map(char::len_utf8)
        .sum();
    at + n
}

/// Abbreviations after which a full stop does not end an English sentence.
const ABBREVIATIONS: &[&str] = &[
    "inc", "co", "corp", "ltd", "plc", "no", "nos", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "rs",
];

/// Whether the full stop at byte `i` ends a sentence.
fn ends_english(text: &str, i: usize) -> bool {
    let next = text.get(i + 1..).and_then(|r| r.chars().next());
    // a decimal point, or a dot inside a word (U.S, e.g) or a number
    match next {
        None => return true,
        Some(' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{3000}') => {}
        Some('"' | '\'' | '”' | '’' | ')') => {}
        Some(_) => return false,
    }
    let before = &text[..i];
    let word_len: usize =
        before.chars().rev().take_while(|c| c.is_ascii_alphabetic() || *c == '.').map(char::len_utf8).sum();
    let word = &before[before.len() - word_len..];
    if word.is_empty() {
        return true;
    }
    // an initial ("J. Smith") or a dotted abbreviation ("U.S.")
    let letters = word.chars().filter(char::is_ascii_alphabetic).count();
    if letters == 1 && word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    if word.contains('.') {
        // "U.S." ends a sentence only when a capitalised word does not follow... which
        // cannot be told apart from a new sentence: keep it inside
        return false;
    }
    let lower = word.to_ascii_lowercase();
    !ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect()
    }

    #[test]
    fn chinese_marks_and_lines() {
        assert_eq!(split("甲。乙！丙？丁；戊\n己"), ["甲。", "乙！", "丙？", "丁；", "戊", "己"]);
        assert_eq!(split("他说：“好。”然后走了。"), ["他说：“好。”", "然后走了。"]);
        assert_eq!(split("收入为3.379亿元,毛利率53.2%。"), ["收入为3.379亿元,毛利率53.2%。"]);
    }

    #[test]
    fn english_dots() {
        assert_eq!(split("It rose 3.5%. No. 1 again."), ["It rose 3.5%.", "No. 1 again."]);
        assert_eq!(split("J. P. Morgan led it. Done"), ["J. P. Morgan led it.", "Done"]);
        assert_eq!(
            split("Sales were US$2.68 billion in the U.S. market."),
            ["Sales were US$2.68 billion in the U.S. market."]
        );
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("..."), ["..."]);
    }
}
