package io.jdash.runtime.jvm.chars;

/**
 * {@code Character}'s Unicode properties as the JDK that built the bundle has them: the compiler redirects
 * {@code java.lang.Character}'s methods here and fills each {@code <name>Table()} with the table
 * {@link CharacterTables} extracts, so only the tables of the properties a bundle uses are in it.
 */
public final class JvmCharacters {
    private static PropertyTable letter;
    private static PropertyTable digit;
    private static PropertyTable letterOrDigit;
    private static PropertyTable upperCase;
    private static PropertyTable lowerCase;
    private static PropertyTable titleCase;
    private static PropertyTable alphabetic;
    private static PropertyTable ideographic;
    private static PropertyTable javaStart;
    private static PropertyTable javaPart;
    private static PropertyTable unicodeStart;
    private static PropertyTable unicodePart;
    private static PropertyTable ignorable;
    private static PropertyTable defined;
    private static PropertyTable mirrored;
    private static PropertyTable spaceChar;
    private static PropertyTable whitespace;
    private static PropertyTable type;
    private static PropertyTable numeric;
    private static PropertyTable directionality;
    private static PropertyTable digitValue;
    private static PropertyTable upper;
    private static PropertyTable lower;
    private static PropertyTable title;

    private JvmCharacters() {}

    // The tables: the compiler replaces each body by the table's text.

    static String isLetterTable() {
        return "";
    }

    static String isDigitTable() {
        return "";
    }

    static String isLetterOrDigitTable() {
        return "";
    }

    static String isUpperCaseTable() {
        return "";
    }

    static String isLowerCaseTable() {
        return "";
    }

    static String isTitleCaseTable() {
        return "";
    }

    static String isAlphabeticTable() {
        return "";
    }

    static String isIdeographicTable() {
        return "";
    }

    static String isJavaIdentifierStartTable() {
        return "";
    }

    static String isJavaIdentifierPartTable() {
        return "";
    }

    static String isUnicodeIdentifierStartTable() {
        return "";
    }

    static String isUnicodeIdentifierPartTable() {
        return "";
    }

    static String isIdentifierIgnorableTable() {
        return "";
    }

    static String isDefinedTable() {
        return "";
    }

    static String isMirroredTable() {
        return "";
    }

    static String isSpaceCharTable() {
        return "";
    }

    static String isWhitespaceTable() {
        return "";
    }

    static String getTypeTable() {
        return "";
    }

    static String getNumericValueTable() {
        return "";
    }

    static String getDirectionalityTable() {
        return "";
    }

    static String digitValueTable() {
        return "";
    }

    static String upperCaseDeltaTable() {
        return "";
    }

    static String lowerCaseDeltaTable() {
        return "";
    }

    static String titleCaseDeltaTable() {
        return "";
    }

    /** {@code Character.isLetter(int)}. */
    public static boolean isLetter(int cp) {
        if (letter == null) {
            letter = PropertyTable.booleans(isLetterTable());
        }
        return letter.test(cp);
    }

    /** {@code Character.isLetter(char)}. */
    public static boolean isLetter(char c) {
        return isLetter((int) c);
    }

    /** {@code Character.isDigit(int)}. */
    public static boolean isDigit(int cp) {
        if (digit == null) {
            digit = PropertyTable.booleans(isDigitTable());
        }
        return digit.test(cp);
    }

    /** {@code Character.isDigit(char)}. */
    public static boolean isDigit(char c) {
        return isDigit((int) c);
    }

    /** {@code Character.isLetterOrDigit(int)}. */
    public static boolean isLetterOrDigit(int cp) {
        if (letterOrDigit == null) {
            letterOrDigit = PropertyTable.booleans(isLetterOrDigitTable());
        }
        return letterOrDigit.test(cp);
    }

    /** {@code Character.isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return isLetterOrDigit((int) c);
    }

    /** {@code Character.isUpperCase(int)}: upper-case letters and Other_Uppercase ({@code Ⅻ}). */
    public static boolean isUpperCase(int cp) {
        if (upperCase == null) {
            upperCase = PropertyTable.booleans(isUpperCaseTable());
        }
        return upperCase.test(cp);
    }

