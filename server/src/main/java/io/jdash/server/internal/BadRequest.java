package io.jdash.server.internal;

/**
 * A request the server refuses before any user code runs: the HTTP status and the message of its short JSON
 * answer. Carries no stack trace; it is an answer, not a failure of the server.
 */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A refusal with {@code status} (4xx) and a message that says what is wrong and, where it helps, what to do. */
    public BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
