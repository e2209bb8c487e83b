//! Proposing the entities of a story from the names its text repeats, for the editor to
//! confirm or rename: Chinese company names (two characters before 科技, 股份, 集团, 公司…,
//! and the names listed beside one: 摩尔线程、沐曦股份), markets (中国…市场), products
//! (letters and digits: BR106), English company names ("Arm Holdings", "X AG", "X Inc.")
//! and capitalised names said at least twice. Ids are ASCII: the English name where there
//! is one, else `company1`, `market1`…

use serde::Serialize;

use crate::model::EntityKind;

/// A proposed entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposed {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// How often the text names it.
    pub count: usize,
    /// Shorter names the text also uses for it ("Arm" for "Arm Holdings").
    #[serde(skip)]
    pub aliases: Vec<String>,
}

/// Chinese endings of company names.
const ZH_SUFFIXES: &[&str] = &[
    "科技", "股份", "集团", "集團", "控股", "公司", "资本", "資本", "创投", "創投", "人寿", "人壽", "通讯", "通訊",
    "银行", "銀行", "证券", "證券", "线程", "線程",
];
/// Words before a Chinese ending that make a common noun, not a name (上市公司).
const ZH_NOT_NAMES: &[&str] =
    &["上市", "创业", "創業", "该", "該", "本", "子", "母", "其", "这", "這", "科创", "科創", "港股", "国产", "國產"];
/// Characters a Chinese name does not contain.
const ZH_STOPS: &str = "的了在是和与與及等将將为為中到由于於从從对對向个個年月日首最已也都就还還但而并並被把让讓所";
/// Characters a market's name does not contain (it may contain 中: 中国).
const MARKET_STOPS: &str = "的了在是和与與及等将將为為到由于於从從对對向";
/// Where a market's name starts.
const MARKET_STARTS: &[&str] = &["中国", "中國", "全球", "香港", "国内", "國內", "美国", "美國", "亚洲", "亞洲"];
/// English endings of company names.
const EN_SUFFIXES: &[&str] = &[
    "Holdings",
    "Group",
    "AG",
    "SE",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "plc",
    "PLC",
    "Corp",
    "Corp.",
    "Limited",
    "Technologies",
    "Technology",
];
/// Capitalised words that start sentences or name months and exchanges, not companies.
const EN_NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "At",
    "In",
    "On",
    "Its",
    "It",
    "They",
    "This",
    "That",
    "Their",
    "Shares",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Nasdaq",
    "NYSE",
    "US",
    "UK",
    "ADS",
    "ADSs",
    "IPO",
    "GPU",
    "CEO",
];

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn count(text: &str, name: &str) -> usize {
    if name.is_empty() {
        0
    } else {
        text.matches(name).count()
    }
}

/// Chinese names: two characters before an ending, and names listed beside those.
fn chinese(text: &str, out: &mut Vec<(usize, String, EntityKind)>) {
    for suffix in ZH_SUFFIXES {
        for (at, _) in text.match_indices(suffix) {
            let before: Vec<(usize, char)> = text[..at].char_indices().rev().take(2).collect();
            if before.len() < 2 || before.iter().any(|&(_, c)| !is_han(c) || ZH_STOPS.contains(c)) {
                continue;
            }
            let start = before[1].0;
            let prefix = &text[start..at];
            if ZH_NOT_NAMES.iter().any(|w| prefix.ends_with(w)) {
                continue;
            }
            out.push((start, format!("{prefix}{suffix}"), EntityKind::Company));
        }
    }
    // names listed beside a name found: 摩尔线程、沐曦股份 / 摩尔线程和沐曦股份
    let known: Vec<String> = out.iter().map(|(_, n, _)| n.clone()).collect();
    for name in &known {
        for (at, _) in text.match_indices(name.as_str()) {
            let head = &text[..at];
            let Some(joint) = ['、', '和', '与', '與', '及'].into_iter().find(|&j| head.ends_with(j)) else {
                continue;
            };
            let head = &head[..head.len() - joint.len_utf8()];
            let run: String = head.chars().rev().take_while(|&c| is_han(c) && !ZH_STOPS.contains(c)).collect();
            let run: String = run.chars().rev().collect();
            if (2..=6).contains(&run.chars().count()) {
                out.push((head.len() - run.len(), run, EntityKind::Company));
            }
        }
    }
    // markets: 中国智能计算芯片市场
    for end in ["市场", "市場"] {
        for (at, _) in text.match_indices(end) {
            let head = &text[..at];
            let run_len: usize = head
                .chars()
                .rev()
                .take_while(|&c| (is_han(c) || c.is_ascii_alphanumeric()) && !MARKET_STOPS.contains(c))
                .map(char::len_utf8)
                .sum();
            let run = &head[head.len() - run_len..];
            if let Some(i) = MARKET_STARTS.iter().filter_map(|s| run.find(s)).min() {
                let start = head.len() - run_len + i;
                out.push((start, format!("{}{end}", &run[i..]), EntityKind::Market));
            }
        }
    }
}

/// Products: a word of capital letters and digits (BR106, A100).
fn products(text: &str, out: &mut Vec<(usize, String, EntityKind)>) {
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let len = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
        if len == 0 {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let word = &rest[..len];
        let starts_upper = word.starts_with(|c: char| c.is_ascii_uppercase());
        let digits = word.chars().filter(char::is_ascii_digit).count();
        if starts_upper && digits > 0 && digits < word.len() && word.chars().all(|c| !c.is_ascii_lowercase()) {
            out.push((i, word.to_string(), EntityKind::Product));
        }
        i += len;
    }
}

