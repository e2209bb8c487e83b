//! The dataset's JSON reader: a value type, a parser, and the error of an item that
//! cannot be read from a value, with its JSON path (`read.rs` reads the items). With
//! `read.rs` it replaces serde_json, serde_path_to_error and serde's derived readers in
//! the reader's wasm, and says exactly what they said: the same values (numbers
//! converted the way serde_json does without its `float_roundtrip` feature), the same
//! syntax errors at the same line and column, the same serde messages at the same
//! paths, the keys of an object in the same (sorted) order, a later duplicate key
//! replacing an earlier one. `json_tests.rs` checks this against serde_json on many
//! generated and mutated documents.

use std::fmt;

use serde::de::{self, Unexpected};

/// A JSON number as serde_json holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

/// A JSON value. An object's keys are sorted (byte order) and unique.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// An object: its entries sorted by key, each key once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }
    /// Adds or replaces the entry for `key`.
    pub fn insert(&mut self, key: String, v: Value) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = v,
            Err(i) => self.0.insert(i, (key, v)),
        }
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// The entries in the order written: sorted, the last of equal keys kept.
    fn from_entries(mut entries: Vec<(String, Value)>) -> Map {
        if entries.len() <= 32 {
            // the usual few keys: sorted in place, stably, with no allocation
            for i in 1..entries.len() {
                let mut j = i;
                while j > 0 && entries[j - 1].0 > entries[j].0 {
                    entries.swap(j - 1, j);
                    j -= 1;
                }
            }
        } else {
            crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        }
        let mut out: Vec<(String, Value)> = Vec::with_capacity(entries.len());
        for e in entries {
            match out.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => out.push(e),
            }
        }
        Map(out)
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(m) => m.get(key),
            _ => None,
        }
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(m) => m.get_mut(key),
            _ => None,
        }
    }
    pub fn at_mut(&mut self, i: usize) -> Option<&mut Value> {
        match self {
            Value::Array(a) => a.get_mut(i),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for Number {
    /// As serde_json writes it: integers as they are, a float with its shortest digits
    /// that read back to it, in plain notation from 10⁻⁵ to below 10¹⁶ (with `.0` when
    /// whole), else as `1.5e+16`, `1e-7`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Number {
    /// The number as its `Display` writes it (for a message: no formatter in between).
    pub(crate) fn text(&self) -> String {
        match *self {
            Number::PosInt(u) => u.to_string(),
            Number::NegInt(i) => i.to_string(),
            Number::Float(x) => float_text(x),
        }
    }
}

/// `x` (finite) as serde_json's float formatting writes it.
fn float_text(x: f64) -> String {
    let (digits, exp) = shortest(x.abs());
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x == 0.0 {
        out.push_str("0.0");
        return out;
    }
    let n = digits.len() as i32;
    if (-5..=15).contains(&exp) {
        if n - 1 <= exp {
            out.push_str(&digits);
            out.extend(std::iter::repeat('0').take((exp - (n - 1)) as usize));
            out.push_str(".0");
        } else if exp >= 0 {
            out.push_str(&digits[..exp as usize + 1]);
            out.push('.');
            out.push_str(&digits[exp as usize + 1..]);
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat('0').take((-exp - 1) as usize));
            out.push_str(&digits);
        }
        return out;
    }
    out.push_str(&digits[..1]);
    if n > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&u64::from(exp.unsigned_abs()).to_string());
    out
}

/// The shortest digits that read back to `x` (> 0) and the exponent of the first one;
/// where two are as near, the even one (as serde_json's formatting picks it): as many
/// digits as `format!("{x:e}")` writes, rounded from the exact value as
/// `format!("{x:.Ne}")` rounds (ties to even), without the standard library's float
/// formatting in the reader's wasm.
fn shortest(x: f64) -> (String, i32) {
    let e = crate::float::exponent(x);
    // the digits before the exponent
    let mut n = 0;
    for b in e.bytes() {
        match b {
            b'e' => break,
            b'0'..=b'9' => n += 1,
            _ => {}
        }
    }
    crate::float::exact_significant(x, n.max(1))
}

// ---------------------------------------------------------------------------------------
// The parser

