package io.jdash.runtime.jvm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code BigDecimal} and {@code BigInteger} methods where TeaVM's class library (a Harmony port) answers otherwise
 * than the JDK: values ({@code floatValue} not rounded to a float, {@code round}/{@code divide} with a
 * {@code MathContext}, {@code movePointLeft(0)}), {@code hashCode}, and the texts of division by zero. Written from the
 * JDK's specification and its observed results; the compiler makes the JDK methods call these.
 */
public final class JvmBigDecimal {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private JvmBigDecimal() {}

    /** {@code BigDecimal.floatValue()}: the float nearest to the exact value (the JDK's paths all round once). */
    public static float floatValue(BigDecimal self) {
        return JvmNumbers.parseFloat(self.toString());
    }

    /** {@code BigInteger.hashCode()}: the JDK's fold of the magnitude's 32-bit words, times the sign. */
    public static int bigIntegerHashCode(BigInteger self) {
        byte[] bytes = self.abs().toByteArray();
        int h = 0;
        int first = bytes.length % 4;
        int word = 0;
        for (int i = 0; i < bytes.length; i++) {
            word = (word << 8) | (bytes[i] & 0xff);
            if ((i + 1 - first) % 4 == 0) {
                h = (int) (31 * h + (word & 0xffffffffL));
                word = 0;
            }
        }
        return h * self.signum();
    }

    /** {@code BigDecimal.hashCode()}: 31 times the unscaled value's hash, plus the scale. */
    public static int hashCode(BigDecimal self) {
        return 31 * bigIntegerHashCode(self.unscaledValue()) + self.scale();
    }

    /** {@code BigDecimal.round(mc)} and {@code plus(mc)}: digits dropped until at most the precision remain. */
    public static BigDecimal round(BigDecimal self, MathContext mc) {
        int precision = mc.getPrecision();
        if (precision == 0) {
            return self;
        }
        BigDecimal r = self;
        int drop = r.precision() - precision;
        while (drop > 0) {
            r = r.setScale(checkScale((long) r.scale() - drop), mc.getRoundingMode());
            drop = r.precision() - precision;
        }
        return r;
    }

    /**
     * {@code BigDecimal.divide(divisor, mc)}: the exact quotient rounded once to the context's precision; an exact
     * quotient takes the scale nearest {@code this.scale() - divisor.scale()} that its digits allow.
     */
    public static BigDecimal divide(BigDecimal self, BigDecimal divisor, MathContext mc) {
        zeroDivisor(self, divisor);
        if (mc.getPrecision() == 0) {
            return self.divide(divisor);
        }
        long preferred = (long) self.scale() - divisor.scale();
        if (self.signum() == 0) {
            return BigDecimal.valueOf(0, saturate(preferred));
        }
        int p = mc.getPrecision();
        long magnitude = ((long) self.precision() - self.scale()) - ((long) divisor.precision() - divisor.scale());
        int scale = checkScale(p - magnitude + 2);
        BigDecimal truncated = self.divide(divisor, scale, RoundingMode.DOWN);
        boolean exact = self.compareTo(truncated.multiply(divisor)) == 0;
        if (!exact) {
            // a 1 after the truncated digits: strictly between the neighbours, never a tie, rounds as the exact value
            BigDecimal sticky = new BigDecimal(
                    truncated.unscaledValue().multiply(BigInteger.TEN).add(BigInteger.valueOf(truncated.signum())),
                    checkScale((long) scale + 1));
            return round(sticky, mc);
        }
        BigDecimal r = round(truncated, mc);
        if (r.compareTo(truncated) != 0) {
            return r;
        }
        return preferredScale(r, preferred, p);
    }

    /** An exact result at the scale nearest {@code preferred} with at most {@code precision} digits. */
    private static BigDecimal preferredScale(BigDecimal r, long preferred, int precision) {
        while (r.scale() > preferred && r.unscaledValue().mod(BigInteger.TEN).signum() == 0) {
            r = r.setScale(r.scale() - 1, RoundingMode.UNNECESSARY);
        }
        if (r.scale() < preferred) {
            long room = precision - (long) r.precision();
            long target = Math.min(preferred, r.scale() + room);
            if (target > r.scale()) {
                r = r.setScale((int) target, RoundingMode.UNNECESSARY);
            }
        }
        return r;
    }

