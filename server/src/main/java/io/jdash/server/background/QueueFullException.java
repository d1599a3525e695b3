package io.jdash.server.background;

/** The job queue holds as many jobs as it may; the server answers 503 and the user may try again. */
public final class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A full queue, described by {@code message}. */
    public QueueFullException(String message) {
        super(message);
    }
}
