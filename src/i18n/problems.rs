//! The words of the dataset checker: one function per language turns a problem
//! ([`Kind`]) into a sentence an editor can act on. No parser or type-system words
//! ("f64", "unknown variant", "struct") reach a reader; the values quoted back are the
//! editor's own.

use super::Lang;
use crate::model::{Kind, Problem, Severity};

/// The message of `kind` in `lang` (without the JSON path).
pub fn problem_message(kind: &Kind, lang: Lang) -> String {
    match lang {
        Lang::Zh => super::problems_zh::message(kind),
        Lang::ZhHant => super::problems_zh_hant::message(kind),
        Lang::En => super::problems_en::message(kind),
    }
}

/// `path: message` in `lang`, a warning marked as one.
pub fn problem_line(p: &Problem, lang: Lang) -> String {
    let message = problem_message(p.kind(), lang);
    let message = if p.severity == Severity::Warning {
        match lang {
            Lang::Zh => format!("提醒：{message}"),
            Lang::ZhHant => format!("提示：{message}"),
            Lang::En => format!("warning: {message}"),
        }
    } else {
        message
    };
    if p.path.is_empty() {
        message
    } else {
        super::labelled(&p.path, &message, lang)
    }
}

/// The first line of a list of problems: "3 problems in the data:".
pub fn problems_heading(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("数据中有{n}处问题："),
        Lang::ZhHant => format!("數據中有{n}處問題："),
        Lang::En if n == 1 => "1 problem in the data:".to_string(),
        Lang::En => format!("{n} problems in the data:"),
    }
}

/// The size of a power of ten in a language's words (`1e6` → "millions"), for "written in
/// millions" messages; `None` where there is no such word.
pub(super) fn scale_index(factor: f64) -> Option<usize> {
    [1e3, 1e4, 1e6, 1e8, 1e9, 1e12].iter().position(|s| (factor / s - 1.0).abs() < 1e-9)
}
