//! The words of the dataset checker, the period labels and the charts' phrases with values
//! (`phrases.rs`): one string of templates per language (`problems_{en,zh,zh_hant}.rs`)
//! turns a problem ([`Kind`]), a [`Period`] or a phrase into words. No parser or type-system words ("f64", "unknown variant", "struct") reach
//! a reader; the values quoted back are the editor's own.
//!
//! One match over [`Kind`] (here) picks a message ([`M`]) and its values ([`V`]) for
//! every language; [`fill`] writes them into the language's template at `{0}`, `{1}`, …
//! A language whose templates are not named as the messages, in their order, does not
//! compile; a template that takes another number of values than its message says fails
//! the test `every_template_takes_its_values`. (In the reader's wasm a `format!` per
//! message and language cost 15 KB raw, 1.6 KB gzip more than this; the periods' three
//! functions 0.2 KB gzip more.)

use super::Lang;
use crate::model::{number, Expected, Got, Kind, Period, PeriodWhy, Problem, Severity, Syntax, What};

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident: $n:literal,)*) => {
        /// The problem messages, in the order of each language's templates; the comment
        /// names the values `{0}`, `{1}`, … (the number says how many it takes).
        #[allow(non_camel_case_types)]
        #[allow(dead_code)] // the units are reached by their place after `unit_thousands`
        #[derive(Clone, Copy)]
        pub(super) enum M {
            $($(#[$doc])* $name,)*
        }

        /// The names of [`M`], in order: each language's `templates!` lists them so.
        const NAMES: &[&str] = &[$(stringify!($name),)*];

        /// How many values each message takes.
        #[cfg(test)]
        const VALUES: &[usize] = &[$($n,)*];
    };
}

/// One language's templates, written `name: "template",` in the order of [`M`], as one
/// string (a `\0` after each): a name out of place, missing or extra does not compile.
macro_rules! templates {
    ($($name:ident: $text:literal,)*) => {{
        const _: () = assert!(
            super::problems::in_order(&[$(stringify!($name),)*]),
            "the templates must be named as the messages of problems.rs, in the same order"
        );
        concat!($($text, "\0",)*)
    }};
}
pub(super) use templates;

/// Whether `names` are [`NAMES`], in order (at compile time).
pub(super) const fn in_order(names: &[&str]) -> bool {
    if names.len() != NAMES.len() {
        return false;
    }
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), NAMES[i].as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut j = 0;
        while j < a.len() {
            if a[j] != b[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

messages! {
    // the periods first: a label is looked for on every drawing
    /// The year.
    full_year: 1,
    /// The year, the half (1).
    first_half: 2,
    /// The year, the half (2).
    second_half: 2,
    /// The year, the quarter.
    quarter: 2,
    /// The year.
    nine_months: 1,
    /// The year, the month it ends with.
    year_to: 2,
    /// The year, the month it ends with, how many months.
    months_to: 3,
    /// The year, the month.
    month: 2,
    /// The year, the month, the day.
    date: 3,
    /// The first year, the last.
    years: 2,
    /// The first period, the last.
    span: 2,
    undated: 0,
    as_of_writing: 0,
    /// Between the values of a list ("CNY, HKD").
    sep: 0,
    // the phrases of the charts (`Words`' methods: phrases.rs), the most used first
    /// A label, its value.
    labelled: 2,
    /// The text.
    aside: 1,
    /// The number, the word of its unit.
    count: 2,
    /// The two ends.
    range: 2,
    /// The year.
    forecast_year: 1,
    /// The year, the quarter.
    quarter_short: 2,
    /// The year.
    nine_months_short: 1,
    amounts_in: 1,
    /// From, rate, to, source, as of.
    fx_label: 5,
    fx_reader: 1,
    no_rate: 2,
    subscription_title: 1,
    proceeds_title: 1,
    offering_bound_note: 2,
    valuation_title: 1,
    needs_rate: 1,
    unit_note: 2,
    chips_title: 1,
    customers_title: 1,
    market_size_title: 1,
    market_shares_title: 1,
    ownership_lead: 1,
    /// How many checked, how many contradicted.
    checks_intro: 2,
    /// Stated, inputs, what they give (a function of each table: fact_check.rs picks one).
    check_sentence: 3,
    /// Stated, inputs, what they give (the same).
    bound_sentence: 3,
    repeat_sentence: 2,
    check_ranges: 2,
    and_more: 1,
    /// How many drawn, how many in all.
    drawn_of: 2,
    series_note: 1,
    offer_valuation_title: 1,
    a_loss: 1,
    offering_title: 1,
    /// What the chart is, its title, every value (the language's list_sep between them).
    summary: 3,
    /// Span, rate, stated, forecast_aside or nothing, verdict.
    cagr_line: 5,
    /// When, how many in R&D.
    team_lead: 2,
    /// When (no head count).
    team_lead_undated: 1,
    /// The codes (and_list).
    separate_currencies: 1,
    /// A name, a label.
    named_title: 2,
    /// A label, a value.
    named_value: 2,
    /// The metric's label.
    gain_title: 1,
    /// The half year (one).
    half_year_note: 1,
    /// The half years (more than one).
    half_year_note_many: 1,
    /// The year, the half (1): a half year on an axis.
    half_short: 2,
    /// The year, the half (2 or any other).
    half_short_second: 2,
    /// The year, the month: a date on a long time axis.
    axis_month: 2,
    /// The month, the day: a date on a short time axis.
    axis_day: 2,
    /// The src, the seconds.
    src_timeout: 2,
    /// The size, the most accepted (MB).
    dataset_too_large: 2,
    unit_thousands: 0,
    unit_ten_thousands: 0,
    unit_millions: 0,
    unit_hundred_millions: 0,
    unit_billions: 0,
    unit_trillions: 0,
    /// A unit larger than those of [`scale_index`].
    unit_larger: 0,
    /// The text.
    got_text: 1,
    /// The number as written.
    got_number: 1,
    got_nothing: 0,
    a_list: 0,
    an_object: 0,
    expect_number: 0,
    expect_text: 0,
    expect_texts: 0,
    expect_pair: 0,
    expect_bool: 0,
    /// Line, column, what is wrong.
    syntax: 3,
    missing_comma: 0,
    /// The word after the missing quote.
    missing_quote: 1,
    /// What was typed, what to type.
    full_width: 2,
    /// The quote mark.
    curly_quote: 1,
    trailing_comma: 0,
    line_break_in_text: 0,
    control_in_text: 0,
    ends_in_text: 0,
    ends_in_list: 0,
    ends_in_object: 0,
    empty_file: 0,
    missing_colon: 0,
    /// The character.
    trailing_characters: 1,
    bad_escape: 0,
    /// The number as written.
    bad_number: 1,
    too_deep: 0,
    /// The character.
    unexpected: 1,
    /// What was found.
    not_an_object: 1,
    /// What is expected, what was found.
    wrong_type: 2,
    /// The text, the number to write.
    number_in_quotes: 2,
    /// What was written.
    not_finite: 1,
    /// The field.
    missing_field: 1,
    /// The suggestion.
    did_you_mean: 1,
    /// The field, then `did_you_mean` or `fields_listed`.
    unknown_field: 2,
    fields_listed: 0,
    /// The word, then `did_you_mean` or `one_of`.
    unknown_value: 2,
    /// The words allowed.
    one_of: 1,
    /// What was written, the code to write.
    currency_write: 2,
    /// What was written.
    unknown_currency: 1,
    /// What was written.
    wrong_format: 1,
    empty_list: 0,
    /// How many, the most.
    too_many: 2,
    /// How many bytes, the most.
    too_long: 2,
    /// The place, the code point in hex.
    control_char: 2,
    no_text: 0,
    empty_id: 0,
    /// The id, the path of its first use.
    duplicate_id: 2,
    /// The id, then `did_you_mean` or nothing.
    no_entity: 2,
    /// The id, then `did_you_mean` or nothing.
    no_source: 2,
    /// The id.
    not_a_company: 1,
    /// The day.
    no_such_day: 1,
    /// The month.
    no_such_month: 1,
    /// The span.
    backwards: 1,
    /// What was written.
    bad_span: 1,
    /// What was written.
    bad_quarter: 1,
    /// What was written.
    bad_months: 1,
    /// What was written.
    months_without_end: 1,
    /// What was written.
    not_a_day: 1,
    /// What was written, the code to write.
    write_as: 2,
    /// What was written.
    not_a_period: 1,
    /// What was written.
    not_a_date: 1,
    /// The period, its kind, the kind written, its kind in words (English only).
    period_kind_mismatch: 4,
    /// The metric, then `did_you_mean` or `metrics_listed`.
    unknown_metric: 2,
    metrics_listed: 0,
    /// The metric, its unit, the unit written.
    unit_mismatch: 3,
    /// The value.
    too_large: 1,
    /// The value.
    must_be_positive: 1,
    /// The value.
    must_not_be_negative: 1,
    /// The unit.
    needs_currency: 1,
    /// The unit, the currency written.
    no_currency_wanted: 2,
    range_needs_high: 0,
    /// The value, the upper end.
    high_not_above: 2,
    high_without_range: 0,
    /// The printed form.
    written_one_number: 1,
    empty_quote: 0,
    /// The printed form.
    written_not_in_quote: 1,
    /// The printed form.
    written_holds_no_number: 1,
    /// The printed form, what it reads as, the value.
    written_mismatch: 3,
    /// The printed form, what it reads as, the value, how many times, the unit.
    written_too_small: 5,
    /// The printed form, what it reads as, the value, how many times.
    written_too_large: 4,
    same_currency: 0,
    series_order: 0,
    /// The price.
    series_price: 1,
    /// The source's text file.
    quote_not_in_text: 1,
    /// The period, the later period before it.
    out_of_order: 2,
    /// The path of the other figure, its id.
    same_period: 2,
    /// The currency, the listing's currency, the path of its first price.
    mixed_currency: 3,
    /// The path of the first listing.
    listed_twice: 1,
    /// The share.
    share_over_100: 1,
    /// The code point in hex, the place.
    direction_control: 2,
    /// How many.
    more: 1,
    /// The message.
    warning: 1,
    /// How many (more than one).
    heading: 1,
    heading_one: 0,
}

/// The template `m` in `lang`.
fn template(lang: Lang, m: M) -> &'static str {
    piece(lang, m as usize)
}

/// The `n`th template in `lang`.
fn piece(lang: Lang, n: usize) -> &'static str {
    nth(language(lang), n)
}

/// Every template of `lang`.
fn language(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => super::problems_zh::PROBLEMS,
        Lang::ZhHant => super::problems_zh_hant::PROBLEMS,
        Lang::En => super::problems_en::PROBLEMS,
    }
}

