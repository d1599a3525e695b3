package io.jdash.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.testing.Browser;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The development loop as a user meets it, on a copy of the hello sample in a temporary directory, in headless
 * Chromium against the real Dash front end: saves of the source reach the open page without a manual reload.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevLoopEndToEndTest {
    private static final String CALLBACKS = "src/main/java/io/jdash/samples/hello/HelloCallbacks.java";
    private static final String STYLESHEET = "src/main/resources/assets/hello.css";
    /** The srcs of the page's jdash bundle scripts, joined by spaces. */
    private static final String BUNDLES =
            "[...document.scripts].map(s => s.src).filter(s => s.includes('/_jdash/app.'))" + ".join(' ')";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path project;
    static DevServer dev;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        project = Files.createTempDirectory(Path.of("target"), "dev-loop-").toAbsolutePath();
        copy(Path.of("..", "samples", "hello", "src", "main"), project.resolve("src/main"));
        // the user adds a stylesheet to the copied sample
        Path app = project.resolve("src/main/java/io/jdash/samples/hello/HelloApp.java");
        String source = Files.readString(app);
        assertTrue(source.contains(".callbacks(HelloCallbacks.class)"), "the sample still registers its callbacks");
        Files.writeString(
                app,
                source.replace(
                        ".callbacks(HelloCallbacks.class)",
                        ".callbacks(HelloCallbacks.class).assetsOnClassPath(\"assets\")"));
        Files.createDirectories(project.resolve(STYLESHEET).getParent());
        Files.writeString(project.resolve(STYLESHEET), "h1 { color: rgb(1, 2, 3); }\n");
        dev = DevServer.start(DevOptions.mavenLayout(project).withPort(0).withClasspath(testClasspath()));
        browser = Browser.launch();
        browser.navigate(dev.url());
        browser.waitFor(
                "document.querySelector('#greeting') && document.querySelector('#greeting').textContent"
                        + ".startsWith('Hello, Ada')",
                60_000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (dev != null) {
            dev.close();
        }
    }

    @Test
    @Order(1)
    void serverEdit_reachesTheOpenPage_withoutTeaVm() throws Exception {
        edit("counted on the server", "counted on the edited server");
        browser.waitFor(
                "(document.querySelector('#count-btn').click(), document.querySelector('#count')"
                        + ".textContent.includes('counted on the edited server'))",
                30_000);
        DevServer.Build last = dev.builds().get(dev.builds().size() - 1);
        assertEquals(DevServer.Change.SERVER, last.change(), dev.builds().toString());
        assertEquals(0, last.teavmMillis(), "a server-only edit in a class shared with a browser callback");
        // the page reloaded in place and its browser callback still answers
        browser.waitFor(
                "document.querySelector('#greeting') && document.querySelector('#greeting').textContent === "
                        + "'Hello, Ada Lovelace! (12 letters, in the browser)'",
                10_000);
    }

    @Test
    @Order(2)
    void browserEdit_bringsANewBundle_thatAnswersWithoutTheServer() throws Exception {
        int before = dev.builds().size();
        String bundle = browser.eval(BUNDLES).asText();
        assertTrue(bundle.contains("/_jdash/app."), bundle);
        browser.eval("window.jdashSameDocument = true");
        edit("letters, in the browser", "letters, in the edited browser");
        // while TeaVM rebuilds the bundle the server answers with the new code, so the text shows up first from there
        browser.waitFor(
                "document.querySelector('#greeting') && document.querySelector('#greeting').textContent"
                        + ".includes('in the edited browser')",
                90_000);
        long deadline = System.currentTimeMillis() + 120_000;
        while (dev.builds().size() == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        DevServer.Build last = dev.builds().get(dev.builds().size() - 1);
        assertEquals(DevServer.Change.BROWSER, last.change(), dev.builds().toString());
        assertTrue(last.teavmMillis() > 0);
        browser.waitFor(
                "document.readyState === 'complete' && [...document.scripts].some(s => s.src.includes("
                        + "'/_jdash/app.') && !" + quote(bundle) + ".split(' ').includes(s.src))"
                        + " && !!document.querySelector('#greeting') && document.querySelector('#greeting').textContent"
                        + ".includes('in the edited browser')",
                30_000);
        assertTrue(
                browser.eval("window.jdashSameDocument === true").asBoolean(),
                "the page reloaded in place onto the new bundle, without loading the whole page again");
        // the bundle is loaded before the renderer sees the reload answer; then it fetches the callbacks again. A
        // browser edit reloads the page twice (the interim server build, then the bundle): wait for the renderer to
        // hold the server's current hash and the callbacks of the reload it made for it
        waitForRequestAfter("/_jdash/app.", "_dash-dependencies", bundle);
        waitForTheRenderersLatestReload();
        browser.waitFor(
                "document.querySelector('#greeting') && document.querySelector('#greeting').textContent === "
                        + "'Hello, Ada Lovelace! (12 letters, in the edited browser)'",
                10_000);
        // a reload still in flight resets the field: type again until the greeting answers
        boolean answered = false;
        for (int attempt = 0; attempt < 5 && !answered; attempt++) {
            browser.waitFor("!!document.querySelector('#name')", 10_000);
            browser.requests.clear();
            try {
                browser.type("#name", "Grace Hopper");
                browser.waitFor(
                        "document.querySelector('#greeting').textContent === "
                                + "'Hello, Grace Hopper! (12 letters, in the edited browser)'",
                        3_000);
                answered = true;
            } catch (AssertionError | IllegalStateException reloaded) {
                assertEquals(
                        List.of(),
                        browser.callbackRequestsFor("greeting.children"),
                        () -> "the greeting must not go to the server; builds " + dev.builds() + "; requests "
                                + appRequests());
            }
        }
        assertTrue(answered, "the new bundle's greeting answered: " + browser.text("#greeting"));
        Thread.sleep(300);
        assertEquals(
                List.of(), browser.callbackRequestsFor("greeting.children"), "the new greeting runs in the browser");
    }

    @Test
    @Order(3)
    void brokenCode_isShownInThePage_untilFixed_whileTheLastGoodBuildServes() throws Exception {
        String good = Files.readString(project.resolve(CALLBACKS));
        edit("return \"Hello, stranger!\";", "return \"Hello, stranger!\"");
        int line = lineOf(project.resolve(CALLBACKS), "return \"Hello, stranger!\"");
        browser.waitFor(
                "!!document.querySelector('#_jdash-dev-problems') && document.querySelector("
                        + "'#_jdash-dev-problems').textContent.includes('HelloCallbacks.java:" + line + "')",
                30_000);
        browser.screenshot(Path.of("target/e2e/dev-loop-problem.png"));
        String panel = browser.text("#_jdash-dev-problems");
        assertTrue(panel.contains("javac") && panel.contains("';' expected"), panel);
        browser.waitFor(
                "(document.querySelector('#count-btn').click(), document.querySelector('#count')"
                        + ".textContent.includes('counted on the edited server (click'))",
                10_000);
        Files.writeString(project.resolve(CALLBACKS), good);
        browser.waitFor("!document.querySelector('#_jdash-dev-problems')", 30_000);
        assertEquals(List.of(), dev.problems());
        browser.screenshot(Path.of("target/e2e/dev-loop.png"));
    }

    @Test
    @Order(4)
    void stylesheetEdit_isSwappedInPlace_keepingThePagesState() throws Exception {
        browser.waitFor("getComputedStyle(document.querySelector('h1')).color === 'rgb(1, 2, 3)'", 10_000);
        browser.eval("window.jdashKept = 'still here'");
        Files.writeString(project.resolve(STYLESHEET), "h1 { color: rgb(4, 5, 6); }\n");
        browser.waitFor("getComputedStyle(document.querySelector('h1')).color === 'rgb(4, 5, 6)'", 10_000);
        assertEquals("still here", browser.eval("window.jdashKept").asText(), "no reload");
        DevServer.Build last = dev.builds().get(dev.builds().size() - 1);
        assertEquals(DevServer.Change.STYLESHEET, last.change(), dev.builds().toString());
    }

    /** Waits until the page requested {@code later} after a {@code first} request whose URL is not in {@code old}. */
    private static void waitForRequestAfter(String first, String later, String old) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> seen = List.copyOf(browser.requests);
            int at = -1;
            for (int i = 0; i < seen.size(); i++) {
                String url = seen.get(i).split(" ")[1];
                if (at < 0 && url.contains(first) && !List.of(old.split(" ")).contains(url)) {
                    at = i;
                } else if (at >= 0 && url.contains(later)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + later + " after a new " + first + ": " + browser.requests);
    }

    /**
     * Waits until the renderer was given the server's current reload hash and the dependencies answer of the reload
     * it made for it has arrived (the overlay counts both).
     */
    private static void waitForTheRenderersLatestReload() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        String seen = "";
        while (System.currentTimeMillis() < deadline) {
            String hash = JSON.readTree(HTTP.send(
                                    HttpRequest.newBuilder(URI.create(dev.url() + "_reload-hash"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .path("reloadHash")
                    .asText();
            seen = browser.eval("JSON.stringify(window._jdashDev || {})").asText();
            JsonNode state = JSON.readTree(seen);
            if (state.path("hash").asText().equals(hash)
                    && state.path("dependenciesOf").asInt(-1)
                            == state.path("reloads").asInt(-2)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the renderer did not reload onto the server's current build: " + seen);
    }

    /** The page's requests other than the pollers', for failure messages. */
    private static List<String> appRequests() {
        return browser.requests.stream()
                .filter(r -> !r.contains("_reload-hash") && !r.contains("/_jdash/dev/problems"))
                .toList();
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void edit(String from, String to) throws IOException {
        Path file = project.resolve(CALLBACKS);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the sample still says: " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    static List<Path> testClasspath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
