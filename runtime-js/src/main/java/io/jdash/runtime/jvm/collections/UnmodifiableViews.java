package io.jdash.runtime.jvm.collections;

import static io.jdash.runtime.jvm.collections.ImmutableCollection.refused;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code Collections.unmodifiableCollection}, {@code unmodifiableList}, {@code unmodifiableSet} and
 * {@code unmodifiableMap} as the JDK's behave: read-through views that refuse every change, whatever its argument,
 * also through their iterators, sub-lists, key sets, values and entries.
 */
final class UnmodifiableViews {
    private UnmodifiableViews() {}

    /** The JDK's {@code UnmodifiableCollection}: equal only to itself. */
    static class ViewCollection<E> implements Collection<E> {
        final Collection<? extends E> c;

        ViewCollection(Collection<? extends E> c) {
            this.c = Objects.requireNonNull(c);
        }

        @Override
        public int size() {
            return c.size();
        }

        @Override
        public boolean isEmpty() {
            return c.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override
        public Object[] toArray() {
            return c.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        @Override
        public String toString() {
            return c.toString();
        }

        @Override
        public Iterator<E> iterator() {
            Iterator<? extends E> i = c.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return i.hasNext();
                }

                @Override
                public E next() {
                    return i.next();
                }

                @Override
                public void remove() {
                    throw refused();
                }

                @Override
                public void forEachRemaining(Consumer<? super E> action) {
                    i.forEachRemaining(action);
                }
            };
        }

        @Override
        public boolean add(E e) {
            throw refused();
        }

        @Override
        public boolean remove(Object o) {
            throw refused();
        }

        @Override
        public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        @Override
        public boolean addAll(Collection<? extends E> coll) {
            throw refused();
        }

        @Override
        public boolean removeAll(Collection<?> coll) {
            throw refused();
        }

        @Override
        public boolean retainAll(Collection<?> coll) {
            throw refused();
        }

        @Override
        public void clear() {
            throw refused();
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            c.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw refused();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Stream<E> stream() {
            return (Stream<E>) c.stream();
        }
    }

    /** The JDK's {@code UnmodifiableSet}: equal to what its set is equal to. */
    static class ViewSet<E> extends ViewCollection<E> implements Set<E> {
        ViewSet(Set<? extends E> s) {
            super(s);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override
        public int hashCode() {
            return c.hashCode();
        }
    }

    /** The JDK's {@code UnmodifiableList}; a view of a random-access list is random-access too. */
    static class ViewList<E> extends ViewCollection<E> implements List<E> {
        final List<? extends E> list;

        ViewList(List<? extends E> list) {
            super(list);
            this.list = list;
        }

        static <E> List<E> of(List<? extends E> list) {
            return list instanceof RandomAccess ? new RandomAccessViewList<>(list) : new ViewList<>(list);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        @Override
        public int hashCode() {
            return list.hashCode();
        }

        @Override
        public E get(int index) {
            return list.get(index);
        }

        @Override
        public E set(int index, E element) {
            throw refused();
        }

        @Override
        public void add(int index, E element) {
            throw refused();
        }

        @Override
        public E remove(int index) {
            throw refused();
        }

        @Override
        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> coll) {
            throw refused();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw refused();
        }

        @Override
        public void sort(Comparator<? super E> comparator) {
            throw refused();
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            ListIterator<? extends E> i = list.listIterator(index);
            return new ListIterator<>() {
                @Override
                public boolean hasNext() {
                    return i.hasNext();
                }

                @Override
                public E next() {
                    return i.next();
                }

                @Override
                public boolean hasPrevious() {
                    return i.hasPrevious();
                }

                @Override
                public E previous() {
                    return i.previous();
                }

                @Override
                public int nextIndex() {
                    return i.nextIndex();
                }

                @Override
                public int previousIndex() {
                    return i.previousIndex();
                }

                @Override
                public void remove() {
                    throw refused();
                }

                @Override
                public void set(E e) {
                    throw refused();
                }

                @Override
                public void add(E e) {
                    throw refused();
                }

                @Override
                public void forEachRemaining(Consumer<? super E> action) {
                    i.forEachRemaining(action);
                }
            };
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return of(list.subList(fromIndex, toIndex));
        }
    }

