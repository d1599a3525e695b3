package io.jdash.compiler;

import io.jdash.compiler.bundle.BundleCode;
import io.jdash.compiler.bundle.BundleFiles;
import io.jdash.compiler.bundle.DashWrapper;
import io.jdash.compiler.bundle.OutputFiles;
import io.jdash.compiler.bundle.SourceMaps;
import io.jdash.compiler.bundle.WrittenFiles;
import io.jdash.compiler.codegen.AdapterCompiler;
import io.jdash.compiler.codegen.AdapterGenerator;
import io.jdash.compiler.codegen.AdapterSource;
import io.jdash.compiler.incremental.Fingerprint;
import io.jdash.compiler.incremental.PreviousBuild;
import io.jdash.compiler.manifest.ManifestEntries;
import io.jdash.compiler.minify.ClosureStep;
import io.jdash.compiler.report.Budgets;
import io.jdash.compiler.report.Compression;
import io.jdash.compiler.report.Reports;
import io.jdash.compiler.report.SizeReport;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.CallbackScanner;
import io.jdash.compiler.scan.CallbackValidator;
import io.jdash.compiler.scan.ClassIndex;
import io.jdash.compiler.surface.SurfaceCheck;
import io.jdash.compiler.surface.SurfaceMap;
import io.jdash.compiler.teavm.RuntimeClasspath;
import io.jdash.compiler.teavm.TeaVmCache;
import io.jdash.compiler.teavm.TeaVmStep;
import io.jdash.contract.ClassPathLocations;
import io.jdash.contract.Manifest;
import io.jdash.contract.ManifestCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public static final String MANIFEST_PATH = ClassPathLocations.MANIFEST;
    /** Where bundles live on the class path. */
    public static final String ASSETS_PATH = ClassPathLocations.ASSETS;

    private final CompilerConfig config;
    private final BuildListener listener;
    private final Phases phases;
    private final WrittenFiles written = new WrittenFiles();
    private final TeaVmCache teavmCache;

    private JdashCompiler(CompilerConfig config, BuildListener listener, TeaVmCache teavmCache) {
        this.config = config;
        this.listener = listener;
        this.phases = new Phases(listener);
        this.teavmCache = teavmCache;
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
     * @throws CompilerEnvironmentException when the JVM running the build lacks what the compiler needs (a JDK)
     * @throws IOException when reading classes or writing outputs fails
     */
    public static CompilationResult compile(CompilerConfig config, BuildListener listener)
            throws CompilationFailedException, IOException {
        return new JdashCompiler(config, listener, null).run();
    }

    /**
     * A session for compiling again and again in this JVM (a development loop): each of its compiles behaves as
     * {@link #compile} and keeps TeaVM's caches for the next one.
     */
    public static CompilerSession session() {
        return new CompilerSession();
    }

    /** {@link #compile} with the caches of a session. */
    static CompilationResult compile(CompilerConfig config, BuildListener listener, TeaVmCache cache)
            throws CompilationFailedException, IOException {
        return new JdashCompiler(config, listener, cache).run();
    }

    /**
     * The pipeline: check config → fingerprint (stop if up to date) → scan → validate → codegen → TeaVM (with
     * demote-and-retry) → minify → write bundle → manifest → reports → budgets. Each phase runs through
     * {@link Phases}, which stops the build after a phase that reported an error (the scan's errors are reported
     * with the validation's, so that one build lists every mistake in the callbacks).
     */
    private CompilationResult run() throws CompilationFailedException, IOException {
        phases.check(this::checkConfig);
        Freshness freshness = phases.run("fingerprint", this::freshness);
        if (freshness.upToDate() != null) {
            return freshness.upToDate();
        }
        listener.building(freshness.reason());
        CompilationResult result;
        try (ClassIndex index =
                new ClassIndex(concat(config.scanRoots(), config.classpath(), RuntimeClasspath.entries()))) {
            List<CallbackMethod> callbacks = phases.runAndReportWithNext("scan", () -> scan(index));
            phases.run("validate", () -> validate(callbacks, index));
            List<CallbackMethod> browser =
                    callbacks.stream().filter(CallbackMethod::clientside).toList();
            SurfaceCheck.Result surface = phases.run("surface", () -> checkSurface(browser, index));
            BrowserCode compiled = compileForBrowser(browser, index);
            BundleCode minified =
                    compiled.adapter() != null ? phases.run("minify", () -> minify(compiled, index)) : null;
            BundleFiles.Written bundle = phases.run("write", () -> writeBundle(minified));
            Manifest.Bundle entry = bundle != null ? manifestEntry(bundle) : null;
            Manifest manifest = phases.run("manifest", () -> writeManifest(entry, browser, compiled));
            Reported reported;
            if (config.development()) {
                reported = new Reported(null, "");
                phases.failOnWarnings(config.failOnWarnings());
            } else {
                reported = phases.run("report", () -> writeReports(compiled, bundle, entry, browser, surface));
                phases.run("budgets", () -> checkBudgets(reported.report()));
            }
            result = new CompilationResult(
                    manifest,
                    config.outputDirectory().resolve(MANIFEST_PATH),
                    bundle != null ? config.outputDirectory().resolve(bundle.path()) : null,
                    reported.report(),
                    reported.table(),
                    phases.diagnostics(),
                    written.changed(),
                    freshness.reason(),
                    compiled.teavm() != null
                            ? new BundleContents(
                                    topLevel(compiled.teavm().classes()),
                                    compiled.teavm().methods())
                            : BundleContents.NONE);
        }
        if (!config.development()) {
            OutputFiles.writeIfChanged(
                    PreviousBuild.fingerprintFile(config), OutputFiles.JSON.writeValueAsBytes(freshness.fingerprint()));
        }
        return result;
    }

    /** Refuses settings that would build a broken bundle. */
    private Void checkConfig() {
        if (config.minify() == MinifyLevel.ADVANCED) {
            phases.report(DiagnosticCode.ADVANCED_REFUSED.error(
                    null, 0, "minify", DiagnosticCode.ADVANCED_REFUSED.message()));
        }
        return null;
    }

    /**
     * Why to build, or the previous result when it is up to date.
     *
     * @param fingerprint what this build's outputs depend on
     * @param reason why the outputs are built again, or null when they are up to date
     * @param upToDate the previous build's result when it is up to date, else null
     */
    private record Freshness(Fingerprint fingerprint, String reason, CompilationResult upToDate) {}

    private Freshness freshness() throws IOException {
        if (config.development()) {
            // no fingerprint is written or read, so hashing every jar of the class path would be wasted
            return new Freshness(null, "a development build always builds", null);
        }
        Fingerprint fingerprint = Fingerprint.of(
                version(),
                Fingerprint.hash(config.outputShapingSettings().getBytes(StandardCharsets.UTF_8)),
                config.scanRoots(),
                config.classpath());
        String reason = config.force() ? "it was forced" : fingerprint.changeSince(PreviousBuild.fingerprint(config));
        if (reason == null) {
            CompilationResult previous = PreviousBuild.result(config);
            if (previous != null) {
                return new Freshness(fingerprint, null, previous);
            }
            reason = "an output is missing";
        }
        // a build that fails must not leave a fingerprint saying its outputs are up to date
        Files.deleteIfExists(PreviousBuild.fingerprintFile(config));
        return new Freshness(fingerprint, reason, null);
    }

    private List<CallbackMethod> scan(ClassIndex index) throws IOException {
        CallbackScanner.Result scan = CallbackScanner.scan(config.scanRoots(), index);
        scan.diagnostics().forEach(phases::report);
        return scan.callbacks();
    }

    /** Warns at each call from browser code to a JDK method the conformance suite does not prove. */
    private SurfaceCheck.Result checkSurface(List<CallbackMethod> browser, ClassIndex index) throws IOException {
        SurfaceCheck.Result surface =
                SurfaceCheck.check(browser, index, SurfaceMap.shipped(), Set.copyOf(config.acknowledgedMethods()));
        surface.warnings().forEach(phases::report);
        return surface;
    }

    private Void validate(List<CallbackMethod> callbacks, ClassIndex index) {
        CallbackValidator.validate(callbacks, index).forEach(phases::report);
        return null;
    }

    /**
     * What codegen and TeaVM made of the browser callbacks.
     *
     * @param adapter the adapters of the callbacks in the bundle, or null when none is left for the browser
     * @param teavm TeaVM's output for them, or null with {@code adapter}
     * @param demoted why each callback left to the server cannot run in the browser
     */
    private static Set<String> topLevel(Set<String> classes) {
        Set<String> top = new java.util.TreeSet<>();
        for (String c : classes) {
            top.add(TeaVmStep.topLevel(c));
        }
        return top;
    }

    private record BrowserCode(AdapterSource adapter, TeaVmStep.Output teavm, Map<CallbackMethod, String> demoted) {}

    /**
     * Codegen → TeaVM, with demote-and-retry: when TeaVM cannot compile some callbacks and
     * {@link OnUnsupported#SERVER} is set, they are left to the server and the rest compiled again.
     */
    private BrowserCode compileForBrowser(List<CallbackMethod> browser, ClassIndex index)
            throws CompilationFailedException, IOException {
        Map<CallbackMethod, String> demoted = new LinkedHashMap<>();
        List<CallbackMethod> candidates = new ArrayList<>(browser);
        while (!candidates.isEmpty()) {
            Adapters adapters = phases.run("codegen", () -> codegen(candidates, index));
            AdapterSource adapter = adapters.source();
            TeaVmStep.Output out = phases.run(
                    "teavm",
                    () -> TeaVmStep.compile(
                            adapter.className(),
                            Set.copyOf(adapter.functions().values()),
                            adapters.classes(),
                            concat(config.scanRoots(), config.classpath()),
                            config.workDirectory(),
                            config.strict(),
                            true,
                            true,
                            config.development(),
                            teavmCache,
                            listener));
            if (out.problems().isEmpty() && out.js() != null) {
                reportDivergences(out);
                return new BrowserCode(adapter, out, demoted);
            }
            Set<CallbackMethod> unsupported = phases.run(
                    "demote", () -> DemoteAndRetry.unsupported(out, adapter, config.onUnsupported(), demoted, phases));
            for (CallbackMethod cb : unsupported) {
                listener.info("jdash: " + cb.displayName() + " runs on the server: " + demoted.get(cb));
            }
            candidates.removeAll(unsupported);
        }
        return new BrowserCode(null, null, demoted);
    }

    /**
     * The generated adapters and where javac put their classes.
     *
     * @param source the generated entry class
     * @param classes its class output directory, or null when it did not compile
     */
    private record Adapters(AdapterSource source, Path classes) {}

    private Adapters codegen(List<CallbackMethod> callbacks, ClassIndex index) throws IOException {
        AdapterSource adapter = AdapterGenerator.generate(callbacks, index);
        try {
            List<Path> classpath = concat(config.scanRoots(), config.classpath(), RuntimeClasspath.entries());
            return new Adapters(
                    adapter,
                    config.development()
                            ? AdapterCompiler.compileUnlessUnchanged(adapter, classpath, config.workDirectory())
                            : AdapterCompiler.compile(adapter, classpath, config.workDirectory()));
        } catch (CompilerEnvironmentException e) {
            throw e;
        } catch (IllegalStateException e) {
            phases.report(DiagnosticCode.ADAPTER_FAILED.error(
                    null, 0, AdapterGenerator.ENTRY_CLASS, DiagnosticCode.ADAPTER_FAILED.message(e.getMessage())));
            return new Adapters(adapter, null);
        }
    }

    private void reportDivergences(TeaVmStep.Output out) {
        for (TeaVmStep.DivergentCall call : out.divergentCalls()) {
            phases.report(call.code()
                    .at(
                            Severity.WARNING,
                            call.file(),
                            call.line(),
                            null,
                            call.code().message(call.method(), call.message(), String.join(", ", call.functions()))));
        }
    }

    /**
     * Wraps TeaVM's module for dash_clientside and minifies it at the configured level; the map gets the debug
     * table (and the sources, with {@code sourcesContent}).
     */
    private BundleCode minify(BrowserCode compiled, ClassIndex index) throws IOException {
        Map<String, Long> memoized = new LinkedHashMap<>();
        compiled.adapter().functions().forEach((cb, fn) -> {
            if (cb.memoizeMillis() != null) {
                memoized.put(fn, cb.memoizeMillis());
            }
        });
        BundleCode wrapped = DashWrapper.wrap(
                compiled.teavm().js(),
                compiled.teavm().sourceMap(),
                config.namespace(),
                new ArrayList<>(compiled.adapter().functions().values()),
                memoized);
        ClosureStep.Output min = ClosureStep.minify(
                config.development() ? MinifyLevel.NONE : config.minify(), config.bundleName() + ".js", wrapped);
        for (String e : min.errors()) {
            phases.report(
                    DiagnosticCode.CLOSURE_FAILED.error(null, 0, "closure", DiagnosticCode.CLOSURE_FAILED.message(e)));
        }
        if (min.sourceMap() == null) {
            return new BundleCode(min.code(), null);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        compiled.adapter()
                .functions()
                .keySet()
                .forEach(cb -> labels.merge(cb.displayName(), outputsLabel(cb), (a, b) -> a + " or " + b));
        String generated = compiled.adapter().className().replace('.', '/') + ".java";
        return new BundleCode(
                min.code(),
                SourceMaps.withDebugInfo(
                        min.sourceMap(),
                        index,
                        labels,
                        config.sourcesContent() ? config.sourceRoots() : null,
                        Map.of(generated, compiled.adapter().source())));
    }

    /** The outputs as Dash's error popup names them: {@code id.prop}, comma separated. */
    private static String outputsLabel(CallbackMethod cb) {
        List<String> outputs = new ArrayList<>();
        for (String output : cb.outputs()) {
            outputs.add(
                    output.endsWith("@allow_duplicate")
                            ? output.substring(0, output.length() - "@allow_duplicate".length())
                            : output);
        }
        return String.join(", ", outputs);
    }

    /** Writes the bundle, or with no bundle deletes those of earlier builds; null when there is no bundle. */
    private BundleFiles.Written writeBundle(BundleCode minified) throws IOException {
        if (minified == null) {
            BundleFiles.deleteStale(config.outputDirectory(), config.bundleName(), null);
            return null;
        }
        return BundleFiles.write(config.outputDirectory(), config.bundleName(), config.sourceMaps(), minified, written);
    }

    /** The bundle as the manifest lists it: paths, Subresource Integrity value and sizes. */
    private static Manifest.Bundle manifestEntry(BundleFiles.Written bundle) {
        return new Manifest.Bundle(
                bundle.path(),
                bundle.sourceMapPath(),
                OutputFiles.integrity(bundle.bytes()),
                bundle.bytes().length,
                Compression.gzip(bundle.bytes()));
    }

    private Manifest writeManifest(Manifest.Bundle bundle, List<CallbackMethod> browser, BrowserCode compiled)
            throws IOException {
        Manifest manifest = ManifestEntries.of(
                "jdash-compiler " + version(),
                bundle,
                browser,
                compiled.adapter() != null ? compiled.adapter().functions() : Map.of(),
                compiled.demoted(),
                config.namespace());
        written.write(config.outputDirectory().resolve(MANIFEST_PATH), ManifestCodec.write(manifest));
        return manifest;
    }

    /**
     * The size report and its plain-text table.
     *
     * @param report the report
     * @param table the table the build log shows
     */
    private record Reported(SizeReport report, String table) {}

    private Reported writeReports(
            BrowserCode compiled,
            BundleFiles.Written bundle,
            Manifest.Bundle entry,
            List<CallbackMethod> browser,
            SurfaceCheck.Result surface)
            throws IOException {
        List<SizeReport.Bundle> sizes = bundle == null
                ? List.of()
                : List.of(new SizeReport.Bundle(
                        entry.path(), entry.bytes(), entry.gzipBytes(), Compression.brotli(bundle.bytes())));
        SizeReport report = Reports.sizeReport(
                        compiled.adapter(),
                        compiled.teavm() != null ? compiled.teavm().reachability() : null,
                        bundle != null ? bundle.code() : null,
                        bundle != null ? bundle.sourceMap() : null,
                        sizes,
                        browser)
                .withVerification(surface.callbacks());
        String table = Reports.write(report, config.reportDirectory(), config.baseline(), written);
        listener.info(table);
        return new Reported(report, table);
    }

    private Void checkBudgets(SizeReport report) throws CompilationFailedException {
        Budgets.check(config, report).forEach(phases::report);
        phases.failOnWarnings(config.failOnWarnings());
        return null;
    }

    @SafeVarargs
    private static List<Path> concat(List<Path>... lists) {
        List<Path> all = new ArrayList<>();
        for (List<Path> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
