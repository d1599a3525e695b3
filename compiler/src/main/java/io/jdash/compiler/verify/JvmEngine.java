package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The callbacks on the JVM, in a JVM of their own on the application's class path, called by jdash-server's
 * {@code CallbackRunner} with the server's value mapping. A separate JVM runs the user's code as the application
 * runs it (its own class path, no build classes in between), lets a call that never returns be stopped, and keeps
 * the compiler free of any dependency on the server: it only names the runner's class.
 */
public final class JvmEngine {
    /** The runner's main class, in jdash-server. */
    public static final String RUNNER = "io.jdash.server.values.CallbackRunner";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String java;
    private final List<Path> classpath;

    /**
     * @param java the {@code java} executable
     * @param classpath the application's classes and runtime dependencies, jdash-server among them
     */
    public JvmEngine(String java, List<Path> classpath) {
        this.java = java;
        this.classpath = List.copyOf(classpath);
    }

    /** The {@code java} of the JVM this code runs in. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the calls in order, each stopped after {@code timeoutMillis}. */
    public EngineRun run(List<Call> calls, Path workDir, long timeoutMillis) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        ArrayNode array = JSON.createArrayNode();
        calls.forEach(c -> array.add(c.json(false)));
        Path callsFile = workDir.resolve("jvm-calls.json");
        Files.writeString(callsFile, JSON.writeValueAsString(array), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Dfile.encoding=UTF-8",
                "-cp",
                classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                RUNNER,
                callsFile.toString(),
                Long.toString(timeoutMillis)));
        return LineProcess.run(command, workDir, calls.size(), NodeEngine.totalLimit(calls.size(), timeoutMillis));
    }
}
