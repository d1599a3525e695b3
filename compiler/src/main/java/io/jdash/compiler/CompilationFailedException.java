package io.jdash.compiler;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's code or configuration cannot be compiled: bad callbacks, code that cannot run in the browser, a
 * refused option. Carries every error found, each with its file, line and fix. Environment and internal failures
 * are other exceptions.
 */
public final class CompilationFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    /** Creates the exception for these diagnostics (at least one error). */
    public CompilationFailedException(List<Diagnostic> diagnostics) {
        this(diagnostics, false);
    }

    /** Creates the exception; with {@code warningsAsErrors} the warnings are what failed the build. */
    public CompilationFailedException(List<Diagnostic> diagnostics, boolean warningsAsErrors) {
        super(summary(diagnostics, warningsAsErrors), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic of the failed run, errors and warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The short form: "jdash: 3 errors in callbacks". */
    public String shortMessage() {
        return getMessage().lines().findFirst().orElse("");
    }

    private static String summary(List<Diagnostic> diagnostics, boolean warningsAsErrors) {
        List<Diagnostic> shown = diagnostics.stream()
                .filter(d -> d.isError() || warningsAsErrors && d.severity() == Severity.WARNING)
                .toList();
        long count = shown.size();
        String head = "jdash: " + count
                + (warningsAsErrors
                        ? (count == 1 ? " warning" : " warnings") + " (failOnWarnings is set)"
                        : count == 1 ? " error" : " errors")
                + " in callbacks";
        return head + "\n" + shown.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
