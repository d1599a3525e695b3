package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.api.Background;
import io.jdash.api.Callback;
import io.jdash.api.Progress;
import io.jdash.cache.redis.background.RedisJobEngine;
import io.jdash.server.BackgroundWorker;
import io.jdash.server.DashApp;
import io.jdash.server.Html;
import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.background.EmbeddedJobEngine;
import io.jdash.server.background.JobEngine;
import io.jdash.server.background.JobRequest;
import io.jdash.server.background.JobRunner;
import io.jdash.server.background.JobSnapshot;
import io.jdash.testing.AppUnderTest;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Measures background jobs: submit-to-first-progress latency and the overhead of a 0 ms job on the embedded and
 * the Redis engine (p50/p99), the throughput of 1,000 short jobs across two worker processes on one real Redis, and
 * how late a progress update shows in headless Chromium with and without long-poll at an interval of 500 ms. Writes
 * {@code background-benchmark.json} to the directory given as the first argument.
 */
public final class BackgroundBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final byte[] EVENT = "[[\"bar\",\"value\",1]]".getBytes(StandardCharsets.UTF_8);

    private BackgroundBenchmark() {}

    /** The job the worker processes run. */
    public static final class WorkerJobs {
        private WorkerJobs() {}

        /** A job of no work: says which process ran it. */
        @Background(interval = 500)
        @Callback(outputs = "zero.children", inputs = "zero.n_clicks")
        public static String zero(Integer n) {
            return n + " by " + ProcessHandle.current().pid();
        }
    }

    /** The job the page runs. */
    public static final class Jobs {
        /** When each progress update of {@link #steps} was made (epoch ms). */
        static final List<Long> EMITTED = new CopyOnWriteArrayList<>();

        private Jobs() {}

        /** Ten progress updates at random moments, each time-stamped here. */
        @Background(interval = 500, progress = "p.title")
        @Callback(outputs = "done.children", inputs = "go.n_clicks", preventInitialCall = true)
        public static String steps(Progress progress, Integer clicks) throws InterruptedException {
            Random random = new Random(clicks);
            for (int k = 1; k <= 10; k++) {
                Thread.sleep(200 + random.nextInt(500));
                EMITTED.add(System.currentTimeMillis());
                progress.set("step " + k);
            }
            return "done " + clicks;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--worker")) {
            try (BackgroundWorker worker = BackgroundWorker.start(DashApp.builder()
                    .layout(Html.div())
                    .callbacks(WorkerJobs.class)
                    .build())) {
                System.out.println("READY");
                System.out.flush();
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return;
        }
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        ObjectNode out = CacheBenchmark.machine();
        // a job with a payload reports progress at once; one without does nothing at all
        JobRunner runner = (request, control) -> {
            if (request.payload().length > 0) {
                control.emit(EVENT);
            }
            return "{}".getBytes(StandardCharsets.UTF_8);
        };
        try (JobEngine embedded = new EmbeddedJobEngine(runner, BackgroundOptions.DEFAULTS)) {
            out.set("embedded", engine(embedded, 2000));
        }
        int port = freePort();
        Process redis = startRedis(port);
        try {
            String uri = "redis://127.0.0.1:" + port;
            BackgroundOptions options = BackgroundOptions.DEFAULTS.withEngine(uri);
            try (JobEngine r = new RedisJobEngine(java.net.URI.create(uri), options, runner)) {
                out.set("redis", engine(r, 500));
            }
            flush(port);
            out.set("redisThroughput", throughput(uri));
        } finally {
            redis.destroyForcibly().waitFor();
        }
        out.set("progressInThePage", page());
        Files.createDirectories(results);
        Files.writeString(results.resolve("background-benchmark.json"), JSON.writeValueAsString(out) + "\n");
        System.out.println(JSON.writeValueAsString(out));
    }

    private static JobRequest job(String callback, byte[] payload) {
        return new JobRequest(
                UUID.randomUUID().toString().replace("-", ""), callback, payload, null, Duration.ofMinutes(1));
    }

    /** Submit → first progress, and submit → result of a job that does nothing, one at a time. */
    private static ObjectNode engine(JobEngine engine, int samples) {
        double[] first = new double[samples];
        double[] done = new double[samples];
        for (int i = 0; i < samples; i++) {
            JobRequest r = job("cb", EVENT);
            long t0 = System.nanoTime();
            engine.submit(r);
            JobSnapshot s = engine.poll(r.id(), Duration.ofSeconds(5));
            while (s.events().isEmpty()) {
                s = engine.poll(r.id(), Duration.ofSeconds(5));
            }
            first[i] = (System.nanoTime() - t0) / 1e3;
            engine.forget(r.id());
            JobRequest z = job("cb", new byte[0]);
            t0 = System.nanoTime();
            engine.submit(z);
            s = engine.poll(z.id(), Duration.ofSeconds(5));
            while (!s.status().isFinal()) {
                s = engine.poll(z.id(), Duration.ofSeconds(5));
            }
            done[i] = (System.nanoTime() - t0) / 1e3;
            engine.forget(z.id());
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("engine", engine.describe());
        o.set("submitToFirstProgressMicros", CacheBenchmark.percentiles(first));
        o.set("zeroMillisJobToResultMicros", CacheBenchmark.percentiles(done));
        return o;
    }

    /** 1,000 zero jobs queued by this process (web only), run by two worker processes. */
    private static ObjectNode throughput(String uri) throws Exception {
        List<Process> workers = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Process p = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "-Djdash.background=" + uri,
                                "-Djdash.background.workers=4",
                                "-Djdash.background.queue=2000",
                                BackgroundBenchmark.class.getName(),
                                "--worker")
                        .redirectErrorStream(true)
                        .start();
                workers.add(p);
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null && !line.equals("READY"); ) {
                    // wait until the worker listens
                }
                Thread t = new Thread(() -> in.lines().forEach(l -> {}));
                t.setDaemon(true);
                t.start();
            }
            BackgroundOptions web = BackgroundOptions.DEFAULTS
                    .withEngine(uri)
                    .withRole(BackgroundOptions.Role.WEB)
                    .withWorkers(1, 2000);
            try (JobEngine engine = new RedisJobEngine(java.net.URI.create(uri), web, null)) {
                int n = 1000;
                List<String> ids = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    JobRequest r = job("zero.children", ("{\"args\":[" + i + "]}").getBytes(StandardCharsets.UTF_8));
                    engine.submit(r);
                    ids.add(r.id());
                }
                Map<String, Integer> byProcess = new TreeMap<>();
                for (String id : ids) {
                    JobSnapshot s = engine.poll(id, Duration.ofSeconds(10));
                    while (!s.status().isFinal()) {
                        s = engine.poll(id, Duration.ofSeconds(10));
                    }
                    String result = JSON.readTree(s.result()).path("value").asText();
                    byProcess.merge(result.substring(result.indexOf(" by ") + 4), 1, Integer::sum);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                ObjectNode o = JSON.createObjectNode();
                o.put("jobs", n);
                o.put("workerProcesses", 2);
                o.put("workersPerProcess", 4);
                o.put("seconds", CacheBenchmark.round(seconds));
                o.put("jobsPerSecond", CacheBenchmark.round(n / seconds));
                o.set("jobsPerProcess", JSON.valueToTree(byProcess));
                return o;
            }
        } finally {
            for (Process p : workers) {
                p.getOutputStream().close();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    /** Emit-to-DOM delay of progress updates in Chromium, without and with long-poll, interval 500 ms. */
    private static ObjectNode page() throws Exception {
        ObjectNode o = JSON.createObjectNode();
        for (Duration hold : List.of(Duration.ZERO, Duration.ofSeconds(1))) {
            DashApp app = DashApp.builder()
                    .layout(Html.div(
                            Html.button("go").id("go"),
                            Html.div("waiting").id("p"),
                            Html.div().id("done")))
                    .callbacks(Jobs.class)
                    .background(BackgroundOptions.DEFAULTS.withWaits(Duration.ofMillis(25), hold))
                    .build();
            List<Double> delays = new ArrayList<>();
            int[] merged = {0};
            try (AppUnderTest t = AppUnderTest.open(app, "document.querySelector('#go')", 60_000)) {
                t.browser()
                        .eval(
                                "window.seen = {}; new MutationObserver(() => { const t ="
                                        + " document.querySelector('#p').title; if (!(t in window.seen)) window.seen[t] = Date.now(); })"
                                        + ".observe(document.querySelector('#p'), {attributes: true, attributeFilter: ['title']})");
                for (int run = 1; run <= 3; run++) {
                    Jobs.EMITTED.clear();
                    t.browser().eval("window.seen = {}");
                    t.browser().click("#go");
                    t.browser().waitFor("document.querySelector('#done').textContent === 'done " + run + "'", 60_000);
                    JsonNode seen = t.browser().eval("window.seen");
                    for (int k = 0; k < Jobs.EMITTED.size(); k++) {
                        JsonNode at = seen.get("step " + (k + 1));
                        if (at != null) {
                            delays.add((double) (at.asLong() - Jobs.EMITTED.get(k)));
                        } else {
                            merged[0]++; // a later step arrived in the same answer: this one was never on screen
                        }
                    }
                }
            }
            double[] d = delays.stream().mapToDouble(Double::doubleValue).toArray();
            ObjectNode m = JSON.createObjectNode();
            m.put("updatesShown", d.length);
            m.put("updatesOvertakenInOneAnswer", merged[0]);
            java.util.Arrays.sort(d);
            m.put("p50", d[d.length / 2]);
            m.put("p90", d[(int) (d.length * 0.9)]);
            m.put("max", d[d.length - 1]);
            m.put(
                    "mean",
                    CacheBenchmark.round(java.util.Arrays.stream(d).average().orElse(0)));
            o.set(hold.isZero() ? "withoutLongPollMillis" : "withLongPoll1sMillis", m);
        }
        o.put("interval", 500);
        o.put(
                "note",
                "delay from the job's progress.set to the page showing that step, same clock; 10 updates"
                        + " 200-700 ms apart per run, 3 runs; a step overtaken by the next one within one answer is never"
                        + " shown and is counted apart");
        return o;
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Process startRedis(int port) throws Exception {
        String binary = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                binary = Path.of(dir, "redis-server").toString();
            }
        }
        if (binary == null) {
            throw new IllegalStateException("redis-server is not on PATH: apt-get install -y redis-server");
        }
        Path dir = Files.createTempDirectory("jdash-bench-bg");
        Process p = new ProcessBuilder(
                        binary,
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
        for (int i = 0; i < 500; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return p;
            } catch (java.io.IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("redis-server did not listen on " + port);
    }

    private static void flush(int port) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write("FLUSHALL\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
