package io.jdash.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashServer;
import io.jdash.testing.AppUnderTest;
import io.jdash.testing.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hello sample in real headless Chromium against the real Dash front end: the compiled @Clientside callback
 * updates the page without any request to the server, the server callback updates it through one.
 */
class HelloEndToEndTest {
    static AppUnderTest app;
    static DashServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.open(
                HelloApp.app(),
                "document.querySelector('#greeting') && document"
                        + ".querySelector('#greeting').textContent.startsWith('Hello, Ada')",
                30_000);
        server = app.server();
        browser = app.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void clientsideCallback_updatesTheDomWithoutARequest() throws Exception {
        assertEquals(
                "Hello, Ada Lovelace! (12 letters, in the browser)",
                browser.eval("document.querySelector('#greeting').textContent").asText());
        browser.type("#name", "Grace Hopper");
        browser.waitFor(
                "document.querySelector('#greeting').textContent === "
                        + "'Hello, Grace Hopper! (12 letters, in the browser)'",
                10_000);
        Thread.sleep(300);
        List<String> greetingCalls = browser.callbackRequests().stream()
                .filter(r -> r.contains("greeting.children"))
                .toList();
        assertEquals(List.of(), greetingCalls, "the greeting must never call the server");
        assertTrue(browser.requests.stream().anyMatch(r -> r.contains("/_jdash/app.")), browser.requests.toString());
        assertEquals(List.of(), browser.errors);
        browser.screenshot(Path.of("target/e2e/hello.png"));
    }

    /** The error probe itself works: a console error in the page is seen (so an empty list means no error). */
    @Test
    void errorProbe_seesConsoleErrors() throws Exception {
        browser.eval("console.error('jdash-probe')");
        long deadline = System.currentTimeMillis() + 5000;
        while (browser.errors.stream().noneMatch(e -> e.contains("jdash-probe"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(browser.errors.removeIf(e -> e.contains("jdash-probe")), browser.errors.toString());
    }

    @Test
    void page_worksUnderAStrictScriptPolicy() throws Exception {
        assertEquals(
                "script-src 'self'",
                java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElse(""));
        assertEquals(List.of(), browser.errors, "no script was blocked and nothing failed");
    }

    @Test
    void serverCallback_updatesTheDomThroughARequest() throws Exception {
        int before = browser.callbackRequests().size();
        browser.eval("document.querySelector('#count-btn').click()");
        browser.waitFor("document.querySelector('#count').textContent.includes('counted on the server')", 10_000);
        List<String> after = browser.callbackRequests();
        assertTrue(after.size() > before, after.toString());
        assertTrue(after.get(after.size() - 1).contains("count.children"), after.toString());
        assertEquals(List.of(), browser.errors);
    }
}
