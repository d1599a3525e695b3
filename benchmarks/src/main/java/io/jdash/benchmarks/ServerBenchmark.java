package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.samples.features.FeaturesApp;
import io.jdash.server.AnswerCompression;
import io.jdash.server.DashApp;
import io.jdash.server.DashServlet;
import io.jdash.testing.AppUnderTest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Measures the server: {@code _dash-update-component} for a trivial server callback under load (wrk) next to a
 * bare JSON endpoint on the same Jetty; click-to-DOM latency in Chromium for one callback run three ways (compiled
 * Java in the browser, hand-written JavaScript, Java on the server); cold start to the first served page and the
 * memory of an idle server. Prints the numbers and writes {@code server-benchmark.json} to the directory given as
 * the first argument. Needs {@code wrk} and {@code chromium} on the PATH.
 */
public final class ServerBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CALLBACK_BODY = "{\"output\":\"same-server.children\",\"outputs\":{\"id\":"
            + "\"same-server\",\"property\":\"children\"},\"inputs\":[{\"id\":\"same-server-btn\",\"property\":"
            + "\"n_clicks\",\"value\":7}],\"changedPropIds\":[\"same-server-btn.n_clicks\"],\"parsedChangedPropsIds\":"
            + "[\"same-server-btn.n_clicks\"]}";
    private static final byte[] BARE_ANSWER =
            "{\"multi\":true,\"response\":{\"same-server\":{\"children\":\"clicked 7\"}}}"
                    .getBytes(StandardCharsets.UTF_8);

    private ServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        int seconds = Integer.getInteger("jdash.benchmark.seconds", 6);
        ObjectNode out = JSON.createObjectNode();
        out.put(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                        + "; wrk and the server share the cores");
        out.put(
                "method",
                "wrk " + seconds + " s per run, 3 rounds interleaved per endpoint, medians; same Jetty,"
                        + " same handlers; requests carry Chromium's Accept-Encoding; 'BeforeGzipHandler' = the same"
                        + " endpoints behind Jetty's GzipHandler, as the server was before AnswerCompression; bare Jackson = parse the request and write the answer with Jackson; bare bytes ="
                        + " read the request, write constant bytes. Clicks: in-page performance.now() from click() to the"
                        + " MutationObserver callback, batches of 10 interleaved across the three ways.");
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.isReadable(loadavg)) {
            // other work on the machine shares the cores with wrk and the server: say how much there was
            out.put("loadAverageAtStart", Files.readString(loadavg).trim());
        }
        // -Djdash.benchmark.sections=load,clickToDom re-measures those and keeps the rest of the result file
        List<String> sections =
                Arrays.asList(System.getProperty("jdash.benchmark.sections", "validationCpu,load,clickToDom,coldStart")
                        .split(","));
        Path file = results.resolve("server-benchmark.json");
        if (sections.size() < 4 && Files.exists(file)) {
            ObjectNode kept = (ObjectNode) JSON.readTree(file.toFile());
            kept.setAll(out);
            out = kept;
        }
        if (sections.contains("validationCpu")) {
            validationCost(out.putObject("validationCpu"));
        }
        if (sections.contains("load")) {
            load(out.putObject("load"), seconds);
        }
        if (sections.contains("clickToDom")) {
            clicks(out.putObject("clickToDom"), Integer.getInteger("jdash.benchmark.clicks", 150));
        }
        if (sections.contains("coldStart")) {
            coldStart(out.putObject("coldStart"));
        }
        Files.createDirectories(results);
        Files.writeString(file, JSON.writeValueAsString(out) + "\n");
        System.out.println(JSON.writeValueAsString(out));
    }

    /** A bare endpoint: reads the request, answers a constant JSON of the same size as the callback's answer. */
    static final class BareJson extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            req.getInputStream().readAllBytes();
            answer(resp, BARE_ANSWER);
        }
    }

    /** A bare JSON endpoint: parses the request with Jackson and writes a fixed answer with Jackson. */
    static final class BareJackson extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            com.fasterxml.jackson.databind.JsonNode request = MAPPER.readTree(req.getInputStream());
            ObjectNode answer = MAPPER.createObjectNode().put("multi", true);
            answer.putObject("response")
                    .putObject("same-server")
                    .put("children", "clicked " + request.at("/inputs/0/value").asInt());
            answer(resp, MAPPER.writeValueAsBytes(answer));
        }
    }

    /** Writes a JSON answer the way jdash's server does: headers, length, then the body in one write. */
    private static void answer(HttpServletResponse resp, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /**
     * The update route and the two bare endpoints under wrk, each behind the compression handler the server uses
     * now ({@link AnswerCompression}) and behind the one it used before (Jetty's GzipHandler, gzip at level 6), on
     * two servers running side by side; every request carries Chromium's Accept-Encoding.
     */
    private static void load(ObjectNode out, int seconds) throws Exception {
        Server after = server(AnswerCompression::around);
        Server before = server(ServerBenchmark::gzipHandler);
        Path script = Files.createTempFile("jdash-wrk", ".lua");
        Files.writeString(
                script,
                "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                        + "wrk.headers[\"Accept-Encoding\"] = \"gzip, deflate, br, zstd\"\n" + "wrk.body = "
                        + JSON.writeValueAsString(CALLBACK_BODY) + "\n");
        String a = "http://127.0.0.1:" + ((ServerConnector) after.getConnectors()[0]).getLocalPort();
        String b = "http://127.0.0.1:" + ((ServerConnector) before.getConnectors()[0]).getLocalPort();
        for (String base : List.of(a, b)) {
            HttpResponse<String> check = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/_dash-update-component"))
                                    .header("Content-Type", "application/json")
                                    .header("Accept-Encoding", "gzip, deflate, br, zstd")
                                    .POST(HttpRequest.BodyPublishers.ofString(CALLBACK_BODY))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (!check.body().equals(new String(BARE_ANSWER, StandardCharsets.UTF_8))) {
                throw new IllegalStateException(
                        "unexpected callback answer " + check.statusCode() + " " + check.body());
            }
        }
        try {
            List<String> names = List.of(
                    "updateComponent",
                    "bareJacksonEndpoint",
                    "bareBytesEndpoint",
                    "updateComponentBeforeGzipHandler",
                    "bareJacksonEndpointBeforeGzipHandler",
                    "bareBytesEndpointBeforeGzipHandler");
            List<String> urls = List.of(
                    a + "/_dash-update-component",
                    a + "/bare-jackson",
                    a + "/bare",
                    b + "/_dash-update-component",
                    b + "/bare-jackson",
                    b + "/bare");
            for (String url : urls) {
                wrk(script, url, 2, 32, 3); // warm the JIT
            }
            for (String shape : List.of("c32", "c1")) {
                int connections = shape.equals("c1") ? 1 : 32;
                int threads = connections == 1 ? 1 : 2;
                List<List<Wrk>> runs = new ArrayList<>();
                urls.forEach(e -> runs.add(new ArrayList<>()));
                for (int round = 0; round < 3; round++) {
                    for (int e = 0; e < urls.size(); e++) {
                        runs.get(e).add(wrk(script, urls.get(e), threads, connections, seconds));
                    }
                }
                ObjectNode o = out.putObject(shape);
                o.put("connections", connections);
                for (int e = 0; e < names.size(); e++) {
                    put(o.putObject(names.get(e)), runs.get(e));
                }
                for (String suffix : List.of("", "BeforeGzipHandler")) {
                    double rps = o.at("/updateComponent" + suffix + "/requestsPerSecond")
                            .asDouble();
                    o.put(
                            "throughputVsBareJackson" + suffix,
                            round(rps
                                    / o.at("/bareJacksonEndpoint" + suffix + "/requestsPerSecond")
                                            .asDouble()));
                    o.put(
                            "throughputVsBareBytes" + suffix,
                            round(rps
                                    / o.at("/bareBytesEndpoint" + suffix + "/requestsPerSecond")
                                            .asDouble()));
                }
                o.put(
                        "updateComponentNowVsBefore",
                        round(o.at("/updateComponent/requestsPerSecond").asDouble()
                                / o.at("/updateComponentBeforeGzipHandler/requestsPerSecond")
                                        .asDouble()));
                System.out.printf(
                        Locale.ROOT,
                        "load %s: update-component %.0f req/s p50 %.3f ms p99 %.3f ms (before: %.0f req/s);"
                                + " bare Jackson %.0f req/s; bare bytes %.0f req/s; ratios %.3f / %.3f (before %.3f"
                                + " / %.3f)%n",
                        shape,
                        o.at("/updateComponent/requestsPerSecond").asDouble(),
                        o.at("/updateComponent/p50Millis").asDouble(),
                        o.at("/updateComponent/p99Millis").asDouble(),
                        o.at("/updateComponentBeforeGzipHandler/requestsPerSecond")
                                .asDouble(),
                        o.at("/bareJacksonEndpoint/requestsPerSecond").asDouble(),
                        o.at("/bareBytesEndpoint/requestsPerSecond").asDouble(),
                        o.get("throughputVsBareJackson").asDouble(),
                        o.get("throughputVsBareBytes").asDouble(),
                        o.get("throughputVsBareJacksonBeforeGzipHandler").asDouble(),
                        o.get("throughputVsBareBytesBeforeGzipHandler").asDouble());
            }
        } finally {
            after.stop();
            before.stop();
        }
    }

    /** The features app and the bare endpoints on one Jetty server, behind {@code compression}. */
    private static Server server(java.util.function.Function<Handler, Handler> compression) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new BareJson()), "/bare");
        context.addServlet(new ServletHolder(new BareJackson()), "/bare-jackson");
        context.addServlet(new ServletHolder(new DashServlet(FeaturesApp.app())), "/*");
        server.setHandler(compression.apply(context));
        server.start();
        return server;
    }

    /** The compression the server used before: Jetty's GzipHandler at its default level. */
    private static Handler gzipHandler(Handler next) {
        GzipHandler gzip = new GzipHandler(next);
        gzip.setMinGzipSize(1024);
        gzip.addIncludedMethods("POST");
        return gzip;
    }

    private record Wrk(double rps, double p50, double p99) {}

    private static void put(ObjectNode o, List<Wrk> runs) {
        o.put(
                "requestsPerSecond",
                Math.round(median(runs.stream().mapToDouble(Wrk::rps).toArray())));
        o.put("p50Millis", median(runs.stream().mapToDouble(Wrk::p50).toArray()));
        o.put("p99Millis", median(runs.stream().mapToDouble(Wrk::p99).toArray()));
        ArrayNode all = o.putArray("runs");
        runs.forEach(r -> all.addObject()
                .put("requestsPerSecond", Math.round(r.rps()))
                .put("p50Millis", r.p50())
                .put("p99Millis", r.p99()));
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    private static Wrk wrk(Path script, String url, int threads, int connections, int seconds) throws Exception {
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t" + threads,
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || text.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed or saw errors:\n" + text);
        }
        Matcher rps = RPS.matcher(text);
        if (!rps.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output:\n" + text);
        }
        double p50 = -1;
        double p99 = -1;
        for (Matcher m = PERCENTILE.matcher(text); m.find(); ) {
            double v = Double.parseDouble(m.group(2));
            double millis =
                    switch (m.group(3)) {
                        case "us" -> v / 1000;
                        case "ms" -> v;
                        default -> v * 1000;
                    };
            if (m.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        return new Wrk(Double.parseDouble(rps.group(1)), p50, p99);
    }

    private static final String MEASURE = "(async (way, n) => {"
            + " const btn = document.getElementById(way + '-btn'); const out = document.getElementById(way);"
            + " const times = [];"
            + " for (let i = 0; i < n; i++) {"
            + "  times.push(await new Promise(resolve => { let t0;"
            + "   const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });"
            + "   obs.observe(out, {childList: true, characterData: true, subtree: true});"
            + "   t0 = performance.now(); btn.click(); }));"
            + "  await new Promise(r => setTimeout(r, 15));"
            + " }"
            + " return times; })";

    private static void clicks(ObjectNode out, int clicksPerWay) throws Exception {
        List<String> ways = List.of("same-compiled", "same-js", "same-server");
        try (AppUnderTest app = AppUnderTest.open(
                FeaturesApp.app(),
                "document.querySelector('#same-server')"
                        + " && document.querySelector('#same-server').textContent === 'clicked 0'",
                60_000)) {
            for (String way : ways) {
                app.browser().eval(MEASURE + "('" + way + "', 20)"); // warm-up
            }
            List<List<Double>> samples = new ArrayList<>();
            ways.forEach(w -> samples.add(new ArrayList<>()));
            int batch = 10;
            for (int done = 0; done < clicksPerWay; done += batch) {
                for (int w = 0; w < ways.size(); w++) {
                    List<Double> into = samples.get(w);
                    app.browser()
                            .eval(MEASURE + "('" + ways.get(w) + "', " + batch + ")")
                            .forEach(t -> into.add(t.asDouble()));
                }
            }
            if (!app.browser().errors.isEmpty()) {
                throw new IllegalStateException("page errors: " + app.browser().errors);
            }
            for (int w = 0; w < ways.size(); w++) {
                double[] t = samples.get(w).stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                ObjectNode o = out.putObject(ways.get(w));
                o.put("clicks", t.length)
                        .put("medianMillis", round(percentile(t, 50)))
                        .put("p10Millis", round(percentile(t, 10)))
                        .put("p90Millis", round(percentile(t, 90)));
                System.out.printf(
                        Locale.ROOT,
                        "click to DOM, %s: median %.2f ms (p10 %.2f, p90 %.2f), %d clicks%n",
                        ways.get(w),
                        percentile(t, 50),
                        percentile(t, 10),
                        percentile(t, 90),
                        t.length);
            }
            double ratio = out.at("/same-compiled/medianMillis").asDouble()
                    / out.at("/same-js/medianMillis").asDouble();
            out.put("compiledOverHandWritten", round(ratio));
            out.put(
                    "serverOverCompiled",
                    round(out.at("/same-server/medianMillis").asDouble()
                            / out.at("/same-compiled/medianMillis").asDouble()));
        }
    }

    /**
     * The CPU time one request's validation costs, measured as thread CPU time (so other load on the machine does
     * not count): Jackson's parse of the body alone, against the parse plus the checks that turn it into a typed
     * request. Rounds interleaved, medians.
     */
    private static void validationCost(ObjectNode out) throws Exception {
        DashApp app = FeaturesApp.app();
        io.jdash.server.internal.UpdateRequestReader reader =
                new io.jdash.server.internal.UpdateRequestReader(io.jdash.server.internal.Callbacks.load(
                        app.callbackClasses(),
                        app.clientsideCallbacks(),
                        ServerBenchmark.class.getClassLoader(),
                        app::memoCache));
        byte[] body = CALLBACK_BODY.getBytes(StandardCharsets.UTF_8);
        ObjectMapper mapper = io.jdash.server.internal.Http.JSON;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 200_000;
        double[] parse = new double[7];
        double[] validate = new double[7];
        long sink = 0;
        for (int round = 0; round < 9; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += mapper.readTree(body).size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += reader.read(body, io.jdash.server.internal.UpdateQuery.NONE)
                        .inputs()
                        .size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round >= 2) { // two rounds warm the JIT
                parse[round - 2] = (t1 - t0) / 1e3 / n;
                validate[round - 2] = (t2 - t1) / 1e3 / n;
            }
        }
        double p = median(parse);
        double v = median(validate);
        out.put("requestsPerRound", n)
                .put("parseMicros", round(p))
                .put("parseAndValidateMicros", round(v))
                .put("validationMicros", round(v - p))
                .put("checksum", sink % 7);
        System.out.printf(
                Locale.ROOT,
                "validation CPU per request: parse %.3f us, parse + validate %.3f us" + " (+%.3f us)%n",
                p,
                v,
                v - p);
    }

    private static void coldStart(ObjectNode out) throws Exception {
        List<Double> starts = new ArrayList<>();
        long rss = 0;
        long heapUsed = 0;
        for (int run = 0; run < 3; run++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            FeaturesApp.class.getName(),
                            String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + port + "/";
                String page = awaitPage(http, base, t0);
                starts.add((System.nanoTime() - t0) / 1e6);
                // load the page's files, the layout and the dependencies once, as a first visitor does
                Matcher src = Pattern.compile("src=\"/([^\"]+)\"").matcher(page);
                while (src.find()) {
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + src.group(1)))
                                    .header("Accept-Encoding", "gzip")
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "_dash-layout"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                Thread.sleep(1000);
                String jcmd =
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                run(jcmd, String.valueOf(p.pid()), "GC.run");
                Thread.sleep(500);
                rss = Math.max(rss, statusKb(p.pid(), "VmRSS"));
                heapUsed = Math.max(heapUsed, heapUsedKb(run(jcmd, String.valueOf(p.pid()), "GC.heap_info")));
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
        double[] sorted =
                starts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.put("toFirstPageMillisMedian", round(percentile(sorted, 50)));
        ArrayNode all = out.putArray("toFirstPageMillis");
        starts.forEach(s -> all.add(round(s)));
        out.put("idleRssMegabytes", round(rss / 1024.0));
        out.put("idleHeapUsedMegabytesAfterGc", round(heapUsed / 1024.0));
        out.put("jvm", "default flags, " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap");
        System.out.printf(
                Locale.ROOT,
                "cold start to first page: %s ms; idle RSS %.1f MB, heap used after GC %.1f" + " MB%n",
                starts,
                rss / 1024.0,
                heapUsed / 1024.0);
    }

    /** Polls {@code base} until it serves the page (200) and returns it; gives up a minute after {@code t0}. */
    static String awaitPage(HttpClient http, String base, long t0) throws Exception {
        while (System.nanoTime() - t0 < 60_000_000_000L) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException e) {
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("the app did not start");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static long heapUsedKb(String heapInfo) {
        Matcher m = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
