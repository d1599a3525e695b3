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
    private int element = -1;

    ValueMismatchException(String expected, String arrived) {
        super(null, null, false, false);
        this.expected = expected;
        this.arrived = arrived;
    }

    ValueMismatchException atIndex(int index) {
        path = "[" + index + "]" + path;
        element = index;
        return this;
    }

    ValueMismatchException atKey(String key) {
        path = "." + key + path;
        element = -1;
        return this;
    }

    /** What the value should have been, e.g. {@code an integral number in int range}. */
    public String expected() {
        return expected;
    }

    /** What arrived, e.g. {@code "3" (string)}. */
    public String arrived() {
        return arrived;
    }

    /** Where in the value the bad part is: empty for the value itself, else e.g. {@code [1].name}. */
    public String path() {
        return path;
    }

    /** The outermost list index of {@link #path()} when it starts with one, else -1. */
    public int element() {
        return element;
    }

    @Override
    public String getMessage() {
        return "value" + path + " expects " + expected + ", but got " + arrived;
    }
}