/// What is wrong with a JSON text: serde_json's error, with its line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub code: Code,
    /// From 1.
    pub line: usize,
    /// In bytes, as serde_json counts it (from 1 at the offending byte, in most cases).
    pub column: usize,
}

/// serde_json's syntax error codes (those a text can cause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    EofWhileParsingList,
    EofWhileParsingObject,
    EofWhileParsingString,
    EofWhileParsingValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedSomeIdent,
    ExpectedSomeValue,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacterWhileParsingString,
    KeyMustBeAString,
    LoneLeadingSurrogateInHexEscape,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    RecursionLimitExceeded,
}

impl Code {
    /// serde_json's words for it.
    pub fn message(self) -> &'static str {
        match self {
            Code::EofWhileParsingList => "EOF while parsing a list",
            Code::EofWhileParsingObject => "EOF while parsing an object",
            Code::EofWhileParsingString => "EOF while parsing a string",
            Code::EofWhileParsingValue => "EOF while parsing a value",
            Code::ExpectedColon => "expected `:`",
            Code::ExpectedListCommaOrEnd => "expected `,` or `]`",
            Code::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            Code::ExpectedSomeIdent => "expected ident",
            Code::ExpectedSomeValue => "expected value",
            Code::InvalidEscape => "invalid escape",
            Code::InvalidNumber => "invalid number",
            Code::NumberOutOfRange => "number out of range",
            Code::ControlCharacterWhileParsingString => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Code::KeyMustBeAString => "key must be a string",
            Code::LoneLeadingSurrogateInHexEscape => "lone leading surrogate in hex escape",
            Code::TrailingComma => "trailing comma",
            Code::TrailingCharacters => "trailing characters",
            Code::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            Code::RecursionLimitExceeded => "recursion limit exceeded",
        }
    }
}

impl SyntaxError {
    /// The file ends too early.
    pub fn is_eof(&self) -> bool {
        matches!(
            self.code,
            Code::EofWhileParsingList
                | Code::EofWhileParsingObject
                | Code::EofWhileParsingString
                | Code::EofWhileParsingValue
        )
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.code.message(), self.line, self.column)
    }
}

/// Reads `json` as one JSON value.
pub fn parse(json: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser { s: json, b: json.as_bytes(), i: 0, depth: 128 };
    let v = p.value().map_err(|e| *e)?;
    match p.ws() {
        Some(_) => Err(*p.peek_err(Code::TrailingCharacters)),
        None => Ok(v),
    }
}

/// A step of the parser: its error boxed, so that a result is its value or one pointer
/// through each `?` (the error is three words).
type R<T> = Result<T, Box<SyntaxError>>;

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// Nesting left (serde_json's recursion limit: 128).
    depth: u8,
}

