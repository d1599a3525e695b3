package io.jdash.runtime.jvm.regex;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code java.util.regex} operations for constant patterns that the compiler translated into a JavaScript
 * {@code RegExp} source with the JDK's semantics (UTF-16 units, no {@code u}/{@code i}/{@code m}/{@code s} flags).
 * This class keeps the JDK's search loop ({@code Matcher.find}: after an empty match the next search starts one char
 * later; with the JDK's StartS search a start inside a surrogate pair is only tried first), its replacement syntax
 * and exceptions ({@code Matcher.appendReplacement}) and {@code Pattern.split}'s rules.
 *
 * <p>{@code groups} has one char per Java group, the number of the JS group holding it; {@code names} is
 * {@code "|name=<char of the group number>|..."}; {@code options} holds the translator's STARTS (1) and NULLABLE
 * (2) bits.
 */
public final class JsRegex {
    private static final int STARTS = 1;
    private static final int NULLABLE = 2;
    private static final String GUARD = "(?:(?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF]))(?:";
    private static JSObject cache;

    private JsRegex() {}

    /** {@code s.replaceAll(regex, replacement)} / {@code replaceFirst}. */
    public static String replace(
            String s, String source, int options, String groups, String names, String replacement, boolean all) {
        if (s == null || replacement == null && !all) {
            throw new NullPointerException(s == null ? null : "replacement");
        }
        if (all
                && replacement != null
                && (options & (STARTS | NULLABLE)) != (STARTS | NULLABLE)
                && replacement.indexOf('$') < 0
                && replacement.indexOf('\\') < 0) {
            // JS's replace loop is the JDK's here: no search starts inside a surrogate pair after an empty match
            return jsReplace(regex(guarded(s, source, options), "g"), s, replacement);
        }
        Object[] template = null;
        StringBuilder sb = null;
        int last = 0;
        int from = 0;
        while (from <= s.length()) {
            JSObject m = find(s, source, options, from);
            if (m == null) {
                break;
            }
            if (template == null) {
                template = parseReplacement(replacement, groups, names);
                sb = new StringBuilder();
            }
            int start = index(m);
            int end = start + length(m);
            sb.append(s, last, start);
            for (Object part : template) {
                if (part instanceof String literal) {
                    sb.append(literal);
                } else {
                    String g = group(m, (Integer) part);
                    if (g != null) {
                        sb.append(g);
                    }
                }
            }
            last = end;
            if (!all) {
                break;
            }
            from = end == start ? end + 1 : end;
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, s.length()).toString();
    }

    /** {@code s.matches(regex)}; {@code anchored} is the translated source wrapped as {@code ^(?:...)$}. */
    public static boolean matches(String s, String anchored) {
        if (s == null) {
            throw new NullPointerException();
        }
        return jsTest(regex(anchored, ""), s);
    }

    /** {@code Pattern.matches(regex, input)}. */
    public static boolean matches(CharSequence input, String anchored) {
        return matches(input.toString(), anchored);
    }

