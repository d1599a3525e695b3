package io.jdash.compiler.conformance;

import java.util.List;
import java.util.Random;

/**
 * Seeded random regular expressions from a grammar of {@code java.util.regex}'s constructs (literals, classes with
 * ranges, unions, intersections and negation, predefined, POSIX and Unicode classes, anchors, boundaries, groups,
 * lookaround, quantifiers greedy, lazy and possessive, atomic groups, backreferences, inline flags), texts made of
 * the characters where the JDK's rules are subtle (case folding, line terminators, combining marks, surrogates),
 * and replacement strings including the malformed ones.
 */
final class RegexGenerator {
    private static final List<String> LITERALS = List.of(
            "a",
            "b",
            "c",
            "A",
            "B",
            "k",
            "s",
            "x",
            "0",
            "1",
            "_",
            " ",
            "-",
            "\\.",
            ",",
            "é",
            "σ",
            "Σ",
            "ß",
            "😀",
            "\\x{1F600}",
            "\\u00e9",
            "\\t",
            "\\n",
            "\\r",
            "\\\\",
            "\\$",
            "\\Q.*\\E",
            "\\x41",
            "\\0101",
            "\\cJ",
            "İ",
            "ı",
            "K",
            "\\u212A",
            "\\uD83D\\uDE00",
            "\\e");
    /** Members of generated literal classes, written as a class needs them (the chars of {@link #memberText}). */
    private static final List<String> MEMBERS = List.of(
            "a", "b", "c", "x", "y", "z", "A", "B", "0", "1", "9", ".", ",", ";", ":", "|", "$", "+", "*", "?", "(",
            ")", "{", "}", "/", "!", "#", "@", "%", "=", "'", "\"", "~", "<", ">", " ", "_", "\\-", "\\[", "\\]",
            "\\\\", "\\^", "é", "😀", "\\t");

    private static final List<String> CLASSES = List.of(
            "[abc]",
            "[a-z]",
            "[A-Z]",
            "[^a-z0-9]",
            "[^a-z]",
            "[a-c0-2]",
            "[\\w&&[^_]]",
            "[a-c[x-z]]",
            "[^\\s]",
            "[\\p{L}&&[^a-z]]",
            "[-a]",
            "[a-]",
            "[.]",
            "[$^]",
            "[é-ü]",
            "[😀-😂]",
            "[^😀]",
            "[\\x{1F600}-\\x{1F64F}]",
            "[\\u0000-\\u007F]",
            "[\\n\\r]",
            "[^\\n]",
            "[ks]",
            "[K]",
            "[\\d\\s]",
            "[^\\p{IsAlphabetic}]",
            "[[a-f]&&[d-z]]",
            "[a-z&&[^aeiou]]",
            "[]a]",
            "[^]a]");
    private static final List<String> PREDEFINED = List.of(
            "\\d",
            "\\w",
            "\\s",
            "\\D",
            "\\W",
            "\\S",
            "\\h",
            "\\v",
            "\\H",
            "\\V",
            "\\p{L}",
            "\\p{Lu}",
            "\\p{Ll}",
            "\\p{IsAlphabetic}",
            "\\p{InGreek}",
            "\\p{IsLatin}",
            "\\p{Alpha}",
            "\\p{Punct}",
            "\\p{Digit}",
            "\\p{Upper}",
            "\\p{Lower}",
            "\\p{Space}",
            "\\p{Alnum}",
            "\\P{L}",
            "\\pL",
            "\\p{javaLowerCase}",
            "\\p{IsGreek}",
            "\\p{Nd}",
            "\\p{M}",
            "\\p{Mn}",
            "\\p{IsDigit}",
            "\\p{IsWhite_Space}",
            "\\p{Sc}",
            "\\p{Cntrl}",
            "\\p{XDigit}",
            "\\p{Blank}",
            "\\p{Graph}",
            "\\N{LATIN SMALL LETTER A}",
            ".",
            ".",
            ".");
    private static final List<String> ANCHORS = List.of("^", "$", "\\b", "\\B", "\\A", "\\z", "\\Z");
    private static final List<String> QUANTIFIERS = List.of(
            "*", "+", "?", "{2}", "{1,2}", "{0,3}", "{2,}", "*?", "+?", "??", "{1,2}?", "*+", "++", "?+", "{1,3}+");
    private static final List<String> FLAGS = List.of(
            "(?i)", "(?iu)", "(?m)", "(?s)", "(?x)", "(?U)", "(?d)", "(?im)", "(?ms)", "(?-i)", "(?iU)", "(?dm)");
    /** Characters texts are made of. */
    static final List<String> TEXT_PARTS = List.of(
            "a",
            "b",
            "c",
            "A",
            "B",
            "C",
            "k",
            "K",
            "s",
            "S",
            "x",
            "z",
            "0",
            "1",
            "9",
            "_",
            " ",
            "-",
            ".",
            ",",
            "$",
            "\\",
            "\n",
            "\r",
            "\r\n",
            "\u0085",
            "\u2028",
            "\u2029",
            "\t",
            "\u000B",
            "\f",
            "é",
            "e\u0301",
            "\u0301",
            "ü",
            "ß",
            "ſ",
            "\u212A",
            "İ",
            "ı",
            "i",
            "σ",
            "ς",
            "Σ",
            "Ω",
            "😀",
            "😂",
            "\uD835\uDC00",
            "\uD83D",
            "\uDE00",
            "٣",
            "\u00A0",
            "\u3000",
            "中",
            "ǅ",
            "*",
            "(",
            "é");

