package io.jdash.runtime.jvm;

import java.util.Objects;
import org.teavm.jso.JSBody;

/**
 * The JDK's rules for a throwable's cause and suppressed exceptions, which TeaVM's {@code Throwable} words otherwise
 * or does not have. A cause is set once: by a constructor that takes one (a null one too) or by {@code initCause};
 * setting it again throws {@code IllegalStateException: Can't overwrite cause with …}, setting it to the throwable
 * itself {@code IllegalArgumentException: Self-causation not permitted}. {@code addSuppressed} refuses the
 * throwable itself and null. The compiler runs these at the start of TeaVM's methods.
 */
public final class JvmThrowables {
    private JvmThrowables() {}

    /** At the start of a constructor that takes a cause: the cause is set, whatever it is. */
    public static void causeGiven(Throwable self) {
        markCauseSet(self);
    }

    /** At the start of {@code initCause}. */
    public static void initCause(Throwable self, Throwable cause) {
        if (isCauseSet(self)) {
            throw new IllegalStateException("Can't overwrite cause with " + Objects.toString(cause, "a null"), self);
        }
        if (cause == self) {
            throw new IllegalArgumentException("Self-causation not permitted", self);
        }
        markCauseSet(self);
    }

    /** At the start of {@code addSuppressed}. */
    public static void addSuppressed(Throwable self, Throwable exception) {
        if (exception == self) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        Objects.requireNonNull(exception, "Cannot suppress a null exception.");
    }

    @JSBody(params = "t", script = "return !!t.$cs;")
    private static native boolean isCauseSet(Throwable self);

    @JSBody(params = "t", script = "t.$cs = 1;")
    private static native void markCauseSet(Throwable self);
}
