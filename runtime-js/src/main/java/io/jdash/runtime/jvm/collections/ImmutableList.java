package io.jdash.runtime.jvm.collections;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;

/**
 * The lists of {@code List.of}, {@code List.copyOf}, {@code Stream.toList} and the unmodifiable collector, and their
 * sub-lists, as the JDK's behave: every change refused, queries about null refused unless the list may hold nulls
 * ({@code Stream.toList}), and each kind's own wording of an index out of range.
 */
final class ImmutableList<E> extends ImmutableCollection<E> implements List<E>, RandomAccess {
    /** One or two elements (the JDK's {@code List12}). */
    static final int SMALL = 0;
    /** Any number, backed by an array (the JDK's {@code ListN}). */
    static final int ARRAY = 1;
    /** A sub-list of either. */
    static final int SUB = 2;

    static final ImmutableList<Object> EMPTY = new ImmutableList<>(new Object[0], 0, 0, false, ARRAY);
    static final ImmutableList<Object> EMPTY_NULLS = new ImmutableList<>(new Object[0], 0, 0, true, ARRAY);

    private final Object[] elements;
    private final int offset;
    private final int size;
    private final boolean allowNulls;
    private final int kind;

    ImmutableList(Object[] elements, int offset, int size, boolean allowNulls, int kind) {
        this.elements = elements;
        this.offset = offset;
        this.size = size;
        this.allowNulls = allowNulls;
        this.kind = kind;
    }

    /** A list of {@code elements}, which no one else holds: refused if one is null. */
    @SuppressWarnings("unchecked")
    static <E> List<E> of(Object[] elements) {
        for (Object e : elements) {
            Objects.requireNonNull(e);
        }
        return elements.length == 0
                ? (List<E>) EMPTY
                : new ImmutableList<>(elements, 0, elements.length, false, elements.length <= 2 ? SMALL : ARRAY);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> ofNullable(Object[] elements) {
        return elements.length == 0
                ? (List<E>) EMPTY_NULLS
                : new ImmutableList<>(elements, 0, elements.length, true, ARRAY);
    }

    /** {@code List.copyOf}: a list that cannot hold nulls is its own copy. */
    @SuppressWarnings("unchecked")
    static <E> List<E> copyOf(Collection<? extends E> c) {
        if (c instanceof ImmutableList<?> list && !list.allowNulls && list.kind != SUB) {
            return (List<E>) c;
        }
        return of(c.toArray());
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw switch (kind) {
                case SMALL -> outOfBounds(index);
                case ARRAY ->
                    new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
                default -> new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
            };
        }
        return (E) elements[offset + index];
    }

    private IndexOutOfBoundsException outOfBounds(int index) {
        return new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int indexOf(Object o) {
        if (o == null && !allowNulls) {
            throw new NullPointerException();
        }
        for (int i = 0; i < size; i++) {
            if (Objects.equals(o, elements[offset + i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        if (o == null && !allowNulls) {
            throw new NullPointerException();
        }
        for (int i = size - 1; i >= 0; i--) {
            if (Objects.equals(o, elements[offset + i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOfRange(elements, offset, offset + size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        T[] array = a.length >= size ? a : Arrays.copyOf(a, size);
        for (int i = 0; i < size; i++) {
            array[i] = (T) elements[offset + i];
        }
        if (array.length > size) {
            array[size] = null;
        }
        return array;
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        rangeCheck(fromIndex, toIndex, size);
        return new ImmutableList<>(elements, offset + fromIndex, toIndex - fromIndex, allowNulls, SUB);
    }

    /** The JDK's check of a sub-list's bounds, with its messages. */
    static void rangeCheck(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        }
        if (toIndex > size) {
            throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Cursor(0, false);
    }

    @Override
    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size) {
            throw outOfBounds(index);
        }
        return new Cursor(index, true);
    }

    @Override
    public boolean equals(Object o) {
        return JvmCollections.listEquals(this, elements, offset, offset + size, o);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < size; i++) {
            hash = 31 * hash + Objects.hashCode(elements[offset + i]);
        }
        return hash;
    }

    @Override
    public void add(int index, E element) {
        throw refused();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw refused();
    }

    @Override
    public E remove(int index) {
        throw refused();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw refused();
    }

    @Override
    public E set(int index, E element) {
        throw refused();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw refused();
    }

    /** The JDK's iterator of these lists: every change refused, and a plain iterator is not a list iterator. */
    private final class Cursor implements ListIterator<E> {
        private int cursor;
        private final boolean listIterator;

        Cursor(int cursor, boolean listIterator) {
            this.cursor = cursor;
            this.listIterator = listIterator;
        }

        @Override
        public boolean hasNext() {
            return cursor != size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= size) {
                throw new NoSuchElementException();
            }
            return (E) elements[offset + cursor++];
        }

        private void listOnly() {
            if (!listIterator) {
                throw refused();
            }
        }

        @Override
        public boolean hasPrevious() {
            listOnly();
            return cursor != 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E previous() {
            listOnly();
            if (cursor <= 0) {
                throw new NoSuchElementException();
            }
            return (E) elements[offset + --cursor];
        }

        @Override
        public int nextIndex() {
            listOnly();
            return cursor;
        }

        @Override
        public int previousIndex() {
            listOnly();
            return cursor - 1;
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
    }
}
