package io.jdash.compiler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.bundle.DashWrapper;
import io.jdash.compiler.bundle.OutputFiles;
import io.jdash.compiler.codegen.AdapterCompiler;
import io.jdash.compiler.codegen.AdapterGenerator;
import io.jdash.compiler.codegen.AdapterSource;
import io.jdash.compiler.incremental.Fingerprint;
import io.jdash.compiler.manifest.Manifest;
import io.jdash.compiler.minify.ClosureStep;
import io.jdash.compiler.report.BaselineDiff;
import io.jdash.compiler.report.Budgets;
import io.jdash.compiler.report.Compression;
import io.jdash.compiler.report.HtmlReport;
import io.jdash.compiler.report.SizeAttribution;
import io.jdash.compiler.report.SizeReport;
import io.jdash.compiler.report.SizeTable;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.CallbackScanner;
import io.jdash.compiler.scan.CallbackValidator;
import io.jdash.compiler.scan.ClassIndex;
import io.jdash.compiler.surface.SurfaceCheck;
import io.jdash.compiler.surface.SurfaceMap;
import io.jdash.compiler.teavm.RuntimeClasspath;
import io.jdash.compiler.teavm.TeaVmStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The jdash compiler: scans compiled classes for {@code @Callback} methods, validates them, compiles the
 * {@code @Clientside} ones into one JavaScript bundle (generated adapters, TeaVM, Closure), and writes the bundle,
 * its source map, the manifest and the size report.
 *
 * <pre>{@code
 * CompilerConfig config = CompilerConfig.builder()
 *         .scan(Path.of("target/classes"))
 *         .reportDirectory(Path.of("target/jdash"))
 *         .build();
 * CompilationResult result = JdashCompiler.compile(config, BuildListener.SILENT);
 * }</pre>
 *
 * <p>It never logs, prints or exits: everything it has to say goes to the {@link BuildListener}, the result or the
 * exception. Problems in the user's code are collected and thrown together as a {@link CompilationFailedException}.
 */
public final class JdashCompiler {
    /** Where the manifest lives on the class path. */
    public static final String MANIFEST_PATH = "META-INF/jdash/manifest.json";
    /** Where bundles live on the class path. */
    public static final String ASSETS_PATH = "META-INF/jdash/assets/";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final CompilerConfig config;
    private final BuildListener listener;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    private JdashCompiler(CompilerConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /** The compiler's version, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = JdashCompiler.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /**
     * Runs the whole pipeline.
     *
     * @throws CompilationFailedException when the user's callbacks or configuration are wrong (every error listed)
     * @throws IOException when reading classes or writing outputs fails
     */
    public static CompilationResult compile(CompilerConfig config, BuildListener listener)
            throws CompilationFailedException, IOException {
        return new JdashCompiler(config, listener).run();
    }

    private void report(Diagnostic d) {
        diagnostics.add(d);
        listener.diagnostic(d);
    }

    private void failIfErrors() throws CompilationFailedException {
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new CompilationFailedException(diagnostics);
        }
    }

    private String buildReason;
    private SurfaceCheck.Result surface;

    private CompilationResult run() throws CompilationFailedException, IOException {
        if (config.minify() == MinifyLevel.ADVANCED) {
            report(DiagnosticCode.ADVANCED_REFUSED.error(null, 0, "minify", "minify=ADVANCED is refused: Closure's"
                    + " ADVANCED mode renames the properties through which TeaVM installs and calls virtual methods,"
                    + " and the bundle fails at run time (every callback that makes a virtual call)"));
            failIfErrors();
        }
        long t0 = System.nanoTime();
        Path fingerprintFile = config.reportDirectory().resolve("fingerprint.json");
        Fingerprint fingerprint = Fingerprint.of(version(), Fingerprint.hash(config.outputShapingSettings()
                .getBytes(StandardCharsets.UTF_8)), config.scanRoots(), config.classpath());
        String reason = config.force() ? "it was forced" : fingerprint.changeSince(readFingerprint(fingerprintFile));
        phase("fingerprint", t0);
        if (reason == null) {
            CompilationResult previous = previousResult();
            if (previous != null) {
                return previous;
            }
            reason = "an output is missing";
        }
        buildReason = reason;
        listener.building(reason);
        Files.deleteIfExists(fingerprintFile);
        CompilationResult result = build();
        Files.createDirectories(fingerprintFile.getParent());
        write(fingerprintFile, JSON.writeValueAsBytes(fingerprint));
        return result;
    }

