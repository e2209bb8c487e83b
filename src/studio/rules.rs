//! The words that name a metric, in Simplified and Traditional Chinese and in English.
//! Each rule lists metrics of different units: a figure takes the first whose unit is the
//! figure's own, so 基石 is the cornerstone investors beside 23家, their amount beside
//! 28.99亿港元 and their share of the offering beside 64%. A metric is never guessed for a
//! figure of another unit.

/// Words and the metrics they point to.
pub struct Rule {
    pub words: &'static [&'static str],
    pub metrics: &'static [&'static str],
    /// 2: a compound that names one metric exactly (毛利率, 雇员成本) and beats a nearer
    /// general word in the same clause; 1: an ordinary word; 0: a weak word (股价) used
    /// only when no other word of the sentence fits.
    pub rank: u8,
}

const fn r(rank: u8, words: &'static [&'static str], metrics: &'static [&'static str]) -> Rule {
    Rule { words, metrics, rank }
}

/// Every rule. Overlapping words resolve to the longest (累计亏损 before 亏损, 净募资
/// before 募资, "net income" before "income").
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    r(2, &["累计亏损", "累计净亏损", "累計虧損", "累計淨虧損", "cumulative loss", "cumulative losses", "accumulated losses", "accumulated deficit"], &["cumulative_net_loss"]),
    r(2, &["净募资", "募集净额", "所得款项净额", "淨募資", "募集淨額", "所得款項淨額", "集資淨額", "net proceeds"], &["net_proceeds", "net_proceeds_rnd_share"]),
    r(2, &["毛利率", "gross margin", "gross margins"], &["gross_margin"]),
    r(2, &["雇员成本", "员工成本", "僱員成本", "員工成本", "employee cost", "employee costs", "staff cost", "staff costs"], &["rnd_employee_cost"]),
    r(2, &["行业经验", "年经验", "行業經驗", "年經驗", "years of experience", "years' experience"], &["rnd_staff_10y"]),
    r(2, &["研发人员总数", "研發人員總數", "of r&d staff", "of its r&d staff", "of the r&d staff"], &["rnd_staff_10y_share"]),
    r(2, &["硕士", "碩士", "master's", "masters"], &["rnd_staff_masters_share"]),
    r(2, &["五大客户", "前五大客户", "五大客戶", "前五大客戶", "top five customers", "top 5 customers", "five largest customers"], &["top5_customer_share"]),
    r(2, &["注册资本", "註冊資本", "registered capital"], &["registered_capital"]),
    r(2, &["订单储备", "在手订单", "訂單儲備", "在手訂單", "order backlog", "backlog"], &["order_backlog"]),
    r(2, &["复合增长率", "复合年增长率", "複合增長率", "複合年增長率", "cagr", "compound annual growth"], &["market_cagr"]),
    r(1, &["基石", "cornerstone"], &["cornerstone_investors", "cornerstone_amount", "cornerstone_share_of_offering"]),
    r(1, &["认购金额", "認購金額"], &["cornerstone_amount"]),
    r(1, &["经营开支", "經營開支", "operating expenses", "opex"], &["rnd_share_of_opex"]),
    r(1, &["市场份额", "份额", "市場份額", "份額", "market share", "share of the market"], &["market_share"]),
    r(1, &["市场规模", "市场", "市場規模", "市場", "market size", "market"], &["market_size"]),
    r(1, &["总市值", "市值", "總市值", "market value", "market capitalisation", "market capitalization", "market cap"], &["market_cap_close"]),
    r(1, &["估值", "valuation", "valued at", "valuing"], &["last_private_valuation"]),
    r(1, &["发行价", "招股价", "發行價", "招股價", "offer price", "ipo price", "issue price", "priced at", "priced its", "priced the", "pricing at", "marketed range", "price range"], &["offer_price"]),
    r(1, &["开盘", "开盘价", "開盤", "開盤價", "开市", "開市", "opened at", "opened", "opening price"], &["opening_price"]),
    r(1, &["收盘", "收市", "收盤", "收盘价", "收市價", "closed at", "closed", "closing price"], &["first_day_close"]),
    r(1, &["最高", "高点", "高點", "as high as", "high", "peak"], &["first_day_high"]),
    r(1, &["最低", "低点", "低點", "as low as", "low"], &["first_day_low"]),
    r(0, &["股价", "股價", "share price", "stock price", "trading at", "traded at"], &["latest_price"]),
    r(1, &["涨幅", "上涨", "大涨", "涨", "漲幅", "上漲", "大漲", "漲", "gain", "gained", "up", "rose", "jumped", "surged", "soared", "climbed"], &["gain_first_day_close"]),
    r(1, &["募资", "集资", "募集", "募資", "集資", "raised", "raise", "raising", "proceeds", "gross proceeds"], &["gross_proceeds"]),
    r(1, &["国际配售", "國際配售", "international offering", "international offer", "international placing", "international tranche"], &["international_offer_subscription"]),
    r(1, &["公开发售", "公開發售", "public offer", "public offering", "retail tranche"], &["public_offer_subscription", "retail_applicants"]),
    r(1, &["认购倍数", "超额认购", "认购", "認購倍數", "超額認購", "認購", "oversubscribed", "over-subscribed", "subscribed", "times"], &["public_offer_subscription", "retail_applicants"]),
    r(1, &["散户", "散戶", "申购", "申購", "applicants", "retail investors"], &["retail_applicants"]),
    r(1, &["发售股份", "发行股份", "發售股份", "發行股份", "全球发售", "全球發售", "offer shares", "ads", "adss", "shares offered", "new shares", "shares"], &["offer_shares"]),
    r(1, &["每手", "一手", "一签", "每簽", "一簽", "中签", "中簽", "board lot", "lot", "lot size"], &["lot_size", "lot_profit_max"]),
    r(1, &["浮盈", "账面盈利", "賬面盈利", "paper profit", "paper gain"], &["lot_profit_max"]),
    r(1, &["营收", "收入", "营业收入", "營收", "營業收入", "revenue", "revenues", "sales", "turnover"], &["revenue"]),
    r(1, &["毛利", "gross profit"], &["gross_profit"]),
    r(1, &["经营利润", "营业利润", "經營利潤", "營業利潤", "operating profit", "operating income"], &["operating_profit"]),
    r(1, &["净利润", "净利", "纯利", "淨利潤", "淨利", "純利", "盈利", "net income", "net profit", "profit", "earnings"], &["net_profit"]),
    r(1, &["亏损", "净亏损", "虧損", "淨虧損", "net loss", "loss", "losses", "lost"], &["net_loss"]),
    r(1, &["ebitda", "息税折旧摊销前利润"], &["ebitda"]),
    r(1, &["研发", "研发开支", "研发成本", "研发费用", "研發", "研發開支", "研發成本", "r&d", "research and development"], &["rnd_expense"]),
    r(1, &["研发人员", "研發人員", "研发团队", "研發團隊", "r&d staff", "r&d personnel", "engineers"], &["rnd_staff", "rnd_staff_share"]),
    r(1, &["员工", "員工", "雇员", "僱員", "staff", "employees", "employee", "headcount", "workforce"], &["rnd_staff", "rnd_staff_share"]),
    r(1, &["销量", "售出", "出货", "銷量", "出貨", "shipped", "shipments", "units sold", "sold"], &["chip_units"]),
    r(1, &["融资", "融資", "funding", "funding rounds", "rounds"], &["funding_total", "funding_rounds"]),
    r(1, &["持股", "持有", "股本", "股权", "股權", "stake", "holds", "owns", "owned"], &["holding_share"]),
    r(1, &["参与者", "參與者", "厂商", "廠商", "players", "vendors"], &["market_players"]),
    r(1, &["算力", "计算能力", "計算能力", "tops", "computing power"], &["int8_tops"]),
    r(1, &["制程", "製程", "工艺", "工藝", "process node", "process"], &["process_node"]),
];

/// Words after which a first-day figure is for a later day (上市5个交易日中).
pub const LATER: &[&str] = &["交易日", "此后", "其后", "随后", "隨後", "later", "since"];
/// Words of the listing day itself.
pub const LISTING_DAY: &[&str] =
    &["首日", "当天", "當天", "当日", "當日", "first day", "debut", "listing day", "session"];
/// Words of a day's high: a gain beside one is the gain at the high.
pub const HIGH: &[&str] = &["最高", "高点", "高點", "high", "peak"];
/// Words of a peak market value (一度达到1027亿港元).
pub const PEAK: &[&str] = &["一度", "最高", "峰值", "peak", "high", "at one point"];
/// Words of the offer: a valuation beside one is at the offer price.
pub const OFFER: &[&str] = &["发行价", "招股价", "發行價", "招股價", "offer price", "ipo", "listing", "上市"];
