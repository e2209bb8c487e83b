//! The crate's hash map and set: the few operations it uses, with FxHash (rustc's own
//! hasher: a rotate, xor and multiply per eight bytes) and an insertion-ordered table. `std`'s `HashMap`
//! (hashbrown) is compiled anew for every key and value type, about 1.5 KB of wasm each
//! and 33 KB for the crate's two dozen maps; here the probing and growing are compiled
//! once ([`Slots`]), the finding once per key type ([`Keys`]), and each map adds only
//! its values.
//!
//! The same running time as `std`'s: a lookup or an insertion is a hash and a short probe
//! (the table is kept at most half full), growing doubles it. Iteration goes in the order
//! of first insertion (which `std`'s does not promise either). Nothing is ever removed.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};

/// Open addressing over the entries' indices: slot `i` holds 0 (empty) or an entry's index
/// plus one; the entries' hashes are kept to grow without hashing again.
#[derive(Clone, Default)]
struct Slots {
    slots: Vec<u32>,
    hashes: Vec<u32>,
}

impl Slots {
    /// Where probing for hash `h` starts.
    fn start(&self, h: u32) -> usize {
        h as usize & self.slots.len().wrapping_sub(1)
    }

    /// The next entry of hash `h` from slot `*i` on (`*i` moved past it), or `None` at
    /// the empty slot where probing ends (`*i` left there). The finding loops over this
    /// itself, comparing keys with no closure to call through.
    fn next(&self, h: u32, i: &mut usize) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        loop {
            match self.slots.get(*i) {
                None | Some(0) => return None,
                Some(&e) => {
                    let e = e as usize - 1;
                    *i = (*i + 1) & mask;
                    if self.hashes[e] == h {
                        return Some(e);
                    }
                }
            }
        }
    }

    /// Records the next entry, of hash `h`, at slot `at` (the empty one [`Slots::next`]
    /// stopped at).
    fn push(&mut self, h: u32, at: usize) {
        let n = self.hashes.len();
        self.hashes.push(h);
        if (n + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(8);
            self.slots = vec![0; size];
            for (e, &h) in self.hashes.iter().enumerate() {
                // the first empty slot from where `h` starts
                let mut i = self.start(h);
                while self.next(h, &mut i).is_some() {}
                self.slots[i] = e as u32 + 1;
            }
        } else {
            self.slots[at] = n as u32 + 1;
        }
    }
}

/// The keys of a map or set and their table. Apart from the values, so that the finding
/// is compiled once per key type, not once per key and value type.
#[derive(Clone)]
struct Keys<K> {
    keys: Vec<K>,
    slots: Slots,
}

impl<K> Default for Keys<K> {
    fn default() -> Self {
        Keys { keys: Vec::new(), slots: Slots::default() }
    }
}

impl<K> Keys<K> {
    /// Adds `key` (of hash `h`, not there yet) at slot `at`.
    fn push(&mut self, key: K, h: u32, at: usize) {
        self.slots.push(h, at);
        self.keys.push(key);
    }
}

impl<K: Hash + Eq> Keys<K> {
    /// The hash of `q`, and the index of its key or the empty slot where it would go.
    fn find<Q>(&self, q: &Q) -> (u32, Result<usize, usize>)
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut hasher = Fx(0);
        q.hash(&mut hasher);
        let h = hasher.finish() as u32;
        let mut i = self.slots.start(h);
        while let Some(e) = self.slots.next(h, &mut i) {
            if self.keys[e].borrow() == q {
                return (h, Ok(e));
            }
        }
        (h, Err(i))
    }
}

/// FxHash, as rustc hashes its own tables: SipHash (the standard library's) was a fifth of
/// a redraw's time, and its keys are fixed in wasm anyway (no source of randomness there),
/// so it guarded against nothing a dataset could do to its own widget. The keys here are
/// the dataset's ids and names.
struct Fx(u64);

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for c in bytes.chunks(8) {
            let mut w = [0; 8];
            w[..c.len()].copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i.into());
    }

    fn write_u32(&mut self, i: u32) {
        self.add(i.into());
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The product's high bits in the low ones, where the table's mask looks.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// A hash map whose entries iterate in the order of first insertion.
#[derive(Clone)]
pub struct HashMap<K, V> {
    keys: Keys<K>,
    values: Vec<V>,
}

impl<K, V> Default for HashMap<K, V> {
    fn default() -> Self {
        HashMap { keys: Keys::default(), values: Vec::new() }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// A place in a map from [`HashMap::entry`].
pub struct Entry<'m, K, V> {
    map: &'m mut HashMap<K, V>,
    key: K,
    h: u32,
    at: Result<usize, usize>,
}

impl<'m, K, V> Entry<'m, K, V> {
    /// The value there, or `f()` put there first.
    pub fn or_insert_with(self, f: impl FnOnce() -> V) -> &'m mut V {
        let i = match self.at {
            Ok(i) => i,
            Err(at) => {
                let v = f();
                self.map.keys.push(self.key, self.h, at);
                self.map.values.push(v);
                self.map.values.len() - 1
            }
        };
        &mut self.map.values[i]
    }

    /// The value there, or `v` put there first.
    pub fn or_insert(self, v: V) -> &'m mut V {
        self.or_insert_with(|| v)
    }

    /// The value there, or the default put there first.
    pub fn or_default(self) -> &'m mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The entries in the order of first insertion.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.keys.keys.iter().zip(&self.values)
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.keys.keys.iter()
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.values.iter()
    }
}

