//! The phrases of the charts with values in them ("590 people", "Q1 2026", "40 of 2,000
//! drawn; …"): methods of [`Words`] that fill the language's template (`problems_{en,zh,
//! zh_hant}.rs`, the messages after `sep` in `problems.rs`) with one shared function, as
//! the problem messages are. A phrase with more than a fill (English lowering a label's
//! first letter, a list joined, a choice) stays a function of each table. (A `format!`
//! per phrase and language, a function in each table, cost 1.5 KB gzip more in the
//! reader's wasm.)

use super::problems::{fill, M, V};
use super::words::Words;
use crate::model::Period;

/// Phrases whose values are all texts: `name(value, …);`, the values in the order of
/// the template's `{0}`, `{1}`, …
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident($($value:ident),*);)*) => {
        impl Words {
            $(
                $(#[$doc])*
                pub fn $name(&self, $($value: &str),*) -> String {
                    fill(self.lang, M::$name, &[$(V::S($value)),*])
                }
            )*
        }
    };
}

texts! {
    /// "label: value" with the language's colon.
    labelled(label, value);
    /// A parenthesised aside, with the space English puts before it.
    aside(text);
    /// A number and the word of its unit: "590人", "590 people".
    count(n, word);
    /// A range between two values: "US$47–US$51", "47美元至51美元".
    range(a, b);
    amounts_in(currency);
    fx_label(from, rate, to, source, as_of);
    fx_reader(rate);
    no_rate(from, to);
    subscription_title(name);
    proceeds_title(name);
    offering_bound_note(lo, hi);
    valuation_title(name);
    /// A currency was picked but there is no rate: why nothing was converted.
    needs_rate(code);
    unit_note(code, note);
    chips_title(name);
    customers_title(name);
    market_size_title(market);
    market_shares_title(market);
    ownership_lead(when);
    /// A figure printed twice: the two printings.
    repeat_sentence(a, b);
    /// The ranges behind a verdict (the rounding of printed numbers).
    check_ranges(stated, got);
    /// What a bounded view leaves out: "and 1,990 more" (the count as the language writes it).
    and_more(k);
    /// How many of how many a bounded view draws: "40 of 2,000 drawn".
    drawn_of(shown, total);
    /// The valuation view without a private valuation: the value at the offer price
    /// against the market value after listing.
    offer_valuation_title(name);
    /// A negative profit in words: "a loss of €12.8 million".
    a_loss(value);
    /// The proceeds chart of an offering with no cornerstone or R&D figures.
    offering_title(name);
}

impl Words {
    /// A forecast for a year: "2025年（预测）", "2025 (forecast)" — never "full year".
    pub fn forecast_year(&self, year: i32) -> String {
        fill(self.lang, M::forecast_year, &[V::Y(year)])
    }

    /// A quarter on an axis: "Q1 2026", "2026Q1".
    pub fn quarter_short(&self, year: i32, quarter: u8) -> String {
        fill(self.lang, M::quarter_short, &[V::Y(year), V::Y(i32::from(quarter))])
    }

    /// Nine months on an axis: "9M 2026", "2026年前三季度".
    pub fn nine_months_short(&self, year: i32) -> String {
        fill(self.lang, M::nine_months_short, &[V::Y(year)])
    }

    /// How many figures were checked, how many contradicted.
    pub fn checks_intro(&self, checked: usize, contradicted: usize) -> String {
        fill(self.lang, M::checks_intro, &[V::U(checked), V::U(contradicted)])
    }

    /// How many prices a series drawn by pixel column holds.
    pub fn series_note(&self, total: usize) -> String {
        fill(self.lang, M::series_note, &[V::U(total)])
    }

    /// The file named by `src` did not finish loading in time: (src, seconds).
    pub fn src_timeout(&self, src: &str, seconds: f64) -> String {
        fill(self.lang, M::src_timeout, &[V::S(src), V::S(&crate::float::shortest(seconds))])
    }

    /// The screen-reader summary: what the chart is, its title and every value.
    pub fn summary(&self, kind: &str, title: &str, rows: &[String]) -> String {
        fill(self.lang, M::summary, &[V::S(kind), V::S(title), V::S(&crate::join(rows, self.list_sep))])
    }

    /// A market's growth: the span, the rate computed, the rate stated (a forecast or
    /// not), the verdict.
    pub fn cagr_line(&self, span: &str, rate: &str, stated: &str, forecast: bool, verdict: &str) -> String {
        let forecast = if forecast { self.forecast_aside } else { "" };
        fill(self.lang, M::cagr_line, &[V::S(span), V::S(rate), V::S(stated), V::S(forecast), V::S(verdict)])
    }

