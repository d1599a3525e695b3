package io.jdash.runtime.jvm;

/**
 * Boxing with the JVM's identity rule ({@code Integer.valueOf} returns one shared instance per value from -128 to
 * 127, so {@code ==} on such boxes is true as on the JVM) and less code than TeaVM's classlib, which fills its whole
 * cache on first use. The compiler redirects the JDK method here.
 */
public final class JvmBoxes {
    private static Integer[] integers;
    private static Long[] longs;
    private static Short[] shorts;
    private static Byte[] bytes;

    private JvmBoxes() {}

    /** {@code Integer.valueOf(int)}. */
    @SuppressWarnings({"deprecation", "removal"})
    public static Integer integer(int i) {
        if (i < -128 || i > 127) {
            return new Integer(i);
        }
        if (integers == null) {
            integers = new Integer[256];
        }
        Integer boxed = integers[i + 128];
        if (boxed == null) {
            boxed = new Integer(i);
            integers[i + 128] = boxed;
        }
        return boxed;
    }

    /** {@code Long.valueOf(long)}: one shared box per value from -128 to 127, as the JDK's cache (TeaVM had none). */
    @SuppressWarnings({"deprecation", "removal"})
    public static Long longBox(long l) {
        if (l < -128 || l > 127) {
            return new Long(l);
        }
        if (longs == null) {
            longs = new Long[256];
        }
        int at = (int) l + 128;
        if (longs[at] == null) {
            longs[at] = new Long(l);
        }
        return longs[at];
    }

    /** {@code Short.valueOf(short)}: shared boxes from -128 to 127. */
    @SuppressWarnings({"deprecation", "removal"})
    public static Short shortBox(short s) {
        if (s < -128 || s > 127) {
            return new Short(s);
        }
        if (shorts == null) {
            shorts = new Short[256];
        }
        if (shorts[s + 128] == null) {
            shorts[s + 128] = new Short(s);
        }
        return shorts[s + 128];
    }

    /** {@code Byte.valueOf(byte)}: every byte has one shared box. */
    @SuppressWarnings({"deprecation", "removal"})
    public static Byte byteBox(byte b) {
        if (bytes == null) {
            bytes = new Byte[256];
        }
        if (bytes[b + 128] == null) {
            bytes[b + 128] = new Byte(b);
        }
        return bytes[b + 128];
    }
}
