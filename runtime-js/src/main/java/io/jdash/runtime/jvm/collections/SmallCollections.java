package io.jdash.runtime.jvm.collections;

import static io.jdash.runtime.jvm.collections.ImmutableCollection.refused;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * {@code Collections.emptyList/emptySet/emptyMap}, {@code singletonList/singleton/singletonMap} and {@code nCopies}
 * as the JDK's behave: what each refuses (and what it quietly allows, such as sorting a singleton or clearing an
 * empty collection), the wording of an index out of range, and their iterators.
 */
final class SmallCollections {
    private SmallCollections() {}

    static final EmptyList<Object> EMPTY_LIST = new EmptyList<>();
    static final EmptySet<Object> EMPTY_SET = new EmptySet<>();
    static final EmptyMap<Object, Object> EMPTY_MAP = new EmptyMap<>();

    /** The JDK's {@code Collections.emptyIterator()}. */
    static <E> ListIterator<E> emptyIterator() {
        return new ListIterator<>() {
            @Override
            public boolean hasNext() {
                return false;
            }

            @Override
            public E next() {
                throw new NoSuchElementException();
            }

            @Override
            public boolean hasPrevious() {
                return false;
            }

            @Override
            public E previous() {
                throw new NoSuchElementException();
            }

            @Override
            public int nextIndex() {
                return 0;
            }

            @Override
            public int previousIndex() {
                return -1;
            }

            @Override
            public void remove() {
                throw new IllegalStateException();
            }

            @Override
            public void set(E e) {
                throw new IllegalStateException();
            }

            @Override
            public void add(E e) {
                throw refused();
            }

            @Override
            public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
            }
        };
    }

    /** The JDK's singleton iterator: it refuses {@code remove}. */
    static <E> Iterator<E> singletonIterator(E e) {
        return new Iterator<>() {
            private boolean hasNext = true;

            @Override
            public boolean hasNext() {
                return hasNext;
            }

            @Override
            public E next() {
                if (!hasNext) {
                    throw new NoSuchElementException();
                }
                hasNext = false;
                return e;
            }

            @Override
            public void remove() {
                throw refused();
            }

            @Override
            public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (hasNext) {
                    hasNext = false;
                    action.accept(e);
                }
            }
        };
    }

    static final class EmptyList<E> extends AbstractList<E> implements RandomAccess {
        @Override
        public Iterator<E> iterator() {
            return emptyIterator();
        }

        @Override
        public ListIterator<E> listIterator() {
            return emptyIterator();
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            if (index != 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: 0");
            }
            return emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void clear() {}

        @Override
        public boolean contains(Object obj) {
            return false;
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return c.isEmpty();
        }

        @Override
        public int indexOf(Object o) {
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return -1;
        }

        @Override
        public Object[] toArray() {
            return new Object[0];
        }

        @Override
        public <T> T[] toArray(T[] a) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }

        @Override
        public E get(int index) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof List<?> list && list.isEmpty();
        }

        @Override
        public int hashCode() {
            return 1;
        }

        @Override
        public boolean remove(Object o) {
            return false;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            Objects.requireNonNull(c);
            return false;
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            Objects.requireNonNull(c);
            return false;
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
        }

        @Override
        public void sort(Comparator<? super E> c) {}

        @Override
        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            ImmutableList.rangeCheck(fromIndex, toIndex, 0);
            return this;
        }

        @Override
        public String toString() {
            return "[]";
        }
    }

    static final class EmptySet<E> extends AbstractSet<E> {
        @Override
        public Iterator<E> iterator() {
            return emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void clear() {}

        @Override
        public boolean contains(Object obj) {
            return false;
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return c.isEmpty();
        }

        @Override
        public boolean remove(Object o) {
            return false;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            Objects.requireNonNull(c);
            return false;
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            Objects.requireNonNull(c);
            return false;
        }

        @Override
        public Object[] toArray() {
            return new Object[0];
        }

        @Override
        public <T> T[] toArray(T[] a) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "[]";
        }
    }

    static final class EmptyMap<K, V> extends RefusingMap<K, V> {
        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void clear() {}

        @Override
        public boolean containsKey(Object key) {
            return false;
        }

        @Override
        public boolean containsValue(Object value) {
            return false;
        }

        @Override
        public V get(Object key) {
            return null;
        }

        @Override
        public V remove(Object key) {
            return null;
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> m) {
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                put(e.getKey(), e.getValue());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<K> keySet() {
            return (Set<K>) EMPTY_SET;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Collection<V> values() {
            return (Collection<V>) EMPTY_SET;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Map.Entry<K, V>> entrySet() {
            return (Set<Map.Entry<K, V>>) (Set<?>) EMPTY_SET;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map<?, ?> m && m.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "{}";
        }

        @Override
        public V getOrDefault(Object k, V defaultValue) {
            return defaultValue;
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            Objects.requireNonNull(action);
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            Objects.requireNonNull(function);
        }
    }

    static final class SingletonList<E> extends AbstractList<E> implements RandomAccess {
        private final E element;

        SingletonList(E element) {
            this.element = element;
        }

        @Override
        public Iterator<E> iterator() {
            return singletonIterator(element);
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean contains(Object obj) {
            return Objects.equals(obj, element);
        }

        @Override
        public E get(int index) {
            if (index != 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
            }
            return element;
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            action.accept(element);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw refused();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw refused();
        }

        @Override
        public void sort(Comparator<? super E> c) {}

        @Override
        public int hashCode() {
            return 31 + Objects.hashCode(element);
        }
    }

    static final class SingletonSet<E> extends AbstractSet<E> {
        private final E element;

        SingletonSet(E element) {
            this.element = element;
        }

        @Override
        public Iterator<E> iterator() {
            return singletonIterator(element);
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean contains(Object obj) {
            return Objects.equals(obj, element);
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            action.accept(element);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw refused();
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(element);
        }
    }

    static final class SingletonMap<K, V> extends RefusingMap<K, V> {
        private final K k;
        private final V v;

        SingletonMap(K key, V value) {
            k = key;
            v = value;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public boolean containsKey(Object key) {
            return Objects.equals(key, k);
        }

        @Override
        public boolean containsValue(Object value) {
            return Objects.equals(value, v);
        }

        @Override
        public V get(Object key) {
            return Objects.equals(key, k) ? v : null;
        }

        @Override
        public V remove(Object key) {
            if (Objects.equals(key, k)) {
                throw refused();
            }
            return null;
        }

        @Override
        public void clear() {
            throw refused();
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> m) {
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                put(e.getKey(), e.getValue());
            }
        }

        @Override
        public Set<K> keySet() {
            return new SingletonSet<>(k);
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new SingletonSet<>(new AbstractMap.SimpleImmutableEntry<>(k, v));
        }

        @Override
        public Collection<V> values() {
            return new SingletonSet<>(v);
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            return Objects.equals(key, k) ? v : defaultValue;
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            action.accept(k, v);
        }
    }

    /** The JDK's {@code CopiesList}: its iterator and list iterator are the JDK's {@code AbstractList}'s. */
    static final class CopiesList<E> extends AbstractList<E> implements RandomAccess {
        private final int n;
        private final E element;

        CopiesList(int n, E element) {
            if (n < 0) {
                throw new IllegalArgumentException("List length = " + n);
            }
            this.n = n;
            this.element = element;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public boolean contains(Object obj) {
            return n != 0 && Objects.equals(obj, element);
        }

        @Override
        public int indexOf(Object o) {
            return contains(o) ? 0 : -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return contains(o) ? n - 1 : -1;
        }

        @Override
        public E get(int index) {
            if (index < 0 || index >= n) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            }
            return element;
        }

        @Override
        public Object[] toArray() {
            Object[] a = new Object[n];
            java.util.Arrays.fill(a, element);
            return a;
        }

        @Override
        public Iterator<E> iterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > n) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            }
            return new ListIterator<>() {
                private int cursor = index;
                private boolean moved;

                @Override
                public boolean hasNext() {
                    return cursor != n;
                }

                @Override
                public E next() {
                    if (cursor >= n) {
                        throw new NoSuchElementException(
                                new IndexOutOfBoundsException("Index: " + cursor + ", Size: " + n));
                    }
                    cursor++;
                    moved = true;
                    return element;
                }

                @Override
                public boolean hasPrevious() {
                    return cursor != 0;
                }

                @Override
                public E previous() {
                    if (cursor <= 0) {
                        throw new NoSuchElementException(
                                new IndexOutOfBoundsException("Index: " + (cursor - 1) + ", Size: " + n));
                    }
                    cursor--;
                    moved = true;
                    return element;
                }

                @Override
                public int nextIndex() {
                    return cursor;
                }

                @Override
                public int previousIndex() {
                    return cursor - 1;
                }

                @Override
                public void remove() {
                    if (!moved) {
                        throw new IllegalStateException();
                    }
                    throw refused();
                }

                @Override
                public void set(E e) {
                    if (!moved) {
                        throw new IllegalStateException();
                    }
                    throw refused();
                }

                @Override
                public void add(E e) {
                    throw refused();
                }
            };
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            ImmutableList.rangeCheck(fromIndex, toIndex, n);
            return new CopiesList<>(toIndex - fromIndex, element);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void sort(Comparator<? super E> c) {
            // the JDK's List.sort: it sorts a copy, then refuses to write it back
            if (n > 0) {
                Object[] a = toArray();
                if (c == null) {
                    java.util.Arrays.sort(a);
                } else {
                    java.util.Arrays.sort(a, (Comparator) c);
                }
                throw refused();
            }
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            if (n > 0) {
                operator.apply(element);
                throw refused();
            }
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            if (n > 0 && filter.test(element)) {
                throw refused();
            }
            return false;
        }
    }
}
