//! JSON that cannot be read, said the way an editor can find and fix it: the line and
//! column (in characters, as an editor counts them) and what is wrong there, told from
//! the character at that place (a full-width comma, a missing quote mark, a line break
//! inside a text…), not from the parser's own words.

use super::json::Code;
use super::problem::{Kind, Syntax};
use crate::i18n::case::alphanumeric;

/// The problem for a syntax error `e` on `json` (serde_json's, from [`super::json::parse`]).
pub fn syntax_problem(json: &str, e: &super::json::SyntaxError) -> Kind {
    // serde_json counts lines from 1 and columns in bytes, from 1, at the offending byte
    let line_start = line_start(json, e.line);
    let at = (line_start + e.column.saturating_sub(1)).min(json.len());
    let at = floor_boundary(json, at);
    let here = json[at..].chars().next();
    let place = |at: usize| {
        let at = floor_boundary(json, at.min(json.len()));
        let start = crate::rfind(&json[..at], "\n").map_or(0, |i| i + 1);
        let line = json[..at].matches('\n').count() + 1;
        (line, json[start..at].chars().count() + 1)
    };
    let (what, at) = classify(json, e.code, at, here, e.is_eof());
    let (line, column) = place(at);
    Kind::Syntax { line, column, what }
}

/// What is wrong (told from the parser's error code), and the byte offset to point at.
fn classify(json: &str, m: Code, at: usize, here: Option<char>, eof: bool) -> (Syntax, usize) {
    if let Some(c) = here {
        if let Some(write) = full_width(c) {
            return (Syntax::FullWidth { got: c, write }, at);
        }
        if matches!(c, '“' | '”' | '‘' | '’' | '\'') && m != Code::ControlCharacterWhileParsingString {
            return (Syntax::CurlyQuote { got: c }, at);
        }
    }
    if eof {
        if json.trim().is_empty() {
            return (Syntax::Empty, at);
        }
        return (Syntax::EndsEarly { open: unclosed(json) }, json.len());
    }
    if m == Code::RecursionLimitExceeded {
        return (Syntax::TooDeep, at);
    }
    if m == Code::ControlCharacterWhileParsingString {
        // serde_json points after the character: the line break ends the line before
        let c = json[..at].chars().next_back().unwrap_or('\n');
        let at = at - c.len_utf8();
        return if c == '\n' || c == '\r' { (Syntax::LineBreakInText, at) } else { (Syntax::ControlInText, at) };
    }
    if m == Code::TrailingComma {
        // point at the comma itself
        let comma = crate::rfind(&json[..at], ",").unwrap_or(at);
        return (Syntax::TrailingComma, comma);
    }
    if m == Code::InvalidEscape {
        let slash = crate::rfind(&json[..at], "\\").unwrap_or(at);
        return (Syntax::BadEscape, slash);
    }
    if matches!(m, Code::ExpectedListCommaOrEnd | Code::ExpectedObjectCommaOrEnd) {
        // the comma goes right after the entry before
        let end = json[..at].trim_end().len();
        return (Syntax::MissingComma, end);
    }
    if m == Code::ExpectedColon {
        return (Syntax::MissingColon, at);
    }
    if m == Code::TrailingCharacters {
        return (Syntax::TrailingCharacters { got: here.unwrap_or(' ') }, at);
    }
    if matches!(m, Code::InvalidNumber | Code::NumberOutOfRange | Code::ExpectedSomeIdent) {
        let start = token_start(json, at);
        return (Syntax::BadNumber { got: word(&json[start..]) }, start);
    }
    if matches!(m, Code::KeyMustBeAString | Code::ExpectedSomeValue) {
        let w = word(&json[at..]);
        if matches!(w.as_str(), "NaN" | "Infinity") || here.is_some_and(|c| c == '.' || c == '-') {
            return (Syntax::BadNumber { got: w }, at);
        }
        if !w.is_empty() {
            return (Syntax::MissingQuote { before: w }, at);
        }
        if here.is_some_and(|c| c == '}' || c == ']') {
            if let Some(comma) = json[..at].trim_end().strip_suffix(',') {
                return (Syntax::TrailingComma, comma.len());
            }
        }
    }
    (Syntax::Unexpected { got: here.unwrap_or(' ') }, at)
}

