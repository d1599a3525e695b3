package io.jdash.compiler.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.compiler.verify.Call;
import io.jdash.compiler.verify.EngineRun;
import io.jdash.compiler.verify.NodeEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs calls against a bundle in node with jdash:verify's browser side ({@link NodeEngine}). */
public final class NodeHarness {
    private static final long TIMEOUT_MILLIS = 60_000;

    private NodeHarness() {}

    /** One call: namespace, function, arguments, and the callback_context to set (or null). */
    public record Call(String namespace, String function, JsonNode args, JsonNode context) {}

    /** The node executable: {@code -Dnode.executable} or {@code node} on the PATH. */
    public static String node() {
        return System.getProperty("node.executable", "node");
    }

    /** Runs the calls; returns one outcome object per call (see dash-env.cjs); fails if node does not finish. */
    public static List<JsonNode> run(Path bundle, List<Call> calls, Path workDir)
            throws IOException, InterruptedException {
        NodeEngine engine = NodeEngine.find(node())
                .orElseThrow(() -> new IllegalStateException("node (" + node() + ") does not run"));
        EngineRun run = engine.run(
                bundle,
                calls.stream()
                        .map(c -> new io.jdash.compiler.verify.Call(
                                null, 1, c.namespace(), c.function(), c.args(), c.context()))
                        .toList(),
                workDir,
                TIMEOUT_MILLIS);
        if (run.failure() != null) {
            throw new IllegalStateException("node: " + run.failure());
        }
        return run.outcomes();
    }
}
