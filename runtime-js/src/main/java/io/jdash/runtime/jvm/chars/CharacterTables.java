package io.jdash.runtime.jvm.chars;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Extracts the Unicode property tables of {@link JvmCharacters} from the running JDK's own {@code Character}, so that
 * a bundle answers as the JVM that built it (Java 17 has Unicode 13; TeaVM's tables are of a later version and lack
 * some derived properties). The compiler calls it at build time. Runs on the JVM only.
 *
 * <p>A table is one text of numbers, each written in groups of five bits from the lowest, one character
 * {@code '0' + group} per group, {@code 32} added to every group but the last. It starts with the value of a code
 * point outside Unicode, then lists runs: how far the run starts after the previous one (the first after code point
 * 0) and, for a table of numbers, its value (zigzag encoded). A table of booleans has no values: the runs alternate,
 * starting with false.
 */
public final class CharacterTables {
    /** The properties with boolean values, by the name of their method in {@link JvmCharacters}. */
    static final Map<String, IntPredicate> BOOLEANS = new LinkedHashMap<>();
    /** The properties with int values (case mappings as the difference to the code point). */
    static final Map<String, IntUnaryOperator> NUMBERS = new LinkedHashMap<>();

    static {
        BOOLEANS.put("isLetter", Character::isLetter);
        BOOLEANS.put("isDigit", Character::isDigit);
        BOOLEANS.put("isLetterOrDigit", Character::isLetterOrDigit);
        BOOLEANS.put("isUpperCase", Character::isUpperCase);
        BOOLEANS.put("isLowerCase", Character::isLowerCase);
        BOOLEANS.put("isTitleCase", Character::isTitleCase);
        BOOLEANS.put("isAlphabetic", Character::isAlphabetic);
        BOOLEANS.put("isIdeographic", Character::isIdeographic);
        BOOLEANS.put("isJavaIdentifierStart", Character::isJavaIdentifierStart);
        BOOLEANS.put("isJavaIdentifierPart", Character::isJavaIdentifierPart);
        BOOLEANS.put("isUnicodeIdentifierStart", Character::isUnicodeIdentifierStart);
        BOOLEANS.put("isUnicodeIdentifierPart", Character::isUnicodeIdentifierPart);
        BOOLEANS.put("isIdentifierIgnorable", Character::isIdentifierIgnorable);
        BOOLEANS.put("isDefined", Character::isDefined);
        BOOLEANS.put("isMirrored", Character::isMirrored);
        BOOLEANS.put("isSpaceChar", Character::isSpaceChar);
        BOOLEANS.put("isWhitespace", Character::isWhitespace);
        NUMBERS.put("getType", Character::getType);
        NUMBERS.put("getNumericValue", Character::getNumericValue);
        NUMBERS.put("getDirectionality", Character::getDirectionality);
        NUMBERS.put("digitValue", cp -> Character.digit(cp, Character.MAX_RADIX));
        NUMBERS.put("upperCaseDelta", cp -> Character.toUpperCase(cp) - cp);
        NUMBERS.put("lowerCaseDelta", cp -> Character.toLowerCase(cp) - cp);
        NUMBERS.put("titleCaseDelta", cp -> Character.toTitleCase(cp) - cp);
    }

    private static final Map<String, String> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    private CharacterTables() {}

    /** The names of every table, as {@code JvmCharacters} has a {@code <name>Table()} method for each. */
    public static java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(BOOLEANS.keySet());
        names.addAll(NUMBERS.keySet());
        return names;
    }

    /** The table of the property {@code name} (one of {@link #names()}), made once per JVM. */
    public static String table(String name) {
        return MADE.computeIfAbsent(name, CharacterTables::make);
    }

    private static String make(String name) {
        StringBuilder sb = new StringBuilder();
        IntPredicate bool = BOOLEANS.get(name);
        if (bool != null) {
            number(sb, bool.test(-1) ? 1 : 0);
            boolean last = false;
            int start = 0;
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (bool.test(cp) != last) {
                    number(sb, cp - start);
                    start = cp;
                    last = !last;
                }
            }
            return sb.toString();
        }
        IntUnaryOperator f = NUMBERS.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no character table " + name);
        }
        number(sb, zigzag(f.applyAsInt(-1)));
        int start = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int v = f.applyAsInt(cp);
            if (cp == 0 || v != f.applyAsInt(cp - 1)) {
                number(sb, cp - start);
                number(sb, zigzag(v));
                start = cp;
            }
        }
        return sb.toString();
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static void number(StringBuilder sb, int v) {
        while (v >>> 5 != 0) {
            sb.append((char) ('0' + 32 + (v & 31)));
            v >>>= 5;
        }
        sb.append((char) ('0' + v));
    }
}
