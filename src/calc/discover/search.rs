//! The relations tried for each stated figure. Each search only forms candidates from
//! figures of compatible unit and currency; [`Items::admit`] then keeps the ones near
//! enough and narrow enough to say something.

use super::{judge, Cand, Item, Items, RelationKind};
use crate::calc::{cagr_pct, Interval};
use crate::model::{Period, Unit};

/// Runs every search.
pub(super) fn all(items: &Items, out: &mut Vec<Cand>) {
    gains(items, out);
    growth(items, out);
    shares(items, out);
    ratios(items, out);
    sums(items, out);
    totals(items, out);
    scaled(items, out);
    per_share(items, out);
    repeats(items, out);
}

fn push(items: &Items, out: &mut Vec<Cand>, kind: RelationKind, stated: usize, inputs: Vec<usize>, r: Interval) {
    if !(r.lo.is_finite() && r.hi.is_finite()) {
        return;
    }
    push_as(items, out, kind, stated, items.at(stated).iv, inputs, r);
}

/// [`push`] with the stated figure compared as `as_stated`.
fn push_as(
    items: &Items,
    out: &mut Vec<Cand>,
    kind: RelationKind,
    stated: usize,
    as_stated: Interval,
    inputs: Vec<usize>,
    r: Interval,
) {
    if !(r.lo.is_finite() && r.hi.is_finite()) {
        return;
    }
    let verdict = judge(items.at(stated), as_stated, r);
    out.push(Cand { kind, stated, as_stated, inputs, recomputed: r, verdict });
}

/// Indices of the figures that stand for their group as inputs, of the entity and unit.
fn canon<'b>(items: &'b Items, entity: &'b str, unit: Unit) -> impl Iterator<Item = usize> + 'b {
    (0..items.len()).filter(move |&i| {
        let x = items.at(i);
        x.canon && x.f.unit == unit && x.f.entity == entity
    })
}

fn stated<'b>(items: &'b Items, unit: Unit) -> impl Iterator<Item = usize> + 'b {
    (0..items.len()).filter(move |&i| items.at(i).f.unit == unit)
}

/// Same unit and currency, and two different quantities.
fn alike(a: &Item, b: &Item) -> bool {
    a.f.unit == b.f.unit && a.f.currency == b.f.currency && a.group != b.group
}

/// A count or an amount: what shares and sums are made of.
fn additive(u: Unit) -> bool {
    !matches!(u, Unit::Percent | Unit::Times | Unit::PricePerShare | Unit::Nanometres | Unit::Tops)
}

/// Relative precision of a figure's printing (larger is coarser).
fn coarseness(x: &Item) -> f64 {
    let size = x.iv.lo.abs().max(x.iv.hi.abs());
    if size > 0.0 {
        (x.iv.hi - x.iv.lo) / size
    } else {
        f64::INFINITY
    }
}

/// Whether `a` is the coarser printing of the two (ties: the later one), i.e. the one
/// more likely computed from the other.
fn coarser(items: &Items, a: usize, b: usize) -> bool {
    let (ca, cb) = (coarseness(items.at(a)), coarseness(items.at(b)));
    ca > cb || (ca == cb && a > b)
}

/// gain = later price ÷ earlier price − 1, for a percentage of the prices' entity
/// dated like one of them or printed in their sentence.
fn gains(items: &Items, out: &mut Vec<Cand>) {
    for s in stated(items, Unit::Percent) {
        let e = &items.at(s).f.entity;
        for a in canon(items, e, Unit::PricePerShare) {
            for b in canon(items, e, Unit::PricePerShare) {
                let (pa, pb) = (items.at(a), items.at(b));
                if !alike(pa, pb) {
                    continue;
                }
                let placed = |j: usize| items.same_date(s, j) || items.nearness(s, j) == 3;
                if !(placed(a) || placed(b)) {
                    continue;
                }
                if let Some(r) = pb.iv.checked_div(pa.iv) {
                    push(items, out, RelationKind::Gain, s, vec![b, a], r.map_increasing(|x| (x - 1.0) * 100.0));
                }
            }
        }
    }
}

