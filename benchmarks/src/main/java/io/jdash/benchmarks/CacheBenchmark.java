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
            o.set("memoHitJedisVsLettuce", memoHitsSideBySide(uri, server.url(), cache));
            o.set("storeGetMicros", storeCalls(uri, port, false));
            o.set("storePutMicros", storeCalls(uri, port, true));
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

    // many short rounds: the machine's load comes in bursts of seconds, which short turns share out evenly
    private static final int ROUNDS = 20;
    private static final int STORE_CALLS_PER_ROUND = 2_000;
    /** The store calls are measured this many times over: how far one run's p99 can be trusted shows in them. */
    private static final int STORE_REPEATS = 3;

    private static final int HTTP_HITS_PER_ROUND = 100;
    private static final int INVOKER_HITS_PER_ROUND = 1_000;

    /**
     * Measures each way (name to the factory of a thread's call) from {@code threads} threads at once: first
     * {@code warmUp} untimed calls of each to warm the JIT up, then {@value #ROUNDS} rounds in which they take
     * turns, the order rotated every round so that none is always first after another's burst; every timed call
     * counts.
     */
    private static ObjectNode sideBySide(
            java.util.Map<String, CallFactory> ways, int threads, int warmUp, int perRound, String label)
            throws Exception {
        return sideBySide(ways, threads, warmUp, perRound, label, new java.util.HashMap<>());
    }

    /** As above, adding every timed call's microseconds to {@code samples} too (by way). */
    private static ObjectNode sideBySide(
            java.util.Map<String, CallFactory> ways,
            int threads,
            int warmUp,
            int perRound,
            String label,
            java.util.Map<String, List<Double>> samples)
            throws Exception {
        List<String> names = new java.util.ArrayList<>(ways.keySet());
        java.util.Map<String, List<Double>> all = new java.util.LinkedHashMap<>();
        for (String name : names) {
            all.put(name, new java.util.ArrayList<>());
            concurrently(threads, warmUp, ways.get(name));
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + round) % names.size());
                for (double m : concurrently(threads, perRound, ways.get(name))) {
                    all.get(name).add(m);
                }
            }
        }
        ObjectNode t = JSON.createObjectNode();
        all.forEach((name, list) -> {
            t.set(name, tail(list));
            samples.computeIfAbsent(name, k -> new java.util.ArrayList<>()).addAll(list);
        });
        System.out.println(label + ", " + threads + " thread(s): " + t);
        return t;
    }

    /**
     * The memo hit end to end, the store now (Jedis) and as before (Lettuce) side by side in this run: HTTP round
     * trips to two servers of the same app on the same Redis, one thread, and the memoized invoker alone (key,
     * GET, the answer's JSON) from 1 and 4 threads.
     */
    private static ObjectNode memoHitsSideBySide(String uri, String jedisUrl, MemoCache jedis) throws Exception {
        ObjectNode o = JSON.createObjectNode();
        try (MemoCache lettuce = MemoCache.of(
                        new LettuceStoreAsBefore(uri, CacheOptions.DEFAULTS.timeout()), CacheOptions.DEFAULTS);
                DashServer lettuceServer = DashServer.start(app(lettuce), 0)) {
            post(lettuceServer.url(), 2);
            java.util.Map<String, CallFactory> http = new java.util.LinkedHashMap<>();
            http.put("jedisNow", () -> () -> post(jedisUrl, 2));
            http.put("lettuceAsBefore", () -> () -> post(lettuceServer.url(), 2));
            o.set(
                    "httpThreads1",
                    sideBySide(http, 1, 10 * HTTP_HITS_PER_ROUND, HTTP_HITS_PER_ROUND, "memo hit over HTTP"));
            java.util.Map<String, CallFactory> invoker = new java.util.LinkedHashMap<>();
            invoker.put("jedisNow", () -> invokerCall(jedis));
            invoker.put("lettuceAsBefore", () -> invokerCall(lettuce));
            for (int threads : new int[] {1, 4}) {
                o.set(
                        "invokerThreads" + threads,
                        sideBySide(invoker, threads, 40 * INVOKER_HITS_PER_ROUND, INVOKER_HITS_PER_ROUND, "memo hit"));
            }
        }
        return o;
    }

    private static Call invokerCall(MemoCache cache) {
        CallbackInvoker invoker = invoker(cache);
        List<JsonNode> args = List.of(IntNode.valueOf(2));
        return () -> {
            CallbackInvoker.Outcome out = invoker.invoke(args, null);
            if (out.kind() != CallbackInvoker.Kind.VALUE) {
                throw new IllegalStateException(out.message());
            }
        };
    }

    /** One timed call on the calling thread. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    /** Makes a thread's {@link Call} (its own connection, its own invoker). */
    @FunctionalInterface
    private interface CallFactory {
        Call open() throws Exception;
    }

    /** {@code perThread} timed calls on each of {@code threads} threads at once; the microseconds of each call. */
    private static double[] concurrently(int threads, int perThread, CallFactory factory) throws Exception {
        double[] micros = new double[threads * perThread];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * perThread;
                done.add(pool.submit(() -> {
                    Call call = factory.open();
                    try {
                        for (int i = 0; i < perThread; i++) {
                            long t0 = System.nanoTime();
                            call.run();
                            micros[offset + i] = (System.nanoTime() - t0) / 1e3;
                        }
                    } finally {
                        if (call instanceof AutoCloseable c) {
                            c.close();
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

    /** p50, p99, p99.9 and the sample count of {@code samples}. */
    private static ObjectNode tail(List<Double> samples) {
        double[] sorted =
                samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return JSON.createObjectNode()
                .put("samples", sorted.length)
                .put("p50", round(sorted[(int) (sorted.length * 0.50)]))
                .put("p99", round(sorted[(int) (sorted.length * 0.99)]))
                .put("p999", round(sorted[(int) (sorted.length * 0.999)]));
    }

    /**
     * One cache GET (or, with {@code puts}, one SET PX) of a 200-byte value, as the memo hit path makes it, from 1
     * and 4 threads at once: through {@link RedisStore} now (Jedis: a pooled blocking socket on the calling thread),
     * through the store as it was before ({@link LettuceStoreAsBefore}: one shared Lettuce connection, each command
     * handed to its event loop and back), and, for the floor, a plain blocking socket per thread speaking RESP with
     * no pool and no client library (see {@link #sideBySide}), {@value #STORE_REPEATS} times: the percentiles of
     * all, and each repeat's.
     */
    private static ObjectNode storeCalls(String uri, int port, boolean puts) throws Exception {
        ObjectNode o = JSON.createObjectNode();
        // not the default 250 ms: a run on a loaded machine must not end on one stalled reply
        java.time.Duration timeout = java.time.Duration.ofSeconds(2);
        RedisStore now = new RedisStore(URI.create(uri), timeout);
        LettuceStoreAsBefore before = new LettuceStoreAsBefore(uri, timeout);
        byte[] value = new byte[200];
        java.time.Duration ttl = java.time.Duration.ofHours(1);
        try {
            now.put("bench:get", value, ttl);
            java.util.Map<String, CallFactory> ways = new java.util.LinkedHashMap<>();
            ways.put(
                    "redisStoreNow",
                    () -> puts ? () -> now.put("bench:put", value, ttl) : () -> check("now", now.get("bench:get")));
            ways.put(
                    "lettuceAsBefore",
                    () -> puts
                            ? () -> before.put("bench:put", value, ttl)
                            : () -> check("before", before.get("bench:get")));
            ways.put("blockingSocketFloor", () -> puts ? new RawSocket(port).put() : new RawSocket(port).get());
            for (int threads : new int[] {1, 4}) {
                java.util.Map<String, List<Double>> samples = new java.util.LinkedHashMap<>();
                com.fasterxml.jackson.databind.node.ArrayNode repeats = JSON.createArrayNode();
                for (int repeat = 0; repeat < STORE_REPEATS; repeat++) {
                    repeats.add(sideBySide(
                            ways,
                            threads,
                            4 * STORE_CALLS_PER_ROUND,
                            STORE_CALLS_PER_ROUND,
                            "redis " + (puts ? "SET" : "GET"),
                            samples));
                }
                ObjectNode t = o.putObject("threads" + threads);
                samples.forEach((way, list) -> t.set(way, tail(list)));
                t.set("repeats", repeats);
            }
        } finally {
            now.close();
            before.close();
        }
        return o;
    }

    private static void check(String way, byte[] v) {
        if (v == null || v.length != 200) {
            throw new IllegalStateException(way + " read " + java.util.Arrays.toString(v));
        }
    }

    /** GET bench:get or SET bench:put over a plain blocking socket, the reply read on the calling thread. */
    private static final class RawSocket {
        private static final byte[] GET = "*2\r\n$3\r\nGET\r\n$9\r\nbench:get\r\n".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SET;

        static {
            byte[] head = "*5\r\n$3\r\nSET\r\n$9\r\nbench:put\r\n$200\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\r\n$2\r\nPX\r\n$7\r\n3600000\r\n".getBytes(StandardCharsets.US_ASCII);
            SET = new byte[head.length + 200 + tail.length];
            System.arraycopy(head, 0, SET, 0, head.length);
            System.arraycopy(tail, 0, SET, head.length + 200, tail.length);
        }

        private final Socket socket;
        private final java.io.InputStream in;
        private final java.io.OutputStream out;
        private final byte[] reply = new byte["$200\r\n".length() + 200 + 2];

        RawSocket(int port) throws java.io.IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        Call get() {
            return closing(() -> {
                out.write(GET);
                readFully(reply.length);
                check("blockingSocketFloor", Arrays.copyOfRange(reply, 6, 206));
            });
        }

        Call put() {
            return closing(() -> {
                out.write(SET);
                readFully("+OK\r\n".length());
                if (reply[0] != '+') {
                    throw new IllegalStateException(
                            "SET answered " + new String(reply, 0, 5, StandardCharsets.US_ASCII));
                }
            });
        }

        private void readFully(int length) throws java.io.IOException {
            for (int got = 0; got < length; ) {
                int n = in.read(reply, got, length - got);
                if (n < 0) {
                    throw new java.io.EOFException();
                }
                got += n;
            }
        }

        /** The call, closing this socket when the thread's run ends. */
        private Call closing(Call call) {
            final class Closing implements Call, AutoCloseable {
                @Override
                public void run() throws Exception {
                    call.run();
                }

                @Override
                public void close() throws java.io.IOException {
                    socket.close();
                }
            }
            return new Closing();
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
        CallbackInvoker invoker = invoker(cache);
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

    /** The memoized callback's invoker on {@code cache}. */
    private static CallbackInvoker invoker(MemoCache cache) {
        return io.jdash.server.internal.Callbacks.load(
                        List.of(Callbacks.class), List.of(), CacheBenchmark.class.getClassLoader(), () -> cache)
                .all()
                .get(0)
                .invoker();
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
