package io.jdash.runtime.jvm.collections;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Queue;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code Collections.checkedCollection} and the other checked views as the JDK's behave: an element, key or value of
 * the wrong class is refused with the JDK's {@code ClassCastException} text ({@code Attempt to insert class
 * java.lang.Integer element into collection with element type class java.lang.String}) before anything is changed,
 * through the views' iterators, sub-lists, ranges and entries too; everything else reads and writes through. TeaVM's
 * gave {@code Class.cast}'s text and printed itself as {@code java.util.CheckedList@…}.
 */
final class CheckedViews {
    private CheckedViews() {}

    /** The JDK's {@code CheckedCollection}: equal only to itself. */
    static class CheckedCollection<E> implements Collection<E> {
        final Collection<E> c;
        final Class<E> type;

        CheckedCollection(Collection<E> c, Class<E> type) {
            this.c = Objects.requireNonNull(c, "c");
            this.type = Objects.requireNonNull(type, "type");
        }

        @SuppressWarnings("unchecked")
        E typeCheck(Object o) {
            if (o != null && !type.isInstance(o)) {
                throw new ClassCastException(
                        "Attempt to insert " + o.getClass() + " element into collection with element type " + type);
            }
            return (E) o;
        }

        /** The elements of {@code coll}, each checked, before any of them is added. */
        @SuppressWarnings("unchecked")
        List<E> checkedCopyOf(Collection<? extends E> coll) {
            Object[] a = coll.toArray().clone();
            for (Object o : a) {
                typeCheck(o);
            }
            return (List<E>) Arrays.asList(a);
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
        public boolean remove(Object o) {
            return c.remove(o);
        }

        @Override
        public void clear() {
            c.clear();
        }

        @Override
        public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        @Override
        public boolean removeAll(Collection<?> coll) {
            return c.removeAll(coll);
        }

        @Override
        public boolean retainAll(Collection<?> coll) {
            return c.retainAll(coll);
        }

        @Override
        public Iterator<E> iterator() {
            Iterator<E> it = c.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next();
                }

                @Override
                public void remove() {
                    it.remove();
                }

                @Override
                public void forEachRemaining(Consumer<? super E> action) {
                    it.forEachRemaining(action);
                }
            };
        }

        @Override
        public boolean add(E e) {
            return c.add(typeCheck(e));
        }

        @Override
        public boolean addAll(Collection<? extends E> coll) {
            return c.addAll(checkedCopyOf(coll));
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            c.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            return c.removeIf(filter);
        }

