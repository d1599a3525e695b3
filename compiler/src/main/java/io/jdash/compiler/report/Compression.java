package io.jdash.compiler.report;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Compressed sizes as a web server would send them: gzip at level 9, brotli at quality 11. */
public final class Compression {
    private static final boolean BROTLI = loadBrotli();

    private Compression() {}

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    /** gzip -9 size in bytes. */
    public static int gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    /** brotli quality 11 size in bytes, or -1 where brotli's native library is not available. */
    public static int brotli(byte[] data) {
        if (!BROTLI) {
            return -1;
        }
        try {
            return Encoder.compress(data, new Encoder.Parameters().setQuality(11)).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
