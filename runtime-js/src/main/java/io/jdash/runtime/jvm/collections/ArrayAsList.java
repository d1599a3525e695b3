package io.jdash.runtime.jvm.collections;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@code Arrays.asList} as the JDK's: a fixed-size list that writes through to the array, indexes it as an array
 * does ({@code Index 5 out of bounds for length 3}), and whose iterator refuses {@code remove} with the JDK's
 * {@code "remove"}.
 */
final class ArrayAsList<E> extends AbstractList<E> implements RandomAccess {
    private final E[] a;

    ArrayAsList(E[] array) {
        a = Objects.requireNonNull(array);
    }

    private void check(int index) {
        if (index < 0 || index >= a.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + a.length);
        }
    }

    @Override
    public int size() {
        return a.length;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(a, a.length, Object[].class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] target) {
        T[] array = target.length >= a.length ? target : Arrays.copyOf(target, a.length);
        System.arraycopy(a, 0, array, 0, a.length);
        if (array.length > a.length) {
            array[a.length] = null;
        }
        return array;
    }

    @Override
    public E get(int index) {
        check(index);
        return a[index];
    }

    @Override
    public E set(int index, E element) {
        check(index);
        E old = a[index];
        a[index] = element;
        return old;
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < a.length; i++) {
            if (Objects.equals(o, a[i])) {
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
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (E e : a) {
            action.accept(e);
        }
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        for (int i = 0; i < a.length; i++) {
            a[i] = operator.apply(a[i]);
        }
    }

    @Override
    public void sort(Comparator<? super E> c) {
        if (c == null) {
            Arrays.sort(a);
        } else {
            Arrays.sort(a, c);
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int cursor;

            @Override
            public boolean hasNext() {
                return cursor < a.length;
            }

            @Override
            public E next() {
                if (cursor >= a.length) {
                    throw new NoSuchElementException();
                }
                return a[cursor++];
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException("remove");
            }
        };
    }
}