    private static Fingerprint readFingerprint(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), Fingerprint.class) : null;
        } catch (IOException e) {
            return null; // unreadable: build again
        }
    }

    /** The result of the previous build, if all its outputs are still there; else null. */
    private CompilationResult previousResult() {
        try {
            Path manifestFile = config.outputDirectory().resolve(MANIFEST_PATH);
            Path reportFile = config.reportDirectory().resolve("size-report.json");
            Path tableFile = config.reportDirectory().resolve("size-report.txt");
            if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(reportFile)
                    || !Files.isRegularFile(tableFile)) {
                return null;
            }
            Manifest manifest = JSON.readValue(manifestFile.toFile(), Manifest.class);
            Path bundle = null;
            for (Manifest.Bundle b : manifest.bundles()) {
                bundle = config.outputDirectory().resolve(b.path());
                if (!Files.isRegularFile(bundle) || b.sourceMap() != null
                        && !Files.isRegularFile(config.outputDirectory().resolve(b.sourceMap()))) {
                    return null;
                }
            }
            return new CompilationResult(manifest, manifestFile, bundle,
                    JSON.readValue(reportFile.toFile(), SizeReport.class), Files.readString(tableFile), List.of(),
                    List.of(), null);
        } catch (IOException e) {
            return null;
        }
    }

    private CompilationResult build() throws CompilationFailedException, IOException {
        List<Path> indexRoots = new ArrayList<>(config.scanRoots());
        indexRoots.addAll(config.classpath());
        indexRoots.addAll(RuntimeClasspath.entries());
        try (ClassIndex index = new ClassIndex(indexRoots)) {
            long t0 = System.nanoTime();
            CallbackScanner.Result scan = CallbackScanner.scan(config.scanRoots(), index);
            scan.diagnostics().forEach(this::report);
            CallbackValidator.validate(scan.callbacks(), index).forEach(this::report);
            phase("scan", t0);
            failIfErrors();
            List<CallbackMethod> browser = scan.callbacks().stream().filter(CallbackMethod::clientside).toList();
            surface = SurfaceCheck.check(browser, index, SurfaceMap.shipped(), Set.copyOf(config.acknowledgedMethods()));
            surface.warnings().forEach(this::report);
            return build(browser, index);
        }
    }

    private void phase(String name, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        listener.phase(name, ms);
    }

    private CompilationResult build(List<CallbackMethod> browser, ClassIndex index)
            throws CompilationFailedException, IOException {
        Map<CallbackMethod, String> demoted = new LinkedHashMap<>();
        List<CallbackMethod> candidates = new ArrayList<>(browser);
        List<Path> javacClasspath = new ArrayList<>(config.scanRoots());
        javacClasspath.addAll(config.classpath());
        javacClasspath.addAll(RuntimeClasspath.entries());
        List<Path> userClasspath = new ArrayList<>(config.scanRoots());
        userClasspath.addAll(config.classpath());
        while (!candidates.isEmpty()) {
            long t0 = System.nanoTime();
            AdapterSource adapter = AdapterGenerator.generate(candidates, index);
            Path generated;
            try {
                generated = AdapterCompiler.compile(adapter, javacClasspath, config.workDirectory());
            } catch (IllegalStateException e) {
                report(DiagnosticCode.ADAPTER_FAILED.error(null, 0, AdapterGenerator.ENTRY_CLASS, e.getMessage()));
                throw new CompilationFailedException(diagnostics);
            }
            phase("codegen", t0);
            t0 = System.nanoTime();
            TeaVmStep.Output out = TeaVmStep.compile(adapter.className(), Set.copyOf(adapter.functions().values()),
                    generated, userClasspath, config.workDirectory(), config.strict(), true, listener);
            phase("teavm", t0);
            if (out.problems().isEmpty() && out.js() != null) {
                reportDivergences(out);
                return finish(adapter, out, demoted, browser);
            }
            Map<String, CallbackMethod> byFunction = new LinkedHashMap<>();
            adapter.functions().forEach((cb, fn) -> byFunction.put(fn, cb));
            Set<CallbackMethod> unsupported = new LinkedHashSet<>();
            for (TeaVmStep.Unsupported p : out.problems()) {
                if (p.chains().isEmpty()) {
                    report(DiagnosticCode.TEAVM_FAILED.error(p.file(), p.line(), null, p.text()));
                    continue;
                }
                for (Map.Entry<String, List<String>> chain : p.chains().entrySet()) {
                    CallbackMethod cb = byFunction.get(chain.getKey());
                    String path = String.join(" -> ", chain.getValue());
                    String reason = p.text() + " (" + path + (p.file() != null ? ", at " + p.file() + ":" + p.line()
                            : "") + ")";
                    unsupported.add(cb);
                    demoted.merge(cb, reason, (a, b) -> a + "; " + b);
                    if (config.onUnsupported() == OnUnsupported.FAIL) {
                        report(DiagnosticCode.UNSUPPORTED_CODE.error(cb.sourceFile(), cb.line(), cb.element(),
                                "@Clientside " + cb.displayName() + " cannot run in the browser: " + p.text()
                                        + "\n    call chain: " + path
                                        + (p.file() != null ? "\n    at " + p.file() + ":" + p.line() : "")));
                    }
                }
            }
            failIfErrors();
            for (CallbackMethod cb : unsupported) {
                listener.info("jdash: " + cb.displayName() + " runs on the server: " + demoted.get(cb));
            }
            candidates.removeAll(unsupported);
        }
        return finish(null, null, demoted, browser);
    }

    private void reportDivergences(TeaVmStep.Output out) {
        for (TeaVmStep.DivergentCall call : out.divergentCalls()) {
            report(call.code().at(Severity.WARNING, call.file(), call.line(), null, call.method() + " "
                    + call.message() + " (in " + String.join(", ", call.functions()) + ")"));
        }
    }

    private CompilationResult finish(AdapterSource adapter, TeaVmStep.Output out, Map<CallbackMethod, String> demoted,
            List<CallbackMethod> browser) throws CompilationFailedException, IOException {
        Path assets = config.outputDirectory().resolve(ASSETS_PATH);
        String bundlePath = null;
        String mapPath = null;
        byte[] bundleBytes = null;
        String finalCode = null;
        String finalMap = null;
        if (adapter != null) {
            long t0 = System.nanoTime();
            List<String> functions = new ArrayList<>(adapter.functions().values());
            Map<String, Long> memoized = new LinkedHashMap<>();
            adapter.functions().forEach((cb, fn) -> {
                if (cb.memoizeMillis() != null) {
                    memoized.put(fn, cb.memoizeMillis());
                }
            });
            String wrapped = DashWrapper.wrap(out.js(), config.namespace(), functions, memoized);
            String map = out.sourceMap() != null ? DashWrapper.shiftSourceMap(fixSourceRoot(out.sourceMap())) : null;
            if (config.minify() == MinifyLevel.SIMPLE) {
                ClosureStep.Output min = ClosureStep.simple(config.bundleName() + ".js", wrapped, map);
                if (!min.errors().isEmpty()) {
                    for (String e : min.errors()) {
                        report(DiagnosticCode.CLOSURE_FAILED.error(null, 0, "closure", e));
                    }
                    throw new CompilationFailedException(diagnostics);
                }
                wrapped = min.code();
                map = min.sourceMap();
            }
            phase("closure", t0);
            t0 = System.nanoTime();
            String hash = OutputFiles.contentHash(wrapped.getBytes(StandardCharsets.UTF_8), 8);
            String fileName = config.bundleName() + "." + hash + ".js";
            bundlePath = ASSETS_PATH + fileName;
            finalCode = wrapped;
            finalMap = map;
            String served = config.sourceMaps() && map != null
                    ? wrapped + "\n//# sourceMappingURL=" + fileName + ".map\n" : wrapped;
            bundleBytes = served.getBytes(StandardCharsets.UTF_8);
            write(assets.resolve(fileName), bundleBytes);
            if (config.sourceMaps() && map != null) {
                mapPath = bundlePath + ".map";
                write(assets.resolve(fileName + ".map"), normalizeMap(map, fileName));
            }
            deleteStale(assets, fileName);
            phase("write", t0);
        } else {
            deleteStale(assets, null);
        }

        List<Manifest.Bundle> bundles = new ArrayList<>();
        List<SizeReport.Bundle> bundleSizes = new ArrayList<>();
        if (bundleBytes != null) {
            int gzip = Compression.gzip(bundleBytes);
            bundles.add(new Manifest.Bundle(bundlePath, mapPath, OutputFiles.integrity(bundleBytes),
                    bundleBytes.length, gzip));
            bundleSizes.add(new SizeReport.Bundle(bundlePath, bundleBytes.length, gzip,
                    Compression.brotli(bundleBytes)));
        }
        Map<CallbackMethod, String> functions = adapter != null ? adapter.functions() : Map.of();
        List<Manifest.Callback> entries = new ArrayList<>();
        for (CallbackMethod cb : browser) {
            String fn = functions.get(cb);
            if (fn != null) {
                entries.add(new Manifest.Callback(cb.methodKey(), cb.outputs(), cb.inputs(), cb.state(),
                        cb.preventInitialCall(), Manifest.Callback.BROWSER, config.namespace(), fn, bundlePath, null,
                        cb.memoizeMillis()));
            } else {
                entries.add(new Manifest.Callback(cb.methodKey(), cb.outputs(), cb.inputs(), cb.state(),
                        cb.preventInitialCall(), Manifest.Callback.SERVER, null, null, null, demoted.get(cb),
                        cb.memoizeMillis()));
            }
        }
        Manifest manifest = new Manifest(Manifest.VERSION, "jdash-compiler " + version(), bundles, entries);
        Path manifestFile = config.outputDirectory().resolve(MANIFEST_PATH);
        write(manifestFile, (JSON.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8));

        long t0 = System.nanoTime();
        SizeReport report = sizeReport(adapter, out, finalCode, finalMap, bundleSizes, browser, demoted)
                .withVerification(surface.callbacks());
        String table = SizeTable.render(report);
        write(config.reportDirectory().resolve("size-report.json"),
                (JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8));
        write(config.reportDirectory().resolve("size-report.txt"), table.getBytes(StandardCharsets.UTF_8));
        write(config.reportDirectory().resolve("size-report.html"), HtmlReport.render(report)
                .getBytes(StandardCharsets.UTF_8));
        if (config.baseline() != null) {
            SizeReport baseline = JSON.readValue(config.baseline().toFile(), SizeReport.class);
            write(config.reportDirectory().resolve("size-report-diff.md"), BaselineDiff.render(baseline, report)
                    .getBytes(StandardCharsets.UTF_8));
        }
        phase("report", t0);
        listener.info(table);
        Budgets.check(config, report).forEach(this::report);
        if (config.failOnWarnings() && diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING)) {
            throw new CompilationFailedException(diagnostics, true);
        }
        failIfErrors();
        return new CompilationResult(manifest, manifestFile,
                bundlePath != null ? config.outputDirectory().resolve(bundlePath) : null, report, table,
                diagnostics, written, buildReason);
    }

    private SizeReport sizeReport(AdapterSource adapter, TeaVmStep.Output out, String code, String map,
            List<SizeReport.Bundle> bundles, List<CallbackMethod> browser, Map<CallbackMethod, String> demoted) {
        List<SizeReport.SourceSize> sources = new ArrayList<>();
        long[] shared = new long[2];
        Map<String, SizeReport.CallbackSize> sizes = new LinkedHashMap<>();
        if (adapter != null && map != null) {
            Map<String, String> methods = new LinkedHashMap<>();
            adapter.functions().forEach((cb, fn) -> methods.put(fn, cb.methodKey()));
            for (SizeReport.CallbackSize s : SizeAttribution.attribute(code, map, out.reachability(),
                    adapter.className().replace('.', '/') + ".java", adapter.lines(), methods, sources, shared)) {
                sizes.put(s.function(), s);
            }
        }
        List<SizeReport.CallbackSize> callbacks = new ArrayList<>();
        for (CallbackMethod cb : browser) {
            String fn = adapter != null ? adapter.functions().get(cb) : null;
            if (fn != null && sizes.containsKey(fn)) {
                callbacks.add(sizes.get(fn));
            } else {
                callbacks.add(new SizeReport.CallbackSize(null, cb.methodKey(), Manifest.Callback.SERVER, 0, 0,
                        List.of()));
            }
        }
        return new SizeReport(bundles, callbacks, shared[0], shared[1], sources);
    }

    private static String fixSourceRoot(String map) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(map);
        node.remove("sourceRoot");
        return new ObjectMapper().writeValueAsString(node);
    }

    private static byte[] normalizeMap(String map, String fileName) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(map);
        node.put("file", fileName);
        return new ObjectMapper().writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    private void write(Path file, byte[] bytes) throws IOException {
        if (OutputFiles.writeIfChanged(file, bytes)) {
            written.add(file);
        }
    }

    /** Removes bundles (and maps) of this bundle name other than the current one. */
    private void deleteStale(Path assets, String keep) throws IOException {
        if (!Files.isDirectory(assets)) {
            return;
        }
        String prefix = config.bundleName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(assets)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean ours = name.startsWith(prefix) && (name.endsWith(".js") || name.endsWith(".js.map"))
                        && name.substring(prefix.length()).matches("[0-9a-f]{8}\\.js(\\.map)?");
                if (ours && (keep == null || !(name.equals(keep) || name.equals(keep + ".map")))) {
                    Files.delete(f);
                }
            }
        }
    }
}
