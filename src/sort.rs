//! One stable sort for the whole crate. The standard library's `sort_by` is compiled
//! anew for every element type and comparator (about 400 bytes of gzipped wasm each,
//! 25 KB raw for the widget's few sorts); here the sorting itself is one merge sort of
//! indices, compiled once, and each caller adds only a short in-place permutation.
//! Same result as `slice::sort_by` for any consistent comparator: equal items keep their
//! order.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &mut order);
}

/// Sorts `v` by `key`, stably (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// The indices `0..n` in order (filled in place: no `collect` of a range compiled).
pub(crate) fn indices(n: usize) -> Vec<usize> {
    let mut a = vec![0; n];
    for (i, x) in a.iter_mut().enumerate() {
        *x = i;
    }
    a
}

/// The indices `0..n` in sorted order by `cmp` (on indices), stably: a bottom-up merge
/// sort that takes from the right run only when its item is strictly less.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a = indices(n);
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r, mut k) = (start, mid, start);
            while l < mid && r < end {
                if cmp(a[r], a[l]) == Ordering::Less {
                    b[k] = a[r];
                    r += 1;
                } else {
                    b[k] = a[l];
                    l += 1;
                }
                k += 1;
            }
            b[k..k + mid - l].copy_from_slice(&a[l..mid]);
            k += mid - l;
            b[k..end].copy_from_slice(&a[r..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Puts `v[order[k]]` at `k` for every `k`, in place (one cycle at a time; `order` is
/// used up).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for i in 0..order.len() {
        let mut j = i;
        while order[j] != usize::MAX {
            let k = order[j];
            order[j] = usize::MAX;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency): xorshift.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut s = seed;
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                s % range
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_library_stably() {
        for n in [0, 1, 2, 3, 5, 8, 17, 64, 100, 1000] {
            for range in [1, 3, 50, 1_000_000] {
                // (key, original position): equal keys must keep their order
                let v: Vec<(u64, usize)> =
                    numbers(n as u64 * 31 + range + 7, n, range).into_iter().enumerate().map(|(i, k)| (k, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|p| p.0);
                let mut got = v.clone();
                sort_by_key(&mut got, |p| p.0);
                assert_eq!(got, want, "n {n}, range {range}");
                let mut down = v.clone();
                sort_by(&mut down, |a, b| b.0.cmp(&a.0));
                let mut want_down = v.clone();
                want_down.sort_by_key(|p| std::cmp::Reverse(p.0));
                assert_eq!(down, want_down, "n {n}, range {range}, descending");
            }
        }
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "fig", "kiwi"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut v, |a, b| a.cmp(b));
        assert_eq!(v, ["apple", "fig", "fig", "kiwi", "pear"]);
    }
}
