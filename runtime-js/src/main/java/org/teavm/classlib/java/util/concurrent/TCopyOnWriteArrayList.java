package org.teavm.classlib.java.util.concurrent;

import io.jdash.runtime.jvm.collections.JvmCollections;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.teavm.classlib.java.lang.TCloneable;
import org.teavm.classlib.java.lang.TObject;
import org.teavm.interop.Rename;

/**
 * {@code CopyOnWriteArrayList} as the JDK's: every change writes a new array, iterators walk the array they began
 * with and refuse {@code remove}/{@code set}/{@code add} with a bare {@code UnsupportedOperationException},
 * {@code sort}, {@code replaceAll} and {@code removeIf} work, indexes are refused with the JDK's exceptions and
 * texts, and a sub-list is a view that prints as a list and fails with {@code ConcurrentModificationException} once
 * the list changed behind it. TeaVM's own refused with texts of its own, could not sort, and printed a sub-list as an
 * object.
 */
public class TCopyOnWriteArrayList<E> implements List<E>, RandomAccess, TCloneable, Serializable {
    private Object[] array;

    public TCopyOnWriteArrayList() {
        array = new Object[0];
    }

    public TCopyOnWriteArrayList(Collection<? extends E> c) {
        array = c instanceof TCopyOnWriteArrayList<?> other ? other.array : copy(c.toArray());
    }

    public TCopyOnWriteArrayList(E[] toCopyIn) {
        array = copy(toCopyIn);
    }

    private static Object[] copy(Object[] elements) {
        return Arrays.copyOf(elements, elements.length, Object[].class);
    }

    final Object[] getArray() {
        return array;
    }

