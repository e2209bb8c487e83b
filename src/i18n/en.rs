//! English (en, en-*).

use super::words::{MetricWords, Numbers, ReportWords, Ui, Words};
use crate::calc::Verdict;
use crate::model::{Currency, Qualifier, Unit};

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

pub(super) fn month(m: u32) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}

/// A label inside an English sentence: "Net loss" → "net loss", but "R&D" stays.
pub fn lower_first(s: &str) -> String {
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(a), Some(b)) if super::case::is_upper(a) && super::case::is_lower(b) => {
            super::case::lower_char(a) + &s[a.len_utf8()..]
        }
        _ => s.to_string(),
    }
}

/// Symbols written before the number; any other currency is written with its code.
const SYMBOLS: &[(&str, &str)] = &[
    ("AUD", "A$"),
    ("CAD", "C$"),
    ("CNY", "CN¥"),
    ("EUR", "€"),
    ("GBP", "£"),
    ("HKD", "HK$"),
    ("INR", "₹"),
    ("JPY", "¥"),
    ("KRW", "₩"),
    ("MOP", "MOP$"),
    ("NZD", "NZ$"),
    ("SGD", "S$"),
    ("TWD", "NT$"),
    ("USD", "US$"),
];

fn money(n: &str, c: Currency) -> String {
    match SYMBOLS.iter().find(|(code, _)| *code == c.code()) {
        Some((_, symbol)) => format!("{symbol}{n}"),
        None => format!("{} {n}", c.code()),
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::People => "people",
        Unit::Chips => "chips",
        Unit::Shares => "shares",
        Unit::Investors => "investors",
        Unit::Rounds => "rounds",
        Unit::Companies => "companies",
        Unit::Tops => "TOPS",
        Unit::Nanometres => "nm",
        Unit::Money | Unit::PricePerShare | Unit::Percent | Unit::Times => "",
    }
}

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "over ",
        Qualifier::AtLeast => "at least ",
        Qualifier::Nearly => "nearly ",
        Qualifier::About => "about ",
        Qualifier::UpTo => "up to ",
        // the range is written out by the value itself ("US$47–US$51")
        Qualifier::Range => "",
    }
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Consistent => "consistent with the article's own figures",
        Verdict::ConsistentIfTruncated => "consistent only if truncated, not rounded",
        Verdict::Inconsistent => "contradicted by the article's own figures",
    }
}

/// The metrics' labels as one list (`MetricWords::get`).
pub static METRIC_LABELS: [&str; super::words::METRICS] = WORDS.metric.labels();

