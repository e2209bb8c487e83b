//! The checker's words in English.

use super::problems::scale_index;
use crate::model::{number, Expected, Got, Kind, PeriodWhy, Syntax, What};

fn got(g: &Got) -> String {
    match g {
        Got::Text(s) => format!("the text \"{s}\""),
        Got::Number(n) => format!("the number {n}"),
        Got::Bool(b) => b.to_string(),
        Got::Null => "null".to_string(),
        Got::List => "a list [ … ]".to_string(),
        Got::Object => "an object { … }".to_string(),
        Got::Nothing => "nothing".to_string(),
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "a number",
        Expected::Text => "a text in quotes",
        Expected::Texts => "texts by language, such as {\"zh\": \"…\", \"en\": \"…\"}",
        Expected::List => "a list [ … ]",
        Expected::Object => "an object { … }",
        Expected::Pair => "a date and a price, such as [\"2026-01-02\", 34.46]",
        Expected::Bool => "true or false",
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::MissingComma => "a comma is missing between two entries".to_string(),
        Syntax::MissingQuote { before } => {
            format!("a quote mark is missing before {before} (names and texts go in straight double quotes)")
        }
        Syntax::FullWidth { got, write } => {
            format!("the full-width \"{got}\" must be the plain \"{write}\" (type it with English input)")
        }
        Syntax::CurlyQuote { got } => format!("JSON needs straight double quotes (\"), not {got}"),
        Syntax::TrailingComma => "a comma after the last entry: remove it".to_string(),
        Syntax::LineBreakInText => "a line break inside a text: keep the text on one line (or write \\n)".to_string(),
        Syntax::ControlInText => "a tab or other control character inside a text: remove it (or write \\t)".to_string(),
        Syntax::EndsEarly { open: '"' } => "the file ends too early: a text has no closing quote mark".to_string(),
        Syntax::EndsEarly { open: '[' } => "the file ends too early: a closing ] is missing".to_string(),
        Syntax::EndsEarly { .. } => "the file ends too early: a closing } is missing".to_string(),
        Syntax::Empty => "the file is empty".to_string(),
        Syntax::MissingColon => "a colon (:) is missing after the name".to_string(),
        Syntax::TrailingCharacters { got } => {
            format!("the data has ended before this \"{got}\": remove it, or an extra closing bracket before it")
        }
        Syntax::BadEscape => "a backslash (\\) JSON cannot read: write \\\\ for a backslash".to_string(),
        Syntax::BadNumber { got } => {
            format!("\"{got}\" is not a number JSON can hold (write digits, such as 0.5 or 1200)")
        }
        Syntax::TooDeep => "lists or objects are nested more than 128 levels deep".to_string(),
        Syntax::Unexpected { got } => format!("\"{got}\" is not expected here"),
    }
}

fn did_you_mean(s: &Option<String>, otherwise: &str) -> String {
    match s {
        Some(s) => format!(": did you mean \"{s}\"?"),
        None => otherwise.to_string(),
    }
}

