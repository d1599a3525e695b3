package io.jdash.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol: navigate, evaluate, and record
 * the network requests and console errors, for end-to-end tests of a real page. Each instance runs its own browser
 * process with a fresh profile, deleted on {@link #close()}.
 *
 * <pre>{@code
 * try (DashServer server = DashServer.start(app, 0); Browser browser = Browser.launch()) {
 *     browser.navigate(server.url());
 *     browser.waitFor("document.querySelector('#greeting')", 30_000);
 *     assertEquals(List.of(), browser.errors);
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every request the page sent: method and URL, with the POST body. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    /** Console errors, browser log errors (blocked scripts, failed loads) and uncaught exceptions. */
    public final List<String> errors = new CopyOnWriteArrayList<>();
    /** Every response the page received: {@code "<status> <url>"}, in order. */
    public final List<String> responses = new CopyOnWriteArrayList<>();

    private final Map<String, JsonNode> headersByUrl = new ConcurrentHashMap<>();

    private Browser(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The executable: {@code -Dchromium.executable}, else {@code chromium} on the PATH. */
    public static String executable() {
        return System.getProperty("chromium.executable", "chromium");
    }

    /** Starts a headless Chromium with the flags this machine needs and attaches to its page. */
    public static Browser launch() throws Exception {
        return launch(List.of());
    }

    /** Flags that give headless Chromium software WebGL (SwiftShader), for scattergl and other WebGL charts. */
    public static final List<String> SOFTWARE_WEBGL = List.of("--use-angle=swiftshader", "--enable-unsafe-swiftshader");

    /**
     * Starts a headless Chromium with extra command-line flags, e.g. {@code --use-angle=swiftshader} and
     * {@code --enable-unsafe-swiftshader} for software WebGL (scattergl charts) or {@code --window-size=1280,900}.
     */
    public static Browser launch(List<String> extraFlags) throws Exception {
        Path profile = Files.createTempDirectory("jdash-chromium");
        List<String> command = new ArrayList<>(List.of(
                executable(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--window-size=1100,800"));
        command.addAll(extraFlags);
        command.add("about:blank");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String endpoint = null;
        long deadline = System.currentTimeMillis() + 30_000;
        for (String line; System.currentTimeMillis() < deadline && (line = out.readLine()) != null; ) {
            if (line.contains("DevTools listening on ")) {
                endpoint = line.substring(line.indexOf("ws://"));
                break;
            }
        }
        if (endpoint == null) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not start");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep chromium's output pipe empty
                }
            } catch (IOException e) {
                // chromium exited
            }
        });
        drain.setDaemon(true);
        drain.start();
        String port = URI.create(endpoint).getPort() + "";
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        String page = null;
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) {
                page = t.path("webSocketDebuggerUrl").asText();
            }
        }
        Browser[] self = new Browser[1];
        WebSocket ws = http.newWebSocketBuilder()
                .buildAsync(URI.create(page), new WebSocket.Listener() {
                    private final StringBuilder buffer = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        buffer.append(data);
                        if (last) {
                            String message = buffer.toString();
                            buffer.setLength(0);
                            while (self[0] == null) {
                                Thread.onSpinWait();
                            }
                            self[0].receive(message);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        self[0] = new Browser(p, profile, ws);
        self[0].call("Network.enable", Map.of());
        self[0].call("Runtime.enable", Map.of());
        self[0].call("Page.enable", Map.of());
        self[0].call("Log.enable", Map.of());
        return self[0];
    }

    private void receive(String message) {
        try {
            JsonNode m = JSON.readTree(message);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
                return;
            }
            String method = m.path("method").asText();
            JsonNode params = m.path("params");
            if (method.equals("Network.requestWillBeSent")) {
                JsonNode r = params.path("request");
                requests.add(r.path("method").asText() + " " + r.path("url").asText() + " "
                        + r.path("postData").asText(""));
            } else if (method.equals("Network.responseReceived")) {
                JsonNode r = params.path("response");
                responses.add(r.path("status").asInt() + " " + r.path("url").asText());
                headersByUrl.put(r.path("url").asText(), r.path("headers"));
            } else if (method.equals("Runtime.consoleAPICalled")
                    && params.path("type").asText().equals("error")) {
                errors.add("console.error: " + params.path("args").toString());
            } else if (method.equals("Log.entryAdded")
                    && params.path("entry").path("level").asText().equals("error")) {
                errors.add("log: " + params.path("entry").path("text").asText() + " "
                        + params.path("entry").path("url").asText(""));
            } else if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails").toString());
            }
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e);
        }
    }

    /** Sends a DevTools protocol command and returns its result. */
    public JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
        m.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(m), true).get(10, TimeUnit.SECONDS);
        JsonNode answer = f.get(30, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Evaluates a JS expression in the page (awaiting promises) and returns its JSON value. */
    public JsonNode eval(String expression) throws Exception {
        JsonNode r =
                call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Opens {@code url}. */
    public void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** Waits until {@code expression} is truthy in the page, or fails after {@code millis}. */
    public void waitFor(String expression, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (eval("!!(" + expression + ")").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // the page is still loading
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + expression + "; errors: " + errors);
    }

    /** Types into a React-controlled input as a user would (native setter, then an input event). */
    public void type(String selector, String text) throws Exception {
        eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
                + " const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + " set.call(e, " + JSON.writeValueAsString(text) + ");"
                + " e.dispatchEvent(new Event('input', { bubbles: true })); return true; })()");
    }

    /** Saves a PNG of the whole page, beyond the viewport. */
    public void screenshotFullPage(Path file) throws Exception {
        JsonNode size = call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        JsonNode r = call(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x",
                                0,
                                "y",
                                0,
                                "width",
                                size.path("width").asDouble(),
                                "height",
                                size.path("height").asDouble(),
                                "scale",
                                1)));
        save(r, file);
    }

    /** Saves a PNG of the viewport. */
    public void screenshot(Path file) throws Exception {
        save(call("Page.captureScreenshot", Map.of("format", "png")), file);
    }

    private static void save(JsonNode screenshot, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(screenshot.path("data").asText()));
    }

    /** The text of the first element matching a CSS selector, or null when there is none. */
    public String text(String selector) throws Exception {
        JsonNode t = eval("(document.querySelector(" + JSON.writeValueAsString(selector) + ") || {}).textContent");
        return t.isNull() || t.isMissingNode() ? null : t.asText();
    }

    /** Clicks the first element matching a CSS selector, as a user would. */
    public void click(String selector) throws Exception {
        eval("document.querySelector(" + JSON.writeValueAsString(selector) + ").click()");
    }

    /**
     * A header of the last response from {@code url} as the browser received it (name in any case), or null when
     * there was no such response or header.
     */
    public String responseHeader(String url, String name) {
        JsonNode headers = headersByUrl.get(url);
        if (headers == null) {
            return null;
        }
        for (var it = headers.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().asText();
            }
        }
        return null;
    }

    /** The update-component requests sent so far whose body mentions {@code output}. */
    public List<String> callbackRequestsFor(String output) {
        return callbackRequests().stream().filter(r -> r.contains(output)).toList();
    }

    /** The update-component requests sent so far. */
    public List<String> callbackRequests() {
        List<String> out = new ArrayList<>();
        for (String r : requests) {
            if (r.contains("_dash-update-component")) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        // Chromium's helper processes write to the profile too: stop them all before deleting it
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
