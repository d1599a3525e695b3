package org.teavm.classlib.java.util;

import java.io.Serializable;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.teavm.classlib.java.lang.TCloneable;
import org.teavm.classlib.java.lang.TObject;
import org.teavm.interop.Rename;

/**
 * {@code java.util.TreeMap} as the JDK has it: a red-black tree whose iterators fail fast on structural changes only
 * (TeaVM's counted replacing a value as a change, so {@code for (k : map.keySet()) map.put(k, …)} threw), whose
 * navigation answers immutable snapshots (TeaVM's refused a null value there), and whose range and descending views
 * keep their bounds for every operation, with the JDK's messages ({@code fromKey > toKey}, {@code key out of range},
 * {@code toKey out of range}, {@code fromKey out of range}); TeaVM's views lost their bounds in {@code floorKey} and
 * friends and threw {@code NullPointerException} on an empty range.
 */
public class TTreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, TCloneable, Serializable {
    private final Comparator<? super K> comparator;
    private Node<K, V> root;
    private int size;
    int modCount;
    private int searched;
    private KeySet<K> keySet;
    private EntrySet entrySet;
    private NavigableMap<K, V> descending;

    static final class Node<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Node<K, V> left;
        Node<K, V> right;
        Node<K, V> parent;
        boolean black;

        Node(K key, V value, Node<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && Objects.equals(key, e.getKey())
                    && Objects.equals(value, e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    public TTreeMap() {
        comparator = null;
    }

    public TTreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TTreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    public TTreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        appendSorted(m.entrySet().iterator());
    }

    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        if (comparator != null) {
            return ((Comparator<Object>) comparator).compare(k1, k2);
        }
        // the JDK's own Comparable types refuse null in compareTo; TeaVM's would read a field of it
        if (k1 == null || k2 == null && refusesNull(k1)) {
            throw new NullPointerException();
        }
        return ((Comparable<Object>) k1).compareTo(k2);
    }

    private static boolean refusesNull(Object k) {
        return k instanceof String
                || k instanceof Number
                || k instanceof Character
                || k instanceof Boolean
                || k instanceof Enum<?>;
    }

    // ---- the tree

    @SuppressWarnings("unchecked")
    final Node<K, V> getNode(Object key) {
        if (comparator == null) {
            Objects.requireNonNull(key);
            for (Node<K, V> p = root; p != null; ) {
                int c = compare(key, p.key);
                if (c == 0) {
                    return p;
                }
                p = c < 0 ? p.left : p.right;
            }
            return null;
        }
        for (Node<K, V> p = root; p != null; ) {
            int c = compare(key, p.key);
            if (c == 0) {
                return p;
            }
            p = c < 0 ? p.left : p.right;
        }
        return null;
    }

    /**
     * In a tree that is not empty, the node of {@code key} or the node a new one would hang under, comparing once at
     * each level as the JDK's; {@link #searched} keeps the last comparison (0 when the key was found).
     */
    private Node<K, V> search(K key) {
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> p = root;
        while (true) {
            searched = compare(key, p.key);
            Node<K, V> next = searched < 0 ? p.left : searched > 0 ? p.right : null;
            if (next == null) {
                return p;
            }
            p = next;
        }
    }

    /** Hangs a new node under the node {@link #search} ended at, on the side its comparison {@code c} chose. */
    private void insertAt(Node<K, V> parent, int c, K key, V value) {
        Node<K, V> node = new Node<>(key, value, parent);
        if (c < 0) {
            parent.left = node;
        } else {
            parent.right = node;
        }
        afterInsert(node);
        size++;
        modCount++;
    }

    private void addToEmpty(K key, V value) {
        compare(key, key); // the JDK's type and null check
        root = new Node<>(key, value, null);
        root.black = true;
        size = 1;
        modCount++;
    }

    /** Adds entries that come in this map's order after every key it has, comparing nothing. */
    final void appendSorted(Iterator<? extends Map.Entry<? extends K, ? extends V>> entries) {
        Node<K, V> last = lastNode();
        while (entries.hasNext()) {
            Map.Entry<? extends K, ? extends V> e = entries.next();
            Node<K, V> node = new Node<>(e.getKey(), e.getValue(), last);
            if (last == null) {
                root = node;
            } else {
                last.right = node;
            }
            afterInsert(node);
            size++;
            last = node;
        }
        modCount++;
    }

    static <K, V> boolean isBlack(Node<K, V> n) {
        return n == null || n.black;
    }

    private void rotateLeft(Node<K, V> x) {
        Node<K, V> y = x.right;
        x.right = y.left;
        if (y.left != null) {
            y.left.parent = x;
        }
        replaceChild(x, y);
        y.left = x;
        x.parent = y;
    }

