package io.jdash.runtime.jvm.regex;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.teavm.jso.JSObject;

/**
 * {@code java.util.regex.Matcher} of a {@link JsPattern}, with the JDK's (Java 17) state machine: {@code find}'s
 * next start after an empty match, regions (opaque and anchoring bounds, the JDK's defaults: the region is searched
 * as if it were the whole text), {@code appendReplacement}'s parsing before appending, {@code replaceAll} with a
 * function and its {@code ConcurrentModificationException}, and the JDK's exception texts. In a bundle the compiler
 * makes it a subclass of {@code Matcher}; {@code hitEnd}, {@code requireEnd}, {@code usePattern},
 * {@code useTransparentBounds} and {@code useAnchoringBounds} are refused at build time.
 *
 * <p>The text is read when the matcher is made or reset (a {@code CharSequence} changed later is not seen). A
 * region that starts or ends between the two halves of a surrogate pair is refused with an UnsupportedOperationException.
 */
public final class JsMatcher implements MatchResult {
    private final JsPattern pattern;
    private CharSequence input;
    private String text;
    /** The region's text (the whole text unless {@link #region} narrowed it) and where it starts. */
    private String regionText;

    private int from;
    private int to;
    private int first = -1;
    private int last;
    private int lastAppendPosition;
    private int modCount;
    /** The JS match behind {@code first}/{@code last}; null when there is none or find() cleared the groups. */
    private JSObject match;
    /** The source that made {@link #match} (to read its group bounds again with the d flag). */
    private String matchSource;
    /** The group bounds of {@link #match} (Java groups: start, end pairs), read when first asked for. */
    private int[] bounds;

    private String replacement;
    private Object[] template;

    JsMatcher(JsPattern pattern, CharSequence input) {
        this.pattern = pattern;
        this.input = input;
        reset();
    }

    /** {@code Matcher.pattern()}. */
    public JsPattern pattern() {
        return pattern;
    }

    /** {@code Matcher.reset()}. */
    public JsMatcher reset() {
        text = input.toString();
        regionText = text;
        first = -1;
        last = 0;
        lastAppendPosition = 0;
        from = 0;
        to = text.length();
        match = null;
        bounds = null;
        modCount++;
        return this;
    }

    /** {@code Matcher.reset(input)}. */
    public JsMatcher reset(CharSequence input) {
        this.input = input;
        return reset();
    }