    /** {@code BigDecimal.movePointLeft(n)}: {@code this} for 0; otherwise the scale plus n, at least 0. */
    public static BigDecimal movePointLeft(BigDecimal self, int n) {
        return movePoint(self, (long) self.scale() + n, n);
    }

    /** {@code BigDecimal.movePointRight(n)}: {@code this} for 0; otherwise the scale minus n, at least 0. */
    public static BigDecimal movePointRight(BigDecimal self, int n) {
        return movePoint(self, (long) self.scale() - n, n);
    }

    private static BigDecimal movePoint(BigDecimal self, long newScale, int n) {
        if (n == 0) {
            return self;
        }
        BigDecimal moved = new BigDecimal(self.unscaledValue(), checkScale(newScale));
        return moved.scale() < 0 ? moved.setScale(0, RoundingMode.UNNECESSARY) : moved;
    }

    /** {@code BigDecimal.compareTo(other)}: by value, whatever the scales. */
    public static int compareTo(BigDecimal self, BigDecimal other) {
        if (self.scale() == other.scale()) {
            return self.unscaledValue().compareTo(other.unscaledValue());
        }
        return self.subtract(other).signum();
    }

    /** {@code BigDecimal.equals(o)}: the same unscaled value and scale (so 2.0 is not 2.00). */
    public static boolean equals(BigDecimal self, Object o) {
        return o instanceof BigDecimal other
                && self.scale() == other.scale()
                && self.unscaledValue().equals(other.unscaledValue());
    }

    /** {@code BigDecimal.precision()}: the digits of the unscaled value (1 for zero). */
    public static int precision(BigDecimal self) {
        return self.unscaledValue().abs().toString().length();
    }

