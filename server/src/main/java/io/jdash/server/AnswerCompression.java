package io.jdash.server;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.compression.Compression;
import org.eclipse.jetty.compression.brotli.BrotliCompression;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.compression.zstandard.ZstandardCompression;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * How the server compresses its dynamic answers (callback answers, layout, dependencies): Jetty 12.1's
 * {@link CompressionHandler} with zstd, brotli and gzip at fast levels, picked by the request's
 * {@code Accept-Encoding} (its q-values first, then zstd, br, gzip in that order), never below
 * {@value #MIN_BYTES} bytes, always with {@code Vary: Accept-Encoding}. File routes (front-end files, assets, the
 * favicon, compiled bundles) are left to the servlet, which serves the copies compressed at build time (or once, on
 * first use): nothing is compressed twice or per request.
 *
 * <p>The levels come from {@code CompressionBenchmark} (benchmarks/results/compression-benchmark.json). On the
 * 2.7 MB answer of a 100,000-point figure: zstd level 1 takes ~8–10 ms of CPU for 989 KB (gzip's default level
 * 6: ~200 ms for 1,136 KB; zstd 3 is slower and larger there); Jetty's brotli at quality 1 ~25 ms for 1,204 KB;
 * gzip level 1 ~35–42 ms for 1,224 KB, a fifth of level 6's CPU for 8–17% more bytes. zstd and brotli are native
 * (zstd-jni, brotli4j): where their library does not load, they are left out and clients get gzip.
 */
public final class AnswerCompression {
    /** Answers shorter than this go out as they are: a packet's worth, where compressing saves no round trip. */
    public static final int MIN_BYTES = 1024;

    static final int ZSTD_LEVEL = 1;
    static final int BROTLI_QUALITY = 1;
    static final int GZIP_LEVEL = 1;

    private static final System.Logger LOG = System.getLogger("io.jdash.server");

    private AnswerCompression() {}

    /**
     * One zstd encoder setup for the JVM: Jetty's {@link ZstandardCompression} starts a {@link java.lang.ref.Cleaner}
     * thread per instance, which would outlive each stopped server until a GC collects it. It has its own buffer
     * pool, so no server's pool outlives that server in it. Null where zstd-jni does not load.
     */
    private static final class SharedZstd {
        static final ZstandardCompression INSTANCE = zstdLoads() ? sharedZstd() : null;
    }

    /**
     * Whether zstd and brotli load in this JVM ({@code {zstd, brotli}}), found once, on a thread of its own started
     * after the first answer: their native libraries are unpacked from their jars and loaded, ~0.15–0.4 s of CPU
     * that neither a server's start nor its first page waits for or shares the cores with.
     */
    private static final class Natives {
        static final CompletableFuture<boolean[]> LOADED = new CompletableFuture<>();
        private static final AtomicBoolean BEGUN = new AtomicBoolean();

        static void begin() {
            if (!BEGUN.compareAndSet(false, true)) {
                return;
            }
            Thread loader = new Thread(
                    () -> {
                        try {
                            LOADED.complete(new boolean[] {SharedZstd.INSTANCE != null, brotliLoads()});
                        } catch (Throwable e) {
                            LOADED.complete(new boolean[] {false, false});
                        }
                    },
                    "jdash-codecs");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * {@code next} behind the compression this server uses: gzip at once, and zstd and brotli too as soon as their
     * libraries have loaded after the first answer (answers meanwhile use gzip where the client would have
     * preferred those).
     */
    public static Handler around(Handler next) {
        return new Codecs(next);
    }

    /** {@code next} behind compression with the codings named (zstd and brotli where they load). */
    static Handler around(Handler next, boolean zstd, boolean brotli) {
        CompressionHandler handler = new CompressionHandler(next);
        List<String> preferred = new ArrayList<>();
        if (zstd && SharedZstd.INSTANCE != null) {
            handler.putCompression(SharedZstd.INSTANCE);
            handler.unmanage(SharedZstd.INSTANCE); // it serves every server in the JVM: no server stops it
            preferred.add("zstd");
        }
        if (brotli) {
            handler.putCompression(configured(new BrotliCompression(), BROTLI_QUALITY));
            preferred.add("br");
        }
        handler.putCompression(configured(new GzipCompression(), GZIP_LEVEL));
        preferred.add("gzip");
        CompressionConfig.Builder config = CompressionConfig.builder()
                .defaults()
                .compressPreferredEncodings(preferred)
                .compressIncludeMethod("GET")
                .compressIncludeMethod("POST");
        // Dash's front end never compresses a request: a compressed body is refused as before, not inflated
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            config.decompressExcludeMethod(method);
        }
        handler.putConfiguration("/", config.build());
        return new QualityFirst(handler, preferred);
    }

    /**
     * Answers with gzip until the native codings have loaded, then with all of them: the full chain is made and
     * started beside the gzip one (on the same {@code next}, which it does not manage) and takes over.
     */
    static final class Codecs extends Handler.Wrapper {
        private final Handler next;
        private final CompletableFuture<boolean[]> natives;
        private volatile Handler full;

        Codecs(Handler next) {
            this(next, Natives.LOADED);
        }

        /** With {@code natives} telling when and whether zstd and brotli load ({@code {zstd, brotli}}). */
        Codecs(Handler next, CompletableFuture<boolean[]> natives) {
            super(around(next, false, false));
            this.next = next;
            this.natives = natives;
        }

