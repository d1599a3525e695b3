package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child process that prints one JSON outcome per line, and collects what it printed before it ended. */
final class LineProcess {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ERROR_LINES = 20;

    private LineProcess() {}

    /**
     * Runs {@code command} in {@code dir}, expecting {@code expected} lines; stops it after {@code limitMillis}.
     * Standard error is kept (its last lines) for the failure text.
     */
    static EngineRun run(List<String> command, Path dir, int expected, long limitMillis)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        Deque<String> errors = new ArrayDeque<>();
        Thread drain = new Thread(() -> keepTail(p.getErrorStream(), errors), "jdash-verify-stderr");
        drain.setDaemon(true);
        drain.start();
        List<JsonNode> outcomes = new ArrayList<>();
        String failure = null;
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!p.waitFor(limitMillis, TimeUnit.MILLISECONDS)) {
                            p.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "jdash-verify-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    try {
                        outcomes.add(JSON.readTree(line));
                    } catch (IOException e) {
                        failure = "printed something that is not an outcome: " + abbreviate(line);
                        p.destroyForcibly();
                        break;
                    }
                }
            }
        }
        p.waitFor();
        drain.join(1000);
        watchdog.interrupt();
        if (failure == null && outcomes.size() < expected) {
            failure = (p.exitValue() == 0 ? "stopped" : "exited with code " + p.exitValue()) + " after "
                    + outcomes.size() + " of " + expected + " calls";
        }
        if (failure != null) {
            synchronized (errors) {
                if (!errors.isEmpty()) {
                    failure += "; its last messages:\n      " + String.join("\n      ", errors);
                }
            }
        }
        return new EngineRun(outcomes, failure);
    }

    private static void keepTail(InputStream in, Deque<String> tail) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (tail) {
                    tail.addLast(abbreviate(line));
                    if (tail.size() > ERROR_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
