package io.jdash.runtime.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teavm.jso.JSBody;

/**
 * Text conversions with the JVM's results, done by the JS engine where its result provably is the JVM's: an
 * {@code int} prints the same digits as {@code String(n)}; JS prints the shortest decimal that reads back as the same
 * double, which is what {@code Double.toString} prints since Java 19 (JDK-4511638). The JDK classes' methods are
 * redirected here by the compiler; JSO rewrites {@code @JSBody} calls only in classes it processes, so each body is
 * wrapped in a plain Java method.
 */
public final class JvmStrings {
    private JvmStrings() {}

    /** An empty {@code substring} of {@code self}: {@code self} when it is empty, else the literal {@code ""}. */
    public static String emptySubstring(String self) {
        return self.isEmpty() ? self : "";
    }

    /** {@code Integer.toString(int)}. */
    public static String intToString(int i) {
        return jsString(i);
    }

    @JSBody(params = "i", script = "return String(i);")
    private static native String jsString(int i);

    /** {@code Long.toString(long)}: TeaVM's long is a BigInt, which JS prints with the same digits. */
    public static String longToString(long l) {
        return jsLongString(l);
    }

    @JSBody(params = "l", script = "return String(l);")
    private static native String jsLongString(long l);

    /** {@code String.valueOf(Object)}: "null", or the object's {@code toString()} ("null" if that is null). */
    public static String valueOf(Object o) {
        return o == null ? "null" : o.toString();
    }