    static final class RandomAccessViewList<E> extends ViewList<E> implements RandomAccess {
        RandomAccessViewList(List<? extends E> list) {
            super(list);
        }
    }

    /** The JDK's {@code UnmodifiableMap}. */
    static class ViewMap<K, V> extends RefusingMap<K, V> {
        final Map<? extends K, ? extends V> m;
        private Set<K> keySet;
        private Set<Map.Entry<K, V>> entrySet;
        private Collection<V> values;

        ViewMap(Map<? extends K, ? extends V> m) {
            this.m = Objects.requireNonNull(m);
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
        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override
        public boolean containsValue(Object val) {
            return m.containsValue(val);
        }

        @Override
        public V get(Object key) {
            return m.get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getOrDefault(Object k, V defaultValue) {
            return ((Map<K, V>) m).getOrDefault(k, defaultValue);
        }

        @Override
        public V put(K key, V value) {
            throw refused();
        }

        @Override
        public V remove(Object key) {
            throw refused();
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> map) {
            throw refused();
        }

        @Override
        public void clear() {
            throw refused();
        }

        @Override
        public Set<K> keySet() {
            if (keySet == null) {
                keySet = new ViewSet<>(m.keySet());
            }
            return keySet;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Map.Entry<K, V>> entrySet() {
            if (entrySet == null) {
                entrySet = new EntrySet<>((Set<Map.Entry<K, V>>) (Set<?>) m.entrySet());
            }
            return entrySet;
        }

        @Override
        public Collection<V> values() {
            if (values == null) {
                values = new ViewCollection<>(m.values());
            }
            return values;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        @Override
        public int hashCode() {
            return m.hashCode();
        }

        @Override
        public String toString() {
            return m.toString();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(BiConsumer<? super K, ? super V> action) {
            ((Map<K, V>) m).forEach(action);
        }
    }

    /** The entries of an unmodifiable map: each refuses {@code setValue}. */
    static final class EntrySet<K, V> extends ViewSet<Map.Entry<K, V>> {
        EntrySet(Set<Map.Entry<K, V>> s) {
            super(s);
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            Iterator<? extends Map.Entry<K, V>> i = c.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return i.hasNext();
                }

                @Override
                public Map.Entry<K, V> next() {
                    return new Entry<>(i.next());
                }

                @Override
                public void remove() {
                    throw refused();
                }
            };
        }

        @Override
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            c.forEach(e -> action.accept(new Entry<>(e)));
        }

        @Override
        public Object[] toArray() {
            Object[] a = c.toArray();
            for (int i = 0; i < a.length; i++) {
                a[i] = new Entry<>((Map.Entry<?, ?>) a[i]);
            }
            return a;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            Object[] entries = toArray();
            T[] array = a.length >= entries.length ? a : java.util.Arrays.copyOf(a, entries.length);
            for (int i = 0; i < entries.length; i++) {
                array[i] = (T) entries[i];
            }
            if (array.length > entries.length) {
                array[entries.length] = null;
            }
            return array;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Map.Entry<?, ?> e && c.contains(new Entry<>(e));
        }

        @Override
        public boolean containsAll(Collection<?> coll) {
            for (Object e : coll) {
                if (!contains(e)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            return o instanceof Set<?> s && s.size() == c.size() && containsAll(s);
        }

        @Override
        public Stream<Map.Entry<K, V>> stream() {
            return c.stream().map(e -> new Entry<>(e));
        }
    }

    /** An entry of an unmodifiable map. */
    static final class Entry<K, V> implements Map.Entry<K, V> {
        private final Map.Entry<? extends K, ? extends V> e;

        Entry(Map.Entry<? extends K, ? extends V> e) {
            this.e = Objects.requireNonNull(e);
        }

        @Override
        public K getKey() {
            return e.getKey();
        }

        @Override
        public V getValue() {
            return e.getValue();
        }

        @Override
        public V setValue(V value) {
            throw refused();
        }

        @Override
        public int hashCode() {
            return e.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this
                    || o instanceof Map.Entry<?, ?> t
                            && Objects.equals(e.getKey(), t.getKey())
                            && Objects.equals(e.getValue(), t.getValue());
        }

        @Override
        public String toString() {
            return e.toString();
        }
    }
}
