package org.teavm.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.teavm.classlib.java.io.TSerializable;
import org.teavm.classlib.java.lang.TCloneNotSupportedException;
import org.teavm.classlib.java.lang.TCloneable;
import org.teavm.classlib.java.lang.TObject;
import org.teavm.interop.Rename;

/**
 * {@code java.util.HashMap} in the browser, iterating in the JDK's order. TeaVM's own map put new keys at the head
 * of a bucket, reversed buckets when it grew, sized tables differently and indexed by the raw hash code, so a map
 * with the same keys iterated in another order than on the JVM. This one keeps the JDK's layout, which its order
 * follows from: the hash code with its high half folded into the low half, power-of-two tables made on first use,
 * growth past {@code capacity * loadFactor} that keeps each bucket's order, new keys at the tail for {@code put} and
 * at the head for {@code compute}/{@code computeIfAbsent}/{@code merge}, and the red-black trees a bucket of more
 * than eight keys becomes in a table of 64 or more, whose root moves to the bucket's front.
 *
 * <p>Sizing of copies ({@code new HashMap<>(map)}, {@code putAll} into an empty map) changed in Java 19; the build
 * puts the build JDK's rule into {@link #sizesCopiesByCeiling()}.
 */
public class THashMap<K, V> extends TAbstractMap<K, V> implements TCloneable, TSerializable {
    static final int MAX_CAPACITY = 1 << 30;
    static final int DEFAULT_CAPACITY = 16;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** A list bucket that reaches this length becomes a tree (or the table grows, while it is small). */
    static final int TREE_LENGTH = 8;
    /** A tree split by growth that keeps this many keys or fewer becomes a list again. */
    static final int LIST_LENGTH = 6;

    static final int TREE_TABLE = 64;

    transient Node<K, V>[] table;
    transient int size;
    transient int modCount;
    /** The size past which the table grows; before the table exists, its first capacity (0: the default). */
    int threshold;

    final float loadFactor;
    transient TSet<TMap.Entry<K, V>> entries;

