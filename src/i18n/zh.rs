//! 简体中文 (zh, zh-Hans, zh-CN): the words of the story's own language.

use super::cjk;
use super::words::{MetricWords, Numbers, ReportWords, Ui, Words};
use crate::calc::Verdict;
use crate::model::{Currency, Qualifier, Unit};

/// Currency names, written after the number; any other currency is written with its code.
const NAMES: &[(&str, &str)] = &[
    ("AUD", "澳元"),
    ("CAD", "加元"),
    ("CHF", "瑞士法郎"),
    ("CNY", "人民币"),
    ("EUR", "欧元"),
    ("GBP", "英镑"),
    ("HKD", "港元"),
    ("INR", "印度卢比"),
    ("JPY", "日元"),
    ("KRW", "韩元"),
    ("MOP", "澳门元"),
    ("NZD", "新西兰元"),
    ("SGD", "新加坡元"),
    ("TWD", "新台币"),
    ("USD", "美元"),
];

fn name(c: Currency) -> &'static str {
    NAMES.iter().find(|(code, _)| *code == c.code()).map_or(c.code(), |(_, name)| name)
}

fn money(n: &str, c: Currency) -> String {
    match c {
        Currency::CNY => format!("{n}元"),
        c if NAMES.iter().any(|(code, _)| *code == c.code()) => format!("{n}{}", name(c)),
        c => format!("{n} {}", c.code()),
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::People => "人",
        Unit::Chips => "颗",
        Unit::Shares => "股",
        Unit::Investors | Unit::Companies => "家",
        Unit::Rounds => "轮",
        Unit::Tops => "TOPS",
        Unit::Nanometres => "nm",
        Unit::Money | Unit::PricePerShare | Unit::Percent | Unit::Times => "",
    }
}

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "超",
        Qualifier::AtLeast => "至少",
        Qualifier::Nearly => "近",
        Qualifier::About => "约",
        Qualifier::UpTo => "最多",
        // the range is written out by the value itself ("US$47–US$51")
        Qualifier::Range => "",
    }
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Consistent => "与原文数据一致",
        Verdict::ConsistentIfTruncated => "仅在截断（而非四舍五入）时一致",
        Verdict::Inconsistent => "与原文自身数据不符",
    }
}

/// The metrics' labels as one list (`MetricWords::get`).
pub static METRIC_LABELS: [&str; super::words::METRICS] = WORDS.metric.labels();