impl Parser<'_> {
    fn at(&self, i: usize, code: Code) -> Box<SyntaxError> {
        let b = &self.b[..i];
        let start = b.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
        let line = 1 + b[..start].iter().filter(|&&c| c == b'\n').count();
        Box::new(SyntaxError { code, line, column: i - start })
    }
    /// An error at the byte just read.
    fn err(&self, code: Code) -> Box<SyntaxError> {
        self.at(self.i, code)
    }
    /// An error at the byte about to be read.
    fn peek_err(&self, code: Code) -> Box<SyntaxError> {
        self.at((self.i + 1).min(self.b.len()), code)
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn peek0(&self) -> u8 {
        self.peek().unwrap_or(0)
    }
    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }
    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> R<Value> {
        let Some(c) = self.ws() else { return Err(self.peek_err(Code::EofWhileParsingValue)) };
        Ok(match c {
            b'n' => {
                self.i += 1;
                self.ident(b"ull")?;
                Value::Null
            }
            b't' => {
                self.i += 1;
                self.ident(b"rue")?;
                Value::Bool(true)
            }
            b'f' => {
                self.i += 1;
                self.ident(b"alse")?;
                Value::Bool(false)
            }
            b'-' => {
                self.i += 1;
                Value::Number(self.integer(false)?)
            }
            b'0'..=b'9' => Value::Number(self.integer(true)?),
            b'"' => {
                self.i += 1;
                Value::String(self.string()?)
            }
            b'[' | b'{' => {
                self.depth -= 1;
                if self.depth == 0 {
                    return Err(self.peek_err(Code::RecursionLimitExceeded));
                }
                self.i += 1;
                let v = if c == b'[' { self.seq().map(Value::Array) } else { self.map().map(Value::Object) };
                self.depth += 1;
                let end = if c == b'[' { self.end_seq() } else { self.end_map() };
                let v = v?;
                end?;
                v
            }
            _ => return Err(self.peek_err(Code::ExpectedSomeValue)),
        })
    }

    fn ident(&mut self, rest: &[u8]) -> R<()> {
        for &expected in rest {
            match self.next() {
                None => return Err(self.err(Code::EofWhileParsingValue)),
                Some(c) if c != expected => return Err(self.err(Code::ExpectedSomeIdent)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    fn seq(&mut self) -> R<Vec<Value>> {
        let mut out = Vec::new();
        loop {
            let Some(c) = self.ws() else { return Err(self.peek_err(Code::EofWhileParsingList)) };
            if c == b']' {
                return Ok(out);
            }
            if !out.is_empty() {
                if c != b',' {
                    return Err(self.peek_err(Code::ExpectedListCommaOrEnd));
                }
                self.i += 1;
                match self.ws() {
                    Some(b']') => return Err(self.peek_err(Code::TrailingComma)),
                    Some(_) => {}
                    None => return Err(self.peek_err(Code::EofWhileParsingValue)),
                }
            }
            out.push(self.value()?);
        }
    }

    fn end_seq(&mut self) -> R<()> {
        match self.ws() {
            Some(b']') => {
                self.i += 1;
                Ok(())
            }
            Some(b',') => {
                self.i += 1;
                match self.ws() {
                    Some(b']') => Err(self.peek_err(Code::TrailingComma)),
                    _ => Err(self.peek_err(Code::TrailingCharacters)),
                }
            }
            Some(_) => Err(self.peek_err(Code::TrailingCharacters)),
            None => Err(self.peek_err(Code::EofWhileParsingList)),
        }
    }

    fn map(&mut self) -> R<Map> {
        let mut entries = Vec::new();
        loop {
            let Some(c) = self.ws() else { return Err(self.peek_err(Code::EofWhileParsingObject)) };
            if c == b'}' {
                return Ok(Map::from_entries(entries));
            }
            if entries.is_empty() {
                if c != b'"' {
                    return Err(self.peek_err(Code::KeyMustBeAString));
                }
            } else {
                if c != b',' {
                    return Err(self.peek_err(Code::ExpectedObjectCommaOrEnd));
                }
                self.i += 1;
                match self.ws() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_err(Code::TrailingComma)),
                    Some(_) => return Err(self.peek_err(Code::KeyMustBeAString)),
                    None => return Err(self.peek_err(Code::EofWhileParsingValue)),
                }
            }
            self.i += 1;
            let key = self.string()?;
            match self.ws() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.peek_err(Code::ExpectedColon)),
                None => return Err(self.peek_err(Code::EofWhileParsingObject)),
            }
            let v = self.value()?;
            entries.push((key, v));
        }
    }

    fn end_map(&mut self) -> R<()> {
        match self.ws() {
            Some(b'}') => {
                self.i += 1;
                Ok(())
            }
            Some(b',') => Err(self.peek_err(Code::TrailingComma)),
            Some(_) => Err(self.peek_err(Code::TrailingCharacters)),
            None => Err(self.peek_err(Code::EofWhileParsingObject)),
        }
    }

    /// A text, after its opening quote mark.
    fn string(&mut self) -> R<String> {
        let mut out = String::new();
        let mut start = self.i;
        loop {
            let rest = &self.b[self.i..];
            self.i += rest.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).unwrap_or(rest.len());
            let Some(c) = self.peek() else { return Err(self.err(Code::EofWhileParsingString)) };
            // the bytes before are whole characters: `"`, `\` and control bytes are ASCII
            out.push_str(&self.s[start..self.i]);
            self.i += 1;
            match c {
                b'"' => return Ok(out),
                b'\\' => {
                    self.escape(&mut out)?;
                    start = self.i;
                }
                _ => return Err(self.err(Code::ControlCharacterWhileParsingString)),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> R<()> {
        let Some(c) = self.next() else { return Err(self.err(Code::EofWhileParsingString)) };
        out.push(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.err(Code::InvalidEscape)),
        });
        Ok(())
    }

    fn hex(&mut self) -> R<u16> {
        if self.b.len() - self.i < 4 {
            self.i = self.b.len();
            return Err(self.err(Code::EofWhileParsingString));
        }
        let digits = &self.b[self.i..self.i + 4];
        self.i += 4;
        let mut n: u16 = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.err(Code::InvalidEscape)),
            };
            n = n << 4 | u16::from(v);
        }
        Ok(n)
    }

    fn unicode_escape(&mut self, out: &mut String) -> R<()> {
        let n = self.hex()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.err(Code::LoneLeadingSurrogateInHexEscape));
        }
        if !(0xD800..=0xDBFF).contains(&n) {
            out.push(char::from_u32(u32::from(n)).unwrap_or('\u{FFFD}'));
            return Ok(());
        }
        for &expected in b"\\u" {
            match self.peek() {
                None => return Err(self.err(Code::EofWhileParsingString)),
                Some(c) => {
                    self.i += 1;
                    if c != expected {
                        return Err(self.err(Code::UnexpectedEndOfHexEscape));
                    }
                }
            }
        }
        let n2 = self.hex()?;
        if !(0xDC00..=0xDFFF).contains(&n2) {
            return Err(self.err(Code::LoneLeadingSurrogateInHexEscape));
        }
        let c = ((u32::from(n - 0xD800) << 10) | u32::from(n2 - 0xDC00)) + 0x1_0000;
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
        Ok(())
    }

    // Numbers, as serde_json reads them without its `float_roundtrip` feature.

    fn integer(&mut self, positive: bool) -> R<Number> {
        let Some(c) = self.next() else { return Err(self.err(Code::EofWhileParsingValue)) };
        match c {
            b'0' => match self.peek0() {
                b'0'..=b'9' => Err(self.peek_err(Code::InvalidNumber)),
                _ => self.number(positive, 0),
            },
            b'1'..=b'9' => {
                let mut significand = u64::from(c - b'0');
                loop {
                    match self.peek0() {
                        c @ b'0'..=b'9' => {
                            let digit = u64::from(c - b'0');
                            if overflows(significand, digit, u64::MAX) {
                                return Ok(Number::Float(self.long_integer(positive, significand)?));
                            }
                            self.i += 1;
                            significand = significand * 10 + digit;
                        }
                        _ => return self.number(positive, significand),
                    }
                }
            }
            _ => Err(self.err(Code::InvalidNumber)),
        }
    }

    fn number(&mut self, positive: bool, significand: u64) -> R<Number> {
        Ok(match self.peek0() {
            b'.' => Number::Float(self.decimal(positive, significand, 0)?),
            b'e' | b'E' => Number::Float(self.exponent(positive, significand, 0)?),
            _ if positive => Number::PosInt(significand),
            _ => {
                let neg = (significand as i64).wrapping_neg();
                // a float when it does not fit, and for -0
                if neg >= 0 {
                    Number::Float(-(significand as f64))
                } else {
                    Number::NegInt(neg)
                }
            }
        })
    }

    fn decimal(&mut self, positive: bool, mut significand: u64, exponent_before: i32) -> R<f64> {
        self.i += 1;
        let mut after = 0;
        while let c @ b'0'..=b'9' = self.peek0() {
            let digit = u64::from(c - b'0');
            if overflows(significand, digit, u64::MAX) {
                return self.decimal_overflow(positive, significand, exponent_before + after);
            }
            self.i += 1;
            significand = significand * 10 + digit;
            after -= 1;
        }
        if after == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_err(Code::InvalidNumber),
                None => self.peek_err(Code::EofWhileParsingValue),
            });
        }
        let exponent = exponent_before + after;
        match self.peek0() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.f64_from_parts(positive, significand, exponent),
        }
    }

    fn exponent(&mut self, positive: bool, significand: u64, starting: i32) -> R<f64> {
        self.i += 1;
        let positive_exp = match self.peek0() {
            b'+' => {
                self.i += 1;
                true
            }
            b'-' => {
                self.i += 1;
                false
            }
            _ => true,
        };
        let Some(c) = self.next() else { return Err(self.err(Code::EofWhileParsingValue)) };
        let mut exp = match c {
            b'0'..=b'9' => i32::from(c - b'0'),
            _ => return Err(self.err(Code::InvalidNumber)),
        };
        while let c @ b'0'..=b'9' = self.peek0() {
            self.i += 1;
            let digit = i32::from(c - b'0');
            if overflows(exp as u64, digit as u64, i32::MAX as u64) {
                if significand != 0 && positive_exp {
                    return Err(self.err(Code::NumberOutOfRange));
                }
                while let b'0'..=b'9' = self.peek0() {
                    self.i += 1;
                }
                return Ok(if positive { 0.0 } else { -0.0 });
            }
            exp = exp * 10 + digit;
        }
        let exp = if positive_exp { starting.saturating_add(exp) } else { starting.saturating_sub(exp) };
        self.f64_from_parts(positive, significand, exp)
    }

    fn long_integer(&mut self, positive: bool, significand: u64) -> R<f64> {
        let mut exponent = 0;
        loop {
            match self.peek0() {
                b'0'..=b'9' => {
                    self.i += 1;
                    exponent += 1;
                }
                b'.' => return self.decimal(positive, significand, exponent),
                b'e' | b'E' => return self.exponent(positive, significand, exponent),
                _ => return self.f64_from_parts(positive, significand, exponent),
            }
        }
    }

    fn decimal_overflow(&mut self, positive: bool, significand: u64, exponent: i32) -> R<f64> {
        while let b'0'..=b'9' = self.peek0() {
            self.i += 1;
        }
        match self.peek0() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.f64_from_parts(positive, significand, exponent),
        }
    }

    fn f64_from_parts(&mut self, positive: bool, significand: u64, mut exponent: i32) -> R<f64> {
        let mut f = significand as f64;
        loop {
            match pow10(exponent.unsigned_abs()) {
                Some(pow) => {
                    if exponent >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return Err(self.err(Code::NumberOutOfRange));
                        }
                    } else {
                        f /= pow;
                    }
                    break;
                }
                None => {
                    if f == 0.0 {
                        break;
                    }
                    if exponent >= 0 {
                        return Err(self.err(Code::NumberOutOfRange));
                    }
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
        Ok(if positive { f } else { -f })
    }
}

