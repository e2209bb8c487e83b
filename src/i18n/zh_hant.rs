//! 繁體中文(香港) (zh-Hant, zh-HK, zh-TW, zh-MO): Traditional characters with Hong Kong
//! usage — 招股價, 收市, 集資, 每手, 晶片, 億/萬, 人民幣…元. Drafted from `zh.rs` by
//! character conversion, then every entry checked by hand for Hong Kong terms (the words
//! test holds a hand-checked list of them).

use super::cjk;
use super::words::{MetricWords, Numbers, ReportWords, Ui, Words};
use crate::calc::Verdict;
use crate::model::{Currency, Qualifier, Unit};

/// Currency names, written after the number; any other currency is written with its code.
const NAMES: &[(&str, &str)] = &[
    ("AUD", "澳元"),
    ("CAD", "加元"),
    ("CHF", "瑞士法郎"),
    ("CNY", "人民幣"),
    ("EUR", "歐元"),
    ("GBP", "英鎊"),
    ("HKD", "港元"),
    ("INR", "印度盧比"),
    ("JPY", "日圓"),
    ("KRW", "韓圜"),
    ("MOP", "澳門元"),
    ("NZD", "紐西蘭元"),
    ("SGD", "新加坡元"),
    ("TWD", "新台幣"),
    ("USD", "美元"),
];

fn name(c: Currency) -> &'static str {
    NAMES.iter().find(|(code, _)| *code == c.code()).map_or(c.code(), |(_, name)| name)
}

fn money(n: &str, c: Currency) -> String {
    match c {
        Currency::CNY => format!("人民幣{n}元"),
        c if NAMES.iter().any(|(code, _)| *code == c.code()) => format!("{n}{}", name(c)),
        c => format!("{n} {}", c.code()),
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::People => "人",
        Unit::Chips => "顆",
        Unit::Shares => "股",
        Unit::Investors | Unit::Companies => "家",
        Unit::Rounds => "輪",
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
        Qualifier::About => "約",
        Qualifier::UpTo => "最多",
        // the range is written out by the value itself ("US$47–US$51")
        Qualifier::Range => "",
    }
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Consistent => "與原文數據一致",
        Verdict::ConsistentIfTruncated => "僅在截斷（而非四捨五入）時一致",
        Verdict::Inconsistent => "與原文自身數據不符",
    }
}

/// The metrics' labels as one list (`MetricWords::get`).
pub static METRIC_LABELS: [&str; super::words::METRICS] = WORDS.metric.labels();

