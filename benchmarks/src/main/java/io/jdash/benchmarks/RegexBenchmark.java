package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.JdashCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Regular expressions in the browser, side by side in one run: the gzip size of one-callback bundles using a regex
 * (constant patterns, translated at build time, next to the same app with TeaVM's class library as is and a
 * dynamic pattern, which still needs TeaVM's engine), and the time per call in node of compiled callbacks against
 * the same logic hand-written with {@code String.prototype.replace} and a RegExp literal. Prints a table and writes
 * {@code regex-benchmark.json} to the directory given as the first argument. Run with
 * {@code -Djdash.benchmark=io.jdash.benchmarks.RegexBenchmark}.
 */
public final class RegexBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final long TARGET_GZIP = 8_000;

    private RegexBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Files.createDirectories(results);
        Path work = Files.createTempDirectory("jdash-regex-bench");
        ObjectNode out = JSON.createObjectNode();
        out.put("java", System.getProperty("java.version"));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectNode sizes = out.putObject("sizesGzip");
        Map<String, String> features = new LinkedHashMap<>();
        features.put("s.replaceAll(\"[^a-z0-9]+\", \"-\")", "return s.replaceAll(\"[^a-z0-9]+\", \"-\");");
        features.put(
                "s.replaceAll(\"(\\\\w+)@(\\\\w+)\", \"$2 at $1\")",
                "return s.replaceAll(\"(\\\\w+)@(\\\\w+)\", \"$2 at $1\");");
        features.put("s.matches(\"\\\\p{L}+\")", "return String.valueOf(s.matches(\"\\\\p{L}+\"));");
        features.put("s.split(\"\\\\s*,\\\\s*\")", "return String.join(\"|\", s.split(\"\\\\s*,\\\\s*\"));");
        features.put("s.replaceAll(\"\\\\b\", \"|\")", "return s.replaceAll(\"\\\\b\", \"|\");");
        features.put("s.replaceAll(t, \"-\") (pattern not constant)", "return s.replaceAll(t, \"-\");");
        Path slugBundle = null;
        Path groupsBundle = null;
        int k = 0;
        for (Map.Entry<String, String> f : features.entrySet()) {
            String name = "Regex" + k++;
            Path classes = FixtureProject.compile(
                    work.resolve(name),
                    name,
                    FixtureProject.feature(name, "String", "String s, String t", f.getValue()));
            CompilationResult r = JdashCompiler.compile(
                    CompilerConfig.builder()
                            .scan(classes)
                            .outputDirectory(work.resolve(name + "-out/classes"))
                            .reportDirectory(work.resolve(name + "-out"))
                            .build(),
                    BuildListener.SILENT);
            ObjectNode c = sizes.putObject(f.getKey());
            c.put("jdash", r.sizeReport().bundles().get(0).gzipBytes());
            c.put("teavmClasslibAsIs", TeaVmOnly.gzip(classes, work.resolve(name + "-teavm")));
            if (k == 1) {
                slugBundle = r.bundleFile();
                ObjectNode t = out.putObject("target");
                t.put("case", f.getKey());
                t.put("limitGzip", TARGET_GZIP);
                t.put("gzip", c.get("jdash").asLong());
                t.put("met", c.get("jdash").asLong() <= TARGET_GZIP);
            } else if (k == 2) {
                groupsBundle = r.bundleFile();
            }
        }
        ObjectNode calls = out.putObject("nodeCallNanos");
        calls.set(
                "s.replaceAll(\"[^a-z0-9]+\", \"-\")",
                callSpeed(slugBundle, "Regex0_run", "(s) => s.replace(/[^a-z0-9]+/g, '-')", work));
        calls.set(
                "s.replaceAll(\"(\\\\w+)@(\\\\w+)\", \"$2 at $1\")",
                callSpeed(groupsBundle, "Regex1_run", "(s) => s.replace(/(\\w+)@(\\w+)/g, '$2 at $1')", work));
        Files.writeString(results.resolve("regex-benchmark.json"), JSON.writeValueAsString(out) + "\n");
        System.out.println(table(out));
    }

    /** Median ns per call of the compiled callback and the hand-written function, interleaved rounds in one node. */
    private static JsonNode callSpeed(Path bundle, String function, String handWritten, Path work)
            throws IOException, InterruptedException {
        String script = String.join(
                "\n",
                "const vm = require('vm'), fs = require('fs');",
                "globalThis.window = globalThis;",
                "window.dash_clientside = { set_props() {} };",
                "vm.runInThisContext(fs.readFileSync(process.argv[2], 'utf8'));",
                "const dc = window.dash_clientside;",
                "const compiled = dc.jdash." + function + ", hand = " + handWritten + ";",
                "const texts = ['Hello World! Quarterly report 2024', 'ann@example bo@test',"
                        + " 'Revenue, by region (EUR) - Q3', 'a-b_c d', 'ÜBER größe Straße 12', 'x'];",
                "function round(f, n) { let sink = 0; const t0 = process.hrtime.bigint();",
                "  for (let i = 0; i < n; i++) { sink += f(texts[i % 6], '').length; }",
                "  const t1 = process.hrtime.bigint(); if (sink < 0) console.log(sink); return Number(t1 - t0) / n; }",
                "for (const t of texts) { if (compiled(t, '') !== hand(t)) throw new Error(t + ': '"
                        + " + compiled(t, '') + ' vs ' + hand(t)); }",
                "for (let i = 0; i < 3; i++) { round(compiled, 100000); round(hand, 100000); }",
                "const a = [], b = [];",
                "for (let i = 0; i < 15; i++) { a.push(round(compiled, 100000)); b.push(round(hand, 100000)); }",
                "const med = (x) => x.sort((p, q) => p - q)[x.length >> 1];",
                "process.stdout.write(JSON.stringify({ compiled: med(a), handWritten: med(b) }));");
        Path js = work.resolve("regex-speed.cjs");
        Files.writeString(js, script);
        Process p = new ProcessBuilder("node", js.toString(), bundle.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(text);
        }
        ObjectNode node = (ObjectNode) JSON.readTree(text);
        node.put(
                "ratio",
                node.get("compiled").asDouble() / node.get("handWritten").asDouble());
        return node;
    }

    private static String table(ObjectNode out) {
        StringBuilder sb = new StringBuilder(
                String.format(Locale.ROOT, "  %-55s %9s %13s%n", "one callback", "gzip", "TeaVM as is"));
        out.get("sizesGzip")
                .fields()
                .forEachRemaining(e -> sb.append(String.format(
                        Locale.ROOT,
                        "  %-55s %,9d %,13d%n",
                        e.getKey(),
                        e.getValue().get("jdash").asLong(),
                        e.getValue().get("teavmClasslibAsIs").asLong())));
        JsonNode t = out.get("target");
        sb.append(String.format(
                Locale.ROOT,
                "target %s: %,d B gzip (limit %,d B: %s)%n",
                t.get("case").asText(),
                t.get("gzip").asLong(),
                t.get("limitGzip").asLong(),
                t.get("met").asBoolean() ? "met" : "NOT met"));
        out.get("nodeCallNanos")
                .fields()
                .forEachRemaining(e -> sb.append(String.format(
                        Locale.ROOT,
                        "call in node %s: compiled %.1f ns, hand-written %.1f ns, ratio %.2f%n",
                        e.getKey(),
                        e.getValue().get("compiled").asDouble(),
                        e.getValue().get("handWritten").asDouble(),
                        e.getValue().get("ratio").asDouble())));
        return sb.toString();
    }
}
