package io.jdash.runtime.jvm.collections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JDK's immutable and unmodifiable collections, singletons, empties and {@code nCopies}, and the
 * {@code Collections} algorithms that change a list through {@code set}: the compiler makes the JDK's factories
 * ({@code List.of}, {@code Collections.unmodifiableList}, {@code Stream.toList}, the unmodifiable collectors …) call
 * these. TeaVM's own versions accepted nulls and changes the JDK's refuse, refused some it allows, and worded index
 * errors otherwise.
 */
public final class JvmCollections {
    private JvmCollections() {}

    /** {@code List.of} of any arity: the arguments, in an array of their own. */
    public static <E> List<E> listOf(Object[] elements) {
        return ImmutableList.of(elements);
    }

    /** {@code List.of(E...)}: the array is copied, as the caller may change it. */
    public static <E> List<E> listOfArray(Object[] elements) {
        return ImmutableList.of(elements.clone());
    }

    public static <E> List<E> listCopyOf(Collection<? extends E> c) {
        return ImmutableList.copyOf(c);
    }

    /** {@code Stream.toList()}: an unmodifiable list that may hold nulls. */
    public static <E> List<E> streamToList(Stream<E> stream) {
        return ImmutableList.ofNullable(stream.toArray());
    }

    public static <E> Set<E> setOf(Object[] elements) {
        return ImmutableSet.of(elements);
    }

    public static <E> Set<E> setOfArray(Object[] elements) {
        return ImmutableSet.of(elements.clone());
    }

    public static <E> Set<E> setCopyOf(Collection<? extends E> c) {
        return ImmutableSet.copyOf(c);
    }

    /** {@code Map.of} of any arity: keys and values, alternating, in an array of their own. */
    public static <K, V> Map<K, V> mapOf(Object[] keysAndValues) {
        return ImmutableMap.of(keysAndValues);
    }

    public static <K, V> Map<K, V> mapOfEntries(Map.Entry<?, ?>[] entries) {
        return ImmutableMap.ofEntries(entries);
    }

    public static <K, V> Map<K, V> mapCopyOf(Map<? extends K, ? extends V> map) {
        return ImmutableMap.copyOf(map);
    }

    public static <K, V> Map.Entry<K, V> entry(K key, V value) {
        return new ImmutableEntry<>(key, value);
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return Collectors.collectingAndThen(
                Collectors.toCollection(ArrayList::new), l -> ImmutableList.of(l.toArray()));
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return Collectors.collectingAndThen(
                Collectors.toCollection(HashSet::new), s -> ImmutableSet.ofDistinct(s.toArray()));
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return Collectors.collectingAndThen(Collectors.toMap(keyMapper, valueMapper), ImmutableMap::copyOf);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(
            Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return Collectors.collectingAndThen(
                Collectors.toMap(keyMapper, valueMapper, mergeFunction, HashMap::new), ImmutableMap::copyOf);
    }

    @SuppressWarnings("unchecked")
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        return c.getClass() == UnmodifiableViews.ViewCollection.class
                ? (Collection<T>) c
                : new UnmodifiableViews.ViewCollection<>(c);
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        return list.getClass() == UnmodifiableViews.ViewList.class
                        || list.getClass() == UnmodifiableViews.RandomAccessViewList.class
                ? (List<T>) list
                : UnmodifiableViews.ViewList.of(list);
    }

