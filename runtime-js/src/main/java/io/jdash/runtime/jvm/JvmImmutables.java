package io.jdash.runtime.jvm;

import java.util.Map;
import java.util.Objects;

/**
 * The JDK's checks of {@code Set.of}, {@code Map.of} and {@code Map.ofEntries}, in the JDK's order: each element (or
 * key, then value) must not be null, and none may equal an earlier one ({@code duplicate element: x},
 * {@code duplicate key: k}). TeaVM's threw without a message, and checked every null before any duplicate. The
 * compiler runs these before TeaVM's own factories.
 */
public final class JvmImmutables {
    private JvmImmutables() {}

    /** The elements of {@code Set.of}. */
    public static void checkElements(Object[] elements) {
        for (int i = 0; i < elements.length; i++) {
            Object e = Objects.requireNonNull(elements[i]);
            for (int j = 0; j < i; j++) {
                if (e.equals(elements[j])) {
                    // two elements are the JDK's Set12, which names the first
                    throw new IllegalArgumentException(
                            "duplicate element: " + (elements.length == 2 ? elements[0] : e));
                }
            }
        }
    }

    /** Keys and values of {@code Map.of}, alternating. */
    public static void checkKeysAndValues(Object[] keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object k = Objects.requireNonNull(keysAndValues[i]);
            Objects.requireNonNull(keysAndValues[i + 1]);
            for (int j = 0; j < i; j += 2) {
                if (k.equals(keysAndValues[j])) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
            }
        }
    }

    /** The entries of {@code Map.ofEntries}. */
    public static void checkEntries(Map.Entry<?, ?>[] entries) {
        Object[] keysAndValues = new Object[entries.length * 2];
        for (int i = 0; i < entries.length; i++) {
            keysAndValues[2 * i] = entries[i].getKey();
            keysAndValues[2 * i + 1] = entries[i].getValue();
        }
        checkKeysAndValues(keysAndValues);
    }
}
