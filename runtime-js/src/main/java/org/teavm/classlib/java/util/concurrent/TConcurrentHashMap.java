package org.teavm.classlib.java.util.concurrent;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToIntBiFunction;
import java.util.function.ToLongBiFunction;

/**
 * {@code java.util.concurrent.ConcurrentHashMap} in the browser, used from its one thread with the JDK's layout and
 * so its order: the hash code folded as the JDK folds it, power-of-two tables sized from the constructor's arguments
 * as the JDK sizes them, new keys at a bucket's tail (at its head once the bucket is a tree bin, which the JDK makes
 * of a bucket of more than eight keys in a table of 64 or more; smaller tables grow instead), growth when the count
 * reaches three quarters of the table, which splits each bucket as the JDK's transfer does (the tail that goes one
 * way kept, the keys before it reversed), and weakly consistent iterators that follow a table that grew under them.
 * Nulls are refused, a mapping function that changes the bucket it is filling fails with {@code Recursive update},
 * and the JDK's views, key-set views with a default value and sequential bulk operations are there. TeaVM's own map
 * kept HashMap's old layout, so the same keys came out in another order than on the JVM.
 *
 * <p>Copies ({@code new ConcurrentHashMap<>(map)}) were sized from the default capacity before Java 19 and from the
 * map's size since, and {@code putAll} sized the table in another way; the build puts the build JDK's rules into
 * {@link #sizesCopiesFromTheirSize()} and {@link #presizesEveryPutAll()}.
 */
public class TConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, Serializable {
    private static final int MAX_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int TREE_LENGTH = 8;
    private static final int LIST_LENGTH = 6;
    private static final int TREE_TABLE = 64;
    private static final int MOVED = -1;
    private static final int TREE_BIN = -2;
    private static final int RESERVED = -3;
    private static final int HASH_BITS = 0x7fffffff;

    private Node<K, V>[] table;
    /** Before the table exists: its capacity (0: the default); after: the count at which it grows. */
    private int sizeCtl;

    private long count;
    private transient KeySetView<K, V> keys;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entries;

    /** A key and its value, as the map's nodes and the entries its iterators return print and compare. */
    abstract static class KeyValue<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;

        KeyValue(K key, V val) {
            this.key = key;
            this.val = val;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return val;
        }

        @Override
        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public final String toString() {
            return key + "=" + val;
        }

