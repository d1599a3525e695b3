package io.jdash.server.internal;

/**
 * The {@code Server-Timing} header of one {@code _dash-update-component} answer, filled in while it is handled; an
 * answer without timing has none of this object (no clock read, no header built). dash-renderer's dev tools read the
 * header (dash-renderer {@code src/actions/callbacks.ts}, {@code handleServerside}): the {@code __dash_server} entry
 * becomes the callback graph's {@code compute} time, every other entry with a {@code dur} a {@code user:} timing.
 * The entries are documented in docs/protocol.md. Not thread-safe: one per request.
 */
public final class ServerTiming {
    /** The callback's own time: arguments, the call (or the memo cache's answer), the result's conversion. */
    public static final String SERVER = "__dash_server";
    /** The time a {@code @Memoize} callback spent in its cache, when the answer came from it. */
    public static final String MEMO_HIT = "jdash-memo-hit";
    /** The time a {@code @Memoize} callback spent in its cache besides computing, when it computed. */
    public static final String MEMO_MISS = "jdash-memo-miss";
    /** Writing the answer's JSON. */
    public static final String JSON = "jdash-json";

    private long serverNanos = -1;
    private boolean memoized;
    private boolean memoHit;
    private long memoNanos;

    /** Records the callback's own time. */
    public void server(long nanos) {
        this.serverNanos = nanos;
    }

    /** Records a memoized call: whether it was answered from the cache, and the time spent in the cache. */
    public void memo(boolean hit, long nanos) {
        this.memoized = true;
        this.memoHit = hit;
        this.memoNanos = nanos;
    }

    /** The header's value, with the JSON writing time when {@code jsonNanos} is not negative. */
    public String header(long jsonNanos) {
        StringBuilder b = new StringBuilder(96);
        entry(b, SERVER, null, Math.max(serverNanos, 0));
        if (memoized) {
            entry(b, memoHit ? MEMO_HIT : MEMO_MISS, memoHit ? "memo hit" : "memo miss", memoNanos);
        }
        if (jsonNanos >= 0) {
            entry(b, JSON, "JSON answer", jsonNanos);
        }
        return b.toString();
    }

    // no space after the comma: the renderer splits on ',' and keeps what precedes ';' as the name, spaces included
    private static void entry(StringBuilder b, String name, String desc, long nanos) {
        if (b.length() > 0) {
            b.append(',');
        }
        b.append(name);
        if (desc != null) {
            b.append(";desc=\"").append(desc).append('"');
        }
        b.append(";dur=").append(millis(nanos));
    }

    /**
     * Milliseconds with three decimals, rounded up to the next microsecond so that time spent never reads 0 (the
     * renderer parses {@code ;dur=[0-9.]+}, so no exponent and no locale's decimal comma).
     */
    static String millis(long nanos) {
        long micros = (Math.max(nanos, 0) + 999) / 1000;
        long frac = micros % 1000;
        return micros / 1000 + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }
}
