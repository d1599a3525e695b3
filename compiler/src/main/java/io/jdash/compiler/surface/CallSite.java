package io.jdash.compiler.surface;

/**
 * A call from application code to a JDK method.
 *
 * @param method the JDK method called
 * @param file the source file of the call, e.g. {@code com/example/Callbacks.java}
 * @param line the line of the call, or 0
 */
public record CallSite(JdkMethod method, String file, int line) {}
