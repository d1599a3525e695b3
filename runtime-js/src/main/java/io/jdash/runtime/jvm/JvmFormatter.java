package io.jdash.runtime.jvm;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.MissingFormatArgumentException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/**
 * {@code String.format} and {@code String.formatted} with java.util.Formatter's results in the default locale
 * (en_US): general ({@code %s %S %b %h}), character, integral ({@code %d %o %x %X}), floating point
 * ({@code %f %e %E %g %G}) and {@code %% %n}, with argument indexes, flags, width and precision. Floating point
 * values are rounded HALF_UP from their shortest decimal digits, as the JDK does.
 *
 * <p>It replaces TeaVM's Formatter, which rounds HALF_EVEN, lacks {@code %e} and pulls about 60 KB (gzip) of
 * locale data into every bundle. Date conversions ({@code %t}) and {@code %a} are not supported in the browser.
 */
public final class JvmFormatter {
    private static final String FLAGS = "-#+ 0,(<";
    /**
     * The symbols of the call under way: en_US's unless {@link #format(java.util.Locale, String, Object[])} set
     * a locale's (a bundle runs one call at a time).
     */
    private static char zero = '0';

    private static char decimal = '.';
    private static char groupSeparator = ',';
    private static int groupSize = 3;
    private static java.util.Locale caseLocale;

    private JvmFormatter() {}

    /**
     * {@code String.format(locale, format, args)}: as java.util.Formatter localizes, the locale's zero digit,
     * decimal separator, grouping separator and size (from its number pattern) and, for upper-case conversions,
     * its case mapping; a null locale localizes nothing.
     */
    public static String format(java.util.Locale locale, String format, Object[] args) {
        if (locale == null
                || locale.getLanguage().equals("en") && locale.getCountry().equals("US")) {
            return format(format, args);
        }
        char[] symbols = io.jdash.runtime.jvm.locale.JvmLocales.formatterSymbols(locale);
        try {
            zero = symbols[0];
            decimal = symbols[1];
            groupSeparator = symbols[2];
            groupSize = symbols[3];
            caseLocale = locale;
            return format(format, args);
        } finally {
            zero = '0';
            decimal = '.';
            groupSeparator = ',';
            groupSize = 3;
            caseLocale = null;
        }
    }

    /** One {@code %} specifier: its index (0 the next argument, -1 the previous, -2 none), flags, width, etc. */
    private record Spec(int index, String flags, int width, int precision, char conversion) {
        /** The JDK's text of the specifier: flags in its order, then index, width, precision and conversion. */
        String text() {
            return "%" + flags + (index > 0 ? index + "$" : "") + (width != -1 ? String.valueOf(width) : "")
                    + (precision != -1 ? "." + precision : "") + conversion;
        }
    }