    /// The R&D team's lead: as of when, and how many people if the story says.
    pub fn team_lead(&self, when: &str, people: Option<&str>) -> String {
        match people {
            Some(n) => fill(self.lang, M::team_lead, &[V::S(when), V::S(n)]),
            None => fill(self.lang, M::team_lead_undated, &[V::S(when)]),
        }
    }

    /// Figures in several currencies with no rate: the codes, as the language lists them.
    pub fn separate_currencies(&self, codes: &[&str]) -> String {
        fill(self.lang, M::separate_currencies, &[V::S(&(self.and_list)(codes))])
    }

    /// A chart's title: a name and a metric's label ("Biren: net loss").
    pub fn named_title(&self, name: &str, label: &str) -> String {
        fill(self.lang, M::named_title, &[V::S(name), V::LowerFirst(label)])
    }

    /// An input of a check: "发行价19.6港元", "offer price HK$19.6".
    pub fn named_value(&self, label: &str, value: &str) -> String {
        fill(self.lang, M::named_value, &[V::LowerFirst(label), V::S(value)])
    }

    /// The gain chart's title: the metric's label.
    pub fn gain_title(&self, label: &str) -> String {
        fill(self.lang, M::gain_title, &[V::Lower(label)])
    }

    /// A period for people: "2025年上半年" / "H1 2025, half year" (`problems::period`).
    pub fn period(&self, p: &Period) -> String {
        super::problems::period(p, self.lang)
    }

    /// A half year on an axis: "2025年上半年", "H1 2025".
    pub fn half_short(&self, year: i32, half: u8) -> String {
        let m = if half == 1 { M::half_short } else { M::half_short_second };
        fill(self.lang, m, &[V::Y(year), V::Y(i32::from(half))])
    }

    /// The half years among full years, which are a half year only.
    pub fn half_year_note(&self, halves: &[String]) -> String {
        let m = if halves.len() > 1 { M::half_year_note_many } else { M::half_year_note };
        fill(self.lang, m, &[V::List(halves)])
    }

    /// A dataset too large to be read: (its size in MB, the most accepted in MB).
    pub fn too_large(&self, mb: f64, max: f64) -> String {
        let (mb, max) = (crate::float::fixed(mb, 1), crate::float::fixed(max, 0));
        fill(self.lang, M::dataset_too_large, &[V::S(&mb), V::S(&max)])
    }
}

/// A check in plain words (`bound`: a bound check): what the article says, what its own
/// inputs give (or the most they allow). A function of each table, not a method, since
/// the fact check picks one of the two.
pub(super) fn check_sentence(lang: super::Lang, bound: bool, stated: &str, inputs: &str, got: &str) -> String {
    let m = if bound { M::bound_sentence } else { M::check_sentence };
    fill(lang, m, &[V::S(stated), V::S(inputs), V::S(got)])
}

/// A date on a time axis (a function of each table: the price path takes it as one);
/// `long` spans show months only. The month is 1 to 12.
pub(super) fn axis_date(lang: super::Lang, y: i64, m: u32, d: u32, long: bool) -> String {
    let month = V::Month(u8::try_from(m).unwrap_or(0));
    match long {
        true => fill(lang, M::axis_month, &[V::S(&y.to_string()), month]),
        false => fill(lang, M::axis_day, &[month, V::U(d as usize)]),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn phrases_fill_their_values() {
        let (en, zh) = (Lang::En.words(), Lang::Zh.words());
        assert_eq!(en.range("US$47", "US$51"), "US$47–US$51");
        assert_eq!(zh.range("47美元", "51美元"), "47美元至51美元");
        assert_eq!(en.drawn_of("40", "{1}"), "40 of {1} drawn; the others are in the dataset, not in this chart.");
        assert_eq!(zh.drawn_of("40", "2,000"), "共2,000项，图中绘出40项；其余见数据集，未画入本图。");
        assert_eq!(en.quarter_short(2026, 1), "Q1 2026");
        assert_eq!(Lang::ZhHant.words().quarter_short(2026, 4), "2026Q4");
        assert_eq!(en.checks_intro(12, 0)[..30], *"12 figures checked; 0 contradi");
        assert_eq!(en.too_large(20.04, 16.0)[..33], *"the dataset is 20.0 MB of JSON; a");
    }
}
