package io.jdash.benchmarks;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import io.jdash.api.Callback;
import io.jdash.samples.dashboard.DashboardApp;
import io.jdash.samples.features.FeaturesApp;
import io.jdash.server.AnswerCompression;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.DashServlet;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.compression.Compression;
import org.eclipse.jetty.compression.EncoderConfig;
import org.eclipse.jetty.compression.brotli.BrotliCompression;
import org.eclipse.jetty.compression.brotli.BrotliEncoderConfig;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.compression.zstandard.ZstandardCompression;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What compressing dynamic answers costs and saves. Part 1 (CPU and bytes): the real server's answers, the
 * 100,000-point figure, the dashboard sample's filter answer (four outputs, a 429 KB figure among them), the
 * dashboard's layout and dependencies and a trivial callback answer, plus the largest front-end file, each through
 * gzip (java.util.zip and Jetty's encoder) at levels 1/4/6/9, brotli (brotli4j) and zstd (zstd-jni) at a few levels:
 * median CPU milliseconds and bytes, every output decoded back and compared. Part 2 (the floor): how far any lossless
 * coding can shrink the figure, from the raw bits of its noise. Part 3 (end to end, root only): the figure answer
 * fetched by curl from inside a network namespace whose link is shaped by {@code tc netem} to 50 Mbit/s and 10 ms
 * round trip, per coding, against a real jdash server per coding. Writes {@code compression-benchmark.json}.
 *
 * <p>Re-runnable as the figure's encoding changes: the answers are taken from the running server, not rebuilt here.
 */
public final class CompressionBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String FIGURE_BODY = "{\"output\":\"graph.figure\",\"outputs\":{\"id\":\"graph\",\"property\":"
            + "\"figure\"},\"inputs\":[{\"id\":\"n\",\"property\":\"value\",\"value\":1}],\"changedPropIds\":"
            + "[\"n.value\"]}";
    private static final String DASHBOARD_BODY = "{\"output\":\"..scatter.figure...monthly.figure...kpis.data...orders"
            + ".data..\",\"outputs\":[{\"id\":\"scatter\",\"property\":\"figure\"},{\"id\":\"monthly\",\"property\":"
            + "\"figure\"},{\"id\":\"kpis\",\"property\":\"data\"},{\"id\":\"orders\",\"property\":\"data\"}],"
            + "\"inputs\":[{\"id\":\"region\",\"property\":\"value\",\"value\":null},{\"id\":\"category\",\"property\":"
            + "\"value\",\"value\":null},{\"id\":\"price\",\"property\":\"value\",\"value\":null},{\"id\":\"dates\","
            + "\"property\":\"start_date\",\"value\":null},{\"id\":\"dates\",\"property\":\"end_date\",\"value\":null}],"
            + "\"state\":[{\"id\":\"marker-size\",\"property\":\"value\",\"value\":6},{\"id\":\"opacity\",\"property\":"
            + "\"value\",\"value\":0.7},{\"id\":\"axes\",\"property\":\"value\",\"value\":[]}],\"changedPropIds\":"
            + "[\"region.value\"]}";
    private static final String TRIVIAL_BODY = "{\"output\":\"same-server.children\",\"outputs\":{\"id\":"
            + "\"same-server\",\"property\":\"children\"},\"inputs\":[{\"id\":\"same-server-btn\",\"property\":"
            + "\"n_clicks\",\"value\":7}],\"changedPropIds\":[\"same-server-btn.n_clicks\"]}";

    private static final int E2E_RUNS = Integer.getInteger("jdash.benchmark.runs", 15);
    private static final int E2E_WARMUP = 4;

    private CompressionBenchmark() {}

    /** The 100,000-point figure as a callback answer; the figure is built once, so only the answer is timed. */
    public static final class FigureCallbacks {
        static final Map<String, Object> FIGURE = FigureBenchmark.figure();

        private FigureCallbacks() {}

        /** Always the same figure. */
        @Callback(outputs = "graph.figure", inputs = "n.value")
        public static Map<String, Object> figure(Integer n) {
            return FIGURE;
        }
    }

    static DashApp figureApp() {
        return DashApp.builder()
                .layout(Html.div(
                        Dcc.input()
                                .id("n")
                                .type(io.jdash.server.components.dcc.Input.Type.NUMBER)
                                .value(1),
                        Dcc.graph().id("graph")))
                .callbacks(FigureCallbacks.class)
                .build();
    }

    /** A coding at one level: its name on the wire, how it compresses, how it decodes. */
    record Codec(String name, String encoding, Function<byte[], byte[]> encode, Function<byte[], byte[]> decode) {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        ObjectNode out = CacheBenchmark.machine();
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.isReadable(loadavg)) {
            out.put("loadAverageAtStart", Files.readString(loadavg).trim());
        }
        if (Boolean.getBoolean("jdash.benchmark.chartOnly")) {
            // re-measures the Chromium part only, keeping the rest of the result file
            ObjectNode kept = (ObjectNode)
                    JSON.readTree(results.resolve("compression-benchmark.json").toFile());
            ((ObjectNode) kept.get("endToEnd"))
                    .set("chartDrawnInChromium", EndToEnd.chartDrawn(EndToEnd.SETUPS.get(1), EndToEnd.SETUPS.get(4)));
            Files.writeString(results.resolve("compression-benchmark.json"), JSON.writeValueAsString(kept) + "\n");
            return;
        }
        if (!Boolean.getBoolean("jdash.benchmark.skipCpu")) {
            Map<String, byte[]> payloads = payloads();
            out.set("cpuAndBytes", cpuAndBytes(payloads, codecs()));
            out.set("figureFloor", floor(payloads.get("figure100k")));
        }
        if (!Boolean.getBoolean("jdash.benchmark.skipNetwork")) {
            out.set("endToEnd", EndToEnd.run());
        }
        Files.createDirectories(results);
        Files.writeString(results.resolve("compression-benchmark.json"), JSON.writeValueAsString(out) + "\n");
        System.out.println(JSON.writeValueAsString(out));
    }

    /** The answers as the real server writes them (identity), and the largest front-end file. */
    static Map<String, byte[]> payloads() throws Exception {
        Map<String, byte[]> p = new LinkedHashMap<>();
        try (DashServer figure = DashServer.start(figureApp(), 0)) {
            p.put("figure100k", post(figure.url(), FIGURE_BODY));
        }
        p.put("figure100kTypedArrays", typedArrayFigure());
        try (DashServer dashboard = DashServer.start(DashboardApp.app(), 0)) {
            p.put("dashboardFilterAnswer", post(dashboard.url(), DASHBOARD_BODY));
            p.put("dashboardLayout", get(dashboard.url() + "_dash-layout"));
            p.put("dashboardDependencies", get(dashboard.url() + "_dash-dependencies"));
        }
        try (DashServer features = DashServer.start(FeaturesApp.app(), 0)) {
            p.put("trivialAnswer", post(features.url(), TRIVIAL_BODY));
        }
        try (InputStream in = CompressionBenchmark.class
                .getClassLoader()
                .getResourceAsStream("META-INF/jdash/component-suites/plotly/package_data/plotly.min.js")) {
            p.put("plotlyMinJs", in.readAllBytes());
        }
        return p;
    }

    /**
     * The same figure as plotly.js 3's typed arrays ({@code {"dtype":"f8","bdata":base64}}), written here: what the
     * answer becomes once the server writes figures that way.
     */
    static byte[] typedArrayFigure() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> trace = ((List<Map<String, Object>>) FigureCallbacks.FIGURE.get("data")).get(0);
        ObjectNode answer = JSON.createObjectNode().put("multi", true);
        ObjectNode t = answer.putObject("response")
                .putObject("graph")
                .putObject("figure")
                .putArray("data")
                .addObject();
        t.put("type", "scattergl").put("mode", "markers");
        for (String axis : List.of("x", "y")) {
            double[] values = (double[]) trace.get(axis);
            t.putObject(axis)
                    .put("dtype", "f8")
                    .put("bdata", Base64.getEncoder().encodeToString(littleEndian(values)));
        }
        return new ObjectMapper().writeValueAsBytes(answer);
    }

    static byte[] littleEndian(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    static List<Codec> codecs() {
        List<Codec> c = new ArrayList<>();
        for (int level : new int[] {1, 4, 6, 9}) {
            c.add(new Codec("gzip-" + level, "gzip", b -> deflate(b, level), CompressionBenchmark::gunzip));
        }
        for (int level : new int[] {1, 6}) {
            GzipCompression jetty = started(new GzipCompression());
            c.add(new Codec("jettyGzip-" + level, "gzip", b -> jetty(jetty, level, b), CompressionBenchmark::gunzip));
        }
        Brotli4jLoader.ensureAvailability();
        for (int q : new int[] {0, 1, 3, 4, 5, 6, 11}) {
            Encoder.Parameters params = new Encoder.Parameters().setQuality(q);
            c.add(new Codec("br-" + q, "br", b -> brotli(b, params), CompressionBenchmark::unbrotli));
        }
        for (int level : new int[] {1, 3, 6, 9, 19}) {
            c.add(new Codec("zstd-" + level, "zstd", b -> Zstd.compress(b, level), CompressionBenchmark::unzstd));
        }
        for (int level : new int[] {1, 3}) {
            ZstandardCompression jetty = started(new ZstandardCompression());
            c.add(new Codec("jettyZstd-" + level, "zstd", b -> jetty(jetty, level, b), CompressionBenchmark::unzstd));
        }
        for (int q : new int[] {1, 4}) {
            BrotliCompression jetty = started(new BrotliCompression());
            c.add(new Codec("jettyBr-" + q, "br", b -> jetty(jetty, q, b), CompressionBenchmark::unbrotli));
        }
        for (int window : new int[] {22, 24}) {
            BrotliCompression wide = started(new BrotliCompression());
            ((BrotliEncoderConfig) wide.getDefaultEncoderConfig()).setLgWindow(window);
            c.add(new Codec("jettyBr-1-lgwin" + window, "br", b -> jetty(wide, 1, b), CompressionBenchmark::unbrotli));
        }
        return c;
    }

    /**
     * Median CPU milliseconds (this thread's) and bytes per payload and codec; the codecs take turns within a round.
     * Slow codecs on big payloads get fewer rounds. Each codec's output is decoded and compared with the input.
     */
    static ObjectNode cpuAndBytes(Map<String, byte[]> payloads, List<Codec> codecs) {
        ObjectNode all = JSON.createObjectNode();
        for (Map.Entry<String, byte[]> p : payloads.entrySet()) {
            byte[] input = p.getValue();
            ObjectNode o = all.putObject(p.getKey());
            o.put("bytes", input.length);
            int rounds = input.length > 1_000_000 ? 9 : input.length > 100_000 ? 21 : 201;
            Map<String, double[]> cpu = new LinkedHashMap<>();
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (Codec c : codecs) {
                byte[] packed = c.encode().apply(input);
                if (!Arrays.equals(input, c.decode().apply(packed))) {
                    throw new IllegalStateException(c.name() + " does not decode back to " + p.getKey());
                }
                sizes.put(c.name(), packed.length);
                cpu.put(c.name(), new double[rounds]);
            }
            for (int round = -2; round < rounds; round++) {
                for (Codec c : codecs) {
                    if (round >= 0 && rounds > 9 && c.name().matches("(br-11|zstd-19)") && round >= 5) {
                        continue; // the build-time settings: a few rounds say enough
                    }
                    long t0 = CPU.getCurrentThreadCpuTime();
                    c.encode().apply(input);
                    long took = CPU.getCurrentThreadCpuTime() - t0;
                    if (round >= 0) {
                        cpu.get(c.name())[round] = took / 1e6;
                    }
                }
            }
            ObjectNode codings = o.putObject("codings");
            for (Codec c : codecs) {
                double[] samples = cpu.get(c.name());
                if (rounds > 9 && c.name().matches("(br-11|zstd-19)")) {
                    samples = Arrays.copyOf(samples, 5);
                }
                Arrays.sort(samples);
                double ms = samples[samples.length / 2];
                codings.putObject(c.name())
                        .put("cpuMillis", CacheBenchmark.round(ms))
                        .put("bytes", sizes.get(c.name()))
                        .put("ratio", CacheBenchmark.round((double) sizes.get(c.name()) / input.length))
                        .put("megabytesPerSecond", CacheBenchmark.round(input.length / 1e3 / Math.max(ms, 1e-3)));
            }
            System.out.printf(Locale.ROOT, "%s: %,d B%n", p.getKey(), input.length);
            codings.fields()
                    .forEachRemaining(e -> System.out.printf(
                            Locale.ROOT,
                            "  %-12s %9.3f ms %,10d B (%.3f)%n",
                            e.getKey(),
                            e.getValue().get("cpuMillis").asDouble(),
                            e.getValue().get("bytes").asInt(),
                            e.getValue().get("ratio").asDouble()));
        }
        return all;
    }

    /**
     * How small the figure answer can get: y is seeded Gaussian noise, printed with all the digits a double needs,
     * so any lossless coding must carry y's bits. The raw little-endian doubles of y through the strongest settings
     * at hand (brotli 11 with a 16 MB window, zstd 19, xz -9e if installed) and the order-0 entropy of those bytes
     * give a floor that compares with half of today's gzip answer.
     */
    static ObjectNode floor(byte[] answer) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> trace = ((List<Map<String, Object>>) FigureCallbacks.FIGURE.get("data")).get(0);
        byte[] y = littleEndian((double[]) trace.get("y"));
        byte[] x = littleEndian((double[]) trace.get("x"));
        ObjectNode o = JSON.createObjectNode();
        o.put("answerBytes", answer.length);
        byte[] gzip6 = deflate(answer, 6);
        o.put("answerGzip6Bytes", gzip6.length);
        o.put("halfOfGzip6Bytes", gzip6.length / 2);
        o.put("yRawBytes", y.length);
        o.put(
                "yBrotli11Window24Bytes",
                brotli(y, new Encoder.Parameters().setQuality(11).setWindow(24)).length);
        o.put("yZstd19Bytes", Zstd.compress(y, 19).length);
        o.put("xRawBytes", x.length);
        o.put("xZstd19Bytes", Zstd.compress(x, 19).length);
        o.put("yOrder0EntropyBytes", Math.round(order0EntropyBits(y) / 8));
        int xz = xz(y);
        if (xz > 0) {
            o.put("yXz9eBytes", xz);
        }
        o.put(
                "note",
                "any lossless answer carries y: its best coding here is the smallest y* figure; half of today's gzip"
                        + " answer is halfOfGzip6Bytes");
        return o;
    }

    private static double order0EntropyBits(byte[] data) {
        long[] counts = new long[256];
        for (byte b : data) {
            counts[b & 0xff]++;
        }
        double bits = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / data.length;
                bits -= c * (Math.log(p) / Math.log(2));
            }
        }
        return bits;
    }

    private static int xz(byte[] data) throws Exception {
        try {
            Process p = new ProcessBuilder("xz", "-9e", "-c").start();
            Thread feed = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(data);
                } catch (IOException e) {
                    // xz ended early: its size below is then wrong, and the exit code says so
                }
            });
            feed.start();
            int size = p.getInputStream().readAllBytes().length;
            feed.join();
            return p.waitFor() == 0 ? size : -1;
        } catch (IOException e) {
            return -1; // no xz on this machine
        }
    }

    static byte[] deflate(byte[] input, int level) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(input.length / 2);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 32 * 1024) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(input);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** A Jetty compression outside a server: its own buffer pool, started. */
    static <C extends Compression> C started(C compression) {
        compression.setByteBufferPool(new ArrayByteBufferPool());
        LifeCycle.start(compression);
        return compression;
    }

    static byte[] jetty(Compression compression, int level, byte[] input) {
        EncoderConfig config = compression.getDefaultEncoderConfig();
        config.setCompressionLevel(level);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(input.length / 2);
        try (OutputStream out = compression.newEncoderOutputStream(bytes, config)) {
            out.write(input);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] brotli(byte[] input, Encoder.Parameters params) {
        try {
            return Encoder.compress(input, params);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gunzip(byte[] packed) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] unbrotli(byte[] packed) {
        try {
            return Decoder.decompress(packed).getDecompressedData();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] unzstd(byte[] packed) {
        try (InputStream in = new com.github.luben.zstd.ZstdInputStream(new java.io.ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] post(String url, String body) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200 || r.headers().firstValue("Content-Encoding").isPresent()) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + " "
                    + new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    static byte[] get(String url) throws Exception {
        HttpResponse<byte[]> r =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + " for " + url);
        }
        return r.body();
    }

    /**
     * Part 3: an answer as a client receives it, per server setup and {@code Accept-Encoding}: on loopback (the
     * server's time: request sent to last byte received) and through a {@link ShapedLink} of 50 Mbit/s and 10 ms
     * round trip, on one kept-alive connection, medians of {@value #E2E_RUNS} after warm-up, the setups taking turns.
     */
    static final class EndToEnd {
        private EndToEnd() {}

        record Setup(String name, Function<Handler, Handler> compression, String acceptEncoding) {}

        static final List<Setup> SETUPS = List.of(
                new Setup("identity", CompressionBenchmark::chosen, null),
                new Setup("before: GzipHandler gzip-6, Accept-Encoding gzip", CompressionBenchmark::today, "gzip"),
                new Setup("after: Accept-Encoding gzip (gzip-1)", CompressionBenchmark::chosen, "gzip"),
                new Setup(
                        "after: Accept-Encoding gzip, deflate, br (Safari)",
                        CompressionBenchmark::chosen,
                        "gzip, deflate, br"),
                new Setup(
                        "after: Chromium's gzip, deflate, br, zstd",
                        CompressionBenchmark::chosen,
                        "gzip, deflate, br, zstd"));

        static ObjectNode run() throws Exception {
            List<Setup> setups = SETUPS;
            ObjectNode all = JSON.createObjectNode();
            all.put("link", "ShapedLink: 50 Mbit/s each way, 5 ms each way (10 ms RTT), warm connection");
            all.set("figure100k", answers(figureApp(), FIGURE_BODY, setups));
            all.set("dashboardFilterAnswer", answers(DashboardApp.app(), DASHBOARD_BODY, setups));
            if (!Boolean.getBoolean("jdash.benchmark.skipChromium")) {
                all.set("chartDrawnInChromium", chartDrawn(setups.get(1), setups.get(4)));
            }
            return all;
        }

        /** In-page: set the number input to each of n values in turn, timing each until plotly's afterplot. */
        private static final String REDRAWS = "(async (n) => {"
                + " const gd = document.querySelector('#graph .js-plotly-plot');"
                + " const input = document.getElementById('n');"
                + " const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + " const times = [];"
                + " for (let i = 0; i < n; i++) {"
                + "  times.push(await new Promise(resolve => {"
                + "   const t0 = performance.now();"
                + "   gd.once('plotly_afterplot', () => resolve(performance.now() - t0));"
                + "   set.call(input, String(100 + i + Math.floor(Math.random() * 1e6)));"
                + "   input.dispatchEvent(new Event('input', {bubbles: true})); }));"
                + " }"
                + " return times; })";

        /**
         * Chromium (Accept-Encoding: gzip, deflate, br, zstd) through the shaped link: from a changed input to
         * plotly's {@code plotly_afterplot} for the 100,000-point answer (fetch, decoding, JSON parsing, drawing with
         * software WebGL), per server setup, the setups taking turns.
         */
        static ObjectNode chartDrawn(Setup... setups) throws Exception {
            int rounds = Integer.getInteger("jdash.benchmark.chartRounds", 5);
            int perRound = 3;
            ObjectNode o = JSON.createObjectNode();
            List<Server> servers = new ArrayList<>();
            List<ShapedLink> links = new ArrayList<>();
            List<io.jdash.testing.Browser> browsers = new ArrayList<>();
            try {
                for (Setup s : setups) {
                    Server server = serve(figureApp(), "127.0.0.1", s.compression());
                    servers.add(server);
                    ShapedLink link = new ShapedLink(
                            ((ServerConnector) server.getConnectors()[0]).getLocalPort(), 50_000_000L, 5);
                    links.add(link);
                    io.jdash.testing.Browser b =
                            io.jdash.testing.Browser.launch(io.jdash.testing.Browser.SOFTWARE_WEBGL);
                    browsers.add(b);
                    b.navigate("http://127.0.0.1:" + link.port() + "/");
                    b.waitFor(
                            "document.querySelector('#graph .js-plotly-plot') && document.querySelector('#graph"
                                    + " .js-plotly-plot')._fullData && document.querySelector('#graph .js-plotly-plot')"
                                    + "._fullData[0] && document.querySelector('#graph .js-plotly-plot')._fullData[0]"
                                    + "._length === 100000",
                            180_000);
                    browsers.get(browsers.size() - 1).eval(REDRAWS + "(2)"); // warm up
                }
                List<List<Double>> times = new ArrayList<>();
                for (Setup s : setups) {
                    times.add(new ArrayList<>());
                }
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < setups.length; i++) {
                        for (JsonNode t : browsers.get(i).eval(REDRAWS + "(" + perRound + ")")) {
                            times.get(i).add(t.asDouble());
                        }
                    }
                }
                for (int i = 0; i < setups.length; i++) {
                    double[] sorted = times.get(i).stream()
                            .mapToDouble(Double::doubleValue)
                            .sorted()
                            .toArray();
                    String coding = browsers.get(i)
                            .responseHeader(
                                    "http://127.0.0.1:" + links.get(i).port() + "/_dash-update-component",
                                    "Content-Encoding");
                    o.putObject(setups[i].name())
                            .put("redraws", sorted.length)
                            .put("millisP50", CacheBenchmark.round(sorted[sorted.length / 2]))
                            .put("millisMin", CacheBenchmark.round(sorted[0]))
                            .put("millisMax", CacheBenchmark.round(sorted[sorted.length - 1]))
                            .put("contentEncoding", coding == null ? "identity" : coding);
                    System.out.printf(
                            Locale.ROOT,
                            "  chart drawn, %-50s p50 %8.1f ms (%d redraws)%n",
                            setups[i].name(),
                            sorted[sorted.length / 2],
                            sorted.length);
                }
                return o;
            } finally {
                for (io.jdash.testing.Browser b : browsers) {
                    b.close();
                }
                for (ShapedLink l : links) {
                    l.close();
                }
                for (Server s : servers) {
                    s.stop();
                }
            }
        }

        private static ObjectNode answers(DashApp app, String body, List<Setup> setups) throws Exception {
            List<Server> servers = new ArrayList<>();
            List<ShapedLink> links = new ArrayList<>();
            try {
                for (Setup s : setups) {
                    Server server = serve(app, "127.0.0.1", s.compression());
                    servers.add(server);
                    links.add(new ShapedLink(
                            ((ServerConnector) server.getConnectors()[0]).getLocalPort(), 50_000_000L, 5));
                }
                HttpClient loopback = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                HttpClient shaped = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                Map<String, double[]> local = new LinkedHashMap<>();
                Map<String, double[]> remote = new LinkedHashMap<>();
                Map<String, String> coding = new LinkedHashMap<>();
                Map<String, Integer> bytes = new LinkedHashMap<>();
                for (Setup s : setups) {
                    local.put(s.name(), new double[E2E_RUNS]);
                    remote.put(s.name(), new double[E2E_RUNS]);
                }
                for (int round = -E2E_WARMUP; round < E2E_RUNS; round++) {
                    for (int i = 0; i < setups.size(); i++) {
                        Setup s = setups.get(i);
                        int port = ((ServerConnector) servers.get(i).getConnectors()[0]).getLocalPort();
                        Timed l = fetch(loopback, port, body, s.acceptEncoding());
                        Timed r = fetch(shaped, links.get(i).port(), body, s.acceptEncoding());
                        if (round >= 0) {
                            local.get(s.name())[round] = l.millis();
                            remote.get(s.name())[round] = r.millis();
                        }
                        coding.put(s.name(), r.coding());
                        bytes.put(s.name(), r.bytes());
                    }
                }
                ObjectNode o = JSON.createObjectNode();
                for (Setup s : setups) {
                    o.putObject(s.name())
                            .put("contentEncoding", coding.get(s.name()))
                            .put("bytes", bytes.get(s.name()))
                            .put("loopbackMillisP50", CacheBenchmark.round(median(local.get(s.name()))))
                            .put("shapedLinkMillisP50", CacheBenchmark.round(median(remote.get(s.name()))));
                    System.out.printf(
                            Locale.ROOT,
                            "  %-52s %-8s %,10d B  loopback %8.2f ms  50 Mbit/s %8.2f ms%n",
                            s.name(),
                            coding.get(s.name()),
                            bytes.get(s.name()),
                            median(local.get(s.name())),
                            median(remote.get(s.name())));
                }
                return o;
            } finally {
                for (ShapedLink l : links) {
                    l.close();
                }
                for (Server s : servers) {
                    s.stop();
                }
            }
        }

        record Timed(double millis, String coding, int bytes) {}

        private static Timed fetch(HttpClient client, int port, String body, String acceptEncoding) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/_dash-update-component"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (acceptEncoding != null) {
                b.header("Accept-Encoding", acceptEncoding);
            }
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("answer " + r.statusCode());
            }
            return new Timed(millis, r.headers().firstValue("Content-Encoding").orElse("identity"), r.body().length);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    /** A Jetty server running {@code app}'s servlet behind {@code compression} (a handler factory). */
    static Server serve(DashApp app, String host, Function<Handler, Handler> compression) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new DashServlet(app)), "/*");
        server.setHandler(compression.apply(context));
        server.start();
        return server;
    }

    static Handler today(Handler next) {
        GzipHandler gzip = new GzipHandler(next);
        gzip.setMinGzipSize(1024);
        gzip.addIncludedMethods("POST");
        return gzip;
    }

    static Handler chosen(Handler next) {
        return AnswerCompression.around(next);
    }

    static Handler only(Handler next, Compression compression, int level) {
        CompressionHandler h = new CompressionHandler(next);
        compression.getDefaultEncoderConfig().setCompressionLevel(level);
        compression.setMinCompressSize(1024);
        h.putCompression(compression);
        return h;
    }
}
