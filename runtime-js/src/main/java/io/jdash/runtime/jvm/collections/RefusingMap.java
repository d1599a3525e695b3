package io.jdash.runtime.jvm.collections;

import java.util.AbstractMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The maps the JDK's {@code Collections} and {@code Map.of} return all refuse the Java 8 map operations outright,
 * whether or not the map holds the key: {@code computeIfAbsent} on an empty map throws as it does on a full one.
 */
abstract class RefusingMap<K, V> extends AbstractMap<K, V> {
    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw ImmutableCollection.refused();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw ImmutableCollection.refused();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V replace(K key, V value) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        throw ImmutableCollection.refused();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        throw ImmutableCollection.refused();
    }
}