/// Whether `a * 10 + b` would pass `max`.
fn overflows(a: u64, b: u64, max: u64) -> bool {
    a >= max / 10 && (a > max / 10 || b > max % 10)
}

/// 10^e for e ≤ 308 (the nearest double, as the literal `1e{e}` is).
fn pow10(e: u32) -> Option<f64> {
    thread_local! {
        static POW10: Vec<f64> = {
            // a plain loop (a `map` and `collect` compiled their own fold for this one list),
            // each power read from its literal by `float::pow10` (every one of them reads)
            let mut t = Vec::with_capacity(309);
            for e in 0..=308 {
                t.push(crate::float::pow10(e));
            }
            t
        };
    }
    POW10.with(|t| t.get(e as usize).copied())
}

// ---------------------------------------------------------------------------------------
// What cannot be read in a value, and where (the items are read in `read.rs`)

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    Index(usize),
    Key(String),
}

/// What cannot be read in a value: serde's errors, kept as data. The checker turns each
/// into a problem from its parts (the key, the field names), so serde's sentence is
/// written only where one is shown ([`Error::message`]): cutting it apart again cost
/// code, and cut a key or a name holding a backtick in the wrong place.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// A value of another type where this goes: what the checker says, and serde's
    /// words ("f64", "struct Figure").
    Type(super::problem::Expected, &'static str),
    MissingField(&'static str),
    /// A key that is no field, with the item's field names.
    UnknownField(String, &'static [&'static str]),
    /// A name that is no variant, with the variants' names.
    UnknownVariant(String, &'static [&'static str]),
    /// A series point of this many items (not two).
    PairLength(usize),
    /// A text that is no currency code, as written: serde's words for it are worked out
    /// only when asked for ([`Error::message`]), as the checker says it in its own.
    Currency(String),
    /// Anything else, in serde's words.
    Other(String),
}

