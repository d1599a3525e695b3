package io.jdash.compiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the compiler's phases: times each one for the listener, collects the diagnostics they report, and after
 * each phase stops the build if there are errors, so that a phase never runs on the output of a failed one.
 */
final class Phases {
    /** A phase's work. */
    interface Work<T> {
        T run() throws CompilationFailedException, IOException;
    }

    private final BuildListener listener;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Phases(BuildListener listener) {
        this.listener = listener;
    }

    /** Runs phase {@code name}; then fails with every diagnostic so far if any is an error. */
    <T> T run(String name, Work<T> work) throws CompilationFailedException, IOException {
        long start = System.nanoTime();
        T result = work.run();
        listener.phase(name, (System.nanoTime() - start) / 1_000_000);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new CompilationFailedException(diagnostics);
        }
        return result;
    }

    /** Records a diagnostic and passes it to the listener. */
    void report(Diagnostic d) {
        diagnostics.add(d);
        listener.diagnostic(d);
    }

    /** With {@code failOnWarnings}, fails when any warning was reported. */
    void failOnWarnings(boolean failOnWarnings) throws CompilationFailedException {
        if (failOnWarnings && diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING)) {
            throw new CompilationFailedException(diagnostics, true);
        }
    }

    /** Every diagnostic so far. */
    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
