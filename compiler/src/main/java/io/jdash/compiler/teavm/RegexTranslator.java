package io.jdash.compiler.teavm;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a constant {@code java.util.regex} pattern into the source of a JavaScript {@code RegExp} (used without
 * the {@code u}, {@code i}, {@code m} and {@code s} flags, so that the engine sees UTF-16 units as the JDK's matcher
 * does) that matches exactly where the JDK's pattern matches, with the same groups.
 *
 * <p>Nothing of the JDK's semantics is guessed: every construct that consumes one code point (a literal under
 * case-insensitive matching, a character class, {@code .}, {@code \d}, {@code \p{..}}, ...) becomes the set of code
 * points for which the JDK's own matcher accepts it under the flags in force, computed on this JVM by trying every
 * code point; line anchors and word boundaries are spelled out with the JDK's definitions (Pattern's Caret, Dollar
 * and Bound nodes); atomic groups and possessive quantifiers become a lookahead with a backreference. Constructs whose
 * JDK semantics a JavaScript RegExp cannot reproduce (where captures inside repetitions or lookbehinds are kept
 * differently, backreferences to groups that may be unset, {@code \G}, {@code \X}, canonical equivalence, ...) are
 * refused with a reason rather than translated approximately.
 */
public final class RegexTranslator {
    /** Options the runtime needs besides the source: the JDK searches with StartS (see {@link #STARTS}). */
    public static final int STARTS = 1;
    /** The pattern can match the empty string. */
    public static final int NULLABLE = 2;

    private static final int UNIX_LINES = Pattern.UNIX_LINES;
    private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE;
    private static final int COMMENTS = Pattern.COMMENTS;
    private static final int MULTILINE = Pattern.MULTILINE;
    private static final int DOTALL = Pattern.DOTALL;
    private static final int UNICODE_CASE = Pattern.UNICODE_CASE;
    private static final int UNICODE_CHARACTER_CLASS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final int MAX_CP = Character.MAX_CODE_POINT;
    private static final Map<String, int[]> SETS = new ConcurrentHashMap<>();

    /**
     * A translation: the RegExp source, the options, and for each Java group (1..n) the number of the JavaScript
     * group that holds it (atomic groups add groups of their own), with the group names.
     */
    public record Translation(String source, int options, int[] jsGroups, Map<String, Integer> names) {
        /** The group mapping as the runtime reads it: one char per Java group, its JS group number. */
        public String groupsText() {
            StringBuilder sb = new StringBuilder();
            for (int g : jsGroups) {
                sb.append((char) g);
            }
            return sb.toString();
        }

        /** The names as the runtime reads them: {@code |name=<char of the group number>|...}. */
        public String namesText() {
            StringBuilder sb = new StringBuilder("|");
            names.forEach((n, g) ->
                    sb.append(n).append('=').append((char) g.intValue()).append('|'));
            return sb.toString();
        }
    }