    private void rotateRight(Node<K, V> x) {
        Node<K, V> y = x.left;
        x.left = y.right;
        if (y.right != null) {
            y.right.parent = x;
        }
        replaceChild(x, y);
        y.right = x;
        x.parent = y;
    }

    /** Puts {@code by} where {@code x} hangs from its parent. */
    private void replaceChild(Node<K, V> x, Node<K, V> by) {
        Node<K, V> p = x.parent;
        if (by != null) {
            by.parent = p;
        }
        if (p == null) {
            root = by;
        } else if (p.left == x) {
            p.left = by;
        } else {
            p.right = by;
        }
    }

    private void afterInsert(Node<K, V> x) {
        while (x != root && !x.parent.black) {
            Node<K, V> p = x.parent;
            Node<K, V> g = p.parent;
            boolean leftSide = p == g.left;
            Node<K, V> uncle = leftSide ? g.right : g.left;
            if (!isBlack(uncle)) {
                p.black = true;
                uncle.black = true;
                g.black = false;
                x = g;
                continue;
            }
            if (x == (leftSide ? p.right : p.left)) {
                x = p;
                if (leftSide) {
                    rotateLeft(x);
                } else {
                    rotateRight(x);
                }
                p = x.parent;
            }
            p.black = true;
            g.black = false;
            if (leftSide) {
                rotateRight(g);
            } else {
                rotateLeft(g);
            }
        }
        root.black = true;
    }

    final void deleteNode(Node<K, V> z) {
        modCount++;
        size--;
        Node<K, V> x;
        Node<K, V> xParent;
        boolean removedBlack;
        if (z.left == null || z.right == null) {
            x = z.left != null ? z.left : z.right;
            xParent = z.parent;
            removedBlack = z.black;
            replaceChild(z, x);
        } else {
            Node<K, V> y = z.right;
            while (y.left != null) {
                y = y.left;
            }
            removedBlack = y.black;
            x = y.right;
            if (y.parent == z) {
                xParent = y;
            } else {
                xParent = y.parent;
                replaceChild(y, x);
                y.right = z.right;
                y.right.parent = y;
            }
            replaceChild(z, y);
            y.left = z.left;
            y.left.parent = y;
            y.black = z.black;
        }
        z.left = null;
        z.right = null;
        z.parent = null;
        if (removedBlack) {
            afterDelete(x, xParent);
        }
    }

    private void afterDelete(Node<K, V> x, Node<K, V> parent) {
        while (x != root && isBlack(x)) {
            if (x == parent.left) {
                Node<K, V> w = parent.right;
                if (!w.black) {
                    w.black = true;
                    parent.black = false;
                    rotateLeft(parent);
                    w = parent.right;
                }
                if (isBlack(w.left) && isBlack(w.right)) {
                    w.black = false;
                    x = parent;
                    parent = x.parent;
                } else {
                    if (isBlack(w.right)) {
                        w.left.black = true;
                        w.black = false;
                        rotateRight(w);
                        w = parent.right;
                    }
                    w.black = parent.black;
                    parent.black = true;
                    w.right.black = true;
                    rotateLeft(parent);
                    x = root;
                    parent = null;
                }
            } else {
                Node<K, V> w = parent.left;
                if (!w.black) {
                    w.black = true;
                    parent.black = false;
                    rotateRight(parent);
                    w = parent.left;
                }
                if (isBlack(w.left) && isBlack(w.right)) {
                    w.black = false;
                    x = parent;
                    parent = x.parent;
                } else {
                    if (isBlack(w.left)) {
                        w.right.black = true;
                        w.black = false;
                        rotateLeft(w);
                        w = parent.left;
                    }
                    w.black = parent.black;
                    parent.black = true;
                    w.left.black = true;
                    rotateRight(parent);
                    x = root;
                    parent = null;
                }
            }
        }
        if (x != null) {
            x.black = true;
        }
    }

