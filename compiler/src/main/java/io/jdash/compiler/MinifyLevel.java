package io.jdash.compiler;

/** How Closure Compiler minifies the bundle. */
public enum MinifyLevel {
    /** No Closure pass: TeaVM's own minified output. */
    NONE,
    /** Closure SIMPLE_OPTIMIZATIONS: safe for TeaVM output; the default. */
    SIMPLE,
    /**
     * Closure ADVANCED_OPTIMIZATIONS. Refused: it renames the properties through which TeaVM installs and calls
     * virtual methods, so the bundle breaks (see {@link DiagnosticCode#ADVANCED_REFUSED}).
     */
    ADVANCED
}
