package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Puts the build JDK's rule for sizing copied hash maps and sets into the bundle's {@code HashMap} and
 * {@code HashSet}: Java 19 changed both ({@code new HashMap<>(map)} of 12 entries gets a table of 16 buckets, not
 * 32), and the table size decides the iteration order. Each rule is observed on this JVM, not inferred from its
 * version.
 */
final class HashSizingTransformer implements ClassHolderTransformer {
    private static final MethodDescriptor RULE = new MethodDescriptor("sizesCopiesByCeiling", ValueType.BOOLEAN);
    private static final Map<String, Boolean> RULES = Map.of(
            "java.util.HashMap", mapCopySizedByCeiling(),
            "java.util.HashSet", setCopySizedByCeiling());

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        Boolean rule = RULES.get(cls.getName());
        if (rule == null) {
            return;
        }
        MethodHolder method = cls.getMethod(RULE);
        if (method == null) {
            throw new IllegalStateException(cls.getName() + " has no " + RULE + ": jdash-runtime-js must shadow it");
        }
        ProgramEmitter.create(method, context.getHierarchy())
                .constant(rule ? 1 : 0)
                .returnValue();
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

    static boolean setCopySizedByCeiling() {
        return new HashSet<>(probeKeys()).iterator().next() == 16;
    }
}