    @SuppressWarnings("unchecked")
    private static <E> E elementAt(Object[] elements, int index) {
        if (index < 0 || index >= elements.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + elements.length);
        }
        return (E) elements[index];
    }

    private static String outOfBounds(int index, int size) {
        return "Index: " + index + ", Size: " + size;
    }

    @Override
    public int size() {
        return array.length;
    }

    @Override
    public boolean isEmpty() {
        return array.length == 0;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        return indexOfRange(o, array, 0, array.length);
    }

    /** {@code indexOf(E, int)}: from {@code index} on; a negative index reads outside the array, as the JDK's. */
    public int indexOf(E e, int index) {
        Object[] es = array;
        if (index < 0) {
            elementAt(es, index);
        }
        return indexOfRange(e, es, index, es.length);
    }

    private static int indexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Objects.equals(o, es[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        Object[] es = array;
        return lastIndexOfRange(o, es, 0, es.length);
    }

    /** {@code lastIndexOf(E, int)}: from {@code index} back; an index at or past the end reads outside the array. */
    public int lastIndexOf(E e, int index) {
        Object[] es = array;
        if (index >= es.length) {
            elementAt(es, index);
        }
        return lastIndexOfRange(e, es, 0, index + 1);
    }

    private static int lastIndexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Objects.equals(o, es[i])) {
                return i;
            }
        }
        return -1;
    }

    @Rename("clone")
    public TObject clone0() {
        return (TObject) (Object) new TCopyOnWriteArrayList<E>(this);
    }

    @Override
    public Object[] toArray() {
        return array.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] es = array;
        if (a.length < es.length) {
            return (T[]) Arrays.copyOf(es, es.length, a.getClass());
        }
        System.arraycopy(es, 0, a, 0, es.length);
        if (a.length > es.length) {
            a[es.length] = null;
        }
        return a;
    }

    @Override
    public E get(int index) {
        return elementAt(array, index);
    }

    @Override
    public E set(int index, E element) {
        Object[] es = array;
        E old = elementAt(es, index);
        if (old != element) {
            es = es.clone();
            es[index] = element;
            array = es;
        }
        return old;
    }

    @Override
    public boolean add(E e) {
        Object[] es = Arrays.copyOf(array, array.length + 1);
        es[es.length - 1] = e;
        array = es;
        return true;
    }

    @Override
    public void add(int index, E element) {
        Object[] es = array;
        if (index > es.length || index < 0) {
            throw new IndexOutOfBoundsException(outOfBounds(index, es.length));
        }
        Object[] next = new Object[es.length + 1];
        System.arraycopy(es, 0, next, 0, index);
        System.arraycopy(es, index, next, index + 1, es.length - index);
        next[index] = element;
        array = next;
    }

    @Override
    public E remove(int index) {
        Object[] es = array;
        E old = elementAt(es, index);
        Object[] next = new Object[es.length - 1];
        System.arraycopy(es, 0, next, 0, index);
        System.arraycopy(es, index + 1, next, index, es.length - index - 1);
        array = next;
        return old;
    }

    @Override
    public boolean remove(Object o) {
        int index = indexOf(o);
        if (index < 0) {
            return false;
        }
        remove(index);
        return true;
    }

    void removeRange(int from, int to) {
        Object[] es = array;
        if (from < 0 || to > es.length || to < from) {
            throw new IndexOutOfBoundsException();
        }
        Object[] next = new Object[es.length - (to - from)];
        System.arraycopy(es, 0, next, 0, from);
        System.arraycopy(es, to, next, from, es.length - to);
        array = next;
    }

    /** {@code addIfAbsent(E)}. */
    public boolean addIfAbsent(E e) {
        return indexOf(e) < 0 && add(e);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        for (Object e : c) {
            if (indexOf(e) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    /** {@code addAllAbsent(Collection)}: the elements not yet here, each once. */
    public int addAllAbsent(Collection<? extends E> c) {
        int added = 0;
        for (E e : c) {
            if (addIfAbsent(e)) {
                added++;
            }
        }
        return added;
    }

    @Override
    public void clear() {
        array = new Object[0];
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Object[] more = c instanceof TCopyOnWriteArrayList<?> other ? other.array : c.toArray();
        if (more.length == 0) {
            return false;
        }
        Object[] es = Arrays.copyOf(array, array.length + more.length);
        System.arraycopy(more, 0, es, array.length, more.length);
        array = es;
        return true;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        Object[] more = c.toArray();
        Object[] es = array;
        if (index > es.length || index < 0) {
            throw new IndexOutOfBoundsException(outOfBounds(index, es.length));
        }
        if (more.length == 0) {
            return false;
        }
        Object[] next = new Object[es.length + more.length];
        System.arraycopy(es, 0, next, 0, index);
        System.arraycopy(more, 0, next, index, more.length);
        System.arraycopy(es, index, next, index + more.length, es.length - index);
        array = next;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Object e : array) {
            action.accept((E) e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        Object[] es = array;
        Object[] kept = new Object[es.length];
        int n = 0;
        for (Object e : es) {
            if (!filter.test((E) e)) {
                kept[n++] = e;
            }
        }
        if (n == es.length) {
            return false;
        }
        array = Arrays.copyOf(kept, n);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        Object[] es = array.clone();
        for (int i = 0; i < es.length; i++) {
            es[i] = operator.apply((E) es[i]);
        }
        array = es;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        Object[] es = array.clone();
        Arrays.sort(es, (Comparator<Object>) c);
        array = es;
    }

    @Override
    public String toString() {
        return Arrays.toString(array);
    }

    @Override
    public boolean equals(Object o) {
        return JvmCollections.listEquals(this, array, 0, array.length, o);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(array);
    }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot<>(array, 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Snapshot<>(array, 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        Object[] es = array;
        if (index < 0 || index > es.length) {
            throw new IndexOutOfBoundsException(outOfBounds(index, es.length));
        }
        return new Snapshot<>(es, index);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > array.length || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException();
        }
        return new View<>(this, fromIndex, toIndex - fromIndex);
    }

    /** The iterator of the array as it was: it never changes the list. */
    private static final class Snapshot<E> implements ListIterator<E> {
        private final Object[] snapshot;
        private int cursor;

        Snapshot(Object[] snapshot, int cursor) {
            this.snapshot = snapshot;
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        @Override
        public boolean hasPrevious() {
            return cursor > 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[cursor++];
        }

        @Override
        @SuppressWarnings("unchecked")
        public E previous() {
            if (!hasPrevious()) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[--cursor];
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
            throw new UnsupportedOperationException();
        }

        @Override
        public void set(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (cursor < snapshot.length) {
                action.accept((E) snapshot[cursor++]);
            }
        }
    }

    /**
     * A sub-list: a window on the list that follows its own changes and fails with
     * {@code ConcurrentModificationException} once the list was changed another way; its iterators walk a snapshot.
     */
    private static final class View<E> extends AbstractList<E> implements RandomAccess {
        private final TCopyOnWriteArrayList<E> list;
        private final int offset;
        private int size;
        private Object[] expected;

        View(TCopyOnWriteArrayList<E> list, int offset, int size) {
            this.list = list;
            this.offset = offset;
            this.size = size;
            this.expected = list.array;
        }

        private Object[] checked() {
            if (list.array != expected) {
                throw new ConcurrentModificationException();
            }
            return expected;
        }

        private void rangeCheck(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(outOfBounds(index, size));
            }
        }

        private void rangeCheckForAdd(int index) {
            if (index < 0 || index > size) {
                throw new IndexOutOfBoundsException(outOfBounds(index, size));
            }
        }

        // after a change made through this view: the list's new array, and the window's new size
        private void changed() {
            size += list.array.length - expected.length;
            expected = list.array;
        }

        private Object[] window() {
            return Arrays.copyOfRange(checked(), offset, offset + size);
        }

        @Override
        public E get(int index) {
            rangeCheck(index);
            checked();
            return list.get(offset + index);
        }

        @Override
        public int size() {
            checked();
            return size;
        }

        @Override
        public E set(int index, E element) {
            rangeCheck(index);
            checked();
            E old = list.set(offset + index, element);
            changed();
            return old;
        }

        @Override
        public boolean add(E element) {
            checked();
            list.add(offset + size, element);
            changed();
            return true;
        }

        @Override
        public void add(int index, E element) {
            checked();
            rangeCheckForAdd(index);
            list.add(offset + index, element);
            changed();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            checked();
            boolean modified = list.addAll(offset + size, c);
            changed();
            return modified;
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            rangeCheckForAdd(index);
            checked();
            boolean modified = list.addAll(offset + index, c);
            changed();
            return modified;
        }

        @Override
        public E remove(int index) {
            rangeCheck(index);
            checked();
            E old = list.remove(offset + index);
            changed();
            return old;
        }

        @Override
        public boolean remove(Object o) {
            checked();
            int index = indexOf(o);
            if (index == -1) {
                return false;
            }
            remove(index);
            return true;
        }

        @Override
        public void clear() {
            checked();
            list.removeRange(offset, offset + size);
            changed();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return bulkRemove(filter);
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            Objects.requireNonNull(c);
            return bulkRemove(c::contains);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            Objects.requireNonNull(c);
            return bulkRemove(e -> !c.contains(e));
        }

        @SuppressWarnings("unchecked")
        private boolean bulkRemove(Predicate<? super E> filter) {
            Object[] es = checked();
            Object[] kept = new Object[es.length];
            int n = 0;
            for (int i = 0; i < es.length; i++) {
                if (i < offset || i >= offset + size || !filter.test((E) es[i])) {
                    kept[n++] = es[i];
                }
            }
            if (n == es.length) {
                return false;
            }
            list.array = Arrays.copyOf(kept, n);
            changed();
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            Object[] es = checked().clone();
            for (int i = offset; i < offset + size; i++) {
                es[i] = operator.apply((E) es[i]);
            }
            list.array = es;
            changed();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void sort(Comparator<? super E> c) {
            Object[] es = checked().clone();
            Arrays.sort(es, offset, offset + size, (Comparator<Object>) c);
            list.array = es;
            changed();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (Object e : window()) {
                action.accept((E) e);
            }
        }

        @Override
        public Object[] toArray() {
            return window();
        }

        @Override
        public String toString() {
            return Arrays.toString(window());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(window());
        }

        @Override
        public boolean equals(Object o) {
            return JvmCollections.listEquals(this, window(), 0, size, o);
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
            checked();
            rangeCheckForAdd(index);
            return new Snapshot<>(window(), index);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            checked();
            if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
                throw new IndexOutOfBoundsException();
            }
            return new View<>(list, offset + fromIndex, toIndex - fromIndex);
        }
    }
}