    /** {@code Character.isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return isUpperCase((int) c);
    }

    /** {@code Character.isLowerCase(int)}: lower-case letters and Other_Lowercase ({@code ª}, {@code ʰ}). */
    public static boolean isLowerCase(int cp) {
        if (lowerCase == null) {
            lowerCase = PropertyTable.booleans(isLowerCaseTable());
        }
        return lowerCase.test(cp);
    }

    /** {@code Character.isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return isLowerCase((int) c);
    }

    /** {@code Character.isTitleCase(int)}. */
    public static boolean isTitleCase(int cp) {
        if (titleCase == null) {
            titleCase = PropertyTable.booleans(isTitleCaseTable());
        }
        return titleCase.test(cp);
    }

    /** {@code Character.isTitleCase(char)}. */
    public static boolean isTitleCase(char c) {
        return isTitleCase((int) c);
    }

    /** {@code Character.isAlphabetic(int)}. */
    public static boolean isAlphabetic(int cp) {
        if (alphabetic == null) {
            alphabetic = PropertyTable.booleans(isAlphabeticTable());
        }
        return alphabetic.test(cp);
    }

    /** {@code Character.isIdeographic(int)}, which TeaVM lacks. */
    public static boolean isIdeographic(int cp) {
        if (ideographic == null) {
            ideographic = PropertyTable.booleans(isIdeographicTable());
        }
        return ideographic.test(cp);
    }

    /** {@code Character.isJavaIdentifierStart(int)}. */
    public static boolean isJavaIdentifierStart(int cp) {
        if (javaStart == null) {
            javaStart = PropertyTable.booleans(isJavaIdentifierStartTable());
        }
        return javaStart.test(cp);
    }

    /** {@code Character.isJavaIdentifierStart(char)}. */
    public static boolean isJavaIdentifierStart(char c) {
        return isJavaIdentifierStart((int) c);
    }

    /** {@code Character.isJavaIdentifierPart(int)}. */
    public static boolean isJavaIdentifierPart(int cp) {
        if (javaPart == null) {
            javaPart = PropertyTable.booleans(isJavaIdentifierPartTable());
        }
        return javaPart.test(cp);
    }

    /** {@code Character.isJavaIdentifierPart(char)}. */
    public static boolean isJavaIdentifierPart(char c) {
        return isJavaIdentifierPart((int) c);
    }

    /** {@code Character.isUnicodeIdentifierStart(int)}. */
    public static boolean isUnicodeIdentifierStart(int cp) {
        if (unicodeStart == null) {
            unicodeStart = PropertyTable.booleans(isUnicodeIdentifierStartTable());
        }
        return unicodeStart.test(cp);
    }

    /** {@code Character.isUnicodeIdentifierStart(char)}. */
    public static boolean isUnicodeIdentifierStart(char c) {
        return isUnicodeIdentifierStart((int) c);
    }

    /** {@code Character.isUnicodeIdentifierPart(int)}. */
    public static boolean isUnicodeIdentifierPart(int cp) {
        if (unicodePart == null) {
            unicodePart = PropertyTable.booleans(isUnicodeIdentifierPartTable());
        }
        return unicodePart.test(cp);
    }

    /** {@code Character.isUnicodeIdentifierPart(char)}. */
    public static boolean isUnicodeIdentifierPart(char c) {
        return isUnicodeIdentifierPart((int) c);
    }

    /** {@code Character.isIdentifierIgnorable(int)}. */
    public static boolean isIdentifierIgnorable(int cp) {
        if (ignorable == null) {
            ignorable = PropertyTable.booleans(isIdentifierIgnorableTable());
        }
        return ignorable.test(cp);
    }

    /** {@code Character.isIdentifierIgnorable(char)}. */
    public static boolean isIdentifierIgnorable(char c) {
        return isIdentifierIgnorable((int) c);
    }

    /** {@code Character.isDefined(int)}: assigned in the JDK's Unicode version. */
    public static boolean isDefined(int cp) {
        if (defined == null) {
            defined = PropertyTable.booleans(isDefinedTable());
        }
        return defined.test(cp);
    }

