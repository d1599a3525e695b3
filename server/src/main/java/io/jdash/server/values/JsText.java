package io.jdash.server.values;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Writes JSON values as JavaScript's {@code JSON.stringify} and {@code String(number)} do. */
public final class JsText {
    private JsText() {}

    /**
     * Describes a value for an error message as the browser runtime does: its JSON text (cut to 60 characters)
     * and its JS type, e.g. {@code "3" (string)}, {@code 1.5 (number)}; {@code null} and {@code undefined} alone.
     */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "undefined";
        }
        if (v.isNull()) {
            return "null";
        }
        String s = stringify(v);
        if (s.length() > 60) {
            s = s.substring(0, 57) + "...";
        }
        return s + " (" + type(v) + ")";
    }

    /** The JS type name: {@code string}, {@code number}, {@code boolean}, {@code array}, {@code object}. */
    public static String type(JsonNode v) {
        if (v.isTextual()) {
            return "string";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        return v.isArray() ? "array" : "object";
    }

    /** {@code JSON.stringify(v)}. */
    public static String stringify(JsonNode v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            sb.append("null");
        } else if (v.isTextual()) {
            quote(sb, v.textValue());
        } else if (v.isNumber()) {
            sb.append(number(v.doubleValue()));
        } else if (v.isBoolean()) {
            sb.append(v.booleanValue());
        } else if (v.isArray()) {
            sb.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, v.get(i));
            }
            sb.append(']');
        } else {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * The shortest decimal that reads back as {@code d} (positive, finite), and of those the closest, as JS picks
     * it. Jackson's Schubfach writer gives the shortest of at least two digits (Java's rule, which prints
     * {@code Double.MIN_VALUE} as {@code 4.9E-324} where JS prints {@code 5e-324}); a one-digit decimal that also
     * reads back wins. (The JDK 17 {@code Double.toString} is not always the shortest at all.)
     */
    private static BigDecimal shortest(double d) {
        BigDecimal two = new BigDecimal(NumberOutput.toString(d, true)).stripTrailingZeros();
        if (two.precision() != 2) {
            return two;
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal best = null;
        for (java.math.RoundingMode mode :
                new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
            BigDecimal one = two.round(new java.math.MathContext(1, mode));
            if (one.signum() > 0
                    && Double.parseDouble(one.toString()) == d
                    && (best == null
                            || one.subtract(exact)
                                            .abs()
                                            .compareTo(best.subtract(exact).abs())
                                    < 0)) {
                best = one;
            }
        }
        return best != null ? best.stripTrailingZeros() : two;
    }

    /** {@code String(d)} in JS: integers without ".0", exponents as {@code 1e+21}, NaN and Infinity by name. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null"; // JSON.stringify's answer; String(d) would say NaN/Infinity
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = shortest(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - exact.scale(); // d = 0.digits * 10^exponent
        String sign = d < 0 ? "-" : "";
        if (exponent > 21 || exponent < -5) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = exponent - 1;
            return sign + mantissa + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
        }
        if (exponent <= 0) {
            return sign + "0." + "0".repeat(-exponent) + digits;
        }
        if (exponent >= digits.length()) {
            return sign + digits + "0".repeat(exponent - digits.length());
        }
        return sign + digits.substring(0, exponent) + "." + digits.substring(exponent);
    }
}
