package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.JdashCompiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Number formats in one run: the gzip size of a one-callback bundle using {@code DecimalFormat("#,##0.00")} next to
 * the same app with TeaVM's class library as is, and the time per call in node of that callback (a format made per
 * call, and one kept in a static field) against hand-written JS with {@code Intl.NumberFormat} (made per call, and
 * kept). Writes {@code locale-benchmark.json} to the directory given as the first argument.
 */
public final class LocaleBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final String SOURCE = "package bench;\nimport io.jdash.api.*;\nimport java.text.DecimalFormat;\n"
            + "public final class Money {\n"
            + "  private static final DecimalFormat KEPT = new DecimalFormat(\"#,##0.00\");\n"
            + "  @Clientside @Callback(outputs = \"out.children\", inputs = \"a.value\")\n"
            + "  public static String perCall(Double x) { return new DecimalFormat(\"#,##0.00\").format(x); }\n"
            + "  @Clientside @Callback(outputs = \"kept.children\", inputs = \"k.value\")\n"
            + "  public static String kept(Double x) { return KEPT.format(x); }\n"
            + "}\n";
    private static final String ONE = "package bench;\nimport io.jdash.api.*;\nimport java.text.DecimalFormat;\n"
            + "public final class Money1 {\n"
            + "  @Clientside @Callback(outputs = \"out.children\", inputs = \"a.value\")\n"
            + "  public static String perCall(Double x) { return new DecimalFormat(\"#,##0.00\").format(x); }\n"
            + "}\n";

    private LocaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Files.createDirectories(results);
        Path work = Files.createTempDirectory("jdash-locale-bench");
        ObjectNode out = JSON.createObjectNode();
        out.put("java", System.getProperty("java.version"));
        out.put("cores", Runtime.getRuntime().availableProcessors());

        Path one = FixtureProject.compile(work.resolve("one"), "Money1", ONE);
        CompilationResult oneResult = compile(one, work.resolve("one-out"));
        ObjectNode sizes = out.putObject("sizes");
        long gzip = oneResult.sizeReport().bundles().get(0).gzipBytes();
        sizes.put("decimalFormatOneCallbackGzip", gzip);
        sizes.put("decimalFormatOneCallbackTeavmOnlyGzip", TeaVmOnly.gzip(one, work.resolve("one-teavm")));
        sizes.put("limitGzip", 12_000);
        sizes.put("met", gzip <= 12_000);

        Path both = FixtureProject.compile(work.resolve("both"), "Money", SOURCE);
        CompilationResult bothResult = compile(both, work.resolve("both-out"));
        String script = String.join(
                "\n",
                "const vm = require('vm'), fs = require('fs');",
                "globalThis.window = globalThis;",
                "window.dash_clientside = { set_props() {} };",
                "vm.runInThisContext(fs.readFileSync(process.argv[2], 'utf8'));",
                "const dc = window.dash_clientside;",
                "Object.defineProperty(dc, 'no_update', { value: {}, writable: false });",
                "Object.defineProperty(dc, 'PreventUpdate', { value: {}, writable: false });",
                "const perCall = dc.jdash.Money_perCall, kept = dc.jdash.Money_kept;",
                "const opts = { minimumFractionDigits: 2, maximumFractionDigits: 2 };",
                "const handPerCall = (x) => new Intl.NumberFormat('en-US', opts).format(x);",
                "const intl = new Intl.NumberFormat('en-US', opts); const handKept = (x) => intl.format(x);",
                "const xs = []; for (let i = 0; i < 1024; i++) xs.push((i * 7919.37) % 1e6 - 2e5);",
                "for (const x of xs) { if (perCall(x) !== handKept(x) || kept(x) !== handKept(x))"
                        + " throw new Error(x + ': ' + perCall(x) + ' vs ' + handKept(x)); }",
                "function round(f, n) { let sink = 0; const t0 = process.hrtime.bigint();",
                "  for (let i = 0; i < n; i++) { sink += f(xs[i & 1023]).length; }",
                "  const t1 = process.hrtime.bigint(); if (sink < 0) console.log(sink); return Number(t1 - t0) / n; }",
                "const fs4 = [perCall, kept, handPerCall, handKept];",
                "for (let i = 0; i < 3; i++) for (const f of fs4) round(f, 20000);",
                "const r = [[], [], [], []];",
                "for (let i = 0; i < 11; i++) fs4.forEach((f, k) => r[k].push(round(f, 20000)));",
                "const med = (x) => x.sort((p, q) => p - q)[x.length >> 1];",
                "process.stdout.write(JSON.stringify({ compiledPerCall: med(r[0]), compiledKept: med(r[1]),"
                        + " intlPerCall: med(r[2]), intlKept: med(r[3]) }));");
        Path js = work.resolve("speed.cjs");
        Files.writeString(js, script);
        Process p = new ProcessBuilder(
                        "node", js.toString(), bothResult.bundleFile().toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(text);
        }
        var speed = JSON.readTree(text);
        ObjectNode calls = out.putObject("nodeCallNanos");
        speed.fields().forEachRemaining(e -> calls.put(e.getKey(), e.getValue().asDouble()));
        calls.put(
                "ratioPerCall",
                speed.get("compiledPerCall").asDouble()
                        / speed.get("intlPerCall").asDouble());
        calls.put(
                "ratioKept",
                speed.get("compiledKept").asDouble() / speed.get("intlKept").asDouble());
        Files.writeString(results.resolve("locale-benchmark.json"), JSON.writeValueAsString(out) + "\n");
        System.out.println(String.format(
                Locale.ROOT,
                "DecimalFormat(\"#,##0.00\") one-callback bundle: %,d B gzip"
                        + " (TeaVM's class library as is: %,d B; limit 12,000 B: %s)%n"
                        + "call in node: per call %.0f ns vs Intl.NumberFormat per call %.0f ns (ratio %.2f); kept format"
                        + " %.0f ns vs kept Intl.NumberFormat %.0f ns (ratio %.2f)",
                gzip,
                sizes.get("decimalFormatOneCallbackTeavmOnlyGzip").asLong(),
                gzip <= 12_000 ? "met" : "NOT met",
                calls.get("compiledPerCall").asDouble(),
                calls.get("intlPerCall").asDouble(),
                calls.get("ratioPerCall").asDouble(),
                calls.get("compiledKept").asDouble(),
                calls.get("intlKept").asDouble(),
                calls.get("ratioKept").asDouble()));
    }

    private static CompilationResult compile(Path classes, Path out) throws Exception {
        return JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .outputDirectory(out.resolve("classes"))
                        .reportDirectory(out)
                        .build(),
                BuildListener.SILENT);
    }
}
