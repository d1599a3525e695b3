package io.jdash.runtime.jvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * {@code Collectors.joining} and {@code toMap} with the JVM's results. TeaVM's joining skips the delimiter after an
 * empty first element ({@code ["", "b"]} gives {@code "b"}, not {@code ",b"}) and fails on a null element (the JVM
 * writes {@code "null"}); its toMap words a duplicate key otherwise.
 */
public final class JvmCollectors {
    private JvmCollectors() {}

    /** {@code Collectors.joining()}. */
    public static Collector<CharSequence, ?, String> joining() {
        return joining("", "", "");
    }

    /** {@code Collectors.joining(delimiter)}. */
    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    /** {@code Collectors.joining(delimiter, prefix, suffix)}. */
    public static Collector<CharSequence, ?, String> joining(
            CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        String d = delimiter.toString();
        String p = prefix.toString();
        String s = suffix.toString();
        return Collector.<CharSequence, List<String>, String>of(
                ArrayList::new,
                (list, item) -> list.add(String.valueOf(item)),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                },
                list -> {
                    StringBuilder sb = new StringBuilder(p);
                    for (int i = 0; i < list.size(); i++) {
                        if (i > 0) {
                            sb.append(d);
                        }
                        sb.append(list.get(i));
                    }
                    return sb.append(s).toString();
                });
    }

    /**
     * {@code Collectors.toMap(keyMapper, valueMapper)}: a HashMap; a null value throws NullPointerException, a key
     * met twice IllegalStateException "Duplicate key k (attempted merging values u and v)".
     */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        return Collector.<T, Map<K, U>>of(
                HashMap::new,
                (map, element) -> putUnique(map, keyMapper.apply(element), valueMapper.apply(element)),
                (a, b) -> {
                    for (Map.Entry<K, U> e : b.entrySet()) {
                        putUnique(a, e.getKey(), e.getValue());
                    }
                    return a;
                },
                Collector.Characteristics.IDENTITY_FINISH);
    }

    private static <K, U> void putUnique(Map<K, U> map, K key, U value) {
        U old = map.putIfAbsent(key, Objects.requireNonNull(value));
        if (old != null) {
            throw new IllegalStateException(
                    "Duplicate key " + key + " (attempted merging values " + old + " and " + value + ")");
        }
    }

    /**
     * {@code Collectors.reducing(BinaryOperator)} (and so {@code minBy}/{@code maxBy}): empty when nothing was
     * collected, and a null result is an empty {@code Optional} as the JDK's ({@code ofNullable}; TeaVM's threw
     * NullPointerException).
     */
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        return Collector.<T, Reduction<T>, Optional<T>>of(
                () -> new Reduction<>(op),
                Reduction::accept,
                (a, b) -> {
                    if (b.present) {
                        a.accept(b.value);
                    }
                    return a;
                },
                a -> Optional.ofNullable(a.value));
    }

    private static final class Reduction<T> {
        private final BinaryOperator<T> op;
        private T value;
        private boolean present;

        Reduction(BinaryOperator<T> op) {
            this.op = op;
        }

        void accept(T t) {
            value = present ? op.apply(value, t) : t;
            present = true;
        }
    }
}