pub const WORDS: Words = Words {
    tag: "en",
    lang: super::Lang::En,
    font: crate::chart::FONT,
    ui: Ui {
        views: "Charts",
        table: "Show data table",
        hide_table: "Hide data table",
        svg: "Download SVG",
        png: "Download PNG",
        csv: "Download CSV",
        lot: "Shares per lot",
        fx: "1 HKD in CNY",
        loading: "Loading the chart",
        internal_error: "The chart stopped after an internal error; please reload the page",
        details: "Source and notes",
        close: "Close",
        choose_view: "Choose a chart",
        sentences: "Source sentences",
        metrics: "What to show",
        scale: "Scale",
        currency: "Currency",
    },
    metric: MetricWords {
        lang: super::Lang::En,
        offer_price: "Offer price",
        opening_price: "Opening price",
        first_day_high: "First-day high",
        first_day_low: "First-day low",
        first_day_close: "First-day close",
        later_high: "Later high",
        latest_price: "Latest price",
        gain_first_day_high: "Gain at first-day high",
        gain_first_day_close: "Gain at first-day close",
        lot_size: "Shares per lot",
        lot_profit_max: "Top paper profit per lot",
        market_cap_close: "Market cap at close",
        market_cap_peak: "Market cap at intraday peak",
        public_offer_subscription: "Public offer subscription",
        international_offer_subscription: "International offer subscription",
        retail_applicants: "Retail applicants",
        cornerstone_investors: "Cornerstone investors",
        cornerstone_amount: "Cornerstone subscription",
        cornerstone_share_of_offering: "Cornerstone share of global offering",
        offer_shares: "Shares offered",
        gross_proceeds: "Gross proceeds",
        ipo_valuation: "Valuation at the offer price",
        net_proceeds: "Net proceeds",
        net_proceeds_rnd_share: "Net proceeds earmarked for R&D",
        registered_capital: "Registered capital",
        funding_rounds: "Funding rounds",
        funding_total: "Total funding raised",
        last_private_valuation: "Last private valuation",
        holding_share: "Shareholding",
        order_backlog: "Order backlog",
        revenue: "Revenue",
        gross_margin: "Gross margin",
        gross_profit: "Gross profit",
        operating_profit: "Operating profit",
        net_profit: "Net profit",
        ebitda: "EBITDA",
        net_loss: "Net loss",
        cumulative_net_loss: "Cumulative net loss",
        rnd_expense: "R&D expense",
        rnd_share_of_opex: "R&D share of operating expenses",
        rnd_employee_cost: "R&D employee cost",
        chip_units: "Chip unit sales",
        rnd_staff: "R&D staff",
        rnd_staff_share: "R&D share of all staff",
        rnd_staff_masters_share: "R&D staff with a master's degree or higher",
        rnd_staff_10y: "R&D staff with 10+ years' experience",
        rnd_staff_10y_share: "Share of R&D staff with 10+ years' experience",
        top5_customer_share: "Top-five customers' share of revenue",
        market_size: "Market size",
        market_cagr: "Compound annual growth rate",
        market_share: "Market share",
        market_players: "Players at scale",
        int8_tops: "Peak INT8 compute",
        process_node: "Process node",
    },

    numbers: Numbers::Thousands { words: [" thousand", " million", " billion"], short: ["k", "m", "bn"] },
    money,
    unit,
    axis_date: |y, m, d, long| super::phrases::axis_date(super::Lang::En, y, m, d, long),
    qualifier,
    verdict,
    and_list: |items| crate::join(items, " and "),
    not_given: "not given in the source",
    source_prefix: "Source: ",
    csv_unit: "Unit",
    table_head: ["Item", "Series", "Value", "Period", "Source sentence"],

    currency_name: |c| c.code(),
    check_sentence: |stated, inputs, got| super::phrases::check_sentence(super::Lang::En, false, stated, inputs, got),
    bound_sentence: |stated, inputs, got| super::phrases::check_sentence(super::Lang::En, true, stated, inputs, got),

    view_listing_day: "Listing day",
    view_demand: "Demand",
    view_valuation: "Valuation",
    view_financials: "Financials",
    view_chips: "Chips",
    view_market: "Market",
    view_customers: "Customers",
    view_specs: "Specs",
    view_company: "Company",
    view_fact_check: "Fact check",
    view_price_path: "Price path",
    m_first_day_high: "First-day high",
    m_first_day_close: "First-day close",
    m_later_high: "Later high",
    m_latest: "Latest price",
    m_lot_profit: "Profit per lot",
    m_subscription: "Oversubscription",
    m_proceeds: "Proceeds",
    m_revenue: "Revenue and margin",
    m_loss: "Net loss",
    m_rnd: "R&D",
    m_cumulative: "Cumulative loss",
    m_size: "Market size",
    m_shares: "Market shares",
    m_profile: "Profile",
    m_milestones: "Milestones",
    m_team: "R&D team",
    m_ownership: "Shareholders",

    hk_public_offer: "Hong Kong public offer",
    international_offer: "International offer",
    retail_applied: "retail investors applied for the public offer",
    cornerstone_investors: "cornerstone investors",
    cornerstone_subscription: "Cornerstone subscription",
    net_proceeds: "Net proceeds",
    last_private_valuation: "Last private valuation",
    cap_at_close: "Market cap at first-day close",
    cap_at_peak: "Market cap at first-day peak",
    team_staff_share: "R&D staff (of all staff)",
    team_masters_share: "Master's or higher (of R&D)",
    team_10y_share: "10+ years' experience (of R&D)",
    subscription_note: "Times subscribed: demand as a multiple of the shares on offer. Bars start at zero.",
    shares_note: "Share of the market's revenue. Bars start at zero, so small shares show as thin bars.",

    // chips
    article_gives_no_sales_for: "The article gives no sales for this period",
    dashed_box_means_article_gives: " A dashed box means the article gives no figure.",
    half_year_hatched: "half year (hatched)",

    // company
    as_story_states_them_one: "As the story states them, one by one.",
    bar_chart: "Bar chart",
    bar_chart_list: "Bar chart and list",
    date_order_undated_items_last: "In date order; undated items last.",
    head_count: "People",
    list_chart: "List",
    no_date_given: "no date given",
    story_gives_nothing_this_kind: "The story gives nothing of this kind.",
    topic_company: "company",
    topic_customers: "customers",
    topic_investors: "investors",
    topic_listing: "listing",
    topic_market: "market",
    topic_plan: "plan",
    topic_product: "product",
    topic_sales: "sales",
    what_story_says: "What the story says: ",
    when_: "When",

    // customers
    higher_share_more_revenue_hangs: "The higher the share, the more revenue hangs on a handful of customers.",
    top_five_customers_share: "Top-five customers' share",

    // demand
    also_printed_as: "Also printed as",
    computed: "Computed",
    computed_from_stated_share: "computed from a stated share",
    full_stop: ". ",
    global_offering_went_cornerstones: "of the global offering went to cornerstones",
    list_sep: "; ",
    public_offer_multiple_over_international: "the public offer's multiple over the international one's (computed)",
    which_for_rnd_computed: "Of which for R&D (computed)",

    // fact_check
    fact_check_title: "Fact check: do the article's derived figures follow from its own numbers?",
    check_list: "Check list",
    recomputed: "Recomputed",
    stated: "Stated",

    // financials
    annualise_half_year_estimate: "Annualise the half year (estimate)",
    annualised_estimate: "annualised estimate",
    annualised_estimate_not_article: "annualised estimate (not in the article)",
    article_gives_no_rnd_employee: "The article gives no R&D employee cost for this period",
    article_says_cumulative_loss: "The article says the cumulative loss is",
    column_chart: "Column chart",
    dash: " — ",
    estimate: "Estimate",
    seasonal_caveat: "Careful: annualising only doubles the half year, and the story says",
    half_year_x_2_estimate: "the half year × 2: an estimate, not a figure from the article",
    running_total_adds_half_year: "The running total adds a half year to full years.",
    running_total_computed: "Running total (computed)",

    // listing_day
    article_says: "The article says",
    black_tick_value_article_states: "Black tick: the value the article states",
    currency_label: "Currency",
    dash_spaced: " — ",
    each_company_own_currency_gains: "Each company in its own currency; gains against the offer price.",
    gain_over_offer_computed: "Gain over offer (computed)",
    listed_on: "Listed on",
    offer_price: "Offer price",
    paper_profit_computed: "Paper profit (computed)",
    paper_profit_first_day_high: "Paper profit = (first-day high − offer price) × shares per lot, each in its own currency.",
    paper_profit_one_winning_lot: "Paper profit on one winning lot at the first-day high",
    shares_per_lot: "Shares per lot",
    shares_per_lot_your_input: "Shares per lot (your input)",
    source_label: "Source",
    type_lot_size_above_it: "Type a lot size above (it is marked as your input)",
    your_input_shares_per_lot: "Your input, shares per lot: ",

    // market
    chart_generic: "Chart",
    everyone_else_computed: "Everyone else (computed)",
    forecast_aside: " (forecast)",
    hatched_forecast_or_computed: "hatched: forecast or computed",
    players_at_scale: "Players at scale",
    unit_prefix: "In ",

    // mod
    actual: "actual",
    as_printed: "As printed",
    check_label: "Check",
    forecast_hatched: "forecast (hatched)",
    forecast_not_actual_figure: "A forecast, not an actual figure",
    full_year: "full year",
    note_label: "Note",
    printed_as: "Printed as",

    // price_path
    dated_prices_article_gives: "Each listing's prices: offer, listing day and after",
    line_chart: "Line chart",
    one_panel_per_listing_each: "One panel per listing, each in its own currency, in the order they happened; a price dated only by month, or not at all, says so and is placed on no day.",
    price_path: "Price path",
    prices: "prices",

    // specs
    computed_aside: " (computed)",
    peak_compute_int8: "Peak compute, INT8",
    stated_peak_not_real_world: "A stated peak is not real-world performance.",
    tops_trillion_operations_per_second: "In TOPS (trillion operations per second), the makers' stated peaks.",

    // valuation
    converted_at: "Converted at ",
    fx_hkd_in_cny: "1 HKD in CNY",
    hatched_bars_are_converted: "Hatched bars are converted.",
    cap_over_valuation: "the market cap at the first-day close over the last private valuation (computed; at the rate above where converted)",
    own_currency: "Own currency",
    m_first_day: "First-day prices",
    first_day_title: "First-day prices against the offer price",
    first_day_note: "Each listing on its own axis, in its own currency; the dark line marks the offer price.",
    offer_price_range: "Offer price range",
    part_year_hatched: "part of a year (hatched)",
    part_year_note: |groups, mixed| {
        // "Q1 2026 is three months", "Q1 2026 and Q2 2026 are three months each", written
        // straight into the one text
        let mut text = String::from(if mixed { "Periods of different length: " } else { "" });
        for (i, (periods, n)) in groups.iter().enumerate() {
            if i > 0 {
                text += "; ";
            }
            let Some((last, rest)) = periods.split_last() else { continue };
            if !rest.is_empty() {
                text += &crate::join(rest, ", ");
                text += " and ";
            }
            text += last;
            text += if rest.is_empty() { " is " } else { " are " };
            match n {
                3 => text += "three",
                6 => text += "six",
                9 => text += "nine",
                n => text += &u64::from(*n).to_string(),
            }
            text += if rest.is_empty() { " months" } else { " months each" };
        }
        text += ".";
        if mixed {
            text
        } else {
            let mut c = text.chars();
            c.next().map_or(String::new(), |f| super::case::upper_char(f) + c.as_str())
        }
    },
    below_zero_is_loss: "Below zero: a loss.",
    src_empty: "src: the attribute is empty; it must name the dataset's JSON file",
};