    /**
     * An optionally negative decimal integer of ASCII digits. Integer.parseInt accepts every Unicode digit and so
     * pulls Unicode's tables into the bundle.
     */
    static int parseDigits(String s) {
        boolean negative = s.startsWith("-");
        int value = 0;
        for (int i = negative ? 1 : 0; i < s.length(); i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    /** Upper case as {@code toUpperCase(Locale.ROOT)}: Unicode's default mapping, which JS applies too. */
    public static String upper(String s) {
        return jsUpper(s);
    }

    @JSBody(params = "s", script = "return s.toUpperCase();")
    private static native String jsUpper(String s);

    /** {@code Integer.toHexString}/{@code toOctalString}: the two's complement digits. */
    public static String unsigned(int i, int radix) {
        return jsUnsigned(i, radix);
    }

    @JSBody(
            params = {"i", "r"},
            script = "return (i >>> 0).toString(r);")
    private static native String jsUnsigned(int i, int radix);

    /** {@code Object.toString()}: the class name, then '@' and the hash code in hex digits. */
    public static String objectToString(Object o) {
        return jsObjectToString(o.getClass().getName(), o.hashCode());
    }

    @JSBody(
            params = {"name", "hash"},
            script = "return name + '@' + (hash >>> 0).toString(16);")
    private static native String jsObjectToString(String name, int hash);

    private static java.util.Comparator<String> caseInsensitiveOrder;

    /** {@code String.CASE_INSENSITIVE_ORDER}, created on first read (the compiler redirects the field here). */
    public static java.util.Comparator<String> caseInsensitiveOrder() {
        if (caseInsensitiveOrder == null) {
            caseInsensitiveOrder = String::compareToIgnoreCase;
        }
        return caseInsensitiveOrder;
    }

    /** {@code Long.toHexString}/{@code toOctalString}. */
    public static String unsignedLong(long l, int radix) {
        return jsUnsignedLong(l, radix);
    }

    @JSBody(
            params = {"l", "r"},
            script = "return BigInt.asUintN(64, l).toString(r);")
    private static native String jsUnsignedLong(long l, int radix);

    /** Converts a non-negative decimal digit string to another radix, exactly (BigInt). */
    public static String radix(String decimal, int radix) {
        return jsRadix(decimal, radix);
    }

    @JSBody(
            params = {"d", "r"},
            script = "return BigInt(d).toString(r);")
    private static native String jsRadix(String decimal, int radix);

    /** {@code String.valueOf(Integer)} without a virtual call: the common boxed part of a concatenation. */
    public static String valueOf(Integer i) {
        return i == null ? "null" : jsString(i.intValue());
    }

    /** Joins two strings with JS {@code +}; a null string reads "null", as in Java's concatenation. */
    public static String concat(String a, String b) {
        return jsConcat(a, b);
    }

    @JSBody(
            params = {"a", "b"},
            script = "return a + b;")
    private static native String jsConcat(String a, String b);

    /** Joins three strings in one step (one String object instead of two). */
    public static String concat(String a, String b, String c) {
        return jsConcat(a, b, c);
    }

    @JSBody(
            params = {"a", "b", "c"},
            script = "return a + b + c;")
    private static native String jsConcat(String a, String b, String c);

    /** Joins four strings in one step. */
    public static String concat(String a, String b, String c, String d) {
        return jsConcat(a, b, c, d);
    }

    @JSBody(
            params = {"a", "b", "c", "d"},
            script = "return a + b + c + d;")
    private static native String jsConcat(String a, String b, String c, String d);

    /** Joins five strings in one step. */
    public static String concat(String a, String b, String c, String d, String e) {
        return jsConcat(a, b, c, d, e);
    }

    @JSBody(
            params = {"a", "b", "c", "d", "e"},
            script = "return a + b + c + d + e;")
    private static native String jsConcat(String a, String b, String c, String d, String e);

    // Java (since 19) prints the shortest decimal that reads back as the value, but never fewer than 2 digits:
    // where one digit would do, it takes the 2-digit decimal closest to the value (4.9E-324, not 5.0E-324)
    @JSBody(
            params = "d",
            script = "var s = d.toExponential();" + " return /^\\d(e|$)/.test(s) ? d.toExponential(1) : s;")
    private static native String jsExponential(double d);

    // The p-digit decimal closest to the float that reads back as it, for the least p from 2. Where the float lies
    // exactly halfway between two such decimals, toExponential takes the larger and Java the one whose last digit is
    // even: the (p+1)-digit text ending in 5 is compared with the float exactly (BigInt), and the lower decimal is
    // taken when its last digit is even and it reads back too.
    @JSBody(
            params = "f",
            script = "for (var p = 2; p < 9; p++) { var s = f.toExponential(p - 1);"
                    + " if (Math.fround(+s) !== f) continue;"
                    + " var t = f.toExponential(p), end = t.indexOf('e');"
                    + " if (t.charCodeAt(p + 1) !== 53 || (t.charCodeAt(p) & 1) !== 0) return s;"
                    + " var x = f, e = 0; while (x !== Math.floor(x)) { x = x * 2; e--; }"
                    + " var two = BigInt(2), ten = BigInt(10), exact = BigInt(x),"
                    + " text = BigInt(t.substring(0, 1) + t.substring(2, end)), q = +t.substring(end + 1) - p;"
                    + " for (; e < 0; e++) text = text * two;"
                    + " for (; q < 0; q++) exact = exact * ten;"
                    + " for (; q > 0; q--) text = text * ten;"
                    + " var lower = t.substring(0, p + 1) + t.substring(end);"
                    + " return exact === text && Math.fround(+lower) === f ? lower : s; }"
                    + " return f.toExponential(8);")
    private static native String jsFloatExponential(double f);

    /** The shortest digits of a finite, non-negative double that read back as it. */
    static Decimal digits(double d) {
        return d == 0 ? new Decimal("0", 0) : parseExponential(jsExponential(d));
    }

    /** The shortest digits of a finite, non-negative float that read back as it. */
    static Decimal floatDigits(float f) {
        return f == 0 ? new Decimal("0", 0) : parseExponential(jsFloatExponential(f));
    }

    /** Parses JS's {@code "1.2345e+5"}. */
    private static Decimal parseExponential(String s) {
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replace(".", "");
        int exp = parseDigits(s.substring(s.charAt(e + 1) == '+' ? e + 2 : e + 1));
        return new Decimal(Decimal.strip(mantissa), exp + 1);
    }

    /**
     * {@code Double.toString(double)} as specified since Java 19: the shortest digits that read back as the double
     * (at least two: where one would do, the two closest to the value), plain from 10^-3 to 10^7, else one digit,
     * a fraction and an exponent. All in JS: a double's text is made for every one a callback shows.
     */
    public static String doubleToString(double d) {
        return jsDoubleToString(d);
    }

    // (TeaVM prints a body again from its syntax tree and drops the parentheses of "a + (b - c)": such a term
    // gets a variable.)
    @JSBody(
            params = "d",
            script = "if (d !== d) return 'NaN'; if (d === Infinity) return 'Infinity';"
                    + " if (d === -Infinity) return '-Infinity';"
                    + " var sgn = d < 0 || 1 / d < 0 ? '-' : '', mag = Math.abs(d); if (mag === 0) return sgn + '0.0';"
                    + " var txt = mag.toExponential(); if (txt.charCodeAt(1) === 101) txt = mag.toExponential(1);"
                    + " var end = txt.indexOf('e'), dig = txt.substring(0, end).replace('.', ''),"
                    + " exp = +txt.substring(end + 1) + 1;"
                    + " while (dig.charCodeAt(dig.length - 1) === 48) dig = dig.substring(0, dig.length - 1);"
                    + " if (exp >= -2 && exp <= 7) { if (exp <= 0) return sgn + '0.' + '0'.repeat(-exp) + dig;"
                    + " if (dig.length <= exp) return sgn + dig + '0'.repeat(exp - dig.length) + '.0';"
                    + " return sgn + dig.substring(0, exp) + '.' + dig.substring(exp); }"
                    + " var pow = exp - 1;"
                    + " return sgn + (dig.length === 1 ? dig + '.0' : dig.charAt(0) + '.' + dig.substring(1))"
                    + " + 'E' + pow;")
    private static native String jsDoubleToString(double d);

    /** {@code Float.toString(float)} as specified since Java 19. */
    public static String floatToString(float f) {
        if (f != f) {
            return "NaN";
        }
        if (f == Float.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (f == Float.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        String sign = f < 0 || f == 0 && 1 / f < 0 ? "-" : "";
        return sign + layout(floatDigits(Math.abs(f)));
    }

    /** Plain between 10^-3 and 10^7, else computerized scientific notation, always with a fraction digit. */
    private static String layout(Decimal v) {
        if (v.isZero()) {
            return "0.0";
        }
        int e = v.exponent;
        String digits = v.digits;
        if (e >= -2 && e <= 7) {
            if (e <= 0) {
                return "0." + "0".repeat(-e) + digits;
            }
            if (digits.length() <= e) {
                return digits + "0".repeat(e - digits.length()) + ".0";
            }
            return digits.substring(0, e) + "." + digits.substring(e);
        }
        String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "E" + (e - 1);
    }

    /** What a StringBuilder appends or inserts for a CharSequence: the JDK's reads a null as {@code "null"}. */
    public static CharSequence nullAsText(CharSequence s) {
        return s == null ? "null" : s;
    }

    /** {@code String.join} as the JDK's: a null element reads {@code "null"}; a null delimiter or array throws. */
    public static String join(CharSequence delimiter, CharSequence[] elements) {
        java.util.Objects.requireNonNull(elements);
        return join(delimiter, java.util.Arrays.asList(elements));
    }

    /** As {@link #join(CharSequence, CharSequence[])}. */
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        java.util.Objects.requireNonNull(delimiter);
        java.util.Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        String between = delimiter.toString();
        boolean first = true;
        for (CharSequence element : elements) {
            if (!first) {
                sb.append(between);
            }
            sb.append(String.valueOf(element));
            first = false;
        }
        return sb.toString();
    }

    /** {@code StringBuilder.append(double)}: the text of {@link #doubleToString}. */
    public static void appendDouble(Object builder, double d) {
        append(builder, doubleToString(d));
    }

    /** {@code StringBuilder.append(float)}: the text of {@link #floatToString}. */
    public static void appendFloat(Object builder, float f) {
        append(builder, floatToString(f));
    }

    private static void append(Object builder, String s) {
        if (builder instanceof StringBuilder sb) {
            sb.append(s);
        } else if (builder instanceof StringBuffer sb) {
            sb.append(s);
        }
    }

    /** {@code AbstractStringBuilder.reverse()}: surrogate pairs stay in order, as the JVM keeps them. */
    public static void reverse(Object builder) {
        CharSequence text = (CharSequence) builder;
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[n - 1 - i] = text.charAt(i);
        }
        for (int i = 0; i < n - 1; i++) {
            if (Character.isLowSurrogate(out[i]) && Character.isHighSurrogate(out[i + 1])) {
                char low = out[i];
                out[i] = out[i + 1];
                out[i + 1] = low;
                i++;
            }
        }
        if (builder instanceof StringBuilder sb) {
            sb.setLength(0);
            sb.append(out);
        } else if (builder instanceof StringBuffer sb) {
            sb.setLength(0);
            sb.append(out);
        }
    }

    /**
     * {@code AbstractStringBuilder.setLength}: shorter cuts, longer pads with {@code '\u0000'}, negative is the JDK's
     * exception (TeaVM's refused to grow the text, with another exception).
     */
    public static void setLength(Object builder, int length) {
        if (length < 0) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + length);
        }
        int now = ((CharSequence) builder).length();
        if (length < now) {
            if (builder instanceof StringBuilder sb) {
                sb.delete(length, now);
            } else if (builder instanceof StringBuffer sb) {
                sb.delete(length, now);
            }
        } else if (length > now) {
            append(builder, "\u0000".repeat(length - now));
        }
    }