    private static final List<String> REPLACEMENTS = List.of(
            "-", "", "[$0]", "<$1>", "${n1}", "\\$", "$", "\\", "$9", "$12", "${x}", "${1a}", "${", "${n1", "$a",
            "x\\y", "$00", "$10", "$1$1", "\\\\", "${}", "#", "$2-$1", "${n2}", "a$");

    private final Random random;
    private int groups;
    private boolean named;
    private int depth;

    RegexGenerator(long seed) {
        random = new Random(seed);
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A random pattern (valid or not: the JDK decides). */
    String pattern() {
        groups = 0;
        named = false;
        depth = 0;
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(pick(FLAGS));
        }
        sb.append(alternation());
        return sb.toString();
    }

    private String alternation() {
        StringBuilder sb = new StringBuilder(sequence());
        while (random.nextInt(5) == 0) {
            sb.append('|').append(sequence());
        }
        return sb.toString();
    }

    private String sequence() {
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            String atom = atom();
            sb.append(atom);
            if (random.nextInt(3) == 0
                    && !atom.startsWith("^")
                    && !atom.startsWith("$")
                    && !atom.startsWith("\\b")
                    && !atom.startsWith("\\B")
                    && !atom.startsWith("\\A")
                    && !atom.startsWith("\\z")
                    && !atom.startsWith("\\Z")) {
                sb.append(pick(QUANTIFIERS));
            }
        }
        return sb.toString();
    }

    private String atom() {
        int kind = random.nextInt(depth > 2 ? 6 : 10);
        switch (kind) {
            case 0, 1:
                return pick(LITERALS);
            case 2:
                return pick(CLASSES);
            case 3:
                return pick(PREDEFINED);
            case 4:
                return random.nextInt(3) == 0 ? pick(ANCHORS) : pick(LITERALS);
            case 5:
                if (groups > 0 && random.nextInt(3) == 0) {
                    return named && random.nextBoolean() ? "\\k<n1>" : "\\" + (1 + random.nextInt(groups));
                }
                return random.nextInt(4) == 0 ? "\\R" : pick(PREDEFINED);
            default: {
                depth++;
                String open =
                        switch (random.nextInt(11)) {
                            case 0, 1 -> {
                                groups++;
                                yield "(";
                            }
                            case 2 -> {
                                groups++;
                                String name = named ? "n2" : "n1";
                                named = true;
                                yield "(?<" + name + ">";
                            }
                            case 3 -> "(?:";
                            case 4 -> "(?=";
                            case 5 -> "(?!";
                            case 6 -> "(?<=";
                            case 7 -> "(?<!";
                            case 8 -> "(?>";
                            case 9 -> "(?i:";
                            default -> "(?" + pick(List.of("s", "m", "x", "-i", "iu", "U")) + ":";
                        };
                String body = alternation();
                depth--;
                return open + body + ")";
            }
        }
    }

    /** A random text. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            sb.append(pick(TEXT_PARTS));
        }
        return sb.toString();
    }

    /** A random replacement string. */
    String replacement() {
        return random.nextInt(3) == 0 ? "-" : pick(REPLACEMENTS);
    }

    /** A random split limit. */
    int limit() {
        return List.of(-1, 0, 0, 1, 2, 3).get(random.nextInt(6));
    }

    /**
     * A class of one to seven literal members ({@code [.,;]}, {@code [^ab$]}), sometimes quantified and between
     * literals: the translator writes such sets as JS classes, one member alone.
     */
    String memberClass() {
        StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "x" : "");
        sb.append(random.nextInt(5) == 0 ? "[^" : "[");
        int members = 1 + random.nextInt(7);
        for (int i = 0; i < members; i++) {
            sb.append(pick(MEMBERS));
        }
        sb.append(']');
        if (random.nextInt(3) == 0) {
            sb.append(pick(List.of("+", "*", "?", "{2}", "+?")));
        }
        return sb.toString();
    }

    /** A text of up to twelve characters of the generated classes' members. */
    String memberText() {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            String m = pick(MEMBERS);
            sb.append(m.length() == 2 && m.charAt(0) == '\\' ? m.substring(1).replace("t", "\t") : m);
        }
        return sb.toString();
    }
}