/// A percentage over a span (`FY2020..FY2024`) from the values of one series at its two
/// ends: compound annual growth over several years, simple growth over one; a dated
/// percentage against the same period a year before.
fn growth(items: &Items, out: &mut Vec<Cand>) {
    for s in stated(items, Unit::Percent) {
        let si = items.at(s);
        let Some(p) = &si.period else { continue };
        let (from, to) = match p {
            Period::Span(a, b) => ((**a).clone(), (**b).clone()),
            _ => match year_before(p) {
                Some(a) => (a, p.clone()),
                None => continue,
            },
        };
        let (Some(y0), Some(y1)) = (from.end_year(), to.end_year()) else { continue };
        let years = y1 - y0;
        if years <= 0.0 {
            continue;
        }
        for a in (0..items.len()).filter(|&i| items.at(i).period.as_ref() == Some(&from)) {
            let xa = items.at(a);
            if !(xa.canon && xa.f.entity == si.f.entity && additive(xa.f.unit)) {
                continue;
            }
            for b in (0..items.len()).filter(|&i| items.at(i).period.as_ref() == Some(&to)) {
                let xb = items.at(b);
                let same_series = (&xb.f.metric, &xb.f.key) == (&xa.f.metric, &xa.f.key);
                if !(xb.canon && xb.f.entity == xa.f.entity && same_series && alike(xa, xb)) {
                    continue;
                }
                let (i0, i1) = (xa.iv, xb.iv);
                if (years - 1.0).abs() < 1e-9 {
                    if let Some(r) = i1.checked_div(i0) {
                        push(items, out, RelationKind::Growth, s, vec![a, b], r.map_increasing(|x| (x - 1.0) * 100.0));
                    }
                } else if let (Ok(lo), Ok(hi)) = (cagr_pct(i0.hi, i1.lo, years), cagr_pct(i0.lo, i1.hi, years)) {
                    push(items, out, RelationKind::Cagr, s, vec![a, b], Interval::new(lo, hi));
                }
            }
        }
    }
}

/// The same kind of period a year earlier (FY2023 for FY2024, H1-2024 for H1-2025).
fn year_before(p: &Period) -> Option<Period> {
    Some(match *p {
        Period::FullYear(y) => Period::FullYear(y - 1),
        Period::HalfYear(y, h) => Period::HalfYear(y - 1, h),
        Period::Quarter(y, q) => Period::Quarter(y - 1, q),
        Period::NineMonths(y) => Period::NineMonths(y - 1),
        Period::Months { months, year, month } => Period::Months { months, year: year - 1, month },
        _ => return None,
    })
}

/// share = part ÷ whole (two amounts in one currency or two counts); where the part is
/// printed more coarsely than the share, the part is the derived one (whole × share).
/// Where a share's own sentence names its part but no whole near it gives the share,
/// the whole the two imply bounds the nearest amount of the same entity and date
/// (net proceeds cannot exceed the offering they come from).
fn shares(items: &Items, out: &mut Vec<Cand>) {
    for s in stated(items, Unit::Percent) {
        let si = items.at(s);
        let near = |j: usize| items.nearness(s, j) >= 2;
        let start = out.len();
        for p in (0..items.len()).filter(|&j| near(j) && additive(items.at(j).f.unit) && items.at(j).canon) {
            for w in (0..items.len()).filter(|&j| near(j) && items.at(j).canon) {
                let (xp, xw) = (items.at(p), items.at(w));
                if !alike(xp, xw) {
                    continue;
                }
                let Some(r) = xp.iv.checked_div(xw.iv) else { continue };
                if coarser(items, p, s) {
                    let share = si.iv.scale(0.01);
                    push(items, out, RelationKind::Part, p, vec![w, s], xw.iv * share);
                } else {
                    push(items, out, RelationKind::Share, s, vec![p, w], r.scale(100.0));
                }
            }
        }
        let explained = out[start..].iter().any(|c| c.verdict != crate::calc::Verdict::Inconsistent);
        if !explained {
            bound(items, out, s);
        }
    }
}

