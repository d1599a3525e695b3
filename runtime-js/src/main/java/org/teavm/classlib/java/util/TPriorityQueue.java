package org.teavm.classlib.java.util;

import io.jdash.runtime.jvm.JvmChecks;
import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code java.util.PriorityQueue} with the JDK's binary heap, so its iteration order, {@code toString} and
 * {@code toArray} (the heap's array) are the JVM's: a collection is heapified bottom-up, {@code offer} sifts up,
 * {@code poll} sifts the last element down from the root, removal from the middle sifts the last element down and
 * then up, an iterator's removal remembers elements that moved behind it, and the bulk removals compact the array and
 * heapify it again. TeaVM's queue built its heap from a collection by adding one element after another and sifted in
 * another way, so the same elements stood in another order.
 */
public class TPriorityQueue<E> extends AbstractQueue<E> {
    private static final int DEFAULT_CAPACITY = 11;

    private Object[] queue;
    private int size;
    private final Comparator<? super E> comparator;
    private int modCount;

    public TPriorityQueue() {
        this(DEFAULT_CAPACITY, null);
    }

    public TPriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public TPriorityQueue(Comparator<? super E> comparator) {
        this(DEFAULT_CAPACITY, comparator);
    }

    public TPriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    @SuppressWarnings("unchecked")
    public TPriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet<?> sorted) {
            comparator = (Comparator<? super E>) sorted.comparator();
            fromElements(c);
        } else if (c instanceof PriorityQueue<?> other) {
            comparator = (Comparator<? super E>) other.comparator();
            fromQueue(c);
        } else {
            comparator = null;
            fromElements(c);
            heapify();
        }
    }

    @SuppressWarnings("unchecked")
    public TPriorityQueue(PriorityQueue<? extends E> c) {
        comparator = (Comparator<? super E>) c.comparator();
        fromQueue(c);
    }

    @SuppressWarnings("unchecked")
    public TPriorityQueue(SortedSet<? extends E> c) {
        comparator = (Comparator<? super E>) c.comparator();
        fromElements(c);
    }

    /** A queue of jdash's own class keeps its array; any other collection is copied and heapified. */
    private void fromQueue(Collection<? extends E> c) {
        if (c.getClass() == PriorityQueue.class) {
            queue = Arrays.copyOf(c.toArray(), Math.max(1, c.size()));
            size = c.size();
        } else {
            fromElements(c);
            heapify();
        }
    }

    private void fromElements(Collection<? extends E> c) {
        Object[] es = c.toArray();
        int length = es.length;
        if (length == 1 || comparator != null) {
            for (Object e : es) {
                if (e == null) {
                    throw new NullPointerException();
                }
            }
        }
        queue = Arrays.copyOf(es, Math.max(1, length));
        size = length;
    }

    private void grow(int minCapacity) {
        int old = queue.length;
        int grown = old + (old < 64 ? old + 2 : old >> 1);
        queue = Arrays.copyOf(queue, Math.max(grown, minCapacity));
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        modCount++;
        int i = size;
        if (i >= queue.length) {
            grow(i + 1);
        }
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(queue[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) {
            return false;
        }
        removeAt(i);
        return true;
    }

    private void removeEq(Object o) {
        for (int i = 0; i < size; i++) {
            if (o == queue[i]) {
                removeAt(i);
                return;
            }
        }
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(queue, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) {
            return (T[]) Arrays.copyOf(queue, size, a.getClass());
        }
        System.arraycopy(queue, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    /** Walks the array; an element that a removal moves from behind the cursor to before it is visited at the end. */
    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        private ArrayDeque<E> forgetMeNot;
        private E lastRetElt;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            return cursor < size || forgetMeNot != null && !forgetMeNot.isEmpty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                return (E) queue[lastRet = cursor++];
            }
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) {
                    return lastRetElt;
                }
            }
            throw new NoSuchElementException();
        }

        @Override
        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                E moved = removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) {
                        forgetMeNot = new ArrayDeque<>();
                    }
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        modCount++;
        Arrays.fill(queue, 0, size, null);
        size = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        E result = (E) queue[0];
        if (result != null) {
            modCount++;
            int n = --size;
            Object last = queue[n];
            queue[n] = null;
            if (n > 0) {
                siftDown(0, last, n);
            }
        }
        return result;
    }

    /**
     * Removes the element at {@code i}: the last element takes its place, sifted down and, if it stayed, up. Returns
     * that element if it moved to before {@code i} (so an iterator would miss it), else null.
     */
    @SuppressWarnings("unchecked")
    private E removeAt(int i) {
        modCount++;
        int s = --size;
        if (s == i) {
            queue[i] = null;
        } else {
            E moved = (E) queue[s];
            queue[s] = null;
            siftDown(i, moved, s);
            if (queue[i] == moved) {
                siftUp(i, moved);
                if (queue[i] != moved) {
                    return moved;
                }
            }
        }
        return null;
    }

    private void siftUp(int k, Object x) {
        if (comparator == null) {
            JvmChecks.comparable(x);
        }
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x, int n) {
        if (comparator == null) {
            JvmChecks.comparable(x);
        }
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < n && compare(c, queue[right]) > 0) {
                c = queue[child = right];
            }
            if (compare(x, c) <= 0) {
                break;
            }
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return comparator != null ? comparator.compare((E) a, (E) b) : ((Comparable<? super E>) a).compareTo((E) b);
    }

    private void heapify() {
        int n = size;
        for (int i = (n >>> 1) - 1; i >= 0; i--) {
            siftDown(i, queue[i], n);
        }
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) {
            throw new NullPointerException();
        }
        return bulkRemove(filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        return bulkRemove(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        return bulkRemove(e -> !c.contains(e));
    }

    /** Removes what {@code filter} accepts, keeps the others in their order, then heapifies again as the JDK does. */
    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter) {
        int expected = ++modCount;
        int end = size;
        boolean[] dead = new boolean[end];
        boolean any = false;
        for (int i = 0; i < end; i++) {
            if (filter.test((E) queue[i])) {
                dead[i] = true;
                any = true;
            }
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        if (!any) {
            return false;
        }
        int w = 0;
        for (int i = 0; i < end; i++) {
            if (!dead[i]) {
                queue[w++] = queue[i];
            }
        }
        Arrays.fill(queue, w, end, null);
        size = w;
        heapify();
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int expected = modCount;
        int n = size;
        for (int i = 0; i < n; i++) {
            action.accept((E) queue[i]);
        }
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
    }
}
