package io.jdash.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.jdash.api.Callback;
import io.jdash.api.PlainArrays;
import io.jdash.samples.dashboard.SalesData;
import io.jdash.samples.dashboard.SalesQueries;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Html;
import io.jdash.server.internal.MemoizedInvoker;
import io.jdash.server.values.TypedArrays;
import io.jdash.server.values.ValueMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Serialization of a 100,000-point figure (one scatter trace, x and y as {@code double[]}), the way the server
 * answers a callback, every variant measured side by side in one run: the JSON tree with a node per number as the
 * server built it before ({@code before}: Jackson's JDK double writer; {@code after}: Schubfach), and now the value
 * mapping's node-free arrays written plain ({@code nodeFreePlain}) and with typed arrays ({@code nodeFreeTyped}),
 * plus streaming the Java value for reference. Then the same answers over HTTP from a real server (server time from
 * its {@code Server-Timing} header, and the time to the last byte on loopback), and the sizes, raw and gzipped, of
 * this figure and of the dashboard sample's scatter figure of all orders, plain and typed. Run alone it writes
 * {@code figure-benchmark.json}; {@link CacheBenchmark} includes {@link #run()}.
 */
public final class FigureBenchmark {
    private static final int POINTS = 100_000;
    private static final int WARMUP = 15;
    private static final int RUNS = 41;
    private static final int HTTP_RUNS = 60;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern DUR = Pattern.compile("dur=([0-9.]+)");

    private FigureBenchmark() {}

    /** A trace of a record type, for the Blackbird measurement (Blackbird speeds up bean and record access). */
    public record Trace(String type, String mode, double[] x, double[] y) {}

    /** The measured figure: x a ramp of 100,000 steps of 0.001, y Gaussian noise (seeded). */
    static Map<String, Object> figure() {
        Random random = new Random(42);
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = i * 0.001;
            y[i] = random.nextGaussian() * 100;
        }
        return figure(x, y);
    }

    /** The benchmark's callbacks: the same figure, written with typed arrays where smaller, and plain. */
    public static final class Callbacks {
        static final Map<String, Object> FIGURE = figure();

        private Callbacks() {}

        /** The 100,000-point figure, typed where smaller (the default). */
        @Callback(outputs = "typed.figure", inputs = "n.value")
        public static Map<String, Object> typed(Integer n) {
            return FIGURE;
        }

        /** The same figure with plain arrays. */
        @PlainArrays
        @Callback(outputs = "plain.figure", inputs = "n.value")
        public static Map<String, Object> plain(Integer n) {
            return FIGURE;
        }
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode out = CacheBenchmark.machine();
        out.setAll(run());
        out.set("overHttp", overHttp());
        out.set("streaming", streaming());
        out.set("sizes", sizes());
        Files.createDirectories(results);
        Files.writeString(results.resolve("figure-benchmark.json"), json.writeValueAsString(out) + "\n");
        System.out.println(json.writeValueAsString(out));
    }

    static ObjectNode run() throws Exception {
        Map<String, Object> figure = figure();
        @SuppressWarnings("unchecked")
        Map<String, Object> trace = ((List<Map<String, Object>>) figure.get("data")).get(0);
        double[] x = (double[]) trace.get("x");
        double[] y = (double[]) trace.get("y");
        ObjectMapper before = new ObjectMapper();
        ObjectMapper now = ValueMapper.newObjectMapper();
        ObjectMapper streaming = new ObjectMapper(JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build());
        ObjectMapper blackbird = streaming.copy().registerModule(new BlackbirdModule());
        Map<String, Object> recordFigure = Map.of("data", List.of(new Trace("scattergl", "markers", x, y)));

        JsonNode tree = nodePerNumber(figure);
        byte[] reference = now.writeValueAsBytes(tree);
        if (!now.readTree(reference).equals(before.readTree(before.writeValueAsBytes(tree)))) {
            throw new IllegalStateException("the setups before and after write different figures");
        }
        if (!Arrays.equals(reference, now.writeValueAsBytes(ValueMapper.toJson(figure, Set.of())))) {
            throw new IllegalStateException("the node-free arrays write other bytes than the node per number");
        }
        JsonNode typed = TypedArrays.inFigure(ValueMapper.toJson(figure, Set.of()));
        if (!ValueMapper.untyped(now.readTree(now.writeValueAsBytes(typed))).equals(ValueMapper.untyped(tree))) {
            throw new IllegalStateException("the typed figure reads back as other values");
        }
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        variants.put("before", () -> write(before, nodePerNumber(figure)));
        variants.put("after", () -> write(now, nodePerNumber(figure)));
        variants.put("nodeFreePlain", () -> write(now, ValueMapper.toJson(figure, Set.of())));
        variants.put("nodeFreeTyped", () -> write(now, TypedArrays.inFigure(ValueMapper.toJson(figure, Set.of()))));
        variants.put("treeBuild", () -> nodePerNumber(figure));
        variants.put("treeWriteJdkDoubleToString", () -> write(before, tree));
        variants.put("treeWriteFastDoubleWriter", () -> write(now, tree));
        variants.put("streamingNoTree", () -> write(streaming, figure));
        variants.put("streamingNoTreeBlackbirdRecords", () -> write(blackbird, recordFigure));
        // a @Memoize hit: the kept entry read back and answered, as a tree of nodes (before) and as kept text (now)
        for (boolean typedEntry : new boolean[] {false, true}) {
            JsonNode kept = typedEntry ? typed : ValueMapper.toJson(figure, Set.of());
            byte[] entry = now.writeValueAsBytes(
                    now.createObjectNode().<ObjectNode>set("value", kept).set("noUpdate", now.createArrayNode()));
            byte[] expected = now.writeValueAsBytes(kept);
            if (!Arrays.equals(expected, write(now, memoHit(entry)))) {
                throw new IllegalStateException("a memo hit answers other bytes than the computed answer");
            }
            String name = typedEntry ? "memoHitTyped" : "memoHitPlain";
            variants.put(
                    name + "TreeParse", () -> write(now, readTree(now, entry).get("value")));
            variants.put(name + "KeptText", () -> write(now, memoHit(entry)));
        }
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("points", 2 * POINTS);
        o.put("bytes", reference.length);
        o.put("typedBytes", now.writeValueAsBytes(typed).length);
        o.setAll(measure(reference.length, variants));
        return o;
    }

    private static JsonNode memoHit(byte[] entry) {
        try {
            return MemoizedInvoker.decode(entry);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(ObjectMapper mapper, byte[] entry) {
        try {
            return mapper.readTree(entry);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree the value mapping built before, as it built it: a node per number, each boxed by reflection. */
    private static JsonNode nodePerNumber(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = nodes.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), nodePerNumber(v)));
            return o;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode a = nodes.arrayNode();
            c.forEach(e -> a.add(nodePerNumber(e)));
            return a;
        }
        if (value instanceof double[]) {
            ArrayNode a = nodes.arrayNode();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                a.add(ValueMapper.toJson(java.lang.reflect.Array.get(value, i), Set.of()));
            }
            return a;
        }
        return ValueMapper.toJson(value, Set.of());
    }

    private static Map<String, Object> figure(Object x, Object y) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("type", "scattergl");
        trace.put("mode", "markers");
        trace.put("x", x);
        trace.put("y", y);
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("data", List.of(trace));
        figure.put("layout", Map.of("title", Map.of("text", "100,000 points")));
        return figure;
    }

    private static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The figure answered by a real server, typed and plain in turns: p50 of the server's time (its
     * {@code Server-Timing}: the callback with the conversion, plus writing the JSON) and of the time to the last
     * byte, uncompressed on loopback (compression is measured elsewhere).
     */
    private static ObjectNode overHttp() throws Exception {
        DashApp app = DashApp.builder()
                .layout(Html.div())
                .callbacks(Callbacks.class)
                .serverTiming(true)
                .build();
        ObjectNode out = new ObjectMapper().createObjectNode();
        try (DashServer server = DashServer.start(app, 0)) {
            Map<String, double[][]> samples = new LinkedHashMap<>();
            for (String variant : List.of("typed", "plain")) {
                samples.put(variant, new double[2][HTTP_RUNS]);
            }
            long[] bytes = new long[2];
            for (int round = 0; round < HTTP_RUNS; round++) {
                int v = 0;
                for (Map.Entry<String, double[][]> e : samples.entrySet()) {
                    String id = e.getKey();
                    String body = "{\"output\":\"" + id + ".figure\",\"outputs\":{\"id\":\"" + id + "\",\"property\":"
                            + "\"figure\"},\"inputs\":[{\"id\":\"n\",\"property\":\"value\",\"value\":" + round
                            + "}],\"changedPropIds\":[\"n.value\"]}";
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = HTTP.send(
                            HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    double total = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(id + ": " + r.statusCode());
                    }
                    double serverMillis = 0;
                    Matcher m =
                            DUR.matcher(r.headers().firstValue("Server-Timing").orElse(""));
                    while (m.find()) {
                        serverMillis += Double.parseDouble(m.group(1));
                    }
                    e.getValue()[0][round] = serverMillis;
                    e.getValue()[1][round] = total;
                    bytes[v++] = r.body().length;
                }
            }
            int v = 0;
            for (Map.Entry<String, double[][]> e : samples.entrySet()) {
                ObjectNode o = out.putObject(e.getKey());
                o.put("bytes", bytes[v++]);
                o.set("serverMillis", CacheBenchmark.percentiles(e.getValue()[0]));
                o.set("lastByteMillis", CacheBenchmark.percentiles(e.getValue()[1]));
            }
            double typed = out.path("typed").path("serverMillis").path("p50").asDouble();
            double plain = out.path("plain").path("serverMillis").path("p50").asDouble();
            out.put("serverP50TypedOverPlain", CacheBenchmark.round(typed / plain));
        }
        return out;
    }

    /**
     * The plain 100,000-point figure (2.7 MB) from two real servers in turns: one with {@code Server-Timing} (the
     * answer is written whole first, to time it) and one without (the answer streams once past
     * {@code Http.STREAM_ABOVE}): p50 of the time to the first and to the last byte on loopback, and the bytes the
     * JVM allocated per answer (server and client, sampled from every thread; the client's share is the same).
     */
    private static ObjectNode streaming() throws Exception {
        ObjectNode out = new ObjectMapper().createObjectNode();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, DashServer> servers = new LinkedHashMap<>();
        try {
            for (boolean timing : new boolean[] {true, false}) {
                DashApp app = DashApp.builder()
                        .layout(Html.div())
                        .callbacks(Callbacks.class)
                        .serverTiming(timing)
                        .build();
                servers.put(timing ? "writtenWhole" : "streamed", DashServer.start(app, 0));
            }
            Map<String, double[][]> samples = new LinkedHashMap<>();
            servers.keySet().forEach(k -> samples.put(k, new double[3][HTTP_RUNS]));
            for (int round = -WARMUP; round < HTTP_RUNS; round++) {
                for (Map.Entry<String, DashServer> e : servers.entrySet()) {
                    String body = "{\"output\":\"plain.figure\",\"outputs\":{\"id\":\"plain\",\"property\":"
                            + "\"figure\"},\"inputs\":[{\"id\":\"n\",\"property\":\"value\",\"value\":1}],"
                            + "\"changedPropIds\":[\"n.value\"]}";
                    long allocated = allocated(threads);
                    long t0 = System.nanoTime();
                    HttpResponse<java.io.InputStream> r = HTTP.send(
                            HttpRequest.newBuilder(URI.create(e.getValue().url() + "_dash-update-component"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    long length;
                    double first;
                    try (java.io.InputStream in = r.body()) {
                        byte[] buffer = new byte[65536];
                        int n = in.read(buffer);
                        first = (System.nanoTime() - t0) / 1e6;
                        length = n;
                        while ((n = in.read(buffer)) >= 0) {
                            length += n;
                        }
                    }
                    double last = (System.nanoTime() - t0) / 1e6;
                    long bytes = allocated(threads) - allocated;
                    if (r.statusCode() != 200 || length < 2_000_000) {
                        throw new IllegalStateException(e.getKey() + ": " + r.statusCode() + ", " + length + " B");
                    }
                    if (round >= 0) {
                        double[][] s = samples.get(e.getKey());
                        s[0][round] = first;
                        s[1][round] = last;
                        s[2][round] = bytes / 1e6;
                    }
                }
            }
            samples.forEach((name, s) -> {
                ObjectNode o = out.putObject(name);
                o.set("firstByteMillis", CacheBenchmark.percentiles(s[0]));
                o.set("lastByteMillis", CacheBenchmark.percentiles(s[1]));
                o.set("allocatedMegabytesPerAnswer", CacheBenchmark.percentiles(s[2]));
            });
            for (String measure : List.of("firstByteMillis", "lastByteMillis", "allocatedMegabytesPerAnswer")) {
                out.put(
                        measure + "StreamedOverWhole",
                        CacheBenchmark.round(
                                out.path("streamed").path(measure).path("p50").asDouble()
                                        / out.path("writtenWhole")
                                                .path(measure)
                                                .path("p50")
                                                .asDouble()));
            }
        } finally {
            for (DashServer server : servers.values()) {
                server.close();
            }
        }
        return out;
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(bytes, 0);
        }
        return sum;
    }

    /** Bytes of the figures as JSON, raw and gzipped (default level), plain and typed. */
    private static ObjectNode sizes() throws IOException {
        ObjectNode out = new ObjectMapper().createObjectNode();
        SalesData data = SalesData.generate();
        int[] all = IntStream.range(0, SalesData.ROWS).toArray();
        Map<String, Object> dashboard = SalesQueries.scatter(data, all, 6, 0.6, false);
        for (Map.Entry<String, Map<String, Object>> e : Map.of(
                        "figure100k", figure(), "dashboardScatterAllOrders", dashboard)
                .entrySet()) {
            ObjectMapper now = ValueMapper.newObjectMapper();
            byte[] plain = now.writeValueAsBytes(ValueMapper.toJson(e.getValue(), Set.of()));
            byte[] typed = now.writeValueAsBytes(TypedArrays.inFigure(ValueMapper.toJson(e.getValue(), Set.of())));
            ObjectNode o = out.putObject(e.getKey());
            o.put("plainBytes", plain.length);
            o.put("typedBytes", typed.length);
            o.put("plainGzipBytes", gzip(plain));
            o.put("typedGzipBytes", gzip(typed));
            o.put("gzipTypedOverPlain", CacheBenchmark.round((double) gzip(typed) / gzip(plain)));
        }
        return out;
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    /**
     * Median milliseconds and MB/s (of the figure's JSON size) of each variant over {@link #RUNS} rounds after a
     * warm-up; the variants take turns within a round, so that a busy machine slows them alike.
     */
    private static ObjectNode measure(int bytes, Map<String, Supplier<Object>> variants) {
        Map<String, double[]> millis = new LinkedHashMap<>();
        variants.keySet().forEach(name -> millis.put(name, new double[RUNS]));
        for (int round = 0; round < WARMUP + RUNS; round++) {
            for (Map.Entry<String, Supplier<Object>> v : variants.entrySet()) {
                long t0 = System.nanoTime();
                Object result = v.getValue().get();
                long took = System.nanoTime() - t0;
                if (result == null) {
                    throw new IllegalStateException(v.getKey());
                }
                if (round >= WARMUP) {
                    millis.get(v.getKey())[round - WARMUP] = took / 1e6;
                }
            }
        }
        ObjectNode all = new ObjectMapper().createObjectNode();
        millis.forEach((name, samples) -> {
            Arrays.sort(samples);
            double median = samples[RUNS / 2];
            all.putObject(name)
                    .put("medianMillis", CacheBenchmark.round(median))
                    .put("megabytesPerSecond", CacheBenchmark.round(bytes / 1e6 / (median / 1e3)));
        });
        double after = all.path("after").path("medianMillis").asDouble();
        all.put(
                "nodeFreePlainOverAfter",
                CacheBenchmark.round(
                        all.path("nodeFreePlain").path("medianMillis").asDouble() / after));
        all.put(
                "nodeFreeTypedOverAfter",
                CacheBenchmark.round(
                        all.path("nodeFreeTyped").path("medianMillis").asDouble() / after));
        return all;
    }
}
