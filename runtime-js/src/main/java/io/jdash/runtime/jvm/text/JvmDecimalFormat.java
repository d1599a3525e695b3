package io.jdash.runtime.jvm.text;

import io.jdash.runtime.jvm.locale.JvmLocales;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.ParsePosition;
import java.util.Locale;
import org.teavm.classlib.PlatformDetector;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;

/**
 * What {@code java.text.DecimalFormat} does, in a bundle: the compiler makes every public method of DecimalFormat
 * (and the ones it inherits from NumberFormat) call the method of the same name and signature here, on an instance
 * each DecimalFormat carries. It follows the JDK's rules: the pattern grammar and its exception texts, affixes with
 * quotes, percent, per-mille and currency signs, grouping, integer and fraction digit limits, scientific notation,
 * and rounding of the JDK's decimal digits of a double by every RoundingMode, with ties decided by the double's
 * exact binary value (as the JDK has done since Java 8), and lenient parsing.
 *
 * <p>It is plain Java, so it runs on the JVM too, where tests compare it with the JDK's own DecimalFormat.
 */
public final class JvmDecimalFormat {
    private static final int DOUBLE_INTEGER_DIGITS = 309;
    private static final int DOUBLE_FRACTION_DIGITS = 340;
    private static final char QUOTE = '\'';
    private static final char CURRENCY_SIGN = '\u00A4';

    // symbols
    private char zero;
    private char grouping;
    private char decimal;
    private char monetaryDecimal;
    private char monetaryGrouping;
    private char percent;
    private char perMill;
    private char minus;
    private String exponentSeparator;
    private String infinity;
    private String nan;
    private String currencySymbol;
    private String intlCurrencySymbol;

    // pattern state
    private String posPrefixPattern = "";
    private String posSuffixPattern = "";
    private String negPrefixPattern = "'-";
    private String negSuffixPattern = "";
    private String positivePrefix = "";
    private String positiveSuffix = "";
    private String negativePrefix = "-";
    private String negativeSuffix = "";
    private int multiplier = 1;
    private int groupingSize = 3;
    private boolean groupingUsed = true;
    private boolean decimalSeparatorAlwaysShown;
    private boolean parseBigDecimal;
    private boolean parseIntegerOnly;
    private boolean useExponentialNotation;
    private byte minExponentDigits;
    private boolean currencyFormat;
    private int maxInt = DOUBLE_INTEGER_DIGITS;
    private int minInt = 1;
    private int maxFrac = 3;
    private int minFrac;
    // RoundingMode's ordinal: comparing ints keeps the enum (its class, names and values table) out of a bundle
    // that never names a mode
    private static final int UP = 0;
    private static final int DOWN = 1;
    private static final int CEILING = 2;
    private static final int FLOOR = 3;
    private static final int HALF_UP = 4;
    private static final int HALF_EVEN = 6;
    private static final int UNNECESSARY = 7;
    private int roundingMode = HALF_EVEN;

    // the digits being formatted: 0.digits x 10^decimalAt, count used
    private char[] digits = new char[20];
    private int count;
    private int decimalAt;
    // the double being formatted, and what the JDK's conversion says of its digits (computed when a tie needs it)
    private double source;
    private boolean flagsKnown;
    private boolean exact;
    private boolean roundedUp;
    // the text being formatted: a buffer kept from call to call, so a call makes only its String
    private char[] text = new char[32];
    private int length;

