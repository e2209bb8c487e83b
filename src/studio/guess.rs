//! Guessing a figure's metric, entity and key from the words around it, for the studio's
//! table to pre-fill: the editor confirms or changes each. The metric comes from the
//! nearest word of [`RULES`](super::rules::RULES) that names a metric of the figure's own
//! unit, looked for first in the figure's clause (before it, then after it), then in the
//! clauses before it in the sentence; a weak word (股价) only where nothing else fits; a
//! unit only one metric has (颗 → chip units) last. Every guess says which words led to it.

use serde::Serialize;

use super::entities::{Mention, Proposed};
use super::rules::{Rule, HIGH, LATER, LISTING_DAY, OFFER, PEAK, RULES};
use crate::extract::{Found, Role};
use crate::model::{metric, EntityKind, Period, Unit, METRICS};

/// What the studio proposes for one number.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Guess {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<&'static str>,
    /// The id of a proposed entity (see [`entities`](super::entities)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The words that led to the guess ("净募资", "收盘 + 1月2日"); empty without one.
    pub why: String,
}

/// A word of a rule found in a sentence (byte range in the sentence).
struct Hit {
    start: usize,
    end: usize,
    rule: &'static Rule,
    word: &'static str,
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '&'
}

/// Whether `word` stands at byte `i` of `s` (ASCII letters in any case, as a whole word).
fn word_at(s: &str, i: usize, word: &str) -> bool {
    let Some(here) = s.get(i..i + word.len()) else { return false };
    if !here.eq_ignore_ascii_case(word) {
        return false;
    }
    let ascii_start = word.starts_with(|c: char| c.is_ascii_alphanumeric());
    let ascii_end = word.ends_with(|c: char| c.is_ascii_alphanumeric());
    let before = s[..i].chars().next_back();
    let after = s[i + word.len()..].chars().next();
    !(ascii_start && before.is_some_and(is_word_char) || ascii_end && after.is_some_and(is_word_char))
}

/// Every rule word in `s`, a word inside a longer one dropped.
fn hits(s: &str) -> Vec<Hit> {
    let mut all = Vec::new();
    for (i, _) in s.char_indices() {
        for rule in RULES {
            for &word in rule.words {
                if word_at(s, i, word) {
                    all.push(Hit { start: i, end: i + word.len(), rule, word });
                }
            }
        }
    }
    let inside = |h: &Hit, o: &Hit| o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start;
    let keep: Vec<bool> = all.iter().map(|h| !all.iter().any(|o| inside(h, o))).collect();
    all.into_iter().zip(keep).filter_map(|(h, k)| k.then_some(h)).collect()
}

/// Characters that end a clause.
fn is_clause_end(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | '。' | ':' | '：' | '!' | '！' | '?' | '？')
}

fn clause_of(s: &str, at: usize) -> usize {
    s.get(..at).map_or(0, |t| t.chars().filter(|&c| is_clause_end(c)).count())
}

/// The clause of `s` holding byte `at`.
fn clause(s: &str, at: usize) -> &str {
    let start = s.get(..at).and_then(|t| t.rfind(is_clause_end)).map_or(0, |i| i + 1);
    let end = s.get(at..).and_then(|t| t.find(is_clause_end)).map_or(s.len(), |i| at + i);
    s.get(start..end).unwrap_or_default()
}

/// The metric of `rule` in `unit`, if it has one.
fn metric_in(rule: &Rule, unit: Unit) -> Option<&'static str> {
    rule.metrics.iter().copied().find(|m| metric(m).is_some_and(|m| m.unit == unit))
}

