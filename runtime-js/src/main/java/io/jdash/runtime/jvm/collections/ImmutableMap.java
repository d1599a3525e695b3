package io.jdash.runtime.jvm.collections;

import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The maps of {@code Map.of}, {@code Map.ofEntries}, {@code Map.copyOf} and the unmodifiable collectors, as the
 * JDK's behave: every change refused, queries about a null key or value refused, a null or a repeated key refused
 * when made. They iterate in the order the entries were given (the JDK's order is drawn at random for each run).
 */
final class ImmutableMap<K, V> extends RefusingMap<K, V> {
    static final ImmutableMap<Object, Object> EMPTY = new ImmutableMap<>(new Object[0]);

    /** Keys and values, alternating. */
    private final Object[] entries;

    private Map<Object, Object> lookup;

    private ImmutableMap(Object[] entries) {
        this.entries = entries;
    }

    /** A map of {@code keysAndValues}, alternating, which no one else holds: refused at the first null or repeat. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> of(Object[] keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object k = Objects.requireNonNull(keysAndValues[i]);
            Objects.requireNonNull(keysAndValues[i + 1]);
            for (int j = 0; j < i; j += 2) {
                if (k.equals(keysAndValues[j])) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
            }
        }
        return keysAndValues.length == 0 ? (Map<K, V>) EMPTY : new ImmutableMap<>(keysAndValues);
    }

    static <K, V> Map<K, V> ofEntries(Map.Entry<?, ?>[] entries) {
        Object[] keysAndValues = new Object[entries.length * 2];
        for (int i = 0; i < entries.length; i++) {
            keysAndValues[2 * i] = entries[i].getKey();
            keysAndValues[2 * i + 1] = entries[i].getValue();
        }
        return of(keysAndValues);
    }

    /** {@code Map.copyOf}: an immutable map is its own copy. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ImmutableMap<?, ?>) {
            return (Map<K, V>) map;
        }
        return ofEntries(map.entrySet().toArray(new Map.Entry<?, ?>[0]));
    }

    private int find(Object key) {
        Objects.requireNonNull(key);
        if (entries.length <= 16) {
            for (int i = 0; i < entries.length; i += 2) {
                if (key.equals(entries[i])) {
                    return i;
                }
            }
            return -1;
        }
        if (lookup == null) {
            lookup = new HashMap<>();
            for (int i = 0; i < entries.length; i += 2) {
                lookup.put(entries[i], i);
            }
        }
        Object at = lookup.get(key);
        return at == null ? -1 : (Integer) at;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int at = find(key);
        return at < 0 ? null : (V) entries[at + 1];
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null ? v : defaultValue;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        for (int i = 1; i < entries.length; i += 2) {
            if (value.equals(entries[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return entries.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Map.Entry<K, V>> entrySet() {
        if (entries.length == 2) {
            return ImmutableSet.of(new Object[] {new ImmutableEntry<>(entries[0], entries[1])});
        }
        return new AbstractSet<>() {
            @Override
            public int size() {
                return entries.length / 2;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return new ImmutableEntry<>((K) entries[next - 2], (V) entries[next - 1]);
                    }

                    @Override
                    public void remove() {
                        throw new UnsupportedOperationException("remove");
                    }
                };
            }
        };
    }

    /** {@code AbstractMap}'s key set, as the JDK's: removing goes through the iterator, which refuses. */
    @Override
    @SuppressWarnings("unchecked")
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return (Iterator<K>) new Elements(0);
            }

            @Override
            public int size() {
                return ImmutableMap.this.size();
            }

            @Override
            public boolean contains(Object k) {
                return containsKey(k);
            }

            @Override
            public void clear() {
                ImmutableMap.this.clear();
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Collection<V> values() {
        return new java.util.AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return (Iterator<V>) new Elements(1);
            }

            @Override
            public int size() {
                return ImmutableMap.this.size();
            }

            @Override
            public boolean contains(Object v) {
                return containsValue(v);
            }

            @Override
            public void clear() {
                ImmutableMap.this.clear();
            }
        };
    }

    /** The keys (from 0) or the values (from 1); {@code remove} refused as the JDK's default iterator does. */
    private final class Elements implements Iterator<Object> {
        private int next;

        Elements(int first) {
            next = first;
        }

        @Override
        public boolean hasNext() {
            return next < entries.length;
        }

        @Override
        public Object next() {
            if (next >= entries.length) {
                throw new NoSuchElementException();
            }
            next += 2;
            return entries[next - 2];
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException("remove");
        }
    }

    @Override
    public void clear() {
        throw ImmutableCollection.refused();
    }

    @Override
    public V put(K key, V value) {
        throw ImmutableCollection.refused();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V remove(Object key) {
        throw ImmutableCollection.refused();
    }
}
