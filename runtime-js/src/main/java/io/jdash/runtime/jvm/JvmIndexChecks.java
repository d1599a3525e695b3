package io.jdash.runtime.jvm;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The argument checks of JDK methods whose exceptions TeaVM's class library throws without the JDK's message (or
 * not at all): the compiler calls these at the start of the JDK method, before TeaVM's body, so a bad index gets
 * the exception class and message Java 17 gives. Each check is the JDK's own condition, so a call the JDK accepts
 * passes through unchanged.
 */
public final class JvmIndexChecks {
    private JvmIndexChecks() {}

    /**
     * {@code String.charAt}: Java 17 words it by the string's internal coder, Latin-1 when every char is at most
     * U+00FF ("String index out of range: 5"), else UTF-16 ("index 5, length 3").
     */
    public static void stringCharAt(String s, int index) {
        if (index < 0 || index >= s.length()) {
            throw new StringIndexOutOfBoundsException(
                    isLatin1(s) ? "String index out of range: " + index : "index " + index + ", length " + s.length());
        }
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** {@code String.codePointAt}, and {@code charAt}/{@code deleteCharAt}/{@code setCharAt} of a builder. */
    public static void index(CharSequence s, int index) {
        if (index < 0 || index >= s.length()) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + s.length());
        }
    }

    /** {@code String.substring(int)}: as {@code substring(begin, length())}. */
    public static void substring(String s, int begin) {
        substring(s, begin, s.length());
    }

    /** {@code String.substring(int, int)} and {@code subSequence}. */
    public static void substring(String s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + s.length());
        }
    }

    /** {@code String.valueOf(char[], int, int)}. */
    public static void offsetCount(char[] data, int offset, int count) {
        offsetCount(data.length, offset, count);
    }

    /**
     * In {@code new String(char[], offset, count)}, where TeaVM's calls {@code Objects.checkFromIndexSize}: the
     * JDK's exception for a range outside the array; the offset otherwise.
     */
    public static int stringRange(int offset, int count, int length) {
        offsetCount(length, offset, count);
        return offset;
    }

    /** {@code String.repeat(int)}. */
    public static void repeatCount(String s, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }

    /** The {@code insert(int, ...)} methods of a builder. */
    public static void insertOffset(CharSequence builder, int offset) {
        if (offset < 0 || offset > builder.length()) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + builder.length());
        }
    }

    /** A builder's {@code substring(int)}: up to its length. */
    public static void builderRange(CharSequence builder, int start) {
        range(start, builder.length(), builder.length());
    }

    /** A builder's {@code substring(int, int)}. */
    public static void builderRange(CharSequence builder, int start, int end) {
        range(start, end, builder.length());
    }

    /** A builder's {@code delete(int, int)}: an end beyond the length means the length. */
    public static void builderDelete(CharSequence builder, int start, int end) {
        range(start, Math.min(end, builder.length()), builder.length());
    }

    /** A builder's {@code replace(int, int, String)}: as {@link #builderDelete}. */
    public static void builderReplace(CharSequence builder, int start, int end, String replacement) {
        builderDelete(builder, start, end);
    }

    private static void range(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    /** {@code new StringBuilder(int)} and {@code new StringBuffer(int)}: a negative capacity is a negative array. */
    public static void builderCapacity(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException("" + capacity);
        }
    }

    /** A builder's {@code appendCodePoint}: the JDK refuses what is not a code point (TeaVM appended its low bits). */
    public static void codePoint(CharSequence builder, int codePoint) {
        validCodePoint(codePoint);
    }

    /** A code point argument ({@code appendCodePoint}, {@code Character.toString(int)}), in the JDK's words. */
    public static void validCodePoint(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + upperHex(codePoint, 1));
        }
    }

    /** A builder's {@code insert(int, char[], int, int)}: the position, then the range of the array. */
    public static void insertChars(CharSequence builder, int index, char[] chars, int offset, int length) {
        insertOffset(builder, index);
        range(offset, offset + length, chars.length);
    }

    /** A builder's {@code append(char[], int, int)}: the range of the array ({@code IndexOutOfBoundsException}). */
    public static void appendChars(CharSequence builder, char[] chars, int offset, int length) {
        outOfBounds(offset, offset + length, chars.length);
    }

    /** A builder's {@code append(CharSequence, int, int)}: a null sequence is {@code "null"}, then the range. */
    public static void appendRange(CharSequence builder, CharSequence s, int start, int end) {
        outOfBounds(start, end, s == null ? 4 : s.length());
    }

    /** A builder's {@code insert(int, CharSequence, int, int)}: the position, then as {@link #appendRange}. */
    public static void insertRange(CharSequence builder, int index, CharSequence s, int start, int end) {
        insertOffset(builder, index);
        appendRange(builder, s, start, end);
    }

    /** A builder's {@code getChars}: its own range, then the destination's. */
    public static void builderGetChars(CharSequence builder, int begin, int end, char[] dst, int dstBegin) {
        range(begin, end, builder.length());
        outOfBounds(dstBegin, dstBegin + end - begin, dst.length);
    }

    /** {@code String.getChars}: the string's range, then the destination's (Java 17's texts). */
    public static void stringGetChars(String s, int begin, int end, char[] dst, int dstBegin) {
        substring(s, begin, end);
        offsetCount(dst.length, dstBegin, end - begin);
    }

    /** {@code codePointCount(int, int)} of a string or builder: Java 17 throws without a message. */
    public static void codePointRange(CharSequence s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException();
        }
    }

    /** {@code codePointBefore(int)} of a string or builder: Java 17 names the index given, not the one before it. */
    public static void codePointBefore(CharSequence s, int index) {
        if (index < 1 || index > s.length()) {
            throw new StringIndexOutOfBoundsException(index);
        }
    }

    /** {@code new String(int[], int, int)}: the range, then each code point (named alone, as the JDK does). */
    public static void codePoints(int[] codePoints, int offset, int count) {
        offsetCount(codePoints.length, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (!Character.isValidCodePoint(codePoints[i])) {
                throw new IllegalArgumentException(Integer.toString(codePoints[i]));
            }
        }
    }

    /** {@code value} in upper-case hexadecimal, at least {@code digits} long (JS's case mapping, not the tables). */
    static String upperHex(int value, int digits) {
        String hex = JvmStrings.upper(Integer.toHexString(value));
        return "0".repeat(Math.max(0, digits - hex.length())) + hex;
    }

    private static void offsetCount(int length, int offset, int count) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }

    private static void outOfBounds(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    /** {@code ArrayList.get/set/remove(int)}: {@code Objects.checkIndex}'s message. */
    public static void elementIndex(List<?> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new IndexOutOfBoundsException(outOfBounds(index, list.size()));
        }
    }

    /** {@code ArrayList.set(int, E)}. */
    public static void elementIndex(List<?> list, int index, Object element) {
        elementIndex(list, index);
    }

    /** {@code ArrayList.add(int, E)}: the position may be the size. */
    public static void addPosition(List<?> list, int index, Object element) {
        position(list, index);
    }

    /** {@code listIterator(int)} of a sub-list or an {@code AbstractList}: a position, which may be the size. */
    public static void position(List<?> list, int index) {
        if (index < 0 || index > list.size()) {
            // Vector's own listIterator(int) names the index only
            throw new IndexOutOfBoundsException(
                    "Index: " + index + (list instanceof java.util.Vector ? "" : ", Size: " + list.size()));
        }
    }

    /**
     * {@code LinkedList.get/remove(int)}: the older wording. TeaVM's LinkedList inherits these from
     * AbstractSequentialList, so the check is made there too, for LinkedLists only.
     */
    public static void linkedIndex(List<?> list, int index) {
        if (list instanceof java.util.LinkedList && (index < 0 || index >= list.size())) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + list.size());
        }
    }

    /** {@code LinkedList.add(int, E)}. */
    public static void linkedPosition(List<?> list, int index, Object element) {
        if (list instanceof java.util.LinkedList) {
            addPosition(list, index, element);
        }
    }

    /** {@code LinkedList.set(int, E)}. */
    public static void linkedIndex(List<?> list, int index, Object element) {
        linkedIndex(list, index);
    }

    /** {@code List.subList(int, int)}. */
    public static void subList(List<?> list, int from, int to) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + from);
        }
        if (to > list.size()) {
            throw new IndexOutOfBoundsException("toIndex = " + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
    }

    /** {@code Objects.checkIndex(int, int)}. */
    public static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(outOfBounds(index, length));
        }
    }

    /** {@code Objects.checkFromToIndex(int, int, int)}. */
    public static void checkFromToIndex(int from, int to, int length) {
        if (from < 0 || from > to || to > length) {
            throw new IndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length " + length);
        }
    }

    /** {@code Objects.checkFromIndexSize(int, int, int)}. */
    public static void checkFromIndexSize(int from, int size, int length) {
        if ((length | from | size) < 0 || size > length - from) {
            throw new IndexOutOfBoundsException(
                    "Range [" + from + ", " + from + " + " + size + ") out of bounds for length " + length);
        }
    }

    /** {@code Optional.get()} and {@code orElseThrow()}. */
    public static void present(Optional<?> optional) {
        if (optional.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
    }

    /** {@code Iterator.next()} of a list: the JDK throws {@code NoSuchElementException} past the end. */
    public static void hasNext(Iterator<?> iterator) {
        if (!iterator.hasNext()) {
            throw new NoSuchElementException();
        }
    }

    private static String outOfBounds(int index, int length) {
        return "Index " + index + " out of bounds for length " + length;
    }

    /** {@code OptionalInt.getAsInt()}/{@code orElseThrow()}: the JDK's "No value present". */
    public static void presentInt(java.util.OptionalInt optional) {
        if (optional.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
    }

    /** {@code OptionalLong.getAsLong()}/{@code orElseThrow()}. */
    public static void presentLong(java.util.OptionalLong optional) {
        if (optional.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
    }

    /** {@code OptionalDouble.getAsDouble()}/{@code orElseThrow()}. */
    public static void presentDouble(java.util.OptionalDouble optional) {
        if (optional.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
    }

    /** {@code new ArrayList<>(capacity)}: the JDK's message for a negative capacity. */
    public static void capacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + capacity);
        }
    }
}