        @Override
        public Stream<E> stream() {
            return c.stream();
        }
    }

    /** The JDK's {@code CheckedQueue}. */
    static final class CheckedQueue<E> extends CheckedCollection<E> implements Queue<E> {
        private final Queue<E> queue;

        CheckedQueue(Queue<E> queue, Class<E> type) {
            super(queue, type);
            this.queue = queue;
        }

        @Override
        public E element() {
            return queue.element();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override
        public int hashCode() {
            return c.hashCode();
        }

        @Override
        public E peek() {
            return queue.peek();
        }

        @Override
        public E poll() {
            return queue.poll();
        }

        @Override
        public E remove() {
            return queue.remove();
        }

        @Override
        public boolean offer(E e) {
            return queue.offer(typeCheck(e));
        }
    }

    /** The JDK's {@code CheckedSet}: equal to what its set is equal to. */
    static class CheckedSet<E> extends CheckedCollection<E> implements Set<E> {
        CheckedSet(Set<E> s, Class<E> type) {
            super(s, type);
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

    /** The JDK's {@code CheckedSortedSet}. */
    static class CheckedSortedSet<E> extends CheckedSet<E> implements SortedSet<E> {
        private final SortedSet<E> ss;

        CheckedSortedSet(SortedSet<E> s, Class<E> type) {
            super(s, type);
            ss = s;
        }

        @Override
        public Comparator<? super E> comparator() {
            return ss.comparator();
        }

        @Override
        public E first() {
            return ss.first();
        }

        @Override
        public E last() {
            return ss.last();
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return new CheckedSortedSet<>(ss.subSet(fromElement, toElement), type);
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return new CheckedSortedSet<>(ss.headSet(toElement), type);
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return new CheckedSortedSet<>(ss.tailSet(fromElement), type);
        }
    }

    /** The JDK's {@code CheckedNavigableSet}: its two-argument ranges are navigable too. */
    static final class CheckedNavigableSet<E> extends CheckedSortedSet<E> implements NavigableSet<E> {
        private final NavigableSet<E> ns;

        CheckedNavigableSet(NavigableSet<E> s, Class<E> type) {
            super(s, type);
            ns = s;
        }

        @Override
        public E lower(E e) {
            return ns.lower(e);
        }

        @Override
        public E floor(E e) {
            return ns.floor(e);
        }

        @Override
        public E ceiling(E e) {
            return ns.ceiling(e);
        }

        @Override
        public E higher(E e) {
            return ns.higher(e);
        }

        @Override
        public E pollFirst() {
            return ns.pollFirst();
        }

        @Override
        public E pollLast() {
            return ns.pollLast();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new CheckedNavigableSet<>(ns.descendingSet(), type);
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, E toElement) {
            return new CheckedNavigableSet<>(ns.subSet(fromElement, true, toElement, false), type);
        }

        @Override
        public NavigableSet<E> headSet(E toElement) {
            return new CheckedNavigableSet<>(ns.headSet(toElement, false), type);
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement) {
            return new CheckedNavigableSet<>(ns.tailSet(fromElement, true), type);
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new CheckedNavigableSet<>(ns.subSet(fromElement, fromInclusive, toElement, toInclusive), type);
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new CheckedNavigableSet<>(ns.headSet(toElement, inclusive), type);
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new CheckedNavigableSet<>(ns.tailSet(fromElement, inclusive), type);
        }
    }

    /** The JDK's {@code CheckedList} (and, for a random-access list, {@code CheckedRandomAccessList}). */
    static class CheckedList<E> extends CheckedCollection<E> implements List<E> {
        final List<E> list;

        CheckedList(List<E> list, Class<E> type) {
            super(list, type);
            this.list = list;
        }

        static <E> List<E> of(List<E> list, Class<E> type) {
            return list instanceof RandomAccess
                    ? new CheckedRandomAccessList<>(list, type)
                    : new CheckedList<>(list, type);
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
        public E remove(int index) {
            return list.remove(index);
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
        public E set(int index, E element) {
            return list.set(index, typeCheck(element));
        }

        @Override
        public void add(int index, E element) {
            list.add(index, typeCheck(element));
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> coll) {
            return list.addAll(index, checkedCopyOf(coll));
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            ListIterator<E> i = list.listIterator(index);
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
                    i.remove();
                }

                @Override
                public void set(E e) {
                    i.set(typeCheck(e));
                }

                @Override
                public void add(E e) {
                    i.add(typeCheck(e));
                }

                @Override
                public void forEachRemaining(Consumer<? super E> action) {
                    i.forEachRemaining(action);
                }
            };
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return new CheckedList<>(list.subList(fromIndex, toIndex), type);
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            list.replaceAll(e -> typeCheck(operator.apply(e)));
        }

        @Override
        public void sort(Comparator<? super E> comparator) {
            list.sort(comparator);
        }
    }

    /** The JDK's {@code CheckedRandomAccessList}: its sub-lists are random-access too. */
    static final class CheckedRandomAccessList<E> extends CheckedList<E> implements RandomAccess {
        CheckedRandomAccessList(List<E> list, Class<E> type) {
            super(list, type);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return new CheckedRandomAccessList<>(list.subList(fromIndex, toIndex), type);
        }
    }

    /** The JDK's {@code CheckedMap}: keys and values checked, its key set and values the map's own. */
    static class CheckedMap<K, V> implements Map<K, V> {
        private final Map<K, V> m;
        final Class<K> keyType;
        final Class<V> valueType;
        private Set<Map.Entry<K, V>> entrySet;

        CheckedMap(Map<K, V> m, Class<K> keyType, Class<V> valueType) {
            this.m = Objects.requireNonNull(m);
            this.keyType = Objects.requireNonNull(keyType);
            this.valueType = Objects.requireNonNull(valueType);
        }

        void typeCheck(Object key, Object value) {
            if (key != null && !keyType.isInstance(key)) {
                throw new ClassCastException(
                        "Attempt to insert " + key.getClass() + " key into map with key type " + keyType);
            }
            if (value != null && !valueType.isInstance(value)) {
                throw new ClassCastException(valueMessage(value, valueType));
            }
        }

        static String valueMessage(Object value, Class<?> valueType) {
            return "Attempt to insert " + value.getClass() + " value into map with value type " + valueType;
        }

        private BiFunction<? super K, ? super V, ? extends V> typeCheck(
                BiFunction<? super K, ? super V, ? extends V> func) {
            Objects.requireNonNull(func);
            return (k, v) -> {
                V newValue = func.apply(k, v);
                typeCheck(k, newValue);
                return newValue;
            };
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
        public boolean containsValue(Object v) {
            return m.containsValue(v);
        }

        @Override
        public V get(Object key) {
            return m.get(key);
        }

        @Override
        public V remove(Object key) {
            return m.remove(key);
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public Set<K> keySet() {
            return m.keySet();
        }

        @Override
        public Collection<V> values() {
            return m.values();
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
        public V put(K key, V value) {
            typeCheck(key, value);
            return m.put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void putAll(Map<? extends K, ? extends V> t) {
            Object[] entries = t.entrySet().toArray();
            List<Map.Entry<K, V>> checked = new java.util.ArrayList<>(entries.length);
            for (Object o : entries) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object k = e.getKey();
                Object v = e.getValue();
                typeCheck(k, v);
                checked.add(new AbstractMap.SimpleImmutableEntry<>((K) k, (V) v));
            }
            for (Map.Entry<K, V> e : checked) {
                m.put(e.getKey(), e.getValue());
            }
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            if (entrySet == null) {
                entrySet = new CheckedEntrySet<>(m.entrySet(), valueType);
            }
            return entrySet;
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            m.forEach(action);
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            m.replaceAll(typeCheck(function));
        }

        @Override
        public V putIfAbsent(K key, V value) {
            typeCheck(key, value);
            return m.putIfAbsent(key, value);
        }

        @Override
        public boolean remove(Object key, Object value) {
            return m.remove(key, value);
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            typeCheck(key, newValue);
            return m.replace(key, oldValue, newValue);
        }

        @Override
        public V replace(K key, V value) {
            typeCheck(key, value);
            return m.replace(key, value);
        }

        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            Objects.requireNonNull(mappingFunction);
            return m.computeIfAbsent(key, k -> {
                V value = mappingFunction.apply(k);
                typeCheck(k, value);
                return value;
            });
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return m.computeIfPresent(key, typeCheck(remappingFunction));
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return m.compute(key, typeCheck(remappingFunction));
        }

        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            Objects.requireNonNull(remappingFunction);
            return m.merge(key, value, (v1, v2) -> {
                V newValue = remappingFunction.apply(v1, v2);
                typeCheck(null, newValue);
                return newValue;
            });
        }
    }

    /** The JDK's {@code CheckedSortedMap}. */
    static class CheckedSortedMap<K, V> extends CheckedMap<K, V> implements SortedMap<K, V> {
        private final SortedMap<K, V> sm;

        CheckedSortedMap(SortedMap<K, V> m, Class<K> keyType, Class<V> valueType) {
            super(m, keyType, valueType);
            sm = m;
        }

        @Override
        public Comparator<? super K> comparator() {
            return sm.comparator();
        }

        @Override
        public K firstKey() {
            return sm.firstKey();
        }

        @Override
        public K lastKey() {
            return sm.lastKey();
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return new CheckedSortedMap<>(sm.subMap(fromKey, toKey), keyType, valueType);
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return new CheckedSortedMap<>(sm.headMap(toKey), keyType, valueType);
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return new CheckedSortedMap<>(sm.tailMap(fromKey), keyType, valueType);
        }
    }

    /** The JDK's {@code CheckedNavigableMap}: its entries check the values they are given. */
    static final class CheckedNavigableMap<K, V> extends CheckedSortedMap<K, V> implements NavigableMap<K, V> {
        private final NavigableMap<K, V> nm;

        CheckedNavigableMap(NavigableMap<K, V> m, Class<K> keyType, Class<V> valueType) {
            super(m, keyType, valueType);
            nm = m;
        }

        private Map.Entry<K, V> entry(Map.Entry<K, V> e) {
            return e == null ? null : new CheckedEntry<>(e, valueType);
        }

        private NavigableMap<K, V> checked(NavigableMap<K, V> m) {
            return new CheckedNavigableMap<>(m, keyType, valueType);
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return entry(nm.lowerEntry(key));
        }

        @Override
        public K lowerKey(K key) {
            return nm.lowerKey(key);
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return entry(nm.floorEntry(key));
        }

        @Override
        public K floorKey(K key) {
            return nm.floorKey(key);
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return entry(nm.ceilingEntry(key));
        }

        @Override
        public K ceilingKey(K key) {
            return nm.ceilingKey(key);
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return entry(nm.higherEntry(key));
        }

        @Override
        public K higherKey(K key) {
            return nm.higherKey(key);
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return entry(nm.firstEntry());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return entry(nm.lastEntry());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            return entry(nm.pollFirstEntry());
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            return entry(nm.pollLastEntry());
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return checked(nm.descendingMap());
        }

        @Override
        public NavigableSet<K> keySet() {
            return navigableKeySet();
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return new CheckedNavigableSet<>(nm.navigableKeySet(), keyType);
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return new CheckedNavigableSet<>(nm.descendingKeySet(), keyType);
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, K toKey) {
            return checked(nm.subMap(fromKey, true, toKey, false));
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey) {
            return checked(nm.headMap(toKey, false));
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey) {
            return checked(nm.tailMap(fromKey, true));
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return checked(nm.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return checked(nm.headMap(toKey, inclusive));
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return checked(nm.tailMap(fromKey, inclusive));
        }
    }

    /** The JDK's {@code CheckedEntrySet}: its entries check the values they are given; adding is refused. */
    static final class CheckedEntrySet<K, V> implements Set<Map.Entry<K, V>> {
        private final Set<Map.Entry<K, V>> s;
        private final Class<V> valueType;

        CheckedEntrySet(Set<Map.Entry<K, V>> s, Class<V> valueType) {
            this.s = s;
            this.valueType = valueType;
        }

        @Override
        public int size() {
            return s.size();
        }

        @Override
        public boolean isEmpty() {
            return s.isEmpty();
        }

        @Override
        public String toString() {
            return s.toString();
        }

        @Override
        public int hashCode() {
            return s.hashCode();
        }

        @Override
        public void clear() {
            s.clear();
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends Map.Entry<K, V>> coll) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            Iterator<Map.Entry<K, V>> i = s.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return i.hasNext();
                }

                @Override
                public void remove() {
                    i.remove();
                }

                @Override
                public Map.Entry<K, V> next() {
                    return new CheckedEntry<>(i.next(), valueType);
                }

                @Override
                public void forEachRemaining(Consumer<? super Map.Entry<K, V>> action) {
                    Objects.requireNonNull(action);
                    i.forEachRemaining(e -> action.accept(new CheckedEntry<>(e, valueType)));
                }
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object[] toArray() {
            Object[] source = s.toArray();
            Object[] dest = source.getClass() == Object[].class ? source : new Object[source.length];
            for (int i = 0; i < source.length; i++) {
                dest[i] = new CheckedEntry<>((Map.Entry<K, V>) source[i], valueType);
            }
            return dest;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            T[] arr = s.toArray(a.length == 0 ? a : Arrays.copyOf(a, 0));
            for (int i = 0; i < arr.length; i++) {
                arr[i] = (T) new CheckedEntry<>((Map.Entry<K, V>) arr[i], valueType);
            }
            if (arr.length > a.length) {
                return arr;
            }
            System.arraycopy(arr, 0, a, 0, arr.length);
            if (a.length > arr.length) {
                a[arr.length] = null;
            }
            return a;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean contains(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && s.contains(e instanceof CheckedEntry ? e : new CheckedEntry<>((Map.Entry) e, valueType));
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            for (Object o : c) {
                if (!contains(o)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            return s.remove(new AbstractMap.SimpleImmutableEntry<>((Map.Entry<?, ?>) o));
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return batchRemove(c, false);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return batchRemove(c, true);
        }

        private boolean batchRemove(Collection<?> c, boolean complement) {
            Objects.requireNonNull(c);
            boolean modified = false;
            Iterator<Map.Entry<K, V>> it = iterator();
            while (it.hasNext()) {
                if (c.contains(it.next()) != complement) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            return o instanceof Set<?> that && that.size() == s.size() && containsAll(that);
        }
    }

    /** The JDK's {@code CheckedEntry}: {@code setValue} checks the value. */
    static final class CheckedEntry<K, V, T> implements Map.Entry<K, V> {
        private final Map.Entry<K, V> e;
        private final Class<T> valueType;

        CheckedEntry(Map.Entry<K, V> e, Class<T> valueType) {
            this.e = Objects.requireNonNull(e);
            this.valueType = Objects.requireNonNull(valueType);
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
        public int hashCode() {
            return e.hashCode();
        }

        @Override
        public String toString() {
            return e.toString();
        }

        @Override
        public V setValue(V value) {
            if (value != null && !valueType.isInstance(value)) {
                throw new ClassCastException(CheckedMap.valueMessage(value, valueType));
            }
            return e.setValue(value);
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            return e.equals(new AbstractMap.SimpleImmutableEntry<>((Map.Entry<?, ?>) o));
        }
    }
}
