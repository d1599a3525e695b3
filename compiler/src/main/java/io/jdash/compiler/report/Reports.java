package io.jdash.compiler.report;

import io.jdash.compiler.bundle.OutputFiles;
import io.jdash.compiler.bundle.WrittenFiles;
import io.jdash.compiler.codegen.AdapterSource;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.teavm.Reachability;
import io.jdash.contract.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the size report of a build and writes it as {@code size-report.json}, {@code .txt} and {@code .html}. */
public final class Reports {
    private Reports() {}

    /**
     * The size report: each browser callback's own code and the shared code, attributed through the bundle's source
     * map; a callback without a function in the bundle is listed as running on the server.
     *
     * @param adapter the generated adapters, or null when no callback runs in the browser
     * @param reachability what TeaVM found each callback reaches, or null with {@code adapter}
     * @param code the bundle's code, or null
     * @param map its source map, or null
     */
    public static SizeReport sizeReport(
            AdapterSource adapter,
            Reachability reachability,
            String code,
            String map,
            List<SizeReport.Bundle> bundles,
            List<CallbackMethod> browser) {
        List<SizeReport.SourceSize> sources = new ArrayList<>();
        long[] shared = new long[2];
        Map<String, SizeReport.CallbackSize> sizes = new LinkedHashMap<>();
        if (adapter != null && map != null) {
            Map<String, String> methods = new LinkedHashMap<>();
            adapter.functions().forEach((cb, fn) -> methods.put(fn, cb.methodKey()));
            for (SizeReport.CallbackSize s : SizeAttribution.attribute(
                    code,
                    map,
                    reachability,
                    adapter.className().replace('.', '/') + ".java",
                    adapter.lines(),
                    methods,
                    sources,
                    shared)) {
                sizes.put(s.function(), s);
            }
        }
        List<SizeReport.CallbackSize> callbacks = new ArrayList<>();
        for (CallbackMethod cb : browser) {
            String fn = adapter != null ? adapter.functions().get(cb) : null;
            if (fn != null && sizes.containsKey(fn)) {
                callbacks.add(sizes.get(fn));
            } else {
                callbacks.add(new SizeReport.CallbackSize(
                        null, cb.methodKey(), Manifest.Runs.SERVER.wireName(), 0, 0, List.of()));
            }
        }
        return new SizeReport(bundles, callbacks, shared[0], shared[1], sources);
    }

    /**
     * Writes the report into {@code directory}, and {@code size-report-diff.md} when a baseline report is given.
     *
     * @return the plain-text table, for the build log
     */
    public static String write(SizeReport report, Path directory, Path baseline, WrittenFiles out) throws IOException {
        String table = SizeTable.render(report);
        out.write(
                directory.resolve("size-report.json"),
                (OutputFiles.JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(directory.resolve("size-report.txt"), table.getBytes(StandardCharsets.UTF_8));
        out.write(
                directory.resolve("size-report.html"), HtmlReport.render(report).getBytes(StandardCharsets.UTF_8));
        if (baseline != null) {
            SizeReport before = OutputFiles.JSON.readValue(baseline.toFile(), SizeReport.class);
            out.write(
                    directory.resolve("size-report-diff.md"),
                    BaselineDiff.render(before, report).getBytes(StandardCharsets.UTF_8));
        }
        return table;
    }
}
