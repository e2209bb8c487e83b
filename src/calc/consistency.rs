//! The fact check: every derived figure the story states (a gain, a CAGR, a cumulative
//! loss, a lot profit, a market cap, a repeated figure, a bound between figures) is
//! recomputed from the story's own inputs with interval arithmetic, so that rounding in
//! the inputs never makes a figure look wrong that is not.

use super::{cagr_pct, series, Interval};
use crate::hash::HashMap;
use crate::model::{Dataset, Figure, Period};
use std::rc::Rc;

/// The dataset's figures looked up by entity and metric at once: [`Dataset::find`] and
/// [`Dataset::series`] each read every figure, and a check per listing or per figure
/// that asks them would read a 20,000-figure file 20,000 times.
struct Index<'d> {
    d: &'d Dataset,
    first: HashMap<(&'d str, &'d str), &'d Figure>,
    series: HashMap<(&'d str, &'d str), Vec<&'d Figure>>,
}

impl<'d> Index<'d> {
    fn new(d: &'d Dataset) -> Index<'d> {
        let mut first = HashMap::new();
        for f in &d.figures {
            first.entry((f.entity.as_str(), f.metric.as_str())).or_insert(f);
        }
        Index { d, first, series: HashMap::new() }
    }

    /// As [`Dataset::find`].
    fn find(&self, entity: &str, metric: &str) -> Option<&'d Figure> {
        self.first.get(&(entity, metric)).copied()
    }

    /// As [`Dataset::series`], read once per entity and metric.
    fn series(&mut self, entity: &'d str, metric: &'d str) -> &[&'d Figure] {
        let d = self.d;
        self.series.entry((entity, metric)).or_insert_with(|| d.series(entity, metric))
    }
}

/// What kind of recomputation a check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// A gain against the offer price.
    Gain,
    /// A compound annual growth rate between two sizes.
    Cagr,
    /// A cumulative sum over periods.
    Cumulative,
    /// Paper profit per lot.
    LotProfit,
    /// A market cap from the share count implied by another cap and price.
    MarketCap,
    /// The same quantity printed twice.
    Repeat,
    /// Net proceeds cannot exceed the whole offering implied by the cornerstone share.
    OfferingBound,
    /// A head count from a total and a share.
    Headcount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Consistent,
    /// Agrees only if the story cut digits off instead of rounding (2347.53 → "2347").
    ConsistentIfTruncated,
    Inconsistent,
}

/// One recomputed figure.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Check {
    pub kind: CheckKind,
    /// The figure being checked.
    pub figure: String,
    /// The figures it is recomputed from (shared by the checks of one sum: a story may
    /// print the same cumulative loss many times).
    pub inputs: Rc<[String]>,
    /// What the stated figure can mean, given its printing and qualifier.
    pub stated: Interval,
    /// What the inputs give, across their rounding.
    pub recomputed: Interval,
    pub verdict: Verdict,
}

fn verdict(stated: Interval, recomputed: Interval) -> Verdict {
    if stated.overlaps(recomputed) {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    }
}

fn check(kind: CheckKind, f: &Figure, inputs: &[&Figure], recomputed: Interval) -> Check {
    let mut ids = Vec::with_capacity(inputs.len());
    for i in inputs {
        ids.push(i.id.clone());
    }
    checked(kind, f, ids.into(), recomputed)
}

/// [`check`] with its inputs' ids already listed.
fn checked(kind: CheckKind, f: &Figure, inputs: Rc<[String]>, recomputed: Interval) -> Check {
    let stated = Interval::of(f);
    Check { kind, figure: f.id.clone(), inputs, stated, recomputed, verdict: verdict(stated, recomputed) }
}

/// A span's sum of losses, once worked out: its parts' ids and total (none where they do
/// not add up).
type Summed = Option<(Rc<[String]>, Interval)>;

