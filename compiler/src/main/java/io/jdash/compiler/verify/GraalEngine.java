package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The bundle in GraalJS, in this JVM: the fallback when node is not installed. The same dash-renderer environment
 * as in node (runtime-js's {@code dash-env.cjs}, evaluated with an empty {@code require}); a call over the time
 * limit cancels the context, which is then built again for the remaining calls. On a stock JDK GraalJS runs in
 * its interpreter (no JIT), several times slower than node: see the verify benchmark.
 */
public final class GraalEngine implements BrowserEngine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALL = "(env, dc, ns, fn, args, context) => {"
            + " dc.__setPropsCalls = [];"
            + " const r = env.call(dc, ns, fn, JSON.parse(args), context ? JSON.parse(context) : undefined);"
            + " if (dc.__setPropsCalls.length) r.setProps = env.encode(dc, dc.__setPropsCalls);"
            + " return JSON.stringify(r); }";

    private GraalEngine() {}

    /** GraalJS, when its artifacts are on the class path; empty otherwise. */
    public static java.util.Optional<BrowserEngine> find() {
        try {
            Class.forName("org.graalvm.polyglot.Context", false, GraalEngine.class.getClassLoader());
            Class.forName("com.oracle.truffle.js.lang.JavaScriptLanguage", false, GraalEngine.class.getClassLoader());
            return java.util.Optional.of(new GraalEngine());
        } catch (ClassNotFoundException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String name() {
        return "GraalJS " + org.graalvm.home.Version.getCurrent();
    }

    /** One loaded bundle: the context, dash-env's exports, dash_clientside and the call function. */
    private record Loaded(Context context, Value env, Value dc, Value call) {}

    @Override
    public EngineRun run(Path bundle, List<Call> calls, Path workDir, long timeoutMillis) throws IOException {
        String dashEnv;
        try (InputStream in = GraalEngine.class.getResourceAsStream("/io/jdash/runtime/js/dash-env.cjs")) {
            if (in == null) {
                throw new IOException("dash-env.cjs is missing from the class path");
            }
            dashEnv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Source envSource = Source.newBuilder(
                        "js", "(function (module, require) {" + dashEnv + "\nreturn module.exports; })", "dash-env.cjs")
                .build();
        Source bundleSource = Source.newBuilder(
                        "js",
                        Files.readString(bundle, StandardCharsets.UTF_8),
                        bundle.getFileName().toString())
                .build();
        List<JsonNode> outcomes = new ArrayList<>();
        Set<String> stuck = new HashSet<>();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jdash-verify-graal-watchdog");
            t.setDaemon(true);
            return t;
        });
        Loaded loaded = null;
        try {
            for (Call c : calls) {
                if (stuck.contains(c.function())) {
                    outcomes.add(JSON.createObjectNode().put("skipped", true));
                    continue;
                }
                if (loaded == null) {
                    loaded = load(envSource, bundleSource);
                }
                Context context = loaded.context();
                ScheduledFuture<?> cancel =
                        watchdog.schedule(() -> context.close(true), timeoutMillis, TimeUnit.MILLISECONDS);
                try {
                    String out = loaded.call()
                            .execute(
                                    loaded.env(),
                                    loaded.dc(),
                                    c.namespace(),
                                    c.function(),
                                    c.args().toString(),
                                    c.context() == null ? null : c.context().toString())
                            .asString();
                    cancel.cancel(false);
                    outcomes.add(JSON.readTree(out));
                } catch (PolyglotException e) {
                    cancel.cancel(false);
                    if (e.isCancelled()) {
                        outcomes.add(JSON.createObjectNode().put("timeout", true));
                        stuck.add(c.function());
                        loaded = null;
                    } else {
                        return new EngineRun(outcomes, "GraalJS failed: " + e.getMessage());
                    }
                }
            }
            return new EngineRun(outcomes, null);
        } catch (PolyglotException e) {
            return new EngineRun(outcomes, "GraalJS could not load the bundle: " + e.getMessage());
        } finally {
            watchdog.shutdownNow();
            if (loaded != null) {
                loaded.context().close(true);
            }
        }
    }

    private static Loaded load(Source envSource, Source bundleSource) {
        Context context = Context.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        Value env = context.eval(envSource)
                .execute(context.eval("js", "({ exports: {} })"), context.eval("js", "(() => ({}))"));
        Value dc = env.getMember("installRendererGlobals").execute(context.eval("js", "globalThis"));
        context.eval(bundleSource);
        return new Loaded(context, env, dc, context.eval("js", CALL));
    }
}
