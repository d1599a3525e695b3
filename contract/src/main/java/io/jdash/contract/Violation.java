package io.jdash.contract;

/**
 * A broken {@link Rule}.
 *
 * @param rule the rule
 * @param subject the declaration that breaks it
 * @param message what is wrong, naming the callback
 */
public record Violation(Rule rule, Declaration subject, String message) {
    /** {@code [JDASH-E009] <message>; fix: <fix>}: the server's wording of the build's diagnostic. */
    public String format() {
        return "[" + rule.text().code() + "] " + message + "; fix: "
                + rule.text().fix();
    }
}
