//! Sums over periods. A half year is not a year: a sum refuses to mix period kinds unless
//! the caller says so, and then the result says that it is mixed.

use super::Interval;
use crate::error::{Error, Result};
use crate::model::{Currency, Figure, Period, Unit};

/// Whether a sum may add half years to full years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mixing {
    Refuse,
    /// Allowed; the [`Total`] then carries `mixed: true` for the UI to say so.
    Allow,
}

/// The result of [`sum`]: the total, its rounding interval and what went into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    pub value: f64,
    pub interval: Interval,
    pub unit: Unit,
    pub currency: Option<Currency>,
    pub periods: Vec<Period>,
    /// True when periods of different kinds (full and half years) were added.
    pub mixed: bool,
}

/// Adds figures of one unit and currency over distinct periods.
///
/// ```
/// use ipo_lens::calc::{sum, Mixing};
/// use ipo_lens::model::{parse, DEFAULT_JSON};
/// let d = parse(DEFAULT_JSON).unwrap();
/// let losses = d.series("biren", "net_loss");
/// assert!(sum(&losses, Mixing::Refuse).is_err()); // FY2022–FY2024 plus H1 2025
/// let t = sum(&losses, Mixing::Allow).unwrap();
/// assert!(t.mixed && (t.value - 63.57e8).abs() < 1.0);
/// ```
pub fn sum(figures: &[&Figure], mixing: Mixing) -> Result<Total> {
    add_up(figures, &[], mixing)
}

/// [`sum`] of figures whose periods are already read (`(period, figure)`).
pub(crate) fn sum_read(parts: &[&(Period, &Figure)], mixing: Mixing) -> Result<Total> {
    add_up(&[], parts, mixing)
}

/// [`sum`] over `figures`, or over `parts` whose periods are already read (one of the two
/// is empty): compiled once for both, with no closure or iterator type for each.
fn add_up(figures: &[&Figure], parts: &[&(Period, &Figure)], mixing: Mixing) -> Result<Total> {
    let nth = |i: usize| match parts.get(i) {
        Some((p, f)) => (*f, Some(p)),
        None => (figures[i], None),
    };
    let n = figures.len() + parts.len();
    if n == 0 {
        return Err(Error::calc("nothing to add"));
    }
    let first = nth(0).0;
    let mut total = Total {
        value: 0.0,
        interval: Interval::exact(0.0),
        unit: first.unit,
        currency: first.currency,
        periods: Vec::with_capacity(n),
        mixed: false,
    };
    let mut added = Disjoint::default();
    // the first figure's kind of period, read with it (not again for every other)
    let mut first_kind = None;
    for i in 0..n {
        let (f, read) = nth(i);
        if f.unit != total.unit || f.currency != total.currency {
            return Err(Error::calc(format!(
                "cannot add {} ({}) to {} ({})",
                f.id,
                f.unit.as_str(),
                first.id,
                first.unit.as_str()
            )));
        }
        if !matches!(f.unit, Unit::Money | Unit::Chips | Unit::People) {
            return Err(Error::calc(format!("{} figures do not add up ({})", f.unit.as_str(), f.id)));
        }
        let p = match read {
            Some(p) => p.clone(),
            None => Period::parse(&f.period).map_err(Error::calc)?,
        };
        if p.months().is_none() {
            return Err(Error::calc(format!("{} is not for a year, half year or month", f.id)));
        }
        let first_kind = *first_kind.get_or_insert(p.kind());
        if p.kind() != first_kind {
            if mixing == Mixing::Refuse {
                return Err(Error::calc(format!(
                    "{} is a {} and {} a {}: adding them mixes period kinds",
                    first.id,
                    first.period_kind.as_str(),
                    f.id,
                    f.period_kind.as_str()
                )));
            }
            total.mixed = true;
        }
        let clash = added.clashes(&p);
        if clash {
            return Err(Error::calc(format!("{} overlaps a period already added", f.id)));
        }
        total.value += f.value;
        total.interval = total.interval + Interval::of(f);
        total.periods.push(p);
    }
    Ok(total)
}

/// Running totals, period by period, with the same rules as [`sum`].
///
/// ```
/// use ipo_lens::calc::{cumulative, Mixing};
/// use ipo_lens::model::{parse, DEFAULT_JSON};
/// let d = parse(DEFAULT_JSON).unwrap();
/// let losses = d.series("biren", "net_loss");
/// let run = cumulative(&losses, Mixing::Allow).unwrap();
/// assert!((run[1] - 32.18e8).abs() < 1.0); // 14.74亿 + 17.44亿
/// ```
pub fn cumulative(figures: &[&Figure], mixing: Mixing) -> Result<Vec<f64>> {
    sum(figures, mixing)?;
    let mut acc = 0.0;
    let mut run = Vec::with_capacity(figures.len());
    for f in figures {
        acc += f.value;
        run.push(acc);
    }
    Ok(run)
}

/// Whether period `p` lies within `from..=to` (by start and end years).
pub fn within(p: &Period, from: &Period, to: &Period) -> bool {
    match (start_year(p), p.end_year(), start_year(from), to.end_year()) {
        (Some(s), Some(e), Some(fs), Some(te)) => s >= fs - 1e-9 && e <= te + 1e-9,
        _ => false,
    }
}

/// Periods added one by one that never overlap one another (as [`overlaps`] tells): kept
/// as their spans sorted by start (and, for periods without a span such as dates, as a
/// set), so that whether the next one overlaps any of them is a search, not a pass over
/// them all.
#[derive(Default)]
pub struct Disjoint {
    spans: Vec<(f64, f64)>,
    points: crate::hash::HashSet<Period>,
}