    /** {@code String.split(regex, limit)} with the JVM's rules (no leading empty string for a zero-width match). */
    public static String[] split(String s, String regex, int limit) {
        char single = delimiter(regex);
        if (single != 0) {
            return splitAt(s, single, limit);
        }
        List<String> parts = new ArrayList<>();
        int index = 0;
        boolean limited = limit > 0;
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find() && (!limited || parts.size() < limit - 1)) {
            if (index == 0 && m.start() == 0 && m.end() == 0) {
                continue; // a zero-width match at the beginning never yields a leading empty string
            }
            parts.add(s.substring(index, m.start()));
            index = m.end();
        }
        if (index == 0 && parts.isEmpty()) {
            return new String[] {s};
        }
        parts.add(s.substring(index));
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /**
     * {@code s.split(regex, limit)} for a regex that is one literal character (the JDK's fast path, which the
     * compiler calls directly for such constant regexes, so that the bundle needs no regex engine).
     */
    public static String[] splitAt(String s, char delimiter, int limit) {
        if (s == null) {
            throw new NullPointerException();
        }
        if (s.indexOf(delimiter) < 0) {
            return new String[] {s};
        }
        int count = 1;
        for (int i = s.indexOf(delimiter); i >= 0 && (limit <= 0 || count < limit); i = s.indexOf(delimiter, i + 1)) {
            count++;
        }
        String[] parts = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int next = s.indexOf(delimiter, start);
            parts[k] = s.substring(start, next);
            start = next + 1;
        }
        parts[count - 1] = s.substring(start);
        int size = count;
        while (limit == 0 && size > 0 && parts[size - 1].isEmpty()) {
            size--;
        }
        if (size == count) {
            return parts;
        }
        String[] kept = new String[size];
        System.arraycopy(parts, 0, kept, 0, size);
        return kept;
    }

    /**
     * The delimiter when {@code regex} takes String.split's fast path (one character that is no regex
     * metacharacter, or a backslash and a character that is no letter or digit; no surrogate), else 0.
     */
    public static char delimiter(String regex) {
        char c;
        if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
            c = regex.charAt(0);
        } else if (regex.length() == 2 && regex.charAt(0) == '\\') {
            c = regex.charAt(1);
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return 0;
            }
        } else {
            return 0;
        }
        return Character.isSurrogate(c) ? 0 : c;
    }
}
