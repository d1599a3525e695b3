package io.jdash.runtime.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Java 9-17 methods of {@code String}, {@code Character} and {@code Stream} that TeaVM's class library lacks, with
 * the JDK's results; the compiler adds them to the JDK classes as calls to these methods.
 */
public final class JvmApis {
    private JvmApis() {
    }

    /** {@code String.lines()}: the lines split at {@code \n}, {@code \r} or {@code \r\n}, without a last empty one. */
    public static Stream<String> lines(String s) {
        return splitLines(s).stream();
    }

    private static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < length && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /**
     * {@code String.indent(int)}: each line gets {@code n} more spaces, or loses up to {@code -n} leading white space
     * characters ({@code Character.isWhitespace}); every line, the last too, then ends with {@code \n}.
     */
    public static String indent(String s, int n) {
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : splitLines(s)) {
            if (n > 0) {
                for (int i = 0; i < n; i++) {
                    sb.append(' ');
                }
                sb.append(line);
            } else if (n < 0) {
                int skip = 0;
                while (skip < -n && skip < line.length() && Character.isWhitespace(line.charAt(skip))) {
                    skip++;
                }
                sb.append(line, skip, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code String.transform(Function)}: the function applied to the string. */
    public static Object transform(String s, Function<? super String, ?> f) {
        return f.apply(s);
    }

    /** {@code Character.toString(int)}: the code point as a string; the JDK's message for an invalid one. */
    public static String codePointToString(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                    + Integer.toHexString(codePoint).toUpperCase());
        }
        return new String(Character.toChars(codePoint));
    }

    /** {@code Stream.ofNullable(Object)}: an empty stream for null, else a stream of the one value. */
    public static <T> Stream<T> streamOfNullable(T value) {
        return value == null ? Stream.empty() : Stream.of(value);
    }
}
