package io.jdash.runtime.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Java 9-17 methods of {@code String}, {@code Character} and {@code Stream} that TeaVM's class library lacks, with
 * the JDK's results; the compiler adds them to the JDK classes as calls to these methods.
 */
public final class JvmApis {
    private JvmApis() {}

    /** {@code String.lines()}: the lines split at {@code \n}, {@code \r} or {@code \r\n}, without a last empty one. */
    public static Stream<String> lines(String s) {
        return JvmStreams.unsized(splitLines(s));
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

    /**
     * {@code String.translateEscapes()} (Java 15) as the JDK's: the escapes of a Java string literal (octal ones of up
     * to three digits, {@code \\s}, a backslash before a line end joins the lines) and its exception for any other
     * ({@code \\u} among them: "Invalid escape sequence: \\u \\\\u0075"); TeaVM's kept unknown escapes.
     */
    public static String translateEscapes(String s) {
        char[] chars = s.toCharArray();
        int length = chars.length;
        int from = 0;
        int to = 0;
        while (from < length) {
            char ch = chars[from++];
            if (ch == '\\') {
                ch = from < length ? chars[from++] : '\0';
                switch (ch) {
                    case 'b' -> ch = '\b';
                    case 'f' -> ch = '\f';
                    case 'n' -> ch = '\n';
                    case 'r' -> ch = '\r';
                    case 's' -> ch = ' ';
                    case 't' -> ch = '\t';
                    case '\'', '"', '\\' -> {}
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int limit = Math.min(from + (ch <= '3' ? 2 : 1), length);
                        int code = ch - '0';
                        while (from < limit && chars[from] >= '0' && chars[from] <= '7') {
                            code = (code << 3) | (chars[from++] - '0');
                        }
                        ch = (char) code;
                    }
                    case '\n' -> {
                        continue;
                    }
                    case '\r' -> {
                        if (from < length && chars[from] == '\n') {
                            from++;
                        }
                        continue;
                    }
                    default -> {
                        throw new IllegalArgumentException(
                                "Invalid escape sequence: \\" + ch + " \\\\u" + JvmIndexChecks.upperHex(ch, 4));
                    }
                }
            }
            chars[to++] = ch;
        }
        return new String(chars, 0, to);
    }

    /**
     * {@code String.indexOf(String, int)}: a start beyond the end finds the empty string at the end, and a negative
     * one starts at 0 (TeaVM's answered -1, or the negative start).
     */
    public static int indexOf(String s, String str, int from) {
        return search(s, str, from);
    }

    /** {@code StringBuilder.indexOf(String, int)}: as {@link #indexOf(String, String, int)}. */
    public static int indexOf(StringBuilder s, String str, int from) {
        return search(s, str, from);
    }

    /** {@code StringBuffer.indexOf(String, int)}: as {@link #indexOf(String, String, int)}. */
    public static int indexOf(StringBuffer s, String str, int from) {
        return search(s, str, from);
    }

