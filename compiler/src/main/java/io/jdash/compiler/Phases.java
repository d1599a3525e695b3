package io.jdash.compiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the compiler's phases: times each one for the listener, collects the diagnostics they report, and after
 * each phase stops the build if there are errors, so that a phase never runs on the output of a failed one (the
 * scan's errors wait for the validation's, which reads the scan's output as far as it got).
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
        return failOnErrors(runAndReportWithNext(name, work));
    }

    /** Runs a check too quick to time (the listener hears of it only through its diagnostics), then fails on errors. */
    <T> T check(Work<T> work) throws CompilationFailedException, IOException {
        return failOnErrors(work.run());
    }

    private <T> T failOnErrors(T result) throws CompilationFailedException {
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new CompilationFailedException(diagnostics);
        }
        return result;
    }

    /**
     * Runs phase {@code name} whose errors do not stop the build before the next phase, so that both phases' errors
     * are reported together (the scan's and the validation's: one build lists every mistake in the callbacks).
     */
    <T> T runAndReportWithNext(String name, Work<T> work) throws CompilationFailedException, IOException {
        long start = System.nanoTime();
        T result = work.run();
        listener.phase(name, (System.nanoTime() - start) / 1_000_000);
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
