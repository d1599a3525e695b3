package io.jdash.compiler;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Stops the build. */
    ERROR,
    /** Reported; stops the build only when the build treats warnings as errors. */
    WARNING,
    /** Reported for information. */
    NOTE
}