    @SuppressWarnings("unchecked")
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        return s.getClass() == UnmodifiableViews.ViewSet.class ? (Set<T>) s : new UnmodifiableViews.ViewSet<>(s);
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        return m.getClass() == UnmodifiableViews.ViewMap.class ? (Map<K, V>) m : new UnmodifiableViews.ViewMap<>(m);
    }

    public static <T> SortedSet<T> unmodifiableSortedSet(SortedSet<T> s) {
        return s.getClass() == SortedViews.ViewSortedSet.class ? s : new SortedViews.ViewSortedSet<>(s);
    }

    public static <T> NavigableSet<T> unmodifiableNavigableSet(NavigableSet<T> s) {
        return s.getClass() == SortedViews.ViewNavigableSet.class ? s : new SortedViews.ViewNavigableSet<>(s);
    }

    @SuppressWarnings("unchecked")
    public static <K, V> SortedMap<K, V> unmodifiableSortedMap(SortedMap<K, ? extends V> m) {
        return m.getClass() == SortedViews.ViewSortedMap.class
                ? (SortedMap<K, V>) m
                : new SortedViews.ViewSortedMap<>(m);
    }

    @SuppressWarnings("unchecked")
    public static <K, V> NavigableMap<K, V> unmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
        return m.getClass() == SortedViews.ViewNavigableMap.class
                ? (NavigableMap<K, V>) m
                : new SortedViews.ViewNavigableMap<>(m);
    }

    @SuppressWarnings("unchecked")
    public static <E> SortedSet<E> emptySortedSet() {
        return (SortedSet<E>) SortedViews.EMPTY_NAVIGABLE_SET;
    }

    @SuppressWarnings("unchecked")
    public static <E> NavigableSet<E> emptyNavigableSet() {
        return (NavigableSet<E>) SortedViews.EMPTY_NAVIGABLE_SET;
    }

    @SuppressWarnings("unchecked")
    public static <K, V> SortedMap<K, V> emptySortedMap() {
        return (SortedMap<K, V>) SortedViews.EMPTY_NAVIGABLE_MAP;
    }

    @SuppressWarnings("unchecked")
    public static <K, V> NavigableMap<K, V> emptyNavigableMap() {
        return (NavigableMap<K, V>) SortedViews.EMPTY_NAVIGABLE_MAP;
    }

    public static <E> Collection<E> checkedCollection(Collection<E> c, Class<E> type) {
        return new CheckedViews.CheckedCollection<>(c, type);
    }

    public static <E> Queue<E> checkedQueue(Queue<E> queue, Class<E> type) {
        return new CheckedViews.CheckedQueue<>(queue, type);
    }

    public static <E> Set<E> checkedSet(Set<E> s, Class<E> type) {
        return new CheckedViews.CheckedSet<>(s, type);
    }

    public static <E> SortedSet<E> checkedSortedSet(SortedSet<E> s, Class<E> type) {
        return new CheckedViews.CheckedSortedSet<>(s, type);
    }

    public static <E> NavigableSet<E> checkedNavigableSet(NavigableSet<E> s, Class<E> type) {
        return new CheckedViews.CheckedNavigableSet<>(s, type);
    }

    public static <E> List<E> checkedList(List<E> list, Class<E> type) {
        return CheckedViews.CheckedList.of(list, type);
    }

    public static <K, V> Map<K, V> checkedMap(Map<K, V> m, Class<K> keyType, Class<V> valueType) {
        return new CheckedViews.CheckedMap<>(m, keyType, valueType);
    }

    public static <K, V> SortedMap<K, V> checkedSortedMap(SortedMap<K, V> m, Class<K> keyType, Class<V> valueType) {
        return new CheckedViews.CheckedSortedMap<>(m, keyType, valueType);
    }

    public static <K, V> NavigableMap<K, V> checkedNavigableMap(
            NavigableMap<K, V> m, Class<K> keyType, Class<V> valueType) {
        return new CheckedViews.CheckedNavigableMap<>(m, keyType, valueType);
    }

    /** {@code Collections.asLifoQueue}: a last-in-first-out queue that adds at the deque's head. */
    public static <T> Queue<T> asLifoQueue(Deque<T> deque) {
        return new LifoQueue<>(deque);
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> emptyList() {
        return (List<T>) SmallCollections.EMPTY_LIST;
    }

    @SuppressWarnings("unchecked")
    public static <T> Set<T> emptySet() {
        return (Set<T>) SmallCollections.EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) SmallCollections.EMPTY_MAP;
    }

    public static <T> List<T> singletonList(T o) {
        return new SmallCollections.SingletonList<>(o);
    }

    public static <T> Set<T> singleton(T o) {
        return new SmallCollections.SingletonSet<>(o);
    }

    public static <K, V> Map<K, V> singletonMap(K key, V value) {
        return new SmallCollections.SingletonMap<>(key, value);
    }

    public static <T> List<T> nCopies(int n, T o) {
        return new SmallCollections.CopiesList<>(n, o);
    }

    /** {@code Collections.sort(list)}: the list's own {@code sort}, as the JDK's. */
    public static <T> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, java.util.Comparator<? super T> c) {
        list.sort(c);
    }

    /** {@code List.sort}'s default: a sorted copy written back through a list iterator. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <E> void listSort(List<E> list, java.util.Comparator<? super E> c) {
        Object[] a = list.toArray();
        if (c == null) {
            java.util.Arrays.sort(a);
        } else {
            java.util.Arrays.sort(a, (java.util.Comparator) c);
        }
        ListIterator<E> i = list.listIterator();
        for (Object e : a) {
            i.next();
            i.set((E) e);
        }
    }

    /** {@code Arrays.asList}: a fixed-size list over the array. */
    public static <T> List<T> asList(T[] a) {
        return new ArrayAsList<>(a);
    }

    /**
     * {@code Collections.disjoint}, as the JDK's: it asks a set (or the larger collection) about the other's elements,
     * which decides whose {@code contains} meets a null.
     */
    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        Collection<?> contains = c2;
        Collection<?> iterate = c1;
        if (c1 instanceof Set) {
            iterate = c2;
            contains = c1;
        } else if (!(c2 instanceof Set)) {
            int c1size = c1.size();
            int c2size = c2.size();
            if (c1size == 0 || c2size == 0) {
                return true;
            }
            if (c1size > c2size) {
                iterate = c2;
                contains = c1;
            }
        }
        for (Object e : iterate) {
            if (contains.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** {@code Collections.copy}: the JDK's refusal of a short destination, then each position set in turn. */
    public static <T> void copy(List<? super T> dest, List<? extends T> src) {
        int size = src.size();
        if (size > dest.size()) {
            throw new IndexOutOfBoundsException("Source does not fit in dest");
        }
        if (size < 10 || src instanceof RandomAccess && dest instanceof RandomAccess) {
            for (int i = 0; i < size; i++) {
                dest.set(i, src.get(i));
            }
        } else {
            ListIterator<? super T> to = dest.listIterator();
            ListIterator<? extends T> from = src.listIterator();
            for (int i = 0; i < size; i++) {
                to.next();
                to.set(from.next());
            }
        }
    }

    /** {@code Collections.rotate}: nothing to do for an empty list; cycles of {@code set}, or three reversals. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void rotate(List<?> list, int distance) {
        int size = list.size();
        if (size == 0) {
            return;
        }
        if (list instanceof RandomAccess || size < 100) {
            distance = distance % size;
            if (distance < 0) {
                distance += size;
            }
            if (distance == 0) {
                return;
            }
            List l = list;
            for (int start = 0, moved = 0; moved != size; start++) {
                Object displaced = l.get(start);
                int i = start;
                do {
                    i += distance;
                    if (i >= size) {
                        i -= size;
                    }
                    displaced = l.set(i, displaced);
                    moved++;
                } while (i != start);
            }
        } else {
            int mid = -distance % size;
            if (mid < 0) {
                mid += size;
            }
            if (mid == 0) {
                return;
            }
            reverse(list.subList(0, mid));
            reverse(list.subList(mid, size));
            reverse(list);
        }
    }

    /** {@code Collections.addAll}: one {@code add} per element, none for none. */
    @SafeVarargs
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) {
            changed |= c.add(e);
        }
        return changed;
    }

    /** {@code Collections.indexOfSubList}: positions compared with {@code equals}, nulls equal to nulls. */
    public static int indexOfSubList(List<?> source, List<?> target) {
        List<?> s = source instanceof RandomAccess ? source : new ArrayList<>(source);
        List<?> t = target instanceof RandomAccess ? target : new ArrayList<>(target);
        for (int candidate = 0; candidate <= s.size() - t.size(); candidate++) {
            if (matchesAt(s, t, candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    public static int lastIndexOfSubList(List<?> source, List<?> target) {
        List<?> s = source instanceof RandomAccess ? source : new ArrayList<>(source);
        List<?> t = target instanceof RandomAccess ? target : new ArrayList<>(target);
        for (int candidate = s.size() - t.size(); candidate >= 0; candidate--) {
            if (matchesAt(s, t, candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<?> source, List<?> target, int at) {
        for (int i = 0; i < target.size(); i++) {
            if (!Objects.equals(target.get(i), source.get(at + i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Collections.swap}, as the JDK's: no check of its own, the list's {@code get} and {@code set} decide. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void swap(List<?> list, int i, int j) {
        List l = list;
        l.set(i, l.set(j, l.get(i)));
    }

    /** {@code Collections.reverse}: by swaps from both ends (through list iterators for a long linked list). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void reverse(List<?> list) {
        int size = list.size();
        if (size < 18 || list instanceof RandomAccess) {
            for (int i = 0, mid = size >> 1, j = size - 1; i < mid; i++, j--) {
                swap(list, i, j);
            }
        } else {
            ListIterator fwd = list.listIterator();
            ListIterator rev = list.listIterator(size);
            for (int i = 0, mid = list.size() >> 1; i < mid; i++) {
                Object tmp = fwd.next();
                fwd.set(rev.previous());
                rev.set(tmp);
            }
        }
    }

    /** {@code Collections.fill}: every position set in turn. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> void fill(List<? super T> list, T obj) {
        int size = list.size();
        if (size < 25 || list instanceof RandomAccess) {
            for (int i = 0; i < size; i++) {
                list.set(i, obj);
            }
        } else {
            ListIterator itr = list.listIterator();
            for (int i = 0; i < size; i++) {
                itr.next();
                itr.set(obj);
            }
        }
    }

    /**
     * {@code List.equals} of a list whose elements are {@code elements[from..to)}: {@code other} is a list with equal
     * elements in the same order.
     */
    public static boolean listEquals(Object self, Object[] elements, int from, int to, Object other) {
        if (other == self) {
            return true;
        }
        if (!(other instanceof List<?> list)) {
            return false;
        }
        Iterator<?> it = list.iterator();
        for (int i = from; i < to; i++) {
            if (!it.hasNext() || !Objects.equals(elements[i], it.next())) {
                return false;
            }
        }
        return !it.hasNext();
    }
}
