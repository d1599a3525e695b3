package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the text APIs callbacks use most: {@code String}'s indexes, searches, comparisons, case,
 * stripping, repetition, lines, code points and conversions, and {@code StringBuilder}/{@code StringBuffer} edits
 * (insert, delete, replace, reverse, set, code points) on texts with surrogate pairs, lone surrogates, blanks of
 * every kind and letters whose case changes their length, at indexes inside, at and beyond the ends. Compiled by
 * javac at test time and run on the JVM and in the browser on the same inputs: the answers, or the exception's class
 * and message, must be the JVM's. {@code -Djdash.textapis.seed=N} explores other programs; a disagreement's source is
 * in {@code target/textapis-<seed>.java}.
 */
class TextApiConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS =
            List.of("abc", "", "a😀b", "  Ab c\t", "ß", "\u2003x\u00a0", "a,b,,c,", "\uD800x", "AB\nc\r\nd", "İı");

    private static final List<String> STRING_SOURCES = List.of(
            "b",
            "n",
            "\"a😀b\"",
            "\"  Ab c  \"",
            "\"\\u2003x\\u00a0\\t\"",
            "\"ǅungla Straße\"",
            "b.repeat(a)",
            "String.valueOf(a * -37)",
            "\"a,b,,c,\"",
            "\"\\uD800x\\uDC00\"",
            "\"x\".repeat(a) + b",
            "\"\"",
            "\"one\\ntwo\\r\\n\\nthree\\r\"",
            "new String(new char[] {'q', 'r', 's'}, 0, a % 4)");

    private static final List<String> STRING_OPS = List.of(
            "out.append(c.substring(a))",
            "out.append(c.substring(a, a + 2))",
            "out.append(c.substring(2, a))",
            "out.append(c.subSequence(a - 1, 3))",
            "out.append(c.charAt(a))",
            "out.append(c.charAt(-a))",
            "out.append(c.codePointAt(a)).append(c.codePointBefore(a))",
            "out.append(c.codePointCount(0, a)).append(c.codePointCount(a, 1))",
            "out.append(c.offsetByCodePoints(0, a))",
            "out.append(c.indexOf('b', a)).append(c.indexOf(\"b\", -a)).append(c.indexOf(0x1F600))",
            "out.append(c.lastIndexOf(\"\", a * 3)).append(c.lastIndexOf('a', -1)).append(c.lastIndexOf(\"b\"))",
            "out.append(c.indexOf(\"\", a * 3)).append(c.indexOf(b)).append(c.lastIndexOf(b, a))",
            "out.append(c.regionMatches(true, a, \"AB\", 0, 2)).append(c.regionMatches(a - 1, b, 0, a))",
            "out.append(c.startsWith(\"b\", a)).append(c.startsWith(b, -1)).append(c.endsWith(\"\"))",
            "out.append(c.compareTo(b)).append(c.compareToIgnoreCase(\"AB\")).append(c.equalsIgnoreCase(b))",
            "out.append(c.compareTo(\"a\\uD800\")).append(c.compareToIgnoreCase(\"SS\"))",
            "out.append('[').append(c.strip()).append('|').append(c.stripLeading()).append('|')"
                    + ".append(c.stripTrailing()).append('|').append(c.trim()).append(']').append(c.isBlank())",
            "out.append(c.repeat(a - 1))",
            "out.append(c.chars().sum()).append(c.codePoints().count()).append(c.codePoints().max())",
            "out.append(c.lines().collect(Collectors.toList()))",
            "out.append(c.indent(a - 2).replace('\\n', '/'))",
            "out.append(c.stripIndent().replace('\\n', '/'))",
            "out.append(c.translateEscapes())",
            "out.append(\"\\\\t\\\\u0041\\\\101\\\\s\".translateEscapes()).append(\"a\\\\\\nb\".translateEscapes())",
            "out.append((\"x\\\\\" + c).translateEscapes())",
            "char[] d = new char[6]; c.getChars(0, a, d, 1); out.append(new String(d).replace('\\0', '_'))",
            "char[] d = new char[4]; c.getChars(a, 2, d, 0); out.append(new String(d).replace('\\0', '_'))",
            "out.append(c.contentEquals(new StringBuilder(b))).append(c.contentEquals(b))",
            "out.append(String.valueOf(c.toCharArray(), a, 2))",
            "out.append(new String(c.toCharArray(), 1, a))",
            "out.append(String.copyValueOf(c.toCharArray(), a, a))",
            "out.append(new String(new int[] {0x1F600, 'a', a * 300_000}, 0, 3))",
            "out.append(new String(new int[] {-a}, 0, 1))",
            "out.append(c.replace('a', 'z')).append(c.replace(\"\", \"-\")).append(c.replace(\"b\", \"\"))",
            "out.append(c.replace(b, \"$1\")).append(c.replaceFirst(\"b\", \"$0$0\"))",
            "out.append(c.toUpperCase()).append(c.toLowerCase()).append(c.toUpperCase().length())",
            "out.append(String.join(\"|\", c.split(\"\", a - 2)))",
            "out.append(String.join(\"|\", c.split(\",\", -1))).append(c.split(\",\").length)",
            "out.append(c.concat(b)).append(c.contains(\"b\")).append(c.isEmpty())",
            "out.append(c.hashCode()).append(c.equals(b)).append(c.intern().equals(c))",
            "out.append(String.valueOf((Object) null)).append(String.valueOf(new char[] {'h', 'i'}))",
            "out.append(c.describeConstable().get()).append(c.length())",
            "out.append(String.format(\"%s|%5s|%-5s|%.2s|%S\", c, c, c, c, c))",
            "out.append(c.chars().mapToObj(i -> Integer.toHexString(i)).collect(Collectors.joining(\" \")))",
            "out.append(c.matches(\"[a-z]+\")).append(c.compareTo(n))",
            "out.append(c.<String>transform(s -> s + s.length())).append(c.formatted())",
            "out.append(c.isBlank() ? \"blank\" : c.strip().substring(1))",
            "out.append(c.toString().toCharArray().length).append(c.chars().filter(Character::isWhitespace)"
                    + ".count())",
            "out.append(Character.isWhitespace(c.isEmpty() ? ' ' : c.charAt(0))).append(Character.isSpaceChar(c"
                    + ".isEmpty() ? ' ' : c.charAt(c.length() - 1)))");

    private static final List<String> BUILDER_SOURCES = List.of(
            "new StringBuilder(b)",
            "new StringBuilder(\"a😀b\")",
            "new StringBuilder(a * 2)",
            "new StringBuilder().append(a).append('x').append(1.5f).append(true).append((Object) null)",
            "new StringBuilder(\"\\uD83D\\uDE00\\uD800a\\uDC00\")",
            "new StringBuilder(b).append(new char[] {'p', 'q'}).append(-0.0).append(Long.MIN_VALUE)",
            "new StringBuilder(\"abcdef\")",
            "new StringBuilder(-a)",
            "new StringBuilder((CharSequence) b)");

    private static final List<String> BUILDER_OPS = List.of(
            "out.append(c.insert(a, \"Z\"))",
            "out.append(c.insert(a, 'c')).append(c.insert(0, a * 1.5))",
            "out.append(c.insert(a, new char[] {'q', 'r'}, 1, 1))",
            "out.append(c.insert(1, new char[] {'q', 'r'}, a, 1))",
            "out.append(c.insert(a, (CharSequence) \"xyz\", 1, a))",
            "out.append(c.insert(a, (Object) null)).append(c.insert(0, (String) null))",
            "out.append(c.delete(a, a + 2))",
            "out.append(c.delete(2, a))",
            "out.append(c.delete(a, 100))",
            "out.append(c.deleteCharAt(a))",
            "out.append(c.replace(a, 1, \"x\"))",
            "out.append(c.replace(1, 100, \"y\")).append(c.replace(c.length(), c.length(), \"e\"))",
            "out.append(c.reverse())",
            "c.setCharAt(a, 'x'); out.append(c)",
            "c.setLength(a); out.append(c.toString().replace('\\0', '_'))",
            "out.append(c.charAt(a)).append(c.indexOf(\"b\", a)).append(c.lastIndexOf(\"a\", a))",
            "out.append(c.indexOf(\"\")).append(c.lastIndexOf(\"\")).append(c.indexOf(\"\", 99))",
            "out.append(c.substring(a)).append(c.subSequence(0, 1))",
            "out.append(c.substring(a, 1))",
            "out.append(c.appendCodePoint(0x1F600)).append(c.length())",
            "out.append(c.appendCodePoint(a * -1))",
            "out.append(c.appendCodePoint(0x110000))",
            "out.append(c.codePointAt(a)).append(c.codePointBefore(1)).append(c.codePointCount(0, c.length()))",
            "out.append(c.offsetByCodePoints(a, 1))",
            "out.append(c.append(new char[] {'u', 'v', 'w'}, a, 2))",
            "out.append(c.append((CharSequence) \"lmno\", a, 3))",
            "out.append(c.append((CharSequence) null, 0, 2)).append(c.append((StringBuilder) null))",
            "out.append(c.compareTo(new StringBuilder(b))).append(CharSequence.compare(c, \"a\"))",
            "out.append(c.chars().count()).append(c.codePoints().count())",
            "out.append(c.isEmpty()).append(c.length())",
            "char[] d = new char[5]; c.getChars(0, a, d, 0); out.append(new String(d).replace('\\0', '_'))",
            "c.ensureCapacity(a * 10); c.trimToSize(); out.append(c)",
            "out.append(new StringBuffer(c).reverse().insert(a, 9L).deleteCharAt(0))",
            "out.append(new StringBuffer(b).replace(a, a + 1, \"-\").append(2.5e-5).append(1e21))",
            "out.append(c.append(0.1f + 0.2f).append(100.0 / 3).append(1e7).append(1.0E-4))",
            "out.append(c.append(Float.MIN_VALUE).append(Double.MAX_VALUE).append((char) 65).append((int) 'A'))",
            "out.append(c.toString().equals(c.toString())).append(c.equals(new StringBuilder(c)))");

    private static final List<Kind> KINDS = List.of(
            new Kind(6, "String", STRING_SOURCES, STRING_OPS),
            new Kind(4, "StringBuilder", BUILDER_SOURCES, BUILDER_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261241, false", "20261242, true"})
    void textApis_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir) throws Exception {
        long seed = Long.getLong("jdash.textapis.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.text",
                "TextCallbacks",
                CollectionViewGenerator.source(seed, "com.example.text", "TextCallbacks", CALLBACKS, KINDS),
                "textapis-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
