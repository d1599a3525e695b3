package org.teavm.classlib.java.util;

import java.util.Objects;

/**
 * {@code java.util.StringJoiner}, which TeaVM 0.16's class library lacks, with the JDK's results and messages. TeaVM
 * maps the JDK name to this class (its {@code T} naming rule).
 */
public final class TStringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder joined;
    private String emptyValue;

    /** A joiner without prefix and suffix. */
    public TStringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    /** A joiner that puts {@code prefix} before and {@code suffix} after the joined elements. */
    public TStringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
    }

    /** The text {@link #toString()} gives while nothing was added (by default the prefix and the suffix). */
    public TStringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null")
                .toString();
        return this;
    }

    /** Adds an element ({@code "null"} for null). */
    public TStringJoiner add(CharSequence element) {
        if (joined == null) {
            joined = new StringBuilder();
        } else {
            joined.append(delimiter);
        }
        joined.append(String.valueOf(element));
        return this;
    }

    /** Adds the elements of {@code other}, joined with its delimiter, as one element; nothing if it has none. */
    public TStringJoiner merge(TStringJoiner other) {
        Objects.requireNonNull(other);
        if (other.joined == null) {
            return this;
        }
        // read first: other may be this
        String content = other.joined.toString();
        return add(content);
    }

    /** The length of {@link #toString()}. */
    public int length() {
        return joined == null && emptyValue != null
                ? emptyValue.length()
                : prefix.length() + (joined == null ? 0 : joined.length()) + suffix.length();
    }

    @Override
    public String toString() {
        if (joined == null) {
            return emptyValue != null ? emptyValue : prefix + suffix;
        }
        return prefix + joined + suffix;
    }
}