/// The bound of [`shares`]: part (in the share's sentence) ÷ share = the whole; the
/// amount of the same entity and date nearest that whole, within half again either way,
/// must not exceed it.
fn bound(items: &Items, out: &mut Vec<Cand>, s: usize) {
    let si = items.at(s);
    // only on one day's event (an offering): over a year, the nearest larger amount is
    // as often another aggregate (a loss beside the expenses) as the whole itself
    if si.iv.lo <= 0.0 || !matches!(si.period, Some(Period::Date(..))) {
        return;
    }
    let parts = (0..items.len()).filter(|&j| items.nearness(s, j) == 3 && items.at(j).canon);
    for p in parts.filter(|&j| additive(items.at(j).f.unit)) {
        let xp = items.at(p);
        let Some(whole) = xp.iv.checked_div(si.iv.scale(0.01)) else { continue };
        let nearest = (0..items.len())
            .filter(|&w| {
                let xw = items.at(w);
                xw.canon
                    && alike(xp, xw)
                    && items.same_date(s, w)
                    && xw.f.entity == si.f.entity
                    && xw.f.value > xp.f.value
            })
            .map(|w| (w, (items.at(w).f.value / whole.mid()).ln().abs()))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        let Some((w, distance)) = nearest else { continue };
        if distance > 1.5f64.ln() {
            continue;
        }
        let allowed = Interval::new(0.0, whole.hi);
        let verdict = if items.at(w).iv.overlaps(allowed) {
            crate::calc::Verdict::Consistent
        } else {
            crate::calc::Verdict::Inconsistent
        };
        let as_stated = items.at(w).iv;
        out.push(Cand {
            kind: RelationKind::Bound,
            stated: w,
            as_stated,
            inputs: vec![p, s],
            recomputed: whole,
            verdict,
        });
    }
}

/// multiple = a ÷ b, for a stated multiple (×, 倍) from two figures near it.
fn ratios(items: &Items, out: &mut Vec<Cand>) {
    for s in stated(items, Unit::Times) {
        let near = |j: usize| items.nearness(s, j) >= 2 && items.at(j).canon && items.at(j).f.unit != Unit::Times;
        for a in (0..items.len()).filter(|&j| near(j)) {
            for b in (0..items.len()).filter(|&j| near(j)) {
                let (xa, xb) = (items.at(a), items.at(b));
                if alike(xa, xb) {
                    if let Some(r) = xa.iv.checked_div(xb.iv) {
                        push(items, out, RelationKind::Ratio, s, vec![a, b], r);
                    }
                }
            }
        }
    }
}

/// Start and end of a period in fractional years, where it has a fixed length or is a
/// span of such periods.
fn bounds(p: &Period) -> Option<(f64, f64)> {
    match p {
        Period::Span(a, b) => Some((bounds(a)?.0, b.end_year()?)),
        _ => {
            let m = f64::from(p.months()?);
            let end = p.end_year()?;
            Some((end - m / 12.0, end))
        }
    }
}

/// A total over a span or a long period against the sum of a series over the shorter
/// periods that exactly tile it: over a span any series of the entity in the same unit
/// (a cumulative loss from the yearly losses), over a plain period the same metric (nine
/// months from three quarters).
fn sums(items: &Items, out: &mut Vec<Cand>) {
    for s in 0..items.len() {
        let si = items.at(s);
        let Some(p) = &si.period else { continue };
        let Some((start, end)) = bounds(p) else { continue };
        let span = matches!(p, Period::Span(..));
        if !additive(si.f.unit) || !(span || p.months().is_some_and(|m| m > 3)) {
            continue;
        }
        let mut series: Vec<(&str, Option<&str>)> = Vec::new();
        for j in 0..items.len() {
            let x = items.at(j);
            let key = (x.f.metric.as_str(), x.f.key.as_deref());
            let fits = x.canon && x.f.entity == si.f.entity && x.group != si.group && alike(si, x);
            let metric_ok = span || key == (si.f.metric.as_str(), si.f.key.as_deref());
            if fits && metric_ok && !series.contains(&key) {
                series.push(key);
            }
        }
        for (metric, key) in series {
            let mut parts: Vec<(f64, f64, usize)> = (0..items.len())
                .filter(|&j| {
                    let x = items.at(j);
                    x.canon && x.f.entity == si.f.entity && x.f.metric == metric && x.f.key.as_deref() == key
                })
                .filter_map(|j| {
                    let (a, b) = bounds(items.at(j).period.as_ref()?)?;
                    (a >= start - 1e-9 && b <= end + 1e-9 && b - a < end - start - 1e-9).then_some((a, b, j))
                })
                .collect();
            parts.sort_by(|x, y| x.0.total_cmp(&y.0));
            let tiles = parts.len() >= 2
                && (parts[0].0 - start).abs() < 1e-6
                && parts.last().is_some_and(|l| (l.1 - end).abs() < 1e-6)
                && parts.windows(2).all(|w| (w[1].0 - w[0].1).abs() < 1e-6);
            if tiles {
                let r = parts.iter().map(|x| items.at(x.2).iv).fold(Interval::exact(0.0), |a, b| a + b);
                push(items, out, RelationKind::Sum, s, parts.iter().map(|x| x.2).collect(), r);
            }
        }
    }
}

