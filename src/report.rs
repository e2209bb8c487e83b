//! The checkers' report on a dataset file, as one text in the editor's language: every
//! problem ([`model::check`], errors then warnings), every derived figure next to its
//! recomputation ([`calc::check_all`]), which views show each figure and fact
//! ([`chart::reach`]), a warning for each one no view shows, and a last line counting it
//! all. The native `fact-check` and the packaged `npx ipo-lens check` (through the wasm
//! export `checkReport`) both print this, so they print the same thing.
//!
//! Reading files stays with the caller: [`text_files`] says which source texts to read
//! (relative to the dataset file), [`report`] takes what was read and what could not be.
//!
//! ```
//! use ipo_lens::report::report;
//! use ipo_lens::model::DEFAULT_JSON;
//! let r = report("biren.json", DEFAULT_JSON, &[], &[], ipo_lens::Lang::En);
//! assert!(r.text.starts_with("biren.json: valid"));
//! assert_eq!(r.exit_code, 2); // two figures of the article contradict its own inputs
//! ```

use serde::Serialize;

use crate::calc::{check_all, Check, Verdict};
use crate::chart::{plain, reach, scaled, How, Reach, Unseen};
use crate::i18n::ReportWords;
use crate::model::{self, Dataset, Severity};
use crate::Lang;

/// A source's text file named in the dataset (`sources[i].text`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextFile {
    /// The source's id.
    pub source: String,
    /// The JSON path of the `text` field (`sources[0].text`).
    pub path: String,
    /// The file, as written (relative to the dataset file).
    pub file: String,
}

/// Why a file could not be read (the same words whoever read it: Rust or Node).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadError {
    NotFound,
    Unreadable,
    NotText,
}

impl ReadError {
    /// From a Rust I/O error.
    pub fn of(e: &std::io::Error) -> ReadError {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            std::io::ErrorKind::InvalidData => ReadError::NotText,
            _ => ReadError::Unreadable,
        }
    }

    fn says(self, r: &ReportWords) -> &'static str {
        match self {
            ReadError::NotFound => r.not_found,
            ReadError::Unreadable => r.unreadable,
            ReadError::NotText => r.not_text,
        }
    }
}

/// A source text the checker could not read: its [`TextFile`] and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Unread {
    pub path: String,
    pub file: String,
    pub why: ReadError,
}

/// One problem, in the report's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub path: String,
    pub severity: Severity,
    pub message: String,
}

/// What the checkers print and how they exit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The whole report, lines ending in `\n`.
    pub text: String,
    /// 1 when the file is invalid (or unreadable), 2 when a derived figure is contradicted
    /// by the dataset's own inputs, else 0.
    pub exit_code: u8,
    /// Errors, then warnings.
    pub problems: Vec<Line>,
    /// The derived figures with their recomputation.
    pub checks: Vec<Check>,
    /// Where each figure and fact is shown (empty for an invalid file).
    pub reach: Vec<Reach>,
}

/// The source texts `json` names (read leniently: also from a file with errors, so that
/// its quotes can be looked for as soon as the file reads as JSON).
pub fn text_files(json: &str) -> Vec<TextFile> {
    // only what is needed, every other field ignored
    #[derive(serde::Deserialize)]
    struct File {
        #[serde(default)]
        sources: Vec<Src>,
    }
    #[derive(serde::Deserialize)]
    struct Src {
        #[serde(default)]
        id: String,
        #[serde(default)]
        text: Option<String>,
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let Ok(file) = serde_json::from_str::<File>(json) else { return Vec::new() };
    file.sources
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| Some(TextFile { source: s.id, path: format!("sources[{i}].text"), file: s.text? }))
        .collect()
}

/// The report for a file that could not be read at all.
pub fn unreadable(name: &str, why: ReadError, lang: Lang) -> Report {
    let r = lang.report();
    let message = (r.cannot_read)(name, why.says(r));
    Report {
        text: format!("{message}\n"),
        exit_code: 1,
        problems: vec![Line { path: String::new(), severity: Severity::Error, message }],
        checks: Vec::new(),
        reach: Vec::new(),
    }
}