impl Disjoint {
    /// Whether `p` overlaps a period already added; where it does not, it is added.
    pub fn clashes(&mut self, p: &Period) -> bool {
        match (start_year(p), p.end_year()) {
            // the spans never overlap one another, so sorted by start their ends rise too:
            // a new one overlaps one of them exactly when it overlaps the last that starts
            // before it ends
            (Some(start), Some(end)) => {
                let i = self.spans.partition_point(|&(s, _)| s < end - 1e-9);
                let hit = i > 0 && start < self.spans[i - 1].1 - 1e-9;
                if !hit {
                    self.spans.insert(i, (start, end));
                }
                hit
            }
            _ => !self.points.insert(p.clone()),
        }
    }
}

fn start_year(p: &Period) -> Option<f64> {
    let months = f64::from(p.months()?);
    Some(p.end_year()? - months / 12.0)
}

/// Whether periods `a` and `b` share any months (a half year and its year do).
///
/// ```
/// use ipo_lens::{calc::overlaps, model::Period};
/// let (fy, h1) = (Period::parse("FY2024").unwrap(), Period::parse("H1-2024").unwrap());
/// assert!(overlaps(&fy, &h1));
/// assert!(!overlaps(&fy, &Period::parse("H1-2025").unwrap()));
/// ```
pub fn overlaps(a: &Period, b: &Period) -> bool {
    match (start_year(a), a.end_year(), start_year(b), b.end_year()) {
        (Some(s1), Some(e1), Some(s2), Some(e2)) => s1 < e2 - 1e-9 && s2 < e1 - 1e-9,
        _ => a == b,
    }
}

/// The total of which `part` is `share_pct` percent (operating expenses from R&D and
/// its share of them).
///
/// ```
/// // Biren FY2022: R&D ¥10.18亿 was 79.8 % of operating expenses → about ¥12.76亿
/// let t = ipo_lens::calc::implied_total(10.18e8, 79.8).unwrap();
/// assert!((t / 1e8 - 12.757).abs() < 1e-3);
/// ```
pub fn implied_total(part: f64, share_pct: f64) -> Result<f64> {
    if !(share_pct.is_finite() && share_pct > 0.0 && share_pct <= 100.0) {
        return Err(Error::calc(format!("a share must be in (0, 100] %, got {}", crate::float::Shortest(share_pct))));
    }
    if !part.is_finite() {
        return Err(Error::calc(format!("part must be a finite number, got {}", crate::float::Shortest(part))));
    }
    Ok(part / (share_pct / 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_years_sit_inside_their_year() {
        let fy = Period::parse("FY2024").unwrap();
        let h1 = Period::parse("H1-2024").unwrap();
        let h1n = Period::parse("H1-2025").unwrap();
        assert!(overlaps(&fy, &h1));
        assert!(!overlaps(&fy, &h1n));
        assert!(within(&h1n, &Period::parse("FY2022").unwrap(), &h1n));
        assert!(!within(&fy, &Period::parse("FY2022").unwrap(), &Period::parse("FY2023").unwrap()));
    }

    /// The search over sorted periods in `sum` finds what comparing every pair found: the
    /// same total, or the same refusal naming the same figure, for years, halves, quarters,
    /// nine months and months to any month, in any order.
    #[test]
    fn sum_finds_an_overlap_as_comparing_every_pair_does() {
        let d = crate::model::parse(crate::model::DEFAULT_JSON).unwrap();
        let base = d.figures.iter().find(|f| f.metric == "net_loss").unwrap().clone();
        let pool: Vec<String> = (2020..2024)
            .flat_map(|y| {
                let mut v = vec![format!("FY{y}"), format!("H1-{y}"), format!("H2-{y}"), format!("9M-{y}")];
                v.extend((1..=4).map(|q| format!("Q{q}-{y}")));
                v.extend([format!("3M-{y}-05"), format!("6M-{y}-08"), format!("FY{y}-03")]);
                v
            })
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut refused, mut added) = (0, 0);
        for round in 0..4000 {
            let figs: Vec<Figure> = (0..1 + next(12))
                .map(|i| {
                    let mut f = base.clone();
                    f.id = format!("f{round}.{i}");
                    f.period = pool[next(pool.len())].clone();
                    f.value = (1 + next(9)) as f64 * 1e6;
                    f
                })
                .collect();
            let refs: Vec<&Figure> = figs.iter().collect();
            let got = sum(&refs, Mixing::Allow).map(|t| t.value).map_err(|e| e.to_string());
            let mut seen: Vec<Period> = Vec::new();
            let mut want = Ok(0.0);
            for f in &figs {
                let p = Period::parse(&f.period).unwrap();
                if seen.iter().any(|q| overlaps(q, &p)) {
                    want = Err(f.id.clone());
                    break;
                }
                seen.push(p);
                want = want.map(|t| t + f.value);
            }
            match (&got, &want) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a, b, "{round}");
                    added += 1;
                }
                (Err(message), Err(id)) => {
                    assert!(message.contains(&format!("{id} overlaps a period already added")), "{round}: {message}");
                    refused += 1;
                }
                _ => panic!(
                    "round {round}: {got:?} against {want:?} for {:?}",
                    figs.iter().map(|f| &f.period).collect::<Vec<_>>()
                ),
            }
        }
        assert!(refused > 500 && added > 500, "{refused} refused, {added} added");
    }

    #[test]
    fn implied_total_refuses_nonsense() {
        assert!(implied_total(1.0, 0.0).is_err());
        assert!(implied_total(1.0, 120.0).is_err());
    }
}