    /** A key and its value in a bucket's list. */
    static class Node<K, V> extends TMapEntry<K, V> {
        final int hash;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            super(key, value);
            this.hash = hash;
            this.next = next;
        }
    }

    public THashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(Math.min(initialCapacity, MAX_CAPACITY));
    }

    public THashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public THashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public THashMap(TMap<? extends K, ? extends V> map) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putEntries(map, false);
    }

    public static <K, V> THashMap<K, V> newHashMap(int numMappings) {
        return new THashMap<>(capacityFor(numMappings));
    }

    static int capacityFor(int mappings) {
        if (mappings < 0) {
            throw new IllegalArgumentException("Negative number of mappings: " + mappings);
        }
        return (int) Math.ceil(mappings / (double) DEFAULT_LOAD_FACTOR);
    }

    /** Whether copies are sized by {@code ceil(size / loadFactor)} (Java 19+) or {@code size / loadFactor + 1}. */
    static boolean sizesCopiesByCeiling() {
        return true;
    }

    static int spread(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    static int tableSizeFor(int capacity) {
        int n = -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
        return n < 0 ? 1 : n >= MAX_CAPACITY ? MAX_CAPACITY : n + 1;
    }

    static boolean sameKey(Node<?, ?> node, int hash, Object key) {
        Object k = node.key;
        return node.hash == hash && (k == key || key != null && key.equals(k));
    }

    // ---- what TLinkedHashMap hooks into

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<>(hash, key, value, next);
    }

    Node<K, V> listNode(Node<K, V> from, Node<K, V> next) {
        return new Node<>(from.hash, from.key, from.value, next);
    }

    TreeNode<K, V> newTreeNode(int hash, K key, V value, Node<K, V> next) {
        return new TreeNode<>(hash, key, value, next);
    }

    TreeNode<K, V> treeNode(Node<K, V> from, Node<K, V> next) {
        return new TreeNode<>(from.hash, from.key, from.value, next);
    }

    void accessed(Node<K, V> node) {}

    void inserted(boolean evict) {}

    void removed(Node<K, V> node) {}

    void reset() {
        table = null;
        entries = null;
        cachedKeySet = null;
        cachedValues = null;
        modCount = 0;
        threshold = 0;
        size = 0;
    }

    // ---- table

    final Node<K, V>[] resize() {
        Node<K, V>[] old = table;
        int oldCapacity = old == null ? 0 : old.length;
        int oldThreshold = threshold;
        int capacity;
        int nextThreshold = 0;
        if (oldCapacity > 0) {
            if (oldCapacity >= MAX_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return old;
            }
            capacity = oldCapacity << 1;
            if (capacity < MAX_CAPACITY && oldCapacity >= DEFAULT_CAPACITY) {
                nextThreshold = oldThreshold << 1;
            }
        } else if (oldThreshold > 0) {
            capacity = oldThreshold;
        } else {
            capacity = DEFAULT_CAPACITY;
            nextThreshold = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_CAPACITY);
        }
        if (nextThreshold == 0) {
            float limit = (float) capacity * loadFactor;
            nextThreshold = capacity < MAX_CAPACITY && limit < (float) MAX_CAPACITY ? (int) limit : Integer.MAX_VALUE;
        }
        threshold = nextThreshold;
        @SuppressWarnings("unchecked")
        Node<K, V>[] grown = (Node<K, V>[]) new Node<?, ?>[capacity];
        table = grown;
        if (old != null) {
            for (int j = 0; j < oldCapacity; j++) {
                Node<K, V> e = old[j];
                if (e == null) {
                    continue;
                }
                old[j] = null;
                if (e.next == null) {
                    grown[e.hash & (capacity - 1)] = e;
                } else if (e instanceof TreeNode) {
                    ((TreeNode<K, V>) e).split(this, grown, j, oldCapacity);
                } else {
                    splitList(e, grown, j, oldCapacity);
                }
            }
        }
        return grown;
    }

    /** Moves a list bucket to its two halves in a doubled table, each in the order it had. */
    private static <K, V> void splitList(Node<K, V> e, Node<K, V>[] grown, int index, int bit) {
        Node<K, V> lowHead = null;
        Node<K, V> lowTail = null;
        Node<K, V> highHead = null;
        Node<K, V> highTail = null;
        for (Node<K, V> next; e != null; e = next) {
            next = e.next;
            if ((e.hash & bit) == 0) {
                if (lowTail == null) {
                    lowHead = e;
                } else {
                    lowTail.next = e;
                }
                lowTail = e;
            } else {
                if (highTail == null) {
                    highHead = e;
                } else {
                    highTail.next = e;
                }
                highTail = e;
            }
        }
        if (lowTail != null) {
            lowTail.next = null;
            grown[index] = lowHead;
        }
        if (highTail != null) {
            highTail.next = null;
            grown[index + bit] = highHead;
        }
    }

    /** A bucket grew too long: a small table grows, a large one turns the bucket into a tree. */
    final void treeifyBucket(Node<K, V>[] tab, int hash) {
        if (tab == null || tab.length < TREE_TABLE) {
            resize();
            return;
        }
        int index = (tab.length - 1) & hash;
        TreeNode<K, V> head = null;
        TreeNode<K, V> tail = null;
        for (Node<K, V> e = tab[index]; e != null; e = e.next) {
            TreeNode<K, V> p = treeNode(e, null);
            if (tail == null) {
                head = p;
            } else {
                p.prev = tail;
                tail.next = p;
            }
            tail = p;
        }
        tab[index] = head;
        if (head != null) {
            head.treeify(tab);
        }
    }

    final void putEntries(TMap<? extends K, ? extends V> map, boolean evict) {
        int s = map.size();
        if (s <= 0) {
            return;
        }
        if (table == null) {
            int wanted;
            if (sizesCopiesByCeiling()) {
                double d = Math.ceil(s / (double) loadFactor);
                wanted = d < (double) MAX_CAPACITY ? (int) d : MAX_CAPACITY;
            } else {
                float f = (float) s / loadFactor + 1.0F;
                wanted = f < (float) MAX_CAPACITY ? (int) f : MAX_CAPACITY;
            }
            if (wanted > threshold) {
                threshold = tableSizeFor(wanted);
            }
        } else {
            while (s > threshold && table.length < MAX_CAPACITY) {
                resize();
            }
        }
        for (TIterator<? extends TMap.Entry<? extends K, ? extends V>> it =
                        map.entrySet().iterator();
                it.hasNext(); ) {
            TMap.Entry<? extends K, ? extends V> e = it.next();
            K key = e.getKey();
            putValue(spread(key), key, e.getValue(), false, evict);
        }
    }

    // ---- lookup, insertion, removal

    final Node<K, V> node(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int hash = spread(key);
        Node<K, V> first = tab[(tab.length - 1) & hash];
        if (first == null || sameKey(first, hash, key)) {
            return first;
        }
        if (first instanceof TreeNode) {
            return ((TreeNode<K, V>) first).treeNode(hash, key);
        }
        for (Node<K, V> e = first.next; e != null; e = e.next) {
            if (sameKey(e, hash, key)) {
                return e;
            }
        }
        return null;
    }

    final V putValue(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> p = tab[index];
        Node<K, V> existing = null;
        if (p == null) {
            tab[index] = newNode(hash, key, value, null);
        } else if (sameKey(p, hash, key)) {
            existing = p;
        } else if (p instanceof TreeNode) {
            existing = ((TreeNode<K, V>) p).putTreeValue(this, tab, hash, key, value);
        } else {
            for (int passed = 0; ; passed++) {
                Node<K, V> e = p.next;
                if (e == null) {
                    p.next = newNode(hash, key, value, null);
                    if (passed >= TREE_LENGTH - 1) {
                        treeifyBucket(tab, hash);
                    }
                    break;
                }
                if (sameKey(e, hash, key)) {
                    existing = e;
                    break;
                }
                p = e;
            }
        }
        if (existing != null) {
            V old = existing.value;
            if (!onlyIfAbsent || old == null) {
                existing.value = value;
            }
            accessed(existing);
            return old;
        }
        modCount++;
        if (++size > threshold) {
            resize();
        }
        inserted(evict);
        return null;
    }

    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> p = tab[index];
        if (p == null) {
            return null;
        }
        Node<K, V> found = null;
        if (sameKey(p, hash, key)) {
            found = p;
        } else if (p.next != null) {
            if (p instanceof TreeNode) {
                found = ((TreeNode<K, V>) p).treeNode(hash, key);
            } else {
                for (Node<K, V> e = p.next; e != null; p = e, e = e.next) {
                    if (sameKey(e, hash, key)) {
                        found = e;
                        break;
                    }
                }
            }
        }
        if (found == null) {
            return null;
        }
        if (matchValue && found.value != value && (value == null || !value.equals(found.value))) {
            return null;
        }
        if (found instanceof TreeNode) {
            ((TreeNode<K, V>) found).removeTreeNode(this, tab, movable);
        } else if (found == p) {
            tab[index] = found.next;
        } else {
            p.next = found.next;
        }
        modCount++;
        size--;
        removed(found);
        return found;
    }

    /** Where {@code compute}, {@code computeIfAbsent} and {@code merge} found their key, or would insert it. */
    private static final class Slot<K, V> {
        Node<K, V>[] tab;
        int index;
        Node<K, V> first;
        Node<K, V> old;
        TreeNode<K, V> tree;
        int length;
    }

    private Slot<K, V> slot(int hash, Object key) {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        Slot<K, V> slot = new Slot<>();
        slot.tab = tab;
        slot.index = (tab.length - 1) & hash;
        Node<K, V> first = tab[slot.index];
        slot.first = first;
        if (first instanceof TreeNode) {
            slot.tree = (TreeNode<K, V>) first;
            slot.old = slot.tree.treeNode(hash, key);
        } else {
            for (Node<K, V> e = first; e != null; e = e.next) {
                if (sameKey(e, hash, key)) {
                    slot.old = e;
                    break;
                }
                slot.length++;
            }
        }
        return slot;
    }

    /** Inserts a new key where {@link #slot} looked: at the head of a list bucket, into a tree bucket's tree. */
    private void insertAt(Slot<K, V> slot, int hash, K key, V value, int expectedModCount) {
        if (slot.tree != null) {
            slot.tree.putTreeValue(this, slot.tab, hash, key, value);
        } else {
            slot.tab[slot.index] = newNode(hash, key, value, slot.first);
            if (slot.length >= TREE_LENGTH - 1) {
                treeifyBucket(slot.tab, hash);
            }
        }
        modCount = expectedModCount + 1;
        size++;
        inserted(true);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = spread(key);
        Slot<K, V> slot = slot(hash, key);
        if (slot.old != null && slot.old.value != null) {
            accessed(slot.old);
            return slot.old.value;
        }
        int expected = modCount;
        V value = mappingFunction.apply(key);
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
        if (value == null) {
            return null;
        }
        if (slot.old != null) {
            slot.old.value = value;
            accessed(slot.old);
            return value;
        }
        insertAt(slot, hash, key, value, expected);
        return value;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = node(key);
        if (e == null || e.value == null) {
            return null;
        }
        int expected = modCount;
        V value = remappingFunction.apply(key, e.value);
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
        if (value != null) {
            e.value = value;
            accessed(e);
            return value;
        }
        removeNode(spread(key), key, null, false, true);
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = spread(key);
        Slot<K, V> slot = slot(hash, key);
        int expected = modCount;
        V value = remappingFunction.apply(key, slot.old == null ? null : slot.old.value);
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
        if (slot.old != null) {
            if (value != null) {
                slot.old.value = value;
                accessed(slot.old);
            } else {
                removeNode(hash, key, null, false, true);
            }
        } else if (value != null) {
            insertAt(slot, hash, key, value, expected);
        }
        return value;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = spread(key);
        Slot<K, V> slot = slot(hash, key);
        if (slot.old == null) {
            insertAt(slot, hash, key, value, modCount);
            return value;
        }
        V merged;
        if (slot.old.value != null) {
            int expected = modCount;
            merged = remappingFunction.apply(slot.old.value, value);
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
        } else {
            merged = value;
        }
        if (merged != null) {
            slot.old.value = merged;
            accessed(slot.old);
        } else {
            removeNode(hash, key, null, false, true);
        }
        return merged;
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
    public V get(Object key) {
        Node<K, V> e = node(key);
        return e == null ? null : e.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = node(key);
        return e == null ? defaultValue : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return node(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (Node<K, V> e : tab) {
                for (; e != null; e = e.next) {
                    if (e.value == value || value != null && value.equals(e.value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public V put(K key, V value) {
        return putValue(spread(key), key, value, false, true);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putValue(spread(key), key, value, true, true);
    }

    @Override
    public void putAll(TMap<? extends K, ? extends V> map) {
        putEntries(map, true);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> e = removeNode(spread(key), key, null, false, true);
        return e == null ? null : e.value;
    }

    @Override
    public boolean remove(Object key, Object value) {
        return removeNode(spread(key), key, value, true, true) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = node(key);
        if (e != null && (e.value == oldValue || e.value != null && e.value.equals(oldValue))) {
            e.value = newValue;
            accessed(e);
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> e = node(key);
        if (e == null) {
            return null;
        }
        V old = e.value;
        e.value = value;
        accessed(e);
        return old;
    }

    @Override
    public void clear() {
        modCount++;
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; i++) {
                tab[i] = null;
            }
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        eachNode(e -> action.accept(e.key, e.value));
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        eachNode(e -> e.value = function.apply(e.key, e.value));
    }

    @Rename("clone")
    @SuppressWarnings("unchecked")
    public TObject clone0() {
        THashMap<K, V> copy;
        try {
            copy = (THashMap<K, V>) super.clone();
        } catch (TCloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        copy.reset();
        copy.putEntries(this, false);
        return copy;
    }

    // ---- views

    /** Walks the table from bucket 0 up, each bucket from its head: the JDK's iteration order. */
    abstract class Walker {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;
        int index;

        Walker() {
            expectedModCount = modCount;
            Node<K, V>[] tab = table;
            if (tab != null && size > 0) {
                advance(tab);
            }
        }

        private void advance(Node<K, V>[] tab) {
            while (index < tab.length && (next = tab[index++]) == null) {
                // skip empty buckets
            }
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = e.next;
            if (next == null && table != null) {
                advance(table);
            }
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

    final class KeyWalker extends Walker implements TIterator<K> {
        @Override
        public K next() {
            return nextNode().key;
        }
    }

    final class ValueWalker extends Walker implements TIterator<V> {
        @Override
        public V next() {
            return nextNode().value;
        }
    }

    final class EntryWalker extends Walker implements TIterator<TMap.Entry<K, V>> {
        @Override
        public TMap.Entry<K, V> next() {
            return nextNode();
        }
    }

    TIterator<K> keyIterator() {
        return new KeyWalker();
    }

    TIterator<V> valueIterator() {
        return new ValueWalker();
    }

    TIterator<TMap.Entry<K, V>> entryIterator() {
        return new EntryWalker();
    }

    /**
     * Calls {@code action} on every node in iteration order, failing afterwards if the map changed meanwhile. The
     * views' {@code forEach} and the map's {@code forEach}/{@code replaceAll} go through it, and the iterators
     * through the three methods above, so that {@link TLinkedHashMap} changes the order for all of them.
     */
    void eachNode(Consumer<? super Node<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int expected = modCount;
            for (Node<K, V> e : tab) {
                for (; e != null; e = e.next) {
                    action.accept(e);
                }
            }
            if (modCount != expected) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /**
     * {@code AbstractSet.removeAll} as the JDK decides it: removing by key when this set is the larger one, through
     * the iterator otherwise. The two remove tree nodes differently, so the choice can show in later iteration.
     */
    static boolean removeAllLikeJdk(TSet<?> self, TCollection<?> other) {
        TObjects.requireNonNull(other);
        boolean modified = false;
        if (self.size() > other.size()) {
            for (TIterator<?> it = other.iterator(); it.hasNext(); ) {
                modified |= self.remove(it.next());
            }
        } else {
            for (TIterator<?> it = self.iterator(); it.hasNext(); ) {
                if (other.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
        }
        return modified;
    }

    @Override
    public TSet<K> keySet() {
        if (cachedKeySet == null) {
            cachedKeySet = new KeySet();
        }
        return cachedKeySet;
    }

    final class KeySet extends TAbstractSet<K> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            THashMap.this.clear();
        }

        @Override
        public TIterator<K> iterator() {
            return keyIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public boolean remove(Object key) {
            return removeNode(spread(key), key, null, false, true) != null;
        }

        @Override
        public boolean removeAll(TCollection<?> c) {
            return removeAllLikeJdk(this, c);
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            eachNode(e -> action.accept(e.key));
        }
    }

    @Override
    public TCollection<V> values() {
        if (cachedValues == null) {
            cachedValues = new Values();
        }
        return cachedValues;
    }

    final class Values extends TAbstractCollection<V> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            THashMap.this.clear();
        }

        @Override
        public TIterator<V> iterator() {
            return valueIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            eachNode(e -> action.accept(e.value));
        }
    }

    @Override
    public TSet<TMap.Entry<K, V>> entrySet() {
        if (entries == null) {
            entries = new EntrySet();
        }
        return entries;
    }

    final class EntrySet extends TAbstractSet<TMap.Entry<K, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            THashMap.this.clear();
        }

        @Override
        public TIterator<TMap.Entry<K, V>> iterator() {
            return entryIterator();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Node<K, V> candidate = node(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Object key = e.getKey();
            return removeNode(spread(key), key, e.getValue(), true, true) != null;
        }

        @Override
        public boolean removeAll(TCollection<?> c) {
            return removeAllLikeJdk(this, c);
        }

        @Override
        public void forEach(Consumer<? super TMap.Entry<K, V>> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            eachNode(action::accept);
        }
    }

    // ---- tree buckets

    /**
     * A key in a bucket that became a red-black tree, ordered by hash, then by {@code compareTo} for keys of one
     * class that implements {@code Comparable}, then by class name and identity. It keeps its place in the
     * bucket's list too, which iteration follows: a new key goes right after its tree parent, and the root is moved
     * to the front after every change.
     */
    static final class TreeNode<K, V> extends TLinkedHashMap.Linked<K, V> {
        TreeNode<K, V> parent;
        TreeNode<K, V> left;
        TreeNode<K, V> right;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }

        TreeNode<K, V> root() {
            TreeNode<K, V> r = this;
            while (r.parent != null) {
                r = r.parent;
            }
            return r;
        }

        static <K, V> void moveRootToFront(Node<K, V>[] tab, TreeNode<K, V> root) {
            if (root == null || tab == null || tab.length == 0) {
                return;
            }
            int index = (tab.length - 1) & root.hash;
            TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
            if (root == first) {
                return;
            }
            tab[index] = root;
            TreeNode<K, V> before = root.prev;
            Node<K, V> after = root.next;
            if (after != null) {
                ((TreeNode<K, V>) after).prev = before;
            }
            if (before != null) {
                before.next = after;
            }
            if (first != null) {
                first.prev = root;
            }
            root.next = first;
            root.prev = null;
        }

        /** The class whose {@code compareTo} orders keys of equal hash, or null to order them by tie-break. */
        static Class<?> comparableClass(Object key) {
            return key instanceof Comparable ? key.getClass() : null;
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        static int compareComparables(Class<?> keyClass, Object key, Object other) {
            return other == null || other.getClass() != keyClass ? 0 : ((Comparable) key).compareTo(other);
        }

        static int tieBreakOrder(Object a, Object b) {
            if (a == null) {
                return -1;
            }
            if (b == null) {
                return 1;
            }
            int d = a.getClass().getName().compareTo(b.getClass().getName());
            if (d != 0) {
                return d;
            }
            return System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        }

        TreeNode<K, V> find(int hash, Object key, Class<?> keyClass) {
            TreeNode<K, V> p = this;
            while (p != null) {
                TreeNode<K, V> pl = p.left;
                TreeNode<K, V> pr = p.right;
                int dir;
                if (p.hash > hash) {
                    p = pl;
                } else if (p.hash < hash) {
                    p = pr;
                } else if (p.key == key || key != null && key.equals(p.key)) {
                    return p;
                } else if (pl == null) {
                    p = pr;
                } else if (pr == null) {
                    p = pl;
                } else if ((keyClass != null || (keyClass = comparableClass(key)) != null)
                        && (dir = compareComparables(keyClass, key, p.key)) != 0) {
                    p = dir < 0 ? pl : pr;
                } else {
                    TreeNode<K, V> q = pr.find(hash, key, keyClass);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
            return null;
        }

        TreeNode<K, V> treeNode(int hash, Object key) {
            return (parent != null ? root() : this).find(hash, key, null);
        }

        /** Builds the tree of this bucket's list, in list order, and moves its root to the front. */
        void treeify(Node<K, V>[] tab) {
            TreeNode<K, V> root = null;
            for (TreeNode<K, V> x = this, next; x != null; x = next) {
                next = (TreeNode<K, V>) x.next;
                x.left = null;
                x.right = null;
                if (root == null) {
                    x.parent = null;
                    x.red = false;
                    root = x;
                    continue;
                }
                Class<?> keyClass = null;
                for (TreeNode<K, V> p = root; ; ) {
                    int dir;
                    if (p.hash > x.hash) {
                        dir = -1;
                    } else if (p.hash < x.hash) {
                        dir = 1;
                    } else {
                        if (keyClass == null) {
                            keyClass = comparableClass(x.key);
                        }
                        dir = keyClass == null ? 0 : compareComparables(keyClass, x.key, p.key);
                        if (dir == 0) {
                            dir = tieBreakOrder(x.key, p.key);
                        }
                    }
                    TreeNode<K, V> child = dir <= 0 ? p.left : p.right;
                    if (child == null) {
                        x.parent = p;
                        if (dir <= 0) {
                            p.left = x;
                        } else {
                            p.right = x;
                        }
                        root = balanceInsertion(root, x);
                        break;
                    }
                    p = child;
                }
            }
            moveRootToFront(tab, root);
        }

        /** This bucket's list as plain nodes, in its order. */
        Node<K, V> untreeify(THashMap<K, V> map) {
            Node<K, V> head = null;
            Node<K, V> tail = null;
            for (Node<K, V> q = this; q != null; q = q.next) {
                Node<K, V> p = map.listNode(q, null);
                if (tail == null) {
                    head = p;
                } else {
                    tail.next = p;
                }
                tail = p;
            }
            return head;
        }

        TreeNode<K, V> putTreeValue(THashMap<K, V> map, Node<K, V>[] tab, int hash, K key, V value) {
            Class<?> keyClass = null;
            boolean searched = false;
            TreeNode<K, V> root = parent != null ? root() : this;
            for (TreeNode<K, V> p = root; ; ) {
                int dir;
                if (p.hash > hash) {
                    dir = -1;
                } else if (p.hash < hash) {
                    dir = 1;
                } else if (p.key == key || key != null && key.equals(p.key)) {
                    return p;
                } else {
                    if (keyClass == null) {
                        keyClass = comparableClass(key);
                    }
                    dir = keyClass == null ? 0 : compareComparables(keyClass, key, p.key);
                    if (dir == 0) {
                        if (!searched) {
                            searched = true;
                            TreeNode<K, V> q = null;
                            if (p.left != null) {
                                q = p.left.find(hash, key, keyClass);
                            }
                            if (q == null && p.right != null) {
                                q = p.right.find(hash, key, keyClass);
                            }
                            if (q != null) {
                                return q;
                            }
                        }
                        dir = tieBreakOrder(key, p.key);
                    }
                }
                TreeNode<K, V> child = dir <= 0 ? p.left : p.right;
                if (child == null) {
                    Node<K, V> after = p.next;
                    TreeNode<K, V> x = map.newTreeNode(hash, key, value, after);
                    if (dir <= 0) {
                        p.left = x;
                    } else {
                        p.right = x;
                    }
                    p.next = x;
                    x.parent = p;
                    x.prev = p;
                    if (after != null) {
                        ((TreeNode<K, V>) after).prev = x;
                    }
                    moveRootToFront(tab, balanceInsertion(root, x));
                    return null;
                }
                p = child;
            }
        }

        void removeTreeNode(THashMap<K, V> map, Node<K, V>[] tab, boolean movable) {
            if (tab == null || tab.length == 0) {
                return;
            }
            int index = (tab.length - 1) & hash;
            TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
            TreeNode<K, V> root = first;
            TreeNode<K, V> succ = (TreeNode<K, V>) next;
            TreeNode<K, V> pred = prev;
            if (pred == null) {
                first = succ;
                tab[index] = first;
            } else {
                pred.next = succ;
            }
            if (succ != null) {
                succ.prev = pred;
            }
            if (first == null) {
                return;
            }
            // the bucket's old front (the root, unless an iteration removed nodes) leads to the tree's root
            if (root.parent != null) {
                root = root.root();
            }
            if (movable && (root.right == null || root.left == null || root.left.left == null)) {
                tab[index] = first.untreeify(map);
                return;
            }
            TreeNode<K, V> p = this;
            TreeNode<K, V> pl = left;
            TreeNode<K, V> pr = right;
            TreeNode<K, V> replacement;
            if (pl != null && pr != null) {
                TreeNode<K, V> s = pr;
                while (s.left != null) {
                    s = s.left;
                }
                boolean color = s.red;
                s.red = p.red;
                p.red = color;
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
                    root = s;
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
                    root = replacement;
                    root.red = false;
                } else if (p == pp.left) {
                    pp.left = replacement;
                } else {
                    pp.right = replacement;
                }
                p.left = null;
                p.right = null;
                p.parent = null;
            }
            TreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
            if (replacement == p) {
                TreeNode<K, V> pp = p.parent;
                p.parent = null;
                if (pp != null) {
                    if (p == pp.left) {
                        pp.left = null;
                    } else if (p == pp.right) {
                        pp.right = null;
                    }
                }
            }
            if (movable) {
                moveRootToFront(tab, r);
            }
        }

        /** Moves a tree bucket to its two halves in a doubled table, each a list or a tree by its length. */
        void split(THashMap<K, V> map, Node<K, V>[] tab, int index, int bit) {
            TreeNode<K, V> lowHead = null;
            TreeNode<K, V> lowTail = null;
            TreeNode<K, V> highHead = null;
            TreeNode<K, V> highTail = null;
            int lowCount = 0;
            int highCount = 0;
            for (TreeNode<K, V> e = this, next; e != null; e = next) {
                next = (TreeNode<K, V>) e.next;
                e.next = null;
                if ((e.hash & bit) == 0) {
                    e.prev = lowTail;
                    if (lowTail == null) {
                        lowHead = e;
                    } else {
                        lowTail.next = e;
                    }
                    lowTail = e;
                    lowCount++;
                } else {
                    e.prev = highTail;
                    if (highTail == null) {
                        highHead = e;
                    } else {
                        highTail.next = e;
                    }
                    highTail = e;
                    highCount++;
                }
            }
            if (lowHead != null) {
                if (lowCount <= LIST_LENGTH) {
                    tab[index] = lowHead.untreeify(map);
                } else {
                    tab[index] = lowHead;
                    if (highHead != null) {
                        lowHead.treeify(tab);
                    }
                }
            }
            if (highHead != null) {
                if (highCount <= LIST_LENGTH) {
                    tab[index + bit] = highHead.untreeify(map);
                } else {
                    tab[index + bit] = highHead;
                    if (lowHead != null) {
                        highHead.treeify(tab);
                    }
                }
            }
        }

        static <K, V> TreeNode<K, V> rotateLeft(TreeNode<K, V> root, TreeNode<K, V> p) {
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

        static <K, V> TreeNode<K, V> rotateRight(TreeNode<K, V> root, TreeNode<K, V> p) {
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

        static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> x) {
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
                if (xp == xpp.left) {
                    TreeNode<K, V> uncle = xpp.right;
                    if (uncle != null && uncle.red) {
                        uncle.red = false;
                        xp.red = false;
                        xpp.red = true;
                        x = xpp;
                        continue;
                    }
                    if (x == xp.right) {
                        x = xp;
                        root = rotateLeft(root, x);
                        xp = x.parent;
                        xpp = xp == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                } else {
                    TreeNode<K, V> uncle = xpp.left;
                    if (uncle != null && uncle.red) {
                        uncle.red = false;
                        xp.red = false;
                        xpp.red = true;
                        x = xpp;
                        continue;
                    }
                    if (x == xp.left) {
                        x = xp;
                        root = rotateRight(root, x);
                        xp = x.parent;
                        xpp = xp == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }

        private static boolean isRed(TreeNode<?, ?> node) {
            return node != null && node.red;
        }

        static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> x) {
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
                if (xp.left == x) {
                    TreeNode<K, V> sibling = xp.right;
                    if (isRed(sibling)) {
                        sibling.red = false;
                        xp.red = true;
                        root = rotateLeft(root, xp);
                        xp = x.parent;
                        sibling = xp == null ? null : xp.right;
                    }
                    if (sibling == null) {
                        x = xp;
                        continue;
                    }
                    if (!isRed(sibling.left) && !isRed(sibling.right)) {
                        sibling.red = true;
                        x = xp;
                        continue;
                    }
                    if (!isRed(sibling.right)) {
                        if (sibling.left != null) {
                            sibling.left.red = false;
                        }
                        sibling.red = true;
                        root = rotateRight(root, sibling);
                        xp = x.parent;
                        sibling = xp == null ? null : xp.right;
                    }
                    if (sibling != null) {
                        sibling.red = xp != null && xp.red;
                        if (sibling.right != null) {
                            sibling.right.red = false;
                        }
                    }
                    if (xp != null) {
                        xp.red = false;
                        root = rotateLeft(root, xp);
                    }
                    x = root;
                } else {
                    TreeNode<K, V> sibling = xp.left;
                    if (isRed(sibling)) {
                        sibling.red = false;
                        xp.red = true;
                        root = rotateRight(root, xp);
                        xp = x.parent;
                        sibling = xp == null ? null : xp.left;
                    }
                    if (sibling == null) {
                        x = xp;
                        continue;
                    }
                    if (!isRed(sibling.left) && !isRed(sibling.right)) {
                        sibling.red = true;
                        x = xp;
                        continue;
                    }
                    if (!isRed(sibling.left)) {
                        if (sibling.right != null) {
                            sibling.right.red = false;
                        }
                        sibling.red = true;
                        root = rotateLeft(root, sibling);
                        xp = x.parent;
                        sibling = xp == null ? null : xp.left;
                    }
                    if (sibling != null) {
                        sibling.red = xp != null && xp.red;
                        if (sibling.left != null) {
                            sibling.left.red = false;
                        }
                    }
                    if (xp != null) {
                        xp.red = false;
                        root = rotateRight(root, xp);
                    }
                    x = root;
                }
            }
        }
    }
}