        @Override
        protected void doStart() throws Exception {
            super.doStart();
            natives.thenAccept(this::install);
        }

        private synchronized void install(boolean[] available) {
            if (!isRunning() || full != null || !(available[0] || available[1])) {
                return;
            }
            try {
                Handler chain = around(next, available[0], available[1]);
                chain.setServer(getServer());
                chain.start();
                full = chain;
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "jdash: answers stay with gzip: " + e);
            }
        }

        /** Whether zstd and brotli (where they load) answer now. */
        boolean complete() {
            return full != null;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Handler chain = full;
            return chain != null
                    ? chain.handle(request, response, callback)
                    : super.handle(request, response, callback);
        }

        @Override
        protected synchronized void doStop() throws Exception {
            Handler chain = full;
            full = null;
            if (chain != null) {
                chain.stop();
            }
            super.doStop();
        }
    }

    /**
     * Puts the client's q-values before the server's preference, which Jetty's handler applies first: the request's
     * {@code Accept-Encoding} on an answer route becomes the one coding the server will use (the highest q among
     * those it has, ties going to the earlier in {@code preferred}), or {@code identity} when none is acceptable.
     * File routes skip the compression handler: the servlet picks among the copies the build made.
     */
    static final class QualityFirst extends Handler.Wrapper {
        private final CompressionHandler compression;
        private final List<String> preferred;

        QualityFirst(CompressionHandler compression, List<String> preferred) {
            super(compression);
            this.compression = compression;
            this.preferred = List.copyOf(preferred);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (isFile(Request.getPathInContext(request))) {
                // files are compressed once (at build time, or on first use) by the servlet: not again per request
                return compression.getHandler().handle(request, response, callback);
            }
            HttpFields headers = request.getHeaders();
            List<String> values = headers.getValuesList(HttpHeader.ACCEPT_ENCODING);
            if (values.isEmpty() || values.stream().noneMatch(v -> v.indexOf(';') >= 0 || v.indexOf('*') >= 0)) {
                // no q-values and no wildcard: every coding named weighs 1, and Jetty's preference order decides
                return super.handle(request, response, callback);
            }
            QuotedQualityCSV accepted = new QuotedQualityCSV();
            values.forEach(accepted::addValue);
            String coding = choose(accepted);
            HttpFields chosen = HttpFields.build(headers)
                    .put(HttpHeader.ACCEPT_ENCODING, coding)
                    .asImmutable();
            return super.handle(
                    new Request.Wrapper(request) {
                        @Override
                        public HttpFields getHeaders() {
                            return chosen;
                        }
                    },
                    response,
                    callback);
        }

        String choose(QuotedQualityCSV accepted) {
            double any = -1;
            Map<String, Double> weights = new HashMap<>();
            for (QuotedQualityCSV.QualityValue v : accepted.getQualityValues()) {
                String name = v.getValue().toLowerCase(Locale.ROOT);
                if (name.equals("*")) {
                    any = v.getWeight();
                } else {
                    weights.merge(name.equals("x-gzip") ? "gzip" : name, v.getWeight(), Math::max);
                }
            }
            String best = "identity";
            double bestWeight = 0;
            for (String coding : preferred) {
                double w = weights.getOrDefault(coding, any);
                if (w > bestWeight) {
                    best = coding;
                    bestWeight = w;
                }
            }
            return best;
        }

        /** The servlet's file routes, under any path prefix; {@code _jdash/bootstrap.js} and dev routes are answers. */
        static boolean isFile(String path) {
            if (path.contains("/_dash-component-suites/")
                    || path.contains("/assets/")
                    || path.endsWith("/_favicon.ico")) {
                return true;
            }
            int jdash = path.indexOf("/_jdash/");
            return jdash >= 0 && !path.startsWith("bootstrap.js", jdash + 8) && !path.startsWith("dev/", jdash + 8);
        }
    }

    private static ZstandardCompression sharedZstd() {
        try {
            ZstandardCompression zstd = configured(new ZstandardCompression(), ZSTD_LEVEL);
            zstd.setByteBufferPool(new ArrayByteBufferPool());
            return zstd; // never started: a started one refuses the next server's handler as its container

        } catch (LinkageError | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "jdash: zstd is not available here, answers use br or gzip: " + e);
            return null;
        }
    }

    private static <C extends Compression> C configured(C compression, int level) {
        compression.getDefaultEncoderConfig().setCompressionLevel(level);
        compression.setMinCompressSize(MIN_BYTES);
        return compression;
    }

    /** The codings this JVM can offer, most preferred first (loading the native libraries if not done yet). */
    public static List<String> codings() {
        Natives.begin();
        Natives.LOADED.join();
        List<String> all = new ArrayList<>();
        if (SharedZstd.INSTANCE != null) {
            all.add("zstd");
        }
        if (brotliLoads()) {
            all.add("br");
        }
        all.add("gzip");
        return all;
    }

    static boolean zstdLoads() {
        try {
            com.github.luben.zstd.util.Native.load();
            return true;
        } catch (LinkageError | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "jdash: zstd is not available here, answers use br or gzip: " + e);
            return false;
        }
    }

    static boolean brotliLoads() {
        try {
            return Brotli4jLoader.isAvailable();
        } catch (LinkageError | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "jdash: brotli is not available here, answers use zstd or gzip: " + e);
            return false;
        }
    }
}
