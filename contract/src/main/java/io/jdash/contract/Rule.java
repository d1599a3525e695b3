package io.jdash.contract;

/**
 * The declaration rules the build and the server both enforce, each with its stable diagnostic code and the fix
 * shown with it. The build reports a broken rule as a diagnostic at the method's file and line; the server refuses
 * to start with the same code, message and fix.
 */
public enum Rule {
    /** The callback method is not {@code public static}. */
    NOT_PUBLIC_STATIC("JDASH-E001", "make the method 'public static'; a callback is a static function of its inputs"),
    /** A dependency string that is not {@code <id>.<property>}. */
    BAD_DEPENDENCY("JDASH-E007", "write a dependency as \"<component id>.<property>\", e.g. \"graph.figure\";"
            + " a pattern-matching id as sorted-key JSON, e.g. {\"index\":[\"MATCH\"],\"type\":\"item\"}.value"),
    /** Two callbacks write the same output, or one lists it twice. */
    DUPLICATE_OUTPUT("JDASH-E009", "let one callback write the output (merge the two), give each its own"
            + " output component, or end the second one's output with @allow_duplicate"),
    /** {@code @Memoize} on a callback that takes a CallbackContext. */
    MEMOIZE_WITH_CONTEXT("JDASH-E013", "remove the CallbackContext parameter (memoize a callback of its inputs only),"
            + " or remove @Memoize"),
    /** A {@code @Memoize} ttl that is not a duration. */
    BAD_TTL("JDASH-E014", "write the ttl as a whole number and a unit: \"500ms\", \"20s\", \"5m\", \"1h\" or \"1d\"");

    private final String code;
    private final String fix;

    Rule(String code, String fix) {
        this.code = code;
        this.fix = fix;
    }

    /** The stable code, e.g. {@code JDASH-E009}. */
    public String code() {
        return code;
    }

    /** How to fix a declaration that breaks the rule. */
    public String fix() {
        return fix;
    }
}