/// The `n`th of the `\0`-ended pieces of `all`.
fn nth(all: &str, n: usize) -> &str {
    let (mut k, mut from) = (0, 0);
    for (i, &c) in all.as_bytes().iter().enumerate() {
        if c == 0 {
            if k == n {
                return &all[from..i];
            }
            k += 1;
            from = i + 1;
        }
    }
    ""
}

/// A value put in a template, written when the message is.
#[derive(Clone, Copy)]
pub(super) enum V<'a> {
    /// A text as it is.
    S(&'a str),
    /// A number as an editor writes it in the file.
    N(f64),
    /// A count or a place.
    U(usize),
    /// A year.
    Y(i32),
    /// A small count in the language's numerals (一 to 十二 in Chinese).
    Count(u8),
    /// A month, 1 to 12, in the language's words.
    Month(u8),
    /// A period in the language's words.
    Period(&'a Period),
    C(char),
    /// A code point in hex, as after "U+" (at least four digits).
    Hex(u32),
    /// A template without values.
    T(M),
    /// A name with spaces for its underscores (`half_year` → "half year").
    Words(&'a str),
    /// Texts joined by the language's `sep`.
    List(&'a [String]),
    /// How many times, in the language's words.
    Times(f64),
    /// A label inside an English sentence, its first letter lowered ("Net loss" →
    /// "net loss", but "R&D" stays); as it is in Chinese.
    LowerFirst(&'a str),
    /// A label lowered throughout in English; as it is in Chinese.
    Lower(&'a str),
    Got(&'a Got),
    Syntax(&'a Syntax),
    /// ": did you mean …?" for a suggestion, else the template (if any).
    Dym(&'a Option<String>, Option<M>),
    /// ": use one of …" with the words of the list.
    OneOf(&'a [String]),
}

/// The template `m` in `lang` with `{0}`, `{1}`, … replaced by `values` (any other brace
/// is kept).
pub(super) fn fill(lang: Lang, m: M, values: &[V]) -> String {
    let mut out = String::new();
    put_template(&mut out, lang, m, values);
    out
}

fn put_template(out: &mut String, lang: Lang, m: M, values: &[V]) {
    let template = template(lang, m);
    let b = template.as_bytes();
    let (mut i, mut from) = (0, 0);
    while i + 2 < b.len() {
        if b[i] == b'{' && b[i + 1].is_ascii_digit() && b[i + 2] == b'}' {
            out.push_str(&template[from..i]);
            put(out, lang, values[usize::from(b[i + 1] - b'0')]);
            i += 3;
            from = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&template[from..]);
}

fn put(out: &mut String, lang: Lang, v: V) {
    match v {
        V::S(s) => out.push_str(s),
        V::N(x) => out.push_str(&number(x)),
        // (every unsigned number as a `u64`: one `to_string` compiled for them all)
        V::U(n) => out.push_str(&(n as u64).to_string()),
        V::Y(y) => out.push_str(&y.to_string()),
        V::Count(n) if lang == Lang::En => out.push_str(&u64::from(n).to_string()),
        V::Count(n) => out.push_str(super::cjk::numeral(n)),
        V::Month(m) if lang == Lang::En => out.push_str(super::en::month(u32::from(m))),
        V::Month(m) => out.push_str(&u64::from(m).to_string()),
        V::Period(p) => put_period(out, lang, p),
        V::C(c) => out.push(c),
        V::Hex(code) => {
            let digits = (32 - code.leading_zeros()).div_ceil(4).max(4);
            for k in (0..digits).rev() {
                out.push(char::from(b"0123456789ABCDEF"[(code >> (4 * k)) as usize & 15]));
            }
        }
        V::T(m) => out.push_str(template(lang, m)),
        V::Words(s) => {
            for c in s.chars() {
                out.push(if c == '_' { ' ' } else { c });
            }
        }
        V::Times(f) => out.push_str(&times(f, lang)),
        V::LowerFirst(s) if lang == Lang::En => out.push_str(&super::en::lower_first(s)),
        V::Lower(s) if lang == Lang::En => out.push_str(&super::case::lower(s)),
        V::LowerFirst(s) | V::Lower(s) => out.push_str(s),
        V::Got(g) => match g {
            Got::Text(s) => put_template(out, lang, M::got_text, &[V::S(s)]),
            Got::Number(n) => put_template(out, lang, M::got_number, &[V::S(n)]),
            Got::Bool(true) => out.push_str("true"),
            Got::Bool(false) => out.push_str("false"),
            Got::Null => out.push_str("null"),
            Got::List => put(out, lang, V::T(M::a_list)),
            Got::Object => put(out, lang, V::T(M::an_object)),
            Got::Nothing => put(out, lang, V::T(M::got_nothing)),
        },
        V::Syntax(s) => {
            let m = match s {
                Syntax::MissingComma => M::missing_comma,
                Syntax::MissingQuote { .. } => M::missing_quote,
                Syntax::FullWidth { .. } => M::full_width,
                Syntax::CurlyQuote { .. } => M::curly_quote,
                Syntax::TrailingComma => M::trailing_comma,
                Syntax::LineBreakInText => M::line_break_in_text,
                Syntax::ControlInText => M::control_in_text,
                Syntax::EndsEarly { open: '"' } => M::ends_in_text,
                Syntax::EndsEarly { open: '[' } => M::ends_in_list,
                Syntax::EndsEarly { .. } => M::ends_in_object,
                Syntax::Empty => M::empty_file,
                Syntax::MissingColon => M::missing_colon,
                Syntax::TrailingCharacters { .. } => M::trailing_characters,
                Syntax::BadEscape => M::bad_escape,
                Syntax::BadNumber { .. } => M::bad_number,
                Syntax::TooDeep => M::too_deep,
                Syntax::Unexpected { .. } => M::unexpected,
            };
            // the values of those that take any: a word, or a character (and the one to type)
            let values = match s {
                Syntax::MissingQuote { before: w } | Syntax::BadNumber { got: w } => [V::S(w), V::U(0)],
                Syntax::FullWidth { got, write } => [V::C(*got), V::C(*write)],
                Syntax::CurlyQuote { got } | Syntax::TrailingCharacters { got } | Syntax::Unexpected { got } => {
                    [V::C(*got), V::U(0)]
                }
                _ => [V::U(0), V::U(0)],
            };
            put_template(out, lang, m, &values);
        }
        V::Dym(Some(s), _) => put_template(out, lang, M::did_you_mean, &[V::S(s)]),
        V::Dym(None, Some(m)) => put(out, lang, V::T(m)),
        V::Dym(None, None) => {}
        V::List(items) => out.push_str(&crate::join(items, template(lang, M::sep))),
        V::OneOf(allowed) => put_template(out, lang, M::one_of, &[V::List(allowed)]),
    }
}

/// A period for people: "2025年上半年" / "H1 2025, half year", "2026年1月2日" / "2 Jan 2026".
pub(super) fn period(p: &Period, lang: Lang) -> String {
    let mut out = String::new();
    put_period(&mut out, lang, p);
    out
}

fn put_period(out: &mut String, lang: Lang, p: &Period) {
    use V::{Count, Month, Y};
    let (m, values): (M, &[V]) = match p {
        Period::FullYear(y) => (M::full_year, &[Y(*y)]),
        Period::HalfYear(y, 1) => (M::first_half, &[Y(*y), V::U(1)]),
        Period::HalfYear(y, h) => (M::second_half, &[Y(*y), V::U(usize::from(*h))]),
        Period::Quarter(y, q) => (M::quarter, &[Y(*y), Count(*q)]),
        Period::NineMonths(y) => (M::nine_months, &[Y(*y)]),
        Period::Months { months: 12, year, month } => (M::year_to, &[Y(*year), Month(*month)]),
        Period::Months { months, year, month } => (M::months_to, &[Y(*year), Month(*month), Count(*months)]),
        Period::Month(y, m) => (M::month, &[Y(*y), Month(*m)]),
        Period::Date(y, m, d) => (M::date, &[Y(*y), Month(*m), V::U(usize::from(*d))]),
        Period::Span(a, b) => match (a.as_ref(), b.as_ref()) {
            (Period::FullYear(x), Period::FullYear(y)) => (M::years, &[Y(*x), Y(*y)]),
            _ => (M::span, &[V::Period(a), V::Period(b)]),
        },
        Period::Undated => (M::undated, &[]),
        Period::AsOfWriting => (M::as_of_writing, &[]),
    };
    put_template(out, lang, m, values);
}

/// `v` with commas between thousands (1,000,000), as English writes a number of times.
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

/// A number of times in the language's words: 1,000,000 in English; in myriads in
/// Chinese (10000 → "1万", 1e8 → "1亿").
fn times(f: f64, lang: Lang) -> String {
    let (wan, yi) = match lang {
        Lang::En => return grouped(f),
        Lang::Zh => ("万", "亿"),
        Lang::ZhHant => ("萬", "億"),
    };
    if f >= 1e8 {
        number(f / 1e8) + yi
    } else if f >= 1e4 {
        number(f / 1e4) + wan
    } else {
        number(f)
    }
}

/// The message of `kind` in `lang` (without the JSON path).
pub fn problem_message(kind: &Kind, lang: Lang) -> String {
    use V::{Got as G, Hex, Words, N, S, U};
    let (m, values): (M, &[V]) = match kind {
        Kind::Syntax { line, column, what } => (M::syntax, &[U(*line), U(*column), V::Syntax(what)]),
        Kind::NotAnObject { got } => (M::not_an_object, &[G(got)]),
        Kind::WrongType { expected, got } => {
            let e = match expected {
                Expected::Number => M::expect_number,
                Expected::Text => M::expect_text,
                Expected::Texts => M::expect_texts,
                Expected::List => M::a_list,
                Expected::Object => M::an_object,
                Expected::Pair => M::expect_pair,
                Expected::Bool => M::expect_bool,
            };
            (M::wrong_type, &[V::T(e), G(got)])
        }
        Kind::NumberInQuotes { got, write } => (M::number_in_quotes, &[S(got), S(write)]),
        Kind::NotFinite { got } => (M::not_finite, &[S(got)]),
        Kind::MissingField { field } => (M::missing_field, &[S(field)]),
        Kind::UnknownField { field, suggestion } => {
            (M::unknown_field, &[S(field), V::Dym(suggestion, Some(M::fields_listed))])
        }
        Kind::UnknownValue { got, allowed, suggestion: None } => (M::unknown_value, &[S(got), V::OneOf(allowed)]),
        Kind::UnknownValue { got, suggestion, .. } => (M::unknown_value, &[S(got), V::Dym(suggestion, None)]),
        Kind::UnknownCurrency { got, suggestion: Some(s) } => (M::currency_write, &[S(got), S(s)]),
        Kind::UnknownCurrency { got, suggestion: None } => (M::unknown_currency, &[S(got)]),
        Kind::WrongFormat { got } => (M::wrong_format, &[S(got)]),
        Kind::EmptyList => (M::empty_list, &[]),
        Kind::TooMany { count, max } => (M::too_many, &[U(*count), U(*max)]),
        Kind::TooLong { bytes, max } => (M::too_long, &[U(*bytes), U(*max)]),
        Kind::ControlChar { at, code } => (M::control_char, &[U(*at), Hex(*code)]),
        Kind::NoText => (M::no_text, &[]),
        Kind::EmptyId => (M::empty_id, &[]),
        Kind::DuplicateId { id, first } => (M::duplicate_id, &[S(id), S(first)]),
        Kind::NoSuch { what: What::Entity, id, suggestion } => (M::no_entity, &[S(id), V::Dym(suggestion, None)]),
        Kind::NoSuch { what: What::Source, id, suggestion } => (M::no_source, &[S(id), V::Dym(suggestion, None)]),
        Kind::NotACompany { id } => (M::not_a_company, &[S(id)]),
        Kind::BadPeriod { got, why: PeriodWhy::WriteAs(s) } => (M::write_as, &[S(got), S(s)]),
        Kind::BadPeriod { got, why } => {
            let m = match why {
                PeriodWhy::NoSuchDay => M::no_such_day,
                PeriodWhy::NoSuchMonth => M::no_such_month,
                PeriodWhy::Backwards => M::backwards,
                PeriodWhy::BadSpan => M::bad_span,
                PeriodWhy::BadQuarter => M::bad_quarter,
                PeriodWhy::BadMonths => M::bad_months,
                PeriodWhy::MonthsWithoutEnd => M::months_without_end,
                PeriodWhy::NotADay => M::not_a_day,
                PeriodWhy::WriteAs(_) => M::write_as,
                PeriodWhy::Unknown => M::not_a_period,
            };
            (m, &[S(got)])
        }
        Kind::NotADate { got } => (M::not_a_date, &[S(got)]),
        Kind::PeriodKindMismatch { period, is, got } => {
            (M::period_kind_mismatch, &[S(period), S(is.as_str()), S(got.as_str()), Words(is.as_str())])
        }
        Kind::UnknownMetric { got, suggestion } => {
            (M::unknown_metric, &[S(got), V::Dym(suggestion, Some(M::metrics_listed))])
        }
        Kind::UnitMismatch { metric, unit, got } => (M::unit_mismatch, &[S(metric), S(unit.as_str()), S(got.as_str())]),
        Kind::TooLarge { got } => (M::too_large, &[N(*got)]),
        Kind::MustBePositive { got } => (M::must_be_positive, &[N(*got)]),
        Kind::MustNotBeNegative { got } => (M::must_not_be_negative, &[N(*got)]),
        Kind::NeedsCurrency { unit } => (M::needs_currency, &[S(unit.as_str())]),
        Kind::NoCurrencyWanted { unit, got } => (M::no_currency_wanted, &[S(unit.as_str()), S(got)]),
        Kind::RangeNeedsHigh => (M::range_needs_high, &[]),
        Kind::HighNotAbove { value, got } => (M::high_not_above, &[N(*value), N(*got)]),
        Kind::HighWithoutRange => (M::high_without_range, &[]),
        Kind::WrittenOneNumber { written } => (M::written_one_number, &[S(written)]),
        Kind::EmptyQuote => (M::empty_quote, &[]),
        Kind::WrittenNotInQuote { written } => (M::written_not_in_quote, &[S(written)]),
        Kind::WrittenHoldsNoNumber { written } => (M::written_holds_no_number, &[S(written)]),
        Kind::WrittenMismatch { written, reads, got } => (M::written_mismatch, &[S(written), N(*reads), N(*got)]),
        Kind::WrittenScale { written, reads, got, factor } if *factor > 1.0 => {
            let unit = match scale_index(*factor) {
                Some(i) => S(piece(lang, M::unit_thousands as usize + i)),
                None => V::T(M::unit_larger),
            };
            (M::written_too_small, &[S(written), N(*reads), N(*got), V::Times(*factor), unit])
        }
        Kind::WrittenScale { written, reads, got, factor } => {
            (M::written_too_large, &[S(written), N(*reads), N(*got), V::Times(1.0 / factor)])
        }
        Kind::SameCurrency => (M::same_currency, &[]),
        Kind::SeriesOrder => (M::series_order, &[]),
        Kind::SeriesPrice { got } => (M::series_price, &[N(*got)]),
        Kind::QuoteNotInText { file } => (M::quote_not_in_text, &[S(file)]),
        Kind::OutOfOrder { period, later } => (M::out_of_order, &[S(period), S(later)]),
        Kind::SamePeriod { other, id } => (M::same_period, &[S(other), S(id)]),
        Kind::MixedCurrency { got, other, first } => (M::mixed_currency, &[S(got), S(other), S(first)]),
        Kind::ListedTwice { first } => (M::listed_twice, &[S(first)]),
        Kind::ShareOver100 { got } => (M::share_over_100, &[N(*got)]),
        Kind::DirectionControl { code, at } => (M::direction_control, &[Hex(*code), U(*at)]),
        Kind::More { n } => (M::more, &[U(*n)]),
        Kind::Other(s) => return s.clone(),
    };
    fill(lang, m, values)
}

/// `path: message` in `lang`, a warning marked as one.
pub fn problem_line(p: &Problem, lang: Lang) -> String {
    let mut message = problem_message(p.kind(), lang);
    if p.severity == Severity::Warning {
        message = fill(lang, M::warning, &[V::S(&message)]);
    }
    if p.path.is_empty() {
        message
    } else {
        super::labelled(&p.path, &message, lang)
    }
}

/// The first line of a list of problems: "3 problems in the data:".
pub fn problems_heading(n: usize, lang: Lang) -> String {
    if n == 1 {
        template(lang, M::heading_one).to_string()
    } else {
        fill(lang, M::heading, &[V::U(n)])
    }
}

/// The size of a power of ten in a language's words (`1e6` → "millions"), for "written in
/// millions" messages; `None` where there is no such word.
pub(super) fn scale_index(factor: f64) -> Option<usize> {
    [1e3, 1e4, 1e6, 1e8, 1e9, 1e12].iter().position(|s| (factor / s - 1.0).abs() < 1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The placeholders `{0}`…`{9}` of a template, in order.
    fn placeholders(template: &str) -> Vec<usize> {
        let b = template.as_bytes();
        (0..b.len().saturating_sub(2))
            .filter(|&i| b[i] == b'{' && b[i + 1].is_ascii_digit() && b[i + 2] == b'}')
            .map(|i| usize::from(b[i + 1] - b'0'))
            .collect()
    }

    /// Values a language may leave out: (language, message, value).
    const UNUSED: &[(&str, &str, usize)] = &[
        ("zh", "period_kind_mismatch", 3),
        ("zh-Hant", "period_kind_mismatch", 3),
        ("zh", "first_half", 1),
        ("zh-Hant", "first_half", 1),
        ("zh", "second_half", 1),
        ("zh-Hant", "second_half", 1),
        ("zh", "half_short", 1),
        ("zh-Hant", "half_short", 1),
        ("zh", "half_short_second", 1),
        ("zh-Hant", "half_short_second", 1),
    ];

    /// What is wrong with a language's templates (`all`, as in `problems_en.rs`).
    fn wrong_templates(tag: &str, all: &str) -> Vec<String> {
        let mut wrong = Vec::new();
        let pieces = all.split_terminator('\0').count();
        if pieces != NAMES.len() {
            wrong.push(format!("{tag}: {pieces} templates for {} messages", NAMES.len()));
        }
        for (m, (name, n)) in NAMES.iter().zip(VALUES).enumerate() {
            let template = nth(all, m);
            let used = placeholders(template);
            for &k in &used {
                if k >= *n {
                    wrong.push(format!("{tag} {name}: {{{k}}} but it takes {n} values: {template}"));
                }
            }
            for k in 0..*n {
                if !used.contains(&k) && !UNUSED.contains(&(tag, name, k)) {
                    wrong.push(format!("{tag} {name}: no {{{k}}}: {template}"));
                }
            }
            if template.is_empty() {
                wrong.push(format!("{tag} {name} is empty"));
            }
        }
        wrong
    }

    #[test]
    fn every_template_takes_its_values() {
        for lang in Lang::ALL {
            let wrong = wrong_templates(lang.tag(), language(lang));
            assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        }
    }

    #[test]
    fn a_wrong_template_is_found() {
        let en = super::super::problems_en::PROBLEMS;
        assert!(wrong_templates("en", en).is_empty());
        let bad = en
            .replace("entries; at most {1}", "entries; at most {2}")
            .replace("a price must be a positive number, got {0}", "a price must be a positive number")
            .replace("the id must not be empty", "");
        let wrong = wrong_templates("en", &bad);
        let names: Vec<&str> = wrong.iter().map(|w| w.split(':').next().unwrap_or("")).collect();
        assert_eq!(names, ["en too_many", "en too_many", "en empty_id is empty", "en series_price"], "{wrong:?}");
        let short = en.replacen("the id must not be empty\0", "", 1);
        let wrong = wrong_templates("en", &short);
        let count = format!("en: {} templates for {} messages", NAMES.len() - 1, NAMES.len());
        assert_eq!(wrong.first(), Some(&count), "{wrong:?}");
    }

    #[test]
    fn values_fill_their_places() {
        // "the field \"{0}\" is missing"
        assert_eq!(fill(Lang::En, M::missing_field, &[V::S("{1} { … }")]), "the field \"{1} { … }\" is missing");
        assert_eq!(fill(Lang::En, M::too_many, &[V::U(7), V::N(5.0)]), "holds 7 entries; at most 5 are accepted");
        for code in [0, 0x1f, 0x9f, 0xfff, 0x202e, 0xffff, 0x10000, 0x10ffff, u32::MAX] {
            assert_eq!(
                fill(Lang::En, M::wrong_format, &[V::Hex(code)]),
                format!("must be \"ipo-lens/1\", got \"{code:04X}\"")
            );
        }
        assert_eq!(fill(Lang::En, M::expect_texts, &[]), "texts by language, such as {\"zh\": \"…\", \"en\": \"…\"}");
    }
}
