package io.jdash.compiler;

/** What to do with a {@code @Clientside} callback whose code cannot be compiled to JavaScript. */
public enum OnUnsupported {
    /** Fail the build, listing every such callback with the missing API and the call chain. The default. */
    FAIL,
    /** Leave the callback out of the bundle; the manifest says it runs on the server, and why. */
    SERVER
}
