package io.jdash.runtime.jvm;

/**
 * JS source, for {@code @JSBody} scripts, of {@code roundRatio(num, den, single)}: the double (or, if
 * {@code single}, the float) nearest to the quotient of the positive BigInts {@code num / den}, ties to even, with
 * subnormals and overflow to infinity as IEEE 754 rounds. It scales the quotient to the format's precision plus two
 * bits, keeps whether a remainder was left, and rounds that once.
 */
final class BinaryRounding {
    static final String ROUND_RATIO = ""
            + "function roundRatio(num, den, single) {"
            + "  var p = single ? 24 : 53, emin = single ? -149 : -1074,"
            + "    s = p + 2 - num.toString(2).length + den.toString(2).length;"
            + "  if (s > 0) num <<= BigInt(s); else den <<= BigInt(-s);"
            + "  var q = num / den, sticky = q * den != num, lsb = Math.max(q.toString(2).length - s - p, emin),"
            + "    shift = BigInt(lsb + s), r = q >> shift, rest = q - (r << shift), half = 1n << (shift - 1n);"
            + "  if (rest > half || rest == half && (sticky || (r & 1n))) r++;"
            + "  var v = Number(r) * Math.pow(2, lsb);"
            + "  return single ? Math.fround(v) : v;"
            + "}";

    /**
     * JS source of {@code split(x)}: a finite double as {@code [m, e]} with {@code x = m * 2^e}, m a BigInt (signed)
     * and e an integer, read from the double's bits.
     */
    static final String SPLIT = ""
            + "function split(x) {"
            + "  var f = new Float64Array([x]), bits = new BigUint64Array(f.buffer)[0], e = Number((bits >> 52n) & 0x7ffn),"
            + "    m = bits & 0xfffffffffffffn;"
            + "  if (e) m |= 1n << 52n; else e = 1;"
            + "  return [x < 0 ? -m : m, e - 1075];"
            + "}";

    private BinaryRounding() {}
}