        @Override
        public final boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && e.getKey() != null
                    && e.getValue() != null
                    && (e.getKey() == key || e.getKey().equals(key))
                    && (e.getValue() == val || e.getValue().equals(val));
        }
    }

    /** A key and its value in a bucket; the hash is negative for the markers below. */
    static class Node<K, V> extends KeyValue<K, V> {
        final int hash;
        Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            super(key, val);
            this.hash = hash;
            this.next = next;
        }

        @Override
        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }
    }

    /** What a bucket of a table that grew holds: where its keys went. */
    static final class Forward<K, V> extends Node<K, V> {
        final Node<K, V>[] nextTable;

        Forward(Node<K, V>[] nextTable) {
            super(MOVED, null, null, null);
            this.nextTable = nextTable;
        }
    }

    /** A key of a tree bin: in the bin's list (new keys at its head) and in its red-black tree. */
    static final class TreeNode<K, V> extends Node<K, V> {
        TreeNode<K, V> parent;
        TreeNode<K, V> left;
        TreeNode<K, V> right;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V val, Node<K, V> next, TreeNode<K, V> parent) {
            super(hash, key, val, next);
            this.parent = parent;
        }
    }

    /**
     * A bucket of more than eight keys in a table of 64 or more: the keys in {@code first}'s list, which iteration
     * follows, and in a red-black tree ordered as the JDK orders it (hash, then {@code compareTo} for keys of one
     * comparable class, then class name and identity), whose shape decides when a removal makes it a list again.
     */
    static final class TreeBin<K, V> extends Node<K, V> {
        TreeNode<K, V> first;
        TreeNode<K, V> root;

        TreeBin(TreeNode<K, V> list) {
            super(TREE_BIN, null, null, null);
            first = list;
            TreeNode<K, V> r = null;
            for (TreeNode<K, V> x = list, next; x != null; x = next) {
                next = (TreeNode<K, V>) x.next;
                x.left = null;
                x.right = null;
                if (r == null) {
                    x.parent = null;
                    x.red = false;
                    r = x;
                    continue;
                }
                for (TreeNode<K, V> p = r; ; ) {
                    int dir = direction(x.hash, x.key, p);
                    TreeNode<K, V> xp = p;
                    p = dir <= 0 ? p.left : p.right;
                    if (p == null) {
                        x.parent = xp;
                        if (dir <= 0) {
                            xp.left = x;
                        } else {
                            xp.right = x;
                        }
                        r = balanceInsertion(r, x);
                        break;
                    }
                }
            }
            root = r;
        }

        /** Adds a key the bin does not hold: at the list's head, and into the tree. */
        void putAbsent(int h, K k, V v) {
            TreeNode<K, V> p = root;
            if (p == null) {
                first = root = new TreeNode<>(h, k, v, null, null);
                return;
            }
            while (true) {
                int dir = direction(h, k, p);
                TreeNode<K, V> xp = p;
                p = dir <= 0 ? p.left : p.right;
                if (p == null) {
                    TreeNode<K, V> f = first;
                    TreeNode<K, V> x = new TreeNode<>(h, k, v, f, xp);
                    first = x;
                    if (f != null) {
                        f.prev = x;
                    }
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    if (!xp.red) {
                        x.red = true;
                    } else {
                        root = balanceInsertion(root, x);
                    }
                    return;
                }
            }
        }

        /** Removes {@code p}; true when the bin is then too small for a tree and becomes a list again. */
        boolean remove(TreeNode<K, V> p) {
            TreeNode<K, V> next = (TreeNode<K, V>) p.next;
            TreeNode<K, V> pred = p.prev;
            if (pred == null) {
                first = next;
            } else {
                pred.next = next;
            }
            if (next != null) {
                next.prev = pred;
            }
            if (first == null) {
                root = null;
                return true;
            }
            TreeNode<K, V> r = root;
            if (r == null || r.right == null || r.left == null || r.left.left == null) {
                return true;
            }
            TreeNode<K, V> pl = p.left;
            TreeNode<K, V> pr = p.right;
            TreeNode<K, V> replacement;
            if (pl != null && pr != null) {
                TreeNode<K, V> s = pr;
                while (s.left != null) {
                    s = s.left;
                }
                boolean c = s.red;
                s.red = p.red;
                p.red = c;
                TreeNode<K, V> sr = s.right;
                TreeNode<K, V> pp = p.parent;
                if (s == pr) {
                    p.parent = s;
                    s.right = p;
                } else {
                    TreeNode<K, V> sp = s.parent;
                    p.parent = sp;
                    if (sp != null) {
                        if (s == sp.left) {
                            sp.left = p;
                        } else {
                            sp.right = p;
                        }
                    }
                    s.right = pr;
                    pr.parent = s;
                }
                p.left = null;
                p.right = sr;
                if (sr != null) {
                    sr.parent = p;
                }
                s.left = pl;
                pl.parent = s;
                s.parent = pp;
                if (pp == null) {
                    r = s;
                } else if (p == pp.left) {
                    pp.left = s;
                } else {
                    pp.right = s;
                }
                replacement = sr != null ? sr : p;
            } else if (pl != null) {
                replacement = pl;
            } else if (pr != null) {
                replacement = pr;
            } else {
                replacement = p;
            }
            if (replacement != p) {
                TreeNode<K, V> pp = p.parent;
                replacement.parent = pp;
                if (pp == null) {
                    r = replacement;
                } else if (p == pp.left) {
                    pp.left = replacement;
                } else {
                    pp.right = replacement;
                }
                p.left = null;
                p.right = null;
                p.parent = null;
            }
            root = p.red ? r : balanceDeletion(r, replacement);
            if (p == replacement) {
                TreeNode<K, V> pp = p.parent;
                if (pp != null) {
                    if (p == pp.left) {
                        pp.left = null;
                    } else if (p == pp.right) {
                        pp.right = null;
                    }
                    p.parent = null;
                }
            }
            return false;
        }

        /** Where a key of hash {@code h} goes below {@code p}: left when not positive. */
        private static int direction(int h, Object k, TreeNode<?, ?> p) {
            if (p.hash > h) {
                return -1;
            }
            if (p.hash < h) {
                return 1;
            }
            int dir = k instanceof Comparable<?> && p.key != null && p.key.getClass() == k.getClass()
                    ? compare(k, p.key)
                    : 0;
            return dir != 0 ? dir : tieBreakOrder(k, p.key);
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static int compare(Object a, Object b) {
            return ((Comparable) a).compareTo(b);
        }

        private static int tieBreakOrder(Object a, Object b) {
            int d = a == null || b == null
                    ? 0
                    : a.getClass().getName().compareTo(b.getClass().getName());
            return d != 0 ? d : System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        }

        private static <K, V> TreeNode<K, V> rotateLeft(TreeNode<K, V> root, TreeNode<K, V> p) {
            TreeNode<K, V> r = p == null ? null : p.right;
            if (r == null) {
                return root;
            }
            p.right = r.left;
            if (r.left != null) {
                r.left.parent = p;
            }
            TreeNode<K, V> pp = p.parent;
            r.parent = pp;
            if (pp == null) {
                root = r;
                r.red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
            return root;
        }

        private static <K, V> TreeNode<K, V> rotateRight(TreeNode<K, V> root, TreeNode<K, V> p) {
            TreeNode<K, V> l = p == null ? null : p.left;
            if (l == null) {
                return root;
            }
            p.left = l.right;
            if (l.right != null) {
                l.right.parent = p;
            }
            TreeNode<K, V> pp = p.parent;
            l.parent = pp;
            if (pp == null) {
                root = l;
                l.red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
            return root;
        }

        private static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> x) {
            x.red = true;
            while (true) {
                TreeNode<K, V> xp = x.parent;
                if (xp == null) {
                    x.red = false;
                    return x;
                }
                TreeNode<K, V> xpp = xp.parent;
                if (!xp.red || xpp == null) {
                    return root;
                }
                boolean leftSide = xp == xpp.left;
                TreeNode<K, V> uncle = leftSide ? xpp.right : xpp.left;
                if (uncle != null && uncle.red) {
                    uncle.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                    continue;
                }
                if (x == (leftSide ? xp.right : xp.left)) {
                    x = xp;
                    root = leftSide ? rotateLeft(root, x) : rotateRight(root, x);
                    xp = x.parent;
                    xpp = xp == null ? null : xp.parent;
                }
                if (xp != null) {
                    xp.red = false;
                    if (xpp != null) {
                        xpp.red = true;
                        root = leftSide ? rotateRight(root, xpp) : rotateLeft(root, xpp);
                    }
                }
            }
        }

        private static boolean isRed(TreeNode<?, ?> node) {
            return node != null && node.red;
        }

        private static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> x) {
            while (true) {
                if (x == null || x == root) {
                    return root;
                }
                TreeNode<K, V> xp = x.parent;
                if (xp == null) {
                    x.red = false;
                    return x;
                }
                if (x.red) {
                    x.red = false;
                    return root;
                }
                boolean leftSide = xp.left == x;
                TreeNode<K, V> sibling = leftSide ? xp.right : xp.left;
                if (isRed(sibling)) {
                    sibling.red = false;
                    xp.red = true;
                    root = leftSide ? rotateLeft(root, xp) : rotateRight(root, xp);
                    xp = x.parent;
                    sibling = xp == null ? null : leftSide ? xp.right : xp.left;
                }
                if (sibling == null) {
                    x = xp;
                    continue;
                }
                TreeNode<K, V> near = leftSide ? sibling.left : sibling.right;
                TreeNode<K, V> far = leftSide ? sibling.right : sibling.left;
                if (!isRed(near) && !isRed(far)) {
                    sibling.red = true;
                    x = xp;
                    continue;
                }
                if (!isRed(far)) {
                    if (near != null) {
                        near.red = false;
                    }
                    sibling.red = true;
                    root = leftSide ? rotateRight(root, sibling) : rotateLeft(root, sibling);
                    xp = x.parent;
                    sibling = xp == null ? null : leftSide ? xp.right : xp.left;
                }
                if (sibling != null) {
                    sibling.red = xp != null && xp.red;
                    TreeNode<K, V> farNow = leftSide ? sibling.right : sibling.left;
                    if (farNow != null) {
                        farNow.red = false;
                    }
                }
                if (xp != null) {
                    xp.red = false;
                    root = leftSide ? rotateLeft(root, xp) : rotateRight(root, xp);
                }
                x = root;
            }
        }
    }

    /** An empty bucket held while a mapping function computes its first value. */
    static final class Reservation<K, V> extends Node<K, V> {
        Reservation() {
            super(RESERVED, null, null, null);
        }
    }

    public TConcurrentHashMap() {}

    public TConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    public TConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public TConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        sizeCtl = capacityFor(Math.max(initialCapacity, concurrencyLevel), loadFactor);
    }

    public TConcurrentHashMap(Map<? extends K, ? extends V> map) {
        sizeCtl = sizesCopiesFromTheirSize() ? capacityFor(map.size(), 0.75f) : DEFAULT_CAPACITY;
        putAll(map);
    }

    /** Whether a copy is sized from the map's size (Java 19+) or starts at the default capacity. */
    static boolean sizesCopiesFromTheirSize() {
        return true;
    }

    /**
     * Whether {@code putAll} sizes the table for the other map's size even before the table exists (before Java 19),
     * or only a table that exists, for both sizes together.
     */
    static boolean presizesEveryPutAll() {
        return false;
    }

    private static int capacityFor(int capacity, float loadFactor) {
        long size = (long) (1.0 + (long) capacity / loadFactor);
        return size >= MAX_CAPACITY ? MAX_CAPACITY : tableSizeFor((int) size);
    }

    private static int tableSizeFor(int capacity) {
        int n = -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
        return n < 0 ? 1 : n >= MAX_CAPACITY ? MAX_CAPACITY : n + 1;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static boolean sameKey(Node<?, ?> e, int hash, Object key) {
        Object k = e.key;
        return e.hash == hash && (k == key || k != null && key.equals(k));
    }

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        int n = sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY;
        table = (Node<K, V>[]) new Node<?, ?>[n];
        sizeCtl = n - (n >>> 2);
        return table;
    }

    /** The bucket's first key, or null: the JDK looks no further in a reserved or moved one. */
    private static <K, V> Node<K, V> keysOf(Node<K, V> bin) {
        return bin == null ? null : bin.hash >= 0 ? bin : bin instanceof TreeBin<K, V> t ? t.first : null;
    }

    private static IllegalStateException recursiveUpdate() {
        return new IllegalStateException("Recursive update");
    }

    // ---- Map

    @Override
    public V get(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        for (Node<K, V> e = keysOf(tab[(tab.length - 1) & h]); e != null; e = e.next) {
            if (sameKey(e, h, key)) {
                return e.val;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            V v = it.next.val;
            if (v == value || v != null && value.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #containsValue}: the legacy name. */
    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public int size() {
        return count < 0 ? 0 : count > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) count;
    }

    /** The number of mappings, as a long. */
    public long mappingCount() {
        return Math.max(count, 0);
    }

    @Override
    public boolean isEmpty() {
        return count <= 0;
    }

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    final V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        int binCount = 0;
        if (f == null) {
            tab[i] = new Node<>(h, key, value, null);
        } else if (f instanceof TreeBin<K, V> t) {
            binCount = 2;
            Node<K, V> p = find(t.first, h, key);
            if (p != null) {
                V old = p.val;
                if (!onlyIfAbsent) {
                    p.val = value;
                }
                return old;
            }
            t.putAbsent(h, key, value);
        } else if (f.hash < 0) {
            throw recursiveUpdate();
        } else {
            binCount = 1;
            for (Node<K, V> e = f; ; ++binCount) {
                if (sameKey(e, h, key)) {
                    V old = e.val;
                    if (!onlyIfAbsent) {
                        e.val = value;
                    }
                    if (binCount >= TREE_LENGTH) {
                        treeifyBin(tab, i);
                    }
                    return old;
                }
                if (e.next == null) {
                    e.next = new Node<>(h, key, value, null);
                    break;
                }
                e = e.next;
            }
            if (binCount >= TREE_LENGTH) {
                treeifyBin(tab, i);
            }
        }
        addCount(1, binCount);
        return null;
    }

    private static <K, V> Node<K, V> find(Node<K, V> first, int h, Object key) {
        for (Node<K, V> e = first; e != null; e = e.next) {
            if (sameKey(e, h, key)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        if (presizesEveryPutAll()) {
            presize(map.size());
        } else if (table != null) {
            presize(size() + map.size());
        }
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    @Override
    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    /** Sets {@code key}'s value to {@code value} (removes it when null) if it is {@code expected} (any when null). */
    final V replaceNode(Object key, V value, Object expected) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        if (f == null) {
            return null;
        }
        if (f instanceof Reservation) {
            throw recursiveUpdate();
        }
        TreeBin<K, V> tree = f instanceof TreeBin<K, V> t ? t : null;
        Node<K, V> pred = null;
        for (Node<K, V> e = keysOf(f); e != null; pred = e, e = e.next) {
            if (sameKey(e, h, key)) {
                V old = e.val;
                if (expected != null && expected != old && (old == null || !expected.equals(old))) {
                    return null;
                }
                if (value != null) {
                    e.val = value;
                    return old;
                }
                unlink(tab, i, tree, pred, e);
                addCount(-1, -1);
                return old;
            }
        }
        return null;
    }

    private void unlink(Node<K, V>[] tab, int i, TreeBin<K, V> tree, Node<K, V> pred, Node<K, V> e) {
        if (tree != null) {
            if (tree.remove((TreeNode<K, V>) e)) {
                tab[i] = copyList(tree.first);
            }
        } else if (pred == null) {
            tab[i] = e.next;
        } else {
            pred.next = e.next;
        }
    }

    private static int length(Node<?, ?> e) {
        int n = 0;
        for (; e != null; e = e.next) {
            n++;
        }
        return n;
    }

    /** New nodes in the same order, as the JDK makes a tree bin's keys a list again. */
    private static <K, V> Node<K, V> copyList(Node<K, V> first) {
        Node<K, V> head = null;
        Node<K, V> tail = null;
        for (Node<K, V> e = first; e != null; e = e.next) {
            Node<K, V> copy = new Node<>(e.hash, e.key, e.val, null);
            if (tail == null) {
                head = copy;
            } else {
                tail.next = copy;
            }
            tail = copy;
        }
        return head;
    }

    @Override
    public void clear() {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return;
        }
        long removed = 0;
        for (int i = 0; i < tab.length; i++) {
            removed += length(keysOf(tab[i]));
            tab[i] = null;
        }
        count -= removed;
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        V val = null;
        int binCount;
        if (f == null) {
            binCount = 1;
            Node<K, V> node = null;
            tab[i] = new Reservation<>();
            try {
                val = mappingFunction.apply(key);
                if (val != null) {
                    node = new Node<>(h, key, val, null);
                }
            } finally {
                tab[i] = node;
            }
        } else if (f instanceof TreeBin<K, V> t) {
            binCount = 2;
            Node<K, V> p = find(t.first, h, key);
            if (p != null) {
                return p.val;
            }
            val = mappingFunction.apply(key);
            if (val == null) {
                return null;
            }
            t.putAbsent(h, key, val);
        } else if (f.hash < 0) {
            throw recursiveUpdate();
        } else {
            boolean added = false;
            binCount = 1;
            for (Node<K, V> e = f; ; ++binCount) {
                if (sameKey(e, h, key)) {
                    val = e.val;
                    break;
                }
                Node<K, V> pred = e;
                if ((e = e.next) == null) {
                    val = mappingFunction.apply(key);
                    if (val != null) {
                        if (pred.next != null) {
                            throw recursiveUpdate();
                        }
                        added = true;
                        pred.next = new Node<>(h, key, val, null);
                    }
                    break;
                }
            }
            if (binCount >= TREE_LENGTH) {
                treeifyBin(tab, i);
            }
            if (!added) {
                return val;
            }
        }
        if (val != null) {
            addCount(1, binCount);
        }
        return val;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        if (f == null) {
            return null;
        }
        if (f instanceof Reservation) {
            throw recursiveUpdate();
        }
        TreeBin<K, V> tree = f instanceof TreeBin<K, V> t ? t : null;
        int binCount = tree != null ? 2 : 1;
        Node<K, V> pred = null;
        for (Node<K, V> e = keysOf(f); e != null; pred = e, e = e.next) {
            if (sameKey(e, h, key)) {
                V val = remappingFunction.apply(key, e.val);
                if (val != null) {
                    e.val = val;
                } else {
                    unlink(tab, i, tree, pred, e);
                    addCount(-1, binCount);
                }
                return val;
            }
            if (tree == null) {
                binCount++;
            }
        }
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        V val;
        int delta = 0;
        int binCount;
        if (f == null) {
            binCount = 1;
            Node<K, V> node = null;
            tab[i] = new Reservation<>();
            try {
                val = remappingFunction.apply(key, null);
                if (val != null) {
                    delta = 1;
                    node = new Node<>(h, key, val, null);
                }
            } finally {
                tab[i] = node;
            }
        } else if (f instanceof TreeBin<K, V> t) {
            binCount = 1;
            Node<K, V> pred = null;
            Node<K, V> p = t.first;
            while (p != null && !sameKey(p, h, key)) {
                pred = p;
                p = p.next;
            }
            val = remappingFunction.apply(key, p == null ? null : p.val);
            if (val != null) {
                if (p != null) {
                    p.val = val;
                } else {
                    delta = 1;
                    t.putAbsent(h, key, val);
                }
            } else if (p != null) {
                delta = -1;
                unlink(tab, i, t, pred, p);
            }
        } else if (f.hash < 0) {
            throw recursiveUpdate();
        } else {
            binCount = 1;
            Node<K, V> pred = null;
            for (Node<K, V> e = f; ; ++binCount) {
                if (sameKey(e, h, key)) {
                    val = remappingFunction.apply(key, e.val);
                    if (val != null) {
                        e.val = val;
                    } else {
                        delta = -1;
                        unlink(tab, i, null, pred, e);
                    }
                    break;
                }
                pred = e;
                if ((e = e.next) == null) {
                    val = remappingFunction.apply(key, null);
                    if (val != null) {
                        if (pred.next != null) {
                            throw recursiveUpdate();
                        }
                        delta = 1;
                        pred.next = new Node<>(h, key, val, null);
                    }
                    break;
                }
            }
            if (binCount >= TREE_LENGTH) {
                treeifyBin(tab, i);
            }
        }
        if (delta != 0) {
            addCount(delta, binCount);
        }
        return val;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        V val;
        int delta = 0;
        int binCount = 0;
        if (f == null) {
            tab[i] = new Node<>(h, key, value, null);
            delta = 1;
            val = value;
        } else if (f instanceof TreeBin<K, V> t) {
            binCount = 2;
            Node<K, V> pred = null;
            Node<K, V> p = t.first;
            while (p != null && !sameKey(p, h, key)) {
                pred = p;
                p = p.next;
            }
            if (p == null) {
                delta = 1;
                val = value;
                t.putAbsent(h, key, val);
            } else {
                val = remappingFunction.apply(p.val, value);
                if (val != null) {
                    p.val = val;
                } else {
                    delta = -1;
                    unlink(tab, i, t, pred, p);
                }
            }
        } else if (f.hash < 0) {
            throw recursiveUpdate();
        } else {
            binCount = 1;
            Node<K, V> pred = null;
            for (Node<K, V> e = f; ; ++binCount) {
                if (sameKey(e, h, key)) {
                    val = remappingFunction.apply(e.val, value);
                    if (val != null) {
                        e.val = val;
                    } else {
                        delta = -1;
                        unlink(tab, i, null, pred, e);
                    }
                    break;
                }
                pred = e;
                if ((e = e.next) == null) {
                    delta = 1;
                    val = value;
                    pred.next = new Node<>(h, key, val, null);
                    break;
                }
            }
            if (binCount >= TREE_LENGTH) {
                treeifyBin(tab, i);
            }
        }
        if (delta != 0) {
            addCount(delta, binCount);
        }
        return val;
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            Node<K, V> p = it.next;
            V oldValue = p.val;
            for (K key = p.key; ; ) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            action.accept(it.next.key, it.next.val);
        }
    }

    /** Removes each mapping that {@code test} accepts and that still holds the value it was shown. */
    boolean removeIf(BiPredicate<? super K, ? super V> test) {
        boolean removed = false;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            K k = it.next.key;
            V v = it.next.val;
            if (test.test(k, v) && replaceNode(k, null, v) != null) {
                removed = true;
            }
        }
        return removed;
    }

    // ---- the table's growth

    private void addCount(long delta, int check) {
        count += delta;
        if (check < 0) {
            return;
        }
        Node<K, V>[] tab;
        while (count >= sizeCtl && (tab = table) != null && tab.length < MAX_CAPACITY) {
            transfer(tab);
        }
    }

    private void treeifyBin(Node<K, V>[] tab, int i) {
        if (tab.length < TREE_TABLE) {
            presize(tab.length << 1);
        } else if (tab[i] != null && tab[i].hash >= 0) {
            TreeNode<K, V> head = null;
            TreeNode<K, V> tail = null;
            for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                TreeNode<K, V> p = new TreeNode<>(e.hash, e.key, e.val, null, null);
                p.prev = tail;
                if (tail == null) {
                    head = p;
                } else {
                    tail.next = p;
                }
                tail = p;
            }
            tab[i] = new TreeBin<>(head);
        }
    }

    private void presize(int size) {
        int c = size >= (MAX_CAPACITY >>> 1) ? MAX_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        while (true) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                sizeCtl = Math.max(sizeCtl, c);
                initTable();
            } else if (c <= sizeCtl || tab.length >= MAX_CAPACITY) {
                return;
            } else {
                transfer(tab);
            }
        }
    }

    /** Doubles the table as the JDK's transfer does, leaving a forwarding node in each of the old buckets. */
    @SuppressWarnings("unchecked")
    private void transfer(Node<K, V>[] tab) {
        int n = tab.length;
        for (Node<K, V> bin : tab) {
            if (bin instanceof Reservation) {
                throw recursiveUpdate();
            }
        }
        Node<K, V>[] next = (Node<K, V>[]) new Node<?, ?>[n << 1];
        Forward<K, V> forward = new Forward<>(next);
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f instanceof TreeBin<K, V> t) {
                splitTree(t, next, i, n);
            } else if (f != null) {
                splitList(f, next, i, n);
            }
            tab[i] = forward;
        }
        table = next;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    private static <K, V> void splitList(Node<K, V> f, Node<K, V>[] next, int i, int n) {
        int runBit = f.hash & n;
        Node<K, V> lastRun = f;
        for (Node<K, V> p = f.next; p != null; p = p.next) {
            int b = p.hash & n;
            if (b != runBit) {
                runBit = b;
                lastRun = p;
            }
        }
        Node<K, V> low = runBit == 0 ? lastRun : null;
        Node<K, V> high = runBit == 0 ? null : lastRun;
        for (Node<K, V> p = f; p != lastRun; p = p.next) {
            if ((p.hash & n) == 0) {
                low = new Node<>(p.hash, p.key, p.val, low);
            } else {
                high = new Node<>(p.hash, p.key, p.val, high);
            }
        }
        next[i] = low;
        next[i + n] = high;
    }

    private static <K, V> void splitTree(TreeBin<K, V> t, Node<K, V>[] next, int i, int n) {
        TreeNode<K, V> lowHead = null;
        TreeNode<K, V> lowTail = null;
        TreeNode<K, V> highHead = null;
        TreeNode<K, V> highTail = null;
        int lowCount = 0;
        int highCount = 0;
        for (Node<K, V> e = t.first; e != null; e = e.next) {
            TreeNode<K, V> p = new TreeNode<>(e.hash, e.key, e.val, null, null);
            if ((e.hash & n) == 0) {
                p.prev = lowTail;
                if (lowTail == null) {
                    lowHead = p;
                } else {
                    lowTail.next = p;
                }
                lowTail = p;
                lowCount++;
            } else {
                p.prev = highTail;
                if (highTail == null) {
                    highHead = p;
                } else {
                    highTail.next = p;
                }
                highTail = p;
                highCount++;
            }
        }
        next[i] = lowCount <= LIST_LENGTH ? copyList(lowHead) : highCount != 0 ? new TreeBin<>(lowHead) : t;
        next[i + n] = highCount <= LIST_LENGTH ? copyList(highHead) : lowCount != 0 ? new TreeBin<>(highHead) : t;
    }

    // ---- texts, equality

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        Traverser<K, V> it = new Traverser<>(table);
        for (Node<K, V> p = it.advance(); p != null; ) {
            sb.append(p.key == this ? "(this Map)" : p.key).append('=').append(p.val == this ? "(this Map)" : p.val);
            if ((p = it.advance()) != null) {
                sb.append(", ");
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            h += it.next.key.hashCode() ^ it.next.val.hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m)) {
            return false;
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            V val = it.next.val;
            Object v = m.get(it.next.key);
            if (v == null || v != val && !v.equals(val)) {
                return false;
            }
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk = e.getKey();
            Object mv = e.getValue();
            Object v;
            if (mk == null || mv == null || (v = get(mk)) == null || mv != v && !mv.equals(v)) {
                return false;
            }
        }
        return true;
    }

    // ---- views

    @Override
    public KeySetView<K, V> keySet() {
        return keys != null ? keys : (keys = new KeySetView<>(this, null));
    }

    /** The keys as a set whose {@code add} maps a new key to {@code mappedValue}. */
    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<>(this, mappedValue);
    }

    /** A set backed by a new map. */
    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new TConcurrentHashMap<>(), Boolean.TRUE);
    }

    /** A set backed by a new map sized for {@code initialCapacity} keys. */
    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new TConcurrentHashMap<>(initialCapacity), Boolean.TRUE);
    }

    @Override
    public Collection<V> values() {
        return values != null ? values : (values = new ValuesView<>(this));
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return entries != null ? entries : (entries = new EntrySetView<>(this));
    }

    /** The keys, in the map's order. */
    public Enumeration<K> keys() {
        return new KeyIterator<>(this);
    }

    /** The values, in the map's order. */
    public Enumeration<V> elements() {
        return new ValueIterator<>(this);
    }

    // ---- bulk operations: in the browser always sequential, as the JDK's below their parallelism threshold

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(
            long parallelismThreshold,
            BiFunction<? super K, ? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = transformer.apply(it.next.key, it.next.val);
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = searchFunction.apply(it.next.key, it.next.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(
            long parallelismThreshold,
            BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = transformer.apply(it.next.key, it.next.val);
            if (u != null) {
                r = r == null ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public long reduceToLong(
            long parallelismThreshold,
            ToLongBiFunction<? super K, ? super V> transformer,
            long basis,
            java.util.function.LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.next.key, it.next.val));
        }
        return r;
    }

    public int reduceToInt(
            long parallelismThreshold,
            ToIntBiFunction<? super K, ? super V> transformer,
            int basis,
            java.util.function.IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.next.key, it.next.val));
        }
        return r;
    }

    public double reduceToDouble(
            long parallelismThreshold,
            ToDoubleBiFunction<? super K, ? super V> transformer,
            double basis,
            java.util.function.DoubleBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        double r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsDouble(r, transformer.applyAsDouble(it.next.key, it.next.val));
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        forEach((k, v) -> action.accept(k));
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        forEach((k, v) -> action.accept(v));
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            action.accept(it.next);
        }
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(k));
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(v));
    }

    public <U> U searchEntries(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = searchFunction.apply(it.next);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        return reduce(parallelismThreshold, (k, v) -> k, reducer);
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        return reduce(parallelismThreshold, (k, v) -> v, reducer);
    }

    public long reduceValuesToLong(
            long parallelismThreshold,
            java.util.function.ToLongFunction<? super V> transformer,
            long basis,
            java.util.function.LongBinaryOperator reducer) {
        if (transformer == null) {
            throw new NullPointerException();
        }
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(v), basis, reducer);
    }

    public int reduceValuesToInt(
            long parallelismThreshold,
            java.util.function.ToIntFunction<? super V> transformer,
            int basis,
            java.util.function.IntBinaryOperator reducer) {
        if (transformer == null) {
            throw new NullPointerException();
        }
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(v), basis, reducer);
    }

    public long reduceKeysToLong(
            long parallelismThreshold,
            java.util.function.ToLongFunction<? super K> transformer,
            long basis,
            java.util.function.LongBinaryOperator reducer) {
        if (transformer == null) {
            throw new NullPointerException();
        }
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(k), basis, reducer);
    }

    /**
     * Walks the buckets of the table it began with in order; a bucket that moved to a grown table is walked there,
     * with its partner bucket, before the walk goes on, as the JDK's traverser does.
     */
    static class Traverser<K, V> {
        private Node<K, V>[] tab;
        Node<K, V> next;
        private Level<K, V> stack;
        private int index;
        private int baseIndex;
        private final int baseLimit;
        private final int baseSize;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
            this.baseSize = tab == null ? 0 : tab.length;
            this.baseLimit = baseSize;
        }

        /** One table the walk left for a grown one: where to come back to. */
        private static final class Level<K, V> {
            Node<K, V>[] tab;
            int length;
            int index;
            Level<K, V> next;
        }

        final Node<K, V> advance() {
            Node<K, V> e = next == null ? null : next.next;
            while (true) {
                if (e != null) {
                    return next = e;
                }
                Node<K, V>[] t = tab;
                int i = index;
                int n;
                if (baseIndex >= baseLimit || t == null || (n = t.length) <= i || i < 0) {
                    return next = null;
                }
                e = t[i];
                if (e != null && e.hash < 0) {
                    if (e instanceof Forward<K, V> f) {
                        tab = f.nextTable;
                        e = null;
                        Level<K, V> s = new Level<>();
                        s.tab = t;
                        s.length = n;
                        s.index = i;
                        s.next = stack;
                        stack = s;
                        continue;
                    }
                    e = e instanceof TreeBin<K, V> tree ? tree.first : null;
                }
                if (stack != null) {
                    recoverState(n);
                } else if ((index = i + baseSize) >= n) {
                    index = ++baseIndex;
                }
            }
        }

        private void recoverState(int n) {
            Level<K, V> s;
            int len;
            while ((s = stack) != null && (index += (len = s.length)) >= n) {
                n = len;
                index = s.index;
                tab = s.tab;
                stack = s.next;
            }
            if (s == null && (index += baseSize) >= n) {
                index = ++baseIndex;
            }
        }
    }

    /** The iterators of the views: weakly consistent, removal through the map. */
    abstract static class BaseIterator<K, V, E> extends Traverser<K, V> implements Iterator<E>, Enumeration<E> {
        final TConcurrentHashMap<K, V> map;
        Node<K, V> lastReturned;

        BaseIterator(TConcurrentHashMap<K, V> map) {
            super(map.table);
            this.map = map;
            advance();
        }

        @Override
        public final boolean hasNext() {
            return next != null;
        }

        @Override
        public final boolean hasMoreElements() {
            return next != null;
        }

        @Override
        public final E next() {
            Node<K, V> p = next;
            if (p == null) {
                throw new NoSuchElementException();
            }
            lastReturned = p;
            advance();
            return of(p);
        }

        @Override
        public final E nextElement() {
            return next();
        }

        abstract E of(Node<K, V> p);

        @Override
        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    static final class KeyIterator<K, V> extends BaseIterator<K, V, K> {
        KeyIterator(TConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        K of(Node<K, V> p) {
            return p.key;
        }
    }

    static final class ValueIterator<K, V> extends BaseIterator<K, V, V> {
        ValueIterator(TConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        V of(Node<K, V> p) {
            return p.val;
        }
    }

    static final class EntryIterator<K, V> extends BaseIterator<K, V, Map.Entry<K, V>> {
        EntryIterator(TConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        Map.Entry<K, V> of(Node<K, V> p) {
            return new MapEntry<>(p.key, p.val, map);
        }
    }

    /** An entry an iterator returns: a copy whose {@code setValue} writes through. */
    static final class MapEntry<K, V> extends KeyValue<K, V> {
        final TConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, TConcurrentHashMap<K, V> map) {
            super(key, val);
            this.map = map;
        }

        @Override
        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    /** What the three views share. */
    abstract static class CollectionView<K, V, E> implements Collection<E>, Serializable {
        final TConcurrentHashMap<K, V> map;

        CollectionView(TConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        /** The map this is a view of. */
        public TConcurrentHashMap<K, V> getMap() {
            return map;
        }

        @Override
        public final void clear() {
            map.clear();
        }

        @Override
        public final int size() {
            return map.size();
        }

        @Override
        public final boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public final Object[] toArray() {
            Object[] r = new Object[map.size()];
            int i = 0;
            for (E e : this) {
                if (i == r.length) {
                    r = java.util.Arrays.copyOf(r, i + (i >>> 1) + 1);
                }
                r[i++] = e;
            }
            return i == r.length ? r : java.util.Arrays.copyOf(r, i);
        }

        @Override
        @SuppressWarnings("unchecked")
        public final <T> T[] toArray(T[] a) {
            Object[] all = toArray();
            if (a.length < all.length) {
                return (T[]) java.util.Arrays.copyOf(all, all.length, a.getClass());
            }
            System.arraycopy(all, 0, a, 0, all.length);
            if (a.length > all.length) {
                a[all.length] = null;
            }
            return a;
        }

        @Override
        public final String toString() {
            StringBuilder sb = new StringBuilder("[");
            Iterator<E> it = iterator();
            while (it.hasNext()) {
                Object e = it.next();
                sb.append(e == this ? "(this Collection)" : e);
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append(']').toString();
        }

        @Override
        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            Node<K, V>[] t = map.table;
            if (t == null) {
                return false;
            }
            if (c instanceof Set<?> && c.size() > t.length) {
                for (Iterator<?> it = iterator(); it.hasNext(); ) {
                    if (c.contains(it.next())) {
                        it.remove();
                        modified = true;
                    }
                }
            } else {
                for (Object e : c) {
                    modified |= remove(e);
                }
            }
            return modified;
        }

        @Override
        public final boolean retainAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }
    }

    /** The keys of a map, as {@code keySet()} and {@code keySet(value)} give them. */
    public static final class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K> {
        private final V value;

        KeySetView(TConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        /** The value {@code add} maps new keys to; null when adding is not supported. */
        public V getMappedValue() {
            return value;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator<>(map);
        }

        @Override
        public boolean add(K e) {
            if (value == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, value, true) == null;
        }

        @Override
        public boolean addAll(Collection<? extends K> c) {
            if (value == null) {
                throw new UnsupportedOperationException();
            }
            boolean added = false;
            for (K e : c) {
                if (map.putVal(e, value, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Set<?> c && (c == this || containsAll(c) && c.containsAll(this));
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            map.forEach((k, v) -> action.accept(k));
        }
    }

    static final class ValuesView<K, V> extends CollectionView<K, V, V> {
        ValuesView(TConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext(); ) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<>(map);
        }

        @Override
        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<V> it = iterator(); it.hasNext(); ) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public boolean removeIf(Predicate<? super V> filter) {
            if (filter == null) {
                throw new NullPointerException();
            }
            return map.removeIf((k, v) -> filter.test(v));
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            map.forEach((k, v) -> action.accept(v));
        }
    }

    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>>
            implements Set<Map.Entry<K, V>> {
        EntrySetView(TConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            return o instanceof Map.Entry<?, ?> e
                    && (k = e.getKey()) != null
                    && (r = map.get(k)) != null
                    && (v = e.getValue()) != null
                    && (v == r || v.equals(r));
        }

        @Override
        public boolean remove(Object o) {
            Object k;
            Object v;
            return o instanceof Map.Entry<?, ?> e
                    && (k = e.getKey()) != null
                    && (v = e.getValue()) != null
                    && map.remove(k, v);
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(map);
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        @Override
        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (add(e)) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
            if (filter == null) {
                throw new NullPointerException();
            }
            return map.removeIf((k, v) -> filter.test(new AbstractMap.SimpleImmutableEntry<>(k, v)));
        }

        @Override
        public int hashCode() {
            return map.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Set<?> c && (c == this || containsAll(c) && c.containsAll(this));
        }

        @Override
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null; ) {
                action.accept(new MapEntry<>(it.next.key, it.next.val, map));
            }
        }
    }
}
