package org.teavm.classlib.java.util;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.teavm.classlib.java.util.TTreeMap.Node;

/**
 * A range of a {@link TTreeMap}, ascending or descending, as the JDK's: the bounds are absolute (in the map's own
 * order) and every operation keeps to them; a key outside them is refused by {@code put} and answers nothing to
 * {@code get}.
 */
final class TTreeMapView<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Serializable {
    private final TTreeMap<K, V> m;
    private final boolean fromStart;
    private final K lo;
    private final boolean loInclusive;
    private final boolean toEnd;
    private final K hi;
    private final boolean hiInclusive;
    private final boolean descending;

    TTreeMapView(
            TTreeMap<K, V> m,
            boolean fromStart,
            K lo,
            boolean loInclusive,
            boolean toEnd,
            K hi,
            boolean hiInclusive,
            boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    // ---- bounds, in the map's own order

    private boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    private boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    private boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    private Node<K, V> absLowest() {
        Node<K, V> e = fromStart ? m.firstNode() : m.nearest(lo, false, loInclusive);
        return e == null || tooHigh(e.key) ? null : e;
    }

    private Node<K, V> absHighest() {
        Node<K, V> e = toEnd ? m.lastNode() : m.nearest(hi, true, hiInclusive);
        return e == null || tooLow(e.key) ? null : e;
    }

    /** The least node at or above {@code key} ({@code inclusive}) or above it, within the range. */
    private Node<K, V> absAbove(K key, boolean inclusive) {
        if (tooLow(key)) {
            return absLowest();
        }
        Node<K, V> e = m.nearest(key, false, inclusive);
        return e == null || tooHigh(e.key) ? null : e;
    }

    private Node<K, V> absBelow(K key, boolean inclusive) {
        if (tooHigh(key)) {
            return absHighest();
        }
        Node<K, V> e = m.nearest(key, true, inclusive);
        return e == null || tooLow(e.key) ? null : e;
    }

    private Node<K, V> absHighFence() {
        return toEnd ? null : m.nearest(hi, false, !hiInclusive);
    }

    private Node<K, V> absLowFence() {
        return fromStart ? null : m.nearest(lo, true, !loInclusive);
    }

    // ---- in this view's order

    private Node<K, V> subLowest() {
        return descending ? absHighest() : absLowest();
    }

    private Node<K, V> subHighest() {
        return descending ? absLowest() : absHighest();
    }

    private Node<K, V> subCeiling(K key) {
        return descending ? absBelow(key, true) : absAbove(key, true);
    }

    private Node<K, V> subHigher(K key) {
        return descending ? absBelow(key, false) : absAbove(key, false);
    }

    private Node<K, V> subFloor(K key) {
        return descending ? absAbove(key, true) : absBelow(key, true);
    }

    private Node<K, V> subLower(K key) {
        return descending ? absAbove(key, false) : absBelow(key, false);
    }

    private <T> Iterator<T> iterator(int kind, boolean reverse) {
        return descending != reverse
                ? new TTreeMap.NodeIterator<>(m, absHighest(), absLowFence(), true, kind)
                : new TTreeMap.NodeIterator<>(m, absLowest(), absHighFence(), false, kind);
    }

    Iterator<K> keyIterator() {
        return iterator(1, false);
    }

    Iterator<K> descendingKeyIterator() {
        return iterator(1, true);
    }

    // ---- Map

    @Override
    public boolean isEmpty() {
        return fromStart && toEnd ? m.isEmpty() : entrySet().isEmpty();
    }

    @Override
    public int size() {
        return fromStart && toEnd ? m.size() : entrySet().size();
    }

    @Override
    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    @Override
    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.putIfAbsent(key, value);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.merge(key, value, f);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        if (!inRange(key)) {
            if (f.apply(key) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range");
        }
        return m.computeIfAbsent(key, f);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        if (!inRange(key)) {
            if (f.apply(key, null) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range");
        }
        return m.compute(key, f);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        return !inRange(key) ? null : m.computeIfPresent(key, f);
    }

    @Override
    public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    @Override
    public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySetView();
    }

    @Override
    public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return new TTreeMap.Values<>(this);
    }

    // ---- NavigableMap

    @Override
    public Comparator<? super K> comparator() {
        return descending ? TTreeMap.reverse(m.comparator()) : m.comparator();
    }

    @Override
    public K firstKey() {
        return TTreeMap.key(subLowest());
    }

    @Override
    public K lastKey() {
        return TTreeMap.key(subHighest());
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return TTreeMap.export(subLowest());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return TTreeMap.export(subHighest());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return m.poll(subLowest());
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return m.poll(subHighest());
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return TTreeMap.export(subCeiling(key));
    }

    @Override
    public K ceilingKey(K key) {
        return TTreeMap.keyOrNull(subCeiling(key));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return TTreeMap.export(subHigher(key));
    }

    @Override
    public K higherKey(K key) {
        return TTreeMap.keyOrNull(subHigher(key));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return TTreeMap.export(subFloor(key));
    }

    @Override
    public K floorKey(K key) {
        return TTreeMap.keyOrNull(subFloor(key));
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return TTreeMap.export(subLower(key));
    }

    @Override
    public K lowerKey(K key) {
        return TTreeMap.keyOrNull(subLower(key));
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new TTreeMap.KeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return new TTreeMapView<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TTreeMapView<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
                : new TTreeMapView<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TTreeMapView<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true)
                : new TTreeMapView<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        return descending
                ? new TTreeMapView<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true)
                : new TTreeMapView<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    private final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return TTreeMapView.this.iterator(0, false);
        }

        @Override
        public int size() {
            if (fromStart && toEnd) {
                return m.size();
            }
            int n = 0;
            for (Iterator<?> i = iterator(); i.hasNext(); i.next()) {
                n++;
            }
            return n;
        }

        @Override
        public boolean isEmpty() {
            Node<K, V> n = absLowest();
            return n == null || tooHigh(n.key);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry) || !inRange(entry.getKey())) {
                return false;
            }
            Node<K, V> node = m.getNode(entry.getKey());
            return node != null && Objects.equals(node.value, entry.getValue());
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry) || !inRange(entry.getKey())) {
                return false;
            }
            Node<K, V> node = m.getNode(entry.getKey());
            if (node != null && Objects.equals(node.value, entry.getValue())) {
                m.deleteNode(node);
                return true;
            }
            return false;
        }
    }
}
