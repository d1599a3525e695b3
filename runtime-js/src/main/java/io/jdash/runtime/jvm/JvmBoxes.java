package io.jdash.runtime.jvm;

/**
 * Boxing with the JVM's identity rule ({@code Integer.valueOf} returns one shared instance per value from -128 to
 * 127, so {@code ==} on such boxes is true as on the JVM) and less code than TeaVM's classlib, which fills its whole
 * cache on first use. The compiler redirects the JDK method here.
 */
public final class JvmBoxes {
    private static Integer[] integers;

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
}
