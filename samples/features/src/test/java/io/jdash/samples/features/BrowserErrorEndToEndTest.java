package io.jdash.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.testing.AppUnderTest;
import io.jdash.testing.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Java exception in a compiled callback, as Dash's dev tools show it: the features sample in debug mode, the
 * Order button with a negative quantity, in real headless Chromium against the real Dash front end.
 */
class BrowserErrorEndToEndTest {
    private static final Path CALLBACKS = Path.of("src/main/java/io/jdash/samples/features/FeaturesCallbacks.java");

    static AppUnderTest app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.open(
                FeaturesApp.app(true),
                "document.querySelector('#order-btn') !== null" + " && typeof window.jdash_error === 'function'",
                60_000);
        browser = app.browser();
        browser.eval("window.jdash_error.ready.then(() => { window.mapsRead = true; })");
        browser.waitFor("window.mapsRead === true", 10_000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The 1-based line of the sample's callbacks that holds {@code marker}. */
    private static int lineOf(String marker) throws Exception {
        List<String> lines = Files.readAllLines(CALLBACKS);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// " + marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker " + marker + " in " + CALLBACKS);
    }

    @Test
    void javaExceptionInTheBrowser_showsTheExceptionAndItsJavaLineInTheErrorPopup() throws Exception {
        browser.click("#order-btn");
        browser.waitFor("(document.querySelector('.test-devtools-error-count') || {}).textContent === '1'", 15_000);
        // the dev tools open the errors popup on a new error; open it if they did not
        browser.eval("setTimeout(() => document.querySelector('.dash-fe-error__title')"
                + " || document.querySelector('#dash-debug-menu__errors-button').click(), 1000)");
        browser.waitFor("document.querySelector('.dash-fe-error__title') !== null", 10_000);
        if (browser.eval("document.querySelector('.dash-backend-error') === null")
                .asBoolean()) {
            browser.eval("document.querySelector('.test-devtools-error-toggle').click()");
        }
        browser.waitFor("document.querySelector('.dash-backend-error') !== null", 10_000);
        browser.screenshot(Path.of("target/e2e/browser-error-popup.png"));

        assertEquals("Callback error updating order-status.children", browser.text(".dash-fe-error__title"));
        String shown = browser.text(".dash-backend-error");
        String frame = "at io.jdash.samples.features.FeaturesCallbacks.checkedQuantity(FeaturesCallbacks.java:"
                + lineOf("order-check") + ")";
        assertTrue(shown.startsWith("java.lang.IllegalArgumentException: quantity must be positive, got -3"), shown);
        assertTrue(shown.contains(frame), shown);
        String stack = browser.eval("[...document.querySelectorAll('.dash-fe-error__info p')]"
                        + ".map(p => p.textContent).join('\\n')")
                .asText();
        assertTrue(stack.contains(frame), "the stack area shows the Java frames too: " + stack);
        assertFalse(shown.contains("_jdash/"), "no JavaScript frames: " + shown);
        assertEquals(List.of(), browser.callbackRequestsFor("order-status"), "the callback ran in the browser");
        assertEquals("", browser.text("#order-status"), "the output keeps its value");
    }
}
