package io.jdash.runtime.jvm.collections;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The sets of {@code Set.of}, {@code Set.copyOf} and the unmodifiable collector, as the JDK's behave: every change
 * refused, queries about null refused, a null or a repeated element refused when made. They iterate in the order
 * the elements were given (the JDK's order is drawn at random for each run of the JVM).
 */
final class ImmutableSet<E> extends ImmutableCollection<E> implements Set<E> {
    static final ImmutableSet<Object> EMPTY = new ImmutableSet<>(new Object[0]);

    private final Object[] elements;
    private Set<Object> lookup;

    private ImmutableSet(Object[] elements) {
        this.elements = elements;
    }

    /** A set of {@code elements}, which no one else holds: refused at the first null or repeated element. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(Object[] elements) {
        for (int i = 0; i < elements.length; i++) {
            Object e = Objects.requireNonNull(elements[i]);
            for (int j = 0; j < i; j++) {
                if (e.equals(elements[j])) {
                    // the JDK's two-element set names the first of the two
                    throw new IllegalArgumentException(
                            "duplicate element: " + (elements.length == 2 ? elements[0] : e));
                }
            }
        }
        return elements.length == 0 ? (Set<E>) EMPTY : new ImmutableSet<>(elements);
    }

    /** A set of distinct elements (a {@code HashSet}'s), refused if one is null. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> ofDistinct(Object[] elements) {
        for (Object e : elements) {
            Objects.requireNonNull(e);
        }
        return elements.length == 0 ? (Set<E>) EMPTY : new ImmutableSet<>(elements);
    }

    /** {@code Set.copyOf}: an immutable set is its own copy; other collections lose their repeated elements. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> copyOf(Collection<? extends E> c) {
        if (c instanceof ImmutableSet<?>) {
            return (Set<E>) c;
        }
        return ofDistinct(new HashSet<>(c).toArray());
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean isEmpty() {
        return elements.length == 0;
    }

    @Override
    public boolean contains(Object o) {
        Objects.requireNonNull(o);
        if (elements.length <= 8) {
            for (Object e : elements) {
                if (o.equals(e)) {
                    return true;
                }
            }
            return false;
        }
        if (lookup == null) {
            lookup = new HashSet<>(java.util.Arrays.asList(elements));
        }
        return lookup.contains(o);
    }

    @Override
    public Object[] toArray() {
        return elements.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set<?> other) || other.size() != elements.length) {
            return false;
        }
        for (Object e : other) {
            if (e == null || !contains(e)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Object e : elements) {
            hash += e.hashCode();
        }
        return hash;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= elements.length) {
                    throw new NoSuchElementException();
                }
                return (E) elements[next++];
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException("remove");
            }
        };
    }
}
