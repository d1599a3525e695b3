package org.teavm.classlib.java.util;

import org.teavm.classlib.java.io.TSerializable;
import org.teavm.classlib.java.lang.TCloneNotSupportedException;
import org.teavm.classlib.java.lang.TCloneable;
import org.teavm.classlib.java.lang.TObject;
import org.teavm.interop.Rename;

/**
 * {@code java.util.HashSet} in the browser: the keys of a {@link THashMap}, so it iterates in the JDK's order. Its
 * copy constructor sizes the map as the build JDK's does (the rule changed in Java 19), see
 * {@link #sizesCopiesByCeiling()}.
 */
public class THashSet<E> extends TAbstractSet<E> implements TCloneable, TSerializable {
    private static final Object PRESENT = new Object();
    transient THashMap<E, Object> map;

    public THashSet() {
        map = new THashMap<>();
    }

    public THashSet(TCollection<? extends E> c) {
        int n = c.size();
        map = sizesCopiesByCeiling()
                ? new THashMap<>(THashMap.capacityFor(Math.max(n, 12)))
                : new THashMap<>(Math.max((int) (n / .75f) + 1, 16));
        addAll(c);
    }

    public THashSet(int initialCapacity, float loadFactor) {
        map = new THashMap<>(initialCapacity, loadFactor);
    }

    public THashSet(int initialCapacity) {
        map = new THashMap<>(initialCapacity);
    }

    THashSet(int initialCapacity, float loadFactor, boolean linked) {
        map = new TLinkedHashMap<>(initialCapacity, loadFactor);
    }

    public static <T> THashSet<T> newHashSet(int numElements) {
        if (numElements < 0) {
            throw new IllegalArgumentException("Negative number of elements: " + numElements);
        }
        return new THashSet<>(THashMap.capacityFor(numElements));
    }

    /** Whether the copy constructor sizes by {@code HashMap.newHashMap(max(n, 12))} (Java 19+). */
    static boolean sizesCopiesByCeiling() {
        return true;
    }

    @Override
    public TIterator<E> iterator() {
        return map.keySet().iterator();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    @Override
    public boolean add(E e) {
        return map.put(e, PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        return map.remove(o) == PRESENT;
    }

    @Override
    public boolean removeAll(TCollection<?> c) {
        return THashMap.removeAllLikeJdk(this, c);
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Rename("clone")
    @SuppressWarnings("unchecked")
    public TObject clone0() {
        try {
            THashSet<E> copy = (THashSet<E>) super.clone();
            copy.map = (THashMap<E, Object>) map.clone();
            return copy;
        } catch (TCloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