    private static int search(CharSequence s, String str, int from) {
        int length = s.length();
        int count = str.length();
        if (from >= length) {
            return count == 0 ? length : -1;
        }
        outer:
        for (int i = Math.max(from, 0); i <= length - count; i++) {
            for (int j = 0; j < count; j++) {
                if (s.charAt(i + j) != str.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code String.startsWith(String, int)}: false for a negative offset (TeaVM's matched an empty prefix there). */
    public static boolean startsWith(String s, String prefix, int offset) {
        return offset >= 0
                && offset <= s.length() - prefix.length()
                && s.regionMatches(offset, prefix, 0, prefix.length());
    }

    /**
     * {@code String.stripIndent()} (Java 15) as the JDK's: the least indentation of the non-blank lines (and of a
     * blank last line) comes off every line, trailing white space too, lines end with {@code \n}, and a text ending
     * with a line end keeps its indentation (TeaVM's kept trailing white space).
     */
    public static String stripIndent(String s) {
        int length = s.length();
        if (length == 0) {
            return "";
        }
        char lastChar = s.charAt(length - 1);
        boolean optOut = lastChar == '\n' || lastChar == '\r';
        List<String> lines = splitLines(s);
        int outdent = optOut ? 0 : outdent(lines);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            String line = lines.get(i);
            int first = firstNonWhitespace(line);
            int last = endOfNonWhitespace(line);
            if (first <= last) {
                sb.append(line, Math.min(outdent, first), last);
            }
        }
        return optOut ? sb.append('\n').toString() : sb.toString();
    }

    private static int outdent(List<String> lines) {
        int outdent = Integer.MAX_VALUE;
        for (String line : lines) {
            int leading = firstNonWhitespace(line);
            if (leading != line.length()) {
                outdent = Math.min(outdent, leading);
            }
        }
        String lastLine = lines.get(lines.size() - 1);
        if (firstNonWhitespace(lastLine) == lastLine.length()) {
            outdent = Math.min(outdent, lastLine.length());
        }
        return outdent;
    }

    private static int firstNonWhitespace(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static int endOfNonWhitespace(String s) {
        int i = s.length();
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (!Character.isWhitespace(c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    /** {@code String.describeConstable()} (Java 12): the string itself, present. */
    public static Optional<String> describeConstable(String s) {
        return Optional.of(s);
    }

    /** {@code Character.toString(int)}: the code point as a string; the JDK's message for an invalid one. */
    public static String codePointToString(int codePoint) {
        JvmIndexChecks.validCodePoint(codePoint);
        return new String(Character.toChars(codePoint));
    }

    /**
     * {@code CharSequence.compare} (Java 11), which is also {@code StringBuilder.compareTo} and
     * {@code StringBuffer.compareTo}: the difference of the first differing chars, else of the lengths.
     */
    public static int compareChars(CharSequence a, CharSequence b) {
        if (java.util.Objects.requireNonNull(a) == java.util.Objects.requireNonNull(b)) {
            return 0;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** {@code StringBuilder.compareTo(StringBuilder)}. */
    public static int compareTo(StringBuilder a, StringBuilder b) {
        return compareChars(a, b);
    }

    /** {@code StringBuffer.compareTo(StringBuffer)}. */
    public static int compareTo(StringBuffer a, StringBuffer b) {
        return compareChars(a, b);
    }

    /** The bridge {@code compareTo(Object)} of StringBuilder's {@code Comparable<StringBuilder>}. */
    public static int compareTo(StringBuilder a, Object b) {
        return compareChars(a, (StringBuilder) b);
    }

    /** The bridge {@code compareTo(Object)} of StringBuffer's {@code Comparable<StringBuffer>}. */
    public static int compareTo(StringBuffer a, Object b) {
        return compareChars(a, (StringBuffer) b);
    }

    /** {@code Stream.ofNullable(Object)}: an empty stream for null, else a stream of the one value. */
    public static <T> Stream<T> streamOfNullable(T value) {
        return value == null ? Stream.empty() : Stream.of(value);
    }

    /** {@code String.isBlank()}: every code point is white space by {@code Character.isWhitespace}. */
    public static boolean isBlank(String s) {
        return leadingWhitespace(s) == s.length();
    }

    /**
     * {@code Enum.valueOf(Class, String)}: the constant of that name; the JDK's message names the enum by its
     * canonical name (a nested enum's {@code $} is a dot).
     */
    public static <T extends Enum<T>> T enumValueOf(Class<T> type, String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (T constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("No enum constant " + type.getName().replace('$', '.') + "." + name);
    }

    /** {@code String.strip()}: without leading and trailing {@code Character.isWhitespace} characters. */
    public static String strip(String s) {
        int leading = leadingWhitespace(s);
        return leading == s.length() ? "" : s.substring(leading, s.length() - trailingWhitespace(s));
    }

    /** {@code String.stripLeading()}. */
    public static String stripLeading(String s) {
        return s.substring(leadingWhitespace(s));
    }

    /** {@code String.stripTrailing()}. */
    public static String stripTrailing(String s) {
        return s.substring(0, s.length() - trailingWhitespace(s));
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingWhitespace(String s) {
        int n = 0;
        while (n < s.length() && Character.isWhitespace(s.charAt(s.length() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** {@code DoubleSummaryStatistics.toString()} as the JDK writes it. */
    public static String summaryText(java.util.DoubleSummaryStatistics s) {
        return String.format(
                "%s{count=%d, sum=%f, min=%f, average=%f, max=%f}",
                s.getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    /** {@code IntSummaryStatistics.toString()} as the JDK writes it. */
    public static String summaryText(java.util.IntSummaryStatistics s) {
        return String.format(
                "%s{count=%d, sum=%d, min=%d, average=%f, max=%d}",
                s.getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    /** {@code LongSummaryStatistics.toString()} as the JDK writes it. */
    public static String summaryText(java.util.LongSummaryStatistics s) {
        return String.format(
                "%s{count=%d, sum=%d, min=%d, average=%f, max=%d}",
                s.getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    /** {@code IllegalFormatConversionException.getMessage()} as the JDK words it: "d != java.lang.Double". */
    public static String conversionMessage(java.util.IllegalFormatConversionException e) {
        return Character.toLowerCase(e.getConversion()) + " != "
                + e.getArgumentClass().getName();
    }

    /** {@code UnknownFormatConversionException.getMessage()} as the JDK words it: "Conversion = 'q'". */
    public static String unknownConversionMessage(java.util.UnknownFormatConversionException e) {
        return "Conversion = '" + e.getConversion() + "'";
    }

    /** {@code IllegalFormatFlagsException.getMessage()}: "Flags = '-0'". */
    public static String illegalFlagsMessage(java.util.IllegalFormatFlagsException e) {
        return "Flags = '" + e.getFlags() + "'";
    }

    /** {@code DuplicateFormatFlagsException.getMessage()}: "Flags = '--'". */
    public static String duplicateFlagsMessage(java.util.DuplicateFormatFlagsException e) {
        return "Flags = '" + e.getFlags() + "'";
    }

    /** {@code IllegalFormatPrecisionException.getMessage()}: the precision alone. */
    public static String precisionMessage(java.util.IllegalFormatPrecisionException e) {
        return Integer.toString(e.getPrecision());
    }

    /** {@code FormatFlagsConversionMismatchException.getMessage()}: "Conversion = s, Flags = #". */
    public static String mismatchMessage(java.util.FormatFlagsConversionMismatchException e) {
        return "Conversion = " + e.getConversion() + ", Flags = " + e.getFlags();
    }

    /** {@code IllegalFormatCodePointException.getMessage()}: "Code point = 0x110000". */
    public static String codePointMessage(java.util.IllegalFormatCodePointException e) {
        return "Code point = 0x" + Integer.toHexString(e.getCodePoint());
    }

    /** {@code MissingFormatWidthException.getMessage()}: the specifier alone. */
    public static String missingWidthMessage(java.util.MissingFormatWidthException e) {
        return e.getFormatSpecifier();
    }

    /** {@code Optional.toString()} as the JDK writes it. */
    public static String optionalText(java.util.Optional<?> o) {
        return o.isPresent() ? "Optional[" + o.get() + "]" : "Optional.empty";
    }

    /** {@code OptionalDouble.toString()} as the JDK writes it. */
    public static String optionalText(java.util.OptionalDouble o) {
        return o.isPresent() ? "OptionalDouble[" + o.getAsDouble() + "]" : "OptionalDouble.empty";
    }

    /** {@code OptionalInt.toString()} as the JDK writes it. */
    public static String optionalText(java.util.OptionalInt o) {
        return o.isPresent() ? "OptionalInt[" + o.getAsInt() + "]" : "OptionalInt.empty";
    }

    /** {@code OptionalLong.toString()} as the JDK writes it. */
    public static String optionalText(java.util.OptionalLong o) {
        return o.isPresent() ? "OptionalLong[" + o.getAsLong() + "]" : "OptionalLong.empty";
    }

    /** {@code Long.hashCode(long)}, which TeaVM has only as a private method: the two halves exclusive-or'ed. */
    public static int longHashCode(long value) {
        return (int) (value ^ value >>> 32);
    }

    /**
     * {@code Collection.parallelStream()}: the collection's sequential stream, as the browser has one thread; the
     * JDK's parallel stream gives the same results for what its contract fixes (ordered collecting, associative
     * reductions), not for {@code forEach} order or {@code findAny}.
     */
    public static <E> Stream<E> parallelStream(java.util.Collection<E> collection) {
        return collection.stream();
    }

    /**
     * {@code IntStream.parallel()} and {@code sequential()} as the primitive streams declare them (TeaVM's have only
     * {@code BaseStream}'s): the stream itself, which runs sequentially, as {@link #parallelStream} does.
     */
    public static java.util.stream.IntStream sameInts(java.util.stream.IntStream stream) {
        return stream;
    }

    /** {@code LongStream.parallel()} and {@code sequential()}: as {@link #sameInts}. */
    public static java.util.stream.LongStream sameLongs(java.util.stream.LongStream stream) {
        return stream;
    }

    /** {@code DoubleStream.parallel()} and {@code sequential()}: as {@link #sameInts}. */
    public static java.util.stream.DoubleStream sameDoubles(java.util.stream.DoubleStream stream) {
        return stream;
    }

    /** {@code Enumeration.asIterator()}: an iterator over what the enumeration has left, without {@code remove}. */
    public static <E> java.util.Iterator<E> asIterator(java.util.Enumeration<E> enumeration) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return enumeration.hasMoreElements();
            }

            @Override
            public E next() {
                return enumeration.nextElement();
            }
        };
    }

    /** {@code BigInteger.sqrtAndRemainder()}: the integer square root and what is left, {@code this - s * s}. */
    public static java.math.BigInteger[] sqrtAndRemainder(java.math.BigInteger value) {
        java.math.BigInteger root = value.sqrt();
        return new java.math.BigInteger[] {root, value.subtract(root.multiply(root))};
    }

    /** The JDK's message of an index exception made from an index ({@code "Array index out of range: 5"}). */
    public static String indexMessage(String prefix, int index) {
        return prefix + index;
    }

    /** As {@link #indexMessage(String, int)}, for {@code IndexOutOfBoundsException(long)} (Java 16). */
    public static String indexMessage(String prefix, long index) {
        return prefix + index;
    }

    /** {@code Vector.elements()}: ends with the JDK's {@code NoSuchElementException("Vector Enumeration")}. */
    public static <E> java.util.Enumeration<E> vectorElements(java.util.Vector<E> vector) {
        return new java.util.Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < vector.size();
            }

            @Override
            public E nextElement() {
                if (next < vector.size()) {
                    return vector.get(next++);
                }
                throw new java.util.NoSuchElementException("Vector Enumeration");
            }
        };
    }

    /** {@code Class.toString}: {@code class java.lang.String}, {@code interface java.lang.Runnable}, {@code int}. */
    public static String classText(Class<?> self) {
        return (self.isInterface() ? "interface " : self.isPrimitive() ? "" : "class ") + self.getName();
    }

    /** {@code OptionalDouble.equals}: values compared as {@code Double.compare} does, so NaN equals NaN. */
    public static boolean optionalEquals(java.util.OptionalDouble self, Object other) {
        if (self == other) {
            return true;
        }
        if (!(other instanceof java.util.OptionalDouble o)) {
            return false;
        }
        return self.isPresent() && o.isPresent()
                ? Double.compare(self.getAsDouble(), o.getAsDouble()) == 0
                : self.isPresent() == o.isPresent();
    }

    /** Before {@code EnumSet.range}: Java's refusal of a reversed range, which names both ends. */
    public static <E extends Enum<E>> void enumRange(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
    }

    /** Before {@code new EnumMap(Map)}: an empty map that is not an {@code EnumMap} names no key type. */
    public static void enumMapSource(java.util.Map<?, ?> source) {
        if (!(source instanceof java.util.EnumMap) && source.isEmpty()) {
            throw new IllegalArgumentException("Specified map is empty");
        }
    }

    /** Before {@code EnumSet.copyOf(Collection)}: an empty collection that is not an {@code EnumSet} names no type. */
    public static void enumSetSource(java.util.Collection<?> source) {
        if (!(source instanceof java.util.EnumSet) && source.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
    }
}