    /** A pattern the JDK accepts but whose semantics this translation cannot reproduce exactly. */
    public static final class UnsupportedPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedPatternException(String reason) {
            super(reason);
        }
    }

    private final String pattern;
    private int pos;
    private int flags;
    private int javaGroups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final int rootFlags;

    private RegexTranslator(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
        this.rootFlags = flags;
    }

    /**
     * Translates {@code regex} compiled with {@code flags}.
     *
     * @throws PatternSyntaxException as the JDK throws it for an invalid pattern
     * @throws UnsupportedPatternException for a valid pattern that cannot be translated exactly
     */
    public static Translation translate(String regex, int flags) throws UnsupportedPatternException {
        Pattern jdk = Pattern.compile(regex, flags);
        if ((flags & (Pattern.CANON_EQ | Pattern.LITERAL)) != 0) {
            throw new UnsupportedPatternException("the CANON_EQ and LITERAL flags are not translated");
        }
        if ((flags & UNICODE_CHARACTER_CLASS) != 0) {
            flags |= UNICODE_CASE;
        }
        RegexTranslator t = new RegexTranslator(regex, flags);
        Node root = t.alternation();
        if (t.pos < regex.length()) {
            throw new UnsupportedPatternException("unexpected ')' at index " + t.pos);
        }
        root.setGroups(new java.util.HashSet<>());
        Node last = root instanceof Seq seq ? (seq.items.isEmpty() ? null : seq.items.get(seq.items.size() - 1)) : root;
        if (last instanceof Quant q) {
            q.tail = true;
        }
        int[] jsGroups = new int[t.javaGroups];
        Emitter out = new Emitter(jsGroups);
        root.emit(out);
        int options = root.nullable() ? NULLABLE : 0;
        Boolean startS = usesStartS(jdk);
        if (startS == null) {
            throw new UnsupportedPatternException("cannot tell how this JDK searches for the pattern");
        }
        if (startS) {
            options |= STARTS;
        }
        return new Translation(out.sb.toString(), options, jsGroups, Map.copyOf(t.names));
    }

    /**
     * Whether the JDK's matcher skips the low half of a surrogate pair when it moves on to the next start position
     * (its {@code StartS} node: chosen while parsing, for patterns with supplementary code points or complemented
     * classes), null if that cannot be read here.
     */
    private static Boolean usesStartS(Pattern jdk) {
        try {
            Field unsafeField = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            unsafeField.setAccessible(true);
            Object unsafe = unsafeField.get(null);
            Field root = Pattern.class.getDeclaredField("root");
            long offset = (long) unsafe.getClass()
                    .getMethod("objectFieldOffset", Field.class)
                    .invoke(unsafe, root);
            Object node = unsafe.getClass()
                    .getMethod("getObject", Object.class, long.class)
                    .invoke(unsafe, jdk, offset);
            return node != null && node.getClass().getSimpleName().equals("StartS");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- parsing

    private Node alternation() throws UnsupportedPatternException {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new Alt(branches);
    }

    private Node sequence() throws UnsupportedPatternException {
        List<Node> items = new ArrayList<>();
        while (true) {
            skipComments();
            if (pos >= pattern.length()) {
                break;
            }
            char c = pattern.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            Node atom = atom();
            if (atom == null) {
                continue; // an inline flag group
            }
            if (atom instanceof Quoted q) {
                // the JDK turns \Q...\E into escaped characters first: a quantifier after it takes the last one
                if (q.chars.isEmpty()) {
                    skipComments();
                    if (pos < pattern.length() && "*+?{".indexOf(pattern.charAt(pos)) >= 0) {
                        throw new UnsupportedPatternException("a quantifier after an empty \\Q\\E");
                    }
                    continue;
                }
                items.addAll(q.chars.subList(0, q.chars.size() - 1));
                atom = q.chars.get(q.chars.size() - 1);
            }
            items.add(quantified(atom));
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private void skipComments() {
        if ((flags & COMMENTS) == 0) {
            return;
        }
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < pattern.length() && !isLineSeparator(pattern.charAt(pos))) {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private boolean isLineSeparator(char c) {
        if ((flags & UNIX_LINES) != 0) {
            return c == '\n';
        }
        return c == '\n' || c == '\r' || (c | 1) == '\u2029' || c == '\u0085';
    }

    private Node quantified(Node atom) throws UnsupportedPatternException {
        skipComments();
        if (pos >= pattern.length()) {
            return atom;
        }
        char c = pattern.charAt(pos);
        int min;
        int max;
        if (c == '*') {
            min = 0;
            max = -1;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = -1;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            int close = pattern.indexOf('}', pos);
            String body = pattern.substring(pos + 1, close);
            int comma = body.indexOf(',');
            if (comma < 0) {
                min = Integer.parseInt(body.trim());
                max = min;
            } else {
                min = Integer.parseInt(body.substring(0, comma).trim());
                String rest = body.substring(comma + 1).trim();
                max = rest.isEmpty() ? -1 : Integer.parseInt(rest);
            }
            pos = close + 1;
        } else {
            return atom;
        }
        char mode = 'g';
        if (pos < pattern.length() && (pattern.charAt(pos) == '?' || pattern.charAt(pos) == '+')) {
            mode = pattern.charAt(pos) == '?' ? 'l' : 'p';
            pos++;
        }
        if (atom.zeroWidth()) {
            throw new UnsupportedPatternException("a quantifier on an assertion (at index " + (pos - 1) + ")");
        }
        if (atom.nullable() && !(min == 1 && max == 1)) {
            throw new UnsupportedPatternException("a quantifier on something that can match the empty string (at"
                    + " index " + (pos - 1) + "): the JDK and JavaScript end such loops differently");
        }
        if (max != 1 && atom.skippable()) {
            throw new UnsupportedPatternException("a group that a repetition may skip in some iterations (at index "
                    + (pos - 1) + "): the JDK keeps its earlier value, JavaScript clears it");
        }
        return new Quant(atom, min, max, mode);
    }

    private Node atom() throws UnsupportedPatternException {
        char c = pattern.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[': {
                int start = pos;
                int end = classEnd(start);
                pos = end;
                return set(pattern.substring(start, end));
            }
            case '.':
                pos++;
                return set(".");
            case '^':
                pos++;
                return new Raw(caret(), true);
            case '$':
                pos++;
                return new Raw(dollar((flags & MULTILINE) != 0), true);
            case '\\':
                return escape();
            default: {
                int cp = pattern.codePointAt(pos);
                pos += Character.charCount(cp);
                return literal(cp);
            }
        }
    }

    /** The index after the character class starting at {@code start}: the shortest prefix the JDK accepts. */
    private int classEnd(int start) throws UnsupportedPatternException {
        for (int k = pattern.indexOf(']', start + 1); k >= 0; k = pattern.indexOf(']', k + 1)) {
            try {
                Pattern.compile(pattern.substring(start, k + 1), flags);
                return k + 1;
            } catch (PatternSyntaxException e) {
                // not closed yet
            }
        }
        throw new UnsupportedPatternException("cannot find the end of the class at index " + start);
    }

    private Node literal(int cp) {
        if ((flags & CASE_INSENSITIVE) != 0) {
            return set(Pattern.quote(new String(Character.toChars(cp))));
        }
        return new CodePoints(new int[] {cp, cp});
    }

    private Node set(String text) {
        return new CodePoints(codePoints(text, flags));
    }

    private Node escape() throws UnsupportedPatternException {
        int start = pos;
        char c = pattern.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case 'Q': {
                int end = pattern.indexOf("\\E", pos);
                String quoted = pattern.substring(pos, end < 0 ? pattern.length() : end);
                pos = end < 0 ? pattern.length() : end + 2;
                List<Node> chars = new ArrayList<>();
                for (int i = 0; i < quoted.length(); ) {
                    int cp = quoted.codePointAt(i);
                    chars.add(literal(cp));
                    i += Character.charCount(cp);
                }
                return new Quoted(chars);
            }
            case 'b':
                if (pos < pattern.length() && pattern.charAt(pos) == '{') {
                    throw new UnsupportedPatternException("\\b{g} (grapheme boundaries) is not translated");
                }
                return new Raw(boundary(true), true);
            case 'B':
                return new Raw(boundary(false), true);
            case 'A':
                return new Raw("^", true);
            case 'z':
                return new Raw("$", true);
            case 'Z':
                return new Raw(dollar(false), true);
            case 'G':
                throw new UnsupportedPatternException("\\G (the end of the previous match) is not translated");
            case 'X':
                throw new UnsupportedPatternException("\\X (grapheme clusters) is not translated");
            case 'R':
                return new Raw("(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])", false);
            case 'k': {
                int close = pattern.indexOf('>', pos);
                String name = pattern.substring(pos + 1, close);
                pos = close + 1;
                return backReference(names.get(name), start);
            }
            case 'p':
            case 'P':
                if (pattern.charAt(pos) == '{') {
                    pos = pattern.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return set(pattern.substring(start, pos));
            case 'N':
                pos = pattern.indexOf('}', pos) + 1;
                return set(pattern.substring(start, pos));
            case 'x':
                if (pattern.charAt(pos) == '{') {
                    pos = pattern.indexOf('}', pos) + 1;
                } else {
                    pos += 2;
                }
                return escapedLiteral(start);
            case 'u':
                pos += 4;
                if (Character.isHighSurrogate((char) Integer.parseInt(pattern.substring(start + 2, pos), 16))
                        && pattern.startsWith("\\u", pos)
                        && pos + 6 <= pattern.length()) {
                    try {
                        char low = (char) Integer.parseInt(pattern.substring(pos + 2, pos + 6), 16);
                        if (Character.isLowSurrogate(low)) {
                            pos += 6;
                        }
                    } catch (NumberFormatException e) {
                        // not a \\u escape: the high surrogate stands alone
                    }
                }
                return escapedLiteral(start);
            case 'c':
                pos++;
                return escapedLiteral(start);
            case '0': {
                int digits = 0;
                int value = 0;
                while (digits < 3
                        && pos < pattern.length()
                        && pattern.charAt(pos) >= '0'
                        && pattern.charAt(pos) <= '7'
                        && (digits < 2 || value <= 037)) {
                    value = value * 8 + pattern.charAt(pos) - '0';
                    pos++;
                    digits++;
                }
                return escapedLiteral(start);
            }
            case '1', '2', '3', '4', '5', '6', '7', '8', '9': {
                int ref = c - '0';
                while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
                    int next = ref * 10 + pattern.charAt(pos) - '0';
                    if (javaGroups < next) {
                        break;
                    }
                    ref = next;
                    pos++;
                }
                return backReference(ref, start);
            }
            case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V':
                return set(pattern.substring(start, pos));
            default: {
                int cp = pattern.codePointAt(start + 1);
                pos = start + 1 + Character.charCount(cp);
                return escapedLiteral(start);
            }
        }
    }

    /** An escape that stands for one code point: the JDK tells which code points it matches under the flags. */
    private Node escapedLiteral(int start) {
        return set(pattern.substring(start, pos));
    }

    private Node backReference(Integer group, int at) throws UnsupportedPatternException {
        if (group == null || group > javaGroups) {
            throw new UnsupportedPatternException(
                    "a backreference to a group that is not defined before it (at" + " index " + at + ")");
        }
        if ((flags & CASE_INSENSITIVE) != 0) {
            throw new UnsupportedPatternException("a case-insensitive backreference (at index " + at + ")");
        }
        return new BackRef(group);
    }

    private Node group() throws UnsupportedPatternException {
        int start = pos;
        pos++;
        int saved = flags;
        Node result;
        if (pattern.startsWith("?:", pos)) {
            pos += 2;
            result = new Group(Group.PLAIN, alternation(), 0);
        } else if (pattern.startsWith("?=", pos) || pattern.startsWith("?!", pos)) {
            boolean negative = pattern.charAt(pos + 1) == '!';
            pos += 2;
            result = new Group(negative ? Group.NOT_AHEAD : Group.AHEAD, alternation(), 0);
        } else if (pattern.startsWith("?<=", pos) || pattern.startsWith("?<!", pos)) {
            boolean negative = pattern.charAt(pos + 2) == '!';
            pos += 3;
            Node body = alternation();
            if (body.hasCapture() || body.hasBackRef()) {
                throw new UnsupportedPatternException(
                        "groups or backreferences inside a lookbehind (at index " + start + ")");
            }
            if (body.hasSupplementary()) {
                throw new UnsupportedPatternException("a lookbehind that can match a supplementary character (at"
                        + " index " + start + "): the JDK counts its length in chars");
            }
            result = new Group(negative ? Group.NOT_BEHIND : Group.BEHIND, body, 0);
        } else if (pattern.startsWith("?>", pos)) {
            pos += 2;
            result = new Group(Group.ATOMIC, alternation(), 0);
        } else if (pattern.startsWith("?<", pos)) {
            int close = pattern.indexOf('>', pos);
            String name = pattern.substring(pos + 2, close);
            pos = close + 1;
            int number = ++javaGroups;
            names.put(name, number);
            result = capture(number);
        } else if (pattern.startsWith("?", pos)) {
            pos++;
            boolean on = true;
            while (true) {
                char c = pattern.charAt(pos++);
                int bit =
                        switch (c) {
                            case 'i' -> CASE_INSENSITIVE;
                            case 'm' -> MULTILINE;
                            case 's' -> DOTALL;
                            case 'd' -> UNIX_LINES;
                            case 'u' -> UNICODE_CASE;
                            case 'x' -> COMMENTS;
                            case 'U' -> on ? UNICODE_CHARACTER_CLASS | UNICODE_CASE : UNICODE_CHARACTER_CLASS;
                            case 'c' ->
                                throw new UnsupportedPatternException(
                                        "canonical equivalence ((?c)) is not" + " translated");
                            default -> 0;
                        };
                if (c == '-') {
                    on = false;
                } else if (c == ')') {
                    return null; // the flags stay on until the end of the enclosing group
                } else if (c == ':') {
                    result = new Group(Group.PLAIN, alternation(), 0);
                    break;
                } else if (on) {
                    flags |= bit;
                } else {
                    flags &= ~bit;
                }
            }
        } else {
            int number = ++javaGroups;
            result = capture(number);
        }
        pos++; // ')'
        flags = saved;
        return result;
    }

    private Node capture(int number) throws UnsupportedPatternException {
        Group g = new Group(Group.CAPTURE, alternation(), number);
        return g;
    }

    // ---------------------------------------------------------------- the JDK's definitions

    private String lineTerminators() {
        return (flags & UNIX_LINES) != 0 ? "\\n" : "[\\n\\r\\x85\\u2028\\u2029]";
    }

    /** Pattern.Caret / UnixCaret for MULTILINE, else Begin. */
    private String caret() {
        if ((flags & MULTILINE) == 0) {
            return "^";
        }
        if ((flags & UNIX_LINES) != 0) {
            return "(?!$)(?:^|(?<=\\n))";
        }
        // not at the end of input, even after a line terminator; not between \r and \n
        return "(?!$)(?:^|(?<=[\\n\\x85\\u2028\\u2029]|\\r(?!\\n)))";
    }

    /** Pattern.Dollar / UnixDollar. */
    private String dollar(boolean multiline) {
        if ((flags & UNIX_LINES) != 0) {
            return multiline ? "(?=\\n|$)" : "(?=\\n?$)";
        }
        if (multiline) {
            return "(?=[\\r\\x85\\u2028\\u2029]|(?<!\\r)\\n|$)";
        }
        return "(?=(?:\\r\\n|[\\r\\x85\\u2028\\u2029]|(?<!\\r)\\n)?$)";
    }

    /**
     * Pattern.Bound: a word character (as the JDK's {@code \b} defines it under the flags) on one side only; a
     * non-spacing mark counts as a word character when a letter or digit precedes it through other marks.
     */
    private String boundary(boolean at) {
        int[] word = wordSet(flags);
        int[] base = SETS.computeIfAbsent("\u0000base", k -> predicateSet(Character::isLetterOrDigit, true));
        int[] marks = SETS.computeIfAbsent("\u0000marks", k -> predicateSet(RegexTranslator::isMark, false));
        int[] bmpMarks = SETS.computeIfAbsent("\u0000bmpMarks", k -> predicateSet(RegexTranslator::isMark, true));
        String b = bmpClass(base);
        String m = bmpClass(bmpMarks);
        String left = "(?:(?<=" + before(word) + ")" + (m.isEmpty() ? "" : "|(?<=" + b + m + "+)") + ")";
        String right = "(?:(?=" + forward(word) + ")"
                + (m.isEmpty() ? "" : "|(?=" + forward(marks) + ")(?<=" + b + m + "*)") + ")";
        return at
                ? "(?:" + left + "(?!" + right + ")|(?!" + left + ")" + right + ")"
                : "(?:" + left + right + "|(?!" + left + ")(?!" + right + "))";
    }

    private static boolean isMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static int[] wordSet(int flags) {
        return SETS.computeIfAbsent("\\b\u0000" + flags, k -> {
            Matcher m = Pattern.compile("\\b", flags).matcher("");
            return scan(cp -> m.reset(new String(Character.toChars(cp))).lookingAt());
        });
    }

    private static int[] predicateSet(java.util.function.IntPredicate p, boolean bmpOnly) {
        return scan(cp -> (!bmpOnly || cp < 0x10000) && !(cp >= 0xD800 && cp <= 0xDFFF) && p.test(cp));
    }

    /** The code points (sorted ranges lo, hi, ...) that {@code text} alone matches under {@code flags}. */
    static int[] codePoints(String text, int allFlags) {
        int flags = allFlags & ~MULTILINE; // no set depends on it
        return SETS.computeIfAbsent(text + "\u0000" + flags, k -> {
            Pattern p = Pattern.compile(text, flags);
            // one search through every code point is much faster than a match per code point; the atom consumes
            // exactly one code point, so a match that starts at a code point's first char and spans it is a member
            boolean[] member = new boolean[MAX_CP + 1];
            String all = allCodePoints();
            Matcher m = p.matcher(all);
            while (m.find()) {
                int start = m.start();
                if (!Character.isLowSurrogate(all.charAt(start))) {
                    int cp = all.codePointAt(start);
                    if (m.end() - start == Character.charCount(cp)) {
                        member[cp] = true;
                    }
                }
            }
            Matcher single = p.matcher("");
            for (int cp = 0xD800; cp <= 0xDFFF; cp++) {
                member[cp] = single.reset(String.valueOf((char) cp)).matches();
            }
            return scan(cp -> member[cp]);
        });
    }

    private static String allCodePoints;

    /** Every code point but the surrogates, in order. */
    private static synchronized String allCodePoints() {
        if (allCodePoints == null) {
            StringBuilder sb = new StringBuilder(2_200_000);
            for (int cp = 0; cp <= MAX_CP; cp++) {
                if (cp < 0xD800 || cp > 0xDFFF) {
                    sb.appendCodePoint(cp);
                }
            }
            allCodePoints = sb.toString();
        }
        return allCodePoints;
    }

    private static int[] scan(java.util.function.IntPredicate member) {
        List<Integer> ranges = new ArrayList<>();
        int lo = -1;
        for (int cp = 0; cp <= MAX_CP + 1; cp++) {
            boolean in = cp <= MAX_CP && member.test(cp);
            if (in && lo < 0) {
                lo = cp;
            } else if (!in && lo >= 0) {
                ranges.add(lo);
                ranges.add(cp - 1);
                lo = -1;
            }
        }
        return ranges.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---------------------------------------------------------------- emitting code point sets

    /** The UTF-16 units of {@code set} below the surrogates and above them, as class items. */
    private static String bmpItems(int[] set, boolean withLows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < set.length; i += 2) {
            addItems(sb, set[i], set[i + 1], 0, 0xD7FF);
            if (withLows) {
                addItems(sb, set[i], set[i + 1], 0xDC00, 0xDFFF);
            }
            addItems(sb, set[i], set[i + 1], 0xE000, 0xFFFF);
        }
        return sb.toString();
    }

    private static void addItems(StringBuilder sb, int lo, int hi, int from, int to) {
        int a = Math.max(lo, from);
        int b = Math.min(hi, to);
        if (a > b) {
            return;
        }
        sb.append(unit(a));
        if (b > a) {
            if (b > a + 1) {
                sb.append('-');
            }
            sb.append(unit(b));
        }
    }

    private static String bmpClass(int[] set) {
        String items = bmpItems(set, false);
        return items.isEmpty() ? "" : "[" + items + "]";
    }

    /**
     * One code point of {@code set} read forward as the JDK reads it ({@code Character.codePointAt}): a pair, or
     * one unit; a high surrogate alone only where no low one follows.
     */
    static String forward(int[] set) {
        return encode(set, true);
    }

    /** One code point of {@code set} read backwards as {@code Character.codePointBefore} reads it. */
    static String before(int[] set) {
        return encode(set, false);
    }

    private static String encode(int[] set, boolean forward) {
        List<String> alternatives = new ArrayList<>();
        String units = bmpItems(set, forward);
        String highs = surrogateItems(set, 0xD800, 0xDBFF);
        String lows = surrogateItems(set, 0xDC00, 0xDFFF);
        if (!units.isEmpty()) {
            // one \\uXXXX unit stands alone; anything else (three escaped punctuation marks are six chars too) is a
            // class
            alternatives.add(units.length() == 6 && units.startsWith("\\u") ? units : "[" + units + "]");
        }
        alternatives.addAll(pairs(set));
        if (forward) {
            if (!highs.isEmpty()) {
                alternatives.add("[" + highs + "](?![\\uDC00-\\uDFFF])");
            }
        } else {
            if (!highs.isEmpty()) {
                alternatives.add("[" + highs + "]");
            }
            if (!lows.isEmpty()) {
                alternatives.add("(?<![\\uD800-\\uDBFF])[" + lows + "]");
            }
        }
        if (alternatives.isEmpty()) {
            return "[]";
        }
        return alternatives.size() == 1 && !alternatives.get(0).contains("(")
                ? alternatives.get(0)
                : "(?:" + String.join("|", alternatives) + ")";
    }

    private static String surrogateItems(int[] set, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < set.length; i += 2) {
            addItems(sb, set[i], set[i + 1], from, to);
        }
        return sb.toString();
    }

    /** The supplementary part as high-surrogate/low-surrogate alternatives. */
    private static List<String> pairs(int[] set) {
        // for each high surrogate, the low ranges; runs of highs with the same lows are merged
        Map<Integer, String> lowsByHigh = new LinkedHashMap<>();
        for (int i = 0; i < set.length; i += 2) {
            int lo = Math.max(set[i], 0x10000);
            int hi = set[i + 1];
            for (int cp = lo; cp <= hi; ) {
                int high = Character.highSurrogate(cp);
                int lastOfHigh = Math.min(hi, ((cp >> 10) << 10) + 0x3FF);
                StringBuilder sb = new StringBuilder(lowsByHigh.getOrDefault(high, ""));
                addItems(sb, Character.lowSurrogate(cp), Character.lowSurrogate(lastOfHigh), 0xDC00, 0xDFFF);
                lowsByHigh.put(high, sb.toString());
                cp = lastOfHigh + 1;
            }
        }
        List<String> out = new ArrayList<>();
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(lowsByHigh.entrySet());
        for (int i = 0; i < entries.size(); ) {
            int j = i;
            while (j + 1 < entries.size()
                    && entries.get(j + 1).getKey() == entries.get(j).getKey() + 1
                    && entries.get(j + 1).getValue().equals(entries.get(i).getValue())) {
                j++;
            }
            String highs = unit(entries.get(i).getKey())
                    + (j > i ? (j > i + 1 ? "-" : "") + unit(entries.get(j).getKey()) : "");
            String lows = entries.get(i).getValue();
            out.add((j > i ? "[" + highs + "]" : highs) + (lows.length() == 6 ? lows : "[" + lows + "]"));
            i = j + 1;
        }
        return out;
    }

    /** Whether {@code set} has every code point from {@code lo} to {@code hi}. */
    private static boolean contains(int[] set, int lo, int hi) {
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] <= lo && set[i + 1] >= hi) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code js} is one class {@code [...]} (its first unescaped ']' is its last char). */
    private static boolean isOneClass(String js) {
        if (!js.startsWith("[")) {
            return false;
        }
        for (int i = 1; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i == js.length() - 1;
            }
        }
        return false;
    }

    private static String unit(int u) {
        if (u >= '0' && u <= '9' || u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z') {
            return String.valueOf((char) u);
        }
        if (u > 0x20 && u < 0x7F) {
            return "\\" + (char) u;
        }
        return String.format("\\u%04X", u);
    }

    // ---------------------------------------------------------------- the tree

    private static final class Emitter {
        final StringBuilder sb = new StringBuilder();
        final int[] jsGroups;
        int next = 1;

        Emitter(int[] jsGroups) {
            this.jsGroups = jsGroups;
        }
    }

    private abstract static class Node {
        abstract void emit(Emitter out);

        abstract boolean nullable();

        boolean zeroWidth() {
            return false;
        }

        /** Whether a match of this node may leave a group inside it unset. */
        boolean skippable() {
            return false;
        }

        /**
         * Checks the backreferences inside against the groups surely set before this node; returns the groups
         * surely set after it.
         */
        java.util.Set<Integer> setGroups(java.util.Set<Integer> before) throws UnsupportedPatternException {
            return before;
        }

        boolean hasCapture() {
            return false;
        }

        boolean hasBackRef() {
            return false;
        }

        boolean hasSupplementary() {
            return false;
        }

        /** Whether this node can be quantified directly in JS (one atom). */
        boolean atomic() {
            return false;
        }
    }

    private static final class CodePoints extends Node {
        final int[] set;

        CodePoints(int[] set) {
            this.set = set;
        }

        @Override
        void emit(Emitter out) {
            int c = set[0];
            if (set.length == 2 && c == set[1] && (c < 0xD800 || c > 0xDFFF)) {
                out.sb.append(
                        c > 0xFFFF ? unit(Character.highSurrogate(c)) + unit(Character.lowSurrogate(c)) : unit(c));
                return;
            }
            out.sb.append(forward(set));
        }

        @Override
        boolean nullable() {
            return false;
        }

        @Override
        boolean hasSupplementary() {
            return set.length > 0 && set[set.length - 1] >= 0x10000;
        }

        @Override
        boolean atomic() {
            return set.length == 2 && set[0] == set[1] && set[0] < 0xD800 || isOneClass(forward(set));
        }
    }

    /** The characters of {@code \Q...\E}, which the sequence takes apart. */
    private static final class Quoted extends Node {
        final List<Node> chars;

        Quoted(List<Node> chars) {
            this.chars = chars;
        }

        @Override
        void emit(Emitter out) {
            throw new IllegalStateException();
        }

        @Override
        boolean nullable() {
            return chars.isEmpty();
        }
    }

    private static final class Raw extends Node {
        final String js;
        final boolean zeroWidth;

        Raw(String js, boolean zeroWidth) {
            this.js = js;
            this.zeroWidth = zeroWidth;
        }

        @Override
        void emit(Emitter out) {
            out.sb.append(js);
        }

        @Override
        boolean nullable() {
            return zeroWidth;
        }

        @Override
        boolean zeroWidth() {
            return zeroWidth;
        }
    }

    private static final class BackRef extends Node {
        final int group;

        BackRef(int group) {
            this.group = group;
        }

        @Override
        void emit(Emitter out) {
            out.sb.append("(?:\\").append(out.jsGroups[group - 1]).append(')');
        }

        @Override
        boolean nullable() {
            return true; // the group may have matched the empty string
        }

        @Override
        boolean hasBackRef() {
            return true;
        }

        @Override
        java.util.Set<Integer> setGroups(java.util.Set<Integer> before) throws UnsupportedPatternException {
            if (!before.contains(group)) {
                throw new UnsupportedPatternException("a backreference to group " + group + ", which may be unset"
                        + " or still open where it is used: the JDK then fails, JavaScript matches the empty string");
            }
            return before;
        }

        @Override
        boolean atomic() {
            return true;
        }
    }

    private static final class Seq extends Node {
        final List<Node> items;

        Seq(List<Node> items) {
            this.items = items;
        }

        @Override
        void emit(Emitter out) {
            for (Node n : items) {
                n.emit(out);
            }
        }

        @Override
        boolean nullable() {
            return items.stream().allMatch(Node::nullable);
        }

        @Override
        boolean zeroWidth() {
            return items.stream().allMatch(Node::zeroWidth);
        }

        @Override
        boolean skippable() {
            return items.stream().anyMatch(Node::skippable);
        }

        @Override
        java.util.Set<Integer> setGroups(java.util.Set<Integer> before) throws UnsupportedPatternException {
            java.util.Set<Integer> set = before;
            for (Node n : items) {
                set = n.setGroups(set);
            }
            return set;
        }

        @Override
        boolean hasCapture() {
            return items.stream().anyMatch(Node::hasCapture);
        }

        @Override
        boolean hasBackRef() {
            return items.stream().anyMatch(Node::hasBackRef);
        }

        @Override
        boolean hasSupplementary() {
            return items.stream().anyMatch(Node::hasSupplementary);
        }
    }

    private static final class Alt extends Node {
        final List<Node> branches;

        Alt(List<Node> branches) {
            this.branches = branches;
        }

        @Override
        void emit(Emitter out) {
            for (int i = 0; i < branches.size(); i++) {
                if (i > 0) {
                    out.sb.append('|');
                }
                branches.get(i).emit(out);
            }
        }

        @Override
        boolean nullable() {
            return branches.stream().anyMatch(Node::nullable);
        }

        @Override
        boolean skippable() {
            return hasCapture();
        }

        @Override
        java.util.Set<Integer> setGroups(java.util.Set<Integer> before) throws UnsupportedPatternException {
            java.util.Set<Integer> common = null;
            for (Node b : branches) {
                java.util.Set<Integer> after = new java.util.HashSet<>(b.setGroups(before));
                if (common == null) {
                    common = after;
                } else {
                    common.retainAll(after);
                }
            }
            return common;
        }

        @Override
        boolean hasCapture() {
            return branches.stream().anyMatch(Node::hasCapture);
        }

        @Override
        boolean hasBackRef() {
            return branches.stream().anyMatch(Node::hasBackRef);
        }

        @Override
        boolean hasSupplementary() {
            return branches.stream().anyMatch(Node::hasSupplementary);
        }
    }

    private static final class Group extends Node {
        static final int PLAIN = 0;
        static final int CAPTURE = 1;
        static final int AHEAD = 2;
        static final int NOT_AHEAD = 3;
        static final int BEHIND = 4;
        static final int NOT_BEHIND = 5;
        static final int ATOMIC = 6;
        final int kind;
        final Node body;
        final int number;

        Group(int kind, Node body, int number) {
            this.kind = kind;
            this.body = body;
            this.number = number;
        }

        @Override
        void emit(Emitter out) {
            switch (kind) {
                case CAPTURE -> {
                    out.jsGroups[number - 1] = out.next++;
                    out.sb.append('(');
                    body.emit(out);
                    out.sb.append(')');
                }
                case ATOMIC -> {
                    int aux = out.next++;
                    out.sb.append("(?=(");
                    body.emit(out);
                    out.sb.append("))(?:\\").append(aux).append(')');
                }
                default -> {
                    out.sb.append(
                            switch (kind) {
                                case AHEAD -> "(?=";
                                case NOT_AHEAD -> "(?!";
                                case BEHIND -> "(?<=";
                                case NOT_BEHIND -> "(?<!";
                                default -> "(?:";
                            });
                    body.emit(out);
                    out.sb.append(')');
                }
            }
        }

        @Override
        boolean nullable() {
            return kind >= AHEAD && kind <= NOT_BEHIND || body.nullable();
        }

        @Override
        boolean zeroWidth() {
            return kind >= AHEAD && kind <= NOT_BEHIND || body.zeroWidth();
        }

        @Override
        boolean skippable() {
            return kind != NOT_AHEAD && kind != NOT_BEHIND && body.skippable();
        }

        @Override
        java.util.Set<Integer> setGroups(java.util.Set<Integer> before) throws UnsupportedPatternException {
            java.util.Set<Integer> after = body.setGroups(before);
            if (kind == NOT_AHEAD || kind == NOT_BEHIND || kind == BEHIND) {
                return before;
            }
            if (kind == CAPTURE) {
                after = new java.util.HashSet<>(after);
                after.add(number);
            }
            return after;
        }

        @Override
        boolean hasCapture() {
            return kind == CAPTURE || body.hasCapture();
        }

        @Override
        boolean hasBackRef() {
            return body.hasBackRef();
        }

        @Override
        boolean hasSupplementary() {
            return body.hasSupplementary();
        }

        @Override
        boolean atomic() {
            return kind != ATOMIC; // an atomic group is emitted as a lookahead and a backreference
        }
    }

    private static final class Quant extends Node {
        final Node atom;
        final int min;
        final int max;
        final char mode;

        Quant(Node atom, int min, int max, char mode) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.mode = mode;
        }

        /** Whether nothing follows this quantifier in the pattern, so that a greedy run never backtracks. */
        boolean tail;

        @Override
        void emit(Emitter out) {
            if (tail
                    && mode == 'g'
                    && max == -1
                    && min <= 1
                    && atom instanceof CodePoints c
                    && contains(c.set, 0xD800, MAX_CP)) {
                // a run of code points of a set with every surrogate and supplementary code point, not followed by
                // anything, ends where a run of its UTF-16 units ends: one class, which JS engines scan fastest
                out.sb
                        .append('[')
                        .append(bmpItems(c.set, true))
                        .append("\\uD800-\\uDBFF]")
                        .append(min == 0 ? '*' : '+');
                return;
            }
            int aux = 0;
            if (mode == 'p') {
                aux = out.next++;
                out.sb.append("(?=(");
            }
            boolean wrap = !atom.atomic();
            if (wrap) {
                out.sb.append("(?:");
            }
            atom.emit(out);
            if (wrap) {
                out.sb.append(')');
            }
            if (min == 0 && max == -1) {
                out.sb.append('*');
            } else if (min == 1 && max == -1) {
                out.sb.append('+');
            } else if (min == 0 && max == 1) {
                out.sb.append('?');
            } else if (min == max) {
                out.sb.append('{').append(min).append('}');
            } else {
                out.sb
                        .append('{')
                        .append(min)
                        .append(',')
                        .append(max < 0 ? "" : String.valueOf(max))
                        .append('}');
            }
            if (mode == 'l') {
                out.sb.append('?');
            } else if (mode == 'p') {
                out.sb.append("))(?:\\").append(aux).append(')');
            }
        }

        @Override
        boolean nullable() {
            return min == 0 || atom.nullable();
        }

        @Override
        boolean skippable() {
            return min == 0 ? atom.hasCapture() : atom.skippable();
        }

        @Override
        java.util.Set<Integer> setGroups(java.util.Set<Integer> before) throws UnsupportedPatternException {
            java.util.Set<Integer> after = atom.setGroups(before);
            return min > 0 ? after : before;
        }

        @Override
        boolean hasCapture() {
            return atom.hasCapture();
        }

        @Override
        boolean hasBackRef() {
            return atom.hasBackRef();
        }

        @Override
        boolean hasSupplementary() {
            return atom.hasSupplementary();
        }
    }
}