    /**
     * {@code new BigDecimal(String)}: refuses the texts Java 17 refuses, with its messages, before TeaVM's parser
     * (which lets two signs through and words every refusal alike) reads a valid one. Java reads a sign, then digits
     * (any Unicode decimal digit) with at most one point, then an exponent; its message for a stray character depends
     * on whether the text after the sign has at most 18 characters (its compact path) or more.
     */
    public static void checkDecimalText(String text) {
        if (text == null) {
            return;
        }
        if (text.isEmpty()) {
            throw new NumberFormatException();
        }
        int offset = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        boolean compact = text.length() - offset <= 18;
        boolean point = false;
        boolean digits = false;
        long scale = 0;
        long exponent = 0;
        for (; offset < text.length(); offset++) {
            char c = text.charAt(offset);
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                digits = true;
                scale += point ? 1 : 0;
            } else if (c == '.') {
                if (point) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                point = true;
            } else if (c == 'e' || c == 'E') {
                exponent = exponent(text, offset);
                if ((int) exponent != exponent) {
                    throw new NumberFormatException("Exponent overflow.");
                }
                break;
            } else if (compact) {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            } else {
                throw new NumberFormatException("Character array is missing \"e\" notation exponential mark.");
            }
        }
        if (!digits) {
            throw new NumberFormatException("No digits found.");
        }
        long adjusted = scale - exponent;
        if (adjusted != (int) adjusted) {
            throw new NumberFormatException("Scale out of range.");
        }
    }

    /** Before {@code BigDecimal.valueOf(double)}, which Java 17 reads from {@code Double.toString}: its refusal of NaN. */
    public static void checkValueOf(double value) {
        if (!Double.isFinite(value)) {
            checkDecimalText(Double.toString(value));
        }
    }

    /** Before {@code BigDecimal.valueOf(double)} as later JDKs have it: NaN and infinities refused as values. */
    public static void checkValueOfFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("Infinite or NaN");
        }
    }

    // Java's parseExp: the exponent after the mark at text[mark]; a text that ends early is a bare
    // NumberFormatException
    private static long exponent(String text, int mark) {
        int offset = mark + 1;
        int length = text.length() - offset;
        if (length <= 0) {
            throw new NumberFormatException();
        }
        boolean negative = text.charAt(offset) == '-';
        if (negative || text.charAt(offset) == '+') {
            offset++;
            length--;
            if (length <= 0) {
                throw new NumberFormatException();
            }
        }
        while (length > 10 && Character.digit(text.charAt(offset), 10) == 0) {
            offset++;
            length--;
        }
        if (length > 10) {
            throw new NumberFormatException("Too many nonzero exponent digits.");
        }
        long exponent = 0;
        for (; offset < text.length(); offset++) {
            int digit = Character.digit(text.charAt(offset), 10);
            if (digit < 0) {
                throw new NumberFormatException("Not a digit.");
            }
            exponent = exponent * 10 + digit;
        }
        return negative ? -exponent : exponent;
    }

    /** {@code BigDecimal.longValueExact()}: "Rounding necessary" for a fraction, "Overflow" beyond a long. */
    public static long longValueExact(BigDecimal self) {
        if (self.signum() == 0) {
            return 0;
        }
        long integerDigits = (long) self.precision() - self.scale();
        if (integerDigits <= 0) {
            throw new ArithmeticException("Rounding necessary");
        }
        if (integerDigits > 19) {
            throw new ArithmeticException("Overflow");
        }
        BigInteger value = self.setScale(0, RoundingMode.UNNECESSARY).unscaledValue();
        if (value.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return value.longValue();
    }

    /** {@code BigDecimal.intValueExact()}: as {@link #longValueExact}, then "Overflow" beyond an int. */
    public static int intValueExact(BigDecimal self) {
        long value = longValueExact(self);
        if ((int) value != value) {
            throw new ArithmeticException("Overflow");
        }
        return (int) value;
    }

    // ---- the JDK's texts for a zero divisor, checked before TeaVM's body runs

    /**
     * {@code divide(divisor)}, {@code divide(divisor, mc)}, {@code remainder}, {@code divideToIntegralValue},
     * {@code divideAndRemainder}: "Division undefined" for 0 / 0, else "Division by zero".
     */
    public static void checkDivisor(BigDecimal self, BigDecimal divisor) {
        zeroDivisor(self, divisor);
    }

    /** As {@link #checkDivisor(BigDecimal, BigDecimal)}, for the overloads with a {@code MathContext}. */
    public static void checkDivisor(BigDecimal self, BigDecimal divisor, MathContext mc) {
        zeroDivisor(self, divisor);
    }

    /** {@code divide(divisor, scale, roundingMode)}: the JDK's text for a zero divisor depends on its arithmetic. */
    public static void checkScaledDivisor(BigDecimal self, BigDecimal divisor, int scale, RoundingMode mode) {
        scaledZeroDivisor(self, divisor, scale);
    }

    /** {@code divide(divisor, scale, roundingMode)} with the legacy int rounding mode. */
    public static void checkScaledDivisor(BigDecimal self, BigDecimal divisor, int scale, int mode) {
        scaledZeroDivisor(self, divisor, scale);
    }

    /** {@code divide(divisor, roundingMode)}: at this scale. */
    public static void checkRoundedDivisor(BigDecimal self, BigDecimal divisor, RoundingMode mode) {
        scaledZeroDivisor(self, divisor, self.scale());
    }

    /** {@code divide(divisor, roundingMode)} with the legacy int rounding mode. */
    public static void checkRoundedDivisor(BigDecimal self, BigDecimal divisor, int mode) {
        scaledZeroDivisor(self, divisor, self.scale());
    }

    private static void zeroDivisor(BigDecimal self, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(self.signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /**
     * The JDK divides in longs ("/ by zero") when the dividend's unscaled value fits a long and, rescaled to the
     * quotient's scale, still does; otherwise in its big-integer arithmetic ("BigInteger divide by zero").
     */
    private static void scaledZeroDivisor(BigDecimal self, BigDecimal divisor, int scale) {
        if (divisor.signum() != 0) {
            return;
        }
        boolean longs = compact(self.unscaledValue());
        if (longs) {
            long raise = (long) scale + divisor.scale() - self.scale();
            if (raise > 0) {
                longs = raise < 19 && compact(self.unscaledValue().multiply(BigInteger.TEN.pow((int) raise)));
            } else {
                longs = -raise < 19;
            }
        }
        throw new ArithmeticException(longs ? "/ by zero" : "BigInteger divide by zero");
    }

    /** Whether the JDK keeps this unscaled value in a long (it reserves Long.MIN_VALUE as a marker). */
    private static boolean compact(BigInteger unscaled) {
        return unscaled.bitLength() <= 63 && !unscaled.equals(LONG_MIN);
    }

    private static int checkScale(long scale) {
        if (scale > Integer.MAX_VALUE) {
            throw new ArithmeticException("Underflow");
        }
        if (scale < Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow");
        }
        return (int) scale;
    }

    private static int saturate(long scale) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, scale));
    }
}
