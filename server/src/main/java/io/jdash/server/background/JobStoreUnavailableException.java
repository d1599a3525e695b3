package io.jdash.server.background;

/** The store of a shared job engine cannot be reached; the server answers 503 and says so. */
public final class JobStoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, with the failure. */
    public JobStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
