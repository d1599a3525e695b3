package io.jdash.compiler.conformance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDK-4511638 in a generated suite's outcomes: Java 17 and 18 print some doubles and floats with more digits than the
 * shortest that identify them ({@code 2.0E-323} is {@code 9.9E-324} on Java 19+, {@code (float) 1e16} is
 * {@code 1.00000003E16} against {@code 1.0E16}), and the browser prints Java 19's text, as the README's table says.
 * On those JVMs {@link #reconcile} writes such a number of the JVM's outcome as the browser did, when and only when
 * the JVM's text is Java 17's {@code toString} of a double or float, the browser's is Java 19's text of the same
 * value (its shortest decimal, computed exactly here), and the two agree everywhere else. Every other difference
 * stays a disagreement; on Java 19+ nothing is rewritten (CI runs the collector suite there too).
 */
final class Java19NumberTexts {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+(?:E-?\\d+)?");
    private static final boolean OLD_TEXTS = Runtime.version().feature() < 19;

    private Java19NumberTexts() {}

    /** The JVM's outcome text with its JDK-4511638 numbers written as in {@code browser}, or unchanged. */
    static String reconcile(String jvm, String browser) {
        if (!OLD_TEXTS || jvm.equals(browser)) {
            return jvm;
        }
        List<String> ours = split(jvm);
        List<String> theirs = split(browser);
        if (ours.size() != theirs.size()) {
            return jvm;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ours.size(); i++) {
            String a = ours.get(i);
            String b = theirs.get(i);
            boolean number = i % 2 == 1;
            if (a.equals(b) || number && explained(a, b)) {
                out.append(b);
            } else {
                return jvm;
            }
        }
        return out.toString();
    }

    // text, number, text, number, ..., text
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int last = 0;
        while (m.find()) {
            parts.add(text.substring(last, m.start()));
            parts.add(m.group());
            last = m.end();
        }
        parts.add(text.substring(last));
        return parts;
    }

    private static boolean explained(String jvm, String browser) {
        if (jvm.contains("E") != browser.contains("E")) {
            return false;
        }
        double d = Double.parseDouble(jvm);
        if (d == Double.parseDouble(browser)
                && jvm.equals(Double.toString(d))
                && isShortest(browser, new BigDecimal(d), true)) {
            return true;
        }
        float f = Float.parseFloat(jvm);
        return f == Float.parseFloat(browser)
                && jvm.equals(Float.toString(f))
                && isShortest(browser, new BigDecimal(f), false);
    }

    /**
     * Whether {@code text} is Java 19's decimal of the value {@code exact}: of the decimals that parse back to it, one
     * with the fewest digits (or 2 when 1 would do), the nearest, the even one of two as near. Both neighbours of
     * each length are tried: next to a power of two the decimals that parse back lie further on one side.
     */
    private static boolean isShortest(String text, BigDecimal exact, boolean isDouble) {
        if (exact.signum() == 0) {
            return false;
        }
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal chosen = nearestIdentifying(exact, digits, isDouble);
            if (chosen != null) {
                if (digits == 1) {
                    chosen = nearestIdentifying(exact, 2, isDouble);
                }
                BigDecimal written = new BigDecimal(text);
                return written.compareTo(chosen) == 0
                        && written.stripTrailingZeros().precision()
                                == chosen.stripTrailingZeros().precision();
            }
        }
        return false;
    }

    private static BigDecimal nearestIdentifying(BigDecimal exact, int digits, boolean isDouble) {
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new MathContext(digits, mode));
            // parsed, not BigDecimal.doubleValue(), which Java 17 does not always round correctly
            boolean identifies = isDouble
                    ? Double.parseDouble(candidate.toString()) == exact.doubleValue()
                    : Float.parseFloat(candidate.toString()) == exact.floatValue();
            if (identifies && (best == null || nearer(candidate, best, exact))) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean nearer(BigDecimal candidate, BigDecimal best, BigDecimal exact) {
        int order =
                candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs());
        return order < 0 || order == 0 && candidate.unscaledValue().testBit(0) == false;
    }
}
