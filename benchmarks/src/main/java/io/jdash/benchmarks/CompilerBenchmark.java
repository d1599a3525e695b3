package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.minify.ClosureStep;
import io.jdash.compiler.report.Compression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures the compiler's size and speed targets side by side in one run: bundle sizes (one-callback app next to hand-written
 * JS, marginal bytes per callback, the size cliffs, each next to the same app built with TeaVM's class library as is
 * and to the previous run's figure, and the size targets), compile times (cold in a fresh JVM, warm, per phase) and
 * the time per call of a compiled callback against the same logic hand-written in JS, in node. Prints a table and
 * writes {@code compiler-benchmark.json} to the directory given as the first argument.
 */
public final class CompilerBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The hand-written equivalent of the one-callback app, as a user would put it in assets/. */
    static final String HAND_WRITTEN = "window.dash_clientside = Object.assign({}, window.dash_clientside, {\n"
            + "  hand: {\n"
            + "    label: function (clicks, name) {\n"
            + "      if (clicks === null || clicks === undefined) { throw window.dash_clientside.PreventUpdate; }\n"
            + "      return 'Hello ' + name + ', ' + clicks + ' clicks';\n"
            + "    }\n"
            + "  }\n"
            + "});\n";

    private CompilerBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--compile-once")) {
            compileOnce(Path.of(args[1]));
            return;
        }
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Files.createDirectories(results);
        Path resultFile = results.resolve("compiler-benchmark.json");
        JsonNode previous =
                Files.isRegularFile(resultFile) ? JSON.readTree(resultFile.toFile()) : JSON.createObjectNode();
        Path work = Files.createTempDirectory("jdash-bench");
        ObjectNode out = JSON.createObjectNode();
        out.put("java", System.getProperty("java.version"));
        out.put("cores", Runtime.getRuntime().availableProcessors());

        // sizes
        ObjectNode sizes = out.putObject("sizes");
        Path trivial = FixtureProject.compile(
                work.resolve("trivial"),
                "Trivial",
                FixtureProject.stringCallbacks("Trivial", 1).replace(" #0", ""));
        CompilationResult one = compile(trivial, work.resolve("trivial-out"), true);
        long oneGzip = one.sizeReport().bundles().get(0).gzipBytes();
        CompilationResult oneNoMap = compile(trivial, work.resolve("trivial-nomap"), false);
        ClosureStep.Output hand = ClosureStep.simple("hand.js", HAND_WRITTEN, null);
        byte[] handBytes = hand.code().getBytes(StandardCharsets.UTF_8);
        sizes.put("oneCallbackGzip", oneGzip);
        sizes.put("oneCallbackTeavmOnlyGzip", TeaVmOnly.gzip(trivial, work.resolve("trivial-teavm")));
        sizes.put(
                "oneCallbackPreviousGzip",
                previous.path("sizes").path("oneCallbackGzip").asLong(-1));
        sizes.put("oneCallbackRaw", one.sizeReport().bundles().get(0).bytes());
        sizes.put("oneCallbackBrotli", one.sizeReport().bundles().get(0).brotliBytes());
        sizes.put(
                "oneCallbackGzipWithoutSourceMapComment",
                oneNoMap.sizeReport().bundles().get(0).gzipBytes());
        sizes.put("handWrittenGzip", Compression.gzip(handBytes));
        sizes.put("handWrittenRaw", handBytes.length);
        sizes.put("prototypeOneCallbackGzip", 3952);

        Map<Integer, Long> byCount = new LinkedHashMap<>();
        for (int n : new int[] {1, 2, 5, 10, 20}) {
            Path classes = FixtureProject.compile(
                    work.resolve("n" + n), "Many" + n, FixtureProject.stringCallbacks("Many" + n, n));
            byCount.put(
                    n,
                    compile(classes, work.resolve("n" + n + "-out"), true)
                            .sizeReport()
                            .bundles()
                            .get(0)
                            .gzipBytes());
        }
        ObjectNode marginal = sizes.putObject("gzipByCallbackCount");
        byCount.forEach((n, g) -> marginal.put(String.valueOf(n), g));
        sizes.put("marginalGzipPerCallback", (byCount.get(20) - byCount.get(1)) / 19.0);

        ObjectNode cliffs = sizes.putObject("cliffs");
        Map<String, String[]> features = new LinkedHashMap<>();
        features.put(
                "String.format(\"%.2f\", x)",
                new String[] {"String", "Double x, String b", "return String.format(\"%.2f\", x);", "59900"});
        features.put("\"\" + double", new String[] {"String", "Double x, String b", "return \"\" + x;", "16100"});
        features.put("LocalDate.parse + plusDays + toString", new String[] {
            "String", "String s, Integer n", "return LocalDate.parse(s).plusDays(n).toString();", "102800"
        });
        features.put("LocalDateTime.parse + plusSeconds + toString", new String[] {
            "String", "String s, Integer n", "return LocalDateTime.parse(s).plusSeconds(n).toString();", "-1"
        });
        features.put("DateTimeFormatter.ofPattern(\"dd/MM/yyyy\") parse + plusDays + format", new String[] {
            "String",
            "String s, Integer n",
            "java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter"
                    + ".ofPattern(\"dd/MM/yyyy\"); return LocalDate.parse(s, f).plusDays(n).format(f);",
            "123100"
        });
        features.put("regex", new String[] {"String", "String s, String p", "return s.replaceAll(p, \"-\");", "41600"});
        features.put(
                "s.split(\",\")",
                new String[] {"Object", "String s, String t", "return Arrays.asList(s.split(\",\"));", "-1"});
        features.put(
                "Double.parseDouble",
                new String[] {"double", "String s, String t", "return Double.parseDouble(s);", "-1"});
        features.put("Integer.parseInt + Long.decode", new String[] {
            "String", "String s, String t", "return Integer.parseInt(s) + \",\" + Long.decode(t);", "-1"
        });
        features.put(
                "Float.parseFloat", new String[] {"double", "String s, String t", "return Float.parseFloat(s);", "-1"});
        features.put(
                "Math.fma + Math.scalb",
                new String[] {"double", "Double x, Double y", "return Math.fma(x, y, 1.0) + Math.scalb(x, 3);", "-1"});
        features.put("Duration parts", new String[] {
            "String",
            "Integer n, String t",
            "Duration d = Duration.ofSeconds(n); return d.toHoursPart() + \":\" + d.toMinutesPart() + \":\""
                    + " + d.toSecondsPart();",
            "-1"
        });
        features.put("DecimalFormat(\"#,##0.00\")", new String[] {
            "String", "Double x, String t", "return new java.text.DecimalFormat(\"#,##0.00\").format(x);", "55900"
        });
        features.put("HashMap + ArrayList + TreeMap", new String[] {
            "Object",
            "String s, String t",
            "Map<String, Integer> m = new HashMap<>(); m.put(s, 1); List<String> l = new ArrayList<>(m.keySet());"
                    + " return new TreeMap<>(Map.of(t, l));",
            "7700"
        });
        features.put("streams", new String[] {
            "Object",
            "Integer n, String t",
            "return java.util.stream.IntStream.range(0, n).mapToObj(i -> t + i).filter(x -> !x.isEmpty())"
                    + ".toList();",
            "6400"
        });
        int k = 0;
        for (Map.Entry<String, String[]> f : features.entrySet()) {
            String[] v = f.getValue();
            String name = "Feature" + k++;
            Path classes =
                    FixtureProject.compile(work.resolve(name), name, FixtureProject.feature(name, v[0], v[1], v[2]));
            CompilationResult r = compile(classes, work.resolve(name + "-out"), true);
            ObjectNode c = cliffs.putObject(f.getKey());
            c.put("gzip", r.sizeReport().bundles().get(0).gzipBytes());
            c.put("raw", r.sizeReport().bundles().get(0).bytes());
            c.put("teavmOnlyGzip", TeaVmOnly.gzip(classes, work.resolve(name + "-teavm")));
            c.put(
                    "previousGzip",
                    previous.path("sizes")
                            .path("cliffs")
                            .path(f.getKey())
                            .path("gzip")
                            .asLong(-1));
            c.put("teavmClasslibGzipFromPrototype", Long.parseLong(v[3]));
        }

        ObjectNode targets = sizes.putObject("targets");
        target(
                targets,
                "one-callback string-concatenation app",
                3_000,
                sizes.get("oneCallbackGzip").asLong(),
                sizes.get("oneCallbackTeavmOnlyGzip").asLong(),
                sizes.get("oneCallbackPreviousGzip").asLong());
        for (String[] t : new String[][] {
            {"String.format(\"%.2f\", x)", "12000"},
            {"\"\" + double", "6000"},
            {"LocalDate.parse + plusDays + toString", "30000"},
            {"Double.parseDouble", "5000"},
            {"DecimalFormat(\"#,##0.00\")", "12000"}
        }) {
            JsonNode c = cliffs.get(t[0]);
            target(
                    targets,
                    t[0],
                    Long.parseLong(t[1]),
                    c.get("gzip").asLong(),
                    c.get("teavmOnlyGzip").asLong(),
                    c.get("previousGzip").asLong());
        }

        // compile times
        ObjectNode times = out.putObject("compileMillis");
        Path twenty = work.resolve("n20/classes");
        long cold = coldCompile(twenty);
        times.put("cold20CallbacksFreshJvm", cold);
        List<Long> warm = new ArrayList<>();
        Map<String, Long> phases = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Long> p = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            JdashCompiler.compile(
                    CompilerConfig.builder()
                            .scan(twenty)
                            .reportDirectory(work.resolve("warm" + i))
                            .outputDirectory(work.resolve("warm" + i + "/classes"))
                            .build(),
                    new BuildListener() {
                        @Override
                        public void phase(String name, long millis) {
                            p.merge(name, millis, Long::sum);
                        }
                    });
            if (i > 0) {
                warm.add((System.nanoTime() - t0) / 1_000_000);
                p.forEach((name, ms) -> phases.merge(name, ms, Long::sum));
            }
        }
        times.put("warm20CallbacksMedian", median(warm));
        ObjectNode phaseNode = times.putObject("warmPhasesMean");
        phases.forEach((name, ms) -> phaseNode.put(name, ms / 3));

        // call speed in node
        ObjectNode calls = out.putObject("nodeCallNanos");
        Map<String, Double> speed = callSpeed(one.bundleFile(), work);
        speed.forEach(calls::put);
        calls.put("ratioCompiledToHandWritten", speed.get("compiled") / speed.get("handWritten"));

        Files.writeString(resultFile, JSON.writeValueAsString(out) + "\n");
        System.out.println(table(out));
    }

    /**
     * One bundle size target (KB read as 1,000 B): the limit, the figure, whether it is met, the same app with
     * TeaVM's class library as is, and the previous run's figure (-1 if none).
     */
    private static void target(ObjectNode targets, String name, long limit, long gzip, long teavmOnly, long previous) {
        ObjectNode t = targets.putObject(name);
        t.put("limitGzip", limit);
        t.put("gzip", gzip);
        t.put("met", gzip <= limit);
        t.put("teavmOnlyGzip", teavmOnly);
        t.put("previousGzip", previous);
    }

    private static CompilationResult compile(Path classes, Path out, boolean maps) throws Exception {
        return JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .outputDirectory(out.resolve("classes"))
                        .reportDirectory(out)
                        .sourceMaps(maps)
                        .build(),
                BuildListener.SILENT);
    }

    private static void compileOnce(Path classes) throws Exception {
        Path out = Files.createTempDirectory("jdash-cold");
        long t0 = System.nanoTime();
        compile(classes, out, true);
        System.out.println("COLD_MS=" + (System.nanoTime() - t0) / 1_000_000);
    }

    /** Compiles in a fresh JVM (class loading and JIT included) and returns the compile's own milliseconds. */
    private static long coldCompile(Path classes) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CompilerBenchmark.class.getName(),
                        "--compile-once",
                        classes.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.MINUTES);
        for (String line : text.split("\n")) {
            if (line.startsWith("COLD_MS=")) {
                return Long.parseLong(line.substring(8).trim());
            }
        }
        throw new IllegalStateException("cold compile failed:\n" + text);
    }

    /** Median ns per call of the compiled callback and the hand-written one, interleaved rounds in one node. */
    private static Map<String, Double> callSpeed(Path bundle, Path work) throws IOException, InterruptedException {
        String script = String.join(
                "\n",
                "const vm = require('vm'), fs = require('fs');",
                "globalThis.window = globalThis;",
                "window.dash_clientside = { set_props() {} };",
                "vm.runInThisContext(fs.readFileSync(process.argv[3], 'utf8'));",
                "vm.runInThisContext(fs.readFileSync(process.argv[2], 'utf8'));",
                "const dc = window.dash_clientside;",
                "Object.defineProperty(dc, 'no_update', { value: {}, writable: false });",
                "Object.defineProperty(dc, 'PreventUpdate', { value: {}, writable: false });",
                "const compiled = dc.jdash.Trivial_label0, hand = dc.hand.label;",
                "const names = ['Ann', 'Bo', 'Cy', 'Dee'];",
                "function round(f, n) { let sink = 0; const t0 = process.hrtime.bigint();",
                "  for (let i = 0; i < n; i++) { sink += f(i, names[i & 3]).length; }",
                "  const t1 = process.hrtime.bigint(); if (sink < 0) console.log(sink); return Number(t1 - t0) / n; }",
                "for (let i = 0; i < 3; i++) { round(compiled, 200000); round(hand, 200000); }",
                "const a = [], b = [];",
                "for (let i = 0; i < 15; i++) { a.push(round(compiled, 200000)); b.push(round(hand, 200000)); }",
                "const med = (x) => x.sort((p, q) => p - q)[x.length >> 1];",
                "if (compiled(3, 'Ann') !== hand(3, 'Ann')) throw new Error(compiled(3, 'Ann'));",
                "process.stdout.write(JSON.stringify({ compiled: med(a), handWritten: med(b) }));");
        Path js = work.resolve("speed.cjs");
        Files.writeString(js, script);
        Path handFile = work.resolve("hand.js");
        Files.writeString(handFile, HAND_WRITTEN);
        Process p = new ProcessBuilder("node", js.toString(), bundle.toString(), handFile.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(text);
        }
        var node = JSON.readTree(text);
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("compiled", node.get("compiled").asDouble());
        result.put("handWritten", node.get("handWritten").asDouble());
        return result;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String table(ObjectNode out) {
        StringBuilder sb = new StringBuilder();
        var s = out.get("sizes");
        sb.append(String.format(
                Locale.ROOT,
                "one-callback app: %,d B gzip (%,d B raw, %,d B brotli; %,d B gzip"
                        + " without the source map comment); hand-written JS: %,d B gzip; prototype: %,d B%n",
                s.get("oneCallbackGzip").asLong(),
                s.get("oneCallbackRaw").asLong(),
                s.get("oneCallbackBrotli").asLong(),
                s.get("oneCallbackGzipWithoutSourceMapComment").asLong(),
                s.get("handWrittenGzip").asLong(),
                s.get("prototypeOneCallbackGzip").asLong()));
        sb.append("gzip by callback count: ")
                .append(s.get("gzipByCallbackCount"))
                .append(String.format(
                        Locale.ROOT,
                        "; marginal %.0f B per callback%n",
                        s.get("marginalGzipPerCallback").asDouble()));
        sb.append(String.format(Locale.ROOT, "  %-70s %9s %13s %9s%n", "cliff", "gzip", "TeaVM only", "previous"));
        s.get("cliffs")
                .fields()
                .forEachRemaining(e -> sb.append(String.format(
                        Locale.ROOT,
                        "  %-70s %,9d %,13d %,9d%n",
                        e.getKey(),
                        e.getValue().get("gzip").asLong(),
                        e.getValue().get("teavmOnlyGzip").asLong(),
                        e.getValue().get("previousGzip").asLong())));
        s.get("targets")
                .fields()
                .forEachRemaining(e -> sb.append(String.format(
                        Locale.ROOT,
                        "target %-50s %,7d B gzip (limit %,d B: %s; TeaVM only %,d B; previous %,d B)%n",
                        e.getKey(),
                        e.getValue().get("gzip").asLong(),
                        e.getValue().get("limitGzip").asLong(),
                        e.getValue().get("met").asBoolean() ? "met" : "NOT met",
                        e.getValue().get("teavmOnlyGzip").asLong(),
                        e.getValue().get("previousGzip").asLong())));
        var t = out.get("compileMillis");
        sb.append(String.format(
                Locale.ROOT,
                "20-callback compile: cold %,d ms (fresh JVM), warm median %,d ms;" + " warm phases %s%n",
                t.get("cold20CallbacksFreshJvm").asLong(),
                t.get("warm20CallbacksMedian").asLong(),
                t.get("warmPhasesMean")));
        var c = out.get("nodeCallNanos");
        sb.append(String.format(
                Locale.ROOT,
                "call in node: compiled %.1f ns, hand-written %.1f ns, ratio %.2f%n",
                c.get("compiled").asDouble(),
                c.get("handWritten").asDouble(),
                c.get("ratioCompiledToHandWritten").asDouble()));
        return sb.toString();
    }
}