    /** {@code new DecimalFormat(pattern, symbols)}. */
    public JvmDecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        readSymbols(symbols);
        applyPattern(pattern);
    }

    /** {@code new DecimalFormat(pattern)}: the default locale's symbols. */
    public JvmDecimalFormat(String pattern) {
        this(pattern, DecimalFormatSymbols.getInstance());
    }

    /** {@code new DecimalFormat()}: the default locale's number pattern and symbols. */
    public JvmDecimalFormat() {
        this(
                JvmLocales.numberPattern(JvmLocales.defaultLocale(), JvmLocales.NUMBER),
                DecimalFormatSymbols.getInstance());
    }

    private void readSymbols(DecimalFormatSymbols s) {
        zero = s.getZeroDigit();
        grouping = s.getGroupingSeparator();
        decimal = s.getDecimalSeparator();
        monetaryDecimal = s.getMonetaryDecimalSeparator();
        monetaryGrouping = s.getMonetaryGroupingSeparator();
        percent = s.getPercent();
        perMill = s.getPerMill();
        minus = s.getMinusSign();
        exponentSeparator = s.getExponentSeparator();
        infinity = s.getInfinity();
        nan = s.getNaN();
        currencySymbol = s.getCurrencySymbol();
        intlCurrencySymbol = s.getInternationalCurrencySymbol();
    }

    // ---------------------------------------------------------------- pattern

    /** {@code applyPattern}: the JDK's grammar and exception texts. */
    public void applyPattern(String pattern) {
        boolean gotNegative = false;
        useExponentialNotation = false;
        currencyFormat = false;
        int start = 0;
        for (int j = 1; j >= 0 && start < pattern.length(); --j) {
            boolean inQuote = false;
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            int decimalPos = -1;
            int mult = 1;
            int digitLeft = 0;
            int zeroCount = 0;
            int digitRight = 0;
            int groupingCount = -1;
            int phase = 0;
            StringBuilder affix = prefix;
            for (int pos = start; pos < pattern.length(); ++pos) {
                char ch = pattern.charAt(pos);
                if (phase != 1) {
                    if (inQuote) {
                        if (ch == QUOTE) {
                            if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                                ++pos;
                                affix.append("''");
                            } else {
                                inQuote = false;
                            }
                            continue;
                        }
                    } else if (ch == '#' || ch == '0' || ch == ',' || ch == '.') {
                        phase = 1;
                        --pos;
                        continue;
                    } else if (ch == CURRENCY_SIGN) {
                        boolean doubled = pos + 1 < pattern.length() && pattern.charAt(pos + 1) == CURRENCY_SIGN;
                        if (doubled) {
                            ++pos;
                        }
                        currencyFormat = true;
                        affix.append(doubled ? "'\u00A4\u00A4" : "'\u00A4");
                        continue;
                    } else if (ch == QUOTE) {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                            ++pos;
                            affix.append("''");
                        } else {
                            inQuote = true;
                        }
                        continue;
                    } else if (ch == ';') {
                        if (phase == 0 || j == 0) {
                            throw new IllegalArgumentException(
                                    "Unquoted special character '" + ch + "' in pattern \"" + pattern + '"');
                        }
                        start = pos + 1;
                        pos = pattern.length();
                        continue;
                    } else if (ch == '%' || ch == '\u2030') {
                        if (mult != 1) {
                            throw new IllegalArgumentException(
                                    "Too many percent/per mille characters in pattern \"" + pattern + '"');
                        }
                        mult = ch == '%' ? 100 : 1000;
                        affix.append(QUOTE).append(ch);
                        continue;
                    } else if (ch == '-') {
                        affix.append("'-");
                        continue;
                    }
                    affix.append(ch);
                    continue;
                }
                if (j == 0) {
                    // the negative subpattern's number part only delimits its prefix and suffix
                    while (pos < pattern.length()) {
                        char c = pattern.charAt(pos);
                        if (c == '#' || c == '0' || c == ',' || c == '.') {
                            ++pos;
                        } else if (pattern.startsWith("E", pos)) {
                            ++pos;
                        } else {
                            --pos;
                            phase = 2;
                            affix = suffix;
                            break;
                        }
                    }
                    continue;
                }
                if (ch == '#') {
                    if (zeroCount > 0) {
                        ++digitRight;
                    } else {
                        ++digitLeft;
                    }
                    if (groupingCount >= 0 && decimalPos < 0) {
                        ++groupingCount;
                    }
                } else if (ch == '0') {
                    if (digitRight > 0) {
                        throw new IllegalArgumentException("Unexpected '0' in pattern \"" + pattern + '"');
                    }
                    ++zeroCount;
                    if (groupingCount >= 0 && decimalPos < 0) {
                        ++groupingCount;
                    }
                } else if (ch == ',') {
                    groupingCount = 0;
                } else if (ch == '.') {
                    if (decimalPos >= 0) {
                        throw new IllegalArgumentException("Multiple decimal separators in pattern \"" + pattern + '"');
                    }
                    decimalPos = digitLeft + zeroCount + digitRight;
                } else if (ch == 'E') {
                    if (useExponentialNotation) {
                        throw new IllegalArgumentException(
                                "Multiple exponential symbols in pattern \"" + pattern + '"');
                    }
                    useExponentialNotation = true;
                    minExponentDigits = 0;
                    ++pos;
                    while (pos < pattern.length() && pattern.charAt(pos) == '0') {
                        ++minExponentDigits;
                        ++pos;
                    }
                    if (digitLeft + zeroCount < 1 || minExponentDigits < 1) {
                        throw new IllegalArgumentException("Malformed exponential pattern \"" + pattern + '"');
                    }
                    phase = 2;
                    affix = suffix;
                    --pos;
                } else {
                    phase = 2;
                    affix = suffix;
                    --pos;
                }
            }
            if (zeroCount == 0 && digitLeft > 0 && decimalPos >= 0) {
                int n = decimalPos == 0 ? 1 : decimalPos;
                digitRight = digitLeft - n;
                digitLeft = n - 1;
                zeroCount = 1;
            }
            if (decimalPos < 0 && digitRight > 0
                    || decimalPos >= 0 && (decimalPos < digitLeft || decimalPos > digitLeft + zeroCount)
                    || groupingCount == 0
                    || inQuote) {
                throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
            }
            if (j == 1) {
                posPrefixPattern = prefix.toString();
                posSuffixPattern = suffix.toString();
                negPrefixPattern = posPrefixPattern;
                negSuffixPattern = posSuffixPattern;
                int total = digitLeft + zeroCount + digitRight;
                int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : total;
                setMinimumIntegerDigits(effectiveDecimalPos - digitLeft);
                setMaximumIntegerDigits(
                        useExponentialNotation ? digitLeft + getMinimumIntegerDigits() : Integer.MAX_VALUE);
                setMaximumFractionDigits(decimalPos >= 0 ? total - decimalPos : 0);
                setMinimumFractionDigits(decimalPos >= 0 ? digitLeft + zeroCount - decimalPos : 0);
                setGroupingUsed(groupingCount > 0);
                groupingSize = groupingCount > 0 ? groupingCount : 0;
                multiplier = mult;
                setDecimalSeparatorAlwaysShown(decimalPos == 0 || decimalPos == total);
            } else {
                negPrefixPattern = prefix.toString();
                negSuffixPattern = suffix.toString();
                gotNegative = true;
            }
        }
        if (pattern.isEmpty()) {
            posPrefixPattern = "";
            posSuffixPattern = "";
            setMinimumIntegerDigits(0);
            setMaximumIntegerDigits(Integer.MAX_VALUE);
            setMinimumFractionDigits(0);
            setMaximumFractionDigits(Integer.MAX_VALUE);
        }
        if (!gotNegative || negPrefixPattern.equals(posPrefixPattern) && negSuffixPattern.equals(posSuffixPattern)) {
            negSuffixPattern = posSuffixPattern;
            negPrefixPattern = "'-" + posPrefixPattern;
        }
        expandAffixes();
    }

    private void expandAffixes() {
        if (posPrefixPattern != null) {
            positivePrefix = expand(posPrefixPattern);
        }
        if (posSuffixPattern != null) {
            positiveSuffix = expand(posSuffixPattern);
        }
        if (negPrefixPattern != null) {
            negativePrefix = expand(negPrefixPattern);
        }
        if (negSuffixPattern != null) {
            negativeSuffix = expand(negSuffixPattern);
        }
    }

    private String expand(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i++);
            if (c == QUOTE) {
                c = pattern.charAt(i++);
                if (c == CURRENCY_SIGN) {
                    if (i < pattern.length() && pattern.charAt(i) == CURRENCY_SIGN) {
                        ++i;
                        sb.append(intlCurrencySymbol);
                    } else {
                        sb.append(currencySymbol);
                    }
                    continue;
                } else if (c == '%') {
                    c = percent;
                } else if (c == '\u2030') {
                    c = perMill;
                } else if (c == '-') {
                    c = minus;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- formatting

    /** {@code format(double, StringBuffer, FieldPosition)}. */
    public StringBuffer format(double number, StringBuffer result, FieldPosition field) {
        return result.append(format(number));
    }

    /** {@code format(long, StringBuffer, FieldPosition)}. */
    public StringBuffer format(long number, StringBuffer result, FieldPosition field) {
        return result.append(format(number));
    }

    /** {@code format(Object, StringBuffer, FieldPosition)}: integral boxes as longs, big numbers exactly. */
    public StringBuffer format(Object number, StringBuffer result, FieldPosition field) {
        if (number instanceof Double d) {
            return result.append(format(d.doubleValue()));
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return result.append(format(((Number) number).longValue()));
        }
        if (number instanceof Number n && isBig(n)) {
            return result.append(formatDecimalText(n.toString()));
        }
        if (number instanceof Number n) {
            return result.append(format(n.doubleValue()));
        }
        throw new IllegalArgumentException("Cannot format given Object as a Number");
    }

    private static boolean isBig(Number n) {
        String name = n.getClass().getName();
        return name.equals("java.math.BigDecimal") || name.equals("java.math.BigInteger");
    }

    /**
     * {@code NumberFormat.format(double)}: the JDK formats through a fast path when the format is HALF_EVEN with
     * groups of three, no exponent or multiplier, one minimum integer digit and 0–3 fraction digits (2–2 for a
     * currency), and the value is finite with a magnitude up to Integer.MAX_VALUE; that path rounds the exact
     * binary value, where {@code format(double, StringBuffer, FieldPosition)} rounds its decimal digits.
     */
    public String formatNumber(double number) {
        boolean fast = roundingMode == HALF_EVEN
                && groupingUsed
                && groupingSize == 3
                && multiplier == 1
                && !decimalSeparatorAlwaysShown
                && !useExponentialNotation
                && minInt == 1
                && maxInt >= 10
                && (currencyFormat ? minFrac == 2 && maxFrac == 2 : minFrac == 0 && maxFrac == 3);
        if (!fast || Double.isNaN(number) || Double.isInfinite(number) || Math.abs(number) > Integer.MAX_VALUE) {
            return format(number);
        }
        boolean negative = number < 0 || number == 0 && 1 / number < 0;
        double magnitude = Math.abs(number);
        if (magnitude == 0) {
            count = 0;
            decimalAt = 0;
        } else {
            int[] at = new int[1];
            String exact = ExactDigits.exact(magnitude, at);
            ensure(exact.length() + 1);
            exact.getChars(0, exact.length(), digits, 0);
            count = exact.length();
            decimalAt = at[0];
            knownExact();
            roundTo(negative, maxFrac, true);
        }
        return subformat(negative, false, maxInt, minInt, maxFrac, minFrac);
    }

    /** The text of a double. */
    String format(double number) {
        if (number != number || Double.isInfinite(number) && multiplier == 0) {
            return nan;
        }
        boolean negative = (number < 0.0 || number == 0.0 && 1 / number < 0.0) ^ (multiplier < 0);
        if (multiplier != 1) {
            number *= multiplier;
        }
        if (Double.isInfinite(number)) {
            return negative ? negativePrefix + infinity + negativeSuffix : positivePrefix + infinity + positiveSuffix;
        }
        if (negative) {
            number = -number;
        }
        int maxI = Math.min(maxInt, DOUBLE_INTEGER_DIGITS);
        int maxF = Math.min(maxFrac, DOUBLE_FRACTION_DIGITS);
        setDoubleDigits(number);
        source = number;
        flagsKnown = false;
        roundTo(negative, useExponentialNotation ? maxI + maxF : maxF, !useExponentialNotation);
        return subformat(negative, false, maxI, Math.min(minInt, maxI), maxF, Math.min(minFrac, maxF));
    }

    /** The text of a long. */
    String format(long number) {
        boolean negative = number < 0;
        int maxI = Math.min(maxInt, DOUBLE_INTEGER_DIGITS);
        int maxF = Math.min(maxFrac, DOUBLE_FRACTION_DIGITS);
        String text = Long.toString(number);
        String magnitude = negative ? text.substring(1) : text;
        boolean overflow = multiplier != 1
                && multiplier != 0
                && (number == Long.MIN_VALUE || Math.abs(number) > Math.abs(Long.MAX_VALUE / multiplier));
        if (number == Long.MIN_VALUE && multiplier != 0 || overflow) {
            return formatDecimalText(text);
        }
        long value = Math.abs(number) * multiplier;
        if (value == 0) {
            negative = false;
        } else if (multiplier < 0) {
            value = -value;
            negative = !negative;
        }
        magnitude = Long.toString(value);
        setDigits(magnitude);
        stripZeros();
        knownExact();
        if (useExponentialNotation && maxI + maxF > 0) {
            roundTo(negative, maxI + maxF, false);
        }
        return subformat(negative, true, maxI, Math.min(minInt, maxI), maxF, Math.min(minFrac, maxF));
    }

    /** A BigDecimal's or BigInteger's text (plain or with an exponent), formatted exactly. */
    private String formatDecimalText(String text) {
        boolean negative = text.startsWith("-");
        String magnitude = negative ? text.substring(1) : text;
        setDigits(magnitude);
        stripZeros();
        knownExact();
        if (multiplier != 1 && count > 0) {
            multiplyDigits(Math.abs(multiplier));
        }
        if (multiplier < 0) {
            negative = !negative;
        }
        if (multiplier == 0) {
            count = 0;
        }
        if (count == 0) {
            negative = negative && count > 0;
        }
        boolean integer = text.indexOf('.') < 0 && text.indexOf('E') < 0 && decimalAt >= count;
        int maxF = maxFrac;
        roundTo(negative, useExponentialNotation ? maxInt + maxF : maxF, !useExponentialNotation);
        return subformat(negative, integer && !useExponentialNotation, maxInt, minInt, maxF, minFrac);
    }

    private void multiplyDigits(int factor) {
        long carry = 0;
        for (int i = count - 1; i >= 0; i--) {
            long v = (long) (digits[i] - '0') * factor + carry;
            digits[i] = (char) ('0' + v % 10);
            carry = v / 10;
        }
        while (carry > 0) {
            ensure(count + 1);
            System.arraycopy(digits, 0, digits, 1, count);
            digits[0] = (char) ('0' + carry % 10);
            carry /= 10;
            count++;
            decimalAt++;
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
    }

    private void ensure(int size) {
        if (digits.length < size) {
            char[] bigger = new char[Math.max(size, digits.length * 2)];
            System.arraycopy(digits, 0, bigger, 0, count);
            digits = bigger;
        }
    }

    /** Reads {@code 123.45}, {@code 1.2345E-5} or {@code 12345} into the digits, without leading/trailing zeros. */
    private void setDigits(String s) {
        ensure(s.length());
        decimalAt = -1;
        count = 0;
        int exponent = 0;
        int leadingZerosAfterDecimal = 0;
        boolean nonZero = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i++);
            if (c == '.') {
                decimalAt = count;
            } else if (c == 'e' || c == 'E') {
                boolean negativeExponent = s.charAt(i) == '-';
                for (int k = s.charAt(i) == '+' || negativeExponent ? i + 1 : i; k < s.length(); k++) {
                    exponent = exponent * 10 + s.charAt(k) - '0';
                }
                exponent = negativeExponent ? -exponent : exponent;
                break;
            } else {
                if (!nonZero) {
                    nonZero = c != '0';
                    if (!nonZero && decimalAt != -1) {
                        ++leadingZerosAfterDecimal;
                    }
                }
                if (nonZero) {
                    digits[count++] = c;
                }
            }
        }
        if (decimalAt == -1) {
            decimalAt = count;
        }
        if (nonZero) {
            decimalAt += exponent - leadingZerosAfterDecimal;
        }
    }

    /**
     * The digits of a finite, non-negative double as {@link #setDigits} reads them from {@code Double.toString}
     * (the JDK takes them from that text). In a bundle Double.toString prints the shortest digits that read back as
     * the double; the JS engine finds them, and they are laid out here as that text would have them, without the
     * text: a trailing zero where it ends in ".0" ({@code 100.0}: 1000, {@code 5.0E-5}: 50).
     */
    private void setDoubleDigits(double number) {
        if (!PlatformDetector.isJavaScript()) {
            setDigits(Double.toString(number));
        } else if (number == 0) {
            count = 0;
            decimalAt = 0;
        } else {
            ensure(20);
            int packed = shortestDigits(number, digits);
            count = packed & 31;
            decimalAt = packed >> 5;
        }
    }

    // (TeaVM renames a body's parameters to its own short names, so the locals have longer ones.)
    // Java 19's Double.toString: at least 2 digits (where one would do, the 2-digit decimal closest to the value:
    // 4.9E-324), plain from 10^-3 to 10^7 (0.d x 10^e with -2 <= e <= 7, whole numbers ending in ".0"), else
    // d.ddd with an exponent ("1.0E10"). Answers decimalAt x 32 + count.
    @JSBody(
            params = {"d", "b"},
            script = "var txt = d.toExponential(); if (txt.charCodeAt(1) === 101) txt = d.toExponential(1);"
                    + " var end = txt.indexOf('e'), len = 0, exp = +txt.substring(end + 1) + 1;"
                    + " for (var pos = 0; pos < end; pos++) { var chr = txt.charCodeAt(pos);"
                    + " if (chr !== 46) b[len++] = chr; }"
                    + " while (len > 1 && b[len - 1] === 48) len--;"
                    + " if (exp >= -2 && exp <= 7) { while (len <= exp) b[len++] = 48; }"
                    + " else if (len === 1) b[len++] = 48;"
                    + " return exp * 32 + len;")
    private static native int shortestDigits(double d, @JSByRef char[] buffer);

    /** Drops trailing zeros (one stays), as the JDK does once the digits are read. */
    private void stripZeros() {
        while (count > 1 && digits[count - 1] == '0') {
            --count;
        }
    }

    private void knownExact() {
        flagsKnown = true;
        exact = true;
        roundedUp = false;
    }

    /**
     * Whether the JDK's decimal digits of the double being formatted are its exact value, and whether they were
     * rounded up. The JDK's conversion reports integers below 2^63 as neither exact nor rounded (its fast path
     * for them sets neither flag), so their ties round away from zero under HALF_EVEN and HALF_DOWN too; for
     * other values the flags say how the digits compare with the exact binary value.
     */
    private void flags() {
        if (flagsKnown) {
            return;
        }
        flagsKnown = true;
        if (source == Math.floor(source) && source < 0x1p63) {
            exact = false;
            roundedUp = false;
            return;
        }
        int end = count;
        while (end > 1 && digits[end - 1] == '0') {
            end--;
        }
        int cmp = ExactDigits.compare(source, new String(digits, 0, end), decimalAt);
        exact = cmp == 0;
        roundedUp = cmp < 0;
    }

    private void roundTo(boolean negative, int maximumDigits, boolean fixedPoint) {
        if (count == 0) {
            decimalAt = 0;
            return;
        }
        if (fixedPoint) {
            if (-decimalAt > maximumDigits) {
                count = 0;
                return;
            } else if (-decimalAt == maximumDigits) {
                if (shouldRoundUp(0, negative)) {
                    count = 1;
                    ++decimalAt;
                    digits[0] = '1';
                } else {
                    count = 0;
                }
                return;
            }
        }
        stripZeros();
        int max = fixedPoint ? maximumDigits + decimalAt : maximumDigits;
        if (max >= 0 && max < count) {
            if (shouldRoundUp(max, negative)) {
                max = roundUp(max);
            }
            count = max;
            while (count > 1 && digits[count - 1] == '0') {
                --count;
            }
        }
    }

    private boolean shouldRoundUp(int max, boolean negative) {
        if (max >= count) {
            return false;
        }
        int mode = roundingMode;
        if (mode == UP) {
            return nonZeroFrom(max);
        }
        if (mode == DOWN) {
            return false;
        }
        if (mode == CEILING) {
            return nonZeroFrom(max) && !negative;
        }
        if (mode == FLOOR) {
            return nonZeroFrom(max) && negative;
        }
        if (mode == UNNECESSARY) {
            if (nonZeroFrom(max)) {
                throw new ArithmeticException(
                        "Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
            }
            return false;
        }
        if (digits[max] > '5') {
            return true;
        }
        if (digits[max] != '5') {
            return false;
        }
        if (max != count - 1) {
            // the JDK's HALF_UP and HALF_DOWN take any digit after the 5, even a zero, as above the tie
            return mode != HALF_EVEN || nonZeroFrom(max + 1);
        }
        flags();
        if (!exact) {
            return !roundedUp;
        }
        return mode == HALF_UP || mode == HALF_EVEN && max > 0 && (digits[max - 1] - '0') % 2 != 0;
    }

    private boolean nonZeroFrom(int index) {
        for (int i = index; i < count; i++) {
            if (digits[i] != '0') {
                return true;
            }
        }
        return false;
    }

    private int roundUp(int max) {
        do {
            --max;
            if (max < 0) {
                digits[0] = '1';
                ++decimalAt;
                max = 0;
                break;
            }
            ++digits[max];
        } while (digits[max] > '9');
        return ++max;
    }

    private String subformat(boolean negative, boolean isInteger, int maxI, int minI, int maxF, int minF) {
        length = 0;
        put(negative ? negativePrefix : positivePrefix);
        char group = currencyFormat ? monetaryGrouping : grouping;
        char point = currencyFormat ? monetaryDecimal : decimal;
        int zeroDelta = zero - '0';
        if (count == 0) {
            decimalAt = 0;
        }
        if (useExponentialNotation) {
            int exponent = decimalAt;
            int repeat = maxI;
            int minimumIntegerDigits = minI;
            if (repeat > 1 && repeat > minI) {
                exponent = exponent >= 1 ? ((exponent - 1) / repeat) * repeat : ((exponent - repeat) / repeat) * repeat;
                minimumIntegerDigits = 1;
            } else {
                exponent -= minimumIntegerDigits;
            }
            int minimumDigits = minI + minF;
            if (minimumDigits < 0) {
                minimumDigits = Integer.MAX_VALUE;
            }
            int integerDigits = count == 0 ? minimumIntegerDigits : decimalAt - exponent;
            if (minimumDigits < integerDigits) {
                minimumDigits = integerDigits;
            }
            int totalDigits = Math.max(count, minimumDigits);
            for (int i = 0; i < totalDigits; ++i) {
                if (i == integerDigits) {
                    put(point);
                }
                put(i < count ? (char) (digits[i] + zeroDelta) : zero);
            }
            if (decimalSeparatorAlwaysShown && totalDigits == integerDigits) {
                put(point);
            }
            put(exponentSeparator);
            if (count == 0) {
                exponent = 0;
            }
            if (exponent < 0) {
                exponent = -exponent;
                put(minus);
            }
            String e = Integer.toString(exponent);
            for (int i = e.length(); i < minExponentDigits; ++i) {
                put(zero);
            }
            for (int i = 0; i < e.length(); i++) {
                put((char) (e.charAt(i) + zeroDelta));
            }
        } else {
            int n = minI;
            int index = 0;
            if (decimalAt > 0 && n < decimalAt) {
                n = decimalAt;
            }
            if (n > maxI) {
                n = maxI;
                index = decimalAt - n;
            }
            int before = length;
            for (int i = n - 1; i >= 0; --i) {
                if (i < decimalAt && index < count) {
                    put((char) (digits[index++] + zeroDelta));
                } else {
                    put(zero);
                }
                if (groupingUsed && i > 0 && groupingSize != 0 && i % groupingSize == 0) {
                    put(group);
                }
            }
            boolean fraction = minF > 0 || !isInteger && index < count;
            if (!fraction && length == before) {
                put(zero);
            }
            if (decimalSeparatorAlwaysShown || fraction) {
                put(point);
            }
            for (int i = 0; i < maxF; ++i) {
                if (i >= minF && (isInteger || index >= count)) {
                    break;
                }
                if (-1 - i > decimalAt - 1) {
                    put(zero);
                    continue;
                }
                put(!isInteger && index < count ? (char) (digits[index++] + zeroDelta) : zero);
            }
        }
        put(negative ? negativeSuffix : positiveSuffix);
        return new String(text, 0, length);
    }

    private void put(char c) {
        if (length == text.length) {
            char[] bigger = new char[length * 2];
            System.arraycopy(text, 0, bigger, 0, length);
            text = bigger;
        }
        text[length++] = c;
    }

    private void put(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    // ---------------------------------------------------------------- parsing

    /** {@code parse(String, ParsePosition)}: lenient, as the JDK parses by default. */
    public Number parse(String text, ParsePosition pos) {
        int start = pos.getIndex();
        if (text.startsWith(nan, start)) {
            pos.setIndex(start + nan.length());
            return Double.NaN;
        }
        boolean gotPositive = text.startsWith(positivePrefix, start);
        boolean gotNegative = text.startsWith(negativePrefix, start);
        if (gotPositive && gotNegative) {
            if (positivePrefix.length() > negativePrefix.length()) {
                gotNegative = false;
            } else if (positivePrefix.length() < negativePrefix.length()) {
                gotPositive = false;
            }
        }
        int position = start;
        if (gotPositive) {
            position += positivePrefix.length();
        } else if (gotNegative) {
            position += negativePrefix.length();
        } else {
            pos.setErrorIndex(position);
            return null;
        }
        boolean infinite = false;
        long exponent = 0;
        count = 0;
        decimalAt = 0;
        if (text.startsWith(infinity, position)) {
            position += infinity.length();
            infinite = true;
        } else {
            char point = currencyFormat ? monetaryDecimal : decimal;
            char group = currencyFormat ? monetaryGrouping : grouping;
            boolean sawDecimal = false;
            boolean sawDigit = false;
            int digitCount = 0;
            int backup = -1;
            for (; position < text.length(); ++position) {
                char ch = text.charAt(position);
                int digit = ch - zero;
                if (digit < 0 || digit > 9) {
                    digit = Character.digit(ch, 10);
                }
                if (digit == 0) {
                    backup = -1;
                    sawDigit = true;
                    if (count == 0) {
                        if (sawDecimal) {
                            --decimalAt;
                        }
                        continue;
                    }
                    ++digitCount;
                    if (!sawDecimal || !parseIntegerOnly) {
                        append('0');
                    }
                } else if (digit > 0 && digit <= 9) {
                    sawDigit = true;
                    ++digitCount;
                    if (!sawDecimal || !parseIntegerOnly) {
                        append((char) ('0' + digit));
                    }
                    backup = -1;
                } else if (ch == point) {
                    if (parseIntegerOnly || sawDecimal) {
                        break;
                    }
                    decimalAt = digitCount;
                    sawDecimal = true;
                } else if (ch == group && groupingUsed) {
                    if (sawDecimal) {
                        break;
                    }
                    backup = position;
                } else if (text.startsWith(exponentSeparator, position)) {
                    int e = position + exponentSeparator.length();
                    boolean negativeExponent = false;
                    if (text.startsWith(String.valueOf(minus), e)) {
                        negativeExponent = true;
                        e++;
                    }
                    int digitsStart = e;
                    long value = 0;
                    boolean big = false;
                    while (e < text.length() && Character.digit(text.charAt(e), 10) >= 0) {
                        value = value * 10 + Character.digit(text.charAt(e), 10);
                        if (value > Integer.MAX_VALUE) {
                            big = true;
                        }
                        e++;
                    }
                    if (e > digitsStart) {
                        exponent = big
                                ? (negativeExponent ? Long.MIN_VALUE : Long.MAX_VALUE)
                                : negativeExponent ? -value : value;
                        position = e;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (backup != -1) {
                position = backup;
            }
            if (!sawDecimal) {
                decimalAt = digitCount;
            }
            if (!sawDecimal || !parseIntegerOnly) {
                long shifted = decimalAt + exponent;
                decimalAt = shifted > Integer.MAX_VALUE
                        ? Integer.MAX_VALUE
                        : shifted < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) shifted;
            }
            if (!sawDigit && digitCount == 0) {
                pos.setIndex(start);
                pos.setErrorIndex(start);
                return null;
            }
        }
        if (gotPositive) {
            gotPositive = text.startsWith(positiveSuffix, position);
        }
        if (gotNegative) {
            gotNegative = text.startsWith(negativeSuffix, position);
        }
        if (gotPositive && gotNegative) {
            if (positiveSuffix.length() > negativeSuffix.length()) {
                gotNegative = false;
            } else if (positiveSuffix.length() < negativeSuffix.length()) {
                gotPositive = false;
            }
        }
        if (gotPositive == gotNegative) {
            pos.setErrorIndex(position);
            return null;
        }
        int end = position + (gotPositive ? positiveSuffix.length() : negativeSuffix.length());
        if (end == start) {
            pos.setErrorIndex(position);
            return null;
        }
        pos.setIndex(end);
        if (infinite) {
            return gotPositive == multiplier >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
        if (multiplier == 0) {
            return count == 0 ? Double.NaN : gotPositive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (parseBigDecimal) {
            return bigDecimal(gotPositive);
        }
        boolean gotDouble = true;
        boolean longMinimum = false;
        double doubleResult = 0.0;
        long longResult = 0;
        if (fitsIntoLong(gotPositive)) {
            gotDouble = false;
            String magnitude = digitTextInteger();
            longResult = count == 0
                    ? 0
                    : magnitude.equals("9223372036854775808") ? Long.MIN_VALUE : Long.parseLong(magnitude);
            longMinimum = longResult < 0;
        } else {
            doubleResult = Double.parseDouble(digitText());
        }
        if (multiplier != 1) {
            if (gotDouble) {
                doubleResult /= multiplier;
            } else if (longResult % multiplier == 0) {
                longResult /= multiplier;
            } else {
                doubleResult = (double) longResult / multiplier;
                gotDouble = true;
            }
        }
        if (!gotPositive && !longMinimum) {
            doubleResult = -doubleResult;
            longResult = -longResult;
        }
        if (multiplier != 1 && gotDouble) {
            longResult = (long) doubleResult;
            gotDouble = (doubleResult != (double) longResult || doubleResult == 0.0 && 1 / doubleResult < 0.0)
                    && !parseIntegerOnly;
        }
        return gotDouble ? (Number) doubleResult : (Number) longResult;
    }

    private java.math.BigDecimal bigDecimal(boolean positive) {
        java.math.BigDecimal value = count == 0
                ? java.math.BigDecimal.valueOf(0, -decimalAt)
                : new java.math.BigDecimal(new String(digits, 0, count)).scaleByPowerOfTen(decimalAt - count);
        if (multiplier != 1) {
            java.math.BigDecimal m = java.math.BigDecimal.valueOf(multiplier);
            try {
                value = value.divide(m);
            } catch (ArithmeticException e) {
                value = value.divide(m, getRoundingMode());
            }
        }
        return positive ? value : value.negate();
    }

    private void append(char c) {
        ensure(count + 1);
        digits[count++] = c;
    }

    /** Whether the parsed digits are an integer in long range (negative zero only where integers are parsed). */
    private boolean fitsIntoLong(boolean positive) {
        if (count == 0) {
            return positive || parseIntegerOnly;
        }
        if (decimalAt < count || decimalAt > 19) {
            return false;
        }
        if (decimalAt < 19) {
            return true;
        }
        String max = "9223372036854775808";
        for (int i = 0; i < count; ++i) {
            if (digits[i] > max.charAt(i)) {
                return false;
            }
            if (digits[i] < max.charAt(i)) {
                return true;
            }
        }
        return count < decimalAt || !positive;
    }

    private String digitTextInteger() {
        StringBuilder sb = new StringBuilder();
        sb.append(digits, 0, count);
        for (int i = count; i < decimalAt; i++) {
            sb.append('0');
        }
        return sb.toString();
    }

    private String digitText() {
        return count == 0 ? "0" : "0." + new String(digits, 0, count) + "E" + decimalAt;
    }

    // ---------------------------------------------------------------- properties

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setZeroDigit(zero);
        s.setGroupingSeparator(grouping);
        s.setDecimalSeparator(decimal);
        s.setMonetaryDecimalSeparator(monetaryDecimal);
        s.setMonetaryGroupingSeparator(monetaryGrouping);
        s.setPercent(percent);
        s.setPerMill(perMill);
        s.setMinusSign(minus);
        s.setExponentSeparator(exponentSeparator);
        s.setInfinity(infinity);
        s.setNaN(nan);
        s.setInternationalCurrencySymbol(intlCurrencySymbol);
        s.setCurrencySymbol(currencySymbol);
        return s;
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols symbols) {
        readSymbols(symbols);
        expandAffixes();
    }

    /**
     * {@code DecimalFormat.toPattern()}: the JDK's text for these settings, which gives them back when applied (the
     * integer part as long as the grouping size needs, the affixes quoted where they hold pattern characters, the
     * negative subpattern only where it is not the implied one).
     */
    public String toPattern() {
        long digits = (long) (useExponentialNotation ? maxInt : Math.max(groupingSize, minInt) + 1) + maxFrac;
        if (digits > LONGEST_BUFFER) {
            // the empty pattern allows Integer.MAX_VALUE fraction digits: HotSpot cannot grow a buffer that long
            throw new OutOfMemoryError("Requested array size exceeds VM limit");
        }
        StringBuilder out = new StringBuilder();
        appendAffix(out, posPrefixPattern, positivePrefix);
        appendNumberPattern(out);
        appendAffix(out, posSuffixPattern, positiveSuffix);
        boolean impliedSuffix =
                negSuffixPattern == null && posSuffixPattern == null && negativeSuffix.equals(positiveSuffix)
                        || negSuffixPattern != null && negSuffixPattern.equals(posSuffixPattern);
        boolean impliedPrefix =
                negPrefixPattern != null && posPrefixPattern != null && negPrefixPattern.equals("'-" + posPrefixPattern)
                        || negPrefixPattern == posPrefixPattern && negativePrefix.equals(minus + positivePrefix);
        if (!(impliedSuffix && impliedPrefix)) {
            out.append(';');
            appendAffix(out, negPrefixPattern, negativePrefix);
            appendNumberPattern(out);
            appendAffix(out, negSuffixPattern, negativeSuffix);
        }
        return out.toString();
    }

    /** The largest capacity a JDK StringBuffer reaches by doubling before its next growth exceeds the VM's limit. */
    private static final long LONGEST_BUFFER = 1_207_959_550L;

    private void appendNumberPattern(StringBuilder out) {
        int digits = useExponentialNotation ? maxInt : Math.max(groupingSize, minInt) + 1;
        for (int i = digits; i > 0; i--) {
            if (i != digits && groupingUsed && groupingSize != 0 && i % groupingSize == 0) {
                out.append(',');
            }
            out.append(i <= minInt ? '0' : '#');
        }
        if (maxFrac > 0 || decimalSeparatorAlwaysShown) {
            out.append('.');
        }
        for (int i = 0; i < maxFrac; i++) {
            out.append(i < minFrac ? '0' : '#');
        }
        if (useExponentialNotation) {
            out.append('E');
            for (int i = 0; i < minExponentDigits; i++) {
                out.append('0');
            }
        }
    }

    /**
     * An affix as pattern text: from its affix pattern, where a quote marks a special character ({@code '%}, an
     * escaped quote {@code ''}, {@code '¤¤}) and the rest is literal; or, set by a setter, from the literal affix.
     */
    private static void appendAffix(StringBuilder out, String affixPattern, String literal) {
        if (affixPattern == null) {
            appendLiteral(out, literal);
            return;
        }
        int pos = 0;
        while (pos < affixPattern.length()) {
            int quote = affixPattern.indexOf('\'', pos);
            if (quote < 0) {
                appendLiteral(out, affixPattern.substring(pos));
                return;
            }
            if (quote > pos) {
                appendLiteral(out, affixPattern.substring(pos, quote));
            }
            char c = affixPattern.charAt(quote + 1);
            pos = quote + 2;
            if (c == '\'') {
                out.append("''");
            } else if (c == '\u00A4' && pos < affixPattern.length() && affixPattern.charAt(pos) == '\u00A4') {
                pos++;
                out.append("\u00A4\u00A4");
            } else {
                out.append(c);
            }
        }
    }

    /** Literal affix text, quoted where it holds a pattern character, its quotes doubled. */
    private static void appendLiteral(StringBuilder out, String affix) {
        boolean quoted = false;
        for (int i = 0; i < affix.length() && !quoted; i++) {
            quoted = "0,.%\u2030#;-\u00A4".indexOf(affix.charAt(i)) >= 0;
        }
        if (quoted) {
            out.append('\'');
        }
        out.append(affix.replace("'", "''"));
        if (quoted) {
            out.append('\'');
        }
    }

    public String getPositivePrefix() {
        return positivePrefix;
    }

    public void setPositivePrefix(String value) {
        positivePrefix = value;
        posPrefixPattern = null;
    }

    public String getNegativePrefix() {
        return negativePrefix;
    }

    public void setNegativePrefix(String value) {
        negativePrefix = value;
        negPrefixPattern = null;
    }

    public String getPositiveSuffix() {
        return positiveSuffix;
    }

    public void setPositiveSuffix(String value) {
        positiveSuffix = value;
        posSuffixPattern = null;
    }

    public String getNegativeSuffix() {
        return negativeSuffix;
    }

    public void setNegativeSuffix(String value) {
        negativeSuffix = value;
        negSuffixPattern = null;
    }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int value) {
        multiplier = value;
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    public void setGroupingSize(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("newValue is negative");
        }
        if (value > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("newValue exceeds ISO 8601 maximum value of Byte.MAX_VALUE");
        }
        groupingSize = value;
    }

    public boolean isGroupingUsed() {
        return groupingUsed;
    }

    public void setGroupingUsed(boolean value) {
        groupingUsed = value;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean value) {
        decimalSeparatorAlwaysShown = value;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean value) {
        parseBigDecimal = value;
    }

    public boolean isParseIntegerOnly() {
        return parseIntegerOnly;
    }

    public void setParseIntegerOnly(boolean value) {
        parseIntegerOnly = value;
    }

    public RoundingMode getRoundingMode() {
        return RoundingMode.values()[roundingMode];
    }

    public void setRoundingMode(RoundingMode mode) {
        if (mode == null) {
            throw new NullPointerException();
        }
        roundingMode = mode.ordinal();
    }

    public int getMaximumIntegerDigits() {
        return maxInt;
    }

    public void setMaximumIntegerDigits(int value) {
        maxInt = Math.max(0, value);
        if (minInt > maxInt) {
            minInt = maxInt;
        }
    }

    public int getMinimumIntegerDigits() {
        return minInt;
    }

    public void setMinimumIntegerDigits(int value) {
        minInt = Math.max(0, value);
        if (minInt > maxInt) {
            maxInt = minInt;
        }
    }

    public int getMaximumFractionDigits() {
        return maxFrac;
    }

    public void setMaximumFractionDigits(int value) {
        maxFrac = Math.max(0, value);
        if (minFrac > maxFrac) {
            minFrac = maxFrac;
        }
    }

    public int getMinimumFractionDigits() {
        return minFrac;
    }

    public void setMinimumFractionDigits(int value) {
        minFrac = Math.max(0, value);
        if (minFrac > maxFrac) {
            maxFrac = minFrac;
        }
    }

    /** A copy with the same settings ({@code clone}). */
    public JvmDecimalFormat copy() {
        JvmDecimalFormat c = new JvmDecimalFormat(this);
        return c;
    }

    private JvmDecimalFormat(JvmDecimalFormat o) {
        zero = o.zero;
        grouping = o.grouping;
        decimal = o.decimal;
        monetaryDecimal = o.monetaryDecimal;
        monetaryGrouping = o.monetaryGrouping;
        percent = o.percent;
        perMill = o.perMill;
        minus = o.minus;
        exponentSeparator = o.exponentSeparator;
        infinity = o.infinity;
        nan = o.nan;
        currencySymbol = o.currencySymbol;
        intlCurrencySymbol = o.intlCurrencySymbol;
        posPrefixPattern = o.posPrefixPattern;
        posSuffixPattern = o.posSuffixPattern;
        negPrefixPattern = o.negPrefixPattern;
        negSuffixPattern = o.negSuffixPattern;
        positivePrefix = o.positivePrefix;
        positiveSuffix = o.positiveSuffix;
        negativePrefix = o.negativePrefix;
        negativeSuffix = o.negativeSuffix;
        multiplier = o.multiplier;
        groupingSize = o.groupingSize;
        groupingUsed = o.groupingUsed;
        decimalSeparatorAlwaysShown = o.decimalSeparatorAlwaysShown;
        parseBigDecimal = o.parseBigDecimal;
        parseIntegerOnly = o.parseIntegerOnly;
        useExponentialNotation = o.useExponentialNotation;
        minExponentDigits = o.minExponentDigits;
        currencyFormat = o.currencyFormat;
        maxInt = o.maxInt;
        minInt = o.minInt;
        maxFrac = o.maxFrac;
        minFrac = o.minFrac;
        roundingMode = o.roundingMode;
    }

    /** {@code equals}: another DecimalFormat with the same settings and symbols. */
    public boolean equalsFormat(Object other) {
        if (!(other instanceof java.text.DecimalFormat d)) {
            return false;
        }
        DecimalFormatSymbols s = d.getDecimalFormatSymbols();
        return positivePrefix.equals(d.getPositivePrefix())
                && positiveSuffix.equals(d.getPositiveSuffix())
                && negativePrefix.equals(d.getNegativePrefix())
                && negativeSuffix.equals(d.getNegativeSuffix())
                && multiplier == d.getMultiplier()
                && groupingSize == d.getGroupingSize()
                && groupingUsed == d.isGroupingUsed()
                && decimalSeparatorAlwaysShown == d.isDecimalSeparatorAlwaysShown()
                && parseBigDecimal == d.isParseBigDecimal()
                && parseIntegerOnly == d.isParseIntegerOnly()
                && maxInt == d.getMaximumIntegerDigits()
                && minInt == d.getMinimumIntegerDigits()
                && maxFrac == d.getMaximumFractionDigits()
                && minFrac == d.getMinimumFractionDigits()
                && roundingMode == d.getRoundingMode().ordinal()
                && zero == s.getZeroDigit()
                && grouping == s.getGroupingSeparator()
                && decimal == s.getDecimalSeparator()
                && minus == s.getMinusSign()
                && infinity.equals(s.getInfinity())
                && nan.equals(s.getNaN())
                && currencySymbol.equals(s.getCurrencySymbol());
    }

    @Override
    public int hashCode() {
        return maxInt * 37 + positivePrefix.hashCode();
    }

    /** {@code NumberFormat.parse(String)}: the JDK's exception when nothing could be parsed. */
    public static Number parseOrThrow(java.text.NumberFormat format, String text) throws java.text.ParseException {
        ParsePosition position = new ParsePosition(0);
        Number result = format.parse(text, position);
        if (position.getIndex() == 0) {
            throw new java.text.ParseException("Unparseable number: \"" + text + '"', position.getErrorIndex());
        }
        return result;
    }
}
