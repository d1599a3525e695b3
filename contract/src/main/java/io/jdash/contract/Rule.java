package io.jdash.contract;

/**
 * The declaration rules the build and the server both enforce, each with its stable diagnostic code, what it means,
 * the template of its message and the fix shown with it. The build reports a broken rule as a diagnostic at the
 * method's file and line; the server refuses to start with the same code, message and fix.
 */
public enum Rule {
    /** The callback method is not {@code public static}. */
    NOT_PUBLIC_STATIC(
            "JDASH-E001",
            "callback not `public static`",
            "callback %s is not public static",
            "make the method 'public static'; a callback is a static function of its inputs"),
    /** A dependency string that is not {@code <id>.<property>}. */
    BAD_DEPENDENCY(
            "JDASH-E007",
            "dependency not `<id>.<property>`",
            "%s \"%s\" of %s %s",
            "write a dependency as \"<component id>.<property>\", e.g. \"graph.figure\"; a pattern-matching id as"
                    + " sorted-key JSON, e.g. {\"index\":[\"MATCH\"],\"type\":\"item\"}.value"),
    /** Two callbacks write the same output, or one lists a dependency twice. */
    DUPLICATE_OUTPUT(
            "JDASH-E009",
            "two callbacks write the same output (or one lists a dependency twice)",
            "%s %s is %s by %s%s",
            "let one callback write the output (merge the two), give each its own output"
                    + " component, or end the second one's output with @allow_duplicate"),
    /** {@code @Memoize} on a callback that takes a CallbackContext. */
    MEMOIZE_WITH_CONTEXT(
            "JDASH-E013",
            "`@Memoize` on a callback that takes a `CallbackContext`",
            "@Memoize on %s, which takes a CallbackContext: its result may depend on more than its arguments",
            "remove the CallbackContext parameter (memoize a callback of its inputs only), or remove @Memoize"),
    /** A {@code @Memoize} ttl that is not a duration. */
    BAD_TTL(
            "JDASH-E014",
            "`@Memoize` ttl that is not a duration (`500ms`, `20s`, `5m`, `1h`, `1d`)",
            "@Memoize on %s: %s",
            "write the ttl as a whole number and a unit: \"500ms\", \"20s\", \"5m\", \"1h\" or \"1d\"");

    private final DiagnosticText text;

    Rule(String code, String title, String template, String fix) {
        this.text = new DiagnosticText(code, title, template, fix);
    }

    /** Its code, title, message template and fix. */
    public DiagnosticText text() {
        return text;
    }

    /** The message of a violation: the template filled with {@code args}. */
    public String message(Object... args) {
        return text.message(args);
    }
}
