package io.jdash.compiler;

/**
 * The JVM or machine running the build lacks something the compiler needs (for example, it is a JRE without a Java
 * compiler). Neither the user's code nor jdash is wrong: the message says what to install.
 */
public final class CompilerEnvironmentException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what is missing and how to provide it. */
    public CompilerEnvironmentException(String message) {
        super(message);
    }
}
