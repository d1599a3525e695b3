package io.jdash.compiler;

import java.util.Objects;

/**
 * One problem found by the compiler: a stable code, where it is (source file and line, or the method when no line
 * is known), what is wrong and how to fix it.
 *
 * @param severity how serious it is
 * @param code the stable code, e.g. {@code JDASH-E003}
 * @param file the source file relative to its source root, e.g. {@code com/example/Callbacks.java}, or {@code null}
 * @param line the line in {@code file}, or 0 when unknown
 * @param element the Java element concerned, e.g. {@code com.example.Callbacks#label}, or {@code null}
 * @param message what is wrong
 * @param fix how to fix it, or {@code null}
 */
public record Diagnostic(
        Severity severity, String code, String file, int line, String element, String message, String fix) {

    /** Creates a diagnostic; {@code code} and {@code message} are required. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code true} for an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where the problem is: {@code file:line}, the file, the element, or {@code "jdash"}. */
    public String location() {
        if (file != null) {
            return line > 0 ? file + ":" + line : file;
        }
        return element != null ? element : "jdash";
    }

    /**
     * The diagnostic as one build-log entry:
     * {@code com/example/Callbacks.java:42: error: [JDASH-E003] ... (fix: ...)}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location())
                .append(": ")
                .append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(": [")
                .append(code)
                .append("] ")
                .append(message);
        if (fix != null) {
            sb.append("\n    fix: ").append(fix);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
