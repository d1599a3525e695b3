package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.samples.features.FeaturesApp;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the features sample in fresh JVMs, with the front-end files compressed at build time (as
 * jdash-frontend now ships them) and without (the same jar seen through an index that lists no compressed copies,
 * so the server gzips each file when it first serves it, as it did before): milliseconds from {@code java} to the
 * first served page, and to the page's scripts and plotly.js served as Chromium asks for them
 * ({@code Accept-Encoding: gzip, deflate, br, zstd}), with the bytes sent. Five runs each, taking turns. Writes
 * {@code startup-benchmark.json}.
 */
public final class StartupBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RUNS = 5;
    private static final String INDEX = "META-INF/jdash/component-suites/index.json";

    private StartupBenchmark() {}

    /** Runs the benchmark; the first argument is the results folder. */
    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Path stripped = Files.createTempDirectory("jdash-index");
        JsonNode index;
        try (InputStream in = StartupBenchmark.class.getClassLoader().getResourceAsStream(INDEX)) {
            index = JSON.readTree(in);
        }
        for (JsonNode f : index.get("files")) {
            ((ObjectNode) f).remove(List.of("gzipBytes", "brotliBytes"));
        }
        Files.createDirectories(stripped.resolve(INDEX).getParent());
        Files.writeString(stripped.resolve(INDEX), JSON.writeValueAsString(index));
        String classPath = System.getProperty("java.class.path");
        Map<String, String> setups = new LinkedHashMap<>();
        setups.put("compressedAtRuntime", stripped + java.io.File.pathSeparator + classPath);
        setups.put("compressedAtBuild", classPath);
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        setups.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, String> s : setups.entrySet()) {
                samples.get(s.getKey()).add(once(s.getValue()));
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("app", "features sample, default JVM flags");
        out.put("cores", Runtime.getRuntime().availableProcessors());
        samples.forEach((name, runs) -> {
            ObjectNode o = out.putObject(name);
            o.put("toFirstPageMillisMedian", median(runs, 0));
            o.put("toPageAndFrontendFilesMillisMedian", median(runs, 1));
            o.put(
                    "frontendFilesAfterPageMillisMedian",
                    median(runs.stream().map(r -> new double[] {r[1] - r[0]}).toList(), 0));
            o.put("frontendBytesSent", runs.get(0)[2]);
            ArrayNode all = o.putArray("runs");
            runs.forEach(r -> all.add(JSON.createArrayNode().add(r[0]).add(r[1])));
        });
        out.put(
                "pageAndFilesRatioBuildToRuntime",
                CacheBenchmark.round(out.get("compressedAtBuild")
                                .get("toPageAndFrontendFilesMillisMedian")
                                .asDouble()
                        / out.get("compressedAtRuntime")
                                .get("toPageAndFrontendFilesMillisMedian")
                                .asDouble()));
        out.put(
                "filesAfterPageRatioBuildToRuntime",
                CacheBenchmark.round(out.get("compressedAtBuild")
                                .get("frontendFilesAfterPageMillisMedian")
                                .asDouble()
                        / out.get("compressedAtRuntime")
                                .get("frontendFilesAfterPageMillisMedian")
                                .asDouble()));
        out.put(
                "loadAverage",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        System.out.println(text);
        Files.createDirectories(results);
        Files.writeString(results.resolve("startup-benchmark.json"), text + "\n");
    }

    private static double median(List<double[]> runs, int field) {
        double[] v = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
        return CacheBenchmark.round(v[v.length / 2]);
    }

    /** One cold start: milliseconds to the page, milliseconds to the page and its files, bytes of those files. */
    private static double[] once(String classPath) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        FeaturesApp.class.getName(),
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port + "/";
            String page = ServerBenchmark.awaitPage(http, base, t0);
            double toPage = (System.nanoTime() - t0) / 1e6;
            List<String> files = new ArrayList<>();
            Matcher src = Pattern.compile("src=\"/([^\"]+)\"").matcher(page);
            while (src.find()) {
                files.add(src.group(1));
            }
            files.add("_dash-component-suites/plotly/package_data/plotly.min.js");
            long bytes = 0;
            for (String f : files) {
                HttpResponse<byte[]> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + f))
                                .header("Accept-Encoding", "gzip, deflate, br, zstd")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(f + " answered " + r.statusCode());
                }
                bytes += r.body().length;
            }
            return new double[] {
                CacheBenchmark.round(toPage), CacheBenchmark.round((System.nanoTime() - t0) / 1e6), bytes
            };
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