/// A whole without a key against the sum of its keyed parts of the same entity, metric
/// and period (segments of revenue, holders of a stake).
fn totals(items: &Items, out: &mut Vec<Cand>) {
    for s in (0..items.len()).filter(|&i| items.at(i).f.key.is_none()) {
        let si = items.at(s);
        if !additive(si.f.unit) {
            continue;
        }
        let parts: Vec<usize> = (0..items.len())
            .filter(|&j| {
                let x = items.at(j);
                x.canon
                    && x.f.key.is_some()
                    && (&x.f.entity, &x.f.metric, &x.f.period) == (&si.f.entity, &si.f.metric, &si.f.period)
                    && alike(si, x)
            })
            .collect();
        if parts.len() >= 2 {
            let r = parts.iter().map(|&j| items.at(j).iv).fold(Interval::exact(0.0), |a, b| a + b);
            push(items, out, RelationKind::Total, s, parts, r);
        }
    }
}

/// An amount from another amount of the entity at another price: the same share count
/// (a market cap at the day's high from the cap at the close). The coarser of the two
/// amounts is the derived one.
fn scaled(items: &Items, out: &mut Vec<Cand>) {
    for m1 in stated(items, Unit::Money) {
        let e = &items.at(m1).f.entity;
        for m2 in canon(items, e, Unit::Money) {
            if !alike(items.at(m1), items.at(m2)) || !coarser(items, m1, m2) {
                continue;
            }
            for p1 in canon(items, e, Unit::PricePerShare) {
                for p2 in canon(items, e, Unit::PricePerShare) {
                    let (x1, x2) = (items.at(p1), items.at(p2));
                    if !alike(x1, x2) || x1.f.currency != items.at(m1).f.currency {
                        continue;
                    }
                    if let Some(r) = x1.iv.checked_div(x2.iv) {
                        push(items, out, RelationKind::Scaled, m1, vec![m2, p1, p2], items.at(m2).iv * r);
                    }
                }
            }
        }
    }
}

/// amount = price × shares, shares = amount ÷ price (the coarser of amount and shares is
/// the derived one), and a lot's profit = (price − another price) × shares.
fn per_share(items: &Items, out: &mut Vec<Cand>) {
    for m in stated(items, Unit::Money) {
        let xm = items.at(m);
        let e = &xm.f.entity;
        for n in canon(items, e, Unit::Shares) {
            let xn = items.at(n);
            for p in canon(items, e, Unit::PricePerShare).filter(|&p| items.at(p).f.currency == xm.f.currency) {
                let xp = items.at(p);
                // "up to" so many shares for "up to" so much: the two maxima
                let up_to = |x: &Item| x.f.qualifier == crate::model::Qualifier::UpTo;
                if up_to(xm) && up_to(xn) {
                    push_as(items, out, RelationKind::Amount, m, xm.top, vec![p, n], xp.iv * xn.top);
                } else if coarser(items, m, n) {
                    push(items, out, RelationKind::Amount, m, vec![p, n], xp.iv * xn.iv);
                } else if xm.canon {
                    if let Some(r) = xm.iv.checked_div(xp.iv) {
                        push(items, out, RelationKind::Shares, n, vec![m, p], r);
                    }
                }
                for q in canon(items, e, Unit::PricePerShare) {
                    let xq = items.at(q);
                    if alike(xp, xq) && xp.f.value > xq.f.value {
                        push(items, out, RelationKind::LotProfit, m, vec![p, q, n], (xp.iv - xq.iv) * xn.iv);
                    }
                }
            }
        }
    }
}

/// The same quantity (entity, metric, key, period) printed twice: the coarser printing
/// against the finer.
fn repeats(items: &Items, out: &mut Vec<Cand>) {
    for a in 0..items.len() {
        for b in a + 1..items.len() {
            let (xa, xb) = (items.at(a), items.at(b));
            if xa.group != xb.group {
                continue;
            }
            // a range or an "up to" is the vaguer printing whatever its digits
            let vague =
                |x: &Item| matches!(x.f.qualifier, crate::model::Qualifier::Range | crate::model::Qualifier::UpTo);
            let step = |x: &Item| x.f.written().map_or(0.0, |w| w.last_digit);
            let a_coarse = (vague(xa), step(xa)) >= (vague(xb), step(xb));
            let (coarse, fine) = if a_coarse { (a, b) } else { (b, a) };
            push(items, out, RelationKind::Repeat, coarse, vec![fine], items.at(fine).iv);
        }
    }
}
