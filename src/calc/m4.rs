//! M4 reduction: of a line with more points than pixels, keep per pixel column only the
//! first, lowest, highest and last point. Drawn as a line, that is the same picture as
//! drawing every point (each column's vertical extent and its joins to the neighbours
//! are kept) for a fraction of the work: at most four points a column.

/// The most pixel columns a reduction takes (any more is no screen): keeps the output,
/// at most four points a column, bounded whatever `columns` a caller passes.
pub const MAX_COLUMNS: usize = 1 << 16;

/// Reduces the points of `x` (increasing) and `y` between `x0` and `x1` to at most four
/// a column over `columns` pixel columns. Points outside `x0..=x1` are dropped except the
/// nearest on each side, so the line still runs to the edges.
///
/// ```
/// let x: Vec<f64> = (0..1000).map(f64::from).collect();
/// let y: Vec<f64> = x.iter().map(|v| (v / 10.0).sin()).collect();
/// let r = ipo_lens::calc::m4(&x, &y, 0.0, 999.0, 100);
/// assert!(r.len() <= 400 && r.len() >= 200);
/// assert_eq!(r.first(), Some(&(0.0, 0.0)));
/// ```
pub fn m4(x: &[f64], y: &[f64], x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
    m4_by(x.len(), |i| x[i], y, x0, x1, columns)
}

/// [`m4`] over `len` times read by `x` (a series' times held compactly are read where
/// they are, never copied out whole).
pub fn m4_by(len: usize, x: impl Fn(usize) -> f64, y: &[f64], x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
    reduce(len, &x, y, x0, x1, columns)
}

/// [`m4_by`], compiled once for both ways of holding times (a copy each cost 1 KB).
fn reduce(len: usize, x: &dyn Fn(usize) -> f64, y: &[f64], x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
    let columns = columns.min(MAX_COLUMNS);
    let n = len.min(y.len());
    // nothing to reduce: every point as it is
    if n == 0 || columns == 0 || x1.partial_cmp(&x0) != Some(std::cmp::Ordering::Greater) || n <= columns * 4 {
        let mut all = Vec::with_capacity(n);
        for (i, &v) in y[..n].iter().enumerate() {
            all.push((x(i), v));
        }
        return all;
    }
    let scale = columns as f64 / (x1 - x0);
    let mut out = Vec::with_capacity(columns * 4 + 2);
    // the first index whose time is not `below` (the times increase)
    let partition = |below: &dyn Fn(f64) -> bool| {
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if below(x(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    };
    let start = partition(&|v| v < x0);
    let end = partition(&|v| v <= x1);
    if start > 0 {
        out.push((x(start - 1), y[start - 1]));
    }
    let col_of = |v: f64| ((v - x0) * scale).floor().min(columns as f64 - 1.0);
    let mut i = start;
    while i < end {
        let col = col_of(x(i));
        // the column's points are i..j: the columns of increasing times never decrease, so
        // j is found by galloping then bisecting (a few dozen times read a column, not
        // every one), and only the prices are scanned
        let (mut known, mut step) = (i, 1);
        while known + step < end && col_of(x(known + step)) == col {
            known += step;
            step *= 2;
        }
        let (mut a, mut b) = (known + 1, (known + step).min(end));
        while a < b {
            let mid = a + (b - a) / 2;
            if col_of(x(mid)) == col {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        let j = a;
        let (first, mut lo, mut hi) = (i, i, i);
        for k in i + 1..j {
            if y[k] < y[lo] {
                lo = k;
            }
            if y[k] > y[hi] {
                hi = k;
            }
        }
        let last = j - 1;
        let mut picks = [first, lo, hi, last];
        // four indices in order (by hand: `sort_unstable` would add its own code to the wasm)
        for i in 1..4 {
            let mut j = i;
            while j > 0 && picks[j - 1] > picks[j] {
                picks.swap(j - 1, j);
                j -= 1;
            }
        }
        let mut prev = usize::MAX;
        for k in picks {
            if k != prev {
                out.push((x(k), y[k]));
                prev = k;
            }
        }
        i = j;
    }
    if end < n {
        out.push((x(end), y[end]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_extremes_and_order() {
        let x: Vec<f64> = (0..10_000).map(f64::from).collect();
        let y: Vec<f64> = x.iter().map(|v| if *v as i64 == 5_000 { 99.0 } else { (v * 0.37).sin() }).collect();
        let r = m4(&x, &y, 0.0, 9_999.0, 50);
        assert!(r.len() <= 200);
        assert!(r.iter().any(|p| p.1 == 99.0), "the spike survives");
        assert!(r.windows(2).all(|w| w[0].0 < w[1].0), "in time order");
        assert_eq!(r.last(), Some(&(9_999.0, y[9_999])));
    }

    #[test]
    fn any_column_count_is_bounded() {
        let x: Vec<f64> = (0..1000).map(f64::from).collect();
        for columns in [usize::MAX, usize::MAX / 4 + 1, 1 << 40] {
            assert!(m4(&x, &x, 0.0, 999.0, columns).len() <= 1000);
        }
    }

    /// The reduction as first written: every time read, column by column.
    fn m4_scan(x: &[f64], y: &[f64], x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
        let scale = columns as f64 / (x1 - x0);
        let col_of = |v: f64| ((v - x0) * scale).floor().min(columns as f64 - 1.0);
        let start = x.partition_point(|v| *v < x0);
        let end = x.partition_point(|v| *v <= x1);
        let mut out = Vec::new();
        if start > 0 {
            out.push((x[start - 1], y[start - 1]));
        }
        let mut i = start;
        while i < end {
            let col = col_of(x[i]);
            let (first, mut lo, mut hi) = (i, i, i);
            let mut j = i + 1;
            while j < end && col_of(x[j]) == col {
                if y[j] < y[lo] {
                    lo = j;
                }
                if y[j] > y[hi] {
                    hi = j;
                }
                j += 1;
            }
            let mut picks = [first, lo, hi, j - 1];
            picks.sort_unstable();
            picks
                .iter()
                .enumerate()
                .filter(|(n, k)| *n == 0 || picks[n - 1] != **k)
                .for_each(|(_, k)| out.push((x[*k], y[*k])));
            i = j;
        }
        if end < x.len() {
            out.push((x[end], y[end]));
        }
        out
    }

    #[test]
    fn galloping_finds_the_same_columns_as_reading_every_time() {
        // uneven gaps (sessions and nights), flat runs of prices (ties), sparse and dense columns
        let mut x = Vec::new();
        let mut t = 0.0;
        for i in 0..50_000u32 {
            t += match i % 997 {
                0 => 5_000.0,
                k if k % 7 == 0 => 0.25,
                _ => 1.0 + f64::from(i % 5),
            };
            x.push(t);
        }
        let y: Vec<f64> = x.iter().map(|v| ((v * 0.013).sin() * 10.0).round() + 20.0).collect();
        let (a, b) = (x[0], x[x.len() - 1]);
        for (x0, x1, columns) in
            [(a, b, 800), (a, b, 37), (a + 1000.0, b - 5000.0, 640), (a, b, 12_000), (a - 9.0, a + 400.0, 300)]
        {
            assert_eq!(m4(&x, &y, x0, x1, columns), m4_scan(&x, &y, x0, x1, columns), "{x0} {x1} {columns}");
        }
    }

    #[test]
    fn few_points_pass_through() {
        assert_eq!(m4(&[1.0, 2.0], &[3.0, 4.0], 0.0, 5.0, 100), vec![(1.0, 3.0), (2.0, 4.0)]);
    }
}
