package io.jdash.runtime.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;

/**
 * {@code Collectors.joining} with the JVM's results. TeaVM's version skips the delimiter after an empty first
 * element ({@code ["", "b"]} gives {@code "b"}, not {@code ",b"}) and fails on a null element (the JVM writes
 * {@code "null"}).
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
}