    /** {@code Character.isDefined(char)}. */
    public static boolean isDefined(char c) {
        return isDefined((int) c);
    }

    /** {@code Character.isMirrored(int)}, which TeaVM lacks. */
    public static boolean isMirrored(int cp) {
        if (mirrored == null) {
            mirrored = PropertyTable.booleans(isMirroredTable());
        }
        return mirrored.test(cp);
    }

    /** {@code Character.isMirrored(char)}. */
    public static boolean isMirrored(char c) {
        return isMirrored((int) c);
    }

    /**
     * {@code Character.isSpaceChar(int)}, from a table of its own: TeaVM's asks {@code getType}, whose table is the
     * largest, and {@code String.strip} and {@code isBlank} would bring it into every bundle that trims.
     */
    public static boolean isSpaceChar(int cp) {
        if (spaceChar == null) {
            spaceChar = PropertyTable.booleans(isSpaceCharTable());
        }
        return spaceChar.test(cp);
    }

    /** {@code Character.isSpaceChar(char)}. */
    public static boolean isSpaceChar(char c) {
        return isSpaceChar((int) c);
    }

    /** {@code Character.isWhitespace(int)}, as {@link #isSpaceChar(int)} from a table of its own. */
    public static boolean isWhitespace(int cp) {
        if (whitespace == null) {
            whitespace = PropertyTable.booleans(isWhitespaceTable());
        }
        return whitespace.test(cp);
    }

    /** {@code Character.isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        return isWhitespace((int) c);
    }

    /** {@code Character.getType(int)}. */
    public static int getType(int cp) {
        if (type == null) {
            type = PropertyTable.numbers(getTypeTable());
        }
        return type.value(cp);
    }

    /** {@code Character.getType(char)}. */
    public static int getType(char c) {
        return getType((int) c);
    }

    /** {@code Character.getNumericValue(int)}: -2 for a value that is not a non-negative integer. */
    public static int getNumericValue(int cp) {
        if (numeric == null) {
            numeric = PropertyTable.numbers(getNumericValueTable());
        }
        return numeric.value(cp);
    }

    /** {@code Character.getNumericValue(char)}. */
    public static int getNumericValue(char c) {
        return getNumericValue((int) c);
    }

    /** {@code Character.getDirectionality(int)}, which TeaVM lacks. */
    public static byte getDirectionality(int cp) {
        if (directionality == null) {
            directionality = PropertyTable.numbers(getDirectionalityTable());
        }
        return (byte) directionality.value(cp);
    }

    /** {@code Character.getDirectionality(char)}. */
    public static byte getDirectionality(char c) {
        return getDirectionality((int) c);
    }

    /** {@code Character.digit(int, int)}: the digit's value if below the radix, else -1. */
    public static int digit(int cp, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            return -1;
        }
        if (digitValue == null) {
            digitValue = PropertyTable.numbers(digitValueTable());
        }
        int v = digitValue.value(cp);
        return v < radix ? v : -1;
    }

    /** {@code Character.digit(char, int)}. */
    public static int digit(char c, int radix) {
        return digit((int) c, radix);
    }

    /** {@code Character.toUpperCase(int)}. */
    public static int toUpperCase(int cp) {
        if (upper == null) {
            upper = PropertyTable.numbers(upperCaseDeltaTable());
        }
        return cp + upper.value(cp);
    }

    /** {@code Character.toUpperCase(char)}. */
    public static char toUpperCase(char c) {
        return (char) toUpperCase((int) c);
    }

    /** {@code Character.toLowerCase(int)}. */
    public static int toLowerCase(int cp) {
        if (lower == null) {
            lower = PropertyTable.numbers(lowerCaseDeltaTable());
        }
        return cp + lower.value(cp);
    }

    /** {@code Character.toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return (char) toLowerCase((int) c);
    }

    /** {@code Character.toTitleCase(int)}. */
    public static int toTitleCase(int cp) {
        if (title == null) {
            title = PropertyTable.numbers(titleCaseDeltaTable());
        }
        return cp + title.value(cp);
    }

    /** {@code Character.toTitleCase(char)}. */
    public static char toTitleCase(char c) {
        return (char) toTitleCase((int) c);
    }
}