    /**
     * {@code String.format(format, args)}, as java.util.Formatter does it: the whole format is parsed and every
     * specifier checked first (so a bad specifier is reported before a missing argument), then printed.
     */
    public static String format(String format, Object[] args) {
        java.util.List<Object> parts = parse(format);
        StringBuilder out = new StringBuilder();
        int ordinary = -1;
        int last = -1;
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
                continue;
            }
            Spec spec = (Spec) part;
            if (spec.conversion() == 'n') {
                out.append('\n');
                continue;
            }
            if (spec.conversion() == '%') {
                justify(out, "%", spec.flags(), spec.width());
                continue;
            }
            int k;
            if (spec.index() == -1) {
                k = last;
                if (k < 0) {
                    throw new MissingFormatArgumentException(spec.text());
                }
            } else {
                k = spec.index() == 0 ? ++ordinary : spec.index() - 1;
                last = k;
            }
            if (args != null && k > args.length - 1) {
                throw new MissingFormatArgumentException(spec.text());
            }
            Object arg = args == null ? null : args[k];
            convert(out, spec.conversion(), spec.flags().replace("<", ""), spec.width(), spec.precision(), arg);
        }
        return out.toString();
    }

    /** The literal texts and checked specifiers of {@code format}, with the JDK's grammar and exceptions. */
    private static java.util.List<Object> parse(String format) {
        java.util.List<Object> parts = new java.util.ArrayList<>();
        int i = 0;
        int n = format.length();
        while (i < n) {
            int percent = format.indexOf('%', i);
            if (percent < 0) {
                parts.add(format.substring(i));
                break;
            }
            if (percent > i) {
                parts.add(format.substring(i, percent));
            }
            i = percent + 1;
            if (i >= n) {
                throw new UnknownFormatConversionException("%");
            }
            char first = format.charAt(i);
            if (isConversion(first)) {
                parts.add(new Spec(first == '%' || first == 'n' ? -2 : 0, "", -1, -1, first));
                i++;
                continue;
            }
            // %[argument_index$][flags][width][.precision]conversion
            int index = 0;
            int j = i;
            while (j < n && isDigit(format.charAt(j))) {
                j++;
            }
            if (j > i && j < n && format.charAt(j) == '$') {
                index = JvmStrings.parseDigits(format.substring(i, j));
                i = j + 1;
            }
            int flagsStart = i;
            while (i < n && FLAGS.indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            String written = format.substring(flagsStart, i);
            int width = -1;
            j = i;
            while (i < n && isDigit(format.charAt(i))) {
                i++;
            }
            if (i > j) {
                width = JvmStrings.parseDigits(format.substring(j, i));
            }
            int precision = -1;
            if (i + 1 < n && format.charAt(i) == '.' && isDigit(format.charAt(i + 1))) {
                j = ++i;
                while (i < n && isDigit(format.charAt(i))) {
                    i++;
                }
                precision = JvmStrings.parseDigits(format.substring(j, i));
            }
            if (i >= n || !isLetter(format.charAt(i)) && format.charAt(i) != '%') {
                throw new UnknownFormatConversionException(String.valueOf(first));
            }
            char conversion = format.charAt(i++);
            String flags = canonicalFlags(written);
            if (flags.contains("<")) {
                index = -1;
            }
            if (!isConversion(conversion)) {
                throw new UnknownFormatConversionException(String.valueOf(conversion));
            }
            Spec spec =
                    new Spec(conversion == '%' || conversion == 'n' ? -2 : index, flags, width, precision, conversion);
            check(spec);
            parts.add(spec);
        }
        return parts;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isConversion(char c) {
        return "bBhHsScCdoxXeEgGfaAtT%n".indexOf(c) >= 0;
    }

    /** The flags in the JDK's order, each once (a repeated one is {@code DuplicateFormatFlagsException}). */
    private static String canonicalFlags(String written) {
        for (int k = 0; k < written.length(); k++) {
            if (written.indexOf(written.charAt(k), k + 1) >= 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(written.charAt(k)));
            }
        }
        StringBuilder flags = new StringBuilder();
        for (char flag : FLAGS.toCharArray()) {
            if (written.indexOf(flag) >= 0) {
                flags.append(flag);
            }
        }
        return flags.toString();
    }

    /** java.util.Formatter's checks of a specifier by the kind of its conversion, in the JDK's order. */
    private static void check(Spec spec) {
        char c = Character.toLowerCase(spec.conversion());
        String flags = spec.flags();
        switch (c) {
            case 's', 'b', 'h' -> {
                if (c != 's' && flags.contains("#")) {
                    throw new FormatFlagsConversionMismatchException("#", c);
                }
                requireWidthFor(spec, "-");
                badFlags(flags, "+ 0,(", c);
            }
            case 'c' -> {
                noPrecision(spec);
                badFlags(flags, "#+ 0,(", c);
                requireWidthFor(spec, "-");
            }
            case 'd', 'o', 'x' -> {
                numeric(spec);
                noPrecision(spec);
                badFlags(flags, c == 'd' ? "#" : ",", c);
            }
            case 'e', 'f', 'g', 'a' -> {
                numeric(spec);
                badFlags(flags, c == 'e' ? "," : c == 'g' ? "#" : c == 'a' ? "(," : "", c);
            }
            case 't' -> throw new UnknownFormatConversionException(String.valueOf(spec.conversion()));
            case '%' -> {
                noPrecision(spec);
                if (!flags.isEmpty() && !flags.equals("-")) {
                    throw new IllegalFormatFlagsException(flags);
                }
                requireWidthFor(spec, "-");
            }
            default -> {
                noPrecision(spec);
                if (spec.width() != -1) {
                    throw new java.util.IllegalFormatWidthException(spec.width());
                }
                if (!flags.isEmpty()) {
                    throw new IllegalFormatFlagsException(flags);
                }
            }
        }
    }

    private static void noPrecision(Spec spec) {
        if (spec.precision() != -1) {
            throw new IllegalFormatPrecisionException(spec.precision());
        }
    }

    private static void requireWidthFor(Spec spec, String flags) {
        for (char flag : flags.toCharArray()) {
            if (spec.width() == -1 && spec.flags().indexOf(flag) >= 0) {
                throw new MissingFormatWidthException(spec.text());
            }
        }
    }

    /** '-' and '0' need a width; '+' with ' ', and '-' with '0', cannot go together. */
    private static void numeric(Spec spec) {
        requireWidthFor(spec, "-0");
        String flags = spec.flags();
        if (flags.contains("+") && flags.contains(" ") || flags.contains("-") && flags.contains("0")) {
            throw new IllegalFormatFlagsException(flags);
        }
    }

    /** The first of {@code bad} (in the given order) that {@code flags} has is a mismatch with the conversion. */
    private static void badFlags(String flags, String bad, char conversion) {
        for (char flag : bad.toCharArray()) {
            if (flags.indexOf(flag) >= 0) {
                throw new FormatFlagsConversionMismatchException(String.valueOf(flag), conversion);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void convert(
            StringBuilder out, char conversion, String flags, int width, int precision, Object arg) {
        boolean upper = isUpper(conversion);
        switch (conversion) {
            case 's', 'S' -> {
                only(flags, "-", conversion);
                general(out, arg == null ? "null" : String.valueOf(arg), flags, width, precision, upper);
            }
            case 'b', 'B' -> {
                only(flags, "-", conversion);
                String b = arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true";
                general(out, b, flags, width, precision, upper);
            }
            case 'h', 'H' -> {
                only(flags, "-", conversion);
                general(
                        out,
                        arg == null ? "null" : Integer.toHexString(arg.hashCode()),
                        flags,
                        width,
                        precision,
                        upper);
            }
            case 'c', 'C' -> {
                only(flags, "-", conversion);
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                general(out, character(arg, conversion), flags, width, -1, upper);
            }
            case 'd' -> integral(out, flags, width, precision, arg, conversion);
            case 'o', 'x', 'X' -> radix(out, flags, width, precision, arg, conversion);
            case 'f', 'e', 'E', 'g', 'G', 'a', 'A' -> floating(out, flags, width, precision, arg, conversion);
            default -> throw new UnknownFormatConversionException(String.valueOf(conversion));
        }
    }

    /**
     * The mismatches java.util.Formatter finds while printing (the others it finds parsing): a flag outside
     * {@code allowed}, looked for in the JDK's order ({@code (}, space, {@code +} before the rest).
     */
    private static void only(String flags, String allowed, char conversion) {
        for (char flag : "( +#-0,<".toCharArray()) {
            if (flags.indexOf(flag) >= 0 && allowed.indexOf(flag) < 0) {
                throw new FormatFlagsConversionMismatchException(
                        String.valueOf(flag), Character.toLowerCase(conversion));
            }
        }
    }

    private static String character(Object arg, char conversion) {
        if (arg == null) {
            return "null";
        }
        if (arg instanceof Character c) {
            return String.valueOf(c.charValue());
        }
        if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            int cp = ((Number) arg).intValue();
            if (cp < 0 || cp > 0x10FFFF) {
                throw new java.util.IllegalFormatCodePointException(cp);
            }
            return cp < 0x10000
                    ? String.valueOf((char) cp)
                    : new String(new char[] {(char) (0xD7C0 + (cp >> 10)), (char) (0xDC00 + (cp & 0x3FF))});
        }
        throw new IllegalFormatConversionException(conversion, arg.getClass());
    }

    private static void general(StringBuilder out, String s, String flags, int width, int precision, boolean upper) {
        String text = precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
        justify(
                out,
                upper ? caseLocale != null ? text.toUpperCase(caseLocale) : JvmStrings.upper(text) : text,
                flags,
                width);
    }

    private static void justify(StringBuilder out, String s, String flags, int width) {
        int pad = width - s.length();
        if (pad <= 0) {
            out.append(s);
        } else if (flags.contains("-")) {
            out.append(s).append(" ".repeat(pad));
        } else {
            out.append(" ".repeat(pad)).append(s);
        }
    }

    private static void integral(
            StringBuilder out, String flags, int width, int precision, Object arg, char conversion) {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        only(flags, "-+ 0,(", conversion);
        if (arg == null) {
            general(out, "null", flags, width, -1, false);
            return;
        }
        String digits;
        boolean negative;
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            long v = ((Number) arg).longValue();
            negative = v < 0;
            String text = JvmStrings.longToString(v);
            digits = negative ? text.substring(1) : text;
        } else if (isBig(arg, "BigInteger")) {
            String text = arg.toString();
            negative = text.startsWith("-");
            digits = negative ? text.substring(1) : text;
        } else {
            throw new IllegalFormatConversionException(conversion, arg.getClass());
        }
        number(out, digits, "", negative, flags, width, true);
    }

    /** Sign, grouping, zero padding, parentheses and justification of a magnitude {@code digits}[.fraction]. */
    private static void number(
            StringBuilder out,
            String magnitude,
            String suffix,
            boolean negative,
            String flags,
            int width,
            boolean localized) {
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append(flags.contains("(") ? '(' : '-');
        } else if (flags.contains("+")) {
            sb.append('+');
        } else if (flags.contains(" ")) {
            sb.append(' ');
        }
        int begin = sb.length();
        if (localized) {
            sb.append(localize(magnitude, flags.contains(","))).append(localize(suffix, false));
        } else {
            sb.append(magnitude).append(suffix);
        }
        if (flags.contains("0")) {
            int target = negative && flags.contains("(") ? width - 1 : width;
            while (sb.length() < target) {
                sb.insert(begin, localized ? zero : '0');
            }
        }
        if (negative && flags.contains("(")) {
            sb.append(')');
        }
        justify(out, sb.toString(), flags, width);
    }

    /**
     * The digits of {@code magnitude} (digits, an optional '.' and fraction, or an exponent suffix) with the
     * locale's zero digit and decimal separator, the integer part grouped when asked.
     */
    private static String localize(String magnitude, boolean grouped) {
        int dot = magnitude.indexOf('.');
        int end = dot < 0 ? magnitude.length() : dot;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < magnitude.length(); k++) {
            char c = magnitude.charAt(k);
            if (k == dot) {
                sb.append(decimal);
                continue;
            }
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + zero) : c);
            if (grouped && groupSeparator != 0 && k < end - 1 && (end - k) % groupSize == 1) {
                sb.append(groupSeparator);
            }
        }
        return sb.toString();
    }

    private static void radix(StringBuilder out, String flags, int width, int precision, Object arg, char conversion) {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (arg == null) {
            general(out, "null", flags, width, -1, conversion == 'X');
            return;
        }
        boolean hex = conversion != 'o';
        String prefix = flags.contains("#") ? (hex ? "0x" : "0") : "";
        String digits;
        if (isBig(arg, "BigInteger")) {
            only(flags, "-#+ 0(", conversion);
            String decimal = arg.toString();
            boolean negative = decimal.startsWith("-");
            String text = JvmStrings.radix(negative ? decimal.substring(1) : decimal, hex ? 16 : 8);
            if (flags.contains("0")) {
                text = "0".repeat(Math.max(0, width - text.length() - prefix.length() - (negative ? 1 : 0))) + text;
            }
            String body = prefix + text;
            number(
                    out,
                    conversion == 'X' ? JvmStrings.upper(body) : body,
                    "",
                    negative,
                    flags.replace("0", ""),
                    width,
                    false);
            return;
        }
        only(flags, "-#0", conversion);
        int radix = hex ? 16 : 8;
        if (arg instanceof Integer i) {
            digits = JvmStrings.unsigned(i, radix);
        } else if (arg instanceof Long l) {
            digits = JvmStrings.unsignedLong(l, radix);
        } else if (arg instanceof Short s) {
            digits = JvmStrings.unsigned(s < 0 ? s + (1 << 16) : s, radix);
        } else if (arg instanceof Byte b) {
            digits = JvmStrings.unsigned(b < 0 ? b + (1 << 8) : b, radix);
        } else {
            throw new IllegalFormatConversionException(conversion, arg.getClass());
        }
        StringBuilder sb = new StringBuilder(prefix);
        if (flags.contains("0")) {
            sb.append("0".repeat(Math.max(0, width - digits.length() - prefix.length())));
        }
        sb.append(digits);
        String text = conversion == 'X' ? JvmStrings.upper(sb.toString()) : sb.toString();
        justify(out, text, flags, width);
    }

    private static void floating(
            StringBuilder out, String flags, int width, int precision, Object arg, char conversion) {
        char kind = (char) (conversion | 0x20);
        only(flags, kind == 'f' ? "-#+ 0,(" : kind == 'e' ? "-#+ 0(" : kind == 'a' ? "-#+ 0" : "-+ 0,(", conversion);
        if (arg == null) {
            // the JDK prints "null" as a string: the precision truncates it
            general(out, "null", flags, width, precision, isUpper(conversion));
            return;
        }
        Decimal value;
        boolean negative;
        if (arg instanceof Double || arg instanceof Float) {
            double d = ((Number) arg).doubleValue();
            if (d != d || Double.isInfinite(d)) {
                String text = d != d ? "NaN" : "Infinity";
                if (d != d) {
                    justify(out, isUpper(conversion) ? "NAN" : text, flags, width);
                    return;
                }
                boolean neg = d < 0;
                StringBuilder sb = new StringBuilder();
                sb.append(
                        neg
                                ? (flags.contains("(") ? "(" : "-")
                                : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "");
                sb.append(isUpper(conversion) ? "INFINITY" : text);
                if (neg && flags.contains("(")) {
                    sb.append(')');
                }
                justify(out, sb.toString(), flags, width);
                return;
            }
            if (kind == 'a') {
                hexadecimal(out, flags, width, precision, d, isUpper(conversion));
                return;
            }
            negative = Double.compare(d, 0.0) < 0;
            value = JvmStrings.digits(Math.abs(d));
        } else if (isBig(arg, "BigDecimal") && kind != 'a') {
            String text = arg.toString();
            negative = text.startsWith("-");
            value = parseDecimal(negative ? text.substring(1) : text);
        } else {
            throw new IllegalFormatConversionException(conversion, arg.getClass());
        }
        int p = precision == -1 ? 6 : precision;
        String magnitude;
        String suffix = "";
        if (kind == 'f') {
            magnitude = value.roundToFraction(p).plain(p);
        } else if (kind == 'e') {
            String[] parts = scientific(value, p);
            magnitude = parts[0];
            suffix = parts[1];
        } else {
            if (p == 0) {
                p = 1;
            }
            Decimal rounded = value.roundToDigits(p);
            if (rounded.isZero()) {
                magnitude = new Decimal("0", 0).plain(p - 1);
            } else if (rounded.exponent - 1 >= -4 && rounded.exponent - 1 < p) {
                int fraction = p - rounded.exponent;
                magnitude = value.roundToFraction(fraction).plain(fraction);
            } else {
                String[] parts = scientific(value, p - 1);
                magnitude = parts[0];
                suffix = parts[1];
            }
        }
        if (flags.contains("#") && kind != 'g' && magnitude.indexOf('.') < 0) {
            magnitude = magnitude + ".";
        }
        if (isUpper(conversion)) {
            suffix = JvmStrings.upper(suffix);
        }
        number(out, magnitude, suffix, negative, flags, width, true);
    }

    /**
     * {@code %a}: the sign, {@code 0x}, zeros up to the width for the {@code 0} flag, and the hexadecimal significand
     * rounded to {@code precision} digits (all of them when none is given, 1 for 0) with its binary exponent.
     */
    private static void hexadecimal(
            StringBuilder out, String flags, int width, int precision, double d, boolean upper) {
        boolean negative = Double.compare(d, 0.0) < 0;
        int digits = precision == -1 ? 0 : Math.max(precision, 1);
        String hex = hexSignificand(Math.abs(d), digits);
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        } else if (flags.contains("+")) {
            sb.append('+');
        } else if (flags.contains(" ")) {
            sb.append(' ');
        }
        sb.append(upper ? "0X" : "0x");
        if (flags.contains("0")) {
            // Java counts the sign as one character whether or not one was written
            int written = flags.contains(" ") || flags.contains("+") || negative ? 3 : 2;
            for (int k = width - hex.length() - written; k > 0; k--) {
                sb.append('0');
            }
        }
        int p = hex.indexOf('p');
        String significand = upper ? JvmStrings.upper(hex.substring(0, p)) : hex.substring(0, p);
        sb.append(significand);
        if (digits != 0) {
            int point = significand.indexOf('.');
            int have = point < 0 ? 0 : significand.length() - point - 1;
            if (point < 0 && have < digits) {
                sb.append('.');
            }
            for (; have < digits; have++) {
                sb.append('0');
            }
        }
        sb.append(upper ? 'P' : 'p').append(hex, p + 1, hex.length());
        justify(out, sb.toString(), flags, width);
    }

    /** Java's {@code Formatter.hexDouble}: {@code toHexString} without {@code 0x}, rounded half-even to digits. */
    private static String hexSignificand(double d, int digits) {
        if (!Double.isFinite(d) || d == 0.0 || digits == 0 || digits >= 13) {
            return Double.toHexString(d).substring(2);
        }
        boolean subnormal = Math.getExponent(d) == Double.MIN_EXPONENT - 1;
        if (subnormal) {
            d *= 0x1p54;
        }
        int shift = 53 - (1 + digits * 4);
        long bits = Double.doubleToLongBits(d);
        long kept = (bits & 0x7FFFFFFFFFFFFFFFL) >> shift;
        long dropped = bits & ~(~0L << shift);
        boolean even = (kept & 1) == 0;
        boolean round = ((1L << (shift - 1)) & dropped) != 0;
        boolean sticky = shift > 1 && (~(1L << (shift - 1)) & dropped) != 0;
        if (even && round && sticky || !even && round) {
            kept++;
        }
        double rounded = Double.longBitsToDouble((bits & 0x8000000000000000L) | (kept << shift));
        if (Double.isInfinite(rounded)) {
            return "1.0p1024";
        }
        String hex = Double.toHexString(rounded).substring(2);
        if (!subnormal) {
            return hex;
        }
        int p = hex.indexOf('p');
        return hex.substring(0, p) + "p" + (Integer.parseInt(hex.substring(p + 1)) - 54);
    }

    /** Mantissa with {@code fraction} digits, and the exponent suffix {@code e+05}. */
    private static String[] scientific(Decimal value, int fraction) {
        if (value.isZero()) {
            return new String[] {new Decimal("0", 0).plain(fraction), "e+00"};
        }
        Decimal rounded = value.roundToDigits(fraction + 1);
        int exponent = rounded.exponent - 1;
        Decimal mantissa = new Decimal(rounded.digits, 1);
        int abs = Math.abs(exponent);
        return new String[] {mantissa.plain(fraction), "e" + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs};
    }

    private static boolean isUpper(char conversion) {
        return conversion >= 'A' && conversion <= 'Z';
    }

    /**
     * Whether {@code arg} is a {@code java.math} big number. Told by class name and read through its text, so that
     * a bundle carries BigDecimal's code only when the application itself uses BigDecimal.
     */
    private static boolean isBig(Object arg, String simpleName) {
        return arg instanceof Number && arg.getClass().getName().equals("java.math." + simpleName);
    }

    /** Reads BigDecimal.toString()'s text, e.g. {@code 123.45} or {@code 1.2E+3}, as a Decimal. */
    private static Decimal parseDecimal(String text) {
        int e = text.indexOf('E');
        int exp = e < 0
                ? 0
                : JvmStrings.parseDigits(text.charAt(e + 1) == '+' ? text.substring(e + 2) : text.substring(e + 1));
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        int intDigits = dot < 0 ? mantissa.length() : dot;
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        String significant = Decimal.strip(digits.substring(lead));
        if (significant.equals("0")) {
            return new Decimal("0", 0);
        }
        return new Decimal(significant, intDigits - lead + exp);
    }
}
