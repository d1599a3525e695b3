package io.jdash.contract;

/** A manifest that cannot be used: not JSON, of another format version, or missing what an entry needs. */
public final class ManifestException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what is wrong and how to fix it. */
    public ManifestException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