    final Node<K, V> firstNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Node<K, V> lastNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> Node<K, V> successor(Node<K, V> t) {
        if (t.right != null) {
            Node<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Node<K, V> p = t.parent;
        while (p != null && t == p.right) {
            t = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Node<K, V> predecessor(Node<K, V> t) {
        if (t.left != null) {
            Node<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Node<K, V> p = t.parent;
        while (p != null && t == p.left) {
            t = p;
            p = p.parent;
        }
        return p;
    }

    /**
     * The node nearest {@code key} on one side: {@code below} picks the greatest key under it, else the least above
     * it; {@code inclusive} lets an equal key answer.
     */
    final Node<K, V> nearest(Object key, boolean below, boolean inclusive) {
        Node<K, V> best = null;
        for (Node<K, V> p = root; p != null; ) {
            int c = compare(key, p.key);
            if (c == 0 && inclusive) {
                return p;
            }
            if (below ? c > 0 : c < 0) {
                best = p;
                p = below ? p.right : p.left;
            } else {
                p = below ? p.left : p.right;
            }
        }
        return best;
    }

    static <K, V> Map.Entry<K, V> export(Node<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    static <K> K keyOrNull(Node<K, ?> e) {
        return e == null ? null : e.key;
    }

    static <K> K key(Node<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    // ---- Map

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Node<K, V> p = getNode(key);
        return p == null ? null : p.value;
    }

    @Override
    public V put(K key, V value) {
        return put(key, value, true);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return put(key, value, false);
    }

    private V put(K key, V value, boolean replace) {
        if (root == null) {
            addToEmpty(key, value);
            return null;
        }
        Node<K, V> p = search(key);
        int c = searched; // the functions below may search again
        if (c == 0) {
            V old = p.value;
            if (replace || old == null) {
                p.value = value;
            }
            return old;
        }
        insertAt(p, c, key, value);
        return null;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        if (size == 0
                && !map.isEmpty()
                && map instanceof SortedMap<?, ?> sorted
                && Objects.equals(comparator, sorted.comparator())) {
            appendSorted(map.entrySet().iterator());
            return;
        }
        super.putAll(map);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteNode(p);
        return old;
    }

    @Override
    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    private V checkedApply(Function<? super K, ? extends V> f, K key) {
        int mc = modCount;
        V v = f.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return v;
    }

    private V checkedApply(BiFunction<? super K, ? super V, ? extends V> f, K key, V old) {
        int mc = modCount;
        V v = f.apply(key, old);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return v;
    }

    /** Sets the value of {@code p}, or removes it when the new value is null. */
    private V settle(Node<K, V> p, V newValue) {
        if (newValue == null) {
            deleteNode(p);
        } else {
            p.value = newValue;
        }
        return newValue;
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        Objects.requireNonNull(f);
        if (root == null) {
            V v = checkedApply(f, key);
            if (v != null) {
                addToEmpty(key, v);
            }
            return v;
        }
        Node<K, V> p = search(key);
        int c = searched; // the functions below may search again
        if (c == 0) {
            if (p.value == null) {
                V v = checkedApply(f, key);
                if (v != null) {
                    p.value = v;
                }
                return v;
            }
            return p.value;
        }
        V v = checkedApply(f, key);
        if (v != null) {
            insertAt(p, c, key, v);
        }
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        Node<K, V> p = getNode(key);
        if (p != null && p.value != null) {
            return settle(p, checkedApply(f, key, p.value));
        }
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        if (root == null) {
            V v = checkedApply(f, key, null);
            if (v != null) {
                addToEmpty(key, v);
            }
            return v;
        }
        Node<K, V> p = search(key);
        int c = searched; // the functions below may search again
        if (c == 0) {
            return settle(p, checkedApply(f, key, p.value));
        }
        V v = checkedApply(f, key, null);
        if (v != null) {
            insertAt(p, c, key, v);
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        Objects.requireNonNull(value);
        if (root == null) {
            addToEmpty(key, value);
            return value;
        }
        Node<K, V> p = search(key);
        int c = searched; // the functions below may search again
        if (c == 0) {
            if (p.value == null) {
                p.value = value;
                return value;
            }
            int mc = modCount;
            V v = f.apply(p.value, value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            return settle(p, v);
        }
        insertAt(p, c, key, value);
        return value;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> p = getNode(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        p.value = value;
        return old;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        int expected = modCount;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            e.value = f.apply(e.key, e.value);
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        EntrySet es = entrySet;
        return es != null ? es : (entrySet = new EntrySet());
    }

    @Override
    public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return new Values<>(this);
    }

    // ---- NavigableMap

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    @Override
    public K firstKey() {
        return key(firstNode());
    }

    @Override
    public K lastKey() {
        return key(lastNode());
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return export(firstNode());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return export(lastNode());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return poll(firstNode());
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return poll(lastNode());
    }

    final Map.Entry<K, V> poll(Node<K, V> p) {
        Map.Entry<K, V> result = export(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return export(nearest(key, true, false));
    }

    @Override
    public K lowerKey(K key) {
        return keyOrNull(nearest(key, true, false));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return export(nearest(key, true, true));
    }

    @Override
    public K floorKey(K key) {
        return keyOrNull(nearest(key, true, true));
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return export(nearest(key, false, true));
    }

    @Override
    public K ceilingKey(K key) {
        return keyOrNull(nearest(key, false, true));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return export(nearest(key, false, false));
    }

    @Override
    public K higherKey(K key) {
        return keyOrNull(nearest(key, false, false));
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        KeySet<K> ks = keySet;
        return ks != null ? ks : (keySet = new KeySet<>(this));
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> d = descending;
        return d != null ? d : (descending = new TTreeMapView<>(this, true, null, true, true, null, true, true));
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TTreeMapView<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TTreeMapView<>(this, true, null, true, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TTreeMapView<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Rename("clone")
    public TObject clone0() {
        TTreeMap<K, V> copy = new TTreeMap<>(comparator);
        copy.appendSorted(entrySet().iterator());
        return (TObject) (Object) copy;
    }

    // ---- iteration

    /**
     * Walks the nodes from {@code first} up (or down) to {@code fence}, exclusive, failing fast when the map changes
     * structurally other than through this iterator, as the JDK's.
     */
    static class NodeIterator<K, V, T> implements Iterator<T> {
        private final TTreeMap<K, V> m;
        private final Node<K, V> fence;
        private final boolean down;
        private final int kind;
        private Node<K, V> next;
        private Node<K, V> last;
        private int expectedModCount;

        /** {@code kind}: 0 entries, 1 keys, 2 values. */
        NodeIterator(TTreeMap<K, V> m, Node<K, V> first, Node<K, V> fence, boolean down, int kind) {
            this.m = m;
            this.next = first;
            this.fence = fence;
            this.down = down;
            this.kind = kind;
            expectedModCount = m.modCount;
        }

        @Override
        public boolean hasNext() {
            return next != null && next != fence;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            Node<K, V> e = next;
            if (e == null || e == fence) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = down ? predecessor(e) : successor(e);
            last = e;
            return (T) (kind == 0 ? e : kind == 1 ? e.key : e.value);
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            m.deleteNode(last);
            last = null;
            expectedModCount = m.modCount;
        }
    }

    Iterator<K> keyIterator() {
        return new NodeIterator<>(this, firstNode(), null, false, 1);
    }

    Iterator<K> descendingKeyIterator() {
        return new NodeIterator<>(this, lastNode(), null, true, 1);
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new NodeIterator<>(TTreeMap.this, firstNode(), null, false, 0);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Node<K, V> p = getNode(entry.getKey());
            return p != null && Objects.equals(p.value, entry.getValue());
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Node<K, V> p = getNode(entry.getKey());
            if (p != null && Objects.equals(p.value, entry.getValue())) {
                deleteNode(p);
                return true;
            }
            return false;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            TTreeMap.this.clear();
        }
    }

    /** The values of a map or of a view, in its order. */
    static final class Values<V> extends AbstractCollection<V> {
        private final Map<?, V> m;

        Values(Map<?, V> m) {
            this.m = m;
        }

        @Override
        public Iterator<V> iterator() {
            Iterator<? extends Map.Entry<?, V>> entries = m.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public V next() {
                    return entries.next().getValue();
                }

                @Override
                public void remove() {
                    entries.remove();
                }
            };
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsValue(o);
        }

        @Override
        public void clear() {
            m.clear();
        }
    }

    /**
     * The keys of a map or of a view: a {@code TreeSet} over it that refuses additions, as the JDK's key sets do, and
     * whose ranges are key sets again.
     */
    static final class KeySet<E> extends TTreeSet<E> {
        private final NavigableMap<E, ?> m;

        @SuppressWarnings("unchecked")
        KeySet(NavigableMap<E, ?> m) {
            super((NavigableMap<E, Object>) m);
            this.m = m;
        }

        @Override
        public Iterator<E> iterator() {
            return m instanceof TTreeMap<E, ?> tree ? tree.keyIterator() : ((TTreeMapView<E, ?>) m).keyIterator();
        }

        @Override
        public Iterator<E> descendingIterator() {
            return m instanceof TTreeMap<E, ?> tree
                    ? tree.descendingKeyIterator()
                    : ((TTreeMapView<E, ?>) m).descendingKeyIterator();
        }

        @Override
        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            boolean changed = false;
            for (E e : c) {
                changed |= add(e);
            }
            return changed;
        }

        @Override
        public boolean remove(Object o) {
            int before = size();
            m.remove(o);
            return size() != before;
        }

        @Override
        public NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive) {
            return new KeySet<>(m.subMap(from, fromInclusive, to, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E to, boolean inclusive) {
            return new KeySet<>(m.headMap(to, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E from, boolean inclusive) {
            return new KeySet<>(m.tailMap(from, inclusive));
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }
    }

    static Comparator<Object> reverse(Comparator<?> c) {
        @SuppressWarnings("unchecked")
        Comparator<Object> cmp = (Comparator<Object>) c;
        return Collections.reverseOrder(cmp);
    }
}
