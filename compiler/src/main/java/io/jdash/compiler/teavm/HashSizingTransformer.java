package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Puts the build JDK's rules for the layout of hash maps and sets into the bundle's {@code HashMap}, {@code HashSet},
 * {@code WeakHashMap}, {@code ConcurrentHashMap} and {@code Properties}, since the layout decides the iteration
 * order: Java 19 changed how copies and {@code putAll} size their tables ({@code new HashMap<>(map)} of 12 entries
 * gets 16 buckets, not 32) and when a {@code WeakHashMap} grows, and Java 18 made {@code Properties.store} sort its
 * entries. Each rule is observed on this JVM, not inferred from its version.
 */
final class HashSizingTransformer implements ClassHolderTransformer {
    private static final String COPY_RULE = "sizesCopiesByCeiling";
    /** Each class and the rules it asks about: the method's name and the build JDK's answer. */
    private static final Map<String, Map<String, Boolean>> RULES = Map.of(
            "java.util.HashMap",
            Map.of(COPY_RULE, mapCopySizedByCeiling()),
            "java.util.HashSet",
            Map.of(COPY_RULE, setCopySizedByCeiling()),
            "java.util.WeakHashMap",
            Map.of(COPY_RULE, weakCopySizedByCeiling(), "growsOnReachingThreshold", weakGrowsOnReachingThreshold()),
            "java.util.Properties",
            Map.of("storesSortedByKey", propertiesStoredSortedByKey()),
            "java.util.concurrent.ConcurrentHashMap",
            Map.of(
                    "sizesCopiesFromTheirSize",
                    concurrentCopySizedFromItsSize(),
                    "presizesEveryPutAll",
                    concurrentPresizesEveryPutAll()));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        Map<String, Boolean> rules = RULES.get(cls.getName());
        if (rules == null) {
            return;
        }
        for (Map.Entry<String, Boolean> rule : rules.entrySet()) {
            MethodDescriptor descriptor = new MethodDescriptor(rule.getKey(), ValueType.BOOLEAN);
            MethodHolder method = cls.getMethod(descriptor);
            if (method == null) {
                throw new IllegalStateException(
                        cls.getName() + " has no " + descriptor + ": jdash-runtime-js must shadow it");
            }
            ProgramEmitter.create(method, context.getHierarchy())
                    .constant(rule.getValue() ? 1 : 0)
                    .returnValue();
        }
    }

    /**
     * Twelve keys, 16 first: in a table of 16 buckets 16 shares bucket 0 with 0 and comes first; in one of 32 it
     * comes last.
     */
    private static List<Integer> probeKeys() {
        List<Integer> keys = new ArrayList<>(List.of(16));
        for (int i = 0; i < 11; i++) {
            keys.add(i);
        }
        return keys;
    }

    static boolean mapCopySizedByCeiling() {
        Map<Integer, Integer> source = new LinkedHashMap<>();
        for (Integer key : probeKeys()) {
            source.put(key, key);
        }
        return new HashMap<>(source).keySet().iterator().next() == 16;
    }

    /**
     * Five keys, 8 first: a copy sized from its size (Java 19+) has a table of 8 buckets, where 8 shares bucket 0 with
     * 0 and comes first; one that starts at the default capacity has 16, where 0 comes first.
     */
    static boolean concurrentCopySizedFromItsSize() {
        Map<Integer, Integer> source = new LinkedHashMap<>();
        for (int key : new int[] {8, 0, 1, 2, 3}) {
            source.put(key, key);
        }
        return new java.util.concurrent.ConcurrentHashMap<>(source)
                        .keySet()
                        .iterator()
                        .next()
                == 8;
    }

    /**
     * The twelve keys again: {@code WeakHashMap} scrambles 16 into bucket 17 of 32 (its iterators start at the last
     * bucket, so it comes first) or bucket 1 of 16 (it comes late).
     */
    static boolean weakCopySizedByCeiling() {
        Map<Integer, Integer> source = new LinkedHashMap<>();
        for (Integer key : probeKeys()) {
            source.put(key, key);
        }
        return new java.util.WeakHashMap<>(source).keySet().iterator().next() != 16;
    }

    /**
     * The twelve keys put one by one: a {@code WeakHashMap} that grows when its size reaches the threshold (Java 17)
     * holds them in 32 buckets, 16 first; one that grows past it (Java 19+), in 16.
     */
    static boolean weakGrowsOnReachingThreshold() {
        Map<Integer, Integer> map = new java.util.WeakHashMap<>();
        for (Integer key : probeKeys()) {
            map.put(key, key);
        }
        return map.keySet().iterator().next() == 16;
    }

    /**
     * Eight keys, 16 last, put into an empty map at once: sized for them before the table exists (Java 17), the table
     * has 32 buckets and 16 comes last; made when the first key arrives, it has 16 and 16 follows 0 in bucket 0.
     */
    static boolean concurrentPresizesEveryPutAll() {
        Map<Integer, Integer> source = new LinkedHashMap<>();
        for (int key : new int[] {0, 1, 2, 3, 4, 5, 6, 16}) {
            source.put(key, key);
        }
        Map<Integer, Integer> map = new java.util.concurrent.ConcurrentHashMap<>();
        map.putAll(source);
        Iterator<Integer> keys = map.keySet().iterator();
        keys.next();
        return keys.next() != 16;
    }

    /**
     * {@code q} comes before {@code b} in the map of a {@code Properties}; {@code store} writes {@code b} first where
     * it sorts the entries by key (Java 18+).
     */
    static boolean propertiesStoredSortedByKey() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("b", "1");
        properties.setProperty("q", "2");
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            properties.store(text, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString().indexOf("b=") < text.toString().indexOf("q=");
    }

    static boolean setCopySizedByCeiling() {
        return new HashSet<>(probeKeys()).iterator().next() == 16;
    }
}