fn grouped(v: f64) -> String {
    let s = number(v);
    if s.contains(['.', 'e']) || s.len() < 5 {
        return s;
    }
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The message for `kind`.
pub fn message(kind: &Kind) -> String {
    match kind {
        Kind::Syntax { line, column, what } => format!("line {line}, column {column}: {}", syntax(what)),
        Kind::NotAnObject { got: g } => format!("the file must hold one JSON object {{ … }}, got {}", got(g)),
        Kind::WrongType { expected: e, got: g } => format!("must be {}, got {}", expected(*e), got(g)),
        Kind::NumberInQuotes { got, write } => {
            format!("must be a number, got the text \"{got}\": write {write}, without quotes")
        }
        Kind::NotFinite { got } => format!("must be a finite number, got {got}"),
        Kind::MissingField { field } => format!("the field \"{field}\" is missing"),
        Kind::UnknownField { field, suggestion } => {
            format!("unknown field \"{field}\"{}", did_you_mean(suggestion, " (data/README.md lists the fields)"))
        }
        Kind::UnknownValue { got, allowed, suggestion } => {
            let otherwise = format!(": use one of {}", allowed.join(", "));
            format!("\"{got}\" is not a value this field takes{}", did_you_mean(suggestion, &otherwise))
        }
        Kind::UnknownCurrency { got, suggestion: Some(s) } => {
            format!("\"{got}\" is not a currency code: write {s}")
        }
        Kind::UnknownCurrency { got, suggestion: None } => {
            format!("\"{got}\" is not a currency code: write the three-letter ISO code, such as CNY, HKD, USD or EUR")
        }
        Kind::WrongFormat { got } => format!("must be \"ipo-lens/1\", got \"{got}\""),
        Kind::EmptyList => "must hold at least one entry, got none".to_string(),
        Kind::TooMany { count, max } => format!("holds {count} entries; at most {max} are accepted"),
        Kind::TooLong { bytes, max } => format!("is {bytes} bytes long; at most {max} are accepted"),
        Kind::ControlChar { at, code } => format!("holds the control character U+{code:04X} at character {at}; remove it"),
        Kind::NoText => "needs a text in \"zh\", \"zh-Hant\" or \"en\", got none".to_string(),
        Kind::EmptyId => "the id must not be empty".to_string(),
        Kind::DuplicateId { id, first } => format!("the id \"{id}\" is already used by {first}"),
        Kind::NoSuch { what, id, suggestion } => {
            let (noun, list) = match what {
                What::Entity => ("entity", "entities"),
                What::Source => ("source", "sources"),
            };
            format!("there is no {noun} \"{id}\" in {list}{}", did_you_mean(suggestion, ""))
        }
        Kind::NotACompany { id } => format!("\"{id}\" is not a company (see its kind in entities)"),
        Kind::BadPeriod { got, why } => match why {
            PeriodWhy::NoSuchDay => format!("there is no such day: \"{got}\""),
            PeriodWhy::NoSuchMonth => format!("there is no such month: \"{got}\""),
            PeriodWhy::Backwards => format!("the span \"{got}\" ends before it starts"),
            PeriodWhy::BadSpan => format!("a span joins two plain periods (FY2022..H1-2025), got \"{got}\""),
            PeriodWhy::BadQuarter => format!("a quarter is Q1, Q2, Q3 or Q4, got \"{got}\""),
            PeriodWhy::BadMonths => format!("a span of months is 3M, 6M, 9M or 12M, got \"{got}\""),
            PeriodWhy::MonthsWithoutEnd => format!("say which month the months end with, such as 3M-2025-06, got \"{got}\""),
            PeriodWhy::NotADay => format!("must be a day, such as 2026-01-02, got \"{got}\""),
            PeriodWhy::WriteAs(s) => format!("\"{got}\" is not written the way the format reads it: write {s}"),
            PeriodWhy::Unknown => format!("\"{got}\" is not a period: write FY2024, H1-2025, Q3-2025, 9M-2025, FY2024-03, 2025-12, 2026-01-02, FY2022..H1-2025, writing or undated"),
        },
        Kind::NotADate { got } => format!("must be a date (2026-01-02) or a month (2025-12), got \"{got}\""),
        Kind::PeriodKindMismatch { period, is, got } => format!(
            "\"{period}\" is a {}: write period_kind \"{}\", not \"{}\"",
            is.as_str().replace('_', " "),
            is.as_str(),
            got.as_str()
        ),
        Kind::UnknownMetric { got, suggestion } => {
            format!("unknown metric \"{got}\"{}", did_you_mean(suggestion, " (data/README.md lists the metrics)"))
        }
        Kind::UnitMismatch { metric, unit, got } => {
            format!("the metric \"{metric}\" is measured in \"{}\", got \"{}\"", unit.as_str(), got.as_str())
        }
        Kind::TooLarge { got } => format!("must be at most 1e15 in size, got {}", number(*got)),
        Kind::MustBePositive { got } => format!("must be a positive number, got {}", number(*got)),
        Kind::MustNotBeNegative { got } => format!("must not be negative, got {}", number(*got)),
        Kind::NeedsCurrency { unit } => {
            format!("a {} figure needs a currency: an ISO code such as \"CNY\", \"HKD\", \"USD\" or \"EUR\"", unit.as_str())
        }
        Kind::NoCurrencyWanted { unit, got } => {
            format!("a {} figure has no currency: remove \"currency\": \"{got}\"", unit.as_str())
        }
        Kind::RangeNeedsHigh => "a range needs its upper end in \"value_high\"".to_string(),
        Kind::HighNotAbove { value, got } => {
            format!("must be larger than \"value\" ({}), got {}", number(*value), number(*got))
        }
        Kind::HighWithoutRange => {
            "is only for a range: set \"qualifier\" to \"range\", or remove \"value_high\"".to_string()
        }
        Kind::WrittenOneNumber { written } => {
            format!("\"{written}\" holds one number; a range is printed with both ends (\"47–51\")")
        }
        Kind::EmptyQuote => "must quote the sentence the value comes from, got nothing".to_string(),
        Kind::WrittenNotInQuote { written } => {
            format!("\"{written}\" does not occur in the quote: copy it exactly as the quote prints it")
        }
        Kind::WrittenHoldsNoNumber { written } => format!("\"{written}\" holds no number"),
        Kind::WrittenMismatch { written, reads, got } => {
            format!("{} does not match \"{written}\", which reads as {}", number(*got), number(*reads))
        }
        Kind::WrittenScale { written, reads, got, factor } if *factor > 1.0 => {
            let unit = match scale_index(*factor) {
                Some(i) => ["thousands", "ten thousands (万)", "millions", "hundred millions (亿)", "billions", "trillions"][i],
                None => "a larger unit",
            };
            format!(
                "{} is {} times smaller than \"{written}\" ({}): values are written in whole units (yuan, dollars, people), not in {unit}",
                number(*got),
                grouped(*factor),
                number(*reads)
            )
        }
        Kind::WrittenScale { written, reads, got, factor } => format!(
            "{} is {} times larger than \"{written}\" ({}): check the number of zeros",
            number(*got),
            grouped(1.0 / factor),
            number(*reads)
        ),
        Kind::SameCurrency => "an exchange rate is between two different currencies: change \"to\"".to_string(),
        Kind::SeriesOrder => "dates must be real days, each later than the one before".to_string(),
        Kind::SeriesPrice { got } => format!("a price must be a positive number, got {}", number(*got)),
        Kind::QuoteNotInText { file } => {
            format!("the quote does not occur in the source's text ({file}): copy the sentence exactly")
        }
        Kind::OutOfOrder { period, later } => format!(
            "\"{period}\" comes after \"{later}\" in the file; charts draw figures in time order, so check the period"
        ),
        Kind::SamePeriod { other, id } => format!(
            "has the same entity, metric, key and period as {other} (\"{id}\") but another value: a chart shows only one of them; check the period or add a key"
        ),
        Kind::MixedCurrency { got, other, first } => format!(
            "is in {got}, but the listing's prices are in {other} ({first}): a gain or a profit would compare the two without a rate; write every price of the listing in {other}"
        ),
        Kind::ListedTwice { first } => format!(
            "this company has a listing already ({first}): its figures cannot say which listing they belong to; keep one listing"
        ),
        Kind::ShareOver100 { got } => format!("a share is at most 100 %, got {}", number(*got)),
        Kind::DirectionControl { code, at } => format!(
            "holds an invisible direction control (U+{code:04X}) at character {at}, which would reverse the text around it in the chart: delete it"
        ),
        Kind::More { n } => format!("and {n} more problems"),
        Kind::Other(s) => s.clone(),
    }
}