    /** {@code Matcher.region(start, end)}. */
    public JsMatcher region(int start, int end) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > text.length()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            // the JDK reads the pair across the region's bound; a RegExp on the region's text cannot
            throw new UnsupportedOperationException("Matcher.region(" + start + ", " + end + ") starts or ends"
                    + " inside a surrogate pair, which jdash's browser regex cannot run as the JDK does");
        }
        reset();
        from = start;
        to = end;
        regionText = start == 0 && end == text.length() ? text : text.substring(start, end);
        return this;
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0
                && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    /** {@code Matcher.regionStart()}. */
    public int regionStart() {
        return from;
    }

    /** {@code Matcher.regionEnd()}. */
    public int regionEnd() {
        return to;
    }

    /** {@code Matcher.hasTransparentBounds()}: always the JDK's default (useTransparentBounds is refused). */
    public boolean hasTransparentBounds() {
        return false;
    }

    /** {@code Matcher.hasAnchoringBounds()}: always the JDK's default (useAnchoringBounds is refused). */
    public boolean hasAnchoringBounds() {
        return true;
    }

    /** {@code Matcher.matches()}. */
    public boolean matches() {
        return match(pattern.anchored(), "");
    }

    /** {@code Matcher.lookingAt()}. */
    public boolean lookingAt() {
        return match(pattern.source, "y");
    }

    private boolean match(String source, String flags) {
        JSObject m = JsRegex.exec(JsRegex.regex(source, flags), regionText, 0);
        found(m, source);
        return m != null;
    }

    /** {@code Matcher.find()}. */
    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            match = null; // the JDK clears the groups but keeps first
            bounds = null;
            return false;
        }
        return search(next);
    }

    /** {@code Matcher.find(start)}. */
    public boolean find(int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    private boolean search(int start) {
        JSObject m = JsRegex.find(regionText, pattern.source, pattern.options, start - from);
        found(m, pattern.source);
        return m != null;
    }

    private void found(JSObject m, String source) {
        match = m;
        matchSource = source;
        bounds = null;
        if (m == null) {
            first = -1;
        } else {
            first = from + JsRegex.index(m);
            last = first + JsRegex.length(m);
        }
        modCount++;
    }

    /** {@code Matcher.start()}. */
    @Override
    public int start() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return first;
    }

    /** {@code Matcher.start(group)}. */
    @Override
    public int start(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        checkGroup(group);
        return bounds()[group * 2];
    }

    /** {@code Matcher.start(name)}. */
    public int start(String name) {
        return bounds()[groupIndex(name) * 2];
    }

    /** {@code Matcher.end()}. */
    @Override
    public int end() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return last;
    }

    /** {@code Matcher.end(group)}. */
    @Override
    public int end(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        checkGroup(group);
        return bounds()[group * 2 + 1];
    }

    /** {@code Matcher.end(name)}. */
    public int end(String name) {
        return bounds()[groupIndex(name) * 2 + 1];
    }

    /** {@code Matcher.group()}. */
    @Override
    public String group() {
        return group(0);
    }

    /** {@code Matcher.group(group)}. */
    @Override
    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        return value(group);
    }

    /** {@code Matcher.group(name)}. */
    public String group(String name) {
        return value(groupIndex(name));
    }

    private String value(int group) {
        if (match == null) {
            return null;
        }
        return JsRegex.group(match, group == 0 ? 0 : pattern.groups.charAt(group - 1));
    }

    /** {@code Matcher.groupCount()}. */
    @Override
    public int groupCount() {
        return pattern.groups.length();
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        int at = pattern.names.indexOf("|" + name + "=");
        if (name.indexOf('|') >= 0 || name.indexOf('=') >= 0 || at < 0) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return pattern.names.charAt(at + name.length() + 2);
    }

    /** The Java groups' bounds in the text, -1 for a group that did not take part (all -1 without a match). */
    private int[] bounds() {
        if (bounds != null) {
            return bounds;
        }
        int count = groupCount();
        int[] b = new int[count * 2 + 2];
        java.util.Arrays.fill(b, -1);
        if (match != null) {
            b[0] = first;
            b[1] = last;
            if (count > 0) {
                JSObject m = JsRegex.exec(JsRegex.regex(matchSource, "dy"), regionText, first - from);
                for (int g = 1; g <= count; g++) {
                    int js = pattern.groups.charAt(g - 1);
                    int start = JsRegex.bound(m, js, false);
                    if (start >= 0) {
                        b[g * 2] = from + start;
                        b[g * 2 + 1] = from + JsRegex.bound(m, js, true);
                    }
                }
            }
        }
        bounds = b;
        return b;
    }

    /** {@code Matcher.toMatchResult()}: this match, frozen. */
    public MatchResult toMatchResult() {
        return new JsMatchResult(first, last, groupCount(), bounds().clone(), text);
    }

    /** {@code Matcher.appendReplacement(StringBuilder, replacement)}. */
    public JsMatcher appendReplacement(StringBuilder sb, String replacement) {
        String expanded = expanded(replacement);
        sb.append(text, lastAppendPosition, first).append(expanded);
        appended();
        return this;
    }

    /** {@code Matcher.appendReplacement(StringBuffer, replacement)}. */
    public JsMatcher appendReplacement(StringBuffer sb, String replacement) {
        String expanded = expanded(replacement);
        sb.append(text, lastAppendPosition, first).append(expanded);
        appended();
        return this;
    }

    /** The replacement for this match, parsed (with the JDK's exceptions) before anything is appended. */
    private String expanded(String replacement) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        if (template == null || !replacement.equals(this.replacement)) {
            template = JsRegex.parseReplacement(replacement, pattern.groups, pattern.names);
            this.replacement = replacement;
        }
        return JsRegex.expand(template, match);
    }

    private void appended() {
        lastAppendPosition = last;
        modCount++;
    }

    /** {@code Matcher.appendTail(StringBuilder)}. */
    public StringBuilder appendTail(StringBuilder sb) {
        return sb.append(text, lastAppendPosition, text.length());
    }

    /** {@code Matcher.appendTail(StringBuffer)}. */
    public StringBuffer appendTail(StringBuffer sb) {
        return sb.append(text, lastAppendPosition, text.length());
    }

    /** {@code Matcher.replaceAll(replacement)}. */
    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
        } while (find());
        return appendTail(sb).toString();
    }

    /** {@code Matcher.replaceAll(replacer)}. */
    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replaced(replacer));
        } while (find());
        return appendTail(sb).toString();
    }

    /** {@code Matcher.replaceFirst(replacement)}. */
    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    /** {@code Matcher.replaceFirst(replacer)}. */
    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replaced(replacer));
        return appendTail(sb).toString();
    }

    private String replaced(Function<MatchResult, String> replacer) {
        int expected = modCount;
        String replacement = replacer.apply(this);
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
        return replacement;
    }

    /** {@code Matcher.results()}: the matches find() goes on to make, each frozen, as the JDK streams them. */
    public Stream<MatchResult> results() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(new Results(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The JDK's iterator behind {@code results()}, with its checks for a matcher changed meanwhile. */
    private final class Results implements Iterator<MatchResult> {
        // -1: find() not called yet, 0: not found, 1: found
        private int state = -1;
        private int expectedCount = -1;

        @Override
        public MatchResult next() {
            if (expectedCount >= 0 && expectedCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            state = -1;
            return toMatchResult();
        }

        @Override
        public boolean hasNext() {
            if (state >= 0) {
                return state == 1;
            }
            if (expectedCount >= 0 && expectedCount != modCount) {
                return true;
            }
            boolean found = find();
            state = found ? 1 : 0;
            expectedCount = modCount;
            return found;
        }

        @Override
        public void forEachRemaining(Consumer<? super MatchResult> action) {
            if (expectedCount >= 0 && expectedCount != modCount) {
                throw new ConcurrentModificationException();
            }
            int s = state;
            if (s == 0) {
                return;
            }
            state = 0;
            expectedCount = -1;
            if (s < 0 && !find()) {
                return;
            }
            do {
                int ec = modCount;
                action.accept(toMatchResult());
                if (ec != modCount) {
                    throw new ConcurrentModificationException();
                }
            } while (find());
        }
    }

    @Override
    public String toString() {
        String lastMatch = first >= 0 && group() != null ? group() : "";
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to + " lastmatch=" + lastMatch
                + "]";
    }
}
