package io.jdash.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.jdash.api.Callback;
import io.jdash.server.DashApp;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import io.jdash.server.RequestSecurity;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The security settings in real headless Chromium against the real Dash front end: the page carries its headers
 * and still works; a page of another origin (another loopback port) that tries to run a callback with a form post
 * or a fetch gets nothing run, and cannot show the app in a frame.
 */
class SecurityEndToEndTest {
    static final AtomicInteger RUNS = new AtomicInteger();

    /** The app's one server callback; counts its runs. */
    public static final class Callbacks {
        private Callbacks() {}

        @Callback(outputs = "out.children", inputs = "in.value")
        public static String copy(String value) {
            RUNS.incrementAndGet();
            return "server says " + value;
        }
    }

    /** The app with {@code frames}, open in Chromium once its first server answer is on the page. */
    static AppUnderTest open(RequestSecurity.FrameOptions frames) throws Exception {
        DashApp app = DashApp.builder()
                .title("Secure")
                .layout(Html.div(Dcc.input().id("in").value("a"), Html.div().id("out")))
                .callbacks(Callbacks.class)
                .contentSecurityPolicy("script-src 'self'")
                .frameOptions(frames)
                .build();
        return AppUnderTest.open(
                app,
                "document.querySelector('#out')" + " && document.querySelector('#out').textContent === 'server says a'",
                30_000);
    }

    @Test
    void thePageCarriesItsSecurityHeaders_andTheRendererStillWorks() throws Exception {
        try (AppUnderTest app = open(RequestSecurity.FrameOptions.DENY)) {
            Browser browser = app.browser();
            String page = app.server().url();
            assertEquals("nosniff", browser.responseHeader(page, "X-Content-Type-Options"));
            assertEquals("same-origin", browser.responseHeader(page, "Referrer-Policy"));
            assertEquals("DENY", browser.responseHeader(page, "X-Frame-Options"));
            assertEquals("script-src 'self'", browser.responseHeader(page, "Content-Security-Policy"));
            browser.type("#in", "bc");
            browser.waitFor("document.querySelector('#out').textContent === 'server says bc'", 10_000);
            assertTrue(
                    browser.callbackRequests().size() >= 2,
                    browser.callbackRequests().toString());
            assertEquals(List.of(), browser.errors);
        }
    }

    @Test
    void aPageOfAnotherOrigin_cannotRunACallback_norFrameTheApp() throws Exception {
        try (AppUnderTest app = open(RequestSecurity.FrameOptions.SAMEORIGIN)) {
            Browser browser = app.browser();
            String target = app.server().url() + "_dash-update-component";
            String json = "{\"output\":\"out.children\",\"outputs\":{\"id\":\"out\",\"property\":\"children\"},"
                    + "\"inputs\":[{\"id\":\"in\",\"property\":\"value\",\"value\":\"evil\"}],\"changedPropIds\":"
                    + "[\"in.value\"]}";
            // the control: the app's own page may post JSON, and that runs the callback
            int before = RUNS.get();
            browser.eval("fetch('" + target + "', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                    + " body: JSON.stringify(" + json + ")}).then(r => window.ownStatus = r.status)");
            browser.waitFor("window.ownStatus === 200", 10_000);
            assertEquals(before + 1, RUNS.get(), "a same-origin JSON post runs the callback");

            HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String name = json.substring(0, json.length() - 2) + ",\"x\":\"";
            String html = "<!DOCTYPE html><html><body>"
                    + "<iframe name=\"sink\"></iframe>"
                    + "<iframe id=\"framed\" src=\"" + app.server().url() + "\"></iframe>"
                    + "<form id=\"f\" method=\"POST\" enctype=\"text/plain\" target=\"sink\" action=\"" + target + "\">"
                    + "<input type=\"hidden\" name='" + name.replace("'", "&#39;") + "' value='\"}'></form>"
                    + "<form id=\"g\" method=\"POST\" target=\"sink\" action=\"" + target + "\">"
                    + "<input type=\"hidden\" name=\"payload\" value='" + json.replace("'", "&#39;") + "'></form>"
                    + "<script src=\"/attack.js\"></script></body></html>";
            String script = "const body = " + json + ";\n"
                    + "document.getElementById('f').submit();\n"
                    + "setTimeout(() => document.getElementById('g').submit(), 300);\n"
                    + "window.results = [];\n"
                    + "const tries = [\n"
                    + " fetch('" + target + "', {method: 'POST', mode: 'no-cors', body: JSON.stringify(body)}),\n"
                    + " fetch('" + target + "', {method: 'POST', mode: 'no-cors', headers: {'Content-Type':"
                    + " 'application/json'}, body: JSON.stringify(body)}),\n"
                    + " fetch('" + target + "', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                    + " body: JSON.stringify(body)})];\n"
                    + "Promise.allSettled(tries).then(r => { window.results = r.map(x => x.status + ':'"
                    + " + (x.value ? x.value.type : x.reason)); setTimeout(() => window.done = true, 1500); });\n";
            evil.createContext("/", exchange -> {
                boolean js = exchange.getRequestURI().getPath().equals("/attack.js");
                byte[] bytes = (js ? script : html).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", js ? "application/javascript" : "text/html");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            evil.start();
            try {
                int beforeAttack = RUNS.get();
                browser.errors.clear();
                browser.navigate("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
                browser.waitFor("window.done === true", 20_000);
                String results = browser.eval("JSON.stringify(window.results)").asText();
                assertEquals(beforeAttack, RUNS.get(), "no callback ran; the page's attempts: " + results);
                // the attempts did reach the server (so the count above means something) and were refused there
                long posted = browser.responses.stream()
                        .filter(r -> r.endsWith("_dash-update-component"))
                        .count();
                assertTrue(
                        browser.responses.stream().anyMatch(r -> r.equals("415 " + target)),
                        "a form post or no-cors fetch reached the server and was refused: " + browser.responses);
                assertTrue(posted >= 2, browser.responses.toString());
                assertTrue(
                        results.contains("fulfilled:opaque") && results.contains("rejected:TypeError"),
                        "no-cors answers are opaque, the CORS request fails its preflight: " + results);
                assertTrue(
                        browser.errors.stream()
                                .anyMatch(e -> e.contains("X-Frame-Options")
                                        && e.toLowerCase(java.util.Locale.ROOT).contains("sameorigin")),
                        "Chromium refused to frame the app: " + browser.errors);
            } finally {
                evil.stop(0);
            }
        }
    }
}
