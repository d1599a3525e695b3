package org.teavm.classlib.java.util;

import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedSet;
import org.teavm.classlib.java.lang.TCloneable;
import org.teavm.classlib.java.lang.TObject;
import org.teavm.interop.Rename;

/**
 * {@code java.util.TreeSet} as the JDK has it: the keys of a {@link TTreeMap}, whose range and descending views are
 * sets of the same kind over the map's views, so adding to {@code tailSet(x)} adds to the set (TeaVM's refused it)
 * and a key outside the range is refused with {@code key out of range}.
 */
public class TTreeSet<E> extends AbstractSet<E> implements NavigableSet<E>, TCloneable, Serializable {
    private static final Object PRESENT = new Object();
    private final NavigableMap<E, Object> m;

    TTreeSet(NavigableMap<E, Object> m) {
        this.m = m;
    }

    public TTreeSet() {
        this(new TTreeMap<>());
    }

    public TTreeSet(Comparator<? super E> comparator) {
        this(new TTreeMap<>(comparator));
    }

    public TTreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    public TTreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    @Override
    public Iterator<E> iterator() {
        return m.navigableKeySet().iterator();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return m.descendingKeySet().iterator();
    }

    @Override
    public NavigableSet<E> descendingSet() {
        return new TTreeSet<>(m.descendingMap());
    }

    @Override
    public int size() {
        return m.size();
    }

    @Override
    public boolean isEmpty() {
        return m.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    @Override
    public boolean add(E e) {
        return m.put(e, PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        return m.remove(o) == PRESENT;
    }

    @Override
    public void clear() {
        m.clear();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (m.isEmpty()
                && !c.isEmpty()
                && c instanceof SortedSet<?> sorted
                && m instanceof TTreeMap<E, Object> map
                && java.util.Objects.equals(sorted.comparator(), map.comparator())) {
            Iterator<? extends E> keys = c.iterator();
            map.appendSorted(new Iterator<Map.Entry<E, Object>>() {
                @Override
                public boolean hasNext() {
                    return keys.hasNext();
                }

                @Override
                public Map.Entry<E, Object> next() {
                    return new java.util.AbstractMap.SimpleImmutableEntry<>(keys.next(), PRESENT);
                }
            });
            return true;
        }
        return super.addAll(c);
    }

    @Override
    public NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive) {
        return new TTreeSet<>(m.subMap(from, fromInclusive, to, toInclusive));
    }

    @Override
    public NavigableSet<E> headSet(E to, boolean inclusive) {
        return new TTreeSet<>(m.headMap(to, inclusive));
    }

    @Override
    public NavigableSet<E> tailSet(E from, boolean inclusive) {
        return new TTreeSet<>(m.tailMap(from, inclusive));
    }

    @Override
    public SortedSet<E> subSet(E from, E to) {
        return subSet(from, true, to, false);
    }

    @Override
    public SortedSet<E> headSet(E to) {
        return headSet(to, false);
    }

    @Override
    public SortedSet<E> tailSet(E from) {
        return tailSet(from, true);
    }

    @Override
    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override
    public E first() {
        return m.firstKey();
    }

    @Override
    public E last() {
        return m.lastKey();
    }

    @Override
    public E lower(E e) {
        return m.lowerKey(e);
    }

    @Override
    public E floor(E e) {
        return m.floorKey(e);
    }

    @Override
    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    @Override
    public E higher(E e) {
        return m.higherKey(e);
    }

    @Override
    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    @Rename("clone")
    public TObject clone0() {
        TTreeSet<E> copy = new TTreeSet<>(m.comparator());
        copy.addAll(this);
        return (TObject) (Object) copy;
    }
}
