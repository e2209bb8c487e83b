//! The closed vocabulary of metrics. A dataset may only use these names; each fixes the
//! unit its figures must have, so a figure can never be charted on the wrong axis. The
//! views look figures up by metric, which is what lets a newsroom's next story reuse them.

use super::Unit;

/// A known metric with its unit and its labels in both languages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metric {
    pub name: &'static str,
    pub unit: Unit,
    pub zh: &'static str,
    pub en: &'static str,
}

const fn m(name: &'static str, unit: Unit, zh: &'static str, en: &'static str) -> Metric {
    Metric { name, unit, zh, en }
}

use Unit::*;

/// Every metric a dataset may use.
pub const METRICS: &[Metric] = &[
    // Listing day and after
    m("offer_price", PricePerShare, "发行价", "Offer price"),
    m("first_day_high", PricePerShare, "首日最高价", "First-day high"),
    m("first_day_close", PricePerShare, "首日收盘价", "First-day close"),
    m("later_high", PricePerShare, "上市后最高价", "Later high"),
    m("latest_price", PricePerShare, "最新股价", "Latest price"),
    m("gain_first_day_high", Percent, "首日最高涨幅", "Gain at first-day high"),
    m("gain_first_day_close", Percent, "首日收盘涨幅", "Gain at first-day close"),
    m("lot_size", Shares, "每手(一签)股数", "Shares per lot"),
    m("lot_profit_max", Money, "一签最高浮盈", "Top paper profit per lot"),
    m("market_cap_close", Money, "收盘总市值", "Market cap at close"),
    m("market_cap_peak", Money, "盘中最高总市值", "Market cap at intraday peak"),
    // Offering
    m("public_offer_subscription", Times, "公开发售认购倍数", "Public offer subscription"),
    m("international_offer_subscription", Times, "国际配售认购倍数", "International offer subscription"),
    m("retail_applicants", People, "公开发售认购人数", "Retail applicants"),
    m("cornerstone_investors", Investors, "基石投资者数量", "Cornerstone investors"),
    m("cornerstone_amount", Money, "基石认购金额", "Cornerstone subscription"),
    m("cornerstone_share_of_offering", Percent, "基石占全球发售比例", "Cornerstone share of global offering"),
    m("net_proceeds", Money, "净募资", "Net proceeds"),
    m("net_proceeds_rnd_share", Percent, "募资净额用于研发比例", "Net proceeds earmarked for R&D"),
    // Company
    m("registered_capital", Money, "注册资本", "Registered capital"),
    m("funding_rounds", Rounds, "融资轮数", "Funding rounds"),
    m("funding_total", Money, "累计融资金额", "Total funding raised"),
    m("last_private_valuation", Money, "最后一轮估值", "Last private valuation"),
    m("holding_share", Percent, "持股比例", "Shareholding"),
    m("order_backlog", Money, "订单储备", "Order backlog"),
    m("revenue", Money, "收入", "Revenue"),
    m("gross_margin", Percent, "毛利率", "Gross margin"),
    m("net_loss", Money, "亏损", "Net loss"),
    m("cumulative_net_loss", Money, "累计亏损", "Cumulative net loss"),
    m("rnd_expense", Money, "研发开支", "R&D expense"),
    m("rnd_share_of_opex", Percent, "研发占经营开支比例", "R&D share of operating expenses"),
    m("rnd_employee_cost", Money, "研发雇员成本", "R&D employee cost"),
    m("chip_units", Chips, "芯片销量", "Chip unit sales"),
    m("rnd_staff", People, "研发人员", "R&D staff"),
    m("rnd_staff_share", Percent, "研发人员占员工总数比例", "R&D share of all staff"),
    m("rnd_staff_masters_share", Percent, "研发人员硕士以上学历比例", "R&D staff with a master's degree or higher"),
    m("rnd_staff_10y", People, "逾10年经验研发人员", "R&D staff with 10+ years' experience"),
    m("rnd_staff_10y_share", Percent, "逾10年经验研发人员占比", "Share of R&D staff with 10+ years' experience"),
    m("top5_customer_share", Percent, "前五大客户收入占比", "Top-five customers' share of revenue"),
    // Market
    m("market_size", Money, "市场规模", "Market size"),
    m("market_cagr", Percent, "年复合增长率", "Compound annual growth rate"),
    m("market_share", Percent, "市场份额", "Market share"),
    m("market_players", Companies, "规模化参与者", "Players at scale"),
    // Products
    m("int8_tops", Tops, "INT8峰值算力", "Peak INT8 compute"),
    m("process_node", Nanometres, "制程", "Process node"),
];

/// Looks a metric up by name.
///
/// ```
/// use ipo_lens::model::{metric, Unit};
/// assert_eq!(metric("revenue").unwrap().unit, Unit::Money);
/// assert!(metric("revenu").is_none());
/// ```
pub fn metric(name: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|m| m.name == name)
}
