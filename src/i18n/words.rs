//! The shape of the catalog: every word and phrase a reader sees, as one struct. Each
//! language is one `const` of this type (`zh.rs`, `zh_hant.rs`, `en.rs`), so a missing
//! word is a compile error, never a silent fallback. A phrase that is a template filled
//! with values is a method (`phrases.rs`, its templates beside the problem messages');
//! one with more than that is a function on the table, written once per language.

use crate::calc::Verdict;
use crate::model::{Currency, Qualifier, Unit};
use serde::Serialize;

/// How a language writes large numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbers {
    /// In myriads: 万 (10⁴) and 亿 (10⁸), written in the language's own characters.
    Myriads { wan: &'static str, yi: &'static str },
    /// In thousands: the words after a number of thousands, millions and billions, in
    /// full and short (on axes and columns).
    Thousands { words: [&'static str; 3], short: [&'static str; 3] },
}

/// Periods of one length (in months), as an axis labels them.
pub type PeriodsOfLength = (Vec<String>, u32);

/// The words of the element around the chart (tab bar, tools, inputs), handed to the
/// JS element with every drawing so that it holds no words of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ui {
    pub views: &'static str,
    pub table: &'static str,
    pub hide_table: &'static str,
    pub svg: &'static str,
    pub png: &'static str,
    pub csv: &'static str,
    pub lot: &'static str,
    pub fx: &'static str,
    pub loading: &'static str,
    pub internal_error: &'static str,
    /// The disclosure that opens a point's provenance (how printed, check, notes, quote).
    pub details: &'static str,
    pub close: &'static str,
    /// The label of the compact view menu on narrow screens.
    pub choose_view: &'static str,
    /// The heading of the table's list of source sentences (each given once).
    pub sentences: &'static str,
    /// The accessible name of the metric switch (one segmented control).
    pub metrics: &'static str,
    /// The accessible name of the linear/log switch.
    pub scale: &'static str,
    /// The accessible name of the currency switch.
    pub currency: &'static str,
}

