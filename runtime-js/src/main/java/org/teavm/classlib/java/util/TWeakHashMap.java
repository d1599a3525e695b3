package org.teavm.classlib.java.util;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * {@code java.util.WeakHashMap} in the browser with the JDK's layout and so its order: the JDK's own scrambling of
 * the hash code, power-of-two tables, new keys at a bucket's head, growth past {@code capacity * loadFactor} that
 * reverses each bucket as the JDK's transfer does, iterators that walk the buckets from the last to the first and
 * {@code forEach}/{@code replaceAll} that walk them from the first. Keys are held by weak references, so the browser's
 * collector may drop one that nothing else holds, as the JVM's may. TeaVM's own map walked its buckets in another
 * order, so the same keys came out differently than on the JVM.
 *
 * <p>Sizing of copies and the point of growth changed in Java 19; the build puts the build JDK's rules into
 * {@link #sizesCopiesByCeiling()} and {@link #growsOnReachingThreshold()}.
 */
public class TWeakHashMap<K, V> extends AbstractMap<K, V> {
    private static final int DEFAULT_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;
    private static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** What a null key is held as. */
    private static final Object NULL_KEY = new Object();

    private Entry<K, V>[] table;
    private int size;
    private int threshold;
    private final float loadFactor;
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    int modCount;

    private transient Set<Map.Entry<K, V>> entrySet;
    private transient Set<K> keys;
    private transient Collection<V> values;

    /** A key, weakly held, with its value and the next entry of its bucket. */
    private static final class Entry<K, V> extends WeakReference<Object> implements Map.Entry<K, V> {
        V value;
        final int hash;
        Entry<K, V> next;

        Entry(Object key, V value, ReferenceQueue<Object> queue, int hash, Entry<K, V> next) {
            super(key, queue);
            this.value = value;
            this.hash = hash;
            this.next = next;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) unmaskNull(get());
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V newValue) {
            V oldValue = value;
            value = newValue;
            return oldValue;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            K k1 = getKey();
            Object k2 = e.getKey();
            if (k1 == k2 || k1 != null && k1.equals(k2)) {
                V v1 = getValue();
                Object v2 = e.getValue();
                return v1 == v2 || v1 != null && v1.equals(v2);
            }
            return false;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }

    public TWeakHashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Initial Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load factor: " + loadFactor);
        }
        int wanted = Math.min(initialCapacity, MAX_CAPACITY);
        int capacity = 1;
        while (capacity < wanted) {
            capacity <<= 1;
        }
        table = newTable(capacity);
        this.loadFactor = loadFactor;
        threshold = (int) (capacity * loadFactor);
    }

    public TWeakHashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public TWeakHashMap() {
        this(DEFAULT_CAPACITY, DEFAULT_LOAD_FACTOR);
    }

    public TWeakHashMap(Map<? extends K, ? extends V> m) {
        this(Math.max(capacityFor(m.size(), DEFAULT_LOAD_FACTOR), DEFAULT_CAPACITY), DEFAULT_LOAD_FACTOR);
        putAll(m);
    }

    /** Whether copies are sized by {@code ceil(size / loadFactor)} (Java 19+) or {@code size / loadFactor + 1}. */
    static boolean sizesCopiesByCeiling() {
        return true;
    }

    /** Whether a put grows the table when the size reaches the threshold (Java 17) or passes it (Java 19+). */
    static boolean growsOnReachingThreshold() {
        return false;
    }

    private static int capacityFor(int mappings, float loadFactor) {
        return sizesCopiesByCeiling()
                ? (int) Math.ceil(mappings / (double) loadFactor)
                : (int) (mappings / loadFactor + 1.0f);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Entry<K, V>[] newTable(int n) {
        return (Entry<K, V>[]) new Entry<?, ?>[n];
    }

    private static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    static Object unmaskNull(Object key) {
        return key == NULL_KEY ? null : key;
    }

    private static boolean eq(Object x, Object y) {
        return x == y || x.equals(y);
    }

    static int hash(Object k) {
        int h = k.hashCode();
        h ^= (h >>> 20) ^ (h >>> 12);
        return h ^ (h >>> 7) ^ (h >>> 4);
    }

    private static int indexFor(int h, int length) {
        return h & (length - 1);
    }

    /** Drops the entries whose keys the collector cleared. */
    @SuppressWarnings("unchecked")
    private void expungeStaleEntries() {
        for (Object x; (x = queue.poll()) != null; ) {
            Entry<K, V> e = (Entry<K, V>) x;
            int i = indexFor(e.hash, table.length);
            Entry<K, V> prev = table[i];
            Entry<K, V> p = prev;
            while (p != null) {
                Entry<K, V> next = p.next;
                if (p == e) {
                    if (prev == e) {
                        table[i] = next;
                    } else {
                        prev.next = next;
                    }
                    e.value = null;
                    size--;
                    break;
                }
                prev = p;
                p = next;
            }
        }
    }

    private Entry<K, V>[] getTable() {
        expungeStaleEntries();
        return table;
    }

    @Override
    public int size() {
        if (size == 0) {
            return 0;
        }
        expungeStaleEntries();
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    Entry<K, V> getEntry(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        Entry<K, V> e = tab[indexFor(h, tab.length)];
        while (e != null && !(e.hash == h && eq(k, e.get()))) {
            e = e.next;
        }
        return e;
    }

    @Override
    public V put(K key, V value) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
            if (h == e.hash && eq(k, e.get())) {
                V oldValue = e.value;
                if (value != oldValue) {
                    e.value = value;
                }
                return oldValue;
            }
        }
        modCount++;
        tab[i] = new Entry<>(k, value, queue, h, tab[i]);
        if (growsOnReachingThreshold() ? ++size >= threshold : ++size > threshold) {
            resize(tab.length * 2);
        }
        return null;
    }

    private void resize(int newCapacity) {
        Entry<K, V>[] oldTable = getTable();
        if (oldTable.length == MAX_CAPACITY) {
            threshold = Integer.MAX_VALUE;
            return;
        }
        Entry<K, V>[] newTable = newTable(newCapacity);
        transfer(oldTable, newTable);
        table = newTable;
        // a table that grew while most of its keys were cleared goes back to the old size, as the JDK's does
        if (size >= threshold / 2) {
            threshold = (int) (newCapacity * loadFactor);
        } else {
            expungeStaleEntries();
            transfer(newTable, oldTable);
            table = oldTable;
        }
    }

    private void transfer(Entry<K, V>[] src, Entry<K, V>[] dest) {
        for (int j = 0; j < src.length; ++j) {
            Entry<K, V> e = src[j];
            src[j] = null;
            while (e != null) {
                Entry<K, V> next = e.next;
                if (e.get() == null) {
                    e.next = null;
                    e.value = null;
                    size--;
                } else {
                    int i = indexFor(e.hash, dest.length);
                    e.next = dest[i];
                    dest[i] = e;
                }
                e = next;
            }
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        int added = m.size();
        if (added == 0) {
            return;
        }
        if (added > threshold) {
            int target = Math.min(capacityFor(added, loadFactor), MAX_CAPACITY);
            int capacity = table.length;
            while (capacity < target) {
                capacity <<= 1;
            }
            if (capacity > table.length) {
                resize(capacity);
            }
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public V remove(Object key) {
        Entry<K, V> e = removeEntry(key, null);
        return e == null ? null : e.value;
    }

    boolean removeMapping(Object o) {
        return o instanceof Map.Entry<?, ?> entry && removeEntry(entry.getKey(), entry) != null;
    }

    /** Unlinks the entry of {@code key} (only if it equals {@code mapping}, when that is given), and answers it. */
    private Entry<K, V> removeEntry(Object key, Map.Entry<?, ?> mapping) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        Entry<K, V> prev = tab[i];
        Entry<K, V> e = prev;
        while (e != null) {
            Entry<K, V> next = e.next;
            if (h == e.hash && (mapping == null ? eq(k, e.get()) : e.equals(mapping))) {
                modCount++;
                size--;
                if (prev == e) {
                    tab[i] = next;
                } else {
                    prev.next = next;
                }
                return e;
            }
            prev = e;
            e = next;
        }
        return null;
    }

    @Override
    public void clear() {
        while (queue.poll() != null) {
            // drop what the collector reported: the entries go with the table
        }
        modCount++;
        Arrays.fill(table, null);
        size = 0;
        while (queue.poll() != null) {
            // and what it reported meanwhile
        }
    }

    @Override
    public boolean containsValue(Object value) {
        Entry<K, V>[] tab = getTable();
        for (int i = tab.length; i-- > 0; ) {
            for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
                if (value == null ? e.value == null : value.equals(e.value)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Entry<K, V> entry : getTable()) {
            while (entry != null) {
                Object key = entry.get();
                if (key != null) {
                    action.accept(entry.getKey(), entry.value);
                }
                entry = entry.next;
                if (expected != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expected = modCount;
        for (Entry<K, V> entry : getTable()) {
            while (entry != null) {
                Object key = entry.get();
                if (key != null) {
                    entry.value = function.apply(entry.getKey(), entry.value);
                }
                entry = entry.next;
                if (expected != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    /** Walks the buckets from the last to the first, as the JDK's iterators do. */
    private abstract class HashIterator<T> implements Iterator<T> {
        private int index;
        private Entry<K, V> entry;
        private Entry<K, V> lastReturned;
        private int expectedModCount = modCount;
        /** Holds the next key, so that the collector cannot clear it between hasNext and next. */
        private Object nextKey;

        private Object currentKey;

        HashIterator() {
            index = isEmpty() ? 0 : table.length;
        }

        @Override
        public boolean hasNext() {
            Entry<K, V>[] t = table;
            while (nextKey == null) {
                Entry<K, V> e = entry;
                int i = index;
                while (e == null && i > 0) {
                    e = t[--i];
                }
                entry = e;
                index = i;
                if (e == null) {
                    currentKey = null;
                    return false;
                }
                nextKey = e.get();
                if (nextKey == null) {
                    entry = entry.next;
                }
            }
            return true;
        }

        Entry<K, V> nextEntry() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (nextKey == null && !hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = entry;
            entry = entry.next;
            currentKey = nextKey;
            nextKey = null;
            return lastReturned;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            TWeakHashMap.this.remove(unmaskNull(currentKey));
            expectedModCount = modCount;
            lastReturned = null;
            currentKey = null;
        }
    }

    @Override
    public Set<K> keySet() {
        Set<K> ks = keys;
        if (ks == null) {
            ks = new AbstractSet<>() {
                @Override
                public Iterator<K> iterator() {
                    return new HashIterator<K>() {
                        @Override
                        public K next() {
                            return nextEntry().getKey();
                        }
                    };
                }

                @Override
                public int size() {
                    return TWeakHashMap.this.size();
                }

                @Override
                public boolean contains(Object o) {
                    return containsKey(o);
                }

                @Override
                public boolean remove(Object o) {
                    if (containsKey(o)) {
                        TWeakHashMap.this.remove(o);
                        return true;
                    }
                    return false;
                }

                @Override
                public void clear() {
                    TWeakHashMap.this.clear();
                }
            };
            keys = ks;
        }
        return ks;
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<>() {
                @Override
                public Iterator<V> iterator() {
                    return new HashIterator<V>() {
                        @Override
                        public V next() {
                            return nextEntry().value;
                        }
                    };
                }

                @Override
                public int size() {
                    return TWeakHashMap.this.size();
                }

                @Override
                public boolean contains(Object o) {
                    return containsValue(o);
                }

                @Override
                public void clear() {
                    TWeakHashMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new HashIterator<Map.Entry<K, V>>() {
                        @Override
                        public Map.Entry<K, V> next() {
                            return nextEntry();
                        }
                    };
                }

                @Override
                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> e)) {
                        return false;
                    }
                    Entry<K, V> candidate = getEntry(e.getKey());
                    return candidate != null && candidate.equals(e);
                }

                @Override
                public boolean remove(Object o) {
                    return removeMapping(o);
                }

                @Override
                public int size() {
                    return TWeakHashMap.this.size();
                }

                @Override
                public void clear() {
                    TWeakHashMap.this.clear();
                }
            };
            entrySet = es;
        }
        return es;
    }
}