/// The metric guessed for a figure and the words that led to it.
pub fn metric_of(f: &Found) -> Option<(&'static str, String)> {
    let unit = f.unit?;
    // 一 before a measure word is mostly an article (最后一轮估值, 一个顶尖人才), not a count
    if f.role != Role::Figure || (f.as_written.starts_with('一') && f.value == 1.0) {
        return None;
    }
    let s = f.sentence.as_str();
    let at = f.start.saturating_sub(f.sentence_start).min(s.len());
    let end = f.end.saturating_sub(f.sentence_start).min(s.len());
    let own = clause_of(s, at);
    let found = hits(s);
    let fits: Vec<(&Hit, &'static str, usize)> = found
        .iter()
        .filter_map(|h| metric_in(h.rule, unit).map(|m| (h, m, clause_of(s, h.start))))
        .filter(|(h, _, c)| h.end <= at || (*c == own && h.start >= end))
        .collect();
    let pick = |weak: bool| {
        (0..=own).rev().find_map(|c| {
            fits.iter()
                .filter(|(h, _, hc)| *hc == c && (h.rule.rank == 0) == weak)
                .min_by_key(|(h, ..)| {
                    let before = h.end <= at;
                    let distance = if before { at - h.end } else { h.start - end };
                    (std::cmp::Reverse(h.rule.rank), !before, distance)
                })
                .map(|(h, m, _)| (*m, h.word))
        })
    };
    if let Some((m, word)) = pick(false).or_else(|| pick(true)) {
        return Some(refine(m, word, f, s, clause(s, at)));
    }
    let mut of_unit = METRICS.iter().filter(|m| m.unit == unit);
    match (of_unit.next(), of_unit.next()) {
        (Some(only), None) => Some((only.name, f.as_written.clone())),
        _ => None,
    }
}

/// The metric a word points to, made precise by the rest of the sentence.
fn refine(m: &'static str, word: &str, f: &Found, s: &str, clause: &str) -> (&'static str, String) {
    let is_date = |p: &Option<String>| p.as_deref().is_some_and(|p| matches!(Period::parse(p), Ok(Period::Date(..))));
    let found = |words: &[&'static str], in_: &str| {
        let lower = in_.to_ascii_lowercase();
        words.iter().copied().find(|w| lower.contains(w))
    };
    let switched = match m {
        "first_day_close" if !is_date(&f.period) && found(LISTING_DAY, s).is_none() => {
            Some(("latest_price", found(&["截至目前", "目前", "currently", "now"], s)))
        }
        "first_day_high" if found(LISTING_DAY, s).is_none() => found(LATER, s).map(|w| ("later_high", Some(w))),
        "gain_first_day_close" => found(HIGH, s).map(|w| ("gain_first_day_high", Some(w))),
        "market_cap_close" => found(PEAK, clause).map(|w| ("market_cap_peak", Some(w))),
        "last_private_valuation" => found(OFFER, s).map(|w| ("ipo_valuation", Some(w))),
        _ => None,
    };
    match switched {
        Some((m, Some(w))) => (m, format!("{word} + {w}")),
        Some((m, None)) => (m, word.to_string()),
        None => (m, word.to_string()),
    }
}

/// Whether a metric is about a market (its figure's entity is the market).
fn of_market(m: &str) -> bool {
    matches!(m, "market_size" | "market_cagr" | "market_share" | "market_players")
}

/// Which of several entities named before 分别/"respectively" the figure goes with: the
/// k-th entity for the k-th number of the list (摩尔线程和沐曦股份…分别至587.9元/股、580.1元/股).
fn respectively(f: &Found, proposed: &[Proposed], seen: &[Mention]) -> Option<usize> {
    let s = f.sentence.as_str();
    let at = f.start.saturating_sub(f.sentence_start).min(s.len());
    let head = s.get(..at)?;
    let word = head.rfind("分别").or_else(|| head.rfind("分別")).or_else(|| head.find("respectively"))?;
    let k = head[word..].matches(['、', ',']).count();
    let named: Vec<usize> = seen
        .iter()
        .filter(|m| m.at >= f.sentence_start && m.at < f.sentence_start + word)
        .map(|m| m.entity)
        .filter(|&i| proposed[i].kind == EntityKind::Company)
        .fold(Vec::new(), |mut v, i| {
            if !v.contains(&i) {
                v.push(i);
            }
            v
        });
    (named.len() >= 2).then(|| named.get(k).copied()).flatten()
}

/// The full guess for `f`: its metric, and the entity of the nearest preceding mention
/// (`seen`, from [`mentions`](super::mentions)) of a proposed entity of the right kind (a
/// market for market figures, a company otherwise, not one named in a list; a product
/// beside chip sales becomes the key).
pub fn guess(f: &Found, proposed: &[Proposed], seen: &[Mention]) -> Guess {
    let Some((m, why)) = metric_of(f) else {
        return Guess { why: String::new(), ..Guess::default() };
    };
    let before = |kind: &[EntityKind]| {
        let fits = |x: &&Mention| x.at < f.start && kind.contains(&proposed[x.entity].kind);
        let unlisted = seen.iter().rev().filter(fits).find(|x| !x.listed);
        unlisted.or_else(|| seen.iter().rev().find(fits)).map(|x| x.entity)
    };
    let in_sentence = |i: usize| seen.iter().any(|x| x.entity == i && x.at >= f.sentence_start && x.at < f.start);
    let company = [EntityKind::Company, EntityKind::Group, EntityKind::Person];
    let (entity, key) = if of_market(m) {
        let market = before(&[EntityKind::Market]);
        let key = (m == "market_share").then(|| before(&company)).flatten().filter(|&i| in_sentence(i));
        (market.or_else(|| before(&company)), key.map(|i| proposed[i].id.clone()))
    } else if matches!(m, "int8_tops" | "process_node") {
        (before(&[EntityKind::Product]).or_else(|| before(&company)), None)
    } else if m == "chip_units" {
        let product = before(&[EntityKind::Product]).filter(|&i| in_sentence(i));
        (before(&company), product.map(|i| proposed[i].name.clone()))
    } else {
        let who = respectively(f, proposed, seen).or_else(|| before(&company));
        (who.or_else(|| before(&[EntityKind::Product])), None)
    };
    Guess { metric: Some(m), entity: entity.map(|i| proposed[i].id.clone()), key, why }
}