/// Runs every check the dataset allows, in a stable order.
///
/// ```
/// use ipo_lens::calc::{check_all, Verdict};
/// use ipo_lens::model::{parse, DEFAULT_JSON};
/// let checks = check_all(&parse(DEFAULT_JSON).unwrap());
/// assert!(checks.iter().any(|c| c.verdict == Verdict::Inconsistent));
/// ```
pub fn check_all(d: &Dataset) -> Vec<Check> {
    let mut out = Vec::new();
    let mut ix = Index::new(d);
    for l in &d.listings {
        let c = l.company.as_str();
        let Some(offer) = ix.find(c, "offer_price") else { continue };
        let offer_iv = Interval::of(offer);
        // (a static table, read in place: a list written here is built anew at each listing)
        static GAINS: [(&str, &str); 2] =
            [("gain_first_day_high", "first_day_high"), ("gain_first_day_close", "first_day_close")];
        for &(gain, price) in &GAINS {
            if let (Some(g), Some(p)) = (ix.find(c, gain), ix.find(c, price)) {
                if let Some(r) = Interval::of(p).checked_div(offer_iv) {
                    out.push(check(CheckKind::Gain, g, &[p, offer], r.map_increasing(|x| (x - 1.0) * 100.0)));
                }
            }
        }
        if let (Some(lp), Some(high), Some(lot)) =
            (ix.find(c, "lot_profit_max"), ix.find(c, "first_day_high"), ix.find(c, "lot_size"))
        {
            let r = (Interval::of(high) - offer_iv) * Interval::of(lot);
            out.push(check(CheckKind::LotProfit, lp, &[high, offer, lot], r));
        }
        if let (Some(cap_c), Some(close), Some(cap_p), Some(high)) = (
            ix.find(c, "market_cap_close"),
            ix.find(c, "first_day_close"),
            ix.find(c, "market_cap_peak"),
            ix.find(c, "first_day_high"),
        ) {
            if let Some(shares) = Interval::of(cap_c).checked_div(Interval::of(close)) {
                out.push(check(CheckKind::MarketCap, cap_p, &[cap_c, close, high], shares * Interval::of(high)));
            }
        }
        if let (Some(amount), Some(share), Some(net)) =
            (ix.find(c, "cornerstone_amount"), ix.find(c, "cornerstone_share_of_offering"), ix.find(c, "net_proceeds"))
        {
            if amount.currency == net.currency {
                if let Some(offering) = Interval::of(amount).checked_div(Interval::of(share).scale(0.01)) {
                    // Net proceeds can be anything up to the gross offering.
                    // (built as every check is, then judged against what is allowed)
                    let mut bound = check(CheckKind::OfferingBound, net, &[amount, share], offering);
                    bound.verdict = verdict(bound.stated, Interval::new(0.0, offering.hi));
                    out.push(bound);
                }
            }
        }
    }
    // each market's sizes by period, read once
    let mut by_period: HashMap<&str, HashMap<Period, &Figure>> = HashMap::new();
    for f in d.figures.iter().filter(|f| f.metric == "market_cagr") {
        let Ok(Period::Span(a, b)) = Period::parse(&f.period) else { continue };
        let sizes = by_period.entry(f.entity.as_str()).or_insert_with(|| {
            let mut m = HashMap::new();
            for s in ix.series(&f.entity, "market_size") {
                if let Ok(p) = Period::parse(&s.period) {
                    m.entry(p).or_insert(*s);
                }
            }
            m
        });
        let at = |p: &Period| sizes.get(p).copied();
        let (Some(s0), Some(s1)) = (at(&a), at(&b)) else { continue };
        let (Some(y0), Some(y1)) = (a.end_year(), b.end_year()) else { continue };
        let (i0, i1) = (Interval::of(s0), Interval::of(s1));
        if let (Ok(lo), Ok(hi)) = (cagr_pct(i0.hi, i1.lo, y1 - y0), cagr_pct(i0.lo, i1.hi, y1 - y0)) {
            out.push(check(CheckKind::Cagr, f, &[s0, s1], Interval::new(lo, hi)));
        }
    }
    // each company's losses with their periods read, once; each span's sum, once (a
    // story may print the same cumulative loss many times)
    let mut losses: HashMap<&str, Vec<(Period, &Figure)>> = HashMap::new();
    let mut sums: HashMap<(&str, &str), Summed> = HashMap::new();
    for f in d.figures.iter().filter(|f| f.metric == "cumulative_net_loss") {
        let summed = sums.entry((f.entity.as_str(), f.period.as_str())).or_insert_with(|| {
            let Ok(Period::Span(a, b)) = Period::parse(&f.period) else { return None };
            // (plain loops: the iterator chains with their closures compiled to more)
            let losses = losses.entry(f.entity.as_str()).or_insert_with(|| {
                let mut read = Vec::new();
                for s in ix.series(&f.entity, "net_loss") {
                    if let Ok(p) = Period::parse(&s.period) {
                        read.push((p, *s));
                    }
                }
                read
            });
            let mut parts: Vec<&(Period, &Figure)> = Vec::new();
            for x in losses.iter() {
                if series::within(&x.0, &a, &b) {
                    parts.push(x);
                }
            }
            let total = series::sum_read(&parts, series::Mixing::Allow).ok()?;
            let mut ids = Vec::with_capacity(parts.len());
            for (_, s) in &parts {
                ids.push(s.id.clone());
            }
            Some((ids.into(), total.interval))
        });
        if let Some((ids, total)) = summed {
            out.push(checked(CheckKind::Cumulative, f, Rc::clone(ids), *total));
        }
    }
    for c in d.entities.iter().map(|e| e.id.as_str()) {
        if let (Some(n), Some(staff), Some(share)) =
            (ix.find(c, "rnd_staff_10y"), ix.find(c, "rnd_staff"), ix.find(c, "rnd_staff_10y_share"))
        {
            let r = Interval::of(staff) * Interval::of(share).scale(0.01);
            out.push(check(CheckKind::Headcount, n, &[staff, share], r));
        }
    }
    repeats(d, &mut out);
    out
}

/// Figures printed twice or more for the same thing (entity, metric, key, period): each
/// printing is checked against the most precise one (of two equally precise, the later),
/// so that a figure printed n times is n − 1 checks, not n² / 2. In the order of each
/// thing's first printing, then of the printings. Added to `out`.
fn repeats(d: &Dataset, out: &mut Vec<Check>) {
    type Key<'d> = (&'d str, &'d str, Option<&'d str>, &'d str);
    let mut groups: Vec<Vec<&Figure>> = Vec::new();
    let mut at: HashMap<Key, usize> = HashMap::new();
    for f in &d.figures {
        let k = (f.entity.as_str(), f.metric.as_str(), f.key.as_deref(), f.period.as_str());
        let i = *at.entry(k).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[i].push(f);
    }
    let step = |f: &Figure| f.written().map_or(0.0, |w| w.last_digit);
    for g in groups.iter().filter(|g| g.len() > 1) {
        // the most precise: the smallest last digit, the later of two alike
        let mut fine = g[0];
        for f in &g[1..] {
            if step(fine) >= step(f) {
                fine = f;
            }
        }
        for coarse in g.iter().copied().filter(|f| !std::ptr::eq(*f, fine)) {
            let mut c = check(CheckKind::Repeat, coarse, &[fine], Interval::of(fine));
            let s = step(coarse);
            if c.verdict == Verdict::Inconsistent
                && s > 0.0
                && ((fine.value / s).floor() * s - coarse.value).abs() < s * 1e-6
            {
                c.verdict = Verdict::ConsistentIfTruncated;
            }
            out.push(c);
        }
    }
}