impl<K: Hash + Eq, V> HashMap<K, V> {
    pub fn get<Q>(&self, q: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.keys.find(q).1.ok().map(|i| &self.values[i])
    }

    pub fn get_mut<Q>(&mut self, q: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.keys.find(q).1.ok().map(|i| &mut self.values[i])
    }

    pub fn contains_key<Q>(&self, q: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.keys.find(q).1.is_ok()
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let (h, at) = self.keys.find(&key);
        Entry { map: self, key, h, at }
    }

    /// Puts `v` at `key`, giving back the value that was there.
    pub fn insert(&mut self, key: K, v: V) -> Option<V> {
        match self.keys.find(&key) {
            (_, Ok(i)) => Some(std::mem::replace(&mut self.values[i], v)),
            (h, Err(at)) => {
                self.keys.push(key, h, at);
                self.values.push(v);
                None
            }
        }
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = HashMap::new();
        m.extend(iter);
        m
    }
}

impl<K: Hash + Eq, V> Extend<(K, V)> for HashMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::iter::Zip<std::vec::IntoIter<K>, std::vec::IntoIter<V>>;
    fn into_iter(self) -> Self::IntoIter {
        self.keys.keys.into_iter().zip(self.values)
    }
}

/// A hash set whose items iterate in the order of first insertion.
#[derive(Clone)]
pub struct HashSet<K> {
    keys: Keys<K>,
}

impl<K> Default for HashSet<K> {
    fn default() -> Self {
        HashSet { keys: Keys::default() }
    }
}

impl<K: fmt::Debug> fmt::Debug for HashSet<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<K> HashSet<K> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.keys.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.keys.is_empty()
    }

    /// The items in the order of first insertion.
    pub fn iter(&self) -> std::slice::Iter<'_, K> {
        self.keys.keys.iter()
    }

    /// The items in the order of first insertion, as a slice.
    pub fn as_slice(&self) -> &[K] {
        &self.keys.keys
    }
}

impl<K: Hash + Eq> HashSet<K> {
    /// Adds `k`; whether it was not there yet.
    pub fn insert(&mut self, k: K) -> bool {
        match self.keys.find(&k) {
            (_, Ok(_)) => false,
            (h, Err(at)) => {
                self.keys.push(k, h, at);
                true
            }
        }
    }

    pub fn contains<Q>(&self, q: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.keys.find(q).1.is_ok()
    }

    /// Whether no item is in both sets.
    pub fn is_disjoint(&self, other: &HashSet<K>) -> bool {
        let (small, large) = if self.len() <= other.len() { (self, other) } else { (other, self) };
        !small.iter().any(|k| large.contains(k))
    }
}

impl<K: Hash + Eq> FromIterator<K> for HashSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut s = HashSet::new();
        s.extend(iter);
        s
    }
}

impl<K: Hash + Eq> Extend<K> for HashSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

impl<K> IntoIterator for HashSet<K> {
    type Item = K;
    type IntoIter = std::vec::IntoIter<K>;
    fn into_iter(self) -> Self::IntoIter {
        self.keys.keys.into_iter()
    }
}

impl<'s, K> IntoIterator for &'s HashSet<K> {
    type Item = &'s K;
    type IntoIter = std::slice::Iter<'s, K>;
    fn into_iter(self) -> Self::IntoIter {
        self.keys.keys.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::{HashMap, HashSet};
    use proptest::prelude::*;

    proptest! {
        /// The same answers as `std`'s map over any sequence of insertions and lookups,
        /// and the entries in the order of first insertion.
        #[test]
        fn as_std(ops in prop::collection::vec((0u16..300, any::<u8>(), any::<bool>()), 0..2000)) {
            let mut ours: HashMap<String, u8> = HashMap::new();
            let mut std: std::collections::HashMap<String, u8> = std::collections::HashMap::new();
            let mut set: HashSet<u16> = HashSet::new();
            let mut order = Vec::new();
            for (k, v, entry) in ops {
                let key = format!("k{k}");
                prop_assert_eq!(ours.get(key.as_str()), std.get(&key));
                prop_assert_eq!(set.contains(&k), std.contains_key(&key));
                prop_assert_eq!(set.insert(k), !std.contains_key(&key));
                if !std.contains_key(&key) {
                    order.push(key.clone());
                }
                if entry {
                    let (a, b) = (ours.entry(key.clone()).or_insert(v), std.entry(key).or_insert(v));
                    (*a, *b) = (a.wrapping_add(1), b.wrapping_add(1));
                } else {
                    prop_assert_eq!(ours.insert(key.clone(), v), std.insert(key, v));
                }
                prop_assert_eq!(ours.len(), std.len());
            }
            let keys: Vec<&String> = ours.keys().collect();
            prop_assert_eq!(keys, order.iter().collect::<Vec<_>>());
            let set_keys: Vec<String> = set.iter().map(|k| format!("k{k}")).collect();
            prop_assert_eq!(set_keys, order);
            for (k, v) in ours.iter() {
                prop_assert_eq!(std.get(k), Some(v));
            }
        }
    }

    /// 100,000 keys go in and are found in well under a second (no probe runs the table).
    #[test]
    fn many_keys() {
        let mut m = HashMap::new();
        for i in 0..100_000u32 {
            m.insert(i, i * 2);
        }
        assert_eq!(m.len(), 100_000);
        assert!((0..100_000u32).all(|i| m.get(&i) == Some(&(i * 2))));
        assert_eq!(m.get(&100_000), None);
    }
}
