package io.jdash.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StaticFileNegotiationTest {
    private static final byte[] SOME = {1};

    private static StaticFile file(boolean gzip, boolean brotli) {
        return new StaticFile(new byte[] {1, 2}, gzip ? SOME : null, brotli ? SOME : null, "\"t\"", "text/javascript");
    }

    @Test
    void picksBrotliThenGzipAmongWhatTheClientAcceptsAndTheFileHas() {
        String[][] cases = {
            // Accept-Encoding, with both copies, with gzip only, with brotli only
            {"gzip, deflate, br, zstd", "br", "gzip", "br"},
            {"gzip, deflate", "gzip", "gzip", null},
            {"br", "br", null, "br"},
            {"br;q=0, gzip", "gzip", "gzip", null},
            {"gzip;q=0, br;q=0", null, null, null},
            {"gzip;q=1.0, br;q=0.5", "gzip", "gzip", "br"},
            {"*", "br", "gzip", "br"},
            {"*;q=0", null, null, null},
            {"identity", null, null, null},
            {"GZIP", "gzip", "gzip", null},
            {"x-gzip", "gzip", "gzip", null},
            {"gzip;q=bad, br", "br", null, "br"},
            {"", null, null, null},
            {null, null, null, null},
        };
        for (String[] c : cases) {
            assertEquals(c[1], file(true, true).encodingFor(c[0]), Arrays.toString(c));
            assertEquals(c[2], file(true, false).encodingFor(c[0]), Arrays.toString(c));
            assertEquals(c[3], file(false, true).encodingFor(c[0]), Arrays.toString(c));
            assertEquals(null, file(false, false).encodingFor(c[0]), Arrays.toString(c));
        }
    }
}