/// "1 figure", "2 figures".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub const REPORT: ReportWords = ReportWords {
    valid: |file, figures, facts| {
        format!("{file}: valid — {}, {}", count(figures, "figure", "figures"), count(facts, "fact", "facts"))
    },
    invalid: |file, errors| format!("{file}: invalid — {}", count(errors, "error", "errors")),
    cannot_read: |file, why| format!("{file}: {why}"),
    not_found: "no such file",
    unreadable: "cannot be read",
    not_text: "is not UTF-8 text",
    source_text_unread: |file, why| format!("the source's text \"{file}\": {why}; its quotes are not looked for in it"),
    errors: "Errors",
    warnings: "Warnings",
    error: "error",
    warning: "warning",
    derived_head: "Derived figures, recomputed from the dataset's own inputs",
    no_derived: "No figure is derived from others in this dataset: nothing to recompute.",
    stated: "stated",
    recomputed: "recomputed",
    reach_head: "Which views show each figure (view: metrics)",
    as_text: "as text",
    comma: ", ",
    semicolon: "; ",
    not_shown: |id, why| format!("\"{id}\" is shown by no view: {why}"),
    unseen_metric: |m| format!("no view draws \"{m}\" figures of this dataset"),
    unseen_entity: |e, m, shown| format!("the views show \"{m}\" for {shown} only, not for \"{e}\""),
    unseen_period_kind: |m, kind, shown| format!("the views show \"{m}\" of this entity for {shown}, not for {kind}"),
    unseen_period: |m, period, shown| format!("the views show \"{m}\" of this entity for {shown}, not for {period}"),
    unseen_repeat: |of| format!("it repeats \"{of}\" (same entity, metric and period), which is shown"),
    unseen_fact: "no view lists this fact",
    view_failed: |view, e| format!("the view \"{view}\" cannot be drawn: {e}"),
    not_checked: "Derived figures and views are checked once the errors are fixed.",
    summary: |checked, contradicted, warnings| {
        format!(
            "{} checked, {} contradicted by the dataset's own inputs; {}",
            count(checked, "derived figure", "derived figures"),
            contradicted,
            count(warnings, "warning", "warnings")
        )
    },
};
