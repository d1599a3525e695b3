package io.jdash.compiler.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs calls against a bundle in node, loaded as dash-renderer loads it (runtime-js's dash-env.cjs). */
public final class NodeHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeHarness() {
    }

    /** One call: namespace, function, arguments, and the callback_context to set (or null). */
    public record Call(String namespace, String function, JsonNode args, JsonNode context) {
    }

    /** The node executable: {@code -Dnode.executable} or {@code node} on the PATH. */
    public static String node() {
        return System.getProperty("node.executable", "node");
    }

    /** Runs the calls; returns one outcome object per call (see dash-env.cjs). */
    public static List<JsonNode> run(Path bundle, List<Call> calls, Path workDir) throws IOException,
            InterruptedException {
        Path env = workDir.resolve("dash-env.cjs");
        try (InputStream in = NodeHarness.class.getResourceAsStream("/io/jdash/runtime/js/dash-env.cjs")) {
            Files.write(env, in.readAllBytes());
        }
        Path callsFile = workDir.resolve("calls.json");
        var array = JSON.createArrayNode();
        for (Call c : calls) {
            var o = array.addObject();
            o.put("namespace", c.namespace()).put("function", c.function()).set("args", c.args());
            if (c.context() != null) {
                o.set("context", c.context());
            }
        }
        // ASCII only, so that texts with unpaired surrogates reach node as written
        Files.writeString(callsFile, JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature
                .ESCAPE_NON_ASCII.mappedFeature()).writeValueAsString(array), StandardCharsets.UTF_8);
        Path out = workDir.resolve("outcomes.json");
        Process p = new ProcessBuilder(node(), env.toString(), bundle.toString(), callsFile.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("node did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("node exited with " + p.exitValue());
        }
        List<JsonNode> result = new ArrayList<>();
        JSON.readTree(out.toFile()).forEach(result::add);
        return result;
    }
}
