package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the number APIs dashboards compute with: {@code int} and {@code long} arithmetic at the
 * edges (overflow, division by zero and by -1, shifts beyond the width, unsigned views, {@code *Exact},
 * {@code floorDiv}/{@code floorMod}), the bit operations and radix texts of {@code Integer}, {@code Long},
 * {@code Short} and {@code Byte}, {@code double}/{@code float} conversions, rounding and IEEE operations
 * ({@code ulp}, {@code scalb}, {@code fma}, {@code IEEEremainder}, hex texts, {@code String.format}), parsing of
 * every integer kind with radixes, signs, Unicode digits and malformed texts, {@code Character}'s classification and
 * case of code points across scripts, and {@code BigInteger} arithmetic, bits and texts. Compiled by javac at test
 * time and run on the JVM and in the browser on the same inputs: the answers, or the exception's class and message,
 * must be the JVM's. {@code -Djdash.numbers.seed=N} explores other programs; a disagreement's source is in
 * {@code target/numbers-<seed>.java}.
 */
class NumberApiConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of(
            "123",
            "-0",
            "+7",
            "0x1F",
            "#ff",
            "1_000",
            "\u0663\u0664",
            "2147483648",
            "-2147483648",
            " 5",
            "",
            "9223372036854775808",
            "ffffffff",
            "\uff11\uff12",
            "07",
            "-",
            "+",
            "1e3",
            "-9223372036854775808",
            "3.0",
            "-129",
            "65535",
            "0X7fffffff",
            "z");

    private static final List<String> INT_SOURCES = List.of(
            "a",
            "-a",
            "Integer.MIN_VALUE + a",
            "Integer.MAX_VALUE - a",
            "a * 0x9E3779B9",
            "b.length() - 2",
            "(int) (a * 1e9)",
            "1 << (a * 7)",
            "b.hashCode()",
            "a - 3");

    private static final List<String> INT_OPS = List.of(
            "out.append(Integer.bitCount(c)).append(' ').append(Integer.reverse(c)).append(' ')"
                    + ".append(Integer.reverseBytes(c))",
            "out.append(Integer.rotateLeft(c, a * 7)).append(' ').append(Integer.rotateRight(c, -a))",
            "out.append(Integer.highestOneBit(c)).append(' ').append(Integer.lowestOneBit(c))",
            "out.append(Integer.numberOfLeadingZeros(c)).append(' ').append(Integer.numberOfTrailingZeros(c))"
                    + ".append(Integer.signum(c))",
            "out.append(Integer.toBinaryString(c)).append(' ').append(Integer.toOctalString(c)).append(' ')"
                    + ".append(Integer.toHexString(c))",
            "out.append(Integer.toString(c, a * 7)).append(' ').append(Integer.toUnsignedString(c, a * 7 + 1))",
            "out.append(Integer.toUnsignedString(c)).append(' ').append(Integer.toUnsignedLong(c))",
            "out.append(Integer.divideUnsigned(c, a - 2)).append(' ').append(Integer.remainderUnsigned(c, a - 2))",
            "out.append(Integer.divideUnsigned(c, a)).append(' ').append(Integer.remainderUnsigned(c, 7))",
            "out.append(Integer.compareUnsigned(c, a - 3)).append(' ').append(Integer.compare(c, a - 3))",
            "out.append(c / (a - 2)).append(' ').append(c % (a - 2))",
            "out.append(c / -1).append(' ').append(c % -1).append(' ').append(-c).append(' ').append(c >> a * 9)"
                    + ".append(' ').append(c >>> a * 9).append(' ').append(c << -a)",
            "out.append(Math.abs(c)).append(' ').append(Math.absExact(c))",
            "out.append(Math.addExact(c, a * 0x40000000))",
            "out.append(Math.subtractExact(c, a)).append(' ').append(Math.negateExact(c))",
            "out.append(Math.multiplyExact(c, a + 1))",
            "out.append(Math.incrementExact(c)).append(' ').append(Math.decrementExact(c))",
            "out.append(Math.toIntExact(c * 3L))",
            "out.append(Math.floorDiv(c, a - 2)).append(' ').append(Math.floorMod(c, a - 2))",
            "out.append(Math.floorDiv(c, -3)).append(' ').append(Math.floorMod(c, -3)).append(' ')"
                    + ".append(Math.floorMod((long) c, 7))",
            "out.append((int) (char) c).append(' ').append((short) c).append(' ').append((byte) c).append(' ')"
                    + ".append((long) c).append(' ').append((float) c).append(' ').append((double) c)",
            "out.append(Integer.valueOf(c).equals(c)).append(' ').append(Integer.valueOf(c).hashCode()).append(' ')"
                    + ".append(Integer.hashCode(c))",
            "out.append(Integer.sum(c, a)).append(' ').append(Integer.max(c, a)).append(' ').append(Integer.min(c, a))",
            "out.append(Integer.parseInt(Integer.toString(c, 36), 36)).append(' ')"
                    + ".append(Integer.parseUnsignedInt(Integer.toUnsignedString(c, 16), 16))",
            "out.append(Integer.valueOf(c).compareTo(a)).append(' ').append(Integer.valueOf(c).doubleValue())"
                    + ".append(' ').append(Integer.valueOf(c).byteValue()).append(' ').append(Integer.valueOf(c)"
                    + ".shortValue())",
            "out.append(Short.toUnsignedInt((short) c)).append(' ').append(Byte.toUnsignedInt((byte) c)).append(' ')"
                    + ".append(Short.reverseBytes((short) c)).append(' ').append(Short.toUnsignedLong((short) c))",
            "out.append((int) Character.reverseBytes((char) c)).append(' ').append(Short.compare((short) c, (short) a))"
                    + ".append(' ').append(Byte.compare((byte) c, (byte) -a)).append(' ').append(Short.hashCode("
                    + "(short) c))",
            "out.append(Math.multiplyHigh(c, c * 31L)).append(' ').append(Math.multiplyFull(c, c))",
            "out.append(String.format(\"%d|%x|%o|%08X|%,d|%+d|%(d|%5d|%-5d|\", c, c, c, c, c, c, c, c, c))",
            "out.append(Integer.toHexString(c).toUpperCase()).append(' ').append(Long.toHexString(c)).append(' ')"
                    + ".append(Long.toBinaryString(c))",
            "out.append(Short.toString((short) c)).append(' ').append(Byte.toString((byte) c)).append(' ')"
                    + ".append(Short.valueOf((short) c).intValue()).append(' ').append(Byte.valueOf((byte) c)"
                    + ".equals((byte) c))",
            "out.append(c * c).append(' ').append(c * 0x10001).append(' ').append(c + Integer.MAX_VALUE).append(' ')"
                    + ".append(c - Integer.MIN_VALUE)",
            "out.append(Integer.toUnsignedString(c, a - 1)).append(' ').append(Long.toString(c, 37 - a)).append(' ')"
                    + ".append(Long.toUnsignedString(c * -1L, a * 8))");

    private static final List<String> LONG_SOURCES = List.of(
            "a",
            "-a * 1_000_000_007L",
            "Long.MIN_VALUE + a",
            "Long.MAX_VALUE - a",
            "a * 0x9E3779B97F4A7C15L",
            "(long) (a * 1e18)",
            "1L << (a * 13)",
            "b.hashCode() * 4294967311L",
            "(long) a - 3",
            "9007199254740993L + a",
            "-(1L << 53) - a");

    private static final List<String> LONG_OPS = List.of(
            "out.append(Long.bitCount(c)).append(' ').append(Long.reverse(c)).append(' ').append(Long.reverseBytes(c))",
            "out.append(Long.rotateLeft(c, a * 13)).append(' ').append(Long.rotateRight(c, -a))",
            "out.append(Long.highestOneBit(c)).append(' ').append(Long.lowestOneBit(c))",
            "out.append(Long.numberOfLeadingZeros(c)).append(' ').append(Long.numberOfTrailingZeros(c)).append(' ')"
                    + ".append(Long.signum(c))",
            "out.append(Long.toBinaryString(c)).append(' ').append(Long.toOctalString(c)).append(' ')"
                    + ".append(Long.toHexString(c))",
            "out.append(Long.toString(c, a * 7)).append(' ').append(Long.toUnsignedString(c, a * 7 + 1))",
            "out.append(Long.toUnsignedString(c)).append(' ').append(Long.toString(c))",
            "out.append(Long.divideUnsigned(c, a - 2)).append(' ').append(Long.remainderUnsigned(c, a - 2))",
            "out.append(Long.divideUnsigned(c, a)).append(' ').append(Long.remainderUnsigned(c, 1_000_000_007L))",
            "out.append(Long.compareUnsigned(c, a - 3)).append(' ').append(Long.compare(c, a - 3))",
            "out.append(c / (a - 2)).append(' ').append(c % (a - 2))",
            "out.append(c / -1).append(' ').append(c % -1L).append(' ').append(-c).append(' ').append(c >> a * 17)"
                    + ".append(' ').append(c >>> a * 17).append(' ').append(c << -a)",
            "out.append(Math.abs(c)).append(' ').append(Math.absExact(c))",
            "out.append(Math.addExact(c, a * 0x4000000000000000L))",
            "out.append(Math.subtractExact(c, (long) a)).append(' ').append(Math.negateExact(c))",
            "out.append(Math.multiplyExact(c, (long) a + 1)).append(' ').append(Math.multiplyExact(c, a - 1))",
            "out.append(Math.incrementExact(c)).append(' ').append(Math.decrementExact(c))",
            "out.append(Math.toIntExact(c))",
            "out.append(Math.floorDiv(c, (long) a - 2)).append(' ').append(Math.floorMod(c, (long) a - 2))",
            "out.append(Math.floorDiv(c, -3)).append(' ').append(Math.floorMod(c, -3)).append(' ')"
                    + ".append(Math.floorMod(c, a + 6))",
            "out.append((int) c).append(' ').append((short) c).append(' ').append((int) (char) c).append(' ')"
                    + ".append((double) c).append(' ').append((float) c)",
            "out.append(Long.hashCode(c)).append(' ').append(Long.valueOf(c).equals(c)).append(' ')"
                    + ".append(Long.valueOf(c).hashCode())",
            "out.append(Long.sum(c, a)).append(' ').append(Long.max(c, a)).append(' ').append(Long.min(c, a))",
            "out.append(Long.parseLong(Long.toString(c, 36), 36)).append(' ')"
                    + ".append(Long.parseUnsignedLong(Long.toUnsignedString(c, 7), 7))",
            "out.append(Math.multiplyHigh(c, c)).append(' ').append(Math.multiplyHigh(c, -a - 1L))",
            "out.append(String.format(\"%d|%x|%o|%020X|%,d|%+d|%(d|\", c, c, c, c, c, c, c))",
            "out.append(c * c).append(' ').append(c + c).append(' ').append(c * 1_000_003L).append(' ')"
                    + ".append(c - Long.MIN_VALUE)",
            "out.append(Math.round((double) c)).append(' ').append((long) (double) c).append(' ')"
                    + ".append((long) (float) c).append(' ').append((double) c == c)",
            "out.append(Long.valueOf(c).doubleValue()).append(' ').append(Long.valueOf(c).intValue()).append(' ')"
                    + ".append(Long.valueOf(c).compareTo((long) a))",
            "out.append(BigInteger.valueOf(c).toString()).append(' ').append(BigInteger.valueOf(c).pow(2))",
            "out.append(Double.valueOf(c)).append(' ').append(Float.valueOf(c)).append(' ').append(c / 1e3)",
            "out.append(Long.toString(c).length()).append(' ').append(String.valueOf(c).charAt(0)).append(' ')"
                    + ".append(\"\" + c + a)");

    private static final List<String> DOUBLE_SOURCES = List.of(
            "a * 0.1",
            "-a / 0.0",
            "0.0 / (a - a)",
            "a - 2.5",
            "Double.MIN_VALUE * a",
            "Double.MAX_VALUE / (a - 2)",
            "1e16 + a",
            "-0.0 * a",
            "Math.pow(2, a * 200 - 500)",
            "a / 3.0",
            "(double) Long.MAX_VALUE - a",
            "Float.MAX_VALUE * 1.0 + a",
            "2.5e-8 * a",
            "(a - 2) * 1e10 + 0.5",
            "Double.parseDouble(\"0x1.fffffffffffffp\" + (a * 300 - 1000))");

    private static final List<String> DOUBLE_OPS = List.of(
            "out.append((int) c).append(' ').append((long) c).append(' ').append((float) c).append(' ')"
                    + ".append((int) (char) c).append(' ').append((short) c).append(' ').append((byte) c)",
            "out.append(Math.round(c)).append(' ').append(Math.round((float) c)).append(' ').append(Math.rint(c))",
            "out.append(Math.floor(c)).append(' ').append(Math.ceil(c)).append(' ').append(Math.signum(c)).append(' ')"
                    + ".append(Math.abs(c))",
            "out.append(Math.getExponent(c)).append(' ').append(Math.getExponent((float) c)).append(' ')"
                    + ".append(Math.ulp(c)).append(' ').append(Math.ulp((float) c))",
            "out.append(Math.nextUp(c)).append(' ').append(Math.nextDown(c)).append(' ').append(Math.nextAfter(c, "
                    + "-1.0)).append(' ').append(Math.nextAfter((float) c, 1.0))",
            "out.append(Math.copySign(a, c)).append(' ').append(Math.scalb(c, a * 300 - 700)).append(' ')"
                    + ".append(Math.scalb((float) c, a * 40 - 100))",
            "out.append(Math.IEEEremainder(c, a - 1.5)).append(' ').append(c % (a - 1.5)).append(' ').append(c % 0.0)",
            "out.append(Math.fma(c, a - 1.5, 1e-17)).append(' ').append(Math.fma((float) c, 3f, 1f))",
            "out.append(Double.compare(c, -0.0)).append(' ').append(Double.valueOf(c).equals(-0.0)).append(' ')"
                    + ".append(c == -0.0).append(' ').append(Double.isNaN(c))",
            "out.append(Double.hashCode(c)).append(' ').append(Double.doubleToLongBits(c)).append(' ')"
                    + ".append(Float.floatToIntBits((float) c))",
            "out.append(Double.toHexString(c)).append(' ').append(Float.toHexString((float) c))",
            "out.append(Double.toString(c)).append(' ').append(Float.toString((float) c)).append(' ')"
                    + ".append(String.valueOf(c * 1e-5))",
            "out.append(Math.max(c, -0.0)).append(' ').append(Math.min(c, 0.0)).append(' ').append(Math.max("
                    + "(float) c, Float.NaN)).append(' ').append(Math.min(-0.0f, (float) c))",
            "out.append(Math.sqrt(c)).append(' ').append(Math.sqrt((float) c))",
            "out.append(Math.toIntExact(Math.round(c)))",
            "out.append(Math.floorDiv(Math.round(c), 3L)).append(' ').append((int) Math.signum(c))",
            "out.append(Double.valueOf(c).intValue()).append(' ').append(Double.valueOf(c).longValue()).append(' ')"
                    + ".append(Double.valueOf(c).floatValue()).append(' ').append(Double.valueOf(c).shortValue())",
            "out.append(String.format(\"%.3f|%e|%g|%10.2f|%-12.1e|%.0f|\", c, c, c, c, c, c))",
            "out.append(String.format(\"%a|%A|%.2a\", c, c, c))",
            "out.append(String.format(\"%s|%,.2f|%+.1f|%(.2f|%.3s\", c, c, c, c, b))",
            "out.append(Double.parseDouble(Double.toString(c)) == c).append(' ')"
                    + ".append(Float.parseFloat(Float.toString((float) c)) == (float) c)",
            "out.append(Double.sum(c, a)).append(' ').append(Double.max(c, a)).append(' ').append(Double.isFinite(c))"
                    + ".append(' ').append(Double.isInfinite(c))",
            "out.append(Math.toDegrees(c)).append(' ').append(Math.toRadians(c))",
            "out.append(StrictMath.floor(c)).append(' ').append(StrictMath.round(c)).append(' ')"
                    + ".append(StrictMath.abs(c)).append(' ').append(StrictMath.rint(c)).append(' ')"
                    + ".append(StrictMath.ceil(c))",
            "out.append((float) c * 3.0f).append(' ').append((double) (float) c).append(' ').append(c * c)",
            "out.append(Float.compare((float) c, 0f)).append(' ').append(Float.hashCode((float) c)).append(' ')"
                    + ".append(Float.isInfinite((float) c)).append(' ').append(Float.floatToRawIntBits((float) c))",
            "out.append(Math.floorMod(Math.round(c), a + 1))",
            "out.append(Math.round(c + 0.5)).append(' ').append(Math.round(-c - 0.5)).append(' ')"
                    + ".append(Math.round(0.49999999999999994 + a)).append(' ').append(Math.round(c * 0.5f))",
            "out.append(Double.longBitsToDouble(Double.doubleToRawLongBits(c) + a)).append(' ')"
                    + ".append(Float.intBitsToFloat(Float.floatToIntBits((float) c) - a))",
            "out.append(new java.math.BigDecimal(c).toString())",
            "out.append(java.math.BigDecimal.valueOf(c)).append(' ').append(Double.valueOf(c).compareTo(0.0))",
            "out.append(Math.signum((float) c)).append(' ').append(Math.copySign(1f, (float) c)).append(' ')"
                    + ".append(Math.abs((float) c)).append(' ').append(Math.rint(c * 10) / 10)",
            "out.append(String.format(\"%+.1a|%012a|%-14.3A|% a|%#a|%.13a|%.20a\", c, c, c, c, c, c, c))",
            "out.append(String.format(\"%a|%.1a|%a\", (float) c, (float) c, c * Double.MIN_VALUE))");

    private static final List<String> CODE_POINT_SOURCES = List.of(
            "'a' + a",
            "0x1F600 + a",
            "0x130 + a",
            "0x2160 + a",
            "0x660 + a",
            "0xFF10 + a",
            "0x1C4 + a",
            "0x10400 + a",
            "b.isEmpty() ? -1 : b.codePointAt(0)",
            "0xDF + a * 0x100",
            "0x345 + a",
            "-a",
            "0x10FFFF + a - 1",
            "0x3000 + a",
            "0xD800 + a * 0x200",
            "0x4E00 + a * 0x1000",
            "0x300 + a",
            "0xB2 + a",
            "0x2070 + a",
            "0x1D400 + a * 50",
            "0x2460 + a",
            "0xBC + a",
            "0xE000 + a",
            "0x378 + a",
            "0x41 + a * 0x20",
            "0x1E9E + a",
            "0x3C2 + a",
            "0x5D0 + a * 3",
            "0x200B + a",
            "0xAD + a",
            "0x1F1E6 + a");

    private static final List<String> CODE_POINT_OPS = List.of(
            "out.append(Character.isLetter(c)).append(Character.isDigit(c)).append(Character.isLetterOrDigit(c))"
                    + ".append(Character.isAlphabetic(c))",
            "out.append(Character.isUpperCase(c)).append(Character.isLowerCase(c)).append(Character.isTitleCase(c))",
            "out.append(Character.toUpperCase(c)).append(' ').append(Character.toLowerCase(c)).append(' ')"
                    + ".append(Character.toTitleCase(c))",
            "out.append(Character.getType(c)).append(' ').append(Character.getNumericValue(c)).append(' ')"
                    + ".append(Character.digit(c, a * 7 + 1))",
            "out.append(Character.digit(c, 16)).append(' ').append(Character.digit((char) c, 36)).append(' ')"
                    + ".append((int) Character.forDigit(a * 7, a * 9))",
            "out.append(Character.isJavaIdentifierStart(c)).append(Character.isJavaIdentifierPart(c))"
                    + ".append(Character.isUnicodeIdentifierStart(c)).append(Character.isUnicodeIdentifierPart(c))"
                    + ".append(Character.isIdentifierIgnorable(c))",
            "out.append(Character.isIdeographic(c)).append(Character.isDefined(c)).append(Character.isISOControl(c))"
                    + ".append(Character.isMirrored(c))",
            "out.append(Character.isWhitespace(c)).append(Character.isSpaceChar(c)).append(Character"
                    + ".isValidCodePoint(c))",
            "out.append(new String(Character.toChars(c)))",
            "out.append(Character.charCount(c)).append(Character.isBmpCodePoint(c)).append(Character"
                    + ".isSupplementaryCodePoint(c))",
            "out.append((int) Character.highSurrogate(c)).append(' ').append((int) Character.lowSurrogate(c))"
                    + ".append(' ').append(Character.toCodePoint(Character.highSurrogate(c), Character"
                    + ".lowSurrogate(c)))",
            "out.append(Character.getDirectionality(c)).append(' ').append(Character.getDirectionality((char) c))",
            "out.append(Character.toString(c)).append(' ').append(Character.valueOf((char) c).compareTo('m'))"
                    + ".append(' ').append(Character.compare((char) c, 'a'))",
            "out.append(Character.isLetter((char) c)).append(Character.isDigit((char) c)).append(' ')"
                    + ".append((int) Character.toUpperCase((char) c)).append(' ').append((int) Character"
                    + ".toLowerCase((char) c)).append(' ').append((int) Character.toTitleCase((char) c))",
            "out.append(Character.isSurrogate((char) c)).append(Character.isHighSurrogate((char) c))"
                    + ".append(Character.isSurrogatePair((char) c, (char) (c + 0x400)))",
            "out.append(Character.toChars(c, new char[3], a % 3))",
            "out.append(Character.toChars(c, new char[2], 1))",
            "out.append(Character.codePointAt(new char[] {(char) c, (char) (c + 0x400)}, 0)).append(' ')"
                    + ".append(Character.codePointAt(\"x\" + (char) c, a % 3))",
            "out.append(Character.toString(c).toUpperCase()).append(' ').append(Character.toString(c).toLowerCase())"
                    + ".append(' ').append(new StringBuilder().appendCodePoint(c).reverse().length())",
            "out.append(Character.hashCode((char) c)).append(' ').append(Character.getNumericValue((char) c))"
                    + ".append(' ').append(Character.getType((char) c))",
            "out.append(Character.isLetter(c) ? Character.getNumericValue(c) : Character.digit(c, 10))",
            "out.append(Character.offsetByCodePoints(\"a\" + Character.toString(c) + \"b\", 0, a % 4))",
            "out.append(Character.codePointCount(\"a\" + Character.toString(c) + (char) c, 0, 3))",
            "out.append(Character.isJavaIdentifierStart((char) c)).append(Character.isJavaIdentifierPart((char) c))"
                    + ".append(Character.isWhitespace((char) c)).append(Character.isSpaceChar((char) c))",
            "out.append(Character.isLowerCase((char) c)).append(Character.isUpperCase((char) c))"
                    + ".append(Character.isTitleCase((char) c)).append(Character.isAlphabetic(c + 1))",
            "out.append(String.valueOf(Character.toChars(c)).equalsIgnoreCase(String.valueOf(Character.toChars("
                    + "Character.toUpperCase(c)))))",
            "out.append(Integer.parseInt(Character.toString(c) + a))",
            "out.append(Character.toString(c).matches(\"\\\\p{L}\")).append(Character.toString(c).matches("
                    + "\"\\\\d\"))",
            "out.append(Character.toChars(c, new char[1], 0))",
            "out.append(Character.toChars(c, null, 0))",
            "out.append(Character.isBmpCodePoint(c - 'a')).append(Character.toString(c - 'a').length()).append("
                    + "Character.charCount(c - 'a')).append(Character.toChars(c - 'a').length)");

    private static final List<String> PARSE_OPS = List.of(
            "out.append(Integer.parseInt(b))",
            "out.append(Integer.parseInt(b, a * 7 + 2))",
            "out.append(Integer.parseInt(b, 16))",
            "out.append(Integer.decode(b))",
            "out.append(Long.decode(b))",
            "out.append(Integer.parseUnsignedInt(b))",
            "out.append(Integer.parseUnsignedInt(b, 16))",
            "out.append(Long.parseLong(b, a * 7 + 1))",
            "out.append(Long.parseUnsignedLong(b))",
            "out.append(Long.parseUnsignedLong(b, 36))",
            "out.append(Integer.parseInt(b, a, b.length(), 10))",
            "out.append(Long.parseLong(b, 1, b.length() - a % 2, 16))",
            "out.append(Integer.parseUnsignedInt(b, a % 2, b.length(), 10))",
            "out.append(Short.parseShort(b)).append(' ').append(Short.valueOf(b, 8))",
            "out.append(Byte.parseByte(b)).append(' ').append(Byte.decode(b))",
            "out.append(Short.decode(b))",
            "out.append(Byte.parseByte(b, 16))",
            "out.append(Integer.valueOf(b)).append(' ').append(Long.valueOf(b))",
            "out.append(Double.parseDouble(b)).append(' ').append(Float.parseFloat(b))",
            "out.append(new BigInteger(b))",
            "out.append(new BigInteger(b, 16))",
            "out.append(new BigInteger(b, a * 7 + 2))",
            "out.append(new BigDecimal(b))",
            "out.append(Integer.parseInt(n))",
            "out.append(Long.parseLong(n, 10))",
            "out.append(Integer.valueOf(n, 8))",
            "out.append(Boolean.parseBoolean(b)).append(Boolean.valueOf(n))",
            "out.append(Integer.parseInt(b.strip()))",
            "out.append(Integer.parseInt(b, Character.MAX_RADIX + a))",
            "out.append(Long.parseLong(b, a))",
            "out.append(Integer.parseInt(b.replace(\"_\", \"\")) + a)",
            "out.append(Long.parseLong(b) * a)",
            "out.append(new BigDecimal(b + \"e\" + a))",
            "out.append(new BigDecimal(\"1e\" + b))",
            "out.append(new BigDecimal(\"0.\" + b + \"E-\" + b))",
            "out.append(new BigDecimal(b + b + b + b + b))",
            "out.append(new BigInteger(b + b + b + \"9\", a * 7 + 2))",
            "out.append(new BigInteger(\"+\" + b)).append(' ').append(new BigInteger(\"0000000000000\" + b))");

    private static final List<String> BIG_SOURCES = List.of(
            "BigInteger.valueOf(a - 3)",
            "BigInteger.ONE.shiftLeft(a * 40)",
            "BigInteger.valueOf(Long.MIN_VALUE).multiply(BigInteger.valueOf(a + 1))",
            "new BigInteger(\"123456789012345678901234567890\").negate()",
            "BigInteger.TEN.pow(a * 7)",
            "BigInteger.valueOf(a).subtract(BigInteger.TWO)",
            "new BigInteger(\"-ff\", 16).pow(a)",
            "BigInteger.valueOf(b.hashCode())",
            "BigInteger.ONE.shiftLeft(63 + a).subtract(BigInteger.ONE)");

    private static final List<String> BIG_OPS = List.of(
            "out.append(c.add(BigInteger.ONE)).append(' ').append(c.subtract(BigInteger.TEN)).append(' ')"
                    + ".append(c.multiply(c))",
            "out.append(c.divide(BigInteger.valueOf(a - 2)))",
            "out.append(c.mod(BigInteger.valueOf(a - 2)))",
            "out.append(c.remainder(BigInteger.valueOf(7))).append(' ').append(c.mod(BigInteger.valueOf(7)))",
            "out.append(Arrays.toString(c.divideAndRemainder(BigInteger.valueOf(-7))))",
            "out.append(c.gcd(BigInteger.valueOf(a * 6))).append(' ').append(c.abs()).append(' ').append(c.signum())",
            "out.append(c.pow(a)).append(' ').append(c.pow(a - 3))",
            "out.append(c.modPow(BigInteger.valueOf(a), BigInteger.valueOf(97)))",
            "out.append(c.modPow(BigInteger.valueOf(-1), BigInteger.valueOf(a + 5)))",
            "out.append(c.modInverse(BigInteger.valueOf(a + 5)))",
            "out.append(c.shiftLeft(a * 3 - 5)).append(' ').append(c.shiftRight(a * 3)).append(' ').append(c.not())",
            "out.append(c.and(BigInteger.valueOf(0xFF))).append(' ').append(c.or(BigInteger.valueOf(-a))).append(' ')"
                    + ".append(c.xor(BigInteger.TEN)).append(' ').append(c.andNot(BigInteger.ONE))",
            "out.append(c.bitLength()).append(' ').append(c.bitCount()).append(' ').append(c.getLowestSetBit())"
                    + ".append(' ').append(c.testBit(a)).append(' ').append(c.setBit(a * 9)).append(' ')"
                    + ".append(c.clearBit(0)).append(' ').append(c.flipBit(a))",
            "out.append(c.testBit(a - 3))",
            "out.append(c.toString(a * 7 + 2)).append(' ').append(c.toString(16)).append(' ').append(c.toString(99))",
            "out.append(Arrays.toString(c.toByteArray()))",
            "out.append(c.longValue()).append(' ').append(c.intValue()).append(' ').append(c.doubleValue())"
                    + ".append(' ').append(c.floatValue()).append(' ').append(c.shortValue())",
            "out.append(c.longValueExact())",
            "out.append(c.intValueExact())",
            "out.append(c.shortValueExact()).append(' ').append(c.byteValueExact())",
            "out.append(c.sqrt())",
            "out.append(Arrays.toString(c.abs().sqrtAndRemainder()))",
            "out.append(c.compareTo(BigInteger.ZERO)).append(c.equals(BigInteger.valueOf(a))).append(' ')"
                    + ".append(c.hashCode()).append(' ').append(c.min(BigInteger.TWO)).append(c.max(BigInteger.TWO))",
            "out.append(c.isProbablePrime(20)).append(' ').append(c.abs().nextProbablePrime())",
            "out.append(new BigInteger(c.toByteArray())).append(' ').append(new BigInteger(c.signum(), c.abs()"
                    + ".toByteArray()))",
            "out.append(new BigDecimal(c, a).toPlainString()).append(' ').append(new BigDecimal(c).scale())"
                    + ".append(' ').append(new BigDecimal(c, -a))",
            "out.append(c.multiply(BigInteger.valueOf(Long.MAX_VALUE)).divide(BigInteger.valueOf(-3)))",
            "out.append(String.format(\"%d|%x|%,d|%o|%+d\", c, c, c, c, c))",
            "out.append(c.negate().shiftRight(a * 20)).append(' ').append(c.negate().shiftLeft(-a))",
            "out.append(new BigInteger(c.toString(36), 36).equals(c)).append(' ').append(c.toString(36))",
            "out.append(c.xor(BigInteger.valueOf(-a - 7).shiftLeft(a * 20))).append(' ').append(c.and(BigInteger.valueOf(-a)"
                    + ".shiftLeft(70))).append(' ').append(c.or(BigInteger.ONE.shiftLeft(a * 30).negate())).append(' ')"
                    + ".append(c.andNot(BigInteger.valueOf(a - 3).shiftLeft(a * 17)))",
            "out.append(c.negate().xor(c.shiftRight(a))).append(' ').append(c.not().and(c)).append(' ')"
                    + ".append(c.negate().or(BigInteger.TEN.pow(a * 5))).append(' ').append(c.negate().andNot(c.not()))",
            "out.append(Double.doubleToLongBits(c.multiply(BigInteger.valueOf(0x1FFFFFFFFFFFFFL)).doubleValue())).append(' ')"
                    + ".append(Float.floatToIntBits(c.multiply(BigInteger.valueOf(0xFFFFFFFFFFL)).add(BigInteger"
                    + ".valueOf(a)).floatValue())).append(' ').append(Double.doubleToLongBits(c.shiftLeft(a * 300)"
                    + ".add(BigInteger.ONE).doubleValue()))",
            "out.append(c.negate().testBit(a)).append(c.negate().bitCount()).append(' ').append(c.negate().bitLength())"
                    + ".append(' ').append(c.negate().getLowestSetBit()).append(' ').append(c.negate().setBit(a * 9))"
                    + ".append(' ').append(c.negate().clearBit(a * 3)).append(' ').append(c.negate().flipBit(a * 11))");

    private static final List<Kind> KINDS = List.of(
            new Kind(4, "int", INT_SOURCES, INT_OPS),
            new Kind(4, "long", LONG_SOURCES, LONG_OPS),
            new Kind(4, "double", DOUBLE_SOURCES, DOUBLE_OPS),
            new Kind(4, "int", CODE_POINT_SOURCES, CODE_POINT_OPS),
            new Kind(3, "", List.of(), PARSE_OPS),
            new Kind(3, "BigInteger", BIG_SOURCES, BIG_OPS));

    private static final List<String> IMPORTS = List.of("java.math.*");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261261, false", "20261262, true"})
    void numberApis_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.numbers.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.numbers",
                "NumberCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.numbers", "NumberCallbacks", CALLBACKS, KINDS, IMPORTS),
                "numbers-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 5));
    }
}