macro_rules! vocabulary {
    ($($name:ident),* $(,)?) => {
        /// The name of every metric of the dataset vocabulary (`model::METRICS`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        pub struct MetricWords {
            /// Whose names these are: [`MetricWords::get`] reads them from that language's
            /// [`MetricWords::labels`], made once at compile time (`METRIC_LABELS`).
            #[serde(skip)]
            pub lang: super::Lang,
            $(pub $name: &'static str,)*
        }

        /// How many metrics have a name.
        pub const METRICS: usize = [$(stringify!($name)),*].len();

        impl MetricWords {
            /// The label of the metric named `name` in the dataset format.
            pub fn get(&self, name: &str) -> Option<&'static str> {
                // by place in one list of names (a `match` on the names compiled a
                // comparison per metric: 2 KB in the reader's wasm) and in the list of
                // labels (copying the fields into a list here was 1 KB)
                const NAMES: &[&str] = &[$(stringify!($name)),*];
                let i = NAMES.iter().position(|n| *n == name)?;
                Some(self.lang.metric_labels()[i])
            }
            /// Every label, in the order of the names.
            pub const fn labels(&self) -> [&'static str; METRICS] {
                [$(self.$name),*]
            }
            /// Every (metric, label) pair, for tests.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

vocabulary!(
    offer_price,
    opening_price,
    first_day_high,
    first_day_low,
    first_day_close,
    later_high,
    latest_price,
    gain_first_day_high,
    gain_first_day_close,
    lot_size,
    lot_profit_max,
    market_cap_close,
    market_cap_peak,
    public_offer_subscription,
    international_offer_subscription,
    retail_applicants,
    cornerstone_investors,
    cornerstone_amount,
    cornerstone_share_of_offering,
    offer_shares,
    gross_proceeds,
    ipo_valuation,
    net_proceeds,
    net_proceeds_rnd_share,
    registered_capital,
    funding_rounds,
    funding_total,
    last_private_valuation,
    holding_share,
    order_backlog,
    revenue,
    gross_margin,
    gross_profit,
    operating_profit,
    net_profit,
    ebitda,
    net_loss,
    cumulative_net_loss,
    rnd_expense,
    rnd_share_of_opex,
    rnd_employee_cost,
    chip_units,
    rnd_staff,
    rnd_staff_share,
    rnd_staff_masters_share,
    rnd_staff_10y,
    rnd_staff_10y_share,
    top5_customer_share,
    market_size,
    market_cagr,
    market_share,
    market_players,
    int8_tops,
    process_node,
);

/// One language's words.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Words {
    /// The BCP 47 tag written into `lang` attributes.
    pub tag: &'static str,
    /// The language, whose templates the phrases (`phrases.rs`) fill.
    #[serde(skip)]
    pub lang: super::Lang,
    /// The font stack the chart's text is set in (system faces only; CJK faces first
    /// for Chinese, so that punctuation and numbers take the Chinese face's forms).
    pub font: &'static str,
    pub ui: Ui,
    pub metric: MetricWords,

    // ---- numbers, units, periods, punctuation
    #[serde(skip)]
    pub numbers: Numbers,
    /// Money with its currency around a formatted number: "42.88港元", "HK$42.88".
    #[serde(skip)]
    pub money: fn(&str, Currency) -> String,
    #[serde(skip)]
    pub unit: fn(Unit) -> &'static str,
    /// A date on a time axis; `long` spans show months only.
    #[serde(skip)]
    pub axis_date: fn(i64, u32, u32, bool) -> String,
    #[serde(skip)]
    pub qualifier: fn(Qualifier) -> &'static str,
    #[serde(skip)]
    pub verdict: fn(Verdict) -> &'static str,
    /// A list of names: "CNY、HKD", "CNY and HKD".
    #[serde(skip)]
    pub and_list: fn(&[&str]) -> String,
    pub not_given: &'static str,
    pub source_prefix: &'static str,
    pub table_head: [&'static str; 5],
    /// The CSV's column for a value's unit (currency, scale word, %).
    pub csv_unit: &'static str,

    // ---- phrases with values
    /// A currency's name in running text: "港元", "HKD".
    #[serde(skip)]
    pub currency_name: fn(Currency) -> &'static str,
    /// A check in plain words: what the article says, what its own inputs give.
    #[serde(skip)]
    pub check_sentence: fn(&str, &str, &str) -> String,
    /// A bound check in plain words: what the article says, the most its inputs allow.
    #[serde(skip)]
    pub bound_sentence: fn(&str, &str, &str) -> String,

    // ---- view names and their metric switches
    pub view_listing_day: &'static str,
    pub view_demand: &'static str,
    pub view_valuation: &'static str,
    pub view_financials: &'static str,
    pub view_chips: &'static str,
    pub view_market: &'static str,
    pub view_customers: &'static str,
    pub view_specs: &'static str,
    pub view_company: &'static str,
    pub view_fact_check: &'static str,
    pub view_price_path: &'static str,
    pub m_first_day_high: &'static str,
    pub m_first_day_close: &'static str,
    pub m_later_high: &'static str,
    pub m_latest: &'static str,
    pub m_lot_profit: &'static str,
    pub m_subscription: &'static str,
    pub m_proceeds: &'static str,
    pub m_revenue: &'static str,
    pub m_loss: &'static str,
    pub m_rnd: &'static str,
    pub m_cumulative: &'static str,
    pub m_size: &'static str,
    pub m_shares: &'static str,
    pub m_profile: &'static str,
    pub m_milestones: &'static str,
    pub m_team: &'static str,
    pub m_ownership: &'static str,

    // ---- labels of single items
    pub hk_public_offer: &'static str,
    pub international_offer: &'static str,
    pub retail_applied: &'static str,
    pub cornerstone_investors: &'static str,
    pub cornerstone_subscription: &'static str,
    pub net_proceeds: &'static str,
    pub last_private_valuation: &'static str,
    pub cap_at_close: &'static str,
    pub cap_at_peak: &'static str,
    pub team_staff_share: &'static str,
    pub team_masters_share: &'static str,
    pub team_10y_share: &'static str,
    pub subscription_note: &'static str,
    pub shares_note: &'static str,

    // chips
    pub article_gives_no_sales_for: &'static str,
    pub dashed_box_means_article_gives: &'static str,
    pub half_year_hatched: &'static str,

    // company
    pub as_story_states_them_one: &'static str,
    pub bar_chart: &'static str,
    pub bar_chart_list: &'static str,
    pub date_order_undated_items_last: &'static str,
    pub head_count: &'static str,
    pub list_chart: &'static str,
    pub no_date_given: &'static str,
    pub story_gives_nothing_this_kind: &'static str,
    pub topic_company: &'static str,
    pub topic_customers: &'static str,
    pub topic_investors: &'static str,
    pub topic_listing: &'static str,
    pub topic_market: &'static str,
    pub topic_plan: &'static str,
    pub topic_product: &'static str,
    pub topic_sales: &'static str,
    pub what_story_says: &'static str,
    pub when_: &'static str,

    // customers
    pub higher_share_more_revenue_hangs: &'static str,
    pub top_five_customers_share: &'static str,

    // demand
    pub also_printed_as: &'static str,
    pub computed: &'static str,
    pub computed_from_stated_share: &'static str,
    pub full_stop: &'static str,
    pub global_offering_went_cornerstones: &'static str,
    pub list_sep: &'static str,
    pub public_offer_multiple_over_international: &'static str,
    pub which_for_rnd_computed: &'static str,

    // fact_check
    pub fact_check_title: &'static str,
    pub check_list: &'static str,
    pub recomputed: &'static str,
    pub stated: &'static str,

    // financials
    pub annualise_half_year_estimate: &'static str,
    pub annualised_estimate: &'static str,
    pub annualised_estimate_not_article: &'static str,
    pub article_gives_no_rnd_employee: &'static str,
    pub article_says_cumulative_loss: &'static str,
    pub column_chart: &'static str,
    pub dash: &'static str,
    pub estimate: &'static str,
    pub half_year_x_2_estimate: &'static str,
    /// Before what the story says about sales by half year, under an annualised estimate.
    pub seasonal_caveat: &'static str,
    pub running_total_adds_half_year: &'static str,
    pub running_total_computed: &'static str,

    // listing_day
    pub article_says: &'static str,
    pub black_tick_value_article_states: &'static str,
    pub currency_label: &'static str,
    pub dash_spaced: &'static str,
    pub each_company_own_currency_gains: &'static str,
    pub gain_over_offer_computed: &'static str,
    pub listed_on: &'static str,
    pub offer_price: &'static str,
    pub paper_profit_computed: &'static str,
    pub paper_profit_first_day_high: &'static str,
    pub paper_profit_one_winning_lot: &'static str,
    pub shares_per_lot: &'static str,
    pub shares_per_lot_your_input: &'static str,
    pub source_label: &'static str,
    pub type_lot_size_above_it: &'static str,
    pub your_input_shares_per_lot: &'static str,

    // market
    pub chart_generic: &'static str,
    pub everyone_else_computed: &'static str,
    pub forecast_aside: &'static str,
    pub hatched_forecast_or_computed: &'static str,
    pub players_at_scale: &'static str,
    pub unit_prefix: &'static str,

    // mod
    pub actual: &'static str,
    pub as_printed: &'static str,
    pub check_label: &'static str,
    pub forecast_hatched: &'static str,
    pub forecast_not_actual_figure: &'static str,
    pub full_year: &'static str,
    pub note_label: &'static str,
    pub printed_as: &'static str,

    // price_path
    pub dated_prices_article_gives: &'static str,
    pub line_chart: &'static str,
    pub one_panel_per_listing_each: &'static str,
    pub price_path: &'static str,
    pub prices: &'static str,

    // specs
    pub computed_aside: &'static str,
    pub peak_compute_int8: &'static str,
    pub stated_peak_not_real_world: &'static str,
    pub tops_trillion_operations_per_second: &'static str,

    // valuation
    pub converted_at: &'static str,
    pub fx_hkd_in_cny: &'static str,
    pub hatched_bars_are_converted: &'static str,
    pub cap_over_valuation: &'static str,
    pub own_currency: &'static str,

    // ---- any listing story (issue 11)
    /// The listing-day metric that draws the first day's prices.
    pub m_first_day: &'static str,
    pub first_day_title: &'static str,
    pub first_day_note: &'static str,
    pub offer_price_range: &'static str,
    /// The legend key of periods shorter than a year other than half years.
    pub part_year_hatched: &'static str,
    /// Periods shorter than a year on one axis, grouped by their length in months: what
    /// each covers ("Q1 2026 and Q2 2026 are three months each; 9M 2026 is nine months."),
    /// said to differ in length where they do (`true`).
    #[serde(skip)]
    pub part_year_note: fn(&[PeriodsOfLength], bool) -> String,
    /// Under a chart with a value below zero.
    pub below_zero_is_loss: &'static str,
    /// The element's `src` attribute is there but empty.
    #[serde(skip)]
    pub src_empty: &'static str,
}

/// The words of the checkers' report (`cargo run --bin fact-check`, `npx ipo-lens check`):
/// one text for the native and the packaged checker, in the editor's language. Metric,
/// entity, period and view ids are written as the dataset file and the element's
/// attributes spell them. A table of its own ([`crate::Lang::report`]), apart from
/// [`Words`], so that the widget's wasm leaves it out.
#[derive(Debug, Clone, Copy)]
pub struct ReportWords {
    /// The first line for a valid file: (file, figures, facts).
    pub valid: fn(&str, usize, usize) -> String,
    /// The first line for an invalid file: (file, errors).
    pub invalid: fn(&str, usize) -> String,
    /// A file that cannot be read: (file, why).
    pub cannot_read: fn(&str, &str) -> String,
    pub not_found: &'static str,
    pub unreadable: &'static str,
    pub not_text: &'static str,
    /// A source's text file that cannot be read: (file, why).
    pub source_text_unread: fn(&str, &str) -> String,
    /// Section heads and the tag before each problem.
    pub errors: &'static str,
    pub warnings: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub derived_head: &'static str,
    pub no_derived: &'static str,
    pub stated: &'static str,
    pub recomputed: &'static str,
    pub reach_head: &'static str,
    /// After a metric (or view) where the figure's value is printed as text, not a point.
    pub as_text: &'static str,
    /// Between the metrics of one view, and between views: ", " and "; " or "、" and "；".
    pub comma: &'static str,
    pub semicolon: &'static str,
    /// A figure no view shows: (id, why).
    pub not_shown: fn(&str, &str) -> String,
    /// Why: no figure of this metric is shown (metric).
    pub unseen_metric: fn(&str) -> String,
    /// Why: the metric is shown for other entities only (entity, metric, those entities).
    pub unseen_entity: fn(&str, &str, &str) -> String,
    /// Why: (metric, this period kind, the kinds shown).
    pub unseen_period_kind: fn(&str, &str, &str) -> String,
    /// Why: (metric, this period, the periods shown).
    pub unseen_period: fn(&str, &str, &str) -> String,
    /// Why: another figure with the same entity, metric and period is shown (its id).
    pub unseen_repeat: fn(&str) -> String,
    pub unseen_fact: &'static str,
    /// A view the dataset offers that cannot be drawn: (view, error).
    pub view_failed: fn(&str, &str) -> String,
    /// Invalid: what is not checked until the errors are fixed.
    pub not_checked: &'static str,
    /// The last line: (derived figures checked, contradicted, warnings).
    pub summary: fn(usize, usize, usize) -> String,
}

#[cfg(test)]
mod tests {
    use crate::Lang;

    /// `get` reads each language's list of labels: the same as its fields, for every metric.
    #[test]
    fn metric_labels_by_name_are_the_fields() {
        for lang in Lang::ALL {
            let metric = lang.words().metric;
            assert_eq!(metric.lang, lang);
            for (name, label) in metric.all() {
                assert_eq!(metric.get(name), Some(label), "{name} in {lang:?}");
            }
            assert_eq!(metric.get("no_such_metric"), None);
        }
    }
}
