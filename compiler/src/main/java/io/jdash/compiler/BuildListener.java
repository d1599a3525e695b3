package io.jdash.compiler;

/**
 * Receives what the compiler has to say while it runs. The compiler never logs by itself: a build tool adapts this
 * interface to its own log (the Maven plugin to Maven's), a test can collect the calls.
 */
public interface BuildListener {
    /** A listener that ignores everything. */
    BuildListener SILENT = new BuildListener() {};

    /** A diagnostic, reported as soon as it is found. Errors are also in the result or the exception. */
    default void diagnostic(Diagnostic diagnostic) {}

    /** A line worth showing in a normal build log, e.g. the size table. */
    default void info(String message) {}

    /** Detail for a verbose log, e.g. the time each phase took. */
    default void debug(String message) {}

    /**
     * The compiler builds (rather than finding the outputs up to date), and why: {@code "of changed classes
     * (com/example/A.class)"}, {@code "the configuration changed"}, {@code "there is no previous build"}.
     */
    default void building(String reason) {}

    /** A phase of the pipeline finished, with its wall-clock time. */
    default void phase(String name, long millis) {}
}
