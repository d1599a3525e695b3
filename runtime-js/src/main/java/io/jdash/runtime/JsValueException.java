package io.jdash.runtime;

/**
 * A JS value that does not fit the Java type a callback declares. It carries the path to the bad value
 * ({@code clicks}, {@code points[3].x}) and what arrived, described on the JS side so that no Java number
 * formatting is pulled into the bundle.
 */
public final class JsValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final String arrived;
    private String path = "";

    JsValueException(String expected, String arrived) {
        super(null, null, false, false);
        this.expected = expected;
        this.arrived = arrived;
    }

    /** Prefixes the path with a list index; called while the exception travels out of nested converters. */
    public JsValueException atIndex(int index) {
        path = "[" + index + "]" + path;
        return this;
    }

    /** Prefixes the path with an object key or record component. */
    public JsValueException atKey(String key) {
        path = "." + key + path;
        return this;
    }

    /** The message for the given callback and parameter: names both, the expected type and what arrived. */
    public String describe(String callback, String parameter) {
        return callback + ": parameter '" + parameter + path + "' expects " + expected + ", but got " + arrived;
    }

    @Override
    public String getMessage() {
        return "value" + path + " expects " + expected + ", but got " + arrived;
    }
}
