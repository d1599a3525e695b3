package io.jdash.server.values;

/**
 * A JSON value that does not fit the Java type a callback declares: the JVM twin of the browser runtime's
 * mismatch {@code TypeError} ({@code Js.mismatch}), with the same wording, so both sides report a bad value
 * identically.
 */
public final class ValueMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final String arrived;
    private String path = "";

    ValueMismatchException(String expected, String arrived) {
        super(null, null, false, false);
        this.expected = expected;
        this.arrived = arrived;
    }

    ValueMismatchException atIndex(int index) {
        path = "[" + index + "]" + path;
        return this;
    }

    ValueMismatchException atKey(String key) {
        path = "." + key + path;
        return this;
    }

    /** What the value should have been, e.g. {@code an integral number in int range}. */
    public String expected() {
        return expected;
    }

    /** The message naming the callback and parameter, exactly as the browser words it. */
    public String describe(String callback, String parameter) {
        return callback + ": parameter '" + parameter + path + "' expects " + expected + ", but got " + arrived;
    }

    @Override
    public String getMessage() {
        return "value" + path + " expects " + expected + ", but got " + arrived;
    }
}