/// English names: capitalised words before a company ending, and runs of two or more
/// capitalised words.
fn english(text: &str, out: &mut Vec<(usize, String, EntityKind)>) {
    let words: Vec<(usize, &str)> = split_words(text)
        .into_iter()
        .map(|(at, w)| (at, w.trim_end_matches(['.', '’', '\'']).trim_end_matches("'s")))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let capital = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '&' | '-' | '.'))
            && !EN_NOT_NAMES.contains(&w)
    };
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(|(_, w)| capital(w) || EN_SUFFIXES.contains(w)).count();
        if run == 0 {
            i += 1;
            continue;
        }
        let span = &words[i..i + run];
        let (at, first) = span[0];
        let (last_at, last) = span[run - 1];
        let name = &text[at..last_at + last.len()];
        let suffixed = run >= 2 && EN_SUFFIXES.contains(&last);
        if (suffixed || run >= 2) && !EN_SUFFIXES.contains(&first) {
            out.push((at, name.to_string(), EntityKind::Company));
        }
        i += run;
    }
}

/// The words of `text` with their byte offsets (split at spaces and punctuation around
/// words).
fn split_words(text: &str) -> Vec<(usize, &str)> {
    let sep = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '"' | '“' | '”' | '，' | '。');
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (sep(c), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// An ASCII id from an English name ("Arm Holdings" → "arm", "Nordhafen Energie AG" →
/// "nordhafen_energie"); `None` without ASCII letters.
fn slug(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().filter(|w| !EN_SUFFIXES.contains(w)).collect();
    let s: String = words
        .join("_")
        .chars()
        .filter_map(|c| match c {
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            '_' | '-' => Some('_'),
            _ => None,
        })
        .collect();
    let s = s.trim_matches('_').to_string();
    (s.chars().any(|c| c.is_ascii_lowercase())).then_some(s)
}

/// The entities `text` names at least twice (a company name with an English ending once
/// is enough), in the order they first appear.
///
/// ```
/// use ipo_lens::studio::entities;
/// let e = entities("壁仞科技上市。摩尔线程、沐曦股份也上市了。壁仞科技、沐曦股份和摩尔线程。");
/// let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["壁仞科技", "摩尔线程", "沐曦股份"]);
/// assert_eq!(e[0].id, "company1");
/// ```
pub fn entities(text: &str) -> Vec<Proposed> {
    let mut found = Vec::new();
    chinese(text, &mut found);
    products(text, &mut found);
    english(text, &mut found);
    found.sort_by_key(|(at, ..)| *at);
    let mut out: Vec<Proposed> = Vec::new();
    let mut numbers = [0usize; 5];
    for (_, name, kind) in found {
        if out.iter().any(|p| p.name == name) {
            continue;
        }
        let alias = name.split_whitespace().next().filter(|_| kind == EntityKind::Company && name.contains(' '));
        let alias = alias.filter(|a| !EN_SUFFIXES.contains(a) && count(text, a) > count(text, &name)).map(String::from);
        let alias = alias.as_deref();
        let times = alias.map_or_else(|| count(text, &name), |a| count(text, a));
        let suffixed = name.split_whitespace().last().is_some_and(|w| EN_SUFFIXES.contains(&w));
        if times < 2 && !suffixed {
            continue;
        }
        // a name inside a longer proposed one (沐曦股份 in 沐曦股份有限公司) is that one
        if out.iter().any(|p| p.name.contains(&name) || alias.is_some_and(|a| p.aliases.iter().any(|x| x == a))) {
            continue;
        }
        let id = match kind {
            EntityKind::Product => name.to_ascii_lowercase(),
            _ => slug(&name).unwrap_or_else(|| {
                let (n, word) = match kind {
                    EntityKind::Market => (&mut numbers[1], "market"),
                    _ => (&mut numbers[0], "company"),
                };
                *n += 1;
                format!("{word}{n}")
            }),
        };
        let id = if out.iter().any(|p| p.id == id) { format!("{id}_{}", out.len() + 1) } else { id };
        out.push(Proposed { id, name, kind, count: times, aliases: alias.map(String::from).into_iter().collect() });
    }
    out
}

/// A place where the text names a proposed entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the name in the text.
    pub at: usize,
    pub end: usize,
    /// Index into the proposed entities.
    pub entity: usize,
    /// Named in a list (包括启明创投、平安人寿 / "including X, Y"): one of several, rarely
    /// the subject of the numbers after it.
    pub listed: bool,
}

/// Every mention of a proposed entity in `text` (by name or alias), in text order; at
/// each place the longest name wins.
pub fn mentions(text: &str, proposed: &[Proposed]) -> Vec<Mention> {
    let mut all: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in proposed.iter().enumerate() {
        for name in std::iter::once(&p.name).chain(&p.aliases) {
            all.extend(text.match_indices(name.as_str()).map(|(at, n)| (at, at + n.len(), i)));
        }
    }
    all.sort_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)));
    let mut out = Vec::new();
    let mut covered = 0;
    for (at, end, entity) in all {
        if at >= covered {
            let before = text[..at].trim_end();
            let after = text[end..].trim_start();
            let listed = ["、", "包括", "including", "such as", "如"].iter().any(|w| before.ends_with(w))
                || ["、", "等"].iter().any(|w| after.starts_with(w));
            out.push(Mention { at, end, entity, listed });
            covered = end;
        }
    }
    out
}
