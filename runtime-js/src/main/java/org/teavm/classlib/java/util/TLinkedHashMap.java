package org.teavm.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * {@code java.util.LinkedHashMap} in the browser, on {@link THashMap}'s table: every node is also in a list of
 * insertion (or access) order, which iteration follows (THashMap's views walk it through the iterator and
 * {@code eachNode} methods overridden here). It replaces TeaVM's own, which was built on TeaVM's hash map.
 */
public class TLinkedHashMap<K, V> extends THashMap<K, V> {
    /** A node of the map's table that is also in the map's order list. */
    static class Linked<K, V> extends THashMap.Node<K, V> {
        Linked<K, V> before;
        Linked<K, V> after;

        Linked(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    transient Linked<K, V> head;
    transient Linked<K, V> tail;
    final boolean accessOrder;

    public TLinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    public TLinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public TLinkedHashMap() {
        accessOrder = false;
    }

    public TLinkedHashMap(TMap<? extends K, ? extends V> map) {
        accessOrder = false;
        putEntries(map, false);
    }

    public TLinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    public static <K, V> TLinkedHashMap<K, V> newLinkedHashMap(int numMappings) {
        return new TLinkedHashMap<>(capacityFor(numMappings));
    }

    static <T> T checkNotNull(T value) {
        if (value == null) {
            throw new NoSuchElementException();
        }
        return value;
    }

    private void linkLast(Linked<K, V> p) {
        Linked<K, V> last = tail;
        tail = p;
        if (last == null) {
            head = p;
        } else {
            p.before = last;
            last.after = p;
        }
    }

    /** Puts {@code to} where {@code from} was in the order list. */
    private void transferLinks(Linked<K, V> from, Linked<K, V> to) {
        Linked<K, V> b = from.before;
        Linked<K, V> a = from.after;
        to.before = b;
        to.after = a;
        if (b == null) {
            head = to;
        } else {
            b.after = to;
        }
        if (a == null) {
            tail = to;
        } else {
            a.before = to;
        }
    }

    @Override
    void reset() {
        super.reset();
        head = null;
        tail = null;
    }

    @Override
    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        Linked<K, V> p = new Linked<>(hash, key, value, next);
        linkLast(p);
        return p;
    }

    @Override
    Node<K, V> listNode(Node<K, V> from, Node<K, V> next) {
        Linked<K, V> p = new Linked<>(from.hash, from.key, from.value, next);
        transferLinks((Linked<K, V>) from, p);
        return p;
    }

    @Override
    TreeNode<K, V> newTreeNode(int hash, K key, V value, Node<K, V> next) {
        TreeNode<K, V> p = new TreeNode<>(hash, key, value, next);
        linkLast(p);
        return p;
    }

    @Override
    TreeNode<K, V> treeNode(Node<K, V> from, Node<K, V> next) {
        TreeNode<K, V> p = new TreeNode<>(from.hash, from.key, from.value, next);
        transferLinks((Linked<K, V>) from, p);
        return p;
    }

    @Override
    void removed(Node<K, V> node) {
        Linked<K, V> p = (Linked<K, V>) node;
        Linked<K, V> b = p.before;
        Linked<K, V> a = p.after;
        p.before = null;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    @Override
    void inserted(boolean evict) {
        Linked<K, V> first = head;
        if (evict && first != null && removeEldestEntry(first)) {
            K key = first.key;
            removeNode(spread(key), key, null, false, true);
        }
    }

    @Override
    void accessed(Node<K, V> node) {
        Linked<K, V> last = tail;
        if (!accessOrder || last == node) {
            return;
        }
        Linked<K, V> p = (Linked<K, V>) node;
        Linked<K, V> b = p.before;
        Linked<K, V> a = p.after;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a != null) {
            a.before = b;
        } else {
            last = b;
        }
        if (last == null) {
            head = p;
        } else {
            p.before = last;
            last.after = p;
        }
        tail = p;
        modCount++;
    }

    protected boolean removeEldestEntry(TMap.Entry<K, V> eldest) {
        return false;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Linked<K, V> e = head; e != null; e = e.after) {
            if (e.value == value || value != null && value.equals(e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = node(key);
        if (e == null) {
            return null;
        }
        if (accessOrder) {
            accessed(e);
        }
        return e.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = node(key);
        if (e == null) {
            return defaultValue;
        }
        if (accessOrder) {
            accessed(e);
        }
        return e.value;
    }

    @Override
    public void clear() {
        super.clear();
        head = null;
        tail = null;
    }

    @Override
    void eachNode(Consumer<? super Node<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int expected = modCount;
        for (Linked<K, V> e = head; e != null; e = e.after) {
            action.accept(e);
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    /** Walks the order list from its head. */
    abstract class LinkedWalker {
        Linked<K, V> next = head;
        Linked<K, V> current;
        int expectedModCount = modCount;

        public final boolean hasNext() {
            return next != null;
        }

        final Linked<K, V> nextNode() {
            Linked<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = e.after;
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }

    @Override
    TIterator<K> keyIterator() {
        class Keys extends LinkedWalker implements TIterator<K> {
            @Override
            public K next() {
                return nextNode().key;
            }
        }
        return new Keys();
    }

    @Override
    TIterator<V> valueIterator() {
        class Values extends LinkedWalker implements TIterator<V> {
            @Override
            public V next() {
                return nextNode().value;
            }
        }
        return new Values();
    }

    @Override
    TIterator<TMap.Entry<K, V>> entryIterator() {
        class Entries extends LinkedWalker implements TIterator<TMap.Entry<K, V>> {
            @Override
            public TMap.Entry<K, V> next() {
                return nextNode();
            }
        }
        return new Entries();
    }
}
