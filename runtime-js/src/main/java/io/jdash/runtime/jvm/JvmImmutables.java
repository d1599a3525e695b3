package io.jdash.runtime.jvm;

import java.util.Map;
import java.util.Objects;

/**
 * The JDK's checks of {@code Set.of}, {@code Map.of} and {@code Map.ofEntries}, in the JDK's order: each element (or
 * key, then value) must not be null, and none may equal an earlier one ({@code duplicate element: x},
 * {@code duplicate key: k}). TeaVM's threw without a message, and checked every null before any duplicate. The
 * compiler runs these before TeaVM's own factories.
 */
public final class JvmImmutables {
    private JvmImmutables() {}

    /** The elements of {@code Set.of}. */
    public static void checkElements(Object[] elements) {
        for (int i = 0; i < elements.length; i++) {
            Object e = Objects.requireNonNull(elements[i]);
            for (int j = 0; j < i; j++) {
                if (e.equals(elements[j])) {
                    // two elements are the JDK's Set12, which names the first
                    throw new IllegalArgumentException(
                            "duplicate element: " + (elements.length == 2 ? elements[0] : e));
                }
            }
        }
    }

    /** Keys and values of {@code Map.of}, alternating. */
    public static void checkKeysAndValues(Object[] keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object k = Objects.requireNonNull(keysAndValues[i]);
            Objects.requireNonNull(keysAndValues[i + 1]);
            for (int j = 0; j < i; j += 2) {
                if (k.equals(keysAndValues[j])) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
            }
        }
    }

    /** The entries of {@code Map.ofEntries}. */
    public static void checkEntries(Map.Entry<?, ?>[] entries) {
        Object[] keysAndValues = new Object[entries.length * 2];
        for (int i = 0; i < entries.length; i++) {
            keysAndValues[2 * i] = entries[i].getKey();
            keysAndValues[2 * i + 1] = entries[i].getValue();
        }
        checkKeysAndValues(keysAndValues);
    }

    /**
     * Runs before {@code get}, {@code containsKey}, {@code containsValue} and {@code contains} of the maps and sets of
     * {@code Map.of}, {@code Set.of} and their {@code copyOf}: the JDK's refuse to be asked about null.
     */
    public static void nonNullQuery(Object collection, Object query) {
        if (query == null) {
            throw new NullPointerException();
        }
    }

    /**
     * {@code Map.copyOf} through {@code Map.ofEntries}, as the JDK does it, and no entries as {@code Map.of()}
     * (TeaVM's empty copy failed on {@code get}). Unlike the JDK's, an immutable map is copied too.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> mapCopyOf(Map<? extends K, ? extends V> map) {
        Map.Entry<K, V>[] entries = map.entrySet().toArray(new Map.Entry[0]);
        return entries.length == 0 ? emptyMap() : Map.ofEntries(entries);
    }

    private static final Map<Object, Object> EMPTY_MAP = new java.util.AbstractMap<>() {
        @Override
        public java.util.Set<Map.Entry<Object, Object>> entrySet() {
            return java.util.Collections.emptySet();
        }

        @Override
        public Object get(Object key) {
            Objects.requireNonNull(key);
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            Objects.requireNonNull(key);
            return false;
        }

        @Override
        public boolean containsValue(Object value) {
            Objects.requireNonNull(value);
            return false;
        }

        @Override
        public Object put(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putAll(Map<?, ?> m) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object remove(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(java.util.function.BiFunction<? super Object, ? super Object, ?> function) {
            throw new UnsupportedOperationException();
        }
    };

    private static final java.util.Set<Object> EMPTY_SET = new java.util.AbstractSet<>() {
        @Override
        public java.util.Iterator<Object> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return false;
        }

        @Override
        public boolean add(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super Object> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }
    };

    /**
     * {@code Map.of()}: empty, refusing to be asked about null and to be changed, as the JDK's (TeaVM's was
     * {@code Collections.emptyMap()}, which answers {@code false} for null and ignores an empty {@code putAll}).
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    private static final java.util.List<Object> EMPTY_LIST = new java.util.AbstractList<>() {
        @Override
        public Object get(int index) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length 0");
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public boolean addAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super Object> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(java.util.Comparator<? super Object> c) {
            throw new UnsupportedOperationException();
        }
    };

    /**
     * {@code List.of()}: empty, refusing null queries and changes, and out of range as an array is (the JDK's is
     * backed by one: {@code Index 0 out of bounds for length 0}); TeaVM's was {@code Collections.emptyList()}.
     */
    @SuppressWarnings("unchecked")
    public static <E> java.util.List<E> emptyList() {
        return (java.util.List<E>) EMPTY_LIST;
    }

    /** {@code Set.of()}: empty and refusing to be asked about null. */
    @SuppressWarnings("unchecked")
    public static <E> java.util.Set<E> emptySet() {
        return (java.util.Set<E>) EMPTY_SET;
    }
}