pub const WORDS: Words = Words {
    tag: "zh",
    lang: super::Lang::Zh,
    font: "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Hiragino Sans GB, Microsoft YaHei, system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
    ui: Ui {
        views: "图表",
        table: "数据表",
        hide_table: "隐藏数据表",
        svg: "下载 SVG",
        png: "下载 PNG",
        csv: "下载 CSV",
        lot: "每签股数",
        fx: "1港元兑人民币",
        loading: "正在载入图表",
        internal_error: "图表因内部错误停止，请重新载入页面",
        details: "来源与说明",
        close: "关闭",
        choose_view: "选择图表",
        sentences: "原文句子",
        metrics: "显示内容",
        scale: "刻度",
        currency: "币种",
    },
    metric: MetricWords {
        lang: super::Lang::Zh,
        offer_price: "发行价",
        opening_price: "开盘价",
        first_day_high: "首日最高价",
        first_day_low: "首日最低价",
        first_day_close: "首日收盘价",
        later_high: "上市后最高价",
        latest_price: "最新股价",
        gain_first_day_high: "首日最高涨幅",
        gain_first_day_close: "首日收盘涨幅",
        lot_size: "每手（一签）股数",
        lot_profit_max: "一签最高浮盈",
        market_cap_close: "收盘总市值",
        market_cap_peak: "盘中最高总市值",
        public_offer_subscription: "公开发售认购倍数",
        international_offer_subscription: "国际配售认购倍数",
        retail_applicants: "公开发售认购人数",
        cornerstone_investors: "基石投资者数量",
        cornerstone_amount: "基石认购金额",
        cornerstone_share_of_offering: "基石占全球发售比例",
        offer_shares: "发行股数",
        gross_proceeds: "募资总额",
        ipo_valuation: "按发行价计市值",
        net_proceeds: "净募资",
        net_proceeds_rnd_share: "募资净额用于研发比例",
        registered_capital: "注册资本",
        funding_rounds: "融资轮数",
        funding_total: "累计融资金额",
        last_private_valuation: "最后一轮估值",
        holding_share: "持股比例",
        order_backlog: "订单储备",
        revenue: "收入",
        gross_margin: "毛利率",
        gross_profit: "毛利",
        operating_profit: "经营利润",
        net_profit: "净利润",
        ebitda: "EBITDA",
        net_loss: "亏损",
        cumulative_net_loss: "累计亏损",
        rnd_expense: "研发开支",
        rnd_share_of_opex: "研发占经营开支比例",
        rnd_employee_cost: "研发雇员成本",
        chip_units: "芯片销量",
        rnd_staff: "研发人员",
        rnd_staff_share: "研发人员占员工总数比例",
        rnd_staff_masters_share: "研发人员硕士以上学历比例",
        rnd_staff_10y: "逾10年经验研发人员",
        rnd_staff_10y_share: "逾10年经验研发人员占比",
        top5_customer_share: "前五大客户收入占比",
        market_size: "市场规模",
        market_cagr: "年复合增长率",
        market_share: "市场份额",
        market_players: "规模化参与者",
        int8_tops: "INT8峰值算力",
        process_node: "制程",
    },

    numbers: Numbers::Myriads { wan: "万", yi: "亿" },
    money,
    unit,
    axis_date: |y, m, d, long| super::phrases::axis_date(super::Lang::Zh, y, m, d, long),
    qualifier,
    verdict,
    and_list: cjk::and_list,
    not_given: "原文未提供",
    source_prefix: "来源：",
    csv_unit: "单位",
    table_head: ["项目", "系列", "数值", "期间", "原文出处"],

    currency_name: name,
    check_sentence: |stated, inputs, got| super::phrases::check_sentence(super::Lang::Zh, false, stated, inputs, got),
    bound_sentence: |stated, inputs, got| super::phrases::check_sentence(super::Lang::Zh, true, stated, inputs, got),

    view_listing_day: "上市首日",
    view_demand: "认购与募资",
    view_valuation: "估值",
    view_financials: "财务",
    view_chips: "芯片销量",
    view_market: "市场",
    view_customers: "客户集中度",
    view_specs: "算力对比",
    view_company: "公司",
    view_fact_check: "核对",
    view_price_path: "股价走势",
    m_first_day_high: "首日最高价",
    m_first_day_close: "首日收盘价",
    m_later_high: "上市后最高价",
    m_latest: "最新股价",
    m_lot_profit: "一签浮盈",
    m_subscription: "认购倍数",
    m_proceeds: "募资与基石",
    m_revenue: "收入与毛利率",
    m_loss: "亏损",
    m_rnd: "研发开支",
    m_cumulative: "累计亏损",
    m_size: "市场规模",
    m_shares: "市场份额",
    m_profile: "概况",
    m_milestones: "大事记",
    m_team: "研发团队",
    m_ownership: "股东",

    hk_public_offer: "香港公开发售",
    international_offer: "国际配售",
    retail_applied: "散户认购公开发售部分",
    cornerstone_investors: "基石投资者",
    cornerstone_subscription: "基石投资者认购",
    net_proceeds: "募资净额",
    last_private_valuation: "最后一轮融资估值",
    cap_at_close: "首日收盘总市值",
    cap_at_peak: "首日盘中最高总市值",
    team_staff_share: "研发人员（占全体员工）",
    team_masters_share: "硕士以上学历（占研发人员）",
    team_10y_share: "逾10年经验（占研发人员）",
    subscription_note: "认购倍数：有效认购额为发售股份的多少倍。条形从零开始。",
    shares_note: "占市场收入的百分比。条形从零开始，小份额如实显示为细条。",

    // chips
    article_gives_no_sales_for: "原文未给出该期销量",
    dashed_box_means_article_gives: "虚线框表示原文未给出该数字。",
    half_year_hatched: "半年（斜线）",

    // company
    as_story_states_them_one: "原文所述，逐条列出。",
    bar_chart: "条形图",
    bar_chart_list: "条形图与列表",
    date_order_undated_items_last: "按时间排列；未注明时间的排在最后。",
    head_count: "人数",
    list_chart: "列表",
    no_date_given: "原文未注明时间",
    story_gives_nothing_this_kind: "原文未提供此类信息。",
    topic_company: "公司",
    topic_customers: "客户",
    topic_investors: "投资者",
    topic_listing: "上市",
    topic_market: "市场",
    topic_plan: "计划",
    topic_product: "产品",
    topic_sales: "销售",
    what_story_says: "原文中的公司信息：",
    when_: "时间",

    // customers
    higher_share_more_revenue_hangs: "占比越高，收入越依赖少数大客户。",
    top_five_customers_share: "前五大客户收入占比",

    // demand
    also_printed_as: "文中另写作",
    computed: "计算",
    computed_from_stated_share: "据原文比例计算",
    full_stop: "。",
    global_offering_went_cornerstones: "基石认购占全球发售规模",
    list_sep: "；",
    public_offer_multiple_over_international: "公开发售认购倍数约为国际配售的倍数（计算）",
    which_for_rnd_computed: "其中用于研发（计算）",

    // fact_check
    fact_check_title: "核对：原文推算出的数字是否与其自身数据相符",
    check_list: "核对列表",
    recomputed: "据原文数据重算",
    stated: "原文",

    // financials
    annualise_half_year_estimate: "半年数据年化（估算）",
    annualised_estimate: "年化估算",
    annualised_estimate_not_article: "年化估算（非原文数据）",
    article_gives_no_rnd_employee: "原文未给出该期的研发雇员成本",
    article_says_cumulative_loss: "原文称累计亏损",
    column_chart: "柱状图",
    dash: "——",
    estimate: "估算",
    seasonal_caveat: "注意，年化只是把半年数字翻倍，而原文称",
    half_year_x_2_estimate: "半年数据 × 2，仅为估算，并非原文数据",
    running_total_adds_half_year: "累计数把半年数据与整年数据相加。",
    running_total_computed: "累计至此（计算）",

    // listing_day
    article_says: "原文称",
    black_tick_value_article_states: "黑色刻度：原文所称数值",
    currency_label: "币种",
    dash_spaced: " —— ",
    each_company_own_currency_gains: "各公司以本币计价；涨幅相对发行价。",
    gain_over_offer_computed: "较发行价涨幅（计算）",
    listed_on: "上市地",
    offer_price: "发行价",
    paper_profit_computed: "账面浮盈（计算）",
    paper_profit_first_day_high: "账面浮盈 = （首日最高价 − 发行价） × 每签股数；各公司以本币计价。",
    paper_profit_one_winning_lot: "中一签（一手）按首日最高价计算的账面浮盈",
    shares_per_lot: "每签股数",
    shares_per_lot_your_input: "每签股数（读者输入）",
    source_label: "出处",
    type_lot_size_above_it: "可在上方输入每签股数（将标明为读者输入）",
    your_input_shares_per_lot: "读者输入的每签股数：",

    // market
    chart_generic: "图表",
    everyone_else_computed: "其余参与者（计算）",
    forecast_aside: "（预测）",
    hatched_forecast_or_computed: "斜线：预测或计算",
    players_at_scale: "规模化参与者",
    unit_prefix: "单位：",

    // mod
    actual: "实际",
    as_printed: "原文",
    check_label: "核对",
    forecast_hatched: "预测（斜线）",
    forecast_not_actual_figure: "预测值，非实际数据",
    full_year: "全年",
    note_label: "数据说明",
    printed_as: "原文写作",

    // price_path
    dated_prices_article_gives: "各公司股价：发行价、上市首日及之后",
    line_chart: "折线图",
    one_panel_per_listing_each: "每家公司一栏，各以本币计，按时间先后排列；只有月份或没有日期的价格照原文注明，不标在任何具体日期上。",
    price_path: "股价走势",
    prices: "个价格点",

    // specs
    computed_aside: "（计算）",
    peak_compute_int8: "峰值算力对比（INT8）",
    stated_peak_not_real_world: "峰值为厂商标称指标，不代表实际应用性能。",
    tops_trillion_operations_per_second: "单位：TOPS（每秒万亿次运算），厂商标称峰值。",

    // valuation
    converted_at: "换算汇率：",
    fx_hkd_in_cny: "1港元兑人民币",
    hatched_bars_are_converted: "斜线条形为换算所得。",
    cap_over_valuation: "首日收盘市值为上市前最后一轮估值的倍数（计算；如经换算，按上述汇率）",
    own_currency: "原币",
    m_first_day: "首日价格",
    first_day_title: "首日股价与发行价",
    first_day_note: "每家公司各用一条价格轴，以其交易货币计；深色竖线为发行价。",
    offer_price_range: "发行价区间",
    part_year_hatched: "不足一年（斜线）",
    part_year_note: |groups, mixed| {
        let mut text = String::from(if mixed { "各期长短不一：" } else { "" });
        // written straight into the one text (no `format!` per group)
        for (i, (periods, n)) in groups.iter().enumerate() {
            if i > 0 {
                text += "；";
            }
            text += &crate::join(periods, "、");
            text += if periods.len() > 1 { "各为" } else { "为" };
            text += cjk::numeral(u8::try_from(*n).unwrap_or(0));
            text += "个月";
        }
        text + "。"
    },
    below_zero_is_loss: "低于零即为亏损。",
    src_empty: "src：属性为空，应写明数据集 JSON 文件的地址",
};

