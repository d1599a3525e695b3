package io.jdash.api;

/**
 * A value that leaves one output unchanged, like Dash's {@code no_update}.
 *
 * <p>Return {@link #VALUE} for an output whose declared type admits it ({@code Object}), for example one component
 * of a multi-output record. Returned as the whole value of a single-output callback it updates nothing.
 *
 * <pre>{@code
 * public record Summary(String text, Object style) {}
 * return new Summary("no threshold", NoUpdate.VALUE);
 * }</pre>
 */
public final class NoUpdate {
    /** The one instance. In the browser it stands for {@code window.dash_clientside.no_update}. */
    public static final NoUpdate VALUE = new NoUpdate();

    private NoUpdate() {}

    @Override
    public String toString() {
        return "NoUpdate.VALUE";
    }
}