    /** {@code s.split(regex, limit)} with {@code Pattern.split}'s rules. */
    public static String[] split(String s, String source, int options, int limit) {
        if (s == null) {
            throw new NullPointerException();
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int index = 0;
        boolean limited = limit > 0;
        int from = 0;
        while (from <= s.length()) {
            JSObject m = find(s, source, options, from);
            if (m == null) {
                break;
            }
            int start = index(m);
            int end = start + length(m);
            from = end == start ? end + 1 : end;
            if (!limited || parts.size() < limit - 1) {
                if (index == 0 && start == 0 && start == end) {
                    continue; // no empty leading substring for a zero-width match at the beginning
                }
                parts.add(s.substring(index, start));
                index = end;
            } else if (parts.size() == limit - 1) {
                parts.add(s.substring(index));
                index = end;
            }
        }
        if (index == 0) {
            return new String[] {s};
        }
        if (!limited || parts.size() < limit) {
            parts.add(s.substring(index));
        }
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        for (int i = 0; i < size; i++) {
            result[i] = parts.get(i);
        }
        return result;
    }

    /**
     * The body the compiler gives a {@code Pattern} or {@code Matcher} method it cannot run exactly: a call that
     * reaches it is a build error (JDASH-E022) at the call, so this never runs in a bundle.
     */
    public static RuntimeException refused() {
        return new UnsupportedOperationException("refused by the compiler");
    }

    /** {@code Pattern.quote(s)}. */
    public static String quote(String s) {
        int slashE = s.indexOf("\\E");
        if (slashE < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2).append("\\Q");
        int current = 0;
        while ((slashE = s.indexOf("\\E", current)) >= 0) {
            sb.append(s, current, slashE).append("\\E\\\\E\\Q");
            current = slashE + 2;
        }
        return sb.append(s, current, s.length()).append("\\E").toString();
    }

    /** {@code Matcher.quoteReplacement(s)}. */
    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The next match at or after {@code from}, as {@code Matcher.find} searches. */
    static JSObject find(String s, String source, int options, int from) {
        if ((options & STARTS) == 0 || !hasSurrogate(s)) {
            return exec(regex(source, "g"), s, from);
        }
        if (from > 0
                && from < s.length()
                && Character.isLowSurrogate(s.charAt(from))
                && Character.isHighSurrogate(s.charAt(from - 1))) {
            JSObject m = exec(regex(source, "y"), s, from);
            if (m != null) {
                return m;
            }
            from++;
        }
        return exec(regex(GUARD + source + ")", "g"), s, from);
    }

    /** The source, guarded against starts inside a surrogate pair where the JDK skips them and the text has one. */
    private static String guarded(String s, String source, int options) {
        return (options & STARTS) != 0 && hasSurrogate(s) ? GUARD + source + ")" : source;
    }

    private static boolean hasSurrogate(String s) {
        return jsTest(regex("[\\uD800-\\uDFFF]", ""), s);
    }

    /**
     * The replacement as literal strings and group numbers (JS groups), with the JDK's exceptions
     * ({@code Matcher.appendExpandedReplacement}, Java 17 wording).
     */
    static Object[] parseReplacement(String replacement, String groups, String names) {
        if (replacement == null) {
            throw new NullPointerException();
        }
        java.util.ArrayList<Object> parts = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int groupCount = groups.length();
        int cursor = 0;
        while (cursor < replacement.length()) {
            char c = replacement.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                literal.append(replacement.charAt(cursor++));
            } else if (c == '$') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                c = replacement.charAt(cursor);
                int ref;
                if (c == '{') {
                    cursor++;
                    int begin = cursor;
                    while (cursor < replacement.length() && isAsciiAlnum(replacement.charAt(cursor))) {
                        cursor++;
                    }
                    String name = replacement.substring(begin, cursor);
                    if (name.isEmpty()) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (cursor == replacement.length() || replacement.charAt(cursor) != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                        throw new IllegalArgumentException(
                                "capturing group name {" + name + "} starts with digit character");
                    }
                    int at = names.indexOf("|" + name + "=");
                    if (at < 0) {
                        throw new IllegalArgumentException("No group with name {" + name + "}");
                    }
                    ref = names.charAt(at + name.length() + 2);
                    cursor++;
                } else {
                    ref = c - '0';
                    if (ref < 0 || ref > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < replacement.length()) {
                        int digit = replacement.charAt(cursor) - '0';
                        if (digit < 0 || digit > 9 || groupCount < ref * 10 + digit) {
                            break;
                        }
                        ref = ref * 10 + digit;
                        cursor++;
                    }
                }
                if (ref > groupCount) {
                    throw new IndexOutOfBoundsException("No group " + ref);
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(ref == 0 ? 0 : (int) groups.charAt(ref - 1));
            } else {
                literal.append(c);
                cursor++;
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The RegExp for a source and flags, compiled once. */
    static JSObject regex(String source, String flags) {
        if (cache == null) {
            cache = newMap();
        }
        return cached(cache, source, flags);
    }

    @JSBody(script = "return {};")
    private static native JSObject newMap();

    // one map per flags, keyed by the source constant itself (whose hash the engine keeps)
    @JSBody(
            params = {"c", "s", "f"},
            script = "var m = c[f] || (c[f] = new Map()), r = m.get(s);"
                    + " if (!r) { r = new RegExp(s, f); m.set(s, r); } return r;")
    private static native JSObject cached(JSObject cache, String source, String flags);

    @JSBody(
            params = {"r", "s", "i"},
            script = "r.lastIndex = i; return r.exec(s);")
    static native JSObject exec(JSObject regex, String s, int from);

    @JSBody(
            params = {"r", "s", "t"},
            script = "return s.replace(r, t);")
    private static native String jsReplace(JSObject regex, String s, String replacement);

    @JSBody(
            params = {"r", "s"},
            script = "return r.test(s);")
    private static native boolean jsTest(JSObject regex, String s);

    /** Where JS group {@code g} of a match made with the {@code d} flag starts ({@code end} false) or ends, or -1. */
    @JSBody(
            params = {"m", "g", "end"},
            script = "var v = m.indices[g]; return v === undefined ? -1 : v[end ? 1 : 0];")
    static native int bound(JSObject match, int group, boolean end);

    /** What {@code Matcher.appendReplacement} appends for a match: the template of {@link #parseReplacement}. */
    static String expand(Object[] template, JSObject match) {
        StringBuilder sb = new StringBuilder();
        for (Object part : template) {
            if (part instanceof String literal) {
                sb.append(literal);
            } else if (match != null) {
                String g = group(match, (Integer) part);
                if (g != null) {
                    sb.append(g);
                }
            }
        }
        return sb.toString();
    }

    @JSBody(params = "m", script = "return m.index;")
    static native int index(JSObject match);

    @JSBody(params = "m", script = "return m[0].length;")
    static native int length(JSObject match);

    @JSBody(
            params = {"m", "g"},
            script = "var v = m[g]; return v === undefined ? null : v;")
    static native String group(JSObject match, int group);
}
