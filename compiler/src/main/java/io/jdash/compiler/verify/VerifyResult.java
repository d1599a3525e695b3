package io.jdash.compiler.verify;

import io.jdash.compiler.Diagnostic;
import java.util.List;

/**
 * What {@code jdash:verify} found.
 *
 * @param summary one line saying what was checked and how it came out (also when everything agrees)
 * @param diagnostics divergences (errors, or warnings when acknowledged), callbacks not verified (warnings), engine
 *        failures (errors)
 * @param callbacks how many browser callbacks were checked
 * @param calls how many calls ran on each side
 * @param engine the browser-side engine, e.g. {@code node v20.11.1}
 * @param millis how long it took
 * @param jvmMillis how long the JVM side took (it runs at the same time as the browser side)
 * @param browserMillis how long the browser side took
 * @param upToDate whether nothing changed since the last clean verification, so nothing ran
 */
public record VerifyResult(
        String summary,
        List<Diagnostic> diagnostics,
        int callbacks,
        int calls,
        String engine,
        long millis,
        long jvmMillis,
        long browserMillis,
        boolean upToDate) {
    /** Copies the list. */
    public VerifyResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether a diagnostic is an error. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