/// The ASCII character JSON needs for a full-width one typed with a Chinese keyboard.
fn full_width(c: char) -> Option<char> {
    Some(match c {
        '，' => ',',
        '：' => ':',
        '｛' => '{',
        '｝' => '}',
        '［' | '【' => '[',
        '］' | '】' => ']',
        '＂' => '"',
        '．' | '。' => '.',
        '－' => '-',
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        _ => return None,
    })
}

/// The innermost `{`, `[` or `"` still open at the end of `json`.
fn unclosed(json: &str) -> char {
    let mut stack = Vec::new();
    let mut in_text = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_text {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_text = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_text = true,
            '{' | '[' => stack.push(c),
            '}' | ']' => {
                stack.pop();
            }
            _ => {}
        }
    }
    if in_text {
        '"'
    } else {
        stack.pop().unwrap_or('{')
    }
}

/// The word (letters, digits, `_`, `-`, `.`, `$`) at the start of `s`, or the first character.
fn word(s: &str) -> String {
    let mut w = String::new();
    for (n, c) in s.chars().enumerate() {
        if n == 40 || !(alphanumeric(c) || matches!(c, '_' | '-' | '.' | '$' | '+')) {
            break;
        }
        w.push(c);
    }
    w
}

/// Where the token containing byte `at` starts.
fn token_start(json: &str, at: usize) -> usize {
    // (a plain loop: `rev().take_while().last()` compiled a fold of its own)
    let mut start = at;
    for (i, c) in json[..at].char_indices().rev() {
        if !(alphanumeric(c) || matches!(c, '.' | '-' | '+')) {
            break;
        }
        start = i;
    }
    start
}

fn line_start(json: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    json.match_indices('\n').nth(line - 2).map_or(json.len(), |(i, _)| i + 1)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(json: &str) -> (usize, usize, Syntax) {
        let e = super::super::json::parse(json).unwrap_err();
        match syntax_problem(json, &e) {
            Kind::Syntax { line, column, what } => (line, column, what),
            k => panic!("{k:?}"),
        }
    }

    #[test]
    fn says_what_is_wrong_where() {
        assert_eq!(what("{\"a\": 1\n \"b\": 2}"), (1, 8, Syntax::MissingComma));
        assert_eq!(what("{\"a\": 1, b: 2}"), (1, 10, Syntax::MissingQuote { before: "b".into() }));
        assert_eq!(what("{\"a\": 1， \"b\": 2}"), (1, 8, Syntax::FullWidth { got: '，', write: ',' }));
        assert_eq!(what("{\"a\": １２}"), (1, 7, Syntax::FullWidth { got: '１', write: '1' }));
        assert_eq!(what("{\"a\": [1, 2,]}"), (1, 12, Syntax::TrailingComma));
        assert_eq!(what("{\"a\": 1,\n}"), (1, 8, Syntax::TrailingComma));
        assert_eq!(what("{\"a\": \"x\ny\"}"), (1, 9, Syntax::LineBreakInText));
        assert_eq!(what("{\"a\": [1, 2"), (1, 12, Syntax::EndsEarly { open: '[' }));
        assert_eq!(what("{\"a\": \"xy"), (1, 10, Syntax::EndsEarly { open: '"' }));
        assert_eq!(what("{\"a\"： 1}"), (1, 5, Syntax::FullWidth { got: '：', write: ':' }));
        assert_eq!(what("{\"a\": CNY}"), (1, 7, Syntax::MissingQuote { before: "CNY".into() }));
        assert_eq!(what("{\"a\": “x”}"), (1, 7, Syntax::CurlyQuote { got: '“' }));
        assert_eq!(what("{'a': 1}"), (1, 2, Syntax::CurlyQuote { got: '\'' }));
        assert_eq!(what("{\"a\": 1}}"), (1, 9, Syntax::TrailingCharacters { got: '}' }));
        assert_eq!(what("{\"a\": \"C:\\data\"}"), (1, 10, Syntax::BadEscape));
        assert_eq!(what("{\"a\": NaN}"), (1, 7, Syntax::BadNumber { got: "NaN".into() }));
        assert_eq!(what("{\"a\": 1e999}").2, Syntax::BadNumber { got: "1e999".into() });
        assert_eq!(what("").2, Syntax::Empty);
        assert_eq!(what("{\"名\": 1 \"b\": 2}"), (1, 8, Syntax::MissingComma));
    }
}
