package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.samples.dashboard.DashboardApp;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap the dashboard sample needs: the sample starts from its jar in a fresh JVM with {@code -Xmx} bounds found by
 * bisection, and a session of {@value #CLIENTS} clients sends {@value #REQUESTS} filter changes each, every one a
 * different price range over all 100,000 orders (memo misses answering ~1.5 MB each, the cache filling), in Chromium's
 * {@code Accept-Encoding}. A bound passes when every answer is a 200 of the expected size and the JVM is still up
 * ({@code -XX:+ExitOnOutOfMemoryError}). With default flags the same session reports the heap in use after a full
 * GC and the resident set. Writes {@code heap-benchmark.json}.
 */
public final class HeapBenchmark {
    private static final int CLIENTS = 4;
    private static final int REQUESTS = 12;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern MAX_HEAP = Pattern.compile("MaxHeapSize=(\\d+)");

    private HeapBenchmark() {}

    /** Runs the benchmark; the first argument is the results folder. */
    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        String classPath = ColdStartBenchmark.jarsOnly(System.getProperty("java.class.path"));
        ObjectNode out = CacheBenchmark.machine();
        out.put(
                "method",
                "dashboard sample from its jar; " + CLIENTS + " clients x " + REQUESTS + " filter changes (distinct"
                        + " price ranges over all orders: memo misses of ~1.5 MB answers); a bound passes when all"
                        + " answers are 200 of the full size and the JVM stays up (-XX:+ExitOnOutOfMemoryError)");
        ArrayNode probes = out.putArray("probes");
        int low = 8;
        int high = 512;
        if (!session(classPath, List.of("-Xmx" + high + "m"), null)) {
            throw new IllegalStateException("the session fails even with -Xmx" + high + "m");
        }
        while (high - low > 4) {
            int mid = (low + high) / 2;
            boolean ok = session(classPath, List.of("-Xmx" + mid + "m"), null);
            probes.addObject().put("xmxMegabytes", mid).put("passed", ok);
            System.out.printf(Locale.ROOT, "-Xmx%dm: %s%n", mid, ok ? "passed" : "failed");
            if (ok) {
                high = mid;
            } else {
                low = mid;
            }
        }
        out.put("smallestPassingXmxMegabytes", high);
        ObjectNode defaults = out.putObject("defaultFlags");
        session(classPath, List.of(), defaults);
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        System.out.println(text);
        Files.createDirectories(results);
        Files.writeString(results.resolve("heap-benchmark.json"), text + "\n");
    }

    /** One session in a fresh JVM with {@code flags}; {@code report} (if not null) gets its heap and RSS. */
    private static boolean session(String classPath, List<String> flags, ObjectNode report) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ColdStartBenchmark.java(), "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, DashboardApp.class.getName(), String.valueOf(port)));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String base = "http://127.0.0.1:" + port + "/";
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ServerBenchmark.awaitPage(HTTP, base, System.nanoTime());
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                runs.add(clients.submit(() -> {
                    for (int i = 0; i < REQUESTS; i++) {
                        if (!filter(base, 100_000 - client * 1_000 - i)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            boolean ok = true;
            for (Future<Boolean> run : runs) {
                try {
                    ok &= run.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    ok = false;
                }
            }
            ok &= p.isAlive();
            if (report != null && ok) {
                jcmd(p.pid(), "GC.run");
                Matcher used = USED.matcher(jcmd(p.pid(), "GC.heap_info"));
                report.put(
                        "heapUsedAfterFullGcMegabytes",
                        used.find() ? CacheBenchmark.round(Long.parseLong(used.group(1)) / 1024.0) : -1);
                report.put(
                        "residentMegabytes", CacheBenchmark.round(ServerBenchmark.statusKb(p.pid(), "VmRSS") / 1024));
                Matcher max = MAX_HEAP.matcher(jcmd(p.pid(), "VM.flags"));
                report.put(
                        "maxHeapMegabytes",
                        max.find() ? CacheBenchmark.round(Long.parseLong(max.group(1)) / 1048576.0) : -1);
            }
            return ok;
        } finally {
            clients.shutdownNow();
            p.destroy();
            p.waitFor();
        }
    }

    /** A filter change to prices up to {@code cents} / 100: true when answered with the full figures. */
    private static boolean filter(String base, int cents) {
        String outputs = "[{\"id\":\"scatter\",\"property\":\"figure\"},{\"id\":\"monthly\",\"property\":\"figure\"},"
                + "{\"id\":\"kpis\",\"property\":\"data\"},{\"id\":\"orders\",\"property\":\"data\"}]";
        String body = "{\"output\":\"..scatter.figure...monthly.figure...kpis.data...orders.data..\",\"outputs\":"
                + outputs + ",\"inputs\":[{\"id\":\"region\",\"property\":\"value\",\"value\":null},"
                + "{\"id\":\"category\",\"property\":\"value\",\"value\":null},"
                + "{\"id\":\"price\",\"property\":\"value\",\"value\":[0," + cents / 100.0 + "]},"
                + "{\"id\":\"dates\",\"property\":\"start_date\",\"value\":null},"
                + "{\"id\":\"dates\",\"property\":\"end_date\",\"value\":null}],"
                + "\"state\":[{\"id\":\"marker-size\",\"property\":\"value\",\"value\":4},"
                + "{\"id\":\"opacity\",\"property\":\"value\",\"value\":0.5},"
                + "{\"id\":\"axes\",\"property\":\"value\",\"value\":[]}],"
                + "\"changedPropIds\":[\"price.value\"]}";
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "_dash-update-component"))
                            .header("Content-Type", "application/json")
                            .header("Accept-Encoding", "gzip, deflate, br, zstd")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 && r.body().length > 50_000;
        } catch (Exception e) {
            return false;
        }
    }

    private static String jcmd(long pid, String what) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), what)
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return text;
    }
}
