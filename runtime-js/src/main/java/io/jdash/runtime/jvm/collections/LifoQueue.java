package io.jdash.runtime.jvm.collections;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The JDK's {@code Collections.asLifoQueue} view: a queue whose {@code add}/{@code offer} push at the deque's head and
 * whose {@code remove}/{@code poll}/{@code peek} take from it; everything else reads and writes through the deque.
 * {@code addAll} is AbstractQueue's (each element pushed in turn, refusing the queue itself).
 */
final class LifoQueue<E> extends AbstractQueue<E> {
    private final Deque<E> q;

    LifoQueue(Deque<E> q) {
        this.q = Objects.requireNonNull(q);
    }

    @Override
    public boolean add(E e) {
        q.addFirst(e);
        return true;
    }

    /** AbstractQueue's in the JDK: refuses null and the queue itself, then adds each element in turn. */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (E e : c) {
            if (add(e)) {
                modified = true;
            }
        }
        return modified;
    }

    @Override
    public boolean offer(E e) {
        return q.offerFirst(e);
    }

    @Override
    public E poll() {
        return q.pollFirst();
    }

    @Override
    public E remove() {
        return q.removeFirst();
    }

    @Override
    public E peek() {
        return q.peekFirst();
    }

    @Override
    public E element() {
        return q.getFirst();
    }

    @Override
    public void clear() {
        q.clear();
    }

    @Override
    public int size() {
        return q.size();
    }

    @Override
    public boolean isEmpty() {
        return q.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return q.contains(o);
    }

    @Override
    public boolean remove(Object o) {
        return q.remove(o);
    }

    @Override
    public Iterator<E> iterator() {
        return q.iterator();
    }

    @Override
    public Object[] toArray() {
        return q.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return q.toArray(a);
    }

    @Override
    public String toString() {
        return q.toString();
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return q.containsAll(c);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return q.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return q.retainAll(c);
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        q.forEach(action);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return q.removeIf(filter);
    }

    @Override
    public Stream<E> stream() {
        return q.stream();
    }
}
