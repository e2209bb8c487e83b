//! The closed vocabulary of metrics. A dataset may only use these names; each fixes the
//! unit its figures must have, so a figure can never be charted on the wrong axis. The
//! views look figures up by metric, which is what lets a newsroom's next story reuse them.

use super::Unit;

/// A known metric with its unit. Its name in each language is in the word catalog
/// (`i18n::MetricWords`), which has an entry for every metric here (tested).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metric {
    pub name: &'static str,
    pub unit: Unit,
    /// Whether a value may be negative (a profit that is a loss); a percentage always may.
    pub signed: bool,
}

const fn m(name: &'static str, unit: Unit) -> Metric {
    Metric { name, unit, signed: matches!(unit, Unit::Percent) }
}

/// A money metric that is negative when it is a loss (profit, EBITDA).
const fn signed(name: &'static str) -> Metric {
    Metric { name, unit: Unit::Money, signed: true }
}

use Unit::*;

/// Every metric a dataset may use.
pub const METRICS: &[Metric] = &[
    // Listing day and after
    m("offer_price", PricePerShare),
    m("opening_price", PricePerShare),
    m("first_day_high", PricePerShare),
    m("first_day_low", PricePerShare),
    m("first_day_close", PricePerShare),
    m("later_high", PricePerShare),
    m("latest_price", PricePerShare),
    m("gain_first_day_high", Percent),
    m("gain_first_day_close", Percent),
    m("lot_size", Shares),
    m("lot_profit_max", Money),
    m("market_cap_close", Money),
    m("market_cap_peak", Money),
    // Offering
    m("public_offer_subscription", Times),
    m("international_offer_subscription", Times),
    m("retail_applicants", People),
    m("cornerstone_investors", Investors),
    m("cornerstone_amount", Money),
    m("cornerstone_share_of_offering", Percent),
    m("offer_shares", Shares),
    m("gross_proceeds", Money),
    m("ipo_valuation", Money),
    m("net_proceeds", Money),
    m("net_proceeds_rnd_share", Percent),
    // Company
    m("registered_capital", Money),
    m("funding_rounds", Rounds),
    m("funding_total", Money),
    m("last_private_valuation", Money),
    m("holding_share", Percent),
    m("order_backlog", Money),
    m("revenue", Money),
    m("gross_margin", Percent),
    signed("gross_profit"),
    signed("operating_profit"),
    signed("net_profit"),
    signed("ebitda"),
    m("net_loss", Money),
    m("cumulative_net_loss", Money),
    m("rnd_expense", Money),
    m("rnd_share_of_opex", Percent),
    m("rnd_employee_cost", Money),
    m("chip_units", Chips),
    m("rnd_staff", People),
    m("rnd_staff_share", Percent),
    m("rnd_staff_masters_share", Percent),
    m("rnd_staff_10y", People),
    m("rnd_staff_10y_share", Percent),
    m("top5_customer_share", Percent),
    // Market
    m("market_size", Money),
    m("market_cagr", Percent),
    m("market_share", Percent),
    m("market_players", Companies),
    // Products
    m("int8_tops", Tops),
    m("process_node", Nanometres),
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
