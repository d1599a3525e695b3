package io.jdash.runtime.jvm.regex;

import io.jdash.runtime.jvm.JvmStreams;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code java.util.regex.Pattern} for a constant pattern that the compiler translated into a JavaScript
 * {@code RegExp} source with the JDK's semantics: {@code Pattern.compile(constant[, constant flags])} makes one.
 * In a bundle the compiler makes this class a subclass of {@code Pattern} (and {@link JsMatcher} one of
 * {@code Matcher}), so it goes wherever a Pattern goes; methods returning {@code JsPattern} or {@code JsMatcher}
 * answer for the JDK's methods of the same name. The search, the replacement syntax and {@code split} are
 * {@link JsRegex}'s.
 */
public final class JsPattern {
    final String source;
    final int options;
    final String groups;
    final String names;
    private final String pattern;
    private final int flags;
    private String anchored;

    private JsPattern(String pattern, int flags, String source, int options, String groups, String names) {
        this.pattern = pattern;
        this.flags = flags;
        this.source = source;
        this.options = options;
        this.groups = groups;
        this.names = names;
    }

    /**
     * {@code Pattern.compile(pattern, flags)}, with the translation made at build time (see {@link JsRegex} for
     * {@code source}, {@code options}, {@code groups} and {@code names}).
     */
    public static JsPattern compile(
            String pattern, int flags, String source, int options, String groups, String names) {
        return new JsPattern(pattern, flags, source, options, groups, names);
    }

    /** {@code Pattern.matcher(input)}. */
    public JsMatcher matcher(CharSequence input) {
        return new JsMatcher(this, input);
    }

    /** {@code Pattern.pattern()}: the source text given to compile. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** {@code Pattern.flags()}: the flags given to compile. */
    public int flags() {
        return flags;
    }

    /** {@code Pattern.split(input, limit)}. */
    public String[] split(CharSequence input, int limit) {
        return JsRegex.split(input.toString(), source, options, limit);
    }

    /** {@code Pattern.split(input)}. */
    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /** {@code Pattern.splitAsStream(input)}: the elements of {@code split(input)}, in a stream of unknown size. */
    public Stream<String> splitAsStream(CharSequence input) {
        return JvmStreams.unsized(Arrays.asList(split(input)));
    }

    /** {@code Pattern.asPredicate()}: whether the pattern is found in a string. */
    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    /** {@code Pattern.asMatchPredicate()}: whether the pattern matches a whole string. */
    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    /** The translated source anchored at both ends, as {@code matches()} runs it. */
    String anchored() {
        if (anchored == null) {
            anchored = "^(?:" + source + ")$";
        }
        return anchored;
    }
}
