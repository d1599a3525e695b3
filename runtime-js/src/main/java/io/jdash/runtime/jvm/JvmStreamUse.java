package io.jdash.runtime.jvm;

import org.teavm.jso.JSBody;

/**
 * A stream is used once, as the JDK's: an intermediate or terminal operation on a stream already operated upon or
 * closed throws {@code IllegalStateException: stream has already been operated upon or closed}. TeaVM's streams
 * answered again (an empty sum, {@code false}, nothing). The compiler calls these before each stream operation the
 * application's code makes; the class library's own calls on its streams are left alone.
 */
public final class JvmStreamUse {
    private JvmStreamUse() {}

    /** Before an operation that links or consumes the stream. */
    public static void use(Object stream) {
        check(stream, true, true);
    }

    /** Before {@code onClose}: refused on a used stream, which it does not use. */
    public static void usable(Object stream) {
        check(stream, true, false);
    }

    /** Before {@code close()}: the stream cannot be used afterwards; closing twice is allowed. */
    public static void closing(Object stream) {
        check(stream, false, true);
    }

    private static void check(Object stream, boolean refuseUsed, boolean mark) {
        if (stream != null && used(stream, mark) && refuseUsed) {
            throw new IllegalStateException("stream has already been operated upon or closed");
        }
    }

    // whether the stream was used before; marks it used when asked
    @JSBody(
            params = {"s", "m"},
            script = "var u = !!s.$u; if (m) s.$u = 1; return u;")
    private static native boolean used(Object stream, boolean mark);
}