pub const REPORT: ReportWords = ReportWords {
    valid: |file, figures, facts| format!("{file}：有效——{figures}个数字，{facts}条事实"),
    invalid: |file, errors| format!("{file}：无效——{errors}处错误"),
    cannot_read: |file, why| format!("{file}：{why}"),
    not_found: "文件不存在",
    unreadable: "无法读取",
    not_text: "不是UTF-8文本",
    source_text_unread: |file, why| format!("来源全文“{file}”：{why}；未在其中查找引文"),
    errors: "错误",
    warnings: "警告",
    error: "错误",
    warning: "警告",
    derived_head: "推算数字（用数据集自身的数字重新计算）",
    no_derived: "本数据集没有由其他数字推算出的数字，无需重算。",
    stated: "文中",
    recomputed: "重算",
    reach_head: "各数字在哪些视图中显示（视图：指标）",
    as_text: "以文字显示",
    comma: "、",
    semicolon: "；",
    not_shown: |id, why| format!("“{id}”没有在任何视图中显示：{why}"),
    unseen_metric: |m| format!("没有视图绘制本数据集中“{m}”的数字"),
    unseen_entity: |e, m, shown| format!("视图只显示{shown}的“{m}”，不显示“{e}”的"),
    unseen_period_kind: |m, kind, shown| format!("视图显示该主体{shown}的“{m}”，不显示{kind}的"),
    unseen_period: |m, period, shown| format!("视图显示该主体{shown}的“{m}”，不显示{period}的"),
    unseen_repeat: |of| format!("与已显示的“{of}”重复（主体、指标和时期相同）"),
    unseen_fact: "没有视图列出这条事实",
    view_failed: |view, e| format!("视图“{view}”无法绘制：{e}"),
    not_checked: "修正以上错误后，才会检查推算数字和视图。",
    summary: |checked, contradicted, warnings| {
        format!("已检查{checked}个推算数字，{contradicted}个与数据集自身的数字矛盾；{warnings}条警告")
    },
};