/// The report on the dataset `json` (read from the file `name`), with the texts of its
/// sources by source id and the source texts that could not be read.
pub fn report(name: &str, json: &str, texts: &model::SourceTexts, unread: &[Unread], lang: Lang) -> Report {
    let w = lang.words();
    let r = lang.report();
    let checked = model::check(json, texts);
    let mut problems: Vec<Line> = checked
        .problems
        .iter()
        .map(|p| Line { path: p.path.clone(), severity: p.severity, message: p.message(lang) })
        .collect();
    for u in unread {
        let message = (r.source_text_unread)(&u.file, u.why.says(r));
        problems.push(Line { path: u.path.clone(), severity: Severity::Warning, message });
    }
    let (mut checks, mut places) = (Vec::new(), Vec::new());
    if let Some(d) = &checked.data {
        checks = check_all(d);
        let (all, failed) = reach(d);
        for f in failed {
            let view = if f.metric.is_empty() { f.view.to_string() } else { format!("{} ({})", f.view, f.metric) };
            let message = (r.view_failed)(&view, &f.error);
            problems.push(Line { path: String::new(), severity: Severity::Warning, message });
        }
        for x in &all {
            if let Some(u) = &x.unseen {
                let message = (r.not_shown)(&x.id, &why(d, x, u, lang));
                problems.push(Line { path: x.path.clone(), severity: Severity::Warning, message });
            }
        }
        places = all;
    }
    // errors first, each group in the order found
    problems.sort_by_key(|p| p.severity != Severity::Error);
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    let contradicted = checks.iter().filter(|c| c.verdict == Verdict::Inconsistent).count();

    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    match &checked.data {
        Some(d) if errors == 0 => line(&(r.valid)(name, d.figures.len(), d.facts.len())),
        _ => line(&(r.invalid)(name, errors)),
    }
    for (head, severity, tag) in [(r.errors, Severity::Error, r.error), (r.warnings, Severity::Warning, r.warning)] {
        let group: Vec<&Line> = problems.iter().filter(|p| p.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        line("");
        line(head);
        for p in group {
            let at = if p.path.is_empty() { String::new() } else { w.labelled(&p.path, "") };
            line(&format!("  {tag:<7} {at}{}", p.message));
        }
    }
    match &checked.data {
        Some(d) if errors == 0 => {
            line("");
            line(r.derived_head);
            if checks.is_empty() {
                line(&format!("  {}", r.no_derived));
            }
            for c in &checks {
                line(&derived(c, lang));
            }
            line("");
            line(r.reach_head);
            let width = places.iter().map(|x| x.id.chars().count()).max().unwrap_or(0);
            for x in &places {
                line(&format!("  {:<width$}  {}", x.id, shown_in(x, d, lang)));
            }
            line("");
            line(&(r.summary)(checks.len(), contradicted, warnings));
        }
        _ => {
            line("");
            line(r.not_checked);
        }
    }
    let exit_code = if errors > 0 {
        1
    } else if contradicted > 0 {
        2
    } else {
        0
    };
    Report { text: out, exit_code, problems, checks, reach: places }
}

/// One derived figure: mark, id, stated, recomputed, verdict.
fn derived(c: &Check, lang: Lang) -> String {
    let w = lang.words();
    let num = |v: f64| if v.abs() >= 1e4 { scaled(v, lang) } else { plain(v, 2) };
    let show = |lo: f64, hi: f64| if (hi - lo).abs() < 1e-12 { num(lo) } else { format!("{}..{}", num(lo), num(hi)) };
    let mark = match c.verdict {
        Verdict::Consistent => "ok",
        Verdict::ConsistentIfTruncated => "~",
        Verdict::Inconsistent => "NO",
    };
    format!(
        "  {mark:<3} {:<48} {} {:<24} {} {:<24} {}",
        c.figure,
        lang.report().stated,
        show(c.stated.lo, c.stated.hi),
        lang.report().recomputed,
        show(c.recomputed.lo, c.recomputed.hi),
        (w.verdict)(c.verdict)
    )
}

/// "listing-day: gain, lot-profit; demand: subscription (as text)", or "—".
fn shown_in(x: &Reach, _d: &Dataset, lang: Lang) -> String {
    let w = lang.words();
    if x.seen.is_empty() {
        return "—".to_string();
    }
    let mut views: Vec<(&str, Vec<String>)> = Vec::new();
    for s in &x.seen {
        let metric = match (s.metric, s.how) {
            ("", How::Point) => None,
            ("", How::Text) => Some(lang.report().as_text.to_string()),
            (m, How::Point) => Some(m.to_string()),
            (m, How::Text) => Some(format!("{m}{}", w.aside(lang.report().as_text))),
        };
        match views.iter_mut().find(|(v, _)| *v == s.view) {
            Some((_, ms)) => ms.extend(metric),
            None => views.push((s.view, metric.into_iter().collect())),
        }
    }
    views
        .iter()
        .map(|(v, ms)| if ms.is_empty() { v.to_string() } else { w.labelled(v, &ms.join(lang.report().comma)) })
        .collect::<Vec<_>>()
        .join(lang.report().semicolon)
}

/// Why a figure or fact is shown by no view, in words.
fn why(d: &Dataset, x: &Reach, u: &Unseen, lang: Lang) -> String {
    let w = lang.words();
    let r = lang.report();
    let quoted = |items: Vec<String>| {
        let q: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
        (w.and_list)(&q.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let f = d.figures.iter().find(|f| f.id == x.id);
    let (metric, entity, period, kind) = f.map_or(("", "", "", ""), |f| {
        (f.metric.as_str(), f.entity.as_str(), f.period.as_str(), f.period_kind.as_str())
    });
    match u {
        Unseen::Metric => (r.unseen_metric)(metric),
        Unseen::Entity { shown_for } => (r.unseen_entity)(entity, metric, &quoted(shown_for.clone())),
        Unseen::PeriodKind { shown } => (r.unseen_period_kind)(
            metric,
            &format!("\"{kind}\""),
            &quoted(shown.iter().map(|k| k.as_str().to_string()).collect()),
        ),
        Unseen::Period { shown } => (r.unseen_period)(metric, &format!("\"{period}\""), &quoted(shown.clone())),
        Unseen::Repeat { of } => (r.unseen_repeat)(of),
        Unseen::Fact => r.unseen_fact.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DEFAULT_JSON;

    #[test]
    fn the_default_dataset_in_every_language() {
        for lang in Lang::ALL {
            let r = report("biren-2026.json", DEFAULT_JSON, &[], &[], lang);
            assert_eq!(r.exit_code, 2, "{}", r.text);
            assert!(r.text.contains("NO  biren.gain_first_day_high.2026-01-02"), "{}", r.text);
            assert!(r.problems.iter().all(|p| p.severity == Severity::Warning), "{:?}", r.problems);
            assert!(!r.reach.is_empty());
        }
        let r = report("biren-2026.json", DEFAULT_JSON, &[], &[], Lang::En);
        // a figure printed beside a chart is shown "as text"
        let line = r.text.lines().find(|l| l.starts_with("  biren.retail_applicants.2026-01-02 ")).expect("its line");
        assert!(line.ends_with("  demand: subscription (as text)"), "{line}");
    }

    #[test]
    fn an_invalid_file_exits_1_and_says_what_is_not_checked() {
        let bad = DEFAULT_JSON.replacen("\"format\": \"ipo-lens/1\"", "\"format\": \"ipo-lens/2\"", 1);
        let r = report("bad.json", &bad, &[], &[], Lang::En);
        assert_eq!(r.exit_code, 1);
        assert!(r.text.starts_with("bad.json: invalid — 1 error\n"), "{}", r.text);
        assert!(r.text.contains("  error   format: must be \"ipo-lens/1\""), "{}", r.text);
        assert!(r.text.ends_with("Derived figures and views are checked once the errors are fixed.\n"), "{}", r.text);
        let r = report("bad.json", &bad, &[], &[], Lang::Zh);
        assert!(r.text.starts_with("bad.json：无效——1处错误\n"), "{}", r.text);
    }

    #[test]
    fn a_figure_no_view_shows_is_a_warning_that_says_why() {
        // revenue of a company the financials do not draw (it draws the story's company)
        let mut d: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("json");
        let figures = d["figures"].as_array_mut().expect("figures");
        let i = figures.iter().position(|f| f["metric"] == "revenue").expect("a revenue figure");
        let mut copy = figures[i].clone();
        copy["id"] = "metax.revenue".into();
        copy["entity"] = "metax".into();
        figures.push(copy);
        let n = figures.len() - 1;
        let json = serde_json::to_string(&d).expect("json");
        let r = report("x.json", &json, &[], &[], Lang::En);
        let p = r.problems.iter().find(|p| p.path == format!("figures[{n}]")).expect("a warning for the copy");
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(
            p.message,
            "\"metax.revenue\" is shown by no view: the views show \"revenue\" for \"biren\" only, not for \"metax\""
        );
        assert!(
            r.text.contains(&format!("  warning figures[{n}]: \"metax.revenue\" is shown by no view")),
            "{}",
            r.text
        );
        let line = r.text.lines().find(|l| l.starts_with("  metax.revenue ")).expect("its line");
        assert!(line.ends_with(" —"), "{line}");
    }

    #[test]
    fn source_texts_are_found_in_a_file_with_errors_too() {
        let json = r#"{"format": 1, "sources": [{"id": "a", "text": "a.txt"}, {"id": "b"}]}"#;
        let files = text_files(json);
        assert_eq!(files, [TextFile { source: "a".into(), path: "sources[0].text".into(), file: "a.txt".into() }]);
        let unread = [Unread { path: "sources[0].text".into(), file: "a.txt".into(), why: ReadError::NotFound }];
        let r = report("x.json", DEFAULT_JSON, &[], &unread, Lang::En);
        assert!(
            r.text.contains("  warning sources[0].text: the source's text \"a.txt\": no such file; its quotes are not looked for in it"),
            "{}",
            r.text
        );
    }
}
