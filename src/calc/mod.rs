//! The calculation core: pure functions over the model, no browser. Every function that
//! can be asked something impossible returns an [`Error`](crate::Error) instead of NaN.

mod consistency;
mod discover;
mod fx;
mod growth;
mod interval;
mod m4;
mod returns;
mod series;

pub use consistency::{check_all, Check, CheckKind, Verdict};
pub use discover::{discover, Relation, RelationKind};
pub use fx::convert;
pub use growth::{cagr_pct, grow};
pub use interval::Interval;
pub use m4::{m4, m4_by};
pub use returns::{gain_pct, implied_shares, lot_profit, price_for_gain};
pub use series::{cumulative, implied_total, overlaps, sum, within, Disjoint, Mixing, Total};
