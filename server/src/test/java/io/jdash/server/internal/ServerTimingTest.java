package io.jdash.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The header's numbers: what dash-renderer's {@code ;dur=[0-9.]+} reads as milliseconds. */
class ServerTimingTest {
    @Test
    void durationsAreMillisecondsWithThreeDecimalsRoundedUpToTheMicrosecond() {
        assertEquals("0.000", ServerTiming.millis(0));
        assertEquals("0.001", ServerTiming.millis(1), "time spent never reads 0");
        assertEquals("0.001", ServerTiming.millis(1000));
        assertEquals("0.002", ServerTiming.millis(1001));
        assertEquals("0.012", ServerTiming.millis(12_000));
        assertEquals("0.123", ServerTiming.millis(123_000));
        assertEquals("1.235", ServerTiming.millis(1_234_567));
        assertEquals("12345.679", ServerTiming.millis(12_345_678_900L));
        assertEquals("0.000", ServerTiming.millis(-5), "a clock that went back reads 0");
    }

    @Test
    void theHeaderListsTheCallbackTheMemoAndTheJsonWithoutSpaces() {
        ServerTiming t = new ServerTiming();
        t.server(2_500_000);
        assertEquals("__dash_server;dur=2.500", t.header(-1));
        t.memo(false, 40_000);
        assertEquals(
                "__dash_server;dur=2.500,jdash-memo-miss;desc=\"memo miss\";dur=0.040,jdash-json;desc=\"JSON"
                        + " answer\";dur=0.300",
                t.header(300_000));
        t.memo(true, 7_000);
        assertEquals("__dash_server;dur=2.500,jdash-memo-hit;desc=\"memo hit\";dur=0.007", t.header(-1));
    }
}