/// A serde error and where it happened (the path from the value read). Boxed, as
/// serde_json's is: a result of the reader is then its value or one pointer, so each of
/// the reader's many `?` passes a word up, not the error's nine.
#[derive(Debug, Clone, PartialEq)]
pub struct Error(Box<Inner>);

#[derive(Debug, Clone, PartialEq)]
struct Inner {
    why: Why,
    /// Innermost step first.
    rev_path: Vec<Seg>,
}

impl Error {
    pub(crate) fn of(why: Why) -> Error {
        Error(Box::new(Inner { why, rev_path: Vec::new() }))
    }
    pub fn why(&self) -> &Why {
        &self.0.why
    }
    /// The path, outermost step first.
    #[cfg(test)]
    pub fn path(&self) -> Vec<Seg> {
        self.0.rev_path.iter().rev().cloned().collect()
    }
    /// What it is and where (the path outermost step first), taken apart.
    pub fn into_parts(self) -> (Why, Vec<Seg>) {
        let Inner { why, mut rev_path } = *self.0;
        rev_path.reverse();
        (why, rev_path)
    }
    pub(crate) fn at(mut self, s: Seg) -> Error {
        self.0.rev_path.push(s);
        self
    }
    /// serde's message ("unknown field `x`, expected one of `id`, `entity`, …").
    pub fn message(&self) -> String {
        /// serde's `OneOf`: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
        fn one_of(names: &[&str]) -> String {
            let ticked: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            match ticked.as_slice() {
                [a, b] => format!("{a} or {b}"),
                [a] => a.clone(),
                _ => format!("one of {}", ticked.join(", ")),
            }
        }
        match self.why() {
            Why::Type(_, expected) => format!("invalid type, expected {expected}"),
            Why::MissingField(f) => format!("missing field `{f}`"),
            Why::UnknownField(f, []) => format!("unknown field `{f}`, there are no fields"),
            Why::UnknownField(f, names) => format!("unknown field `{f}`, expected {}", one_of(names)),
            Why::UnknownVariant(v, []) => format!("unknown variant `{v}`, there are no variants"),
            Why::UnknownVariant(v, names) => format!("unknown variant `{v}`, expected {}", one_of(names)),
            Why::PairLength(n) => format!("invalid length {n}, expected a tuple of size 2"),
            Why::Currency(s) => match super::Currency::parse(s) {
                Ok(c) => format!("\"{s}\" is written in upper case: \"{}\"", c.code()),
                Err(m) => m,
            },
            Why::Other(m) => m.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error::of(Why::Other(msg.to_string()))
    }
    fn invalid_type(unexp: Unexpected, exp: &dyn de::Expected) -> Error {
        de::Error::custom(format_args!("invalid type: {}, expected {exp}", Said(unexp)))
    }
    fn invalid_value(unexp: Unexpected, exp: &dyn de::Expected) -> Error {
        de::Error::custom(format_args!("invalid value: {}, expected {exp}", Said(unexp)))
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        Error::of(Why::UnknownVariant(variant.to_string(), expected))
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Error {
        Error::of(Why::UnknownField(field.to_string(), expected))
    }
    fn missing_field(field: &'static str) -> Error {
        Error::of(Why::MissingField(field))
    }
}

/// What serde_json says it found: `null`, a float as it writes floats.
struct Said<'a>(Unexpected<'a>);

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // the rest in serde's words (serde_core 1.0's `Display for Unexpected`), written
        // here so that serde's writing of a float (the standard library's) is not called
        use Unexpected::*;
        match self.0 {
            Unit => f.write_str("null"),
            Float(x) => write!(f, "floating point `{}`", Number::Float(x)),
            Bool(b) => write!(f, "boolean `{b}`"),
            Unsigned(i) => write!(f, "integer `{i}`"),
            Signed(i) => write!(f, "integer `{i}`"),
            Char(c) => write!(f, "character `{c}`"),
            Str(s) => write!(f, "string {}", crate::quote::Quoted(s)),
            Bytes(_) => f.write_str("byte array"),
            Option => f.write_str("Option value"),
            NewtypeStruct => f.write_str("newtype struct"),
            Seq => f.write_str("sequence"),
            Map => f.write_str("map"),
            Enum => f.write_str("enum"),
            UnitVariant => f.write_str("unit variant"),
            NewtypeVariant => f.write_str("newtype variant"),
            TupleVariant => f.write_str("tuple variant"),
            StructVariant => f.write_str("struct variant"),
            Other(other) => f.write_str(other),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "json_tests.rs"]
mod tests;
