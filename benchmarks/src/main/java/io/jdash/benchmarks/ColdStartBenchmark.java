package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.samples.dashboard.DashboardApp;
import io.jdash.samples.hello.HelloApp;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cold starts of the hello and dashboard samples from their jars, in fresh JVMs, three ways taking turns: default
 * JVM flags; with a class-data-sharing archive made by the server's training run ({@code jdash:cds} does the same);
 * and with the archive and C1 only ({@code -XX:TieredStopAtLevel=1}). Per run: milliseconds from {@code java} to
 * the first served page, the CPU the process used until then, and its resident memory 1 s after the page (having
 * served the layout and callbacks) and, in the first run of each, 5 s after (after the idle heap trim). The
 * dashboard's data generation, which its {@code main} runs before the server starts, is timed alone in a fresh JVM
 * too. Writes {@code cold-start-benchmark.json}.
 */
public final class ColdStartBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RUNS = 5;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ColdStartBenchmark() {}

    /** Times the dashboard's data generation in this (fresh) JVM and prints the milliseconds. */
    public static final class DataGeneration {
        private DataGeneration() {}

        /** Entry point of the timing JVM. */
        public static void main(String[] args) {
            long t0 = System.nanoTime();
            DashboardApp.data();
            System.out.println((System.nanoTime() - t0) / 1e6);
        }
    }

    /** Runs the benchmark; the first argument is the results folder. */
    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        String classPath = jarsOnly(System.getProperty("java.class.path"));
        Path work = Files.createTempDirectory("jdash-cold-start");
        Map<String, Class<?>> apps = new LinkedHashMap<>();
        apps.put("hello", HelloApp.class);
        apps.put("dashboard", DashboardApp.class);
        Map<String, Map<String, List<String>>> setups = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> app : apps.entrySet()) {
            Path archive = work.resolve(app.getKey() + ".jsa");
            train(classPath, app.getValue(), archive);
            Map<String, List<String>> flags = new LinkedHashMap<>();
            flags.put("defaultFlags", List.of());
            flags.put("appCds", List.of("-XX:SharedArchiveFile=" + archive));
            flags.put("appCdsC1", List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"));
            setups.put(app.getKey(), flags);
        }
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, Class<?>> app : apps.entrySet()) {
                for (Map.Entry<String, List<String>> setup :
                        setups.get(app.getKey()).entrySet()) {
                    double[] sample = once(classPath, app.getValue(), setup.getValue(), run == 0);
                    samples.computeIfAbsent(app.getKey() + "." + setup.getKey(), k -> new ArrayList<>())
                            .add(sample);
                    System.out.printf(
                            "%s %s: %.0f ms, cpu %.0f ms, rss %.1f MB%n",
                            app.getKey(), setup.getKey(), sample[0], sample[1], sample[2] / 1024);
                }
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put(
                "method",
                "fresh JVMs from the samples' jars, " + RUNS + " runs each taking turns; wall = java to the"
                        + " first 200 on /, cpu = the process's user+system time then, rss 1 s after the page (layout and"
                        + " callbacks served), rssAfterIdleTrim 5 s after (first run only)");
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("java", System.getProperty("java.version"));
        samples.forEach((name, runs) -> {
            ObjectNode o = out.putObject(name);
            o.put("toFirstPageMillisMedian", median(runs, 0));
            o.put(
                    "toFirstPageMillisMin",
                    runs.stream().mapToDouble(r -> r[0]).min().orElseThrow());
            o.put("cpuMillisMedian", median(runs, 1));
            o.put("residentMegabytesMedian", CacheBenchmark.round(median(runs, 2) / 1024));
            o.put("residentMegabytesAfterIdleTrim", CacheBenchmark.round(runs.get(0)[3] / 1024));
            ArrayNode all = o.putArray("wallMillis");
            runs.forEach(r -> all.add(r[0]));
        });
        out.put("dashboardDataGenerationMillis", dataGeneration(System.getProperty("java.class.path")));
        out.put(
                "loadAverage",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        System.out.println(text);
        Files.createDirectories(results);
        Files.writeString(results.resolve("cold-start-benchmark.json"), text + "\n");
    }

    /** Class-data sharing archives classes from jars only: the samples must come from their installed jars. */
    static String jarsOnly(String classPath) {
        List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
        List<String> notJars = entries.stream().filter(e -> !e.endsWith(".jar")).toList();
        List<String> jars = entries.stream().filter(e -> e.endsWith(".jar")).toList();
        if (jars.stream().noneMatch(j -> j.contains("jdash-sample-hello"))) {
            throw new IllegalStateException("the hello sample is not on the class path as a jar (" + notJars
                    + "): run mvn -B install -DskipTests first, then the benchmark on its own module");
        }
        return jars.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static void train(String classPath, Class<?> main, Path archive) throws Exception {
        Process p = new ProcessBuilder(
                        java(),
                        "-XX:ArchiveClassesAtExit=" + archive,
                        "-Djdash.cds.training=true",
                        "-cp",
                        classPath,
                        main.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run of " + main.getName() + " failed");
        }
    }

    /** One start: wall ms to the page, cpu ms then, resident KB 1 s later, resident KB 5 s later (or 0). */
    private static double[] once(String classPath, Class<?> main, List<String> flags, boolean waitForTrim)
            throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, main.getName(), String.valueOf(port)));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String base = "http://127.0.0.1:" + port + "/";
            ServerBenchmark.awaitPage(HTTP, base, t0);
            double wall = (System.nanoTime() - t0) / 1e6;
            double cpu = p.toHandle()
                    .info()
                    .totalCpuDuration()
                    .map(d -> d.toNanos() / 1e6)
                    .orElse(Double.NaN);
            long page = System.nanoTime();
            for (String path : List.of("_dash-layout", "_dash-dependencies")) {
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            sleepUntil(page, 1_000);
            double rss = ServerBenchmark.statusKb(p.pid(), "VmRSS");
            double trimmed = 0;
            if (waitForTrim) {
                sleepUntil(page, 5_000);
                trimmed = ServerBenchmark.statusKb(p.pid(), "VmRSS");
            }
            return new double[] {wall, cpu, rss, trimmed};
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static double dataGeneration(String classPath) throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", classPath, DataGeneration.class.getName())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return CacheBenchmark.round(Double.parseDouble(out.substring(out.lastIndexOf('\n') + 1)));
    }

    private static void sleepUntil(long since, long millis) throws InterruptedException {
        long left = millis - (System.nanoTime() - since) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    /** The {@code java} launcher of the JVM running this harness. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<double[]> runs, int field) {
        double[] v = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
        return CacheBenchmark.round(v[v.length / 2]);
    }
}