pub const WORDS: Words = Words {
    tag: "zh-Hant",
    lang: super::Lang::ZhHant,
    font: "Noto Sans CJK HK, Noto Sans HK, PingFang HK, Noto Sans CJK TC, PingFang TC, Microsoft JhengHei, system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
    ui: Ui {
        views: "圖表",
        table: "數據表",
        hide_table: "隱藏數據表",
        svg: "下載 SVG",
        png: "下載 PNG",
        csv: "下載 CSV",
        lot: "每手股數",
        fx: "1港元兌人民幣",
        loading: "正在載入圖表",
        internal_error: "圖表因內部錯誤停止，請重新載入頁面",
        details: "來源與說明",
        close: "關閉",
        choose_view: "選擇圖表",
        sentences: "原文句子",
        metrics: "顯示內容",
        scale: "刻度",
        currency: "貨幣",
    },
    metric: MetricWords {
        lang: super::Lang::ZhHant,
        offer_price: "招股價",
        opening_price: "開市價",
        first_day_high: "首日最高價",
        first_day_low: "首日最低價",
        first_day_close: "首日收市價",
        later_high: "上市後最高價",
        latest_price: "最新股價",
        gain_first_day_high: "首日最高漲幅",
        gain_first_day_close: "首日收市漲幅",
        lot_size: "每手股數",
        lot_profit_max: "每手最高賬面利潤",
        market_cap_close: "收市總市值",
        market_cap_peak: "盤中最高總市值",
        public_offer_subscription: "公開發售認購倍數",
        international_offer_subscription: "國際配售認購倍數",
        retail_applicants: "公開發售認購人數",
        cornerstone_investors: "基石投資者數量",
        cornerstone_amount: "基石認購金額",
        cornerstone_share_of_offering: "基石佔全球發售比例",
        offer_shares: "發售股數",
        gross_proceeds: "集資總額",
        ipo_valuation: "按招股價計市值",
        net_proceeds: "淨集資",
        net_proceeds_rnd_share: "集資淨額用於研發比例",
        registered_capital: "註冊資本",
        funding_rounds: "融資輪數",
        funding_total: "累計融資金額",
        last_private_valuation: "最後一輪估值",
        holding_share: "持股比例",
        order_backlog: "訂單儲備",
        revenue: "收入",
        gross_margin: "毛利率",
        gross_profit: "毛利",
        operating_profit: "經營溢利",
        net_profit: "純利",
        ebitda: "EBITDA",
        net_loss: "虧損",
        cumulative_net_loss: "累計虧損",
        rnd_expense: "研發開支",
        rnd_share_of_opex: "研發佔經營開支比例",
        rnd_employee_cost: "研發僱員成本",
        chip_units: "晶片銷量",
        rnd_staff: "研發人員",
        rnd_staff_share: "研發人員佔員工總數比例",
        rnd_staff_masters_share: "研發人員碩士以上學歷比例",
        rnd_staff_10y: "逾10年經驗研發人員",
        rnd_staff_10y_share: "逾10年經驗研發人員佔比",
        top5_customer_share: "前五大客戶收入佔比",
        market_size: "市場規模",
        market_cagr: "年複合增長率",
        market_share: "市場份額",
        market_players: "規模化參與者",
        int8_tops: "INT8峰值算力",
        process_node: "製程",
    },

    numbers: Numbers::Myriads { wan: "萬", yi: "億" },
    money,
    unit,
    axis_date: |y, m, d, long| super::phrases::axis_date(super::Lang::ZhHant, y, m, d, long),
    qualifier,
    verdict,
    and_list: cjk::and_list,
    not_given: "原文未提供",
    source_prefix: "來源：",
    csv_unit: "單位",
    table_head: ["項目", "系列", "數值", "期間", "原文出處"],

    currency_name: name,
    check_sentence: |stated, inputs, got| super::phrases::check_sentence(super::Lang::ZhHant, false, stated, inputs, got),
    bound_sentence: |stated, inputs, got| super::phrases::check_sentence(super::Lang::ZhHant, true, stated, inputs, got),

    view_listing_day: "上市首日",
    view_demand: "認購與集資",
    view_valuation: "估值",
    view_financials: "財務",
    view_chips: "晶片銷量",
    view_market: "市場",
    view_customers: "客戶集中度",
    view_specs: "算力對比",
    view_company: "公司",
    view_fact_check: "核對",
    view_price_path: "股價走勢",
    m_first_day_high: "首日最高價",
    m_first_day_close: "首日收市價",
    m_later_high: "上市後最高價",
    m_latest: "最新股價",
    m_lot_profit: "每手賬面利潤",
    m_subscription: "認購倍數",
    m_proceeds: "集資與基石",
    m_revenue: "收入與毛利率",
    m_loss: "虧損",
    m_rnd: "研發開支",
    m_cumulative: "累計虧損",
    m_size: "市場規模",
    m_shares: "市場份額",
    m_profile: "概況",
    m_milestones: "大事記",
    m_team: "研發團隊",
    m_ownership: "股東",

    hk_public_offer: "香港公開發售",
    international_offer: "國際配售",
    retail_applied: "散戶認購公開發售部分",
    cornerstone_investors: "基石投資者",
    cornerstone_subscription: "基石投資者認購",
    net_proceeds: "集資淨額",
    last_private_valuation: "最後一輪融資估值",
    cap_at_close: "首日收市總市值",
    cap_at_peak: "首日盤中最高總市值",
    team_staff_share: "研發人員（佔全體員工）",
    team_masters_share: "碩士以上學歷（佔研發人員）",
    team_10y_share: "逾10年經驗（佔研發人員）",
    subscription_note: "認購倍數：有效認購額為發售股份的多少倍。條形從零開始。",
    shares_note: "佔市場收入的百分比。條形從零開始，小份額如實顯示為細條。",

    // chips
    article_gives_no_sales_for: "原文未給出該期銷量",
    dashed_box_means_article_gives: "虛線框表示原文未給出該數字。",
    half_year_hatched: "半年（斜線）",

    // company
    as_story_states_them_one: "原文所述，逐條列出。",
    bar_chart: "條形圖",
    bar_chart_list: "條形圖與列表",
    date_order_undated_items_last: "按時間排列；未註明時間的排在最後。",
    head_count: "人數",
    list_chart: "列表",
    no_date_given: "原文未註明時間",
    story_gives_nothing_this_kind: "原文未提供此類資訊。",
    topic_company: "公司",
    topic_customers: "客戶",
    topic_investors: "投資者",
    topic_listing: "上市",
    topic_market: "市場",
    topic_plan: "計劃",
    topic_product: "產品",
    topic_sales: "銷售",
    what_story_says: "原文中的公司資訊：",
    when_: "時間",

    // customers
    higher_share_more_revenue_hangs: "佔比越高，收入越依賴少數大客戶。",
    top_five_customers_share: "前五大客戶收入佔比",

    // demand
    also_printed_as: "文中另寫作",
    computed: "計算",
    computed_from_stated_share: "據原文比例計算",
    full_stop: "。",
    global_offering_went_cornerstones: "基石認購佔全球發售規模",
    list_sep: "；",
    public_offer_multiple_over_international: "公開發售認購倍數約為國際配售的倍數（計算）",
    which_for_rnd_computed: "其中用於研發（計算）",

    // fact_check
    fact_check_title: "核對：原文推算出的數字是否與其自身數據相符",
    check_list: "核對列表",
    recomputed: "據原文數據重算",
    stated: "原文",

    // financials
    annualise_half_year_estimate: "半年數據年化（估算）",
    annualised_estimate: "年化估算",
    annualised_estimate_not_article: "年化估算（非原文數據）",
    article_gives_no_rnd_employee: "原文未給出該期的研發僱員成本",
    article_says_cumulative_loss: "原文稱累計虧損",
    column_chart: "柱狀圖",
    dash: "——",
    estimate: "估算",
    seasonal_caveat: "注意，年化只是把半年數字翻倍，而原文稱",
    half_year_x_2_estimate: "半年數據 × 2，僅為估算，並非原文數據",
    running_total_adds_half_year: "累計數把半年數據與整年數據相加。",
    running_total_computed: "累計至此（計算）",

    // listing_day
    article_says: "原文稱",
    black_tick_value_article_states: "黑色刻度：原文所稱數值",
    currency_label: "貨幣",
    dash_spaced: " —— ",
    each_company_own_currency_gains: "各公司以本幣計價；漲幅相對招股價。",
    gain_over_offer_computed: "較招股價漲幅（計算）",
    listed_on: "上市地",
    offer_price: "招股價",
    paper_profit_computed: "賬面利潤（計算）",
    paper_profit_first_day_high: "賬面利潤 = （首日最高價 − 招股價） × 每手股數；各公司以本幣計價。",
    paper_profit_one_winning_lot: "中籤一手按首日最高價計算的賬面利潤",
    shares_per_lot: "每手股數",
    shares_per_lot_your_input: "每手股數（讀者輸入）",
    source_label: "出處",
    type_lot_size_above_it: "可在上方輸入每手股數（將標明為讀者輸入）",
    your_input_shares_per_lot: "讀者輸入的每手股數：",

    // market
    chart_generic: "圖表",
    everyone_else_computed: "其餘參與者（計算）",
    forecast_aside: "（預測）",
    hatched_forecast_or_computed: "斜線：預測或計算",
    players_at_scale: "規模化參與者",
    unit_prefix: "單位：",

    // mod
    actual: "實際",
    as_printed: "原文",
    check_label: "核對",
    forecast_hatched: "預測（斜線）",
    forecast_not_actual_figure: "預測值，非實際數據",
    full_year: "全年",
    note_label: "數據說明",
    printed_as: "原文寫作",

    // price_path
    dated_prices_article_gives: "各公司股價：招股價、上市首日及之後",
    line_chart: "折線圖",
    one_panel_per_listing_each: "每家公司一欄，各以本幣計，按時間先後排列；只有月份或沒有日期的價格照原文註明，不標在任何具體日期上。",
    price_path: "股價走勢",
    prices: "個價格點",

    // specs
    computed_aside: "（計算）",
    peak_compute_int8: "峰值算力對比（INT8）",
    stated_peak_not_real_world: "峰值為廠商標稱指標，不代表實際應用性能。",
    tops_trillion_operations_per_second: "單位：TOPS（每秒萬億次運算），廠商標稱峰值。",

    // valuation
    converted_at: "換算匯率：",
    fx_hkd_in_cny: "1港元兌人民幣",
    hatched_bars_are_converted: "斜線條形為換算所得。",
    cap_over_valuation: "首日收市市值為上市前最後一輪估值的倍數（計算；如經換算，按上述匯率）",
    own_currency: "原貨幣",
    m_first_day: "首日價格",
    first_day_title: "首日股價與招股價",
    first_day_note: "每家公司各用一條價格軸，以其交易貨幣計；深色直線為招股價。",
    offer_price_range: "招股價範圍",
    part_year_hatched: "不足一年（斜線）",
    part_year_note: |groups, mixed| {
        let mut text = String::from(if mixed { "各期長短不一：" } else { "" });
        // written straight into the one text (no `format!` per group)
        for (i, (periods, n)) in groups.iter().enumerate() {
            if i > 0 {
                text += "；";
            }
            text += &crate::join(periods, "、");
            text += if periods.len() > 1 { "各為" } else { "為" };
            text += cjk::numeral(u8::try_from(*n).unwrap_or(0));
            text += "個月";
        }
        text + "。"
    },
    below_zero_is_loss: "低於零即為虧損。",
    src_empty: "src：屬性為空，應寫明數據集 JSON 檔案的地址",
};

