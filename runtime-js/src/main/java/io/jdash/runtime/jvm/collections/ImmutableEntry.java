package io.jdash.runtime.jvm.collections;

import java.util.Map;
import java.util.Objects;

/** {@code Map.entry} and the entries of the JDK's immutable maps: neither key nor value null, and never changed. */
final class ImmutableEntry<K, V> implements Map.Entry<K, V> {
    private final K key;
    private final V value;

    ImmutableEntry(K key, V value) {
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
    }

    @Override
    public K getKey() {
        return key;
    }

    @Override
    public V getValue() {
        return value;
    }

    @Override
    public V setValue(V value) {
        throw new UnsupportedOperationException("not supported");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && value.equals(e.getValue());
    }

    @Override
    public int hashCode() {
        return key.hashCode() ^ value.hashCode();
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
