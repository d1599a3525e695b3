package io.jdash.cache.redis;

import io.jdash.server.BackgroundWorker;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Html;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A jdash server in a JVM of its own, configured only by system properties ({@code jdash.cache=redis://...}), as
 * a second server process would be. {@link #main} prints {@code PORT <n>} and serves until its stdin closes.
 */
public final class ServerProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Runs the server, or with {@code jdash.background.role=worker} only the background jobs (printing PORT 0). */
    public static void main(String[] args) throws Exception {
        DashApp app = Boolean.getBoolean("jdash.test.jobs") ? jobsApp() : app();
        if ("worker".equals(System.getProperty("jdash.background.role"))) {
            try (BackgroundWorker worker = BackgroundWorker.start(app)) {
                System.out.println("PORT 0");
                System.out.flush();
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return;
        }
        try (DashServer server = DashServer.start(app, 0)) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    static DashApp jobsApp() {
        return DashApp.builder().layout(Html.div()).callbacks(SharedJobs.class).build();
    }

    static DashApp app() {
        return DashApp.builder()
                .layout(Html.div())
                .callbacks(SharedCallbacks.class)
                .build();
    }

    /** Starts a server JVM on this test class path; {@code properties} are {@code -D} settings. */
    static ServerProcess start(Path log, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        for (String p : properties) {
            command.add("-D" + p);
        }
        command.add(ServerProcess.class.getName());
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("PORT ")) {
                CompletableFuture.runAsync(() -> drain(out));
                return new ServerProcess(
                        p, "http://127.0.0.1:" + line.substring(5).trim() + "/");
            }
        }
        throw new IllegalStateException("the server process exited before it listened; see " + log);
    }

    /** Its URL, e.g. {@code http://127.0.0.1:4711/}. */
    String url() {
        return url;
    }

    /** Its pid. */
    long pid() {
        return process.pid();
    }

    /** Posts an update request to it. */
    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(url, body);
    }

    /** Posts an update request to the app at {@code url}. */
    static HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a request that is never read (to kill the process while it computes). */
    CompletableFuture<HttpResponse<String>> postAsync(String body) {
        return HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(url + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The update request for {@code output} = {@code <id>.children} with input {@code <id>.value} = value. */
    static String request(String id, String value) {
        return "{\"output\":\"" + id + ".children\",\"outputs\":{\"id\":\"" + id + "\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"" + id + "\",\"property\":\"value\",\"value\":\"" + value + "\"}],"
                + "\"changedPropIds\":[\"" + id + ".value\"]}";
    }

    /** Kills it as a crash would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe from filling
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