pub const REPORT: ReportWords = ReportWords {
    valid: |file, figures, facts| format!("{file}：有效——{figures}個數字，{facts}條事實"),
    invalid: |file, errors| format!("{file}：無效——{errors}處錯誤"),
    cannot_read: |file, why| format!("{file}：{why}"),
    not_found: "檔案不存在",
    unreadable: "無法讀取",
    not_text: "不是UTF-8文字",
    source_text_unread: |file, why| format!("來源全文「{file}」：{why}；未在其中查找引文"),
    errors: "錯誤",
    warnings: "警告",
    error: "錯誤",
    warning: "警告",
    derived_head: "推算數字（以數據集本身的數字重新計算）",
    no_derived: "本數據集沒有由其他數字推算出的數字，毋須重算。",
    stated: "文中",
    recomputed: "重算",
    reach_head: "各數字在哪些視圖中顯示（視圖：指標）",
    as_text: "以文字顯示",
    comma: "、",
    semicolon: "；",
    not_shown: |id, why| format!("「{id}」沒有在任何視圖中顯示：{why}"),
    unseen_metric: |m| format!("沒有視圖繪製本數據集中「{m}」的數字"),
    unseen_entity: |e, m, shown| format!("視圖只顯示{shown}的「{m}」，不顯示「{e}」的"),
    unseen_period_kind: |m, kind, shown| format!("視圖顯示該主體{shown}的「{m}」，不顯示{kind}的"),
    unseen_period: |m, period, shown| format!("視圖顯示該主體{shown}的「{m}」，不顯示{period}的"),
    unseen_repeat: |of| format!("與已顯示的「{of}」重複（主體、指標和時期相同）"),
    unseen_fact: "沒有視圖列出這條事實",
    view_failed: |view, e| format!("視圖「{view}」無法繪製：{e}"),
    not_checked: "修正以上錯誤後，才會檢查推算數字和視圖。",
    summary: |checked, contradicted, warnings| {
        format!("已檢查{checked}個推算數字，{contradicted}個與數據集本身的數字矛盾；{warnings}條警告")
    },
};
