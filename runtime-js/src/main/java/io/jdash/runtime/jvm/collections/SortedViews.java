package io.jdash.runtime.jvm.collections;

import static io.jdash.runtime.jvm.collections.ImmutableCollection.refused;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code Collections.unmodifiableSortedSet}, {@code unmodifiableNavigableSet}, {@code unmodifiableSortedMap},
 * {@code unmodifiableNavigableMap} and the empty sorted and navigable sets and maps, as the JDK's behave: read-through
 * views that refuse every change, whose ranges, descending views, key sets and entries are unmodifiable views too
 * (TeaVM has none of them: the build refused them).
 */
final class SortedViews {
    /** The JDK's empty navigable set and map: unmodifiable views of an empty TreeSet and TreeMap. */
    static final NavigableSet<Object> EMPTY_NAVIGABLE_SET = new ViewNavigableSet<>(new TreeSet<>());

    static final NavigableMap<Object, Object> EMPTY_NAVIGABLE_MAP = new ViewNavigableMap<>(new TreeMap<>());

    private SortedViews() {}

    /** The JDK's {@code UnmodifiableSortedSet}. */
    static class ViewSortedSet<E> extends UnmodifiableViews.ViewSet<E> implements SortedSet<E> {
        private final SortedSet<E> ss;

        ViewSortedSet(SortedSet<E> s) {
            super(s);
            ss = s;
        }

        @Override
        public Comparator<? super E> comparator() {
            return ss.comparator();
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return new ViewSortedSet<>(ss.subSet(fromElement, toElement));
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return new ViewSortedSet<>(ss.headSet(toElement));
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return new ViewSortedSet<>(ss.tailSet(fromElement));
        }

        @Override
        public E first() {
            return ss.first();
        }

        @Override
        public E last() {
            return ss.last();
        }
    }

    /** The JDK's {@code UnmodifiableNavigableSet}. */
    static final class ViewNavigableSet<E> extends ViewSortedSet<E> implements NavigableSet<E> {
        private final NavigableSet<E> ns;

        ViewNavigableSet(NavigableSet<E> s) {
            super(s);
            ns = s;
        }

        @Override
        public E lower(E e) {
            return ns.lower(e);
        }

        @Override
        public E floor(E e) {
            return ns.floor(e);
        }

        @Override
        public E ceiling(E e) {
            return ns.ceiling(e);
        }

        @Override
        public E higher(E e) {
            return ns.higher(e);
        }

        @Override
        public E pollFirst() {
            throw refused();
        }

        @Override
        public E pollLast() {
            throw refused();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new ViewNavigableSet<>(ns.descendingSet());
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new ViewNavigableSet<>(ns.subSet(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new ViewNavigableSet<>(ns.headSet(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new ViewNavigableSet<>(ns.tailSet(fromElement, inclusive));
        }
    }

    /** The JDK's {@code UnmodifiableSortedMap}. */
    static class ViewSortedMap<K, V> extends UnmodifiableViews.ViewMap<K, V> implements SortedMap<K, V> {
        private final SortedMap<K, ? extends V> sm;

        ViewSortedMap(SortedMap<K, ? extends V> m) {
            super(m);
            sm = m;
        }

        @Override
        public Comparator<? super K> comparator() {
            return sm.comparator();
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return new ViewSortedMap<>(sm.subMap(fromKey, toKey));
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return new ViewSortedMap<>(sm.headMap(toKey));
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return new ViewSortedMap<>(sm.tailMap(fromKey));
        }

        @Override
        public K firstKey() {
            return sm.firstKey();
        }

        @Override
        public K lastKey() {
            return sm.lastKey();
        }
    }

    /** The JDK's {@code UnmodifiableNavigableMap}: its entries refuse {@code setValue}. */
    static final class ViewNavigableMap<K, V> extends ViewSortedMap<K, V> implements NavigableMap<K, V> {
        private final NavigableMap<K, ? extends V> nm;

        ViewNavigableMap(NavigableMap<K, ? extends V> m) {
            super(m);
            nm = m;
        }

        private static <K, V> Map.Entry<K, V> entry(Map.Entry<K, ? extends V> e) {
            return e == null ? null : new UnmodifiableViews.Entry<>(e);
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return entry(nm.lowerEntry(key));
        }

        @Override
        public K lowerKey(K key) {
            return nm.lowerKey(key);
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return entry(nm.floorEntry(key));
        }

        @Override
        public K floorKey(K key) {
            return nm.floorKey(key);
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return entry(nm.ceilingEntry(key));
        }

        @Override
        public K ceilingKey(K key) {
            return nm.ceilingKey(key);
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return entry(nm.higherEntry(key));
        }

        @Override
        public K higherKey(K key) {
            return nm.higherKey(key);
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return entry(nm.firstEntry());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return entry(nm.lastEntry());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            throw refused();
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            throw refused();
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return new ViewNavigableMap<>(nm.descendingMap());
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return new ViewNavigableSet<>(nm.navigableKeySet());
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return new ViewNavigableSet<>(nm.descendingKeySet());
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return new ViewNavigableMap<>(nm.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return new ViewNavigableMap<>(nm.headMap(toKey, inclusive));
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return new ViewNavigableMap<>(nm.tailMap(fromKey, inclusive));
        }
    }
}
