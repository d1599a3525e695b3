package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import io.jdash.cache.redis.RedisStore;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Html;
import io.jdash.server.cache.CacheOptions;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.values.CallbackInvoker;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures memoized callbacks: an expensive callback (~1 s of CPU) first vs cached, in process and across two
 * processes through a real Redis on loopback (Debian's redis-server, started here on a free port), and the
 * serialization of a 100,000-point figure ({@link FigureBenchmark}). Writes {@code cache-benchmark.json} to the
 * directory given as the first argument.
 */
public final class CacheBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int HTTP_HITS = 2000;
    private static final int INVOKER_HITS = 200_000;

    private CacheBenchmark() {}

    /** The benchmark's callbacks. */
    public static final class Callbacks {
        static volatile double sink;

        private Callbacks() {}

        /** About one second of this thread's CPU, then an answer that depends only on {@code n}. */
        @Memoize(ttl = "1h")
        @Callback(outputs = "result.children", inputs = "n.value")
        public static String expensive(Integer n) {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long end = cpu.getCurrentThreadCpuTime() + TimeUnit.SECONDS.toNanos(1);
            double acc = 0;
            long i = 0;
            while (cpu.getCurrentThreadCpuTime() < end) {
                for (int k = 0; k < 100_000; k++) {
                    acc += Math.sqrt(++i);
                }
            }
            sink = acc;
            return "the answer for " + n;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--serve")) {
            serve();
            return;
        }
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        ObjectNode out = machine();
        out.set("expensiveCallbackInProcess", inProcess());
        out.set("expensiveCallbackThroughRedis", throughRedis());
        out.set("figureSerialization", FigureBenchmark.run());
        Files.createDirectories(results);
        Files.writeString(results.resolve("cache-benchmark.json"), JSON.writeValueAsString(out) + "\n");
        System.out.println(JSON.writeValueAsString(out));
    }

    /** The start of a result file: the JVM, the CPUs and the load when the run started. */
    static ObjectNode machine() {
        ObjectNode out = JSON.createObjectNode();
        out.put("java", System.getProperty("java.version"));
        out.put("cpus", Runtime.getRuntime().availableProcessors());
        out.put(
                "loadAverageAtStart",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return out;
    }

    static DashApp app(MemoCache cache) {
        return DashApp.builder()
                .layout(Html.div())
                .callbacks(Callbacks.class)
                .cache(cache)
                .build();
    }

    private static ObjectNode inProcess() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(64L << 20);
                DashServer server = DashServer.start(app(cache), 0)) {
            ObjectNode o = JSON.createObjectNode();
            long t0 = System.nanoTime();
            post(server.url(), 1);
            o.put("firstCallMillis", (System.nanoTime() - t0) / 1e6);
            o.set("cachedCallHttpMicros", percentiles(httpHits(server.url(), 1)));
            o.set("cachedCallInvokerMicros", percentiles(invokerHits(cache, 1)));
            return o;
        }
    }

    /** A second JVM computes through Redis; this one then serves the same input from Redis. */
    private static ObjectNode throughRedis() throws Exception {
        Path dir = Files.createTempDirectory("jdash-bench-redis");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String uri = "redis://127.0.0.1:" + port;
        Process redis = new ProcessBuilder(
                        redisServer(),
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        Process other = null;
        try {
            awaitPort(port);
        } catch (RuntimeException e) {
            redis.destroyForcibly();
            throw e;
        }
        try (MemoCache cache = MemoCache.open(uri, CacheOptions.DEFAULTS);
                DashServer server = DashServer.start(app(cache), 0)) {
            other = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Djdash.cache=" + uri,
                            CacheBenchmark.class.getName(),
                            "--serve")
                    .redirectError(dir.resolve("other.log").toFile())
                    .start();
            String otherUrl = awaitUrl(other);
            ObjectNode o = JSON.createObjectNode();
            long t0 = System.nanoTime();
            String computed = post(otherUrl, 2);
            o.put("firstCallInOtherProcessMillis", (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            String served = post(server.url(), 2);
            o.put("firstHitInThisProcessMillis", (System.nanoTime() - t0) / 1e6);
            o.put("answersIdentical", computed.equals(served));
            o.set("cachedCallHttpMicros", percentiles(httpHits(server.url(), 2)));
            o.set("cachedCallInvokerMicros", percentiles(invokerHits(cache, 2)));
            o.set("storeGetMicros", storeGets(uri, port));
            return o;
        } finally {
            if (other != null) {
                other.getOutputStream().close();
                other.waitFor(10, TimeUnit.SECONDS);
                other.destroyForcibly();
            }
            redis.destroyForcibly().waitFor();
        }
    }

    private static final int STORE_GETS = 20_000;

    /**
     * One cache GET of a 200-byte value, as the memo hit path makes it, from 1 and 4 threads at once: through
     * {@link RedisStore} now (no monitor on the hit path), through the same Lettuce connection behind a monitor as
     * {@code RedisStore} had before, and, for the floor, a plain blocking socket speaking RESP on the calling thread
     * (what redis-py does): the difference to the floor is Lettuce's hand-over to its event loop and back. The three
     * take turns in 3 rounds; percentiles of the last 2 rounds.
     */
    private static ObjectNode storeGets(String uri, int port) throws Exception {
        ObjectNode o = JSON.createObjectNode();
        RedisStore after = new RedisStore(io.lettuce.core.RedisURI.create(uri), java.time.Duration.ofSeconds(2));
        LockedGet before = new LockedGet(uri);
        try {
            after.put("bench:get", new byte[200], java.time.Duration.ofHours(1));
            for (int threads : new int[] {1, 4}) {
                java.util.Map<String, java.util.List<Double>> all = new java.util.LinkedHashMap<>();
                for (String way : List.of("redisStoreNow", "monitorAsBefore", "blockingSocketFloor")) {
                    all.put(way, new java.util.ArrayList<>());
                }
                for (int round = 0; round < 3; round++) {
                    for (String way : all.keySet()) {
                        double[] micros = gets(threads, port, way, after, before);
                        if (round > 0) {
                            for (double m : micros) {
                                all.get(way).add(m);
                            }
                        }
                    }
                }
                ObjectNode t = o.putObject("threads" + threads);
                all.forEach((way, list) -> {
                    double[] sorted = list.stream()
                            .mapToDouble(Double::doubleValue)
                            .sorted()
                            .toArray();
                    t.putObject(way)
                            .put("samples", sorted.length)
                            .put("p50", round(sorted[(int) (sorted.length * 0.50)]))
                            .put("p99", round(sorted[(int) (sorted.length * 0.99)]))
                            .put("p999", round(sorted[(int) (sorted.length * 0.999)]));
                });
                System.out.println("redis GET, " + threads + " thread(s): " + t);
            }
        } finally {
            after.close();
            before.close();
        }
        return o;
    }

    private static double[] gets(int threads, int port, String way, RedisStore after, LockedGet before)
            throws Exception {
        double[] micros = new double[threads * STORE_GETS];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * STORE_GETS;
                done.add(pool.submit(() -> {
                    try (RawGet raw = way.equals("blockingSocketFloor") ? new RawGet(port) : null) {
                        for (int i = 0; i < STORE_GETS; i++) {
                            long t0 = System.nanoTime();
                            byte[] v =
                                    switch (way) {
                                        case "redisStoreNow" -> after.get("bench:get");
                                        case "monitorAsBefore" -> before.get("bench:get");
                                        default -> raw.get();
                                    };
                            micros[offset + i] = (System.nanoTime() - t0) / 1e3;
                            if (v == null || v.length != 200) {
                                throw new IllegalStateException(way + " read " + java.util.Arrays.toString(v));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return micros;
    }

    /** The hit path as {@code RedisStore} had it: every command took the store's monitor to find the connection. */
    private static final class LockedGet implements AutoCloseable {
        private final io.lettuce.core.RedisClient client;
        private io.lettuce.core.api.StatefulRedisConnection<String, byte[]> connection;

        LockedGet(String uri) {
            client = io.lettuce.core.RedisClient.create(uri);
        }

        byte[] get(String key) {
            return commands().get(key);
        }

        private io.lettuce.core.api.sync.RedisCommands<String, byte[]> commands() {
            synchronized (this) {
                if (connection != null && connection.isOpen()) {
                    return connection.sync();
                }
                connection = client.connect(io.lettuce.core.codec.RedisCodec.of(
                        io.lettuce.core.codec.StringCodec.UTF8, io.lettuce.core.codec.ByteArrayCodec.INSTANCE));
                return connection.sync();
            }
        }

        @Override
        public void close() {
            client.shutdown();
        }
    }

    /** GET bench:get over a plain blocking socket, the reply read on the calling thread. */
    private static final class RawGet implements AutoCloseable {
        private static final byte[] COMMAND =
                "*2\r\n$3\r\nGET\r\n$9\r\nbench:get\r\n".getBytes(StandardCharsets.US_ASCII);
        private final Socket socket;
        private final java.io.InputStream in;
        private final java.io.OutputStream out;
        private final byte[] reply = new byte["$200\r\n".length() + 200 + 2];

        RawGet(int port) throws java.io.IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        byte[] get() {
            try {
                out.write(COMMAND);
                for (int got = 0; got < reply.length; ) {
                    int n = in.read(reply, got, reply.length - got);
                    if (n < 0) {
                        throw new java.io.EOFException();
                    }
                    got += n;
                }
                return Arrays.copyOfRange(reply, 6, 206);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    /** The other process: a server on the configured cache, until stdin closes. */
    private static void serve() throws Exception {
        try (DashServer server = DashServer.start(
                DashApp.builder().layout(Html.div()).callbacks(Callbacks.class).build(), 0)) {
            System.out.println("URL " + server.url());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static String awaitUrl(Process p) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("URL ")) {
                return line.substring(4).trim();
            }
        }
        throw new IllegalStateException("the other server process did not start");
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("redis-server did not listen on " + port);
    }

    private static String redisServer() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                return Path.of(dir, "redis-server").toString();
            }
        }
        throw new IllegalStateException("redis-server is not on PATH: apt-get install -y redis-server");
    }

    private static String post(String url, int n) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"output\":\"result.children\",\"outputs\":{\"id\":"
                                + "\"result\",\"property\":\"children\"},\"inputs\":[{\"id\":\"n\",\"property\":\"value\","
                                + "\"value\":" + n + "}],\"changedPropIds\":[\"n.value\"]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("the answer for " + n)) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static double[] httpHits(String url, int n) throws Exception {
        double[] micros = new double[HTTP_HITS];
        for (int i = 0; i < HTTP_HITS; i++) {
            long t0 = System.nanoTime();
            post(url, n);
            micros[i] = (System.nanoTime() - t0) / 1e3;
        }
        return micros;
    }

    /** The memoized invoker alone, as the servlet calls it: cache lookup and the answer's JSON tree. */
    private static double[] invokerHits(MemoCache cache, int n) {
        CallbackInvoker invoker = io.jdash.server.internal.Callbacks.load(
                        List.of(Callbacks.class), List.of(), CacheBenchmark.class.getClassLoader(), () -> cache)
                .all()
                .get(0)
                .invoker();
        List<JsonNode> args = List.of(IntNode.valueOf(n));
        int count = cache.store().describe().startsWith("redis") ? INVOKER_HITS / 20 : INVOKER_HITS;
        double[] micros = new double[count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            CallbackInvoker.Outcome o = invoker.invoke(args, null);
            micros[i] = (System.nanoTime() - t0) / 1e3;
            if (o.kind() != CallbackInvoker.Kind.VALUE) {
                throw new IllegalStateException(o.message());
            }
        }
        return micros;
    }

    /** p50, p99 and mean of the second half of {@code samples} (the first half warms up). */
    static ObjectNode percentiles(double[] samples) {
        double[] measured = Arrays.copyOfRange(samples, samples.length / 2, samples.length);
        Arrays.sort(measured);
        ObjectNode o = JSON.createObjectNode();
        o.put("samples", measured.length);
        o.put("p50", round(measured[(int) (measured.length * 0.50)]));
        o.put("p99", round(measured[(int) (measured.length * 0.99)]));
        o.put("mean", round(Arrays.stream(measured).average().orElse(0)));
        return o;
    }

    static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", v));
    }
}
