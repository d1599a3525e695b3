package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bundle in node: one node process for all calls, the bundle in a vm context of its own with dash-renderer's
 * globals (runtime-js's {@code dash-env.cjs}), every call under a time limit ({@code verify-driver.cjs}).
 */
public final class NodeEngine implements BrowserEngine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String executable;
    private final String version;

    private NodeEngine(String executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** Node, if {@code executable} runs ({@code node} finds it on the PATH); empty otherwise. */
    public static Optional<NodeEngine> find(String executable) {
        try {
            Process p = new ProcessBuilder(executable, "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new NodeEngine(executable, out));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "node " + version;
    }

    @Override
    public EngineRun run(Path bundle, List<Call> calls, Path workDir, long timeoutMillis)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path env = copyResource("/io/jdash/runtime/js/dash-env.cjs", workDir.resolve("dash-env.cjs"));
        Path driver = copyResource("/io/jdash/compiler/verify/verify-driver.cjs", workDir.resolve("verify-driver.cjs"));
        ArrayNode array = JSON.createArrayNode();
        calls.forEach(c -> array.add(c.json(true)));
        Path callsFile = workDir.resolve("browser-calls.json");
        // ASCII only, so that texts with unpaired surrogates reach node as written
        Files.writeString(
                callsFile,
                JSON.writer()
                        .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
                        .writeValueAsString(array),
                StandardCharsets.UTF_8);
        return LineProcess.run(
                List.of(
                        executable,
                        driver.toString(),
                        env.toString(),
                        bundle.toAbsolutePath().toString(),
                        callsFile.toString(),
                        Long.toString(timeoutMillis)),
                workDir,
                calls.size(),
                totalLimit(calls.size(), timeoutMillis));
    }

    /** The most a whole run may take: every call at its limit, plus start-up. */
    static long totalLimit(int calls, long timeoutMillis) {
        return 60_000 + calls * timeoutMillis;
    }

    static Path copyResource(String resource, Path to) throws IOException {
        try (InputStream in = NodeEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is missing from the class path");
            }
            byte[] bytes = in.readAllBytes();
            if (!Files.exists(to) || !java.util.Arrays.equals(Files.readAllBytes(to), bytes)) {
                Files.write(to, bytes);
            }
        }
        return to;
    }
}
