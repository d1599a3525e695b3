package io.jdash.runtime.jvm.collections;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.function.Predicate;

/** The JDK's immutable collections refuse every change, whatever its argument. */
abstract class ImmutableCollection<E> extends AbstractCollection<E> {
    static UnsupportedOperationException refused() {
        return new UnsupportedOperationException();
    }

    @Override
    public boolean add(E e) {
        throw refused();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw refused();
    }

    @Override
    public void clear() {
        throw refused();
    }

    @Override
    public boolean remove(Object o) {
        throw refused();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw refused();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw refused();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw refused();
    }
}
