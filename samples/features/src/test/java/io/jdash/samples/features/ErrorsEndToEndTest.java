package io.jdash.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.testing.AppUnderTest;
import io.jdash.testing.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The features tour in debug mode, in real headless Chromium: what Dash's dev tools show of server callbacks, the
 * error popup for a callback that throws or gets a value of the wrong type, and the compute time of the callback
 * graph (from the answers' {@code Server-Timing}).
 */
class ErrorsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static AppUnderTest app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.open(
                FeaturesApp.app(true),
                "(document.querySelector('#doubled') || {}).textContent"
                        + " === 'twice that is 6' && document.querySelector('.dash-debug-menu__outer')",
                60_000);
        browser = app.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The line of {@code marker} in the sample's callbacks, read from the source so a reformat cannot break it. */
    static int lineOf(String marker) throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("src/main/java/io/jdash/samples/features/FeaturesCallbacks" + ".java"));
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                assertEquals(-1, found, "the marker " + marker + " is on one line only");
                found = i + 1;
            }
        }
        assertTrue(found > 0, "no line has " + marker);
        return found;
    }

    /**
     * Opens the error popup's card titled {@code title} (the renderer's "Callback error updating ...") and returns
     * the text of the server's page in the card's iframe as {@code page}.
     */
    static JsonNode errorCard(String title) throws Exception {
        String find = "[...document.querySelectorAll('.dash-error-card__content')].find(c =>"
                + " (c.querySelector('.dash-fe-error__title') || {}).textContent === " + JSON.writeValueAsString(title)
                + ")";
        browser.waitFor(find, 10_000);
        browser.eval("(() => { const c = " + find + "; if (!c.querySelector('.error-container'))"
                + " c.querySelector('.test-devtools-error-toggle').click(); return true; })()");
        String frameText = "(() => { const f = (" + find + ").querySelector('iframe');"
                + " return f && f.contentDocument && f.contentDocument.body ? f.contentDocument.body.innerText"
                + " : ''; })()";
        browser.waitFor(frameText + ".length > 0", 10_000);
        return JSON.createObjectNode().put("page", browser.eval(frameText).asText());
    }

    @Test
    void aCallbackThatThrows_showsTheExceptionAndTheLineOfTheCallbackInThePopup() throws Exception {
        int line = lineOf("Integer.parseInt(quantity.strip())");
        browser.click("#parse-btn");
        JsonNode card = errorCard("Callback error updating parsed.children");
        browser.screenshot(Path.of("target/e2e/callback-error.png"));
        String page = card.path("page").asText();
        assertTrue(page.contains("java.lang.NumberFormatException: For input string: \"12x\""), page);
        assertTrue(
                page.contains("FeaturesCallbacks.parseQuantity(FeaturesCallbacks.java:" + line + ")"),
                "the frame of the user's code, line " + line + ": " + page);
        assertTrue(page.contains("jdash/JDK frames hidden"), page);
        assertFalse(
                page.contains("org.eclipse.jetty") || page.contains("io.jdash.server.internal"),
                "the frames below the callback are pruned: " + page);
        assertEquals(List.of(), uncaught(), "the popup read the answer without an unhandled rejection");
    }

    @Test
    void aValueOfTheWrongType_showsTheComponentAndPropertyInThePopup() throws Exception {
        browser.type("#whole", "2.5");
        JsonNode card = errorCard("Callback error updating doubled.children");
        String page = card.path("page").asText();
        assertTrue(page.contains("FeaturesCallbacks.doubleIt: parameter 'whole' expects an integral number"), page);
        assertTrue(page.contains("whole.value") && page.contains("2.5"), page);
        assertEquals(List.of(), uncaught(), "the popup read the answer without an unhandled rejection");
    }

    @Test
    void serverCallbacks_haveAComputeTimeInTheCallbackGraph() throws Exception {
        browser.click("#same-server-btn");
        browser.waitFor("document.querySelector('#same-server').textContent === 'clicked 1'", 10_000);
        String header = browser.responseHeader(app.server().url() + "_dash-update-component", "Server-Timing");
        Matcher server = Pattern.compile("(?:^|,)__dash_server;dur=([0-9]+\\.[0-9]{3})(?:,|$)")
                .matcher(String.valueOf(header));
        assertTrue(server.find(), "Server-Timing: " + header);
        assertTrue(Double.parseDouble(server.group(1)) > 0, header);
        // what the callback graph shows when a callback is clicked: the profile the renderer keeps per callback
        browser.waitFor("window.store.getState().profile.callbacks['same-server.children']", 10_000);
        double compute = browser.eval("window.store.getState().profile.callbacks['same-server.children'].compute")
                .asDouble();
        assertTrue(compute > 0, "compute " + compute);
        JsonNode resources =
                browser.eval("window.store.getState().profile.callbacks['same-server.children']" + ".resources");
        assertTrue(resources.has("jdash-json"), resources.toString());
    }

    private static List<String> uncaught() {
        return browser.errors.stream().filter(e -> e.startsWith("exception:")).toList();
    }
}
