package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.Severity;
import io.jdash.compiler.incremental.Fingerprint;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.CallbackScanner;
import io.jdash.compiler.scan.ClassIndex;
import io.jdash.compiler.scan.TypeRef;
import io.jdash.contract.Manifest;
import io.jdash.contract.ManifestCodec;
import io.jdash.contract.ManifestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code jdash:verify}: runs every browser callback of a built project on the JVM and in the bundle that was just
 * built, on the same generated inputs (plus the user's examples), and compares what each side answered.
 * Like the compiler it never logs: the result carries the summary line and the diagnostics.
 */
public final class Verifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String FINGERPRINT = "verify-fingerprint.json";

    private final VerifyConfig config;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Verifier(VerifyConfig config) {
        this.config = config;
    }

    /**
     * Verifies the project's browser callbacks with node when it runs, else with GraalJS in this JVM when its
     * artifacts are on the class path (the Maven plugin brings them).
     */
    public static VerifyResult verify(VerifyConfig config) throws IOException, InterruptedException {
        Optional<BrowserEngine> engine =
                NodeEngine.find(config.node()).<BrowserEngine>map(n -> n).or(Verifier::graal);
        if (engine.isEmpty()) {
            return new VerifyResult(
                    "jdash: verify: no JavaScript engine: node (" + config.node() + ") does not run",
                    List.of(DiagnosticCode.VERIFY_ENGINE_FAILED.error(
                            null,
                            0,
                            "verify",
                            "no JavaScript engine to"
                                    + " run the bundle: install Node.js 18+ (node on the PATH or -Djdash.node), put GraalJS"
                                    + " (org.graalvm.polyglot:js-community) on the class path, or skip with"
                                    + " -Djdash.verify.skip")),
                    0,
                    0,
                    null,
                    0,
                    0,
                    0,
                    false);
        }
        return verify(config, engine.get());
    }

    /** GraalJS when its artifacts are on the class path; GraalEngine's class is not even loaded otherwise. */
    private static Optional<BrowserEngine> graal() {
        try {
            Class.forName("org.graalvm.polyglot.Context", false, Verifier.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return GraalEngine.find();
    }

    /** Verifies the project's browser callbacks with {@code engine} on the browser side. */
    public static VerifyResult verify(VerifyConfig config, BrowserEngine engine)
            throws IOException, InterruptedException {
        return new Verifier(config).run(engine);
    }

    /** One callback to check, with its calls. */
    private record Target(CallbackMethod method, Manifest.Callback entry, long seed, List<Call> calls, int examples) {}

    private VerifyResult run(BrowserEngine engine) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path manifestFile = config.outputDirectory().resolve(JdashCompiler.MANIFEST_PATH);
        if (!Files.isRegularFile(manifestFile)) {
            return new VerifyResult(
                    "jdash: verify: nothing to verify (no " + JdashCompiler.MANIFEST_PATH + ")",
                    List.of(),
                    0,
                    0,
                    engine.name(),
                    0,
                    0,
                    0,
                    false);
        }
        byte[] manifestBytes = Files.readAllBytes(manifestFile);
        Manifest manifest;
        try {
            manifest = ManifestCodec.read(manifestBytes, manifestFile.toString());
        } catch (ManifestException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<Manifest.Callback> browser = manifest.callbacks().stream()
                .filter(c -> c.runs() == Manifest.Runs.BROWSER)
                .toList();
        if (browser.isEmpty() || manifest.bundles().isEmpty()) {
            return new VerifyResult(
                    "jdash: verify: no browser callbacks to verify", List.of(), 0, 0, engine.name(), 0, 0, 0, false);
        }
        Path bundle = config.outputDirectory().resolve(manifest.bundles().get(0).path());
        Path fingerprintFile = config.reportDirectory().resolve(FINGERPRINT);
        Fingerprint fingerprint = Fingerprint.of(
                JdashCompiler.version(),
                Fingerprint.hash((config.settings() + "\n" + engine.name() + "\n"
                                + new String(manifestBytes, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)),
                config.scanRoots(),
                config.jvmClasspath());
        if (!config.force() && fingerprint.changeSince(readFingerprint(fingerprintFile)) == null) {
            return new VerifyResult(
                    "jdash: verify: up to date, nothing changed since the last clean verification"
                            + " (use -Djdash.force to verify again)",
                    List.of(),
                    browser.size(),
                    0,
                    engine.name(),
                    0,
                    0,
                    0,
                    true);
        }
        Files.deleteIfExists(fingerprintFile);

        List<Path> roots = new ArrayList<>(config.scanRoots());
        for (Path p : config.classpath()) {
            String n = p.getFileName() == null ? "" : p.getFileName().toString();
            if (Files.isDirectory(p) || n.endsWith(".jar") || n.endsWith(".zip")) {
                roots.add(p); // a class path may list other files (a pom-type dependency): not classes
            }
        }
        List<Target> targets = new ArrayList<>();
        try (ClassIndex index = new ClassIndex(roots)) {
            Map<String, CallbackMethod> byKey = new LinkedHashMap<>();
            for (CallbackMethod m :
                    CallbackScanner.scan(config.scanRoots(), index).callbacks()) {
                byKey.put(m.methodKey(), m);
            }
            for (Manifest.Callback entry : browser) {
                CallbackMethod method = byKey.get(entry.method());
                if (method == null) {
                    diagnostics.add(DiagnosticCode.NOT_VERIFIED.at(
                            Severity.WARNING,
                            null,
                            0,
                            entry.method(),
                            "not verified: " + entry.method() + " is in the manifest but not in the scanned classes"
                                    + " (a stale build: run the bundle goal again)"));
                    continue;
                }
                Target t = target(method, entry, index);
                if (t != null) {
                    targets.add(t);
                }
            }
        }
        List<Call> calls = new ArrayList<>();
        targets.forEach(t -> calls.addAll(t.calls()));
        Path work = config.reportDirectory().resolve("verify");
        long[] sideMillis = new long[2];
        CompletableFuture<EngineRun> jvmRun = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                return new JvmEngine(config.java(), config.jvmClasspath()).run(calls, work, config.timeoutMillis());
            } catch (IOException e) {
                return new EngineRun(List.of(), "could not start java: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new EngineRun(List.of(), "interrupted");
            } finally {
                sideMillis[0] = (System.nanoTime() - t0) / 1_000_000;
            }
        });
        long t0 = System.nanoTime();
        EngineRun browserRun = engine.run(bundle, calls, work, config.timeoutMillis());
        sideMillis[1] = (System.nanoTime() - t0) / 1_000_000;
        EngineRun jvm;
        try {
            jvm = jvmRun.get();
        } catch (ExecutionException e) {
            jvm = new EngineRun(List.of(), String.valueOf(e.getCause()));
        }
        int offset = 0;
        int divergent = 0;
        for (Target t : targets) {
            divergent += compare(t, offset, jvm, browserRun, engine.name()) ? 1 : 0;
            offset += t.calls().size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (!failed) {
            Files.createDirectories(fingerprintFile.getParent());
            Files.write(fingerprintFile, JSON.writeValueAsBytes(fingerprint));
        }
        long warned = diagnostics.stream()
                .filter(d -> d.code().equals(DiagnosticCode.VERIFY_DIVERGENCE.code()) && !d.isError())
                .count();
        String outcome = (divergent > 0 || failed
                        ? divergent + " of " + targets.size() + " callbacks diverge"
                        : warned > 0 ? "no divergence that fails the build" : "all agree")
                + (warned > 0
                        ? ", " + warned + " acknowledged or known divergence" + (warned == 1 ? "" : "s") + " (warnings)"
                        : "");
        long notVerified = diagnostics.stream()
                .filter(d -> d.code().equals(DiagnosticCode.NOT_VERIFIED.code()))
                .count();
        String summary = String.format(
                java.util.Locale.ROOT,
                "jdash: verified %d browser callback%s on %,d inputs"
                        + " (seed %d) on the JVM and in %s: %s%s (%.1f s)",
                targets.size(),
                targets.size() == 1 ? "" : "s",
                calls.size(),
                config.seed(),
                engine.name(),
                outcome,
                notVerified > 0 ? ", " + notVerified + " not verified" : "",
                millis / 1000.0);
        return new VerifyResult(
                summary,
                diagnostics,
                targets.size(),
                calls.size(),
                engine.name(),
                millis,
                sideMillis[0],
                sideMillis[1],
                false);
    }

    private static Fingerprint readFingerprint(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), Fingerprint.class) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The calls for one callback, or null (with a diagnostic) when it cannot be verified. */
    private Target target(CallbackMethod method, Manifest.Callback entry, ClassIndex index) throws IOException {
        List<TypeRef> params = new ArrayList<>(method.parameterTypes());
        if (method.takesContext()) {
            params.remove(0);
        }
        for (int i = 0; i < params.size(); i++) {
            String why = untestable(params.get(i), index, 0);
            if (why != null) {
                int p = i + (method.takesContext() ? 1 : 0);
                diagnostics.add(DiagnosticCode.NOT_VERIFIED.at(
                        Severity.WARNING,
                        method.sourceFile(),
                        method.line(),
                        method.element(),
                        "not verified: " + method.displayName() + ": parameter '"
                                + method.parameterNames().get(p) + "' ("
                                + params.get(i).javaName() + ") " + why));
                return null;
            }
        }
        long seed = config.seed()
                ^ Fingerprint.hash(method.methodKey().getBytes(StandardCharsets.UTF_8))
                        .hashCode();
        List<Call> calls = new ArrayList<>();
        Random contexts = new Random(seed);
        for (JsonNode example : UserExamples.read(config.scanRoots(), method, diagnostics)) {
            JsonNode args = example.isArray() ? example : example.path("args");
            JsonNode context = example.isObject() && example.has("context")
                    ? example.get("context")
                    : method.takesContext() ? context(method, args, contexts) : null;
            calls.add(new Call(
                    entry.method(),
                    entry.outputs().size(),
                    entry.namespace(),
                    entry.function(),
                    JsPropertyOrder.of(args),
                    context == null ? null : JsPropertyOrder.of(context)));
        }
        int examples = calls.size();
        for (ArrayNode args : new InputGenerator(seed, index).arguments(params, config.inputsPerCallback())) {
            JsonNode ordered = JsPropertyOrder.of(args);
            calls.add(new Call(
                    entry.method(),
                    entry.outputs().size(),
                    entry.namespace(),
                    entry.function(),
                    ordered,
                    method.takesContext() ? context(method, ordered, contexts) : null));
        }
        return new Target(method, entry, seed, calls, examples);
    }

    /** Why values of a type cannot be generated, or null. */
    private static String untestable(TypeRef type, ClassIndex index, int depth) {
        if (type instanceof TypeRef.Unsupported u) {
            return "cannot be generated: " + u.why();
        }
        if (type instanceof TypeRef.ListOf l) {
            return untestable(l.element(), index, depth + 1);
        }
        if (type instanceof TypeRef.ArrayOf a) {
            return untestable(a.element(), index, depth + 1);
        }
        if (type instanceof TypeRef.MapOf m) {
            return untestable(m.value(), index, depth + 1);
        }
        if (type instanceof TypeRef.RecordOf r) {
            return index.info(r.className()).isEmpty()
                    ? "cannot be generated: the record class is not on the class path"
                    : null;
        }
        return type instanceof TypeRef.Simple s && s.scalar() == TypeRef.Scalar.CONTEXT
                ? "cannot be generated: a CallbackContext is only passed first"
                : null;
    }

    /** A callback_context as dash-renderer sets it: one of the inputs triggered (or none: the initial call). */
    private static JsonNode context(CallbackMethod method, JsonNode args, Random random) {
        ObjectNode context = F.objectNode();
        ArrayNode triggered = context.putArray("triggered");
        ObjectNode inputs = context.putObject("inputs");
        ObjectNode states = context.putObject("states");
        int i = 0;
        for (String input : method.inputs()) {
            inputs.set(input, args.path(i++).isMissingNode() ? F.nullNode() : args.get(i - 1));
        }
        for (String state : method.state()) {
            states.set(state, args.path(i++).isMissingNode() ? F.nullNode() : args.get(i - 1));
        }
        int pick = random.nextInt(method.inputs().size() + 1);
        if (pick < method.inputs().size()) {
            triggered
                    .addObject()
                    .put("prop_id", method.inputs().get(pick))
                    .set("value", args.path(pick).isMissingNode() ? F.nullNode() : args.get(pick));
        }
        return context;
    }

    /** Compares one callback's outcomes; true when it diverges. */
    private boolean compare(Target t, int offset, EngineRun jvm, EngineRun browser, String engine) {
        CallbackMethod m = t.method();
        String name = m.displayName();
        int firstHard = -1;
        int firstJdkNull = -1;
        int diverging = 0;
        for (int i = 0; i < t.calls().size(); i++) {
            Call call = t.calls().get(i);
            int at = offset + i;
            if (at >= jvm.outcomes().size() || at >= browser.outcomes().size()) {
                boolean jvmFailed = at >= jvm.outcomes().size();
                EngineRun failedRun = jvmFailed ? jvm : browser;
                diagnostics.add(DiagnosticCode.VERIFY_ENGINE_FAILED.error(
                        m.sourceFile(),
                        m.line(),
                        m.element(),
                        (jvmFailed ? "the JVM side" : "the JavaScript engine (" + engine + ")") + " stopped while"
                                + " running " + name + " on input " + call.args() + inputNote(t, i) + ": "
                                + failedRun.failure()));
                return false;
            }
            JsonNode a = jvm.outcomes().get(at);
            JsonNode b = browser.outcomes().get(at);
            if (a.has("crash") || b.has("crash")) {
                diagnostics.add(DiagnosticCode.VERIFY_ENGINE_FAILED.error(
                        m.sourceFile(),
                        m.line(),
                        m.element(),
                        (a.has("crash")
                                        ? "the JVM side failed to call "
                                        : "the JavaScript engine (" + engine + ") crashed in ")
                                + name + " on input " + call.args() + inputNote(t, i) + ": "
                                + (a.has("crash") ? a.get("crash") : b.get("crash")).asText()));
                return false;
            }
            if (a.has("timeout") || b.has("timeout") || a.has("skipped") || b.has("skipped")) {
                String side = a.has("timeout") && b.has("timeout")
                        ? "on both sides"
                        : a.has("timeout") ? "on the JVM" : b.has("timeout") ? "in the browser" : "on one side";
                diagnostics.add(DiagnosticCode.NOT_VERIFIED.at(
                        Severity.WARNING,
                        m.sourceFile(),
                        m.line(),
                        m.element(),
                        "not verified beyond input " + (i + 1) + " of "
                                + t.calls().size() + ": " + name
                                + " did not return within " + config.timeoutMillis() + " ms " + side + " on input "
                                + call.args() + inputNote(t, i) + " and was stopped"));
                break;
            }
            String difference = OutcomeComparison.difference(a, b, OutcomeComparison.Mode.EXACT);
            if (difference != null) {
                boolean jdkNull = jdkNullPointer(a, b);
                if (jdkNull ? firstJdkNull < 0 : firstHard < 0) {
                    if (jdkNull) {
                        firstJdkNull = i;
                    } else {
                        firstHard = i;
                    }
                }
                diverging++;
            }
        }
        int first = firstHard >= 0 ? firstHard : firstJdkNull;
        if (first < 0) {
            return false;
        }
        Call call = t.calls().get(first);
        JsonNode a = jvm.outcomes().get(offset + first);
        JsonNode b = browser.outcomes().get(offset + first);
        boolean jdkNull = firstHard < 0;
        boolean acknowledged =
                config.acknowledged().contains(name) || config.acknowledged().contains(m.element());
        diagnostics.add(DiagnosticCode.VERIFY_DIVERGENCE.at(
                acknowledged || jdkNull ? Severity.WARNING : Severity.ERROR,
                m.sourceFile(),
                m.line(),
                m.element(),
                name + " answers differently in the"
                        + " browser than on the JVM" + (acknowledged ? " (acknowledged)" : "")
                        + (jdkNull
                                ? " (a known limit: a null passed into a JDK method outside every try of the"
                                        + " callback throws NullPointerException on the JVM and a JavaScript TypeError"
                                        + " in the browser; check for null before the call)"
                                : "")
                        + "\n    input:   " + call.args()
                        + (call.context() != null ? " with callback_context " + call.context() : "")
                        + inputNote(t, first)
                        + "\n    JVM:     " + describe(a) + "\n    browser: " + describe(b) + " (" + engine + ")"
                        + "\n    differs at: " + OutcomeComparison.difference(a, b, OutcomeComparison.Mode.EXACT)
                        + (diverging > 1
                                ? "\n    and " + (diverging - 1) + " more of its "
                                        + t.calls().size() + " inputs diverge"
                                : "")
                        + "\n    seed: " + config.seed()));
        return !acknowledged && !jdkNull;
    }

    /**
     * Whether the JVM threw a NullPointerException inside the JDK and the browser a JavaScript TypeError: jdash
     * checks nulls in application code only, so a null handed to a JDK method fails in the browser with the
     * engine's own error, which becomes the JVM's exception only inside a {@code try} of the application's code.
     */
    private static boolean jdkNullPointer(JsonNode jvm, JsonNode browser) {
        return jvm.path("messageUnspecified").asBoolean()
                && jvm.path("error").asText().contains(" threw java.lang.NullPointerException")
                && browser.path("error").asText().contains("(JavaScript) TypeError");
    }

    private String inputNote(Target t, int i) {
        return i < t.examples()
                ? " (example " + (i + 1) + ")"
                : " (generated input " + (i + 1 - t.examples()) + " of "
                        + (t.calls().size() - t.examples()) + ")";
    }

    private static String describe(JsonNode outcome) {
        ObjectNode o = outcome.deepCopy();
        o.remove("messageUnspecified");
        if (o.has("value") && o.size() == 1) {
            return "returns " + o.get("value");
        }
        if (o.has("preventUpdate")) {
            return "raises PreventUpdate";
        }
        if (o.has("error")) {
            return "fails: " + o.get("error").asText() + (o.size() > 2 ? " " + o : "");
        }
        return o.toString();
    }
}
