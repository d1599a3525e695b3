package org.teavm.classlib.java.util;

/**
 * {@code java.util.LinkedHashSet} in the browser: the keys of a {@link TLinkedHashMap}, in insertion order. It
 * replaces TeaVM's own, which was built on TeaVM's hash map.
 */
public class TLinkedHashSet<E> extends THashSet<E> {
    public TLinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public TLinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    public TLinkedHashSet() {
        super(16, .75f, true);
    }

    public TLinkedHashSet(TCollection<? extends E> c) {
        super(Math.max(2 * c.size(), 11), .75f, true);
        addAll(c);
    }

    public static <T> TLinkedHashSet<T> newLinkedHashSet(int numElements) {
        if (numElements < 0) {
            throw new IllegalArgumentException("Negative number of elements: " + numElements);
        }
        return new TLinkedHashSet<>(THashMap.capacityFor(numElements));
    }
}
