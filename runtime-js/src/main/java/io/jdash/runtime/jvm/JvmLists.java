package io.jdash.runtime.jvm;

import java.util.AbstractList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The iterator and list iterator of {@code AbstractList} (and so of {@code ArrayList}, {@code Arrays.asList}…) as the
 * JDK's: it asks the
 * list's size on every {@code hasNext()} and checks for a change on {@code next()} and {@code remove()}. TeaVM's kept
 * the size it saw first, so a removal inside a for-each loop ended the loop quietly where the JDK throws
 * {@code ConcurrentModificationException}, and threw where the JDK ends (the element removed was the second to last).
 */
public final class JvmLists {
    private JvmLists() {}

    /** {@code AbstractList.iterator()}. */
    public static <E> Iterator<E> iterator(AbstractList<E> list) {
        return new ListIterator<>(list, 0);
    }

    /**
     * {@code AbstractList.listIterator(index)}, the JDK's: {@code add} moves the cursor past the new element and the
     * loop sees the list's size as it is now. TeaVM's kept the size it saw first, so a loop that added through the
     * iterator ended early.
     */
    public static <E> java.util.ListIterator<E> listIterator(AbstractList<E> list, int index) {
        if (index < 0 || index > list.size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + list.size());
        }
        return new ListIterator<>(list, index);
    }

    /** {@code AbstractList.listIterator()}. */
    public static <E> java.util.ListIterator<E> listIterator(AbstractList<E> list) {
        return new ListIterator<>(list, 0);
    }

    /**
     * {@code ArrayList.forEach}: the elements there when it began, until the action changes the list, then
     * {@code ConcurrentModificationException}. TeaVM's read the size anew each step, so an action that added to the
     * list never ended.
     */
    public static <E> void forEach(AbstractList<E> list, Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount(list);
        int size = list.size();
        for (int i = 0; modCount(list) == expectedModCount && i < size; i++) {
            action.accept(list.get(i));
        }
        if (modCount(list) != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    /**
     * {@code hasNext()} of {@code LinkedList}'s iterator, as the JDK's: whether the index of the next element is
     * below the list's size now (TeaVM's asked whether a next node exists, so a removal inside a for-each went on to
     * the next element and threw where the JDK's loop ends).
     */
    public static boolean hasNextAt(int nextIndex, java.util.List<?> list) {
        return nextIndex < list.size();
    }

    /**
     * The list's {@code modCount}, a protected field of {@code AbstractList}: the compiler gives this method its body
     * (reading the field), which Java source outside {@code java.util} cannot.
     */
    static int modCount(AbstractList<?> list) {
        throw new UnsupportedOperationException("replaced by the compiler");
    }

    private static final class ListIterator<E> implements java.util.ListIterator<E> {
        private final AbstractList<E> list;
        private int cursor;
        private int lastReturned = -1;
        private int expectedModCount;

        ListIterator(AbstractList<E> list, int index) {
            this.list = list;
            this.cursor = index;
            expectedModCount = modCount(list);
        }

        @Override
        public boolean hasNext() {
            return cursor != list.size();
        }

        @Override
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= list.size()) {
                throw new NoSuchElementException();
            }
            E next = list.get(i);
            lastReturned = i;
            cursor = i + 1;
            return next;
        }

        @Override
        public void remove() {
            if (lastReturned < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            list.remove(lastReturned);
            if (lastReturned < cursor) {
                cursor--;
            }
            lastReturned = -1;
            expectedModCount = modCount(list);
        }

        @Override
        public boolean hasPrevious() {
            return cursor != 0;
        }

        @Override
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            E previous = list.get(i);
            cursor = i;
            lastReturned = i;
            return previous;
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
        public void set(E e) {
            if (lastReturned < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            list.set(lastReturned, e);
            expectedModCount = modCount(list);
        }

        @Override
        public void add(E e) {
            checkForComodification();
            int i = cursor;
            list.add(i, e);
            cursor = i + 1;
            lastReturned = -1;
            expectedModCount = modCount(list);
        }

        private void checkForComodification() {
            if (modCount(list) != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }
}
