package org.teavm.classlib.java.util;

import java.io.Serializable;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.teavm.classlib.java.lang.TCloneable;
import org.teavm.classlib.java.lang.TObject;
import org.teavm.interop.Rename;

/**
 * {@code java.util.ArrayDeque} as the JDK has it: a circular array that refuses null elements with {@code
 * NullPointerException} (TeaVM's took them, and then answered null as "empty"), removes from the middle by shifting
 * the shorter side, grows as the JDK's, and whose iterators are the JDK's: they count the elements left and throw
 * {@code ConcurrentModificationException} when the slot they read was emptied by a change (TeaVM's never did).
 */
public class TArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, TCloneable, Serializable {
    private Object[] es;
    private int head;
    private int tail;

    public TArrayDeque() {
        es = new Object[16 + 1];
    }

    public TArrayDeque(int numElements) {
        es = new Object[numElements < 1 ? 1 : numElements == Integer.MAX_VALUE ? Integer.MAX_VALUE : numElements + 1];
    }

    public TArrayDeque(Collection<? extends E> c) {
        this(c.size());
        c.forEach(this::addLast);
    }

    private static int inc(int i, int length) {
        return ++i >= length ? 0 : i;
    }

    private static int dec(int i, int length) {
        return --i < 0 ? length - 1 : i;
    }

    /** The distance from {@code j} up to {@code i} around the circle. */
    private static int sub(int i, int j, int length) {
        i -= j;
        return i < 0 ? i + length : i;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) {
        return (E) es[i];
    }

    private E nonNullAt(int i) {
        E e = at(i);
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    private void grow(int needed) {
        int oldCapacity = es.length;
        int jump = oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = oldCapacity + Math.max(jump, needed);
        Object[] old = es;
        es = Arrays.copyOf(old, newCapacity);
        if (tail < head || (tail == head && old[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(old, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = head + newSpace; i < to; i++) {
                es[i] = null;
            }
            head += newSpace;
        }
    }

    @Override
    public void addFirst(E e) {
        Objects.requireNonNull(e);
        head = dec(head, es.length);
        es[head] = e;
        if (head == tail) {
            grow(1);
        }
    }

    @Override
    public void addLast(E e) {
        Objects.requireNonNull(e);
        es[tail] = e;
        tail = inc(tail, es.length);
        if (head == tail) {
            grow(1);
        }
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        int s = size();
        int needed = s + c.size() + 1 - es.length;
        if (needed > 0) {
            grow(needed);
        }
        c.forEach(this::addLast);
        return size() > s;
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E pollFirst() {
        E e = at(head);
        if (e != null) {
            es[head] = null;
            head = inc(head, es.length);
        }
        return e;
    }

    @Override
    public E pollLast() {
        int t = dec(tail, es.length);
        E e = at(t);
        if (e != null) {
            es[t] = null;
            tail = t;
        }
        return e;
    }

    @Override
    public E getFirst() {
        E e = at(head);
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E getLast() {
        E e = at(dec(tail, es.length));
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E peekFirst() {
        return at(head);
    }

    @Override
    public E peekLast() {
        return at(dec(tail, es.length));
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = dec(tail, es.length); i != dec(head, es.length); i = dec(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Removes the element at {@code i} by moving the shorter side over it; true when the elements after it moved
     * one place back (towards the head).
     */
    boolean delete(int i) {
        int capacity = es.length;
        int front = sub(i, head, capacity);
        int back = sub(tail, i, capacity) - 1;
        if (front < back) {
            for (int j = i; j != head; ) {
                int before = dec(j, capacity);
                es[j] = es[before];
                j = before;
            }
            es[head] = null;
            head = inc(head, capacity);
            return false;
        }
        tail = dec(tail, capacity);
        for (int j = i; j != tail; ) {
            int after = inc(j, capacity);
            es[j] = es[after];
            j = after;
        }
        es[tail] = null;
        return true;
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        return offerLast(e);
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public int size() {
        return sub(tail, head, es.length);
    }

    @Override
    public boolean isEmpty() {
        return head == tail;
    }

    @Override
    public boolean contains(Object o) {
        if (o != null) {
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public void clear() {
        for (int i = head; i != tail; i = inc(i, es.length)) {
            es[i] = null;
        }
        head = 0;
        tail = 0;
    }

    @Override
    public Object[] toArray() {
        Object[] a = new Object[size()];
        int k = 0;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            a[k++] = es[i];
        }
        return a;
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = head; i != tail; i = inc(i, es.length)) {
            action.accept(at(i));
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return removeWhere(filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeWhere(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeWhere(e -> !c.contains(e));
    }

    /** Tests every element first, then closes the gaps, so a failing test leaves the deque as it was. */
    private boolean removeWhere(Predicate<? super E> filter) {
        int n = size();
        boolean[] dead = new boolean[n];
        boolean any = false;
        for (int k = 0, i = head; k < n; k++, i = inc(i, es.length)) {
            if (filter.test(at(i))) {
                dead[k] = true;
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        int w = head;
        for (int k = 0, i = head; k < n; k++, i = inc(i, es.length)) {
            if (!dead[k]) {
                es[w] = es[i];
                w = inc(w, es.length);
            }
        }
        for (int i = w; i != tail; i = inc(i, es.length)) {
            es[i] = null;
        }
        tail = w;
        return true;
    }

    @Override
    public Iterator<E> iterator() {
        return new Walk(false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new Walk(true);
    }

    private final class Walk implements Iterator<E> {
        private final boolean down;
        private int cursor;
        private int remaining;
        private int lastRet = -1;

        Walk(boolean down) {
            this.down = down;
            cursor = down ? dec(tail, es.length) : head;
            remaining = size();
        }

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            E e = nonNullAt(cursor);
            lastRet = cursor;
            cursor = down ? dec(cursor, es.length) : inc(cursor, es.length);
            remaining--;
            return e;
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            boolean movedBack = delete(lastRet);
            if (movedBack != down) {
                cursor = down ? inc(cursor, es.length) : dec(cursor, es.length);
            }
            lastRet = -1;
        }
    }

    /** {@code clone()} as the JDK's declares it, returning an ArrayDeque (TeaVM's only returned Object). */
    @Rename("clone")
    public TArrayDeque<E> cloneDeque() {
        return copy();
    }

    @Rename("clone")
    public TObject clone0() {
        return (TObject) (Object) copy();
    }

    private TArrayDeque<E> copy() {
        TArrayDeque<E> copy = new TArrayDeque<>();
        copy.es = es.clone();
        copy.head = head;
        copy.tail = tail;
        return copy;
    }
}
